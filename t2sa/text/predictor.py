"""TextToSpatial: encoder (sentence-transformers) + spatial head + cue parser -> SpatialParams.

Prediction runs three readers and one combination rule:

* the **network** (encoder + :class:`SpatialHead`) gives every attribute a value and a probability that
  the text states it; unstated attributes fall back to the neutral defaults;
* the **rules** (:func:`t2sa.text.world.read`) give what explicit phrases and numbers state, exactly
  (:mod:`t2sa.text.cues`), plus what the named sources and places imply where the words are silent (world
  knowledge: a whisper is close, thunder far, rain wide, "under the bed" low);
* **combined** (the default): every attribute the rules state overrides the network; the network fills the
  rest only where its P(stated) passes :data:`GATES`, a network *direction* only where the rules read none and
  the text holds a direction word it agrees with, a network *motion* only where the text holds a motion word
  (see :func:`combine`). **Unstated means default**: a text that names no direction is heard in front at
  ear level whatever the network guesses. Rules are precise but brittle, the network is robust but
  approximate, so the rule wins where it fired and the network covers paraphrases, metaphors, typos and word
  order the rules never saw.

The model folder is a sentence-transformers folder (the encoder) plus ``t2sa_head.safetensors`` and
``t2sa.json`` (version, label normalisation, training seed, corpus hash, timings).

**Reproducible by construction**: a text's prediction is a pure function of (text, clip duration, model files)
on a given kind of CPU: bitwise the same alone, in any batch, in any order and for any number of torch CPU
threads (CPUs with other vector units, e.g. AVX2 vs AVX-512, may differ in the last bits of fp32 steps).
Each text is padded to its own length bucket and computed without sharing a matrix product or a quantisation
scale with another text (:class:`t2sa.text.encoder.FixedShapeEncoder`; the head runs as one 1-row product
per text). ``batch_size`` changes speed and memory only. **GPU results differ from CPU results** in the last bits:
GPUs run fp32 (as ``quantize=False`` does on a CPU), and int8 vs fp32 moves network directions by a median 0.04 deg
(combined mode: 0.28 deg at most on the 286 held-out sentences), but a borderline decision (is a distance
stated?) can flip, as it did for 1 of those 286 texts. On an H200 (round 33, 512 corpus texts) GPU directions were a
median 0.022 deg from the CPU's (95th percentile 0.21, at most 2.8 deg). **On a GPU the answers are batch-invariant
too**: every encoder and head call there has one shape, :data:`ACCEL_ROWS` texts (padded), whatever
``batch_size`` asks, because GPU libraries choose kernels by the whole shape; on that H200, 512 of 512 texts were
bitwise equal alone, in batches of 1, 64 and 1,024, shuffled, reversed in batches of 7 and with other batch-mates
(when the head saw each call's own number of texts, 55 of 64 differed alone vs in a batch;
``benchmarks/bench_text_gpu.py``). The batch engine keys text rows by the device class, so a job moved between
CPU and GPU renders them again.

**Bad text** never becomes silent garbage: every text goes through :func:`t2sa.text.clean.clean_text`
(terminal escapes and control characters removed, lone surrogates refused with a
:class:`~t2sa.errors.FieldError`); stated numbers outside :data:`t2sa.params.RANGES` are clamped, and stated
timings that cannot be honoured are ignored, each with a :class:`~t2sa.text.clean.TextWarning`.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from t2sa.errors import ModelError
from t2sa.params import SpatialParams
from t2sa.text import cues, world
from t2sa.text.clean import clean_text
from t2sa.text.frame import Frame
from t2sa.text.labels import N_MOTION, N_REG, N_STATED, N_TREND, decode_outputs
from t2sa.text.trajectory import build_params

DEFAULT_MODEL_DIR = Path(__file__).resolve().parents[1] / "weights" / "default"
HEAD_FILE = "t2sa_head.safetensors"
CONFIG_FILE = "t2sa.json"
MODES = ("combined", "network", "cues")
FORMAT_VERSION = 1
HEAD_OUTPUTS = ("reg", "stated", "motion", "trend", "vtrend", "speed")
"""The head's output layers, in the order :func:`make_head`'s ``forward`` returns them."""


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


def _host(x: Any, n: int) -> Any:
    """The first ``n`` rows of a tensor as float32 numpy (padding rows dropped)."""
    return x[:n].float().cpu().numpy()


def _on_cpu(device: Any) -> bool:
    return str(device).split(":")[0] == "cpu"


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
        self.quantize = bool(quantize) and _on_cpu(device)
        self._fast = _fast_path(encoder)
        self._fixed: Any = None  # FixedShapeEncoder, built on first use (training never needs it)

    @property
    def quantized(self) -> bool:
        """Whether the encoder runs in int8 (CPU default; see :class:`t2sa.text.encoder.FixedShapeEncoder`)."""
        fixed = self._fixed_encoder()
        return bool(fixed is not None and fixed.int8)

    def _fixed_encoder(self):
        """The reproducible encoder forward, or None for an encoder it does not cover (then texts run one by one).

        Why int8 on CPU: on 2 cores the fp32 forward pass is the bottleneck; int8 products are about 2x faster
        and, with per-token activation scales, move the held-out answers by less than the old per-batch
        dynamic quantisation did. ``quantize=False`` gives fp32.
        """
        if self._fixed is None and self._fast is not None:
            from t2sa.text.encoder import FixedShapeEncoder

            tokenizer, bert, max_len = self._fast
            if FixedShapeEncoder.supports(bert):
                self._fixed = FixedShapeEncoder(tokenizer, bert, max_len, int8=self.quantize, device=self.device)
        return self._fixed

    # -- loading / saving ---------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path | None = None, device: str | None = None, quantize: bool | None = None) -> "TextToSpatial":
        """Load a model folder (``None`` = the shipped model); never touches the network for local folders.

        ``quantize`` (default: on for CPU; GPUs always run fp32) runs the encoder in int8 (see
        :class:`t2sa.text.encoder.FixedShapeEncoder`).
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
        """One :class:`SpatialParams` per text, batched; each a pure function of its text and clip length.

        ``duration_s`` (one value or one per text) is the clip length, needed only to honour stated seconds
        ("over 3 seconds") because keyframe times are fractions of the clip; without it such a timing is
        ignored with a :class:`~t2sa.text.clean.TextWarning`. ``mode`` = "combined" (default), "network" or
        "cues" (for evaluation). ``batch_size`` (texts per encoder call) changes speed and memory only.
        """
        texts = _check_texts(texts)
        durations = _check_durations(duration_s, len(texts))
        frames = self._frames(texts, mode, batch_size)
        return [build_params(f, d, text=t) for f, d, t in zip(frames, durations, texts, strict=True)]

    def frames(self, texts: Sequence[str], mode: str = "combined", batch_size: int = 256) -> list[Frame]:
        """What each text states, as frames (before defaults and trajectories)."""
        return self._frames(_check_texts(texts), mode, batch_size)

    def _frames(self, texts: list[str], mode: str, batch_size: int) -> list[Frame]:
        if mode not in MODES:
            raise ModelError(f"mode={mode!r}: expected one of {', '.join(MODES)}")
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise ModelError(f"batch_size={batch_size!r}: must be a positive integer")
        if mode == "cues":
            return [world.read(t) for t in texts]
        net = self.network_frames(texts, batch_size=batch_size)
        if mode == "network":
            return net
        return [combine(world.read(t), n, t) for t, n in zip(texts, net, strict=True)]

    def network_frames(self, texts: Sequence[str], batch_size: int = 256) -> list[Frame]:
        """The network's frame of each text; texts are grouped by length bucket, which changes no answer."""
        torch = _torch()
        texts = _check_texts(texts)
        if not texts:
            return []
        outs: list[Any] = [None] * len(texts)
        with torch.inference_mode():
            for idx, emb in self._embeddings([cues.normalize(t) for t in texts], batch_size):
                n = len(idx)
                if not _on_cpu(self.device) and n < ACCEL_ROWS:  # the head, too, sees one shape on accelerators
                    emb = torch.cat([emb, emb.new_zeros((ACCEL_ROWS - n, emb.shape[1]))])
                out = self._head_rows(emb)
                frames = decode_outputs(
                    _host(out["reg"], n),
                    _host(torch.sigmoid(out["stated"]), n),
                    _host(torch.softmax(out["motion"], -1), n),
                    _host(torch.softmax(out["trend"], -1), n),
                    _host(torch.softmax(out["vtrend"], -1), n),
                    _host(torch.softmax(out["speed"], -1), n),
                )
                for i, f in zip(idx, frames, strict=True):
                    outs[i] = f
        return outs

    def forward(self, batch: list[str]):
        """Head outputs (logits / normalised values) for already-normalised texts, each computed alone."""
        return self._head_rows(self.embed(batch))

    def embed(self, batch: list[str], batch_size: int = 256):
        """Sentence embeddings (tokenizer -> transformer -> mean pooling, as the sentence-transformers pipeline
        computes them) of already-normalised texts, in order; each text's row depends on that text only."""
        torch = _torch()
        rows: list[Any] = [None] * len(batch)
        for idx, emb in self._embeddings(list(batch), batch_size):
            for i, row in zip(idx, emb, strict=True):
                rows[i] = row
        if not rows:
            return torch.zeros((0, int(self.config.get("embedding_dim", 0))), device=self.device)
        return torch.stack(rows)

    def _embeddings(self, texts: list[str], batch_size: int):
        """Yield (indices, embeddings) of ``texts`` group by group: texts of one length bucket, ``batch_size``
        at a time (shortest buckets first). An encoder the fixed-shape forward does not cover runs each text
        alone through the sentence-transformers pipeline, which is reproducible too, only slower."""
        from t2sa.text.encoder import bucket_length

        fixed = self._fixed_encoder()
        if fixed is None:
            for i, text in enumerate(texts):
                yield [i], self._pipeline_embed([text])
            return
        ids = fixed.token_ids(texts)
        buckets: dict[int, list[int]] = {}
        for i, seq in enumerate(ids):
            buckets.setdefault(bucket_length(len(seq), fixed.max_len), []).append(i)
        accel = not _on_cpu(self.device)
        step = ACCEL_ROWS if accel else batch_size
        rows = ACCEL_ROWS if accel else None  # accelerators: one call shape per bucket, whatever batch_size says
        for length in sorted(buckets):
            members = buckets[length]
            for start in range(0, len(members), step):
                idx = members[start : start + step]
                yield idx, fixed.embed_ids([ids[i] for i in idx], length, rows=rows)

    def _pipeline_embed(self, batch: list[str]):
        features = self.encoder.preprocess(batch) if hasattr(self.encoder, "preprocess") else self.encoder.tokenize(batch)
        features = {k: v.to(self.device) for k, v in features.items() if hasattr(v, "to")}
        return self.encoder(features)["sentence_embedding"]

    def _head_rows(self, emb):
        """The head's forward pass with every Linear as a batch of 1-row products, so that no text shares a
        matrix product (whose kernel and summation order BLAS picks by size and thread count) with another.

        On one thread: with several, the batched product may split one text's sum among threads when the batch
        does not divide evenly (seen on an AVX-512 machine: 3 threads, a batch of 7, one text's outputs off in the
        last bit), and the head is small enough that one thread is also the faster (0.4 against 2.6 ms for 256
        texts there)."""
        torch = _torch()

        def linear(x, layer):
            w = layer.weight.t()
            return torch.bmm(x.unsqueeze(1), w.expand(x.shape[0], *w.shape)).squeeze(1) + layer.bias

        threads = torch.get_num_threads() if _on_cpu(self.device) else 1
        if threads != 1:
            torch.set_num_threads(1)
        try:
            h = emb
            for module in self.head.trunk:
                h = linear(h, module) if isinstance(module, torch.nn.Linear) else module(h)
            return {name: linear(h, getattr(self.head, name)) for name in HEAD_OUTPUTS}
        finally:
            if threads != 1:
                torch.set_num_threads(threads)

    @property
    def size_bytes(self) -> int:
        folder = Path(self.config.get("_path", DEFAULT_MODEL_DIR))
        return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


