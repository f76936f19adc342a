"""Read one YAML spec file into plain data that remembers where each value is.

libyaml (PyYAML's C parser) composes the node tree; the nodes carry their
positions, and :class:`_Converter` turns them into dicts, lists and scalars in
one direct pass (PyYAML's general constructor is several times slower). The
tree is kept, so locating a problem is a walk by YAML path, not a re-parse.

Most files take a faster road first: :mod:`skpdoc.fastyaml` (rapidyaml) reads
the data of a file it is certain to read exactly as this module would, about
ten times faster, and keeps no tree; :meth:`Document.tree` composes one with
libyaml the first time a position is asked for, which only a file with a
problem does. Every file it declines, and every file with a problem the
reader itself reports, is read here.

Deliberate differences from ``yaml.safe_load``:

* duplicate keys are problems (PyYAML silently keeps the last one);
* dates stay strings (``2024-01-02``) so the JSON Schema can check them;
* keys are always the key's text, so ``1:`` or ``yes:`` cannot turn into
  integers or booleans behind the user's back;
* merge keys (``<<``) are not expanded, explicit tags are refused, and alias
  expansion is bounded, so a "billion laughs" file fails fast instead of
  exhausting memory;
* any text is safe to give :func:`parse`: a text over :data:`MAX_SPEC_BYTES`,
  nesting deeper than :data:`MAX_DEPTH` or more than :data:`MAX_NODES` values
  is a located problem, never a ``RecursionError`` or gigabytes of memory, and
  a character YAML refuses (a raw control character, a lone surrogate) is
  reported at its line and column;
* every number is bounded and finite: an integer of more than
  :data:`MAX_INT_DIGITS` digits (Y015) or ``.inf``, ``.nan`` or a float too
  large to hold (``1.0e+400``, Y016) is a located problem and stays its text,
  so no later step prints ``inf`` on a signed form or fails turning a
  5,000-digit integer into text. How large each field's number may be is the
  schemas' business.
"""

from __future__ import annotations

import bisect
import codecs
import dataclasses
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from skpdoc import yamlerrors
from skpdoc.errors import Problem, Severity, YamlPath

#: Values a document may expand to through aliases before it is refused.
MAX_EXPANDED_NODES = 200_000
#: Largest spec file read, in bytes (a spec is a few KB); a larger file is refused with F005.
MAX_SPEC_BYTES = 1024 * 1024
#: Deepest nesting of mappings and lists (the file itself is level 1). A spec
#: needs 6 (evaluasi > periode > hasil_kerja > indikator > bukti_dukung); 64
#: keeps every recursive consumer (the converter, jsonschema, pickle, diff)
#: far below Python's recursion limit. libyaml itself stops at 1000.
MAX_DEPTH = 64
#: Most values (keys, scalars, lists, mappings) a file may hold, aliases not
#: expanded. A large real spec has a few thousand; 1 MiB of ``[a,a,...]`` has
#: 500,000 and would cost ~200 MB and seconds in the later checks.
MAX_NODES = 100_000
#: Most digits an integer may have (sign, ``_`` and a ``0x``/``0b`` prefix not counted). The largest
#: number a schema accepts has 16 and an unquoted NIP 18 (S003 then says to quote it); past 4,300
#: Python refuses to turn an integer into text, and well before that the conversion is quadratic.
MAX_INT_DIGITS = 30

#: Characters YAML does not allow raw in a file (YAML 1.1 "printable", as libyaml checks it).
_NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

_BaseLoader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
#: Tags of the plain scalars the reader turns into numbers (see :meth:`Document.refused_number`).
NUMBER_TAGS = frozenset({_INT, _FLOAT})


_PLAIN_TAGS: dict[str, str] = {}


