"""TextToSpatial: encoder (sentence-transformers) + spatial head + cue parser -> SpatialParams.

Prediction runs three readers and one combination rule:

* the **network** (encoder + :class:`SpatialHead`) gives every attribute a value and a probability that
  the text states it; unstated attributes fall back to the neutral defaults;
* the **cue parser** (:mod:`t2sa.text.cues`) gives what explicit phrases and numbers state, exactly;
* **combined** (the default): every attribute the cues state overrides the network, everything else comes
  from the network. Rules are precise but brittle, the network is robust but approximate, so the rule wins
  where it fired and the network covers paraphrases, metaphors, typos and word order the rules never saw.

The model folder is a sentence-transformers folder (the encoder) plus ``t2sa_head.safetensors`` and
``t2sa.json`` (version, label normalisation, training seed, corpus hash, timings).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from t2sa.errors import ModelError
from t2sa.params import SpatialParams
from t2sa.text import cues
from t2sa.text.frame import Frame
from t2sa.text.labels import N_MOTION, N_REG, N_STATED, N_TREND, decode_outputs
from t2sa.text.trajectory import build_params

DEFAULT_MODEL_DIR = Path(__file__).resolve().parents[1] / "weights" / "default"
HEAD_FILE = "t2sa_head.safetensors"
CONFIG_FILE = "t2sa.json"
MODES = ("combined", "network", "cues")
FORMAT_VERSION = 1


def _torch():
    import torch

    return torch


def make_head(dim: int, hidden: int = 256):
    """Multi-task head on the pooled sentence embedding (built lazily so importing t2sa stays torch-free)."""
    torch = _torch()
    nn = torch.nn

    class SpatialHead(nn.Module):
        """Shared trunk, then: regression values, "stated" logits, motion / trend / vtrend / speed logits."""

        def __init__(self) -> None:
            super().__init__()
            self.trunk = nn.Sequential(
                nn.LayerNorm(dim),  # pooled embeddings of a fresh encoder are tiny and drift: normalise them
                nn.Linear(dim, hidden), nn.GELU(), nn.Dropout(0.1), nn.Linear(hidden, hidden), nn.GELU()
            )
            self.reg = nn.Linear(hidden, N_REG)
            self.stated = nn.Linear(hidden, N_STATED)
            self.motion = nn.Linear(hidden, N_MOTION)
            self.trend = nn.Linear(hidden, N_TREND)
            self.vtrend = nn.Linear(hidden, N_TREND)
            self.speed = nn.Linear(hidden, N_TREND)

        def forward(self, emb):
            h = self.trunk(emb)
            return {
                "reg": self.reg(h),
                "stated": self.stated(h),
                "motion": self.motion(h),
                "trend": self.trend(h),
                "vtrend": self.vtrend(h),
                "speed": self.speed(h),
            }

    return SpatialHead()


def pick_device(device: str | None) -> str:
    if device and device != "auto":
        return device
    torch = _torch()
    return "cuda" if torch.cuda.is_available() else "cpu"


class TextToSpatial:
    """Text -> :class:`SpatialParams`. Load once (``TextToSpatial.load()``), then ``predict`` in batches."""

    def __init__(self, encoder: Any, head: Any, config: dict, device: str = "cpu", quantize: bool = False):
        self.encoder = encoder
        self.head = head
        self.config = config
        self.device = device
        self.encoder.eval()
        self.head.eval()
        self.quantized = False
        self._fast = _fast_path(encoder)
        if quantize and self._fast is not None:
            self._quantize()

    def _quantize(self) -> None:
        """int8 dynamic quantization of the encoder's Linear layers for CPU inference.

        Why: on 2 CPU cores the fp32 forward pass is the bottleneck (~300-600 texts/s for this encoder);
        int8 matrix products (VNNI) make it 3-5x faster, and on the held-out sets the predictions are
        unchanged to within a fraction of a degree. Activation scales are computed per batch, so a text's
        output can differ in the last digits with its batch-mates (fp32 batching already differs in the
        last bits); ``quantize=False`` gives the plain fp32 encoder.
        """
        import warnings

        torch = _torch()
        tokenizer, bert, max_len = self._fast
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                qbert = torch.ao.quantization.quantize_dynamic(bert, {torch.nn.Linear}, dtype=torch.qint8, inplace=False)
        except Exception:  # a torch without eager dynamic quantization: stay in fp32
            return
        self._fast = (tokenizer, qbert, max_len)
        self.quantized = True

    # -- loading / saving ---------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path | None = None, device: str | None = None, quantize: bool | None = None) -> "TextToSpatial":
        """Load a model folder (``None`` = the shipped model); never touches the network for local folders.

        ``quantize`` (default: on for CPU, off for GPU) runs the encoder in int8 (see :meth:`_quantize`).
        """
        from t2sa.text.encoder import load_encoder, offline

        offline()
        folder = Path(path) if path is not None else DEFAULT_MODEL_DIR
        if not (folder / CONFIG_FILE).is_file() or not (folder / HEAD_FILE).is_file():
            raise ModelError(
                f"model path={str(folder)!r}: not a t2sa model folder (needs {CONFIG_FILE} and {HEAD_FILE}; "
                "train one with `t2sa train --out DIR`)"
            )
        try:
            config = json.loads((folder / CONFIG_FILE).read_text())
        except json.JSONDecodeError as exc:
            raise ModelError(f"model config={str(folder / CONFIG_FILE)!r}: invalid JSON ({exc.msg})") from None
        if config.get("format_version") != FORMAT_VERSION:
            raise ModelError(
                f"model format_version={config.get('format_version')!r} in {folder}: expected {FORMAT_VERSION}"
            )
        from safetensors.torch import load_file

        device = pick_device(device)
        try:
            encoder = load_encoder(str(folder), device=device)
        except Exception as exc:  # a broken encoder folder must not surface as a bare traceback
            raise ModelError(f"model path={str(folder)!r}: cannot load the encoder ({exc})") from exc
        try:
            head = make_head(int(config["embedding_dim"]), int(config.get("head_hidden", 256)))
            state = {k: v.float() for k, v in load_file(str(folder / HEAD_FILE)).items()}
            head.load_state_dict(state)
        except Exception as exc:
            raise ModelError(f"model head={str(folder / HEAD_FILE)!r}: does not match this t2sa version ({exc})") from exc
        head.to(device)
        config["_path"] = str(folder)
        if quantize is None:
            quantize = device == "cpu"
        return cls(encoder, head, config, device, quantize=quantize)

    def save(self, path: str | Path, extra_config: dict | None = None) -> Path:
        """Write the model folder: encoder weights in fp16 (half the size), head, config."""
        from safetensors.torch import save_file

        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        self.encoder.half()
        try:
            self.encoder.save(str(folder))
        finally:
            self.encoder.float()
        for junk in ("README.md",):
            (folder / junk).unlink(missing_ok=True)
        state = {k: v.detach().cpu().half().contiguous() for k, v in self.head.state_dict().items()}
        save_file(state, str(folder / HEAD_FILE))
        config = dict(self.config, **(extra_config or {}))
        config["format_version"] = FORMAT_VERSION
        (folder / CONFIG_FILE).write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n")
        self.config = config
        return folder

    # -- prediction ---------------------------------------------------------------------------
    def predict(
        self,
        texts: Sequence[str],
        duration_s: float | Sequence[float | None] | None = None,
        mode: str = "combined",
        batch_size: int = 256,
    ) -> list[SpatialParams]:
        """One :class:`SpatialParams` per text, batched.

        ``duration_s`` (one value or one per text) is the clip length, needed only to honour stated seconds
        ("over 3 seconds") because keyframe times are fractions of the clip. ``mode`` = "combined"
        (default), "network" or "cues" (for evaluation).
        """
        texts = _check_texts(texts)
        durations = _check_durations(duration_s, len(texts))
        frames = self.frames(texts, mode=mode, batch_size=batch_size)
        return [build_params(f, d) for f, d in zip(frames, durations, strict=True)]

    def frames(self, texts: Sequence[str], mode: str = "combined", batch_size: int = 256) -> list[Frame]:
        """What each text states, as frames (before defaults and trajectories)."""
        if mode not in MODES:
            raise ModelError(f"mode={mode!r}: expected one of {', '.join(MODES)}")
        texts = _check_texts(texts)
        if mode == "cues":
            return [cues.parse(t) for t in texts]
        net = self.network_frames(texts, batch_size=batch_size)
        if mode == "network":
            return net
        return [combine(cues.parse(t), n) for t, n in zip(texts, net, strict=True)]

    def network_frames(self, texts: Sequence[str], batch_size: int = 256) -> list[Frame]:
        torch = _torch()
        if not texts:
            return []
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        outs: list[Any] = [None] * len(texts)
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                idx = order[start : start + batch_size]
                batch = [cues.normalize(texts[i]) for i in idx]
                out = self.forward(batch)
                frames = decode_outputs(
                    out["reg"].float().cpu().numpy(),
                    torch.sigmoid(out["stated"]).float().cpu().numpy(),
                    torch.softmax(out["motion"], -1).float().cpu().numpy(),
                    torch.softmax(out["trend"], -1).float().cpu().numpy(),
                    torch.softmax(out["vtrend"], -1).float().cpu().numpy(),
                    torch.softmax(out["speed"], -1).float().cpu().numpy(),
                )
                for i, f in zip(idx, frames, strict=True):
                    outs[i] = f
        return outs

    def forward(self, batch: list[str]):
        """Head outputs (logits / normalised values) for already-normalised texts."""
        return self.head(self.embed(batch))

    def embed(self, batch: list[str]):
        """Sentence embeddings: tokenizer -> transformer -> mean pooling, as the sentence-transformers
        pipeline computes them (checked in the tests), but callable on the int8 encoder too."""
        if self._fast is None:
            features = self.encoder.preprocess(batch) if hasattr(self.encoder, "preprocess") else self.encoder.tokenize(batch)
            features = {k: v.to(self.device) for k, v in features.items() if hasattr(v, "to")}
            return self.encoder(features)["sentence_embedding"]
        tokenizer, bert, max_len = self._fast
        enc = tokenizer(batch, padding=True, truncation=True, max_length=max_len, return_tensors="pt")
        ids, mask = enc["input_ids"].to(self.device), enc["attention_mask"].to(self.device)
        hidden = bert(input_ids=ids, attention_mask=mask).last_hidden_state
        weights = mask.unsqueeze(-1).to(hidden.dtype)
        return (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)

    @property
    def size_bytes(self) -> int:
        folder = Path(self.config.get("_path", DEFAULT_MODEL_DIR))
        return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


STRICT_PROB = 0.8
"""Network attributes next to what the cues read are used only when the network is this sure."""
MOVING_PROB = 0.7
"""The network's motion class is used (when the cues found none) only if P(static) < 1 - this."""