ACCEL_ROWS = 256
"""Texts in every encoder and head call on an accelerator (padded), whatever ``batch_size`` asks. Why: GPU
libraries choose kernels, and with them summation orders, by the whole shape, the number of texts included, so a
text's answer would depend on how many others shared its call; with one shape per length bucket it cannot."""


MOVING_PROB = 0.7
"""The network's motion class is used (when the rules found none) only if P(static) < 1 - this."""


GATES: dict[str, float] = {
    "az": 0.9, "el": 0.9, "end_az": 0.9, "end_el": 0.9, "dist": 0.9, "end_dist": 0.9,
    "spread": 0.7, "wet": 0.7, "gain": 0.7, "drr": 0.7, "rt60": 0.7,
}
"""P(stated) the network needs for each attribute the rules (cues + knowledge) leave open.

Chosen on the development sets (``heldout_*``, ``dev_issue12*_*``): for directions, mean angular error 3.6 deg
at 0.5, 3.2 at 0.9, flat from 0.9 to 0.99, so 0.9; for width, wet and level the development sets were flat from
0.5 to 0.97, and 0.7 sits in the middle of that plateau. Distance gets the direction gate (0.9, was 0.7): on no
set did a network distance improve the rules' distance band, and on held-out set 2 (category totals only) it
made the negation rows worse. The gates are thresholds on the network's own probabilities, so they hold for
retrained weights too (a retrained network that is surer passes more often; one that is unsure fills nothing)."""

