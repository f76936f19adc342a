"""Read one YAML spec file into plain data that remembers where each value is.

libyaml (PyYAML's C parser) composes the node tree; the nodes carry their
positions, and :func:`_convert` turns them into dicts, lists and scalars in
one direct pass (PyYAML's general constructor is several times slower). The
tree is kept, so locating a problem is a walk by YAML path, not a re-parse.

Deliberate differences from ``yaml.safe_load``:

* duplicate keys are problems (PyYAML silently keeps the last one);
* dates stay strings (``2024-01-02``) so the JSON Schema can check them;
* keys are always the key's text, so ``1:`` or ``yes:`` cannot turn into
  integers or booleans behind the user's back;
* merge keys (``<<``) are not expanded, explicit tags are refused, and alias
  expansion is bounded, so a "billion laughs" file fails fast instead of
  exhausting memory.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from skpdoc.errors import Problem, Severity, YamlPath

#: Values a document may expand to through aliases before it is refused.
MAX_EXPANDED_NODES = 200_000

_BaseLoader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


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
            if not implicit[0]:
                return _STR
            tag = _PLAIN_TAGS.get(value)
            if tag is None:
                tag = super().resolve(kind, value, implicit)
                if len(_PLAIN_TAGS) > 50_000:
                    _PLAIN_TAGS.clear()
                _PLAIN_TAGS[value] = tag
            return tag
        return _SEQ if kind is SequenceNode else _MAP


class _UnsupportedTag(Exception):
    def __init__(self, node: Node) -> None:
        super().__init__(node.tag)
        self.node = node


class _Converter:
    """Nodes → plain data. Aliased nodes are converted once and shared."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.done: dict[int, Any] = {}
        self.active: set[int] = set()
        self.recursive = False
        self.aliased = False
        self.slow = SafeConstructor()

    def problem(self, code: str, node: Node, **args: Any) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.file, code, args, line=mark.line + 1, column=mark.column + 1))

    def convert(self, node: Node) -> Any:
        if type(node) is ScalarNode:
            return self.scalar(node)
        ident = id(node)
        if ident in self.done:
            self.aliased = True
            return self.done[ident]
        if ident in self.active:
            self.recursive = True
            return None
        self.active.add(ident)
        if type(node) is MappingNode and node.tag == _MAP:
            result: Any = self.mapping(node)
        elif type(node) is SequenceNode and node.tag == _SEQ:
            result = [self.convert(item) for item in node.value]
        else:
            raise _UnsupportedTag(node)
        self.active.discard(ident)
        self.done[ident] = result
        return result

    def mapping(self, node: MappingNode) -> dict[str, Any]:
        out: dict[str, Any] = {}
        lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            if type(key_node) is not ScalarNode:
                self.problem("Y009", key_node)
                continue
            key = key_node.value
            if key in out:
                self.problem("Y002", key_node, key=key, first_line=lines[key])
                continue
            lines[key] = key_node.start_mark.line + 1
            out[key] = self.convert(value_node)
        return out

    def scalar(self, node: ScalarNode) -> Any:
        tag, value = node.tag, node.value
        if tag in (_STR, _TIMESTAMP):
            return value
        if tag == _INT:
            try:
                return int(value)
            except ValueError:
                return self.slow.construct_yaml_int(node)  # 0x1F, 1_000, 0o17 ...
        if tag == _FLOAT:
            try:
                return float(value)
            except ValueError:
                return self.slow.construct_yaml_float(node)  # .inf, .nan, 1_000.5
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return value.lower() in ("true", "yes", "on")
        raise _UnsupportedTag(node)


