"""The cheaper paths of t2sa.metrics.Meter hold the definitions: float32 blocks measured as float32, float64
blocks as float64, the ear power spectra read off the shared chunk FFTs, the gating edges computed in one go,
and files read back as float32 where that loses nothing."""

from __future__ import annotations

import math

import numpy as np
import pytest
import soundfile as sf

from t2sa.batch.measuring import measure_file
from t2sa.metrics import Meter, chunk_plan, gate_edge, gate_edges, ild_db, measure


@pytest.mark.parametrize("sr", [8000, 11025, 16000, 22050, 32000, 44100, 48000, 88200, 96000, 192000])
def test_gate_edges_are_the_per_block_edges(sr):
    """The vectorised edges are pyloudnorm's, bit for bit (the same float64 operations; an edge one frame off
    would move a gating block)."""
    for end in (False, True):
        assert gate_edges(4000, sr, end).tolist() == [gate_edge(j, sr, end) for j in range(4000)]


@pytest.mark.parametrize("seconds", [1.0, 2.9, 6.3])
def test_ear_power_spectra_are_the_chunk_spectra_summed(seconds):
    """EarSpectra.power: |FFT|^2 of the hop-frame chunks zero-padded to nfft, summed over chunks, per ear (what the
    round trip reads), here against float64 FFTs of the same chunks."""
    sr = 24000
    rng = np.random.default_rng(4)
    n = int(seconds * sr)
    x = np.stack([rng.standard_normal(n), 0.3 * rng.standard_normal(n)]).astype(np.float32)
    nfft, _span, hop = chunk_plan(sr)
    chunks = -(-n // hop)
    padded = np.zeros((2, chunks, nfft))
    for c in range(chunks):
        piece = x[:, c * hop : (c + 1) * hop]
        padded[:, c, : piece.shape[1]] = piece
    expected = np.sum(np.abs(np.fft.rfft(padded, axis=-1)) ** 2, axis=1)
    got = Meter(sr, "binaural", spectra=True).add(x).ear_spectra()
    assert got.nfft == nfft and got.power.shape == expected.shape
    np.testing.assert_allclose(got.power, expected, rtol=2e-4, atol=1e-6 * expected.max())


def test_float64_blocks_keep_float64_precision_and_float32_blocks_are_exact():
    """A float64 signal (values float32 cannot hold) is measured in float64: its peak and ILD equal the float64
    definitions; its float32 copy gives the float64 definitions of the float32 samples."""
    sr = 16000
    rng = np.random.default_rng(9)
    x = np.stack([0.5 * rng.standard_normal(2 * sr), 0.2 * rng.standard_normal(2 * sr)])
    x[0, 123] = 0.987654321012345  # the peak, not a float32 value
    for y in (x, x.astype(np.float32)):
        got = measure(y, sr, "binaural")
        y64 = y.astype(np.float64)
        assert got["peak_dbfs"] == 20.0 * math.log10(float(np.max(np.abs(y64))))
        assert got["ild_db"] == pytest.approx(ild_db(y64), abs=1e-12)
    assert measure(x, sr, "binaural")["peak_dbfs"] != measure(x.astype(np.float32), sr, "binaural")["peak_dbfs"]


@pytest.mark.parametrize(("subtype", "dtype"), [("PCM_16", np.float32), ("PCM_24", np.float32), ("FLOAT", np.float32),
                                                 ("DOUBLE", np.float64)])
def test_files_read_back_as_float32_only_where_float32_holds_them(tmp_path, subtype, dtype):
    """--metrics-from-file reads 16/24-bit PCM and float files as float32 (exact), DOUBLE files as float64: the
    values are those of the file's own samples."""
    sr = 22050
    rng = np.random.default_rng(2)
    x = 0.3 * rng.standard_normal((2 * sr, 2))
    x[100, 0] = 0.9876543210123
    path = tmp_path / f"a-{subtype}.wav"
    sf.write(path, x, sr, subtype=subtype)
    samples, _ = sf.read(path, dtype="float64", always_2d=True)
    got = measure_file(str(path), "binaural")
    want = measure(samples.T.astype(dtype), sr, "binaural")
    assert got["peak_dbfs"] == pytest.approx(want["peak_dbfs"], abs=1e-12)
    assert got["peak_dbfs"] == pytest.approx(20.0 * math.log10(np.max(np.abs(samples))), abs=1e-12)
    assert got["ild_db"] == pytest.approx(ild_db(samples.T), abs=1e-9)
    assert got["loudness_lufs"] == pytest.approx(want["loudness_lufs"], abs=1e-9)
    assert got["itd_s"] == pytest.approx(want["itd_s"], abs=1e-12)


def test_a_row_of_one_block_is_measured_without_the_metering_thread(monkeypatch):
    """RenderMeter: the first block of a row (all of a row the render writes as one block) is measured at once in
    the caller's thread (a handover to another thread would only cost: the engine runs one render per core);
    longer rows go through the metering thread from their second block on. Same values either way, and a block
    the meter refuses fails the result, not the render."""
    from concurrent.futures import ThreadPoolExecutor

    from t2sa.batch import measuring
    from t2sa.batch.measuring import RenderMeter, metric_columns

    sr = 16000
    y = (0.1 * np.random.default_rng(3).standard_normal((2, 3 * sr))).astype(np.float32)
    expected = {**metric_columns(Meter(sr, "binaural").add(y).result()), "channels": 2}
    used: list[int] = []
    pool = ThreadPoolExecutor(max_workers=1)

    def counting_thread():
        used.append(1)
        return pool

    monkeypatch.setattr(measuring, "_metering_thread", counting_thread)
    one = RenderMeter(sr, "binaural")
    one(y, 0)
    assert one.complete(y.shape[1], sr) and one.result() == expected and not used
    two = RenderMeter(sr, "binaural")
    two(y[:, : sr], 0)
    two(y[:, sr:], sr)
    assert two.result() == expected and len(used) == 1
    for first in (np.zeros((2, 10), np.float32), np.zeros((2, 10, 1), np.float32)):  # refused later / at once
        bad = RenderMeter(sr, "binaural")
        bad(first, 0)
        bad(np.zeros((3, 10), np.float32), 10)
        with pytest.raises(ValueError):
            bad.result()
    pool.shutdown()


@pytest.mark.parametrize("extra", [1, 5, 600])
def test_a_last_group_just_past_a_chunk_start_reads_no_old_samples(extra):
    """The buffer is reused group after group: when the signal ends just past a chunk start, the boundary windows
    of the last chunk reach past the end, where the buffer must read as zeros (not the previous group's samples):
    ITD and IACC still equal the whole signal's."""
    from t2sa.metrics import GROUP_CHUNKS, iacc, itd_s

    sr = 48000
    _nfft, _span, hop = chunk_plan(sr)
    n = 2 * GROUP_CHUNKS * hop + 2 * hop + extra
    rng = np.random.default_rng(extra)
    left = rng.standard_normal(n)
    y = np.stack([left, np.roll(left, 12) + 0.5 * rng.standard_normal(n)]).astype(np.float32)
    got = measure(y, sr, "binaural")
    y64 = y.astype(np.float64)
    assert got["itd_s"] == pytest.approx(itd_s(y64, sr), abs=1e-11)
    assert got["iacc"] == pytest.approx(iacc(y64, sr), abs=1e-6)


@pytest.mark.parametrize("sr", [8000, 11025, 22050, 44100, 48000, 96000, 7919])
def test_gating_edge_table_is_every_edge_pyloudnorm_uses(sr):
    """The Meter cuts its K-weighted squares at these edges: they must be exactly the frames pyloudnorm's blocks
    start and end at (an edge one frame off moves a sample into the wrong gating block)."""
    from t2sa.metrics import gate_edge, gating_edge_table

    for blocks in (1, 2, 3, 37, 300):
        table = gating_edge_table(sr, blocks)
        last_start = gate_edge(blocks - 1, sr, False)  # every edge up to here comes from blocks 0 .. blocks - 1
        want = sorted({e for j in range(blocks) for end in (False, True) if (e := gate_edge(j, sr, end)) <= last_start})
        assert table[table <= last_start].tolist() == want
        assert gate_edge(blocks - 1, sr, True) in table
        assert np.all(np.diff(table) > 0)