_MAY_STATE_DIRECTION = re.compile(
    r"(?<![a-z])(?:lef|lfet|rig|rihg|righ|fron|fornt|frnt|ahea|behi|bhe|bak|back|rear|side|abov|below|bene|under|up(?![a-z])|"
    r"down|over(?:head|\s+(?:me|us|you|my|your|our|his|her|the\s+(?:roof|ceiling|house|building|head|top)))|high|low|"
    r"floor|groun|ceil|sky|clock|deg(?:ree|s?(?![a-z]))|north|south|east|west|port(?![a-z])|starb|shoulder|"
    r"ears?(?![a-z])|head|feet|foot|cent|middle|pan|l(?![a-z])|r(?![a-z]))"
    r"|왼|오른|좌|우측|우편|앞|뒤|옆|위|아래|밑|정면|후방|전방|천장|하늘|바닥|머리|발(?=\s*(?:밑|아래|치|끝|옆|앞|뒤|목|바닥|가락|등|쪽))"
    r"|귀(?=\s*(?:에|옆|뒤|앞|바로|가까|를|쪽|속|높이|안))|귓|어깨|가운데|중앙|\d\s*(?:시|도|°)"
)
"""Any trace of a direction word (stems, so that typos still count). Without one, the network's direction is a
guess about an unstated attribute ("a cricket chirps somewhere in the dark" -> -111 deg) and is dropped."""

