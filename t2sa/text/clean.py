"""The one gate every text passes before it is read: control characters out, broken Unicode refused.

Why: texts come from terminals, spreadsheets and log files. An ANSI colour code ``\\x1b[31m`` would be read
as "31 m" (a distance), a NUL or a zero-width space splits or glues words invisibly, and a lone surrogate
(what Python makes of invalid UTF-8 with ``errors="surrogateescape"``, or of a ``"\\ud800"`` JSON escape)
cannot be tokenised or written back as UTF-8. :func:`clean_text` is called by every text entry point
(``TextToSpatial.predict`` / ``frames``, :func:`t2sa.text.cues.parse`, ``t2sa predict`` and the JSONL reader
of ``t2sa predict --input`` / ``t2sa eval --data``).

:class:`TextWarning` is how the text reader says it did not take a text literally (a number clamped to the
parameter range, a stated timing it could not honour); the CLIs print each as one ``warning:`` line.
"""

from __future__ import annotations

import re
import warnings

from t2sa.errors import FieldError

# Escape sequences as terminals define them (ECMA-48): CSI "ESC [ params intermediates final", string
# commands (OSC, DCS, SOS, PM, APC) up to BEL or ST, and two-character escapes; plus the 8-bit C1 CSI.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[ -/]*[0-~]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)
# C0 controls except tab / newline / carriage return, DEL, C1 controls, and any ESC no sequence consumed.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Invisible format characters: soft hyphen, zero-width space / joiners, direction marks and overrides,
# word joiner and invisible operators, byte-order mark.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SUSPECT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]")


class TextWarning(UserWarning):
    """A text was not taken literally: a stated number outside the parameter range was clamped, or a stated
    timing could not be honoured. The message names the text and the value."""


def clean_text(text: str, field: str = "text") -> str:
    """``text`` without terminal escape sequences, control characters and invisible format characters.

    Escape sequences and invisible characters are removed (they are not part of the words); other control
    characters become a space. A lone surrogate is refused with a :class:`~t2sa.errors.FieldError` naming
    ``field`` and the position: it is not text (most often invalid UTF-8 decoded with ``surrogateescape``).
    """
    if not _SUSPECT.search(text):  # the usual case: nothing to do
        return text
    bad = _SURROGATE.search(text)
    if bad:
        code = ord(bad.group())
        if 0xDC80 <= code <= 0xDCFF:
            reason = f"invalid UTF-8 byte 0x{code - 0xDC00:02X} at character {bad.start()}"
        else:
            reason = f"lone surrogate U+{code:04X} at character {bad.start()} (not valid Unicode text)"
        raise FieldError(field, text, reason)
    text = _ESCAPES.sub("", text)
    text = _INVISIBLE.sub("", text)
    return _CONTROLS.sub(" ", text)


def warn_text(text: str, message: str) -> None:
    """Emit a :class:`TextWarning` ``text '<text>': <message>`` (the text shortened to 100 characters)."""
    shown = text if len(text) <= 100 else text[:97] + "..."
    warnings.warn(f"text {shown!r}: {message}", TextWarning, stacklevel=3)
