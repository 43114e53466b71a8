"""Check a static page in headless Chromium: console errors, failed loads, every <audio> plays.

Why: a stimulus page that shows a broken player wastes a listening panel's afternoon. This talks the
Chrome DevTools Protocol over ``--remote-debugging-pipe`` (file descriptors 3 and 4, NUL-separated
JSON), so it needs only the Chromium binary: no Selenium, no WebDriver, no network.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from t2sa.errors import T2SAError

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")

# Plays every <audio> on the page in turn; resolves to one record per element.
_PLAY_ALL_JS = r"""
(async (timeoutMs) => {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const out = [];
  for (const [i, a] of [...document.querySelectorAll('audio')].entries()) {
    const rec = {index: i, src: a.currentSrc || a.src, readyState: a.readyState, playing: false,
                 advanced: false, error: null, duration: null};
    let playingFired = false;
    a.addEventListener('playing', () => { playingFired = true; }, {once: true});
    const t0 = performance.now();
    if (a.readyState < 2) { a.preload = 'auto'; a.load(); }
    while (a.readyState < 2 && !a.error && performance.now() - t0 < timeoutMs) { await sleep(50); }
    rec.readyState = a.readyState;
    if (a.error) { rec.error = 'media error ' + a.error.code + ' ' + (a.error.message || ''); out.push(rec); continue; }
    try {
      const start = a.currentTime;
      await a.play();
      const t1 = performance.now();
      while (a.currentTime - start < 0.05 && performance.now() - t1 < timeoutMs) { await sleep(20); }
      rec.advanced = a.currentTime - start >= 0.05;
      rec.playing = playingFired;
      a.pause();
    } catch (e) { rec.error = String(e); }
    rec.duration = a.duration;
    out.push(rec);
  }
  return out;
})
"""


class BrowserError(T2SAError):
    """Chromium could not be found, started or driven."""


@dataclass
class PageCheck:
    """What a page did in the browser."""

    url: str
    console_errors: list[str] = field(default_factory=list)
    audio: list[dict[str, Any]] = field(default_factory=list)
    images: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        players_ok = all(a.get("readyState", 0) >= 2 and a.get("advanced") and not a.get("error") for a in self.audio)
        images_ok = all(img.get("complete") and img.get("naturalWidth", 0) > 0 for img in self.images)
        return not self.console_errors and players_ok and images_ok

    def problems(self) -> list[str]:
        out = [f"console: {e}" for e in self.console_errors]
        out += [f"audio {a['src']}: {a}" for a in self.audio if not (a.get("readyState", 0) >= 2 and a.get("advanced"))]
        out += [f"image {i['src']} did not load" for i in self.images if not i.get("naturalWidth")]
        return out


def find_chromium() -> str | None:
    """Path of a Chromium/Chrome binary on PATH (``T2SA_CHROMIUM`` overrides), or None."""
    override = os.environ.get("T2SA_CHROMIUM")
    if override:
        return override if Path(override).exists() else None
    # Debian's /usr/bin/chromium is a shell launcher that does not keep fds 3/4 open: use the binary.
    for direct in ("/usr/lib/chromium/chromium", "/usr/lib/chromium-browser/chromium-browser"):
        if os.access(direct, os.X_OK):
            return direct
    for name in CHROMIUM_NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


class _Pipe:
    """Minimal CDP client on Chromium's debugging pipe."""

    def __init__(self, proc: subprocess.Popen, write_fd: int, read_fd: int) -> None:
        self.proc = proc
        self.write = os.fdopen(write_fd, "wb", buffering=0)
        self.read = os.fdopen(read_fd, "rb", buffering=0)
        self.next_id = 0
        self.events: list[dict[str, Any]] = []
        self.replies: dict[int, dict[str, Any]] = {}
        self.cond = threading.Condition()
        self.reader = threading.Thread(target=self._pump, daemon=True)
        self.reader.start()

    def _pump(self) -> None:
        buf = b""
        while True:
            chunk = self.read.read(65536)
            if not chunk:
                with self.cond:
                    self.cond.notify_all()
                return
            buf += chunk
            while b"\0" in buf:
                raw, buf = buf.split(b"\0", 1)
                msg = json.loads(raw)
                with self.cond:
                    if "id" in msg:
                        self.replies[msg["id"]] = msg
                    else:
                        self.events.append(msg)
                    self.cond.notify_all()

    def call(self, method: str, params: dict | None = None, session: str | None = None, timeout: float = 30.0):
        self.next_id += 1
        msg: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self.write.write(json.dumps(msg).encode() + b"\0")
        end = time.monotonic() + timeout
        with self.cond:
            while self.next_id not in self.replies:
                left = end - time.monotonic()
                if left <= 0 or self.proc.poll() is not None:
                    raise BrowserError(f"Chromium did not answer {method} within {timeout:.0f} s")
                self.cond.wait(min(left, 0.5))
            reply = self.replies.pop(self.next_id)
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error'].get('message')}")
        return reply.get("result", {})

    def wait_event(self, method: str, session: str, timeout: float) -> bool:
        end = time.monotonic() + timeout
        with self.cond:
            while True:
                if any(e.get("method") == method and e.get("sessionId") == session for e in self.events):
                    return True
                left = end - time.monotonic()
                if left <= 0:
                    return False
                self.cond.wait(min(left, 0.5))