_NOT_DIRECTION_WORDS = re.compile(
    r"(?<![a-z])(?:left\s?overs?|(?:he|she|they|i|we|you|who|had|has|have|was|were|is|are|just|been|someone|somebody)\s+left"
    r"|left\s+(?:the|a|an|his|her|my|our|their|it|them|him|me|us|home|school|work|alone)"
    r"|(?:go|goes|went|gone|going|come|comes|came|coming|get|gets|got|getting|be|been|bring|brings|brought|call|calls|"
    r"called|turn|turns|turned|walked|ran|drove|flew|way|driving|walking|cycling|cycled|riding|rode|heading|headed|flying|sailing|"
    r"hiking|hiked)\s+back(?!\s+(?:left|right|of|corner|side|wall|row|seat))"
    r"|back\s+(?:home|then|in\s+the\s+day|and\s+forth|to\s+(?:work|school|sleep|bed|normal|life|reality|basics|square\s+one|the\s+(?:future|start|beginning)))|backs?\s+up|backing\s+up"
    r"|right\s+(?:away|now|then|here|there|after|before)|all\s+right|up\s+(?:to|until)|(?:set|pick|make|hurry|wake|"
    r"picks|picked|wakes|woke|makes|made|sets|fed|fill|fills|filled|end|ends|ended|give|gives|gave)\s+up)(?![a-z])"
    r"|뒤늦|뒤풀이|뒤처리|뒷이야기|좌우간|앞가림|앞장|앞길|뒷받침|뒷수습|앞치마|왼손잡이|오른손잡이|위로(?:해|하|를|가|받|의|가\s*돼)|뒤집|앞두|앞서|뒷정리|위험|위치|더위|바위|가위|위원|위해|위한"
)
"""Look-alike words ("leftover", "went back", "backs up", "right away", "뒤늦게", "위로해"): with the rules'
masks, they are taken out before the network's direction may count as stated (the rules read nothing there)."""

_BACK = r"(?:b+a+c+k+|bakc|bcak|bak)"
""""back" and its common misspellings, for :data:`_HEMISPHERES` (a side only where it names a place)."""