@dataclass
class Document:
    """A parsed spec file: its data, its text and its node tree (for positions)."""

    file: Path
    text: str
    data: dict[str, Any]
    root: Node | None = field(default=None, repr=False)

    def locate(self, path: YamlPath, *, key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the value at ``path``.

        With ``key=True`` the position of the mapping key itself (for an
        unknown key). A path that does not exist (a missing key) resolves to
        the deepest node that does: the mapping the key is missing from.
        """
        if self.root is None:
            self.root = yaml.compose(self.text, Loader=_Loader)
        node = self.root
        if node is None:
            return (1, 1)
        mark = node.start_mark
        for index, part in enumerate(path):
            last = index == len(path) - 1
            if isinstance(node, MappingNode):
                for key_node, value_node in node.value:
                    if isinstance(key_node, ScalarNode) and key_node.value == str(part):
                        mark = key_node.start_mark if (key and last) else value_node.start_mark
                        node = value_node
                        break
                else:
                    break
            elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                node = node.value[part]
                mark = node.start_mark
            else:
                break
        return (mark.line + 1, mark.column + 1)

    def problem(
        self, code: str, path: YamlPath = (), *, at_key: bool = False, severity: Severity = Severity.ERROR, **args: Any
    ) -> Problem:
        """A problem located at ``path`` in this document (at the key itself with ``at_key``)."""
        line, column = self.locate(path, key=at_key)
        return Problem(self.file, code, args, path, line, column, severity)

    def __getstate__(self) -> dict[str, Any]:
        # Worker processes send documents back; the node tree is rebuilt on demand.
        return {**self.__dict__, "root": None}


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


def parse(file: Path, text: str) -> tuple[Document | None, list[Problem]]:
    """Parse the text of one spec. Returns the document (None if unusable) and its problems."""
    if not text.strip() or all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        return None, [Problem(file, "Y005")]
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        return None, [_yaml_error(file, exc, text)]
    except yaml.YAMLError as exc:
        return None, [Problem(file, "Y001", {"detail": str(exc)})]
    finally:
        loader.dispose()
    converter = _Converter(file)
    try:
        data = converter.convert(root) if root is not None else None
    except _UnsupportedTag as exc:
        mark = exc.node.start_mark
        return None, [Problem(file, "Y010", {"tag": exc.node.tag}, line=mark.line + 1, column=mark.column + 1)]
    if not isinstance(data, dict):
        kind = "list" if isinstance(data, list) else type(data).__name__
        return None, [Problem(file, "Y006", {"kind": kind}, line=1, column=1)]
    if converter.recursive or (converter.aliased and _expanded_size(data) > MAX_EXPANDED_NODES):
        return None, [Problem(file, "Y007", {"limit": MAX_EXPANDED_NODES}, line=1, column=1)]
    return Document(file, text, data, root), sorted(converter.problems, key=Problem.sort_key)


def load(file: Path) -> tuple[Document | None, list[Problem]]:
    """Read and parse a spec file."""
    try:
        raw = file.read_bytes()
    except OSError as exc:
        return None, [Problem(file, "F001", {"detail": exc.strerror or str(exc)})]
    text, problems = decode(file, raw)
    if text is None:
        return None, problems
    return parse(file, text)


def _yaml_error(file: Path, exc: yaml.MarkedYAMLError, text: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    detail = " ".join(filter(None, [exc.context, exc.problem]))
    if exc.context_mark and mark and exc.context_mark.line != mark.line:
        detail += f" (line {exc.context_mark.line + 1})"
    if (mark is not None and _char_at(text, mark.line, mark.column) == "\t") or "tab" in (exc.problem or ""):
        return Problem(file, "Y003", {}, line=line, column=column)
    if "expected a single document" in detail:
        return Problem(file, "Y008", {}, line=line, column=column)
    return Problem(file, "Y001", {"detail": detail}, line=line, column=column)


def _expanded_size(data: Any) -> int:
    """How many values ``data`` has when every alias is expanded (memoised, so linear)."""
    sizes: dict[int, int] = {}

    def size(value: Any) -> int:
        if not isinstance(value, (dict, list)):
            return 1
        known = sizes.get(id(value))
        if known is not None:
            return known if known >= 0 else MAX_EXPANDED_NODES + 1  # -1: a recursive structure
        sizes[id(value)] = -1
        children = value.values() if isinstance(value, dict) else value
        total = 1 + sum(size(child) for child in children)
        sizes[id(value)] = total
        return total

    return size(data)


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.splitlines()
    return lines[line][column : column + 1] if line < len(lines) else ""
