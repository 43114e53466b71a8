"""The shipped sentence encoder: a bilingual WordPiece tokenizer and a small BERT, built from scratch.

Why from scratch: nothing can be downloaded where t2sa runs, the seed's multilingual MiniLM is 470 MB, and
the only encoder installed here (all-MiniLM-L6-v2) turns most Korean into ``[UNK]``. A 4-layer, 256-wide
BERT (hidden 192) trained on the generated corpus fits in about 6 MB (fp16) and runs >1,000 texts/s on 2
CPU cores (int8 at inference, see :meth:`t2sa.text.predictor.TextToSpatial._quantize`).

Tokenizer decisions:

* NFD normalisation splits Hangul syllables into conjoining jamo, so the vocabulary holds syllables and
  morphemes (왼쪽, ##으로, ##에서) as pieces while an unseen Korean word still decomposes into known
  jamo instead of ``[UNK]``; every Latin letter, digit and jamo is in the vocabulary both as a word start
  and as a ``##`` continuation, so no English or Korean word is ever unknown.
* The vocabulary is built deterministically (:func:`build_vocab`), so training is reproducible.
* Digits are split one by one, so "225" and "25" share pieces and numbers stay compositional.

Any sentence-transformers model can replace it (``t2sa train --encoder NAME_OR_PATH``); the folder it
is saved in is a regular sentence-transformers folder (``SentenceTransformer(path)`` loads it).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
JAMO = [chr(c) for c in range(0x1100, 0x1200)]
BASE_CHARS = list("abcdefghijklmnopqrstuvwxyz0123456789") + JAMO

ENCODER_CONFIG = {
    "hidden_size": 192,
    "num_hidden_layers": 4,
    "num_attention_heads": 4,
    "intermediate_size": 576,
    "max_position_embeddings": 128,
    "vocab_size": 8000,
}
MAX_SEQ_LENGTH = 96


def offline() -> None:
    """Make sure nothing in the Hugging Face stack tries the network."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def quiet() -> None:
    """No progress bars or load reports from transformers on stderr (the CLI prints JSON and tables)."""
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
    except Exception:  # an older transformers without these switches: cosmetic only
        pass


def _pipeline():
    """Normaliser + pre-tokeniser shared by vocabulary building and the saved tokenizer."""
    from tokenizers import normalizers, pre_tokenizers

    normalizer = normalizers.Sequence([normalizers.NFD(), normalizers.Lowercase()])
    pre = pre_tokenizers.Sequence([pre_tokenizers.BertPreTokenizer(), pre_tokenizers.Digits(individual_digits=True)])
    return normalizer, pre


def build_vocab(texts: Iterable[str], vocab_size: int) -> dict[str, int]:
    """A deterministic WordPiece vocabulary.

    Why not ``tokenizers.WordPieceTrainer``: it breaks ties in hash-map order, so two runs on the same
    corpus give different vocabularies and ``t2sa train`` would not reproduce the shipped model. Here:
    special tokens, every base character as a word start and a ``##`` continuation, the corpus words by
    frequency (ties alphabetical), then the most frequent word-initial prefixes and ``##`` continuations
    (2-6 characters) so unseen words split into known pieces.
    """
    from collections import Counter

    normalizer, pre = _pipeline()
    words: Counter[str] = Counter()
    for text in texts:
        words.update(w for w, _ in pre.pre_tokenize_str(normalizer.normalize_str(text)))
    vocab: dict[str, int] = {}

    def add(piece: str) -> None:
        if piece not in vocab:
            vocab[piece] = len(vocab)

    for tok in SPECIAL_TOKENS:
        add(tok)
    chars = sorted(set(BASE_CHARS) | {c for w in words for c in w})
    for ch in chars:
        add(ch)
        add("##" + ch)
    budget_words = int(vocab_size * 0.7)
    for w, n in sorted(words.items(), key=lambda kv: (-kv[1], kv[0])):
        if len(vocab) >= budget_words or n < 2:
            break
        if len(w) > 1:
            add(w)
    pieces: Counter[str] = Counter()
    for w, n in words.items():
        for i in range(2, min(len(w), 7)):
            pieces[w[:i]] += n
        for i in range(1, len(w) - 1):
            if len(w) - i <= 6:
                pieces["##" + w[i:]] += n
            pieces["##" + w[i : i + 2]] += n
    for piece, n in sorted(pieces.items(), key=lambda kv: (-kv[1], kv[0])):
        if len(vocab) >= vocab_size:
            break
        if n >= 2:
            add(piece)
    return vocab


def train_tokenizer(texts: Iterable[str], vocab_size: int):
    """A WordPiece tokenizer on a :func:`build_vocab` vocabulary (returns a ``transformers`` fast tokenizer)."""
    from tokenizers import Tokenizer, decoders, models, processors
    from transformers import PreTrainedTokenizerFast

    vocab = build_vocab(texts, vocab_size)
    tok = Tokenizer(models.WordPiece(vocab=vocab, unk_token="[UNK]", max_input_chars_per_word=64))
    tok.normalizer, tok.pre_tokenizer = _pipeline()
    cls, sep = vocab["[CLS]"], vocab["[SEP]"]
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B [SEP]", special_tokens=[("[CLS]", cls), ("[SEP]", sep)]
    )
    tok.decoder = decoders.WordPiece()
    return PreTrainedTokenizerFast(
        tokenizer_object=tok,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
        model_max_length=MAX_SEQ_LENGTH,
    )


def build_scratch_encoder(texts: list[str], workdir: Path, seed: int, config: dict | None = None):
    """Tokenizer + randomly initialised BERT, wrapped as a SentenceTransformer (mean pooling)."""
    import torch
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Pooling, Transformer
    from transformers import BertConfig, BertModel

    offline()
    cfg = dict(ENCODER_CONFIG, **(config or {}))
    tokenizer = train_tokenizer(texts, cfg.pop("vocab_size"))
    torch.manual_seed(seed)
    bert_cfg = BertConfig(vocab_size=len(tokenizer), type_vocab_size=1, hidden_dropout_prob=0.1,
                          attention_probs_dropout_prob=0.1, **cfg)  # fmt: skip
    bert = BertModel(bert_cfg, add_pooling_layer=False)
    raw = workdir / "scratch_encoder"
    raw.mkdir(parents=True, exist_ok=True)
    bert.save_pretrained(raw)
    tokenizer.save_pretrained(raw)
    transformer = Transformer(str(raw), max_seq_length=MAX_SEQ_LENGTH)
    return SentenceTransformer(modules=[transformer, Pooling(bert_cfg.hidden_size, "mean")], device="cpu")


def load_encoder(name_or_path: str, device: str = "cpu"):
    """A sentence-transformers encoder by local path (offline) or hub name (needs the network once)."""
    import torch
    from sentence_transformers import SentenceTransformer

    local = Path(name_or_path).exists()
    if local:
        offline()
    quiet()
    model = SentenceTransformer(
        str(name_or_path), device=device, local_files_only=local, model_kwargs={"dtype": torch.float32}
    )
    return model.float()