_HEMISPHERES: tuple[tuple[re.Pattern, Any], ...] = (
    (re.compile(r"(?<![a-z])(?:(?:l+e+f+t+|lfet|letf|elft|lft|lef)(?:most|wards?)?|"
                r"(?:to|on\s+the|off\s+the)\s+port|port\s+(?:side|bow|beam|quarter|wing))(?![a-z])|왼|좌"),
     lambda az, el: az is not None and az > 0.0),
    (re.compile(r"(?<![a-z])(?:r+i+g+h+t+|rigth|rihgt|righ|rihg|rght|rigt|starboard|starb)(?:most|wards?)?(?![a-z])|오른|우측|우편"),
     lambda az, el: az is not None and az < 0.0),
    (re.compile(r"(?<![a-z])(?:behind|behnd|bhind|behid|bihind|behin|rear(?:wards?)?|backwards?|"
                r"(?:my|our|your|his|her|their)\s+backs?|(?:at|in|from|to|towards?)\s+(?:the|my|our|your)\s+" + _BACK + r"(?!\s+(?:lane|road|door|garden|yard|seat|room|office|kitchen|entrance|gate|stairs|steps?|porch|bedroom))"
                r"|" + _BACK + r"\s+(?:left|right|row|seat|corner))(?![a-z])|뒤|후방"),
     lambda az, el: az is not None and abs(az) > 90.0),
    (re.compile(r"(?<![a-z])(?:f+r+o+n+t+|fornt|frnt|fron|frotn|ahead|ahed|aheda)(?![a-z])|앞|정면|전방"),
     lambda az, el: az is not None and abs(az) < 90.0),
    (re.compile(r"(?<![a-z])(?:above|abov|abve|overhead|ceilings?|sky|skies|upwards|upstairs|"
                r"up\s+(?:above|there|high|overhead|in\s+the\s+(?:sky|air|trees?|loft|attic|rafters|roof|gallery|eaves)))(?![a-z])"
                r"|위|천장|하늘"),
     lambda az, el: el is not None and el > 0.0),
    (re.compile(r"(?<![a-z])(?:below|belwo|beneath|beneth|under|underneath|floors?|(?<!football\s)(?<!cricket\s)(?<!rugby\s)(?<!sports\s)(?<!fair\s)(?<!parade\s)(?<!training\s)(?<!burial\s)(?<!camping\s)ground(?!\s+floor)|feet|foot|downstairs)(?![a-z])"
                r"|아래|밑|바닥|발(?=\s*(?:밑|아래|치|끝|바닥))"),
     lambda az, el: el is not None and el < 0.0),
)
"""Direction words (with common misspellings) and the half of the sphere each names. A network direction filled in
where the rules read none must agree with at least one of the direction words the text holds ("steps cme from
bhind" -> behind); otherwise it is a guess that contradicts the words, and it is dropped. Whole words only: a
stem would let "rigging", "righteous", "Lefty", "rearview" or "Skype" through as sides. "back", "up" and "port"
count only where they name a place ("at my back", "at the back of", "back left", "up above", "to port"): as verb
particles and idioms ("back on nights", "spooling up", "we left port") they let a network guess through on 9
labelled rows (6 older, 3 of round 43's development sets), each made worse, and helped on one ("fireworks going
up", by 9 degrees); "my back to it" still counts (round 43); a football or cricket ground, and the ground floor, name no height
(round 45)."""

_MOTION_TRACE = re.compile(
    r"(?<![a-z])(?:(?:go|goes|going|gone|went|come|comes|coming|came|run|runs|ran|running|fly|flies|flew|drive|drives|"
    r"drove|driving|ride|rides|rode|riding|rise|rises|rising|rose|race|races|racing|fade|fades|fading|head(?:s|ing)?\s+"
    r"(?:to|toward|towards|for|off|away|back|out|in|over)|pan(?:s|ned|ning)\s+(?:from|to|across|around))(?![a-z])|"
    r"mov|pass(?!eng|port|word|ion|iv|ab)|walk|approach|near(?:er|ing|s)|closer|away|toward|across|circl|orbit|around|round|spin|swirl|fall|fell|"
    r"drop|climb|descend|sink|swoop|zoom|zip|rush|whiz|whoosh|roll|travel|drift|glid|sweep|swing|sway|zigzag|weav|"
    r"wander|leav|recede|reced|retreat|pull|creep|crawl|march|gallop|trot|jog|dash|speed|hurr|slid|shift|return|arriv|"
    r"enter|exit|disappear|vanish|chas|follow|bounc|turn|wheel|spiral|ascend|soar|lift|plung)"
    r"|다가|멀어|가까워|지나|돌|날아|올라|내려|떨어지|떨어진|떨어져(?!\s*있)|움직|이동|달려|뛰어|걸어|오고|와서|온다|왔|간다|가고|갔|사라|"
    r"떠나|떠난|향해|흔들|맴|스쳐|굴러|미끄러|옮겨|건너|가로질|통과|빠져|접근|후진|출발|쫓|따라"
)
"""Any trace of a motion word (stems). Without one, a moving class or a distance / height trend from the network
is a guess about a source the text never moves ("스피커는 ... 3미터 정도 떨어져 있어" is 3 m away, not falling)."""