def _fast_path(encoder: Any):
    """(tokenizer, transformer, max_len) when the encoder is the plain Transformer + mean-Pooling pair."""
    try:
        modules = list(encoder)
        transformer, pooling = modules
        mode = getattr(pooling, "pooling_mode", None) or pooling.get_config_dict().get("pooling_mode")
        if mode not in ("mean", ["mean"], ("mean",)) and not getattr(pooling, "pooling_mode_mean_tokens", False):
            return None
        bert = transformer.auto_model
        return transformer.tokenizer, bert, int(transformer.max_seq_length or 128)
    except Exception:
        return None


def combine(cue: Frame, net: Frame) -> Frame:
    """Cue-stated attributes override the network's; the network fills the rest.

    The network's values come with P(stated); where the cues already read part of the same thing, the
    network has to be surer (:data:`STRICT_PROB`): "on the left" names no height, and a cue-less height
    from the network is then more often a hallucination than a hidden statement. Likewise a moving class
    is taken from the network only with P(static) < 0.3, and its end point only for a moving source.
    """
    net = net.copy()
    p = net.probs
    cue_direction = cue.az is not None or cue.el is not None
    for name in ("az", "el", "end_az", "end_el"):
        if cue_direction and getattr(net, name) is not None and p.get(name, 1.0) < STRICT_PROB:
            setattr(net, name, None)
    if net.motion is not None and p.get("static", 0.0) > 1.0 - MOVING_PROB:
        net.motion = None
    out = cue.merged_over(net)
    if (out.motion or "static") == "static" and not out.trend and not out.vtrend:
        out.end_az = cue.end_az
        out.end_el = cue.end_el
    if out.motion == "pass" and cue.motion != "pass" and out.end_az is None and out.az is not None:
        out = cues.finish_motion(out)
    return out


def _check_texts(texts: Any) -> list[str]:
    if isinstance(texts, str):
        raise ModelError("texts: expected a list of strings, got one string (wrap it in a list)")
    try:
        items = list(texts)
    except TypeError:
        raise ModelError(f"texts={texts!r}: expected a list of strings") from None
    for i, t in enumerate(items):
        if not isinstance(t, str):
            raise ModelError(f"texts[{i}]={t!r}: expected a string")
    return items


def _check_durations(duration_s: Any, n: int) -> list[float | None]:
    if duration_s is None:
        return [None] * n
    if isinstance(duration_s, (int, float)):
        values = [float(duration_s)] * n
    else:
        values = list(duration_s)
        if len(values) != n:
            raise ModelError(f"duration_s: {len(values)} values for {n} texts")
    out: list[float | None] = []
    for i, v in enumerate(values):
        if v is None:
            out.append(None)
            continue
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or v <= 0:
            raise ModelError(f"duration_s[{i}]={v!r}: must be a positive number of seconds")
        out.append(float(v))
    return out
