"""Load a t2sa text model for inference without importing sentence-transformers or transformers.

Why: a one-text command (``t2sa render --text``, ``t2sa predict "..."``, ``t2sa osc``, ``t2sa plot``)
spent about 5 of its 6 seconds importing sentence-transformers (which imports transformers, scikit-learn
and scipy.stats) only to hand the weights of a 4-layer BERT to
:class:`~t2sa.text.encoder.FixedShapeEncoder`, which runs the forward pass itself. Here the same weights
come straight from ``model.safetensors`` and the same tokenizer straight from ``tokenizer.json`` (the
``tokenizers`` library), and the model is the same :class:`~t2sa.text.predictor.TextToSpatial` with the
same head and forward pass, so answers are bit-identical to :meth:`TextToSpatial.load`'s.

Only the plain BERT + mean-pooling folders that ``t2sa train`` writes with its own encoder are covered
(the shipped model); :func:`load_for_inference` falls back to :meth:`TextToSpatial.load` for anything
else (another encoder, a GPU). Models loaded here predict; they cannot be trained or saved.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from t2sa.errors import ModelError


class _Tokenizer:
    """The part of a Hugging Face fast tokenizer the fixed-shape encoder calls, on ``tokenizers`` alone."""

    def __init__(self, path: Path) -> None:
        from tokenizers import Tokenizer

        self.backend = Tokenizer.from_file(str(path))
        self.backend.no_padding()

    def __call__(self, texts: list[str], truncation: bool = True, max_length: int | None = None) -> dict[str, Any]:
        if truncation and max_length:
            self.backend.enable_truncation(int(max_length))
        else:
            self.backend.no_truncation()
        encodings = self.backend.encode_batch(list(texts), add_special_tokens=True)
        return {"input_ids": [e.ids for e in encodings]}


def _module(prefix: str, tensors: dict[str, Any], *names: str) -> SimpleNamespace:
    return SimpleNamespace(**{n: tensors.get(f"{prefix}{n}") for n in names})


def _bert(weights: dict[str, Any], config: dict[str, Any]) -> SimpleNamespace:
    """The attribute tree of a transformers ``BertModel`` (what FixedShapeEncoder reads), holding the tensors."""

    def linear(prefix: str) -> SimpleNamespace:
        return _module(prefix + ".", weights, "weight", "bias")

    layers = []
    for i in range(int(config["num_hidden_layers"])):
        p = f"encoder.layer.{i}"
        layers.append(
            SimpleNamespace(
                attention=SimpleNamespace(
                    self=SimpleNamespace(
                        query=linear(f"{p}.attention.self.query"),
                        key=linear(f"{p}.attention.self.key"),
                        value=linear(f"{p}.attention.self.value"),
                    ),
                    output=SimpleNamespace(
                        dense=linear(f"{p}.attention.output.dense"),
                        LayerNorm=linear(f"{p}.attention.output.LayerNorm"),
                    ),
                ),
                intermediate=SimpleNamespace(dense=linear(f"{p}.intermediate.dense")),
                output=SimpleNamespace(dense=linear(f"{p}.output.dense"), LayerNorm=linear(f"{p}.output.LayerNorm")),
            )
        )
    cfg = SimpleNamespace(
        **{
            "position_embedding_type": "absolute",
            "is_decoder": False,
            "layer_norm_eps": 1e-12,
            **config,
        }
    )
    embeddings = SimpleNamespace(
        word_embeddings=linear("embeddings.word_embeddings"),
        position_embeddings=linear("embeddings.position_embeddings"),
        token_type_embeddings=linear("embeddings.token_type_embeddings"),
        LayerNorm=linear("embeddings.LayerNorm"),
    )
    return SimpleNamespace(config=cfg, embeddings=embeddings, encoder=SimpleNamespace(layer=layers))


class _Encoder:
    """Stands where a SentenceTransformer stands in TextToSpatial: a (Transformer, mean Pooling) pair."""

    def __init__(self, tokenizer: _Tokenizer, bert: SimpleNamespace, max_seq_length: int) -> None:
        self.transformer = SimpleNamespace(tokenizer=tokenizer, auto_model=bert, max_seq_length=max_seq_length)
        self.pooling = SimpleNamespace(pooling_mode="mean")

    def __iter__(self):
        return iter((self.transformer, self.pooling))

    def eval(self) -> _Encoder:
        return self

    def __getattr__(self, name: str) -> Any:  # save(), half(), fit(), ...: not for a predict-only model
        raise ModelError(f"this text model was loaded for prediction only (t2sa.text.fast_load); it has no {name}")


def plain_bert_folder(folder: Path) -> bool:
    """Whether ``folder`` holds the plain BERT + mean-pooling encoder this module can load."""
    try:
        modules = json.loads((folder / "modules.json").read_text(encoding="utf-8"))
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        pooling = json.loads((folder / "1_Pooling" / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    types = [m.get("type", "") for m in modules]
    return (
        len(types) == 2
        and types[0].endswith(".Transformer")
        and types[1].endswith(".Pooling")
        and pooling.get("pooling_mode") in ("mean", ["mean"])
        and config.get("model_type") == "bert"
        and config.get("position_embedding_type", "absolute") == "absolute"
        and config.get("hidden_act") in ("gelu", "relu", "gelu_new")
        and (folder / "model.safetensors").is_file()
        and (folder / "tokenizer.json").is_file()
    )


def load_fast(path: str | Path | None = None, *, quantize: bool = True):
    """The model in ``path`` (None = the shipped one) on the CPU, without sentence-transformers.

    Raises :class:`ModelError` when the folder is not a plain BERT + mean-pooling t2sa model.
    """
    import torch
    from safetensors.torch import load_file

    from t2sa.text.predictor import CONFIG_FILE, DEFAULT_MODEL_DIR, FORMAT_VERSION, HEAD_FILE, TextToSpatial, make_head

    folder = Path(path) if path is not None else DEFAULT_MODEL_DIR
    if not plain_bert_folder(folder) or not (folder / CONFIG_FILE).is_file() or not (folder / HEAD_FILE).is_file():
        raise ModelError(f"model path={str(folder)!r}: not a plain BERT t2sa model folder; use TextToSpatial.load")
    config = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
    if config.get("format_version") != FORMAT_VERSION:
        raise ModelError(f"model format_version={config.get('format_version')!r} in {folder}: expected {FORMAT_VERSION}")
    bert_config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    st_config = json.loads((folder / "sentence_bert_config.json").read_text(encoding="utf-8")) if (
        folder / "sentence_bert_config.json"
    ).is_file() else {}
    try:
        weights = {k: v.to(torch.float32) for k, v in load_file(str(folder / "model.safetensors")).items()}
        bert = _bert(weights, bert_config)
        max_len = int(st_config.get("max_seq_length") or _tokenizer_max_length(folder) or 128)
        encoder = _Encoder(_Tokenizer(folder / "tokenizer.json"), bert, max_len)
        head = make_head(int(config["embedding_dim"]), int(config.get("head_hidden", 256)))
        head.load_state_dict({k: v.float() for k, v in load_file(str(folder / HEAD_FILE)).items()})
    except ModelError:
        raise
    except Exception as exc:  # a damaged folder: one line, as TextToSpatial.load says it
        raise ModelError(f"model path={str(folder)!r}: cannot load ({type(exc).__name__}: {exc})") from exc
    config["_path"] = str(folder)
    model = TextToSpatial(encoder, head, config, "cpu", quantize=quantize)
    # Preparing the int8 weights is two dozen operations on small matrices: one thread does them 4-10x
    # sooner than a pool that has to start and spin (a busy machine makes it worse). Answers do not
    # depend on the thread count (see FixedShapeEncoder), so only the time changes.
    with single_thread():
        fixed = model._fixed_encoder()  # noqa: SLF001 - the forward pass this loader exists to feed
    if fixed is None:
        raise ModelError(f"model path={str(folder)!r}: the fixed-shape encoder does not cover it")
    return model


def _tokenizer_max_length(folder: Path) -> int | None:
    try:
        value = json.loads((folder / "tokenizer_config.json").read_text(encoding="utf-8")).get("model_max_length")
    except (OSError, ValueError):
        return None
    return int(value) if isinstance(value, (int, float)) and 0 < value < 100_000 else None


def load_for_inference(path: str | Path | None = None, device: str | None = None):
    """The quickest way to a model that predicts exactly as ``TextToSpatial.load(path, device)`` would.

    The CPU and a plain BERT folder (the shipped model): :func:`load_fast`; anything else:
    :meth:`TextToSpatial.load`.
    """
    from t2sa.text.predictor import DEFAULT_MODEL_DIR, TextToSpatial

    folder = Path(path) if path is not None else DEFAULT_MODEL_DIR
    if device in (None, "cpu") and plain_bert_folder(folder):
        if device is None:
            from t2sa.text.predictor import pick_device

            if pick_device(None) != "cpu":
                return TextToSpatial.load(path, device=device)
        return load_fast(folder)
    return TextToSpatial.load(path, device=device)


@contextlib.contextmanager
def single_thread() -> Iterator[None]:
    """Run torch on one thread inside the block (the previous count is restored after).

    Why: one text is a handful of small matrix products; a pool of threads costs more to wake and keeps
    spinning afterwards, taking a core from whatever the command does next (``t2sa render --text``
    renders right after). Answers do not depend on the thread count.
    """
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(threads)


def predict_one_text(text: str, duration_s: float | None = None):
    """The shipped model's :class:`~t2sa.params.SpatialParams` for one text, as quickly as it can be had."""
    with single_thread():
        return load_for_inference().predict([text], duration_s=duration_s)[0]