_NOT_MOTION_WORDS = re.compile(
    r"(?<![a-z])(?:thunder\w*\s+(?:that\s+)?roll\w*|roll\w*\s+(?:of\s+)?thunder|drum\s*rolls?|rock\s*(?:and|n|'n'|&)\s*roll|"
    r"roll\s+call|(?:go|goes|going|gone|went)\s+off|all\s+(?:a)?round\s+(?:me|us|you|the\s+[a-z]+)(?=\s*(?:$|[,.;!?]))|(?:come|comes|came|coming)\s+on|"
    r"turn(?:s|ed|ing)?\s+(?:on|off|up|down|out)|turn(?:s|ed|ing)?\s+(?:it|the\s+\w+)\s+(?:on|off|up|down)|"
    r"(?:a|one|each|every|the)\s+drops?\s+of|"
    r"(?:door\s*bell|bell|alarm|phone|timer|buzzer|horn|siren|kettle|microwave|oven)\s+goes(?=\s*(?:$|[,.;!?]|again|and|off|ding|ping|beep|brr))|"
    r"(?:go|goes|went|going)\s+(?:tick|ping|ding|dong|beep|bang|pop|click|clunk|crack|thud|boom|ring|buzz|clang|clank|creak|tap|knock|drip|"
    r"splat|snap|crunch|squeak|tock|clonk|plink|plop|twang)(?![a-z])(?!\s+(?:past|by|over|across|through|round|around|overhead)(?![a-z]))|"
    # "the guillotine is still thudding away", "humming away to itself": on and on, not off
    r"(?:hum|thudd|chugg|buzz|tick|hammer|bang|clatter|whirr|dron|rumbl|tapp|clack|beep|bark|chatter|natter|typ|saw|drill|grind|"
    r"whin|honk|crackl|hiss|sizzl|bubbl|churn|puff|ring|chirp|cheep|squawk|caw|croak|snor|sing|whistl|play|strumm|pound|thump|"
    r"knock|clank|clink|rattl|creak|squeak|groan|moan|wheez|scratch|scrap|tinkl|pip|bleep|yapp|yak|sniff|cough|snipp|chopp)ing\s+away"
    r"(?=\s*(?:$|[,.;!?:-]|all|again|like|for|in|on|at|since|there|here|to\s+(?:it|them|him|her)sel(?:f|ves)|quietly|merrily|happily|steadily|non-?stop))"
    r")(?![a-z])"
)
"""Phrases with a motion stem that move nothing ("thunder rolls", "the alarm goes off", "someone turns the radio
on", "a drop of water plinks", "and now the doorbell goes", "from every stall all around me, ..." as a width): blanked
before the motion trace is looked for; "thudding away" (round 45) goes on, it does not go off."""

_DISTANCE_TRACE = re.compile(
    r"(?<![a-z])(?:near|close|far|away|distan|next\s+to|beside|by\s+(?:my|your|the)|right\s+(?:here|there)|"
    r"metres?|meters?|m(?![a-z])|cm|km|feet|foot|ft|yards?|steps?\s+away|inches|across|down\s+the|up\s+the|end\s+of|"
    r"ear|shoulder|neck|face|nose|lap|pocket|hand|arm|wrist|touch|whisper|horizon|mile)"
    r"|가까|멀|먼\s|떨어져|거리|미터|센티|킬로|바로\s*옆|옆에|귀|어깨|코앞|눈앞|품|주머니|손|속삭|건너|저편|끝"
)
"""Any trace of a distance word. Without one, the network's distance is a guess about an unstated attribute
(the knowledge base already gives what a named source implies) and the default stays."""

_NEGATED = re.compile(r"(?<![a-z])(?:not|never|no\s+longer|rather\s+than|instead\s+of)(?![a-z])|n't|n’t|아니|않|말고|없")
"""Negation words: where the text has one, a network distance is not used (the rules read which distance holds;
the network has never been shown to read "not far, right next to me" or "가까이가 아니라 저 멀리")."""

_TOWARD = re.compile(
    r"(?<![a-z])(?:approach|closer|nearer|near(?:s|ing)?|toward|towards|come|comes|coming|came|arriv\w*|in\s+(?:from|close)|"
    r"up\s+(?:to|on|behind|beside|next)|creep\w*|crept|sneak\w*|snuck|louder|grow\w*|grew|build\w*|swell\w*|my\s+way|"
    r"head(?:s|ed|ing)?\s+(?:for|at|straight)|charg\w*|at\s+(?:me|us))(?![a-z])"
    r"|다가|가까워|가까이|가까와|오고|와서|온다|왔|(?<![가-힣])와|오는|접근|향해|커지|커져|커진|날아들|들어와|들어오|몰려"
)
_AWAY = re.compile(
    r"(?<![a-z])(?:away|farther|further|off|leav\w*|(?:has|had|have|just|then|finally)\s+left|recede\w*|reced\w*|retreat\w*|fad\w*|disappear\w*|vanish\w*|"
    r"quieter|softer|fainter|out\s+of|goes|going|went|gone|dies?|dying|died|dwindl\w*|distance|depart\w*)(?![a-z])"
    r"|멀어|멀리|사라|떠나|떠난|빠져|작아|희미|가버|가\s*버|나가|나간|나갔|걸어가|날아가|달려가|뛰어가|기어가|흘러가|멀찍"
)
"""Words for a way in (:data:`_TOWARD`) or out (:data:`_AWAY`): the network's approach / recede, or a closer /
farther trend, needs one that matches ("a busker strums by the exit" holds a motion stem, "exit", and no way in)."""

