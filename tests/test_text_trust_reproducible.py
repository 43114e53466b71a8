"""A text's prediction is a pure function of (text, clip duration, model files): bitwise the same alone, in one
batch, in shuffled batches, with any batch size and with 1 or more torch CPU threads (issue 9, item 2).

Before the fixed-shape encoder, int8 dynamic quantisation took one activation scale per batch tensor and a batch
was padded to its longest text, so about 2-4 % of texts changed in their last digits with their batch-mates.
"""

import json
import random
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.filterwarnings("ignore::t2sa.text.clean.TextWarning")  # long texts say "over 3 seconds"
DATA = ROOT / "tests" / "data"


def _texts() -> list[str]:
    """50 varied texts: both languages, one word to several sentences, numbers, motion, odd input."""
    picked: list[str] = []
    for name in ("heldout_en.jsonl", "heldout_ko.jsonl"):
        texts = sorted({json.loads(line)["text"] for line in (DATA / name).read_text(encoding="utf-8").splitlines()}, key=len)
        step = max(1, len(texts) // 21)
        picked += texts[::step][:21] + [texts[-1]]  # short to long, the longest included
    picked += [
        "",
        "left",
        "왼쪽",
        "a bee circles my head twice, then flies off to the right over 3 seconds while getting quieter " * 4,
        "오른쪽 뒤에서 천천히 다가오다가 머리 위를 지나 왼쪽 앞으로 멀어져, 큰 성당 안처럼 울려 " * 3,
        "30 degrees to the right, 2.5 m away, reverb 40%",
    ]
    assert len(picked) == 50 and len(set(picked)) == 50
    return picked


TEXTS = _texts()
DURATIONS = [None if i % 3 else 4.0 + i % 5 for i in range(len(TEXTS))]


def _answers(model, texts, durations, mode, batch_size=256) -> list[str]:
    return [json.dumps(p.to_dict()) for p in model.predict(texts, duration_s=durations, mode=mode, batch_size=batch_size)]


def _in_shuffled_batches(model, mode, size: int, seed: int) -> list[str]:
    order = list(range(len(TEXTS)))
    random.Random(seed).shuffle(order)
    out: list[str | None] = [None] * len(TEXTS)
    for start in range(0, len(order), size):
        idx = order[start : start + size]
        for i, answer in zip(idx, _answers(model, [TEXTS[i] for i in idx], [DURATIONS[i] for i in idx], mode), strict=True):
            out[i] = answer
    return out


@pytest.fixture(scope="module", params=["int8", "fp32"])
def model(request):
    from t2sa.text import TextToSpatial

    m = TextToSpatial.load(device="cpu", quantize=request.param == "int8")
    assert m.quantized == (request.param == "int8")
    return m


@pytest.fixture()
def threads():
    torch = pytest.importorskip("torch")
    before = torch.get_num_threads()
    yield torch
    torch.set_num_threads(before)


@pytest.mark.parametrize("mode", ["network", "combined"])
def test_alone_in_one_batch_and_in_shuffled_batches_are_bitwise_equal(model, mode):
    alone = [_answers(model, [t], [d], mode)[0] for t, d in zip(TEXTS, DURATIONS, strict=True)]
    together = _answers(model, TEXTS, DURATIONS, mode)
    assert together == alone
    for seed in (1, 2):
        assert _in_shuffled_batches(model, mode, 7, seed) == alone
    assert _answers(model, TEXTS, DURATIONS, mode, batch_size=3) == alone
    reversed_ = _answers(model, TEXTS[::-1], DURATIONS[::-1], mode)
    assert reversed_[::-1] == alone


def test_thread_count_does_not_change_a_bit(model, threads):
    threads.set_num_threads(1)
    one = _answers(model, TEXTS, DURATIONS, "network")
    one_alone = [_answers(model, [t], [d], "network")[0] for t, d in zip(TEXTS[:10], DURATIONS[:10], strict=True)]
    threads.set_num_threads(2)
    two = _answers(model, TEXTS, DURATIONS, "network")
    threads.set_num_threads(3)
    three = _in_shuffled_batches(model, "network", 7, 3)
    assert one == two == three
    assert one_alone == one[:10]


def test_the_same_text_twice_in_a_batch_gets_one_answer(model):
    batch = [TEXTS[5], TEXTS[30], TEXTS[5], TEXTS[44], TEXTS[5]]
    answers = _answers(model, batch, None, "network")
    assert answers[0] == answers[2] == answers[4] == _answers(model, [TEXTS[5]], None, "network")[0]


def test_fixed_shape_encoder_matches_the_sentence_transformers_pipeline():
    """The hand-written forward pass is the same network: fp32 embeddings equal the library's to float precision,
    int8 ones within quantisation error."""
    torch = pytest.importorskip("torch")
    from t2sa.text import TextToSpatial
    from t2sa.text.cues import normalize

    m = TextToSpatial.load(device="cpu", quantize=False)
    texts = [normalize(t) for t in TEXTS[:20] + TEXTS[-6:]]
    features = m.encoder.preprocess(texts) if hasattr(m.encoder, "preprocess") else m.encoder.tokenize(texts)
    with torch.inference_mode():
        reference = m.encoder(features)["sentence_embedding"]
        fp32 = m.embed(texts)
        q = TextToSpatial.load(device="cpu", quantize=True).embed(texts)
    assert torch.allclose(fp32, reference, rtol=1e-4, atol=1e-5)
    rel = ((q - reference).norm(dim=1) / reference.norm(dim=1)).max().item()
    assert 0.0 < rel < 0.02


def test_the_encoder_s_own_tokenizer_call_gives_the_library_s_token_ids():
    """The encoder tokenises with a copy of the Rust tokenizer (the ``transformers`` call costs a sixth of the encoder's
    time converting encodings): the same ids as the library's call on every test sentence, in both languages, and
    on texts long enough to be truncated."""
    from t2sa.text import TextToSpatial
    from t2sa.text.cues import normalize

    fixed = TextToSpatial.load(device="cpu")._fixed_encoder()
    assert fixed is not None and fixed._backend is not None
    texts = [normalize(t) for t in TEXTS] + ["a bell rings far to my left " * 30, "왼쪽 뒤에서 종소리가 " * 40, "", " "]
    want = fixed.tokenizer(texts, truncation=True, max_length=fixed.max_len)["input_ids"]
    got = fixed.token_ids(texts)
    assert got == want
    assert max(map(len, got)) == fixed.max_len  # the long texts were cut


def test_on_an_accelerator_every_call_has_one_shape_whatever_the_batch(monkeypatch):
    """GPU libraries choose kernels (and summation orders) by the whole shape, the number of texts included: on an
    H200, 55 of 64 texts changed in some bit alone vs in a batch while the head saw each call's own number of texts.
    Every encoder and head call on an accelerator now has ACCEL_ROWS texts (padded) whatever ``batch_size`` says,
    and on that H200 512 of 512 texts were then bitwise equal alone, in batches of 1, 64 and 1,024, shuffled and with
    other batch-mates (``benchmarks/bench_text_gpu.py``). This runs the accelerator path on the CPU (fp32) and checks
    the shapes it sends, and that its answers do not move with the batch."""
    from t2sa.text import TextToSpatial, predictor
    from t2sa.text.encoder import FixedShapeEncoder

    m = TextToSpatial.load(device="cpu", quantize=False)
    monkeypatch.setattr(predictor, "_on_cpu", lambda device: False)
    monkeypatch.setattr(predictor, "ACCEL_ROWS", 16)  # the CPU computes every padded row: a small shape is quicker
    encoder_rows: list[int] = []
    head_rows: list[int] = []
    embed_ids, head = FixedShapeEncoder.embed_ids, TextToSpatial._head_rows

    def spy_embed(self, ids, length, rows=None):
        encoder_rows.append(rows)
        return embed_ids(self, ids, length, rows=rows)

    def spy_head(self, emb):
        head_rows.append(emb.shape[0])
        return head(self, emb)

    monkeypatch.setattr(FixedShapeEncoder, "embed_ids", spy_embed)
    monkeypatch.setattr(TextToSpatial, "_head_rows", spy_head)
    texts = TEXTS * 2  # 100 texts: some buckets hold more than one call's worth
    together = _answers(m, texts, None, "network")
    for batch_size in (1, 1000):
        assert _answers(m, texts[::-1], None, "network", batch_size=batch_size)[::-1] == together
    alone = [_answers(m, [t], None, "network")[0] for t in TEXTS[:4]]
    assert alone == together[:4]
    assert set(encoder_rows) == {16} and set(head_rows) == {16}
