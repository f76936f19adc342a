"""Read one YAML spec file into plain data, with positions on demand.

Parsing uses libyaml (PyYAML's C parser) for speed. Positions are not
recorded while loading: most files are valid and never need them. When a
problem has to be located, :meth:`Document.locate` composes the node tree
once (also in C) and walks it by YAML path.

Deliberate differences from ``yaml.safe_load``:

* duplicate keys are problems (PyYAML silently keeps the last one);
* dates stay strings (``2024-01-02``) so the JSON Schema can check them;
* keys are always the key's text, so ``1:`` or ``yes:`` cannot turn into
  integers or booleans behind the user's back;
* merge keys (``<<``) are not expanded, and alias expansion is bounded, so a
  "billion laughs" file fails fast instead of exhausting memory.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from skpdoc.errors import Problem, Severity, YamlPath

#: Nodes a document may expand to through aliases before it is refused.
MAX_EXPANDED_NODES = 200_000

_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SpecLoader(_Loader):  # type: ignore[misc]
    """libyaml loader that reports duplicate and non-scalar keys instead of hiding them."""

    def __init__(self, stream: str, file: Path) -> None:
        super().__init__(stream)
        self.file = file
        self.problems: list[Problem] = []

    def _problem(self, code: str, node: Node, **args: Any) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.file, code, args, line=mark.line + 1, column=mark.column + 1))

    def construct_mapping(self, node: Node, deep: bool = False) -> dict[str, Any]:
        if not isinstance(node, MappingNode):
            raise yaml.constructor.ConstructorError(None, None, "expected a mapping", node.start_mark)
        mapping: dict[str, Any] = {}
        first_seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self._problem("Y009", key_node)
                continue
            key = key_node.value
            if key in mapping:
                self._problem("Y002", key_node, key=key, first_line=first_seen[key])
                continue
            first_seen[key] = key_node.start_mark.line + 1
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_yaml_timestamp(self, node: Node) -> str:
        return str(node.value)


_SpecLoader.add_constructor("tag:yaml.org,2002:timestamp", _SpecLoader.construct_yaml_timestamp)


@dataclass
class Document:
    """A parsed spec file: its data, its text, and positions on demand."""

    file: Path
    text: str
    data: dict[str, Any]
    _root: Node | None = field(default=None, repr=False)

    def locate(self, path: YamlPath, *, key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the value at ``path``.

        With ``key=True`` the position of the mapping key itself (for an
        unknown key). A path that does not exist (a missing key) resolves to
        the deepest node that does: the mapping the key is missing from.
        """
        if self._root is None:
            self._root = yaml.compose(self.text, Loader=_Loader)
        node = self._root
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
    loader = _SpecLoader(text, file)
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        return None, [_yaml_error(file, exc, text)]
    except yaml.YAMLError as exc:
        return None, [Problem(file, "Y001", {"detail": str(exc)})]
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        kind = "list" if isinstance(data, list) else type(data).__name__
        return None, [Problem(file, "Y006", {"kind": kind}, line=1, column=1)]
    if "*" in text and _expanded_size(data) > MAX_EXPANDED_NODES:
        return None, [Problem(file, "Y007", {"limit": MAX_EXPANDED_NODES}, line=1, column=1)]
    return Document(file, text, data), sorted(loader.problems, key=Problem.sort_key)


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