_KEEPS_PLACE = ("approach", "recede")
"""Network motion classes that keep the place the rules read (they change the distance only); any other class
("pass", "orbit", "rise", ...) would move the source off a direction the rules read, so it is not taken then."""


_CHANGES_HEIGHT = ("rise", "fall")
"""Network motion classes that move the source up or down: a height the rules never read, so they need the same
agreeing direction word as a network height (on every labelled row where the rules read no direction, a network
rise or fall made the row worse or left it alone: "사다리 위로 올라가라길래 올라갔더니 어디서 뻐꾸기가 우네" is the
listener climbing)."""


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


def combine(cue: Frame, net: Frame, text: str | None = None) -> Frame:
    """The rules' frame, with the network filling only what the rules leave open and only where it is sure.

    The network never makes the rules' answer worse on purpose; each of its values has to pass every gate:

    1. **Rules win.** Everything the rules (cues + knowledge) state stays; an attribute the rules mark as
       deliberately unstated (``probs[name] == 0``: "the far right" has no distance) stays at its default.
    2. **Sure enough.** Each network attribute needs P(stated) >= :data:`GATES` (thresholds, so retrained
       weights are gated the same way).
    3. **Directions as a whole.** If the rules read any direction (start, end or height), the network adds no
       direction component at all (not a height to "on the left", not an end to a start the rules read): half a
       reading from each side is the combination that went wrong on the blind set. Where the rules read none, a
       network direction needs a direction word in the text (:data:`_MAY_STATE_DIRECTION`) and must lie in the
       half-sphere one of those words names (:data:`_HEMISPHERES`); otherwise the source stays in front, and
       the network's height changes (a rise or fall class, a height trend) go with the direction it lost.
    4. **Motion.** The network's motion class and distance / height trends need P(static) < 1 - :data:`MOVING_PROB`
       and a motion word in the text (:data:`_MOTION_TRACE`); none at all if the rules read a static verb; and
       where the rules read a direction, only the classes that keep it (:data:`_KEEPS_PLACE`) and no height
       trend; none where the
       rules read an end point (a move from A to B is the rules' own); an approach or a closer trend needs a word
       for a way in, a recession or a farther trend one for a way out (:data:`_TOWARD`, :data:`_AWAY`).
    5. **Distance** from the network only where the text holds a distance word (:data:`_DISTANCE_TRACE`) and no
       negation (:data:`_NEGATED`).
    """
    net = net.copy()
    p = net.probs
    ntext = cues.rules_text(text) if text else ""
    for name, gate in GATES.items():
        value = getattr(net, name)
        if value is not None and (p.get(name, 1.0) < gate or cue.probs.get(name, 1.0) == 0.0):
            setattr(net, name, None)  # unstated means default, whatever the network guesses
    rules_direction = any(getattr(cue, name) is not None for name in ("az", "el", "end_az", "end_el"))
    if rules_direction or not _network_direction_agrees(net, ntext):
        net.az = net.el = net.end_az = net.end_el = None
        if not rules_direction:  # a height change is a direction component: none without a word that agrees
            net.vtrend = 0
            if net.motion in _CHANGES_HEIGHT:
                net.motion = None
    moving_words = bool(_MOTION_TRACE.search(_NOT_MOTION_WORDS.sub(" ", ntext)))
    if moving_words and cue.motion != "static" and (net.motion is not None or net.trend or net.vtrend):
        moving_words = bool(_MOTION_TRACE.search(_NOT_MOTION_WORDS.sub(" ", _blanked(ntext, "mmask"))))
    if cue.motion == "static" or not moving_words:
        net.motion, net.trend, net.vtrend, net.speed = None, 0, 0, 0
    if net.motion is not None and p.get("static", 0.0) > 1.0 - MOVING_PROB:
        net.motion = None
    if rules_direction and net.motion not in (None, *_KEEPS_PLACE):
        net.motion = None
    if rules_direction:
        net.vtrend = 0  # a height change is a direction component too
    if cue.end_az is not None or cue.end_el is not None:
        net.motion = None  # the rules read a move from A to B: the trajectory builder goes there
    if net.motion == "pass" and cue.motion is None and not rules_direction and net.az is None and net.end_az is None:
        net.motion = None  # a pass needs a side or a path: with none stated it would invent one (left to right)
    closer = net.motion == "approach" or (net.motion is None and net.trend < 0)
    farther = net.motion == "recede" or (net.motion is None and net.trend > 0)
    if (closer and not _TOWARD.search(ntext)) or (farther and not _AWAY.search(ntext)):
        net.trend = 0  # a way in or out needs a word for it ("strums by the exit" moves nothing)
        if net.motion in _KEEPS_PLACE:
            net.motion = None
    if not _DISTANCE_TRACE.search(ntext) or _NEGATED.search(ntext):
        net.dist = net.end_dist = None  # (a negated sentence names distances it is not at: the rules read which holds)
    if net.motion in ("orbit", "spiral") or cue.motion in ("orbit", "spiral"):
        net.end_az = net.end_el = None  # a circle ends where it began unless the rules read an arc
    out = cue.merged_over(net)
    if (out.motion or "static") == "static" and not out.trend and not out.vtrend:
        out.end_az = cue.end_az
        out.end_el = cue.end_el
    if out.motion == "pass" and cue.motion != "pass" and out.end_az is None and out.az is not None:
        out = cues.finish_motion(out)
    return out


