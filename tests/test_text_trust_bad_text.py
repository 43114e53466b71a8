"""Bad text never gives silent wrong numbers or a traceback (issue 9, item 9).

Terminal escapes and control characters are removed before a text is read (one ``clean_text`` for every entry
point); broken Unicode is refused with one line naming the file, line and cause; a stated number outside
``t2sa.params.RANGES`` is clamped with a warning naming the text and the value, never replaced by a guess;
a stated timing that cannot be honoured is ignored with a warning.
"""

import json
import warnings

import pytest
from click.testing import CliRunner

from t2sa.errors import FieldError
from t2sa.params import RANGES
from t2sa.text.clean import TextWarning, clean_text
from t2sa.text.cues import parse
from t2sa.text.frame import Frame
from t2sa.text.trajectory import build_params


@pytest.fixture(scope="module")
def model():
    from t2sa.text import TextToSpatial

    return TextToSpatial.load(device="cpu")


def _no_text_warnings(fn, *args, **kwargs):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = fn(*args, **kwargs)
    assert [str(w.message) for w in caught if issubclass(w.category, TextWarning)] == []
    return out


# -- clean_text ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "raw, clean",
    [
        ("\x1b[31mred\x1b[0m light on the \x1b[1;4mleft\x1b[22m", "red light on the left"),
        ("\x1b]0;window title\x07a bell on the left", "a bell on the left"),
        ("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ behind", "link behind"),
        ("\x9b31mleft", "left"),
        ("left\x00side", "left side"),
        ("a\x85b\x7fc\x1b", "a b c "),
        ("\x1bcleft", "left"),  # ESC c (reset) is a whole sequence
        ("\ufeff\u200bleft\u200d \u202eright", "left right"),
        ("line one\nline\ttwo\r\n", "line one\nline\ttwo\r\n"),
        ("오른쪽\x1b[0m 뒤에서", "오른쪽 뒤에서"),
    ],
)
def test_clean_text_removes_escapes_and_controls(raw, clean):
    assert clean_text(raw) == clean
    assert clean_text(clean) == clean


def test_clean_text_refuses_lone_surrogates():
    with pytest.raises(FieldError, match=r"texts\[2\]=.*U\+D800 at character 4") as err:
        clean_text("bad \ud800 text", field="texts[2]")
    assert err.value.field == "texts[2]"
    with pytest.raises(FieldError, match=r"invalid UTF-8 byte 0xFF"):
        clean_text(b"ok \xff".decode("utf-8", "surrogateescape"))


def test_ansi_colour_codes_are_not_read_as_numbers(model):
    coloured = "\x1b[31ma dog barks on the left\x1b[0m"
    assert parse(coloured).dist is None  # was 31 m from "[31m"
    assert parse(coloured).az == 90.0
    for mode in ("combined", "cues", "network"):
        got = _no_text_warnings(model.predict, [coloured, "a\x00dog barks\x85on the left"], mode=mode)
        plain = model.predict(["a dog barks on the left", "a dog barks on the left"], mode=mode)
        assert [p.to_dict() for p in got] == [p.to_dict() for p in plain]


def test_predict_refuses_broken_unicode_naming_the_text(model):
    with pytest.raises(FieldError, match=r"texts\[1\]=.*lone surrogate U\+DC00"):
        model.predict(["fine", "broken \udc00"])


# -- numbers outside the parameter range -----------------------------------------------------------------------
LO_D, HI_D = RANGES["distance_m"]


