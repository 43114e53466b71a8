"""The shipped sentence encoder: a bilingual WordPiece tokenizer and a small BERT, built from scratch.

Why from scratch: nothing can be downloaded where t2sa runs, the seed's multilingual MiniLM is 470 MB, and
the only encoder installed here (all-MiniLM-L6-v2) turns most Korean into ``[UNK]``. A 4-layer, 256-wide
BERT (hidden 192) trained on the generated corpus fits in about 6 MB (fp16) and runs >1,000 texts/s on 2
CPU cores (int8 at inference, computed text by text so answers never depend on batch-mates: see
:class:`FixedShapeEncoder`).

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

import itertools
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

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


# -- inference: every text computed alone, so its answer never depends on its batch-mates ------------------
BUCKET_TOKENS = 8
"""A text is padded to the next multiple of this many tokens: the shapes it meets depend on its own length."""


def _backend_tokenizer(tokenizer: Any, max_len: int) -> Any:
    """A copy of a fast tokenizer's Rust tokenizer set to truncate at ``max_len`` and never pad, or None.

    Why: the ``transformers`` call returns the same ids but converts every encoding to Python lists and dicts
    first, about a sixth of the encoder's time on short texts; the copy keeps the shared tokenizer's settings
    untouched. Tokenizers that are not fast (no Rust tokenizer) keep the ``transformers`` call.
    """
    backend = getattr(tokenizer, "backend_tokenizer", None) if getattr(tokenizer, "is_fast", False) else None
    if backend is None:
        return None
    from tokenizers import Tokenizer

    copy = Tokenizer.from_str(backend.to_str())
    copy.no_padding()
    copy.enable_truncation(max_len, direction=getattr(tokenizer, "truncation_side", "right"))
    return copy


def bucket_length(n_tokens: int, max_len: int) -> int:
    """Padded length of a text of ``n_tokens`` tokens (its bucket); at most ``max_len``."""
    return min(max_len, -(-n_tokens // BUCKET_TOKENS) * BUCKET_TOKENS)


class FixedShapeEncoder:
    """The BERT forward pass of the shipped encoder, written so that each text's embedding is a pure function of
    the text (and the weights): the same alone, in any batch, in any order, for any number of CPU threads.

    Why not the plain batched forward: a batch is padded to its longest text, so a text's attention and
    pooling shapes depended on its batch-mates; int8 dynamic quantisation took one activation scale for the
    whole batch tensor; and BLAS picks kernels (and summation orders) by the total matrix size and the thread
    count. Here:

    * every text is padded to its own bucket (:func:`bucket_length`) and only texts of one bucket share a call;
    * **int8** (CPU default): Linear layers quantise activations per token (one scale per row) and weights per
      output channel, and multiply the integer values (in float32, where every partial sum of at most 1,040 terms
      is an exact integer below 2^24): integer sums are exact in any order, so neither batch-mates nor threads can
      change a bit; the scales are applied element by element;
    * **fp32** (``int8=False``, GPUs): Linear layers run as one matrix product per text (a batched GEMM of
      per-text matrices), so the kernel and its summation order depend on the text's bucket only;
    * attention and pooling are per text and per head, over the text's bucket (padding keys masked).

    Per-token int8 is also closer to fp32 than per-tensor dynamic quantisation (relative embedding error
    about 0.5 % instead of 1.1 % on the held-out sentences). Speed: query, key and value are one product (the
    input is quantised once) and the scales are applied in place; on an idle 2-core machine this runs about as
    fast as the old fbgemm path or faster, but its ~8 element-wise passes per layer suffer more when other
    processes compete for the cores (``benchmarks/bench_text.py --baseline`` measures both in one run).
    """

    def __init__(self, tokenizer, bert, max_len: int, *, int8: bool, device: str = "cpu"):
        import torch

        self.tokenizer = tokenizer
        self.max_len = int(max_len)
        self._backend = _backend_tokenizer(tokenizer, self.max_len)
        self.device = device
        cfg = bert.config
        self.heads = int(cfg.num_attention_heads)
        self.eps = float(cfg.layer_norm_eps)
        self.act = _activation(cfg.hidden_act)
        self.int8 = bool(int8) and _int8_available()
        emb = bert.embeddings

        def t(x):
            return x.detach().to(device=device, dtype=torch.float32).contiguous()

        self.word = t(emb.word_embeddings.weight)
        self.position = t(emb.position_embeddings.weight)
        self.token_type = t(emb.token_type_embeddings.weight[0])
        self.emb_norm = (t(emb.LayerNorm.weight), t(emb.LayerNorm.bias))
        linear = self._int8_linear if self.int8 else self._fp32_linear
        self.layers = []
        for layer in bert.encoder.layer:
            att = layer.attention
            self.layers.append({
                "qkv": linear(att.self.query, att.self.key, att.self.value),  # one product: x is quantised once
                "o": linear(att.output.dense), "norm1": (t(att.output.LayerNorm.weight), t(att.output.LayerNorm.bias)),
                "up": linear(layer.intermediate.dense), "down": linear(layer.output.dense),
                "norm2": (t(layer.output.LayerNorm.weight), t(layer.output.LayerNorm.bias)),
            })  # fmt: skip

    @staticmethod
    def supports(bert) -> bool:
        """True for a plain BERT with absolute positions (the shipped encoder, MiniLM-style encoders)."""
        cfg = getattr(bert, "config", None)
        return (
            getattr(cfg, "model_type", None) == "bert"
            and getattr(cfg, "position_embedding_type", "absolute") == "absolute"
            and not getattr(cfg, "is_decoder", False)
            and _activation(getattr(cfg, "hidden_act", None)) is not None
        )

    # -- weights ----------------------------------------------------------------------------------------
    @staticmethod
    def _stacked(*layers):
        """Weights (out, in) and biases of Linear layers that read the same input, stacked along ``out``."""
        import torch

        w = torch.cat([lin.weight.detach().float() for lin in layers])
        b = torch.cat([lin.bias.detach().float() if lin.bias is not None else torch.zeros(lin.weight.shape[0])
                       for lin in layers])  # fmt: skip
        return w, b

    def _int8_linear(self, *layers):
        import torch

        w, bias = self._stacked(*layers)
        if w.shape[1] * 127 * 127 >= 1 << 24:  # (checked once here, not per product in _apply)
            raise ValueError(f"int8 path: {w.shape[1]} inputs could round float32 integer sums")
        scale = w.abs().amax(1).clamp(min=1e-12) / 127.0  # per output channel, symmetric
        wq = torch.round(w / scale[:, None]).clamp(-127, 127)  # int8 values, held as float32 (see _apply)
        return (wq.t().contiguous().to(self.device), scale.to(self.device), bias.to(self.device))

    def _fp32_linear(self, *layers):
        w, bias = self._stacked(*layers)
        return (w.t().contiguous().to(self.device), None, bias.to(self.device))

    def _apply(self, x, params):
        """``x`` (texts, tokens, in) -> (texts, tokens, out) without mixing rows of different texts."""
        import torch

        weight, w_scale, bias = params
        if w_scale is None:  # fp32: one GEMM per text (batched), shape = (bucket, in) x (in, out)
            return torch.bmm(x, weight.expand(x.shape[0], *weight.shape)) + bias
        rows = x.reshape(-1, x.shape[-1])
        scale = rows.abs().amax(1, keepdim=True).clamp_(min=1e-12).div_(127.0)  # per token
        q = (rows / scale).round_()  # int8 values (|q| <= 127)
        # the integer sums, exact: every product is an integer below 2^14 and every partial sum one below 2^24 (at
        # most 576 terms), so float32 holds each exactly in any order; torch._int_mm gives the same integers but
        # has no fast kernel on CPUs without VNNI (60 texts/s instead of thousands on an AVX2-only machine)
        y = torch.mm(q, weight)
        y.mul_(scale).mul_(w_scale).add_(bias)
        return y.reshape(*x.shape[:-1], -1)

    # -- forward ----------------------------------------------------------------------------------------
    def token_ids(self, texts: list[str]) -> list[list[int]]:
        """Token ids of each (already normalised) text, truncated to ``max_len``, unpadded."""
        if self._backend is not None:
            return [enc.ids for enc in self._backend.encode_batch(texts)]
        return self.tokenizer(texts, truncation=True, max_length=self.max_len)["input_ids"]

    def embed_ids(self, ids: list[list[int]], length: int, rows: int | None = None):
        """Mean-pooled embeddings (n, dim) of texts whose token ids all fit in ``length`` (one bucket).

        ``rows`` pads the call to that many texts (used on accelerators, whose libraries choose kernels by
        the batch size too); padding texts are dropped from the result.
        """
        import numpy as np
        import torch
        import torch.nn.functional as F

        n = len(ids)
        total = max(n, rows or 0)
        lengths = np.array([len(seq) for seq in ids] + [1] * (total - n))  # padding texts: one visible token
        mask_np = np.arange(length)[None, :] < lengths[:, None]
        tokens_np = np.zeros((total, length), dtype=np.int64)
        tokens_np[:n][mask_np[:n]] = np.fromiter(itertools.chain.from_iterable(ids), dtype=np.int64, count=int(lengths[:n].sum()))
        tokens = torch.from_numpy(tokens_np).to(self.device)
        mask = torch.from_numpy(mask_np).to(self.device)
        dim = self.word.shape[1]
        head_dim = dim // self.heads
        keys = torch.zeros((total, 1, 1, length), device=self.device).masked_fill(~mask[:, None, None, :], float("-inf"))
        # int8: every step but attention works token by token, so only the texts' own tokens are computed (packed rows;
        # a bucket's padding is about a fifth of its tokens), and the values are the same bits as on the padded tensor
        # (each row's integer sums are exact, the rest is per row); fp32 keeps the padded (texts, tokens, dim) tensor,
        # whose per-text matrix products :meth:`_apply` needs
        packed = self.int8
        if packed:
            real = torch.from_numpy(np.flatnonzero(mask_np)).to(self.device)
            positions = torch.from_numpy(np.broadcast_to(np.arange(length), (total, length))[mask_np]).to(self.device)
            x = (self.word[tokens[mask]] + self.token_type) + self.position[positions]
        else:
            x = (self.word[tokens] + self.token_type) + self.position[:length]
        x = F.layer_norm(x, (dim,), *self.emb_norm, self.eps)
        for p in self.layers:
            qkv = self._apply(x, p["qkv"])
            if packed:
                qkv = x.new_zeros((total * length, 3 * dim)).index_copy_(0, real, qkv)
            q, k, v = qkv.view(total, length, 3, self.heads, head_dim).permute(2, 0, 3, 1, 4).unbind(0)  # (texts, heads, tokens, head_dim)
            ctx = F.scaled_dot_product_attention(q, k, v, attn_mask=keys).transpose(1, 2).reshape(total, length, dim)
            if packed:
                ctx = ctx.reshape(-1, dim)[real]
            x = F.layer_norm(self._apply(ctx, p["o"]) + x, (dim,), *p["norm1"], self.eps)
            x = F.layer_norm(self._apply(self.act(self._apply(x, p["up"])), p["down"]) + x, (dim,), *p["norm2"], self.eps)
        if packed:
            x = x.new_zeros((total * length, dim)).index_copy_(0, real, x).view(total, length, dim)
        weights = mask.unsqueeze(-1).to(x.dtype)
        return ((x * weights).sum(1) / weights.sum(1))[:n]


def _activation(name):
    """The torch function of a transformers ``hidden_act`` name (None if unknown)."""
    import torch.nn.functional as F

    return {"gelu": F.gelu, "relu": F.relu, "gelu_new": lambda x: F.gelu(x, approximate="tanh")}.get(name)


def _int8_available() -> bool:
    """Whether this torch multiplies int8 matrices on the CPU (``torch._int_mm``, torch >= 2.2)."""
    import torch

    try:
        a = torch.ones((2, 8), dtype=torch.int8)
        return bool(torch._int_mm(a, a.t().contiguous()).eq(8).all())
    except Exception:  # noqa: BLE001 - an older or unusual build: the fp32 path is used
        return False