def _pipe_above(low: int) -> tuple[int, int]:
    """A pipe whose ends are >= ``low``, so placing them on fds 3/4 in the child cannot collide."""
    import fcntl

    ends = []
    for fd in os.pipe():
        ends.append(fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, low))
        os.close(fd)
    return ends[0], ends[1]


def check_page(page: str | Path, *, chromium: str | None = None, timeout_s: float = 20.0) -> PageCheck:
    """Open ``page`` (a local HTML file) headless, play every <audio>, collect console errors.

    Console errors are ``console.error`` calls, uncaught exceptions and the browser's own error log
    entries (a missing image or audio file shows up there as a failed load).
    """
    binary = chromium or find_chromium()
    if not binary:
        raise BrowserError("no Chromium found (apt-get install -y chromium), or set T2SA_CHROMIUM")
    page = Path(page).resolve()
    if not page.is_file():
        raise BrowserError(f"{page}: no such page")
    url = page.as_uri()
    to_chrome_r, to_chrome_w = _pipe_above(10)
    from_chrome_r, from_chrome_w = _pipe_above(10)
    profile = tempfile.mkdtemp(prefix="t2sa-chromium-")
    args = [
        binary,
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--mute-audio",
        "--autoplay-policy=no-user-gesture-required",
        "--allow-file-access-from-files",
        "--remote-debugging-pipe",
        f"--user-data-dir={profile}",
        "about:blank",
    ]

    # bash places the pipe ends on fds 3 (Chromium reads) and 4 (Chromium writes), then execs.
    shell = f'exec "$0" "$@" 3<&{to_chrome_r} 4>&{from_chrome_w} {to_chrome_r}<&- {from_chrome_w}>&-'
    proc = subprocess.Popen(
        [shutil.which("bash") or "/bin/bash", "-c", shell, *args],  # dash cannot name fds >= 10
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(to_chrome_r, from_chrome_w),
    )
    os.close(to_chrome_r)
    os.close(from_chrome_w)
    cdp = _Pipe(proc, to_chrome_w, from_chrome_r)
    result = PageCheck(url=url)
    try:
        target = cdp.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = cdp.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Runtime.enable", "Log.enable", "Page.enable"):
            cdp.call(domain, session=session)
        cdp.call("Page.navigate", {"url": url}, session=session)
        if not cdp.wait_event("Page.loadEventFired", session, timeout_s):
            raise BrowserError(f"{page}: page did not finish loading within {timeout_s:.0f} s")
        expr = f"{_PLAY_ALL_JS}({int(timeout_s * 1000 / 2)})"
        reply = cdp.call(
            "Runtime.evaluate",
            {"expression": expr, "awaitPromise": True, "returnByValue": True},
            session=session,
            timeout=timeout_s * 4,
        )
        result.audio = reply.get("result", {}).get("value") or []
        images = cdp.call(
            "Runtime.evaluate",
            {
                "expression": "[...document.images].map(i => ({src: i.src, complete: i.complete,"
                " naturalWidth: i.naturalWidth}))",
                "returnByValue": True,
            },
            session=session,
        )
        result.images = images.get("result", {}).get("value") or []
        time.sleep(0.2)  # let late log entries arrive
        with cdp.cond:
            events = [e for e in cdp.events if e.get("sessionId") == session]
        result.console_errors = _errors(events)
    finally:
        try:
            cdp.call("Browser.close", timeout=5)
        except BrowserError:
            pass
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        cdp.write.close()
        cdp.read.close()
        shutil.rmtree(profile, ignore_errors=True)
    return result


def _errors(events: list[dict[str, Any]]) -> list[str]:
    out = []
    for e in events:
        method, params = e.get("method"), e.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            out.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            out.append(details.get("exception", {}).get("description") or details.get("text", "exception"))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            out.append(f"{entry.get('text')} {entry.get('url', '')}".strip())
    return out
