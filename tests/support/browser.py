"""Drive headless Chromium from tests: open pages, run JavaScript, collect console errors, play audio.

Why: what t2sa writes for a browser (stimulus pages, webMUSHRA and BeaqleJS configs) has to work in a
browser, not just parse in Python. This talks the Chrome DevTools Protocol over
``--remote-debugging-pipe`` (file descriptors 3 and 4, NUL-separated JSON), so it needs only the
Chromium binary: no Selenium, no WebDriver, no network. :func:`serve` serves a folder on 127.0.0.1
from a thread of the test process (clients that load files with XMLHttpRequest need http://).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from t2sa.errors import T2SAError

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
INSTALL_HINT = "apt-get install -y chromium fonts-nanum"

CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--mute-audio",
    "--autoplay-policy=no-user-gesture-required",
)

# Plays every <audio> on the page in turn; resolves to one record per element.
PLAY_ALL_JS = r"""
(async (timeoutMs, selector) => {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const out = [];
  for (const [i, a] of [...document.querySelectorAll(selector || 'audio')].entries()) {
    const rec = {index: i, src: a.currentSrc || a.src, id: a.id, readyState: a.readyState, playing: false,
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


def find_chromium() -> str | None:
    """Path of a Chromium/Chrome binary (``T2SA_CHROMIUM`` overrides), or None."""
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
        self.lock = threading.Lock()
        self.reader = threading.Thread(target=self._pump, daemon=True)
        self.reader.start()

    def _pump(self) -> None:
        buf = b""
        while True:
            try:
                chunk = self.read.read(65536)
            except (OSError, ValueError):
                chunk = b""
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
        with self.lock:
            self.next_id += 1
            call_id = self.next_id
            msg: dict[str, Any] = {"id": call_id, "method": method, "params": params or {}}
            if session:
                msg["sessionId"] = session
            self.write.write(json.dumps(msg).encode() + b"\0")
        end = time.monotonic() + timeout
        with self.cond:
            while call_id not in self.replies:
                left = end - time.monotonic()
                if left <= 0 or self.proc.poll() is not None:
                    raise BrowserError(f"Chromium did not answer {method} within {timeout:.0f} s")
                self.cond.wait(min(left, 0.5))
            reply = self.replies.pop(call_id)
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error'].get('message')}")
        return reply.get("result", {})

    def wait_event(self, method: str, session: str, timeout: float, since: int = 0) -> bool:
        end = time.monotonic() + timeout
        with self.cond:
            while True:
                if any(
                    e.get("method") == method and e.get("sessionId") == session for e in self.events[since:]
                ):
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


class Browser:
    """One headless Chromium with one tab; use as a context manager (the browser is always closed).

    ``console`` holds every console message / exception / log entry of the tab as
    ``(level, text)``; :meth:`errors` the error-level ones.
    """

    def __init__(self, *, chromium: str | None = None, init_script: str | None = None) -> None:
        self.binary = chromium or find_chromium()
        if not self.binary:
            raise BrowserError(f"no Chromium found ({INSTALL_HINT}), or set T2SA_CHROMIUM")
        self.init_script = init_script
        self.proc: subprocess.Popen | None = None
        self.cdp: _Pipe | None = None
        self.session = ""
        self.profile = ""

    def __enter__(self) -> Browser:
        to_chrome_r, to_chrome_w = _pipe_above(10)
        from_chrome_r, from_chrome_w = _pipe_above(10)
        self.profile = tempfile.mkdtemp(prefix="t2sa-chromium-")
        args = [
            self.binary,
            *CHROMIUM_FLAGS,
            "--allow-file-access-from-files",
            "--remote-debugging-pipe",
            f"--user-data-dir={self.profile}",
            "about:blank",
        ]
        # bash places the pipe ends on fds 3 (Chromium reads) and 4 (Chromium writes), then execs.
        shell = f'exec "$0" "$@" 3<&{to_chrome_r} 4>&{from_chrome_w} {to_chrome_r}<&- {from_chrome_w}>&-'
        self.proc = subprocess.Popen(
            [shutil.which("bash") or "/bin/bash", "-c", shell, *args],  # dash cannot name fds >= 10
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(to_chrome_r, from_chrome_w),
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.cdp = _Pipe(self.proc, to_chrome_w, from_chrome_r)
        try:
            target = self.cdp.call("Target.createTarget", {"url": "about:blank"})["targetId"]
            self.session = self.cdp.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            for domain in ("Runtime.enable", "Log.enable", "Page.enable"):
                self.cdp.call(domain, session=self.session)
            if self.init_script:
                self.cdp.call(
                    "Page.addScriptToEvaluateOnNewDocument", {"source": self.init_script}, session=self.session
                )
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        if self.cdp is not None:
            with contextlib.suppress(BrowserError, OSError, ValueError):
                self.cdp.call("Browser.close", timeout=5)
        if self.proc is not None:
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.cdp is not None:
            for f in (self.cdp.write, self.cdp.read):
                with contextlib.suppress(OSError):
                    f.close()
        if self.profile:
            shutil.rmtree(self.profile, ignore_errors=True)
        self.cdp = None
        self.proc = None

    # -- driving the tab ------------------------------------------------------------------
    def goto(self, url: str, timeout_s: float = 30.0) -> None:
        """Navigate and wait for the load event."""
        assert self.cdp is not None
        with self.cdp.cond:
            since = len(self.cdp.events)
        self.cdp.call("Page.navigate", {"url": url}, session=self.session)
        if not self.cdp.wait_event("Page.loadEventFired", self.session, timeout_s, since=since):
            raise BrowserError(f"{url}: page did not finish loading within {timeout_s:.0f} s")

    def evaluate(self, expression: str, *, timeout_s: float = 30.0, await_promise: bool = False) -> Any:
        """Value of a JavaScript expression (JSON-able); a thrown exception raises :class:`BrowserError`."""
        assert self.cdp is not None
        reply = self.cdp.call(
            "Runtime.evaluate",
            {"expression": expression, "awaitPromise": await_promise, "returnByValue": True},
            session=self.session,
            timeout=timeout_s,
        )
        if "exceptionDetails" in reply:
            details = reply["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise BrowserError(f"JavaScript error: {text}")
        return reply.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout_s: float = 30.0, poll_s: float = 0.05) -> Any:
        """Poll ``expression`` until it is truthy; returns its value (raises after ``timeout_s``)."""
        end = time.monotonic() + timeout_s
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > end:
                raise BrowserError(f"timed out after {timeout_s:.0f} s waiting for: {expression}")
            time.sleep(poll_s)

    @property
    def console(self) -> list[tuple[str, str]]:
        assert self.cdp is not None
        time.sleep(0.1)  # let late log entries arrive
        with self.cdp.cond:
            events = [e for e in self.cdp.events if e.get("sessionId") == self.session]
        return _console(events)

    def errors(self) -> list[str]:
        return [text for level, text in self.console if level == "error"]


def _console(events: list[dict[str, Any]]) -> list[tuple[str, str]]:
    out = []
    for e in events:
        method, params = e.get("method"), e.get("params", {})
        if method == "Runtime.consoleAPICalled":
            level = "error" if params.get("type") in ("error", "assert") else str(params.get("type"))
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            out.append((level, text))
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            out.append(("error", details.get("exception", {}).get("description") or details.get("text", "exception")))
        elif method == "Log.entryAdded":
            entry = params.get("entry", {})
            out.append((str(entry.get("level")), f"{entry.get('text')} {entry.get('url', '')}".strip()))
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass


@contextlib.contextmanager
def serve(folder: str | Path) -> Iterator[str]:
    """Serve ``folder`` over HTTP on 127.0.0.1 (a free port) from a thread; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# -- the one-call page check (stimulus pages) ----------------------------------------------------
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


def check_page(page: str | Path, *, chromium: str | None = None, timeout_s: float = 20.0) -> PageCheck:
    """Open ``page`` (a local HTML file) headless, play every <audio>, collect console errors.

    Console errors are ``console.error`` calls, uncaught exceptions and the browser's own error log
    entries (a missing image or audio file shows up there as a failed load).
    """
    page = Path(page).resolve()
    if not page.is_file():
        raise BrowserError(f"{page}: no such page")
    result = PageCheck(url=page.as_uri())
    with Browser(chromium=chromium) as browser:
        browser.goto(result.url, timeout_s)
        result.audio = (
            browser.evaluate(
                f"{PLAY_ALL_JS}({int(timeout_s * 1000 / 2)})", await_promise=True, timeout_s=timeout_s * 4
            )
            or []
        )
        result.images = (
            browser.evaluate(
                "[...document.images].map(i => ({src: i.src, complete: i.complete, naturalWidth: i.naturalWidth}))"
            )
            or []
        )
        result.console_errors = browser.errors()
    return result
