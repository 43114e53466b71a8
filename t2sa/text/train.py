"""Training: generate the corpus, build (or load) the encoder, fit encoder + head, save the model folder.

Design decisions (see also the README):

* **Multi-task, masked.** One shared embedding feeds regression heads (start/end direction as sin/cos,
  elevations, log distances, spread, wet, gain, DRR, log RT60), "stated" logits for every attribute, and
  motion / distance-trend / elevation-trend / speed classifiers. Regression losses count only where the
  sentence states the attribute; the stated logits learn *whether* it was stated, which is what lets the
  model fall back to documented defaults at inference instead of inventing values.
* **From scratch by default.** The shipped encoder is a 4-layer BERT trained here on the generated corpus
  (see :mod:`t2sa.text.encoder` for why). No distillation from all-MiniLM-L6-v2: its embedding space is
  English-only and not organised by spatial attributes (the seed's linear probe on such an encoder scored
  61.8 deg), and teacher passes would cost a large share of the 2-core, <1 h budget; the budget buys more
  varied corpus and more steps instead.
* **Reproducible.** Everything is seeded (corpus, initialisation, batch order, dropout); the corpus hash
  and the seed are stored in ``t2sa.json``. Same machine + same thread count gives the same weights.
* **Continued training.** ``encoder`` may be a t2sa model folder (``t2sa train --encoder t2sa/weights/default``):
  its encoder *and* head are the starting point, trained further on the current corpus. On a shared 2-core
  machine this buys the richer corpus (issue 12) at a quarter of the cost of training from scratch; the parent's
  weights digest and corpus hash are stored under ``init_from`` so the chain stays reproducible (the parent is
  in git history).
* **Any device.** ``device="auto"`` uses CUDA when present; a GPU only changes speed.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from t2sa.text import corpus as corpus_mod
from t2sa.text.cues import normalize
from t2sa.text.encoder import MAX_SEQ_LENGTH, build_scratch_encoder, load_encoder, offline
from t2sa.text.frame import NEUTRAL, REG_ATTRS
from t2sa.text.labels import NORM, REG_LAYOUT, encode_frames

SCRATCH = "scratch"
DEFAULTS = {
    "n_train": 160_000,
    "epochs": 8.0,  # the shipped model: corpus v9, 8 epochs, seed 0, one CPU thread (57 min on round 60's machine)
    "batch_size": 128,
    "seed": 0,
    "corpus_version": 9,
    "lr_encoder_scratch": 3e-4,
    "lr_encoder_pretrained": 4e-5,
    "lr_encoder_continue": 1.5e-4,
    "lr_head": 1.5e-3,
    "lr_head_continue": 5e-4,
    "warmup_frac": 0.06,
    "weight_decay": 0.01,
}

# loss weights per regression attribute, then the classifiers
REG_WEIGHTS = {"az": 3.0, "el": 1.5, "end_az": 2.0, "end_el": 1.0, "dist": 1.0, "end_dist": 0.7, "spread": 0.7,
               "wet": 0.7, "gain": 0.5, "drr": 0.4, "rt60": 0.5}  # fmt: skip
CLASS_WEIGHTS = {"stated": 1.0, "motion": 1.0, "trend": 0.5, "vtrend": 0.5, "speed": 0.3}


def seed_everything(seed: int) -> None:
    import torch

    random.seed(seed)
    np.random.seed(seed)  # noqa: NPY002 - libraries that draw from the legacy global state
    torch.manual_seed(seed)


def compute_loss(out: dict, tgt: dict) -> tuple:
    """Masked multi-task loss; returns (total, dict of parts for logging)."""
    import torch
    import torch.nn.functional as F

    reg, treg, stated = out["reg"], tgt["reg"], tgt["stated"]
    parts = {}
    total = reg.new_zeros(())
    for j, name in enumerate(REG_ATTRS):
        mask = stated[:, j]
        denom = mask.sum().clamp(min=1.0)
        cols = list(REG_LAYOUT[name])
        if name in ("az", "end_az"):
            p = reg[:, cols]
            norm = p.norm(dim=1)
            cos = (p * treg[:, cols]).sum(1) / (norm + 1e-6)
            per = (1.0 - cos) + 0.1 * (norm - 1.0) ** 2
        else:
            per = F.smooth_l1_loss(reg[:, cols[0]], treg[:, cols[0]], reduction="none", beta=0.5)
        loss = (per * mask).sum() / denom
        parts[name] = float(loss.detach())
        total = total + REG_WEIGHTS[name] * loss
    bce = F.binary_cross_entropy_with_logits(out["stated"], stated)
    parts["stated"] = float(bce.detach())
    total = total + CLASS_WEIGHTS["stated"] * bce
    for key in ("motion", "trend", "vtrend", "speed"):
        ce = F.cross_entropy(out[key], tgt[key], label_smoothing=0.05)
        parts[key] = float(ce.detach())
        total = total + CLASS_WEIGHTS[key] * ce
    if not torch.isfinite(total):
        raise FloatingPointError("training loss is not finite")
    return total, parts


def _batches(lengths: np.ndarray, batch_size: int, rng: np.random.Generator) -> list[np.ndarray]:
    """Length-bucketed batches in random order: little padding, still shuffled."""
    order = rng.permutation(len(lengths))
    chunk = batch_size * 50
    batches = []
    for start in range(0, len(order), chunk):
        part = order[start : start + chunk]
        part = part[np.argsort(lengths[part], kind="stable")]
        batches += [part[i : i + batch_size] for i in range(0, len(part), batch_size)]
    rng.shuffle(batches)
    return batches


def _collate(ids: list[list[int]], index: np.ndarray, pad_id: int, device: str) -> dict:
    import torch

    rows = [ids[i] for i in index]
    width = max(len(r) for r in rows)
    input_ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for k, r in enumerate(rows):
        input_ids[k, : len(r)] = torch.tensor(r, dtype=torch.long)
        mask[k, : len(r)] = 1
    return {"input_ids": input_ids.to(device), "attention_mask": mask.to(device)}


def train(
    out_dir: str | Path,
    encoder: str = SCRATCH,
    n_train: int = DEFAULTS["n_train"],
    epochs: float = DEFAULTS["epochs"],
    batch_size: int = DEFAULTS["batch_size"],
    seed: int = DEFAULTS["seed"],
    device: str | None = None,
    threads: int | None = None,
    lr: float | None = None,
    n_val: int = 2000,
    log: Callable[[str], None] = print,
    corpus_version: int = DEFAULTS["corpus_version"],
) -> Path:
    """Train a model and write it to ``out_dir``; returns the folder. ``epochs`` may be fractional."""
    import torch

    previous = torch.get_num_threads()
    if threads:
        torch.set_num_threads(int(threads))
    try:
        return _train(out_dir, encoder, n_train, epochs, batch_size, seed, device, lr, n_val, log, corpus_version)
    finally:
        torch.set_num_threads(previous)  # a library call must not leave the process's thread count changed


def _train(out_dir, encoder, n_train, epochs, batch_size, seed, device, lr, n_val, log, corpus_version) -> Path:
    import torch

    from t2sa.text.predictor import TextToSpatial, make_head, pick_device

    if Path(encoder).exists() or encoder == SCRATCH:
        offline()
    t_start = time.time()
    device = pick_device(device)
    seed_everything(seed)
    log(f"[t2sa train] device={device} threads={torch.get_num_threads()} seed={seed} encoder={encoder} "
        f"corpus v{corpus_version}")

    examples = corpus_mod.generate(n_train, seed=seed, version=corpus_version)
    val = corpus_mod.generate(n_val, seed=seed + 1_000_003, version=corpus_version)
    digest = corpus_mod.corpus_hash(examples)
    texts = [normalize(e.text) for e in examples]
    log(f"[t2sa train] corpus: {len(examples)} train / {len(val)} val sentences, hash {digest} "
        f"({time.time() - t_start:.0f}s)")  # fmt: skip

    work = Path(out_dir) / "_work"
    parent = parent_model(encoder)
    lr_head = DEFAULTS["lr_head"]
    if encoder == SCRATCH:
        st = build_scratch_encoder(texts, work, seed)
        lr_enc = lr or DEFAULTS["lr_encoder_scratch"]
    elif parent is not None:
        st = load_encoder(encoder)
        lr_enc = lr or DEFAULTS["lr_encoder_continue"]
        lr_head = DEFAULTS["lr_head_continue"]
    else:
        st = load_encoder(encoder)
        lr_enc = lr or DEFAULTS["lr_encoder_pretrained"]
    st.to(device)
    tokenizer = st[0].tokenizer
    dim = st.get_embedding_dimension() if hasattr(st, "get_embedding_dimension") else st.get_sentence_embedding_dimension()
    head = make_head(dim)
    if parent is not None:
        from safetensors.torch import load_file

        head.load_state_dict({k: v.float() for k, v in load_file(str(Path(encoder) / "t2sa_head.safetensors")).items()})
        log(f"[t2sa train] continuing from {encoder} (corpus {parent['corpus_hash']}, weights {parent['weights_sha256'][:16]})")
    head = head.to(device)

    def tokenize(batch_texts: list[str]) -> list[list[int]]:
        return tokenizer(batch_texts, truncation=True, max_length=MAX_SEQ_LENGTH)["input_ids"]

    ids = tokenize(texts)
    lengths = np.array([len(x) for x in ids])
    targets = encode_frames([e.frame for e in examples])
    val_ids = tokenize([normalize(e.text) for e in val])
    val_targets = encode_frames([e.frame for e in val])
    log(f"[t2sa train] tokens/sentence: mean {lengths.mean():.1f}, p95 {np.percentile(lengths, 95):.0f}, "
        f"vocab {len(tokenizer)} ({time.time() - t_start:.0f}s)")  # fmt: skip

    params = [
        {"params": list(st.parameters()), "lr": lr_enc},
        {"params": list(head.parameters()), "lr": lr_head},
    ]
    opt = torch.optim.AdamW(params, weight_decay=DEFAULTS["weight_decay"])
    rng = np.random.default_rng(seed)
    steps_per_epoch = math.ceil(len(ids) / batch_size)
    total_steps = max(1, int(round(steps_per_epoch * epochs)))
    warmup = max(1, int(total_steps * DEFAULTS["warmup_frac"]))
    base_lrs = [g["lr"] for g in opt.param_groups]
    pad_id = tokenizer.pad_token_id

    def to_tensors(t: dict, index: np.ndarray) -> dict:
        return {k: torch.from_numpy(v[index]).to(device) for k, v in t.items()}

    step = 0
    t_loop = time.time()
    seen = 0
    running: dict[str, float] = {}
    st.train()
    head.train()
    while step < total_steps:
        for index in _batches(lengths, batch_size, rng):
            if step >= total_steps:
                break
            frac = step / warmup if step < warmup else 0.5 * (1 + math.cos(math.pi * (step - warmup) / max(1, total_steps - warmup)))
            for g, base in zip(opt.param_groups, base_lrs, strict=True):
                g["lr"] = base * frac
            features = _collate(ids, index, pad_id, device)
            emb = st(features)["sentence_embedding"]
            loss, parts = compute_loss(head(emb), to_tensors(targets, index))
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(list(st.parameters()) + list(head.parameters()), 1.0)
            opt.step()
            step += 1
            seen += len(index)
            for k, v in parts.items():
                running[k] = 0.98 * running.get(k, v) + 0.02 * v
            if step % 200 == 0 or step == total_steps:
                rate = seen / (time.time() - t_loop)
                eta = (total_steps - step) * batch_size / max(rate, 1e-6)
                log(f"[t2sa train] step {step}/{total_steps} loss {float(loss.detach()):.3f} "
                    f"(az {running['az']:.3f} motion {running['motion']:.3f} stated {running['stated']:.3f}) "
                    f"{rate:.0f} sent/s, eta {eta / 60:.1f} min")  # fmt: skip
            if step % steps_per_epoch == 0 or step == total_steps:
                log("[t2sa train] val: " + _validate(st, head, val_ids, val_targets, pad_id, device))
                st.train()
                head.train()
    train_s = time.time() - t_start
    st.eval()
    head.eval()
    model = TextToSpatial(st, head, {}, device)
    config = {
        "t2sa_version": _version(),
        "encoder": parent["encoder"] if parent else encoder,
        "embedding_dim": dim,
        "head_hidden": 256,
        "encoder_config": _encoder_config(st),
        "seed": seed,
        "n_train": n_train,
        "epochs": epochs,
        "batch_size": batch_size,
        "steps": total_steps,
        "corpus_hash": digest,
        "corpus_version": corpus_version,
        "init_from": parent,
        "train_seconds": round(train_s, 1),
        "device": device,
        "threads": torch.get_num_threads(),
        "label_norm": {k: list(v) for k, v in NORM.items()},
        "neutral_defaults": NEUTRAL,
    }
    model.save(out_dir, config)
    _cleanup(work)
    log(f"[t2sa train] saved {out_dir} in {train_s / 60:.1f} min")
    return Path(out_dir)


def parent_model(encoder: str) -> dict | None:
    """What a continued training starts from, if ``encoder`` is a t2sa model folder; else None."""
    import hashlib
    import json

    folder = Path(encoder)
    if encoder == SCRATCH or not (folder / "t2sa.json").is_file() or not (folder / "t2sa_head.safetensors").is_file():
        return None
    config = json.loads((folder / "t2sa.json").read_text())
    h = hashlib.sha256()
    for name in ("model.safetensors", "t2sa_head.safetensors", "tokenizer.json"):
        h.update((folder / name).read_bytes())
    return {
        "path": str(encoder),
        "encoder": config.get("encoder"),
        "weights_sha256": h.hexdigest(),
        "corpus_hash": config.get("corpus_hash"),
        "n_train": config.get("n_train"),
        "epochs": config.get("epochs"),
        "seed": config.get("seed"),
        "parent": config.get("init_from"),
    }


def _validate(st, head, ids, targets, pad_id, device) -> str:
    """Network-only metrics on generated validation sentences (never on the hand-written held-out sets)."""
    import torch

    st.eval()
    head.eval()
    order = np.argsort([len(x) for x in ids])
    outs = {k: [] for k in ("reg", "stated", "motion")}
    with torch.inference_mode():
        for start in range(0, len(order), 256):
            index = order[start : start + 256]
            out = head(st(_collate(ids, index, pad_id, device))["sentence_embedding"])
            for k in outs:
                outs[k].append(out[k].float().cpu().numpy())
    reg = np.concatenate(outs["reg"])
    stated_p = np.concatenate(outs["stated"])
    motion = np.concatenate(outs["motion"]).argmax(1)
    treg, tst, tmot = targets["reg"][order], targets["stated"][order], targets["motion"][order]
    m = tst[:, 0] > 0
    az_p = np.degrees(np.arctan2(reg[m, 0], reg[m, 1]))
    az_t = np.degrees(np.arctan2(treg[m, 0], treg[m, 1]))
    az_err = np.abs((az_p - az_t + 180) % 360 - 180).mean() if m.any() else float("nan")
    stated_acc = ((stated_p > 0) == (tst > 0.5)).mean()
    return f"az err {az_err:.1f} deg, stated acc {stated_acc:.3f}, motion acc {(motion == tmot).mean():.3f}"


def _encoder_config(st) -> dict:
    try:
        cfg = st[0].auto_model.config
        return {k: getattr(cfg, k) for k in ("hidden_size", "num_hidden_layers", "num_attention_heads", "intermediate_size", "vocab_size")}
    except Exception:
        return {}


def _cleanup(work: Path) -> None:
    import shutil

    shutil.rmtree(work, ignore_errors=True)


def _version() -> str:
    from t2sa import __version__

    return __version__
