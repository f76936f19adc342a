"""Characters a signed form must not carry, in any file's text.

Forbidden (Y014): a .docx is XML, and XML 1.0 cannot hold U+0000–U+0008,
U+000B, U+000C, U+000E–U+001F, U+FFFE, U+FFFF or a lone surrogate at all, not
even written as ``&#x1b;``. YAML refuses them raw in a file (Y013, found by
:mod:`skpdoc.spec`), but turns escapes in double-quoted text (``"\\e"``,
``"\\x1b"``, ``"\\uffff"``) into them. Such a value passes the schema and then
makes LibreOffice reject the whole document, long after ``validate`` said
yes.

Direction controls (Y017): the embeddings, overrides and isolates
U+202A–U+202E and U+2066–U+2069 are invisible and reorder the text around
them, so a name or a target can print differently from how it reads in the
editor ("Trojan source"). The marks U+200E, U+200F and U+061C cannot reverse
a word, but inside one they split it for the build's check that every word
reached the PDF (LibreOffice drops them), so the form fails with a message
about lost text. All twelve are refused, raw or escaped; Arabic and Hebrew
letters need none of them and stay valid.

Every string value and key of every kind of file is checked here (``build``
refuses a spec with an error, so a form never receives one), and the problem
points at the character itself or at the escape that wrote it.
"""

from __future__ import annotations

import re
import unicodedata

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from skpdoc.errors import Problem, YamlPath
from skpdoc.spec import Document, Lines, codepoint

#: Not an XML 1.0 ``Char``; DEL and C1 are allowed there (and shown escaped on terminals by skpdoc.textsafe).
FORBIDDEN = re.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\ud800-\\udfff\\ufffe\\uffff]")
#: Bidirectional embeddings, overrides and isolates (Unicode UAX #9, the "Trojan source" characters) and marks.
_DIRECTION_CHARS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
DIRECTION = re.compile(f"[{_DIRECTION_CHARS}]")
#: A YAML double-quoted escape: ``\\x1b``, ``\\u001b``, ``\\U0000001b`` or one character (``\\e``, ``\\\\``).
_ESCAPE = re.compile(r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", re.DOTALL)
#: YAML's one-letter escapes of forbidden characters.
_LETTERS = {"0": "\x00", "a": "\x07", "b": "\x08", "v": "\x0b", "f": "\x0c", "e": "\x1b"}
#: The code of each class of characters.
_CHECKS: tuple[tuple[str, re.Pattern[str]], ...] = (("Y014", FORBIDDEN), ("Y017", DIRECTION))


def check(doc: Document) -> list[Problem]:
    """A Y014 problem for every string value or key holding a forbidden character, a Y017 for one holding a
    direction control (the first one of each)."""
    if "\\" not in doc.text and not _has_direction(doc.text):  # only an escape or a raw control makes one
        return []
    root = doc.tree()
    found: list[tuple[str, ScalarNode, YamlPath]] = []
    seen: set[int] = set()
    stack: list[tuple[Node, YamlPath]] = [(root, ())] if root is not None else []
    while stack:  # a loop, not recursion: the tree may be up to spec.MAX_DEPTH deep
        node, path = stack.pop()
        if id(node) in seen:  # an aliased node is reported once, where it is written
            continue
        seen.add(id(node))
        if isinstance(node, ScalarNode):
            found += [(code, node, path) for code, chars in _CHECKS if chars.search(node.value)]
        elif isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, ScalarNode):
                    found += [(code, key_node, path) for code, chars in _CHECKS if chars.search(key_node.value)]
                    stack.append((value_node, (*path, key_node.value)))
        elif isinstance(node, SequenceNode):
            stack += [(item, (*path, index)) for index, item in enumerate(node.value)]
    if not found:
        return []
    lines = Lines(doc.text)
    problems = [_problem(doc, lines, code, node, path) for code, node, path in found]
    return sorted(problems, key=Problem.sort_key)


def _has_direction(text: str) -> bool:
    """``DIRECTION.search(text)``, 20 times faster: 5 µs for a 12 KB spec, nothing for an ASCII one."""
    return not text.isascii() and any(char in text for char in _DIRECTION_CHARS)


def _problem(doc: Document, lines: Lines, code: str, node: ScalarNode, path: YamlPath) -> Problem:
    """Located at the character, or at the escape that wrote it (node marks count characters, not bytes)."""
    chars = FORBIDDEN if code == "Y014" else DIRECTION
    found = chars.search(node.value)
    assert found is not None
    char = found.group()
    offset, escape = node.start_mark.index, f"\\x{ord(char):02x}" if ord(char) <= 0xFF else f"\\u{ord(char):04x}"
    start, end = node.start_mark.index, node.end_mark.index
    raw = chars.search(doc.text, start, end)  # only a direction control can be in the file as it is
    for match in _ESCAPE.finditer(doc.text, start, raw.start() if raw else end):
        if chars.fullmatch(_unescape(match.group())):
            offset, escape = match.start(), match.group()
            break
    else:
        offset = raw.start() if raw else offset
    line, column = lines.position(offset)
    args = {"char": codepoint(char), "escape": escape}
    if code == "Y017":
        args["name"] = unicodedata.name(char)
    return Problem(doc.file, code, args, path, line, column)


def _unescape(escape: str) -> str:
    if escape[1] in "xuU" and len(escape) > 2:
        code = int(escape[2:], 16)
        return chr(code) if code <= 0x10FFFF else ""
    return _LETTERS.get(escape[1], "")