@pytest.mark.parametrize(
    "text, field, value, says",
    [
        ("a voice 0 m away", "distance_m", LO_D, "'0 m' = 0 m is outside the range 0.05 to 1000 m; using 0.05 m"),
        ("a voice 2000 m away", "distance_m", HI_D, "'2000 m' = 2000 m is outside"),
        ("thunder 5 km away", "distance_m", HI_D, "'5 km' = 5000 m"),
        ("a bird 100 degrees up", "elevation_deg", RANGES["elevation_deg"][1], "100 degrees is outside"),
        ("reverb 150% wet", "wet", 1.0, "'150%' = 1.5 is outside"),
        ("volume 0%", "gain_db", RANGES["gain_db"][0], "-inf dB is outside"),
        ("gain +60 dB", "gain_db", RANGES["gain_db"][1], "60 dB is outside"),
        ("reverb time 30 s", "rt60_s", RANGES["rt60_s"][1], "30 s is outside"),
        ("at 500 degrees", "azimuth_deg", 140.0, "'500 degrees' is more than a full turn"),
    ],
)
def test_out_of_range_numbers_are_clamped_with_a_warning(model, text, field, value, says):
    for mode in ("combined", "cues"):
        with pytest.warns(TextWarning) as caught:
            p = model.predict([text], mode=mode)[0]
        assert getattr(p, field) == pytest.approx(value)
        messages = [str(w.message) for w in caught]
        assert any(m.startswith(f"text {text!r}:") and says in m for m in messages), messages


def test_zero_metres_is_the_nearest_distance_not_a_guess(model):
    with pytest.warns(TextWarning):
        near = model.predict(["footsteps 0 m away, on my left"])[0]
    assert near.distance_m == LO_D and near.azimuth_deg == 90.0


def test_impossible_clock_hours_are_ignored_with_a_warning():
    with pytest.warns(TextWarning, match=r"13 o'clock\W is not a clock position"):
        assert parse("a horn at 13 o'clock").az is None


@pytest.mark.parametrize("text", ["a voice 3.5 metres away", "30 degrees to the right", "gain -80 dB", "reverb 35%",
                                  "at 3 o'clock", "a car at 50 km/h passes from left to right", "2미터 앞"])  # fmt: skip
def test_numbers_in_range_give_no_warning(model, text):
    p = _no_text_warnings(model.predict, [text])[0]
    if text == "gain -80 dB":
        assert p.gain_db == -80.0  # the old builder clamped gain to -60 dB silently
    if "km/h" in text:
        assert p.distance_m < 100  # a speed, not a distance of 50 km


# -- stated timing ----------------------------------------------------------------------------------------------
TIMED = "a car passes from left to right over 2 seconds"


def test_stated_timing_without_a_clip_length_is_ignored_with_a_warning(model):
    with pytest.warns(TextWarning, match=r"timing \(over 2 s\) was ignored because the clip length is unknown"):
        p = model.predict([TIMED])[0]
    assert p.trajectory[-1].t == 1.0
    q = _no_text_warnings(model.predict, [TIMED], duration_s=8.0)[0]
    assert q.trajectory[-1].t == pytest.approx(0.25)
    with pytest.warns(TextWarning, match=r"does not fit the 1 s clip"):
        model.predict([TIMED], duration_s=1.0)
    _no_text_warnings(model.predict, ["a dog barks on the left for 2 seconds"])  # static: nothing to time


# -- the trajectory builder reads params.RANGES ---------------------------------------------------------------
def test_build_params_clamps_to_params_ranges(monkeypatch):
    assert build_params(Frame(dist=0.07)).distance_m == 0.07  # the builder's own 0.1 m floor is gone
    assert build_params(Frame(dist=800.0)).distance_m == 800.0  # ... and its 500 m ceiling
    assert build_params(Frame(dist=5000.0)).distance_m == HI_D
    assert build_params(Frame(el=90.0)).elevation_deg == 90.0
    assert build_params(Frame(gain=-100.0, drr=-35.0)).to_dict()["gain_db"] == -100.0
    monkeypatch.setitem(RANGES, "distance_m", (0.2, 50.0))
    monkeypatch.setitem(RANGES, "drr_db", (-10.0, 10.0))
    p = build_params(Frame(dist=0.07, drr=-35.0, motion="approach", end_dist=0.01))
    assert [k.distance_m for k in p.trajectory] == [0.2, 0.2] and p.drr_db == -10.0
    assert build_params(Frame(dist=80.0)).distance_m == 50.0


