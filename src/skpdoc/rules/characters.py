"""Characters no form can carry: the ones XML 1.0 forbids, in any file's text.

A .docx is XML, and XML 1.0 cannot hold U+0000–U+0008, U+000B, U+000C,
U+000E–U+001F, U+FFFE, U+FFFF or a lone surrogate at all, not even written
as ``&#x1b;``. YAML refuses them raw in a file (Y013, found by
:mod:`skpdoc.spec`), but turns escapes in double-quoted text (``"\\e"``,
``"\\x1b"``, ``"\\uffff"``) into them. Such a value passes the schema and then
makes LibreOffice reject the whole document, long after ``validate`` said
yes, so every string value and key of every kind of file is checked here
(``build`` refuses a spec with an error, so a form never receives one), and
the problem points at the escape itself.
"""

from __future__ import annotations

import re

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from skpdoc.errors import Problem, YamlPath
from skpdoc.spec import Document, Lines, codepoint

#: Not an XML 1.0 ``Char``; DEL and C1 are allowed there (and shown escaped on terminals by skpdoc.textsafe).
FORBIDDEN = re.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\ud800-\\udfff\\ufffe\\uffff]")
#: A YAML double-quoted escape: ``\\x1b``, ``\\u001b``, ``\\U0000001b`` or one character (``\\e``, ``\\\\``).
_ESCAPE = re.compile(r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", re.DOTALL)
#: YAML's one-letter escapes of forbidden characters.
_LETTERS = {"0": "\x00", "a": "\x07", "b": "\x08", "v": "\x0b", "f": "\x0c", "e": "\x1b"}


def check(doc: Document) -> list[Problem]:
    """A Y014 problem for every string value or key holding a forbidden character (its first one)."""
    if "\\" not in doc.text:  # only an escape can produce one: the common case costs one scan
        return []
    root = doc.tree()
    found: list[tuple[ScalarNode, YamlPath]] = []
    seen: set[int] = set()
    stack: list[tuple[Node, YamlPath]] = [(root, ())] if root is not None else []
    while stack:  # a loop, not recursion: the tree may be up to spec.MAX_DEPTH deep
        node, path = stack.pop()
        if id(node) in seen:  # an aliased node is reported once, where it is written
            continue
        seen.add(id(node))
        if isinstance(node, ScalarNode):
            found += [(node, path)] if FORBIDDEN.search(node.value) else []
        elif isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, ScalarNode):
                    found += [(key_node, path)] if FORBIDDEN.search(key_node.value) else []
                    stack.append((value_node, (*path, key_node.value)))
        elif isinstance(node, SequenceNode):
            stack += [(item, (*path, index)) for index, item in enumerate(node.value)]
    if not found:
        return []
    lines = Lines(doc.text)
    problems = [_problem(doc, lines, node, path) for node, path in found]
    return sorted(problems, key=Problem.sort_key)


def _problem(doc: Document, lines: Lines, node: ScalarNode, path: YamlPath) -> Problem:
    """Located at the escape that wrote the character (node marks count characters, not bytes)."""
    found = FORBIDDEN.search(node.value)
    assert found is not None
    char = found.group()
    offset, escape = node.start_mark.index, f"\\x{ord(char):02x}" if ord(char) <= 0xFF else f"\\u{ord(char):04x}"
    for match in _ESCAPE.finditer(doc.text, node.start_mark.index, node.end_mark.index):
        if FORBIDDEN.fullmatch(_unescape(match.group())):
            offset, escape = match.start(), match.group()
            break
    line, column = lines.position(offset)
    return Problem(doc.file, "Y014", {"char": codepoint(char), "escape": escape}, path, line, column)


def _unescape(escape: str) -> str:
    if escape[1] in "xuU" and len(escape) > 2:
        code = int(escape[2:], 16)
        return chr(code) if code <= 0x10FFFF else ""
    return _LETTERS.get(escape[1], "")