def _blanked(ntext: str, kind: str) -> str:
    """``ntext`` with the spans the rules mask as ``kind`` ("mask": no direction, "mmask": no motion) blanked out:
    what the rules know is not a direction or a move ("탑 올라가라고 소리치는데", "온 산이 떠나가라") is no trace
    of one for the network's guesses either."""
    return _blank(ntext, [(start, end) for span_kind, start, end in _mask_spans(ntext) if span_kind == kind])


def _blank(text: str, ranges: Sequence[tuple[int, int]]) -> str:
    """``text`` with each (start, end) range replaced by spaces (positions stay where they were)."""
    if not ranges:
        return text
    chars = list(text)
    for start, end in ranges:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


@lru_cache(maxsize=256)
def _mask_spans(ntext: str) -> tuple[tuple[str, int, int], ...]:
    """(kind, start, end) of the rules' mask spans of ``ntext``: found once per text, however many checks of
    :func:`combine` ask (both kinds come from the same span pass)."""
    spans, _ = cues.find_spans(ntext)
    return tuple((span.kind, span.start, span.end) for span in spans if span.kind in ("mask", "mmask"))


def _network_direction_agrees(net: Frame, ntext: str) -> bool:
    """Whether a network direction may be used for a text the rules read no direction in (see :func:`combine`).

    Words the rules mask as not spatial ("right now", "all right", "someone left the radio on", "left alone",
    "back home") are no direction words here either: they would let a guess through on a text that states none; nor
    are those the rules set aside as another sound's, negated or corrected ("오르골 소리가 ... 멈췄어. 그동안
    오른쪽에선 빨래 건조기가 돌고")."""
    if all(getattr(net, name) is None for name in ("az", "el", "end_az", "end_el")):
        return False
    if not _MAY_STATE_DIRECTION.search(ntext):
        return False
    # (and the direction words the rules read and set aside -- negated, another sound's, "behind the door" --
    # :func:`t2sa.text.cues.set_aside_places`)
    ntext = _NOT_DIRECTION_WORDS.sub(" ", _blank(_blanked(ntext, "mask"), cues.set_aside_places(ntext)))
    if not _MAY_STATE_DIRECTION.search(ntext):
        return False
    named = [agrees for pattern, agrees in _HEMISPHERES if pattern.search(ntext)]
    return any(agrees(net.az, net.el) for agrees in named)  # no side word to check the guess against: front


def _check_texts(texts: Any) -> list[str]:
    """The texts as a list, each through :func:`~t2sa.text.clean.clean_text` (a lone surrogate in
    ``texts[i]`` is a :class:`~t2sa.errors.FieldError` naming ``texts[i]``)."""
    if isinstance(texts, str):
        raise ModelError("texts: expected a list of strings, got one string (wrap it in a list)")
    try:
        items = list(texts)
    except TypeError:
        raise ModelError(f"texts={texts!r}: expected a list of strings") from None
    out = []
    for i, t in enumerate(items):
        if not isinstance(t, str):
            raise ModelError(f"texts[{i}]={t!r}: expected a string")
        out.append(clean_text(t, field=f"texts[{i}]"))
    return out


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