def test_turn_counts_the_trajectory_cannot_draw_are_warned_about():
    with pytest.warns(TextWarning, match=r"100 turns is outside the 0.25 to 50"):
        p = build_params(Frame(motion="orbit", turns=100.0), text="spins 100 times")
    assert p.trajectory[-1].azimuth_deg - p.trajectory[0].azimuth_deg == pytest.approx(50 * 360)


# -- the command line -------------------------------------------------------------------------------------------
def _run(*args):
    from t2sa.cli.main import main

    return CliRunner().invoke(main, list(args))


def _one_error_line(res, *needles):
    assert res.exit_code == 1, res.output
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in res.output, res.output
    for needle in needles:
        assert needle in lines[0], lines[0]


def test_predict_input_with_invalid_utf8_names_file_and_line(tmp_path):
    src = tmp_path / "texts.jsonl"
    src.write_bytes(b'{"text": "a dog on the left"}\n{"text": "caf\xe9 on the right"}\n')
    _one_error_line(_run("predict", "--input", str(src)), "texts.jsonl:2", "invalid UTF-8", "0xE9")
    _one_error_line(_run("eval", "--data", str(src)), "texts.jsonl:2", "invalid UTF-8")


def test_predict_input_with_a_lone_surrogate_names_file_line_and_field(tmp_path):
    src = tmp_path / "texts.jsonl"
    src.write_text('{"text": "ok"}\n\n{"text": "left \\ud83d side", "id": 1}\n', encoding="utf-8")
    _one_error_line(_run("predict", "--input", str(src)), "texts.jsonl:3", "text=", "U+D83D")
    src.write_text('{"text": "ok", "meta": {"who": "\\udfff"}}\n', encoding="utf-8")
    _one_error_line(_run("predict", "--input", str(src)), "texts.jsonl:1", "meta.who")
    src.write_text('{"text": "ok", "duration_s": -3}\n', encoding="utf-8")
    _one_error_line(_run("predict", "--input", str(src)), "texts.jsonl:1", "duration_s=-3")


def test_predict_input_keeps_working_with_bom_crlf_and_line_separators(tmp_path):
    src = tmp_path / "texts.jsonl"
    rows = ['{"text": "a dog on the left", "note": "a\u2028b\u0085c"}', '{"text": "\\u001b[31m왼쪽\\u001b[0m에서 들려"}']
    src.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(rows).encode("utf-8") + b"\r\n")
    res = _run("predict", "--input", str(src))
    assert res.exit_code == 0, res.output
    assert "\u2028" not in res.stdout and "\x85" not in res.stdout  # escaped: line-based tools see 2 lines
    out = [json.loads(line) for line in res.stdout.splitlines()]
    assert [o["azimuth_deg"] for o in out] == [90.0, 90.0] and out[0]["note"] == "a\u2028b\u0085c"


def test_predict_argument_with_invalid_utf8_is_one_line():
    _one_error_line(_run("predict", "fine", b"left \xff".decode("utf-8", "surrogateescape")), "TEXT 2", "0xFF")


def test_cli_prints_each_warning_as_one_line():
    res = _run("predict", "a cat 0 m away", "the synth moves from left to right over 3 seconds")
    assert res.exit_code == 0, res.output
    warning_lines = [line for line in res.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warning_lines) == 2, res.stderr
    assert "'a cat 0 m away'" in warning_lines[0] and "using 0.05 m" in warning_lines[0]
    assert "clip length is unknown" in warning_lines[1]
    assert json.loads(res.stdout.splitlines()[0])["distance_m"] == LO_D
    res = _run("predict", "--duration", "8", "the synth moves from right to left over 3 seconds")
    assert res.exit_code == 0 and "warning:" not in res.stderr, res.output
