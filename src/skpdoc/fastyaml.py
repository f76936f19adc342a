"""A fast reader for the common spec: rapidyaml (C++) for the data, no positions.

:func:`skpdoc.spec.parse` composes every file with libyaml and walks the node
tree in Python; that walk is most of what a cold ``validate`` costs. Most
specs are plain block mappings of plain or quoted text and numbers, without
a problem. For those, :func:`load` parses with rapidyaml, has rapidyaml emit
JSON and reads that with the standard library's C JSON reader: several times
faster, and the data is exactly what the located reader gives.

"Exactly" is kept by refusing: :func:`load` returns None, and the located
reader runs, for anything it is not certain to read the same way:

* text with a tag, an anchor or alias, a merge key, a directive or document
  marker, a complex key, a reserved indicator (``@``, a backquote) at the
  start of a token (found by looking at the characters ``!&*%?@`` and what
  precedes them on their line; inside a plain scalar they are text to both
  readers), a tab, a carriage return, a backslash (escapes), a byte-order
  mark, a line break other than ``\\n``, or any character libyaml refuses;
* a ``#`` between the first and the last flow bracket (rapidyaml reads
  ``{k: a #b}`` as ``a #b``), a ``:`` or a flow indicator starting a token
  (``[:x]``, ``]: x``);
* anything rapidyaml or the JSON reader fails on (rapidyaml is more lenient
  than libyaml in places, so its failures are never reported: the located
  reader gives the problem, in its words, at its place);
* a duplicate or empty key, nesting deeper than :data:`skpdoc.spec.MAX_DEPTH`,
  more nodes than :data:`skpdoc.spec.MAX_NODES`, a number the located reader
  would refuse (too many digits, not finite), a number YAML 1.1 reads as
  text (``1e5``), or one rapidyaml may have rewritten from such text
  (``-.5`` is emitted as ``-0.5``), and any text rapidyaml writes as
  ``.inf`` or ``.nan`` (it rewrites ``inf``, ``.Inf``, ``NaN``..., keys and
  quoted text included).

Scalars are typed by the located reader's own resolver
(:func:`skpdoc.spec.plain_tag`, YAML 1.1): rapidyaml's JSON types only
``true``, ``false``, ``null`` and JSON numbers, so a string it emits that
YAML 1.1 would type (``yes``, ``~``, ``0x1F``, ``1_000``) is looked up in
rapidyaml's tree and typed when it was plain, kept when it was quoted.

The fast reader keeps no positions; :class:`skpdoc.spec.Document` composes
the file with libyaml the first time a position is asked for, which happens
only for a file with a problem.

rapidyaml prints its parse errors on the process's stderr (file descriptor
2) before raising; :func:`load` silences that descriptor while it parses,
which is only harmless while no other thread could be writing there, so it
declines (None) in a process running more than one thread (``serve``).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import threading
from collections.abc import Iterator
from typing import Any

import ryml  # type: ignore[import-untyped, unused-ignore]  # no stubs; pyproject could list it with the others

from skpdoc import spec

#: Bytes that decline the file wherever they are (see the module's docstring); the control
#: characters are those libyaml refuses (Y013).
_REFUSED_BYTES = frozenset(b"\t\r\\" + bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]))


def _byte_classes() -> tuple[bytes, bytes, bytes]:
    """The ``bytes.translate`` tables of :func:`_starts_a_token`.

    The first sorts the bytes: ``P`` may come before a token (a line break, ``-``; ``[`` and ``{`` are
    ``O`` and ``Q``); ``C`` may not start one (a tag, an anchor, an alias, a directive, a reserved
    indicator, a flow closer: ``& x``, ``@x``, ``]: x`` are errors to libyaml and text to rapidyaml;
    ``]`` and ``}`` are ``S`` and ``R``); ``B`` is both (``:``, ``,``, ``?``: ``[:x]``); the rest is
    ``x``. The second marks with 1 what may come before a token, the third what may not start one.
    """
    table = bytearray(b"x" * 256)
    for sort, chars in ((b"P", b"\n-"), (b"O", b"["), (b"Q", b"{"), (b"C", b"!&*@%`"), (b"S", b"]"), (b"R", b"}")):
        for char in chars:
            table[char] = sort[0]
    for char in b":,?":
        table[char] = ord("B")
    before, bad = bytearray(256), bytearray(256)
    for char in b"POQB":
        before[char] = 1
    for char in b"CSRB":
        bad[char] = 1
    return bytes(table), bytes(before), bytes(bad)


_SORTS, _BEFORE_TOKEN, _NOT_A_TOKEN_START = _byte_classes()

_STR = "tag:yaml.org,2002:str"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_FLOAT = "tag:yaml.org,2002:float"
#: Tags under which the located reader keeps a plain scalar's text as it is.
_AS_TEXT = frozenset({_STR, _TIMESTAMP})
#: Strings already known to stay text when plain (most of a spec's, repeated across files).
_KNOWN_TEXT: set[str] = set()

YamlPath = tuple[str | int, ...]


class _Declined(Exception):
    """Raised inside the JSON reader's hooks: this text is for the located reader."""


