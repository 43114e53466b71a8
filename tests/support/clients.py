"""Load a t2sa stimulus set into the real listening-test programs (webMUSHRA, BeaqleJS) in headless Chromium.

Why: a config that parses in Python can still lose every trial in the program it is written for
(webMUSHRA parses YAML with its own bundled parser and refuses pages whose files differ in length).
Each check copies the unmodified client from ``../shared/clients`` into a temporary folder, adds the
generated files exactly where the set's own instructions say, serves it on 127.0.0.1, drives the
program's own objects (page manager, audio control, test handle) page by page, plays every file and
returns what happened. Nothing here fixes up what t2sa wrote.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from support import browser
from support.shared import CLIENTS_DIR as CLIENTS

WEBMUSHRA = CLIENTS / "webMUSHRA"
BEAQLEJS = CLIENTS / "beaqlejs"
ADM_OSC_SOURCE = CLIENTS / "ADM-OSC" / "Source"

BROWSER_ARTEFACTS = ("favicon.ico",)
"""Console errors that come from the browser, not the page (BeaqleJS ships no favicon)."""


def _device_rate_script(rate: int) -> str:
    """Make ``new AudioContext()`` run at ``rate``: the listener's device set to the set's rate.

    Headless Chromium's audio device runs at 44.1 kHz, and webMUSHRA refuses files whose rate differs
    from the device's; a listener sets their device to the rate the set's README names.
    """
    return (
        "(() => { const Native = window.AudioContext; if (!Native) { return; }"
        " const Ctx = function (options) { return new Native(Object.assign({sampleRate: RATE}, options || {})); };"
        " Ctx.prototype = Native.prototype; window.AudioContext = Ctx; window.webkitAudioContext = Ctx; })();"
    ).replace("RATE", str(int(rate)))


@dataclass
class ClientRun:
    """What a listening-test program did with a stimulus set."""

    trials_configured: int = 0
    trials: list[dict[str, Any]] = field(default_factory=list)
    """One record per trial page visited: id, files (with length, rate, channels), play results."""
    errors: list[str] = field(default_factory=list)
    """The program's own error list (webMUSHRA's ErrorHandler) plus console errors of the page."""
    popup: bool = False


# -- webMUSHRA ------------------------------------------------------------------------------------
_WM_PAGE_JS = r"""
(() => {
  const p = pageManager.getCurrentPage();
  const rec = {type: p.constructor.name, id: p.pageConfig ? p.pageConfig.id : null, files: []};
  const describe = (s) => { const b = s.getAudioBuffer();
    return {id: s.getId(), url: s.getFilepath ? s.getFilepath() : null, length: b ? b.length : null,
            rate: b ? b.sampleRate : null, channels: b ? b.numberOfChannels : null}; };
  if (p.isMushra) {
    rec.reference = describe(p.reference);
    rec.files = p.conditions.map(describe);  // webMUSHRA has added the hidden reference by now
  } else if (p.stimulus) {
    rec.files = [describe(p.stimulus)];
  }
  return rec;
})()
"""

# Plays every file of the current page through webMUSHRA's own audio control (MUSHRA: the reference and
# every condition; Likert: its one stimulus); an AnalyserNode on the control's output tells whether
# samples, not silence, came out.
_WM_PLAY_JS = r"""
(async (timeoutMs) => {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const p = pageManager.getCurrentPage();
  const c = p.isMushra ? p.mushraAudioControl : p.filePlayer.genericAudioControl;
  const plays = p.isMushra
    ? [['reference', () => c.playReference(), 'reference']].concat(
        c.conditions.map((s, i) => ['condition ' + i, () => c.playCondition(i), s.getId()]))
    : [['stimulus', () => c.play(0), null]];
  const position = () => (p.isMushra ? c.getPosition() : c.getPosition(0));
  const analyser = c.audioContext.createAnalyser();
  analyser.fftSize = 2048;
  c.scriptNode.connect(analyser);
  const frame = new Float32Array(analyser.fftSize);
  const out = [];
  for (const [label, start, expected] of plays) {
    const pos0 = position();
    start();
    const t0 = performance.now();
    let peak = 0, advanced = 0;
    while (performance.now() - t0 < timeoutMs) {
      await sleep(20);
      analyser.getFloatTimeDomainData(frame);
      for (const v of frame) { peak = Math.max(peak, Math.abs(v)); }
      advanced = position() - pos0;
      if (advanced > 4096 && peak > 1e-4) { break; }
    }
    const active = p.isMushra && c.getActiveStimulus() ? c.getActiveStimulus().getId() : expected;
    out.push({label: label, expected: expected, active: active, advanced: advanced, peak: peak});
    c.stop();
    await sleep(30);
  }
  c.scriptNode.disconnect(analyser);
  return out;
})
"""


def run_webmushra(set_dir: Path, name: str, *, sample_rate: int = 48000, timeout_s: float = 60.0) -> ClientRun:
    """Install the set in a copy of webMUSHRA as its YAML header says, open it, visit and play every page."""
    set_dir = Path(set_dir)
    with tempfile.TemporaryDirectory(prefix="t2sa-webmushra-") as tmp:
        site = Path(tmp) / "webMUSHRA"
        shutil.copytree(WEBMUSHRA, site)
        shutil.copytree(set_dir / "stimuli", site / "configs" / "resources" / "audio" / name)
        shutil.copy(set_dir / "webmushra" / f"{name}.yaml", site / "configs" / f"{name}.yaml")
        run = ClientRun()
        with browser.serve(site) as base, browser.Browser(init_script=_device_rate_script(sample_rate)) as b:
            b.goto(f"{base}/index.html?config={name}.yaml", timeout_s)
            # pageManager.start() runs once every file is decoded: it validates every page, then shows page 1
            b.wait_for(
                "typeof pageManager !== 'undefined' && pageManager !== null && "
                "(pageManager.getPageIndex() >= 0 || errorHandler.errorOccurred())",
                timeout_s,
            )
            run.trials_configured = b.evaluate(
                "(() => { let n = 0; const walk = (l) => l.forEach((x) => Array.isArray(x) ? walk(x) :"
                " (x && ['mushra', 'likert_single_stimulus'].includes(x.type) ? n++ : 0)); walk(config.pages); return n; })()"
            )
            for _ in range(int(b.evaluate("pageManager.getNumPages()") or 0)):
                page = b.evaluate(_WM_PAGE_JS)
                if page["type"] in ("MushraPage", "LikertSingleStimulusPage"):
                    page["play"] = b.evaluate(f"{_WM_PLAY_JS}(3000)", await_promise=True, timeout_s=timeout_s)
                    run.trials.append(page)
                if b.evaluate("pageManager.getPageIndex() >= pageManager.getNumPages() - 1"):
                    break
                b.evaluate("pageManager.nextPage(); true")
            run.errors = list(b.evaluate("errorHandler.getErrors()") or []) + _console_errors(b)
            run.popup = bool(b.evaluate("$('#popupErrors-popup').hasClass('ui-popup-active')"))
        return run


# -- BeaqleJS -------------------------------------------------------------------------------------
_BQ_TRIAL_JS = r"""
(async (timeoutMs) => {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const th = testHandle;
  const ts = th.TestConfig.Testsets[th.TestState.TestSequence[th.TestState.CurrentTest]];
  const rec = {id: ts.TestID, name: ts.Name, heading: $('#TestHeading').text(), load_error: th.TestState.AudioLoadError,
               overlay: $('#LoadOverlay').text(), items: []};
  for (const button of document.querySelectorAll('#TableContainer .playButton')) {
    const id = button.getAttribute('rel');
    const a = document.getElementById('audio' + id);
    button.click();
    const t0 = performance.now(), c0 = a.currentTime;
    while (performance.now() - t0 < timeoutMs && !(a.currentTime - c0 > 0.05)) { await sleep(20); }
    rec.items.push({id: id, file: a.getAttribute('src'), readyState: a.readyState, advanced: a.currentTime - c0,
                    duration: a.duration, error: a.error ? a.error.code : null});
    th.pauseAllAudios();
  }
  return rec;
})
"""


def install_beaqlejs(set_dir: Path, site: Path) -> Path:
    """Copy the set and BeaqleJS into ``site`` as ``beaqlejs/README.txt`` says; returns index.html."""
    shutil.copytree(set_dir, site)
    shutil.copytree(BEAQLEJS, site / "beaqlejs", dirs_exist_ok=True)
    index = site / "beaqlejs" / "index.html"
    html = index.read_text(encoding="utf-8")
    shipped = '<script src="config/example_config_mushra.js" type="text/javascript"></script>'
    if shipped not in html:
        raise AssertionError("BeaqleJS's index.html no longer has the config line the README tells people to change")
    index.write_text(html.replace(shipped, '<script src="config.js" type="text/javascript"></script>'), encoding="utf-8")
    return index


def run_beaqlejs(set_dir: Path, *, timeout_s: float = 60.0) -> ClientRun:
    """Open the set's BeaqleJS test, start it, visit every trial and play every item."""
    with tempfile.TemporaryDirectory(prefix="t2sa-beaqlejs-") as tmp:
        site = Path(tmp) / "set"
        install_beaqlejs(Path(set_dir), site)
        run = ClientRun()
        with browser.serve(site) as base, browser.Browser() as b:
            b.goto(f"{base}/beaqlejs/index.html", timeout_s)
            run.trials_configured = b.evaluate("TestConfig.Testsets.length")
            b.evaluate("testHandle.startTests(); true")
            n = b.evaluate("testHandle.TestState.TestSequence.length")
            for k in range(n):
                b.wait_for(
                    "testHandle.TestState.AudiosInLoadQueue === 0 || testHandle.TestState.AudioLoadError", timeout_s
                )
                run.trials.append(b.evaluate(f"{_BQ_TRIAL_JS}(3000)", await_promise=True, timeout_s=timeout_s))
                if k < n - 1:
                    b.evaluate("testHandle.nextTest(); true")
            run.errors = _console_errors(b)
        return run


def _console_errors(b: browser.Browser) -> list[str]:
    return [e for e in b.errors() if not any(a in e for a in BROWSER_ARTEFACTS)]


def key_by_token(set_dir: Path) -> dict[str, dict[str, Any]]:
    return {k["token"]: k for k in json.loads((Path(set_dir) / "key.json").read_text(encoding="utf-8"))}
