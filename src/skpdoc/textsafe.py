"""Text from specs made safe to print: control characters are shown, never obeyed.

A spec value such as ``"\\e[2J"`` (clear the screen), ``"\\e]8;;http://x\\e\\\\"``
(a hidden hyperlink), ``"\\e]52;c;...\\a"`` (a write to the clipboard), the
8-bit CSI ``"\\x9b"`` or a bare ``"\\r"`` (overwrite the line) would act on the
terminal of whoever runs ``skpdoc validate``, ``diff`` or ``rekap``; bidi
overrides (U+202E ...) reorder what is shown, so a name can read as another.

:func:`visible` writes each such character as Python's ``repr`` does —
``\\x1b``, ``\\x9b``, ``\\r``, ``\\u202e`` — escapes YAML's double-quoted strings
accept too, so what is printed is what to write in the spec. It is applied to
every text that can hold spec data *before* skpdoc adds colour of its own
(``click.style``, rich markup), so skpdoc's own escapes still work and the
data's never do. Backslashes are left alone (Windows paths, text that already
shows an escape): the aim is a safe terminal, not a reversible encoding; JSON
output (:func:`dumps`) is the lossless form for programs.
"""

from __future__ import annotations

import json
import re
from typing import Any

#: C0 controls except TAB and LF (harmless, and the layout of multi-line text);
#: CR unless it ends a line as in CRLF; DEL; C1 (incl. the 8-bit CSI 0x9B and OSC 0x9D);
#: the Arabic letter mark, LRM/RLM, the line/paragraph separators, and the bidi
#: embeddings, overrides and isolates of "Trojan Source" (CVE-2021-42574).
_UNSAFE = re.compile("\r(?!\n)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")
#: What ``json.dumps(..., ensure_ascii=False)`` leaves raw (it escapes C0 itself).
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\r":
        return "\\r"
    return f"\\x{ord(char):02x}" if ord(char) <= 0xFF else f"\\u{ord(char):04x}"


def visible(text: str) -> str:
    """``text`` with every control character written as an escape (``\\x1b``, ``\\u202e``)."""
    return _UNSAFE.sub(_escape, text)


def dumps(value: Any, *, indent: int | None = 2) -> str:
    """JSON of ``value`` that is safe on a terminal and decodes to exactly ``value``.

    ``ensure_ascii=False`` keeps Indonesian text readable but passes DEL, C1
    controls and bidi characters raw; they can only occur inside JSON strings,
    so writing them as ``\\uXXXX`` keeps the document valid and its values equal.
    """
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