class _Loader(_BaseLoader):  # type: ignore[misc]
    """libyaml with a memoised tag resolver.

    libyaml calls back into Python to resolve the tag of every node; PyYAML's
    resolver tries regular expressions each time and walks path resolvers
    that specs never use. The same plain scalars ("kuantitas", "12",
    "sesuai-ekspektasi") recur across thousands of files, so their tags are
    remembered.
    """

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass

    def resolve(self, kind: type[Node], value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is ScalarNode:
            return plain_tag(value) if implicit[0] else _STR
        return _SEQ if kind is SequenceNode else _MAP


_RESOLVER: Any = yaml.resolver.Resolver()  # untyped in types-PyYAML


def plain_tag(value: str) -> str:
    """The tag YAML 1.1 (PyYAML's resolver) gives the plain, unquoted scalar ``value``.

    The one resolver of both readers: :mod:`skpdoc.fastyaml` types the
    scalars it reads with it too, so the same text is the same value.
    """
    tag = _PLAIN_TAGS.get(value)
    if tag is None:
        tag = _RESOLVER.resolve(ScalarNode, value, (True, False))
        if len(_PLAIN_TAGS) > 50_000:
            _PLAIN_TAGS.clear()
        _PLAIN_TAGS[value] = tag
    return tag


class _UnsupportedTag(Exception):
    def __init__(self, node: Node) -> None:
        super().__init__(node.tag)
        self.node = node


class _Refused(Exception):
    """The document is too deep (Y011) or too large (Y012); raised at the node where that shows."""

    def __init__(self, code: str, limit: int, node: Node) -> None:
        super().__init__(code)
        self.code, self.limit, self.node = code, limit, node


class _Converter:
    """Nodes → plain data. Aliased nodes are converted once and shared.

    Recursion is bounded by :data:`MAX_DEPTH` (two frames a level), and
    values are counted a collection at a time (one addition per mapping or
    list, not per scalar: this loop is the cold path of ``validate``).
    """

    def __init__(self, file: Path) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.done: dict[int, Any] = {}
        self.active: set[int] = set()
        self.recursive = False
        self.aliased = False
        self.nodes = 1
        self.slow = SafeConstructor()
        self.refused: set[int] = set()

    def problem(self, code: str, node: Node, **args: Any) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.file, code, args, line=mark.line + 1, column=mark.column + 1))

    def convert(self, node: Node, depth: int = 1) -> Any:
        if type(node) is ScalarNode:
            return self.scalar(node)
        ident = id(node)
        if ident in self.done:
            self.aliased = True
            return self.done[ident]
        if ident in self.active:
            self.recursive = True
            return None
        if depth > MAX_DEPTH:
            raise _Refused("Y011", MAX_DEPTH, node)
        self.nodes += len(node.value) * (2 if type(node) is MappingNode else 1)
        if self.nodes > MAX_NODES:
            raise _Refused("Y012", MAX_NODES, node)
        self.active.add(ident)
        if type(node) is MappingNode and node.tag == _MAP:
            result: Any = self.mapping(node, depth + 1)
        elif type(node) is SequenceNode and node.tag == _SEQ:
            result = [self.convert(item, depth + 1) for item in node.value]
        else:
            raise _UnsupportedTag(node)
        self.active.discard(ident)
        self.done[ident] = result
        return result

    def mapping(self, node: MappingNode, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            if type(key_node) is not ScalarNode:
                self.problem("Y009", key_node)
                continue
            key = key_node.value
            if key in out:
                self.problem("Y002", key_node, key=_short(key), first_line=lines[key])
                continue
            lines[key] = key_node.start_mark.line + 1
            out[key] = self.convert(value_node, depth)
        return out

    def scalar(self, node: ScalarNode) -> Any:
        tag, value = node.tag, node.value
        if tag in (_STR, _TIMESTAMP):
            return value
        if tag == _INT:
            if len(value) > MAX_INT_DIGITS and _digits(value) > MAX_INT_DIGITS:
                return self.refuse("Y015", node, digits=_digits(value), limit=MAX_INT_DIGITS)
            try:
                return int(value)
            except ValueError:
                pass
            try:
                return self.slow.construct_yaml_int(node)  # 0x1F, 1_000, 0b101, 1:30:00 ...
            except ValueError:  # YAML 1.1 calls 0x_ and 0b_ integers; there are no digits to read
                return self.refuse("Y016", node, value=_short(value))
        if tag == _FLOAT:
            try:
                number = float(value)
            except ValueError:
                try:
                    number = self.slow.construct_yaml_float(node)  # .inf, .nan, 1_000.5, 1:30.5
                except OverflowError:  # base 60 multiplies an int past what a float holds
                    number = math.inf
                except ValueError:  # "._" is a float to YAML 1.1, and nothing to Python
                    number = math.nan
            # inf and nan pass a JSON Schema's "number" (and nan every comparison): refused here, for every field.
            return number if math.isfinite(number) else self.refuse("Y016", node, value=_short(value))
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return value.lower() in ("true", "yes", "on")
        raise _UnsupportedTag(node)

    def refuse(self, code: str, node: ScalarNode, **args: Any) -> str:
        """Report a number that cannot be used and keep its text (once per node, however often it is aliased)."""
        if id(node) not in self.refused:
            self.refused.add(id(node))
            self.problem(code, node, **args)
        return str(node.value)


class _Unmarked(_Converter):
    """Converts a scalar that has no node in a tree (:mod:`skpdoc.fastyaml`'s); a value it would refuse raises."""

    def refuse(self, code: str, node: ScalarNode, **args: Any) -> str:
        raise _Refused(code, 0, node)


_UNMARKED = _Unmarked(Path())


def plain_scalar(text: str) -> tuple[Any] | None:
    """The value this reader gives the plain scalar ``text``, in a 1-tuple; None if it would report a problem.

    :mod:`skpdoc.fastyaml` converts with it, so both readers give a plain
    ``yes``, ``0x1F`` or ``1_000`` the same value.
    """
    try:
        return (_UNMARKED.scalar(ScalarNode(plain_tag(text), text)),)
    except (_Refused, _UnsupportedTag):  # Y015/Y016, or a plain "=" or "<<" (Y010)
        return None


def not_printable(text: str) -> bool:
    """Whether ``text`` holds a character YAML does not allow raw (libyaml refuses the file)."""
    return _NOT_PRINTABLE.search(text) is not None


def _digits(text: str) -> int:
    """How many digits the integer literal ``text`` has: ``-0x_ff_ff`` has 4."""
    digits = text.lstrip("+-").replace("_", "")
    return len(digits) - 2 if digits[:2].lower() in ("0x", "0b") else len(digits)


@dataclass
class Document:
    """A parsed spec file: its data, its text and its node tree (for positions)."""

    file: Path
    text: str
    data: dict[str, Any]
    root: Node | None = field(default=None, repr=False)
    #: Keys of the large mappings already searched, so that locating every
    #: problem of a mapping with thousands of keys is not quadratic.
    _keys: dict[int, dict[str, tuple[Node, Node]]] = field(default_factory=dict, repr=False, compare=False)

    def tree(self) -> Node | None:
        """The root node, composed from the text the first time for a document read by :mod:`skpdoc.fastyaml`,
        taken from the cache or sent by a worker process (the same libyaml, so the same positions)."""
        if self.root is None:
            self.root = yaml.compose(self.text, Loader=_Loader)
        return self.root

    def locate(self, path: YamlPath, *, key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the value at ``path``.

        With ``key=True`` the position of the mapping key itself (for an
        unknown key). A path that does not exist (a missing key) resolves to
        the deepest node that does: the mapping the key is missing from.
        """
        node = self.tree()
        if node is None:
            return (1, 1)
        mark = node.start_mark
        for index, part in enumerate(path):
            last = index == len(path) - 1
            if isinstance(node, MappingNode):
                pair = self._pair(node, str(part))
                if pair is None:
                    break
                mark = pair[0].start_mark if (key and last) else pair[1].start_mark
                node = pair[1]
            elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                node = node.value[part]
                mark = node.start_mark
            else:
                break
        return (mark.line + 1, mark.column + 1)

    def node(self, path: YamlPath) -> Node | None:
        """The node of the value at ``path``, or None if there is none."""
        node = self.tree()
        for part in path:
            if isinstance(node, MappingNode):
                pair = self._pair(node, str(part))
                node = pair[1] if pair is not None else None
            elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                node = node.value[part]
            else:
                return None
        return node

    def refused_number(self, path: YamlPath) -> bool:
        """Whether the value at ``path`` is a number the reader refused (Y015, Y016), kept as its text.

        The later checks see that text; one that would complain about it (a
        number field given text, a text of the wrong format) asks here first,
        so the user reads one problem, the reader's, not two.
        """
        node = self.node(path)
        return type(node) is ScalarNode and node.tag in NUMBER_TAGS and isinstance(self._value(path), str)

    def _value(self, path: YamlPath) -> Any:
        value: Any = self.data
        for part in path:
            try:
                value = value[part]
            except (KeyError, IndexError, TypeError):
                return None
        return value

    def _pair(self, node: MappingNode, key: str) -> tuple[Node, Node] | None:
        """The first (key node, value node) of ``key`` in ``node``."""
        pairs: list[tuple[Node, Node]] = node.value
        if len(pairs) <= 32:
            for key_node, value_node in pairs:
                if type(key_node) is ScalarNode and key_node.value == key:
                    return key_node, value_node
            return None
        keys = self._keys.get(id(node))
        if keys is None:
            keys = self._keys[id(node)] = {}
            for key_node, value_node in pairs:
                if type(key_node) is ScalarNode:
                    keys.setdefault(key_node.value, (key_node, value_node))
        return keys.get(key)

    def problem(
        self, code: str, path: YamlPath = (), *, at_key: bool = False, severity: Severity = Severity.ERROR, **args: Any
    ) -> Problem:
        """A problem located at ``path`` in this document (at the key itself with ``at_key``)."""
        line, column = self.locate(path, key=at_key)
        return Problem(self.file, code, args, path, line, column, severity)

    def __getstate__(self) -> dict[str, Any]:
        # Worker processes send documents back; the node tree is rebuilt on demand.
        return {**self.__dict__, "root": None, "_keys": {}}


def decode(file: Path, raw: bytes) -> tuple[str | None, list[Problem]]:
    """Bytes → text. UTF-8 (with or without BOM) or UTF-16 with a BOM."""
    if raw.startswith(codecs.BOM_UTF16_LE) or raw.startswith(codecs.BOM_UTF16_BE):
        encoding, raw = "utf-16", raw
    else:
        encoding = "utf-8-sig"
    try:
        return raw.decode(encoding), []
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        return None, [Problem(file, "Y004", {"byte": f"0x{raw[exc.start]:02x}"}, line=line, column=column)]


def parse(file: Path, text: str, *, fast: bool = True) -> tuple[Document | None, list[Problem]]:
    """Parse the text of one spec. Returns the document (None if unusable) and its problems.

    Safe for any text: whatever it holds ends in a document or in problems,
    within about a second and a few hundred MB for the largest text accepted.
    The data is read by :mod:`skpdoc.fastyaml` when it is certain to read it
    the same way (the document then has no node tree until a position is
    asked for), else, or with ``fast=False``, by libyaml with positions.
    """
    size = _oversize(text)
    if size:  # the same refusal as load()'s, for text from elsewhere (git revisions)
        return None, [Problem(file, "F005", {"size": size, "limit": MAX_SPEC_BYTES})]
    if not text.strip() or all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        return None, [Problem(file, "Y005")]
    if fast:
        from skpdoc import fastyaml  # it imports this module

        data = fastyaml.load(text)
        if data is not None:  # the common case: no problem a reader reports
            return Document(file, text, data), []
    return _parse_located(file, text)


def _parse_located(file: Path, text: str) -> tuple[Document | None, list[Problem]]:
    """:func:`parse` by libyaml, the node tree kept: every file :mod:`skpdoc.fastyaml` declines."""
    try:
        root = _compose(text)
    except yaml.MarkedYAMLError as exc:
        return None, [_yaml_error(file, exc, text)]
    except (yaml.reader.ReaderError, UnicodeEncodeError) as exc:
        # libyaml reports a control character by its byte offset, and a lone
        # surrogate fails while encoding the text for it: find it ourselves.
        return None, [_unreadable_character(file, text, exc)]
    except yaml.YAMLError as exc:
        return None, [Problem(file, "Y001", yamlerrors.unplaced(str(exc)))]
    except RecursionError:  # only PyYAML's pure-Python composer recurses; libyaml stops at 1000 levels
        return None, [Problem(file, "Y011", {"limit": MAX_DEPTH})]
    converter = _Converter(file)
    try:
        data = converter.convert(root) if root is not None else None
    except _UnsupportedTag as exc:
        mark = exc.node.start_mark
        return None, [Problem(file, "Y010", {"tag": exc.node.tag}, line=mark.line + 1, column=mark.column + 1)]
    except _Refused as exc:
        mark = exc.node.start_mark
        return None, [Problem(file, exc.code, {"limit": exc.limit}, line=mark.line + 1, column=mark.column + 1)]
    if not isinstance(data, dict):
        kind = "list" if isinstance(data, list) else type(data).__name__
        return None, [Problem(file, "Y006", {"kind": kind}, line=1, column=1)]
    if converter.recursive:
        return None, [Problem(file, "Y007", {"limit": MAX_EXPANDED_NODES}, line=1, column=1)]
    if converter.aliased:
        values, depth = _expanded_shape(data)
        if values > MAX_EXPANDED_NODES:
            return None, [Problem(file, "Y007", {"limit": MAX_EXPANDED_NODES}, line=1, column=1)]
        if depth > MAX_DEPTH:  # an alias placed deep inside another one nests the two depths
            return None, [Problem(file, "Y011", {"limit": MAX_DEPTH}, line=1, column=1)]
    return Document(file, text, data, root), sorted(converter.problems, key=Problem.sort_key)


def load(file: Path) -> tuple[Document | None, list[Problem]]:
    """Read and parse a spec file.

    Only a regular file of at most :data:`MAX_SPEC_BYTES` is read (a FIFO, a
    device or an oversized file is a problem, never a hang or a memory blow-up).
    Whether the file belongs to a workspace is the caller's question
    (:func:`skpdoc.paths.examine`).
    """
    from skpdoc import paths  # only reading needs it; the parsing half of this module does not

    try:
        raw = paths.read_regular(file, MAX_SPEC_BYTES)
    except paths.NotReadable as exc:
        return None, [exc.refusal.problem(file)]
    text, problems = decode(file, raw)
    if text is None:
        return None, problems
    return parse(file, text)


def _yaml_error(file: Path, exc: yaml.MarkedYAMLError, text: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    detail = " ".join(filter(None, [exc.context, exc.problem]))
    if (mark is not None and _char_at(text, mark.line, mark.column) == "\t") or "tab" in (exc.problem or ""):
        return Problem(file, "Y003", {}, line=line, column=column)
    if "maximum nesting depth" in detail:  # libyaml's own limit (1000), reached before ours is checked
        return Problem(file, "Y011", {"limit": MAX_DEPTH}, line=line, column=column)
    if "expected a single document" in detail:
        return Problem(file, "Y008", {}, line=line, column=column)
    # Said in the reader's language, at the opening quote or bracket or the line whose indentation is off.
    trouble, at = yamlerrors.describe(exc, text)
    line, column = (at.line + 1, at.column + 1) if at else (line, column)
    args = {"detail": trouble, "advice": dataclasses.replace(trouble, advice=True), "original": trouble.original}
    return Problem(file, "Y001", args, line=line, column=column)


def _expanded_shape(data: Any) -> tuple[int, int]:
    """(values, nesting depth) of acyclic ``data`` with every alias expanded.

    Memoised per shared list or dict, so linear in the distinct ones; and a
    loop with an explicit stack, since aliases can nest far deeper than the
    converter's recursion went.
    """
    shapes: dict[int, tuple[int, int]] = {}
    opened: set[int] = set()
    stack: list[Any] = [data]
    while stack:
        value = stack[-1]
        ident = id(value)
        if ident in shapes:
            stack.pop()
            continue
        children = [c for c in (value.values() if isinstance(value, dict) else value) if isinstance(c, (dict, list))]
        if ident not in opened:  # first visit: shape the children first
            opened.add(ident)
            stack += [c for c in children if id(c) not in shapes]
            continue
        stack.pop()
        values = 1 + len(value) - len(children) + sum(shapes[id(c)][0] for c in children)
        shapes[ident] = (values, 1 + max((shapes[id(c)][1] for c in children), default=0))
    return shapes[id(data)] if isinstance(data, (dict, list)) else (1, 0)


def _compose(text: str) -> Node | None:
    loader = _Loader(text)  # libyaml's reader encodes the text here: a lone surrogate fails already
    try:
        return loader.get_single_node()  # type: ignore[no-any-return]
    finally:
        loader.dispose()


def _oversize(text: str) -> int:
    """The UTF-8 size of ``text`` if it is over :data:`MAX_SPEC_BYTES`, else 0.

    Encoded only when it could be (UTF-8 takes at most 4 bytes a character).
    """
    if len(text) * 4 <= MAX_SPEC_BYTES:
        return 0
    size = len(text.encode("utf-8", "surrogatepass"))
    return size if size > MAX_SPEC_BYTES else 0


def _unreadable_character(file: Path, text: str, exc: Exception) -> Problem:
    """Y013 at the first character YAML does not accept raw (Y001 if there is none, which libyaml never does)."""
    found = _NOT_PRINTABLE.search(text)
    if found is None:
        return Problem(file, "Y001", yamlerrors.unplaced(str(exc)))
    line, column = Lines(text).position(found.start())
    return Problem(file, "Y013", {"char": codepoint(found.group())}, line=line, column=column)


def codepoint(char: str) -> str:
    """``"\\x1b"`` → ``U+001B``: how a message names a character that cannot be shown."""
    return f"U+{ord(char):04X}"


class Lines:
    """1-based (line, column) of a character offset in a text, counting line breaks as YAML does."""

    _BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in self._BREAK.finditer(text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.splitlines()
    return lines[line][column : column + 1] if line < len(lines) else ""