def load(text: str) -> dict[str, Any] | None:
    """The data :func:`skpdoc.spec.parse` gives for ``text`` when it has no problem, else None.

    None means "not certain", never "invalid": the caller then reads the
    text with the located reader, which finds its problems.
    """
    if threading.active_count() != 1:
        return None
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: the located reader reports it (Y013)
        return None
    if _declined(text, raw):
        return None
    try:
        with _stderr_silenced():
            tree = ryml.parse_in_arena(raw)
            root = tree.root_id()
            if not tree.is_map(root) or tree.size() * 2 > spec.MAX_NODES:
                return None
            emitted = ryml.emit_json_malloc(tree, root)  # fails on nesting deeper than rapidyaml's limit (64)
    except Exception:  # whatever rapidyaml fails on, the located reader reports
        return None
    if ".inf" in emitted or ".nan" in emitted or '"": ' in emitted:
        return None  # rapidyaml writes inf, .Inf, NaN... so, even a quoted key; ": x" is an error to libyaml
    try:
        data = json.loads(emitted, parse_int=_integer, parse_float=_float, parse_constant=_constant)
    except (ValueError, RecursionError, _Declined):  # ValueError: invalid JSON (a control character, ...)
        return None
    if type(data) is not dict:
        return None
    found = _walk(data)
    # Each key is written '"key": ' (a quote inside text is written \"); fewer keys read means a duplicate.
    if found is None or found[0] != emitted.count('": ') - emitted.count('\\": '):
        return None
    return data if _typed(tree, data, found[1]) else None


def _declined(text: str, raw: bytes) -> bool:
    """Whether ``text`` holds something the fast reader does not take (see the module's docstring).

    Looked for with ``bytes.translate``, ``replace`` and substring searches,
    which run at memory speed; a regular expression over the text, or a loop
    over its lines, would cost as much as the parse.
    """
    rare = raw.translate(None, _COMMON)
    if rare and (
        not _REFUSED_BYTES.isdisjoint(rare)
        or (b"\xc2" in rare and ("\x85" in text or spec.not_printable(text)))  # U+0080-U+009F: C1 controls, NEL
        or any(encoded in rare for encoded in _ODD_ENCODED)
        or (b"<" in rare and "<<" in text)
        or (b"#" in rare and _comment_in_flow(text))
    ):
        return True
    return (
        _starts_a_token(raw)
        or _named_anchor_or_alias(text)
        or text.startswith(("---", "..."))
        or "\n---" in text
        or "\n..." in text
    )


#: The ASCII bytes :func:`_declined` needs not see one by one. What is left of a text once they are deleted
#: is short (the refused bytes, ``<``, ``#`` and every byte of a character outside ASCII), and a lead byte
#: found there is the start of a whole character (a lead byte is never a continuation byte).
_COMMON = bytes(b for b in range(0x80) if b not in _REFUSED_BYTES and b not in b"<#")
#: UTF-8 of the characters outside ASCII that decline a file: the YAML 1.1 line breaks U+2028 and U+2029
#: (U+0085 is found with the C1 controls), the byte-order mark, and U+FFFE and U+FFFF, which libyaml refuses.
_ODD_ENCODED = tuple(c.encode("utf-8") for c in ("\u2028", "\u2029", "\ufeff", "\ufffe", "\uffff"))


def _starts_a_token(raw: bytes) -> bool:
    """Whether a character that must not start a token does (see :func:`_byte_classes`).

    Spaces are deleted while sorting, so what precedes a character is the
    last thing before it on its line (tabs and carriage returns are declined
    before this); so are the empty collections ``[]`` and ``{}``. The pairs
    are found by and-ing two byte strings as integers, shifted by one byte:
    a substring search for each pair is ten times slower on a spec.
    """
    sorts = raw.translate(_SORTS, b" ")
    if b"OS" in sorts or b"QR" in sorts:
        sorts = sorts.replace(b"OS", b"").replace(b"QR", b"")
    before = int.from_bytes(sorts[:-1].translate(_BEFORE_TOKEN), "big")
    starts = sorts.translate(_NOT_A_TOKEN_START)
    return starts[:1] == b"\x01" or before & int.from_bytes(starts[1:], "big") != 0


