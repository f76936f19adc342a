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
#: embeddings, overrides and isolates of "Trojan Source" (CVE-2021-42574); and lone
#: surrogates: a file name that is not UTF-8 reaches Python with each bad byte as
#: U+DC80-U+DCFF ("surrogateescape"), which would print as that raw byte (0x9B is
#: the 8-bit CSI) and can never be written as UTF-8.
_UNSAFE = re.compile(
    "\r(?!\n)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)
#: What ``json.dumps(..., ensure_ascii=False)`` leaves raw (it escapes C0 itself).
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\r":
        return "\\r"
    if 0xDC80 <= ord(char) <= 0xDCFF:  # a byte of a name that is not UTF-8: shown as that byte
        return f"\\x{ord(char) - 0xDC00:02x}"
    return f"\\x{ord(char):02x}" if ord(char) <= 0xFF else f"\\u{ord(char):04x}"


def visible(text: str) -> str:
    """``text`` with every control character written as an escape (``\\x1b``, ``\\u202e``)."""
    return _UNSAFE.sub(_escape, text)


def dumps(value: Any, *, indent: int | None = 2) -> str:
    """JSON of ``value`` that is safe on a terminal, valid UTF-8, and decodes to exactly ``value``.

    ``ensure_ascii=False`` keeps Indonesian text readable but passes DEL, C1
    controls, bidi characters and lone surrogates (a file name that is not
    UTF-8) raw; they can only occur inside JSON strings, so writing them as
    ``\\uXXXX`` keeps the document valid UTF-8 and its values equal.
    """
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


#: What Markdown would read as syntax in inline text: a backslash that escapes the punctuation after it (kept
#: as a backslash), ``|`` (the end of a table cell), and ``](`` (the middle of ``[t](url)`` and
#: ``![t](http://evil/t.png)``, a link or an image that would load in the reviewer's browser). Reference links
#: need a definition at the start of a line, which no value ever gets. Emphasis and code spans only change how
#: text looks, and ``[`` alone prints as written (``\x1b[2J`` keeps reading as it is shown everywhere else).
_MARKDOWN_SYNTAX = re.compile(r"\\(?=[!-/:-@\[-`{-~])|\||\](?=\()")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_LINE_BREAKS = re.compile(r"\r?\n")  # a bare CR is left to visible(), which shows it as \r


def markdown(text: str) -> str:
    """``text`` as literal inline Markdown: it renders as written, in a table cell, a heading or a list item.

    Raw HTML (``<img onerror=...>``) is escaped as entities, Markdown syntax
    with a backslash, and a line break becomes ``<br>`` so a value with a
    newline stays in its table row. Control characters are left to
    :func:`visible`, which every Markdown writer applies to its whole output.
    """
    escaped = _MARKDOWN_SYNTAX.sub(lambda m: "\\" + m.group(), text)
    escaped = "".join(_HTML.get(char, char) for char in escaped)
    return _LINE_BREAKS.sub("<br>", escaped)