def _named_anchor_or_alias(text: str) -> bool:
    """Whether an ``&`` or ``*`` is followed by a name ("Sarana & prasarana" has none)."""
    for char in "&*":
        at = text.find(char)
        while at >= 0:
            if text[at + 1 : at + 2] not in ("", " ", "\n"):
                return True
            at = text.find(char, at + 1)
    return False


def _comment_in_flow(text: str) -> bool:
    """Whether a comment may be inside a flow collection: rapidyaml reads ``{k: a #b}`` as ``a #b``.

    Any ``#`` that may start a comment (after a space or a line break) between the first ``[`` or ``{``
    and the last ``]`` or ``}`` counts (brackets in text may mislead a finer count, never this one).
    """
    if " #" not in text and "\n#" not in text:
        return False
    opened = min((at for at in (text.find("["), text.find("{")) if at >= 0), default=-1)
    if opened < 0:
        return False
    closed = max(text.rfind("]"), text.rfind("}"))
    return text.find(" #", opened, closed) >= 0 or text.find("\n#", opened, closed) >= 0


def _integer(text: str) -> int:
    """A JSON integer, which YAML 1.1 reads as the same integer; declined past the located reader's digits."""
    if len(text) > spec.MAX_INT_DIGITS:
        raise _Declined
    return int(text)


def _float(text: str) -> float:
    """A JSON number with a fraction or exponent, possibly rewritten by rapidyaml (``.5`` → ``0.5``).

    Taken only when YAML 1.1 reads that text as a float too (rewriting never
    changes the value then); ``1e5`` is text to YAML 1.1, so declined. A
    rewritten ``-.5`` (``-0.5``) is the one rewrite YAML 1.1 types
    differently (``.5`` is a float there, ``-.5`` text), so ``-0.`` declines.
    """
    if text.startswith("-0.") or spec.plain_tag(text) != _FLOAT:
        raise _Declined
    number = float(text)
    if not math.isfinite(number):  # the located reader refuses it (Y016)
        raise _Declined
    return number


def _constant(text: str) -> Any:
    """NaN, Infinity: never a plain scalar YAML 1.1 types as a number."""
    raise _Declined


def _walk(data: dict[str, Any]) -> tuple[int, list[YamlPath]] | None:
    """(how many keys, the paths of the strings YAML 1.1 would type if they were plain); None if too deep.

    Also where the nesting depth is checked: the JSON reader has no limit of its own below Python's.
    """
    keys = 0
    ambiguous: list[YamlPath] = []
    known = _KNOWN_TEXT
    stack: list[tuple[Any, YamlPath]] = [(data, ())]
    while stack:
        value, path = stack.pop()
        if len(path) >= spec.MAX_DEPTH:
            return None
        if type(value) is dict:
            keys += len(value)
            items: Any = value.items()
        else:
            items = enumerate(value)
        for key, item in items:
            kind = type(item)
            if kind is str:
                if item not in known:
                    if spec.plain_tag(item) in _AS_TEXT:
                        if len(known) > 50_000:
                            known.clear()
                        known.add(item)
                    else:
                        ambiguous.append((*path, key))
            elif kind is dict or kind is list:
                stack.append((item, (*path, key)))
    return keys, ambiguous


def _typed(tree: ryml.Tree, data: dict[str, Any], paths: list[YamlPath]) -> bool:
    """Type, in place, the strings at ``paths`` that were plain scalars, as YAML 1.1 does; False to decline.

    rapidyaml's JSON writes a plain ``yes`` and a quoted ``'yes'`` alike; its tree tells them apart.
    """
    for path in paths:
        node = _node(tree, path)
        if node == ryml.NONE:
            return False
        if not tree.is_val_plain(node):
            continue  # quoted or a block scalar: text, whatever it reads
        container: Any = data
        for part in path[:-1]:
            container = container[part]
        typed = spec.plain_scalar(container[path[-1]])
        if typed is None:
            return False
        container[path[-1]] = typed[0]
    return True


def _node(tree: ryml.Tree, path: YamlPath) -> int:
    node: int = tree.root_id()
    for part in path:
        node = tree.child(node, part) if isinstance(part, int) else tree.find_child(node, part.encode("utf-8"))
        if node == ryml.NONE:
            break
    return node


_DEV_NULL: int | None = None


@contextlib.contextmanager
def _stderr_silenced() -> Iterator[None]:
    """File descriptor 2 pointed at the null device for the duration (see the module's docstring)."""
    global _DEV_NULL
    if _DEV_NULL is None:
        _DEV_NULL = os.open(os.devnull, os.O_WRONLY)
    saved = os.dup(2)
    try:
        os.dup2(_DEV_NULL, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
