"""Errors and located problems.

Two kinds of failure exist. A *problem* is something wrong in a user's data
(a spec, a template): it has a place, a code and a message, and validation
collects all of them before reporting. An *error* (:class:`SkpdocError`) stops
an operation; the CLI catches the root class once and prints it without a
traceback.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from skpdoc.messages import labels, message
from skpdoc.textsafe import visible

#: A path into a YAML document: mapping keys and sequence indices.
YamlPath = tuple[str | int, ...]


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"


def format_yaml_path(path: YamlPath) -> str:
    """``("hasil_kerja", "utama", 0, "id")`` → ``hasil_kerja.utama[0].id``: the machine form, counted from 0.

    What tools read (``validate --format json``'s ``path``, ``belum_dikonfirmasi``); people read :func:`shown_path`.
    """
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


#: An id that can name its list item in a path: the schema's id, not all digits (``[2]`` is the second item).
_NAMING_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
_NO_DATA = object()


class ItemNames:
    """Names list items in the paths of one document's problems, by id or counted from 1 (see :func:`shown_path`).

    Each list's ids are looked at once, however many problems pass through it.
    """

    def __init__(self, data: Any = _NO_DATA) -> None:
        self.data = data
        self._lists: dict[int, dict[int, str]] = {}  # id() of a list of the data → its items named by id

    def name(self, problem: Problem) -> Problem:
        """``problem`` (of this document) with :attr:`Problem.where` set when its path goes through a list."""
        if not any(isinstance(part, int) for part in problem.path):
            return problem  # nothing to name: the machine path reads the same
        return dataclasses.replace(problem, where=self.path(problem.path))

    def path(self, path: YamlPath) -> str:
        """``path`` as the reader finds it in the file."""
        node = self.data if self.data is not _NO_DATA else None
        last = len(path) - 1
        out = ""
        for position, part in enumerate(path):
            if not isinstance(part, int):
                out += ("." if out else "") + part
                node = node.get(part) if isinstance(node, dict) else None
                continue
            label = None
            if isinstance(node, list) and 0 <= part < len(node):
                # An item whose own id is what the problem is about (``…[i].id``: a duplicate, a bad or empty
                # id) keeps its number: the path must not lean on the value it reports.
                if not (position == last - 1 and path[last] == "id"):
                    label = self._named(node).get(part)
                node = node[part]
            else:
                node = None
            out += f"[{label or part + 1}]"
        return out

    def _named(self, items: list[Any]) -> dict[int, str]:
        """The items of ``items`` that their id names alone in the list: index → id."""
        named = self._lists.get(id(items))
        if named is None:
            first: dict[str, int] = {}
            twice: set[str] = set()
            for index, item in enumerate(items):
                ident = item.get("id") if isinstance(item, dict) else None
                if isinstance(ident, str) and ident in first:
                    twice.add(ident)
                elif isinstance(ident, str):
                    first[ident] = index
            named = {i: ident for ident, i in first.items() if ident not in twice and _names_item(ident)}
            self._lists[id(items)] = named
        return named


def _names_item(ident: str) -> bool:
    return not ident.isdigit() and _NAMING_ID.fullmatch(ident) is not None


def shown_path(path: YamlPath, data: Any = _NO_DATA) -> str:
    """A path as people read it: a list item by its ``id`` when ``data`` (the document) gives it one of its own.

    ``("hasil_kerja", "utama", 0, "indikator", 1, "target")`` → ``hasil_kerja.utama[rhk-1].indikator[rhk-1.2].target``.
    An item is named by its id when it is a mapping whose ``id`` is a well-formed id, not all digits, and unique
    in its list; any other item (and every item without ``data``) is counted from 1, as the forms number them:
    ``lampiran.konsekuensi[2]`` is the second. Mapping keys (the evaluation's ``rhk-1.1``) are written as they are.
    """
    return ItemNames(data).path(path)


def name_items(problems: Iterable[Problem], data: Any) -> list[Problem]:
    """``problems`` of the document ``data``, each whose path goes through a list with its :attr:`Problem.where` set.

    Only the problems are walked (a workspace has few), so this costs nothing on a valid one.
    """
    names = ItemNames(data)
    return [names.name(p) for p in problems]


@dataclass(frozen=True)
class Problem:
    """One located finding in a user's file.

    ``line`` and ``column`` are 1-based; 0 means "unknown" (the whole file).
    The message is kept as a code plus arguments so it can be printed in
    Indonesian or English. ``path`` is the machine path (indices from 0, to
    locate the value, for tools); ``where`` is that path as people read it,
    with list items named by id (set by :func:`name_items` where the file's
    data is at hand; otherwise :meth:`shown` counts them from 1).
    """

    file: Path
    code: str
    args: dict[str, Any] = field(default_factory=dict)
    path: YamlPath = ()
    line: int = 0
    column: int = 0
    severity: Severity = Severity.ERROR
    where: str = ""

    def shown(self) -> str:
        """The path as the text output prints it: :attr:`where`, else counted from 1."""
        return self.where or shown_path(self.path)

    def message(self, lang: str = "id") -> str:
        return message(self.code, lang, "message", self.args)

    def hint(self, lang: str = "id") -> str:
        return message(self.code, lang, "hint", self.args)

    def location(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}:{self.column}"
        return str(self.file)

    def format(self, lang: str = "id", *, show_hint: bool = True) -> str:
        """``file:line:column: CODE path: message`` and the hint, safe to print (quoted spec text made visible)."""
        label = "" if self.severity is Severity.ERROR else labels.label("problem.warning", lang) + " "
        head = f"{self.location()}: {label}{self.code}"
        where = self.shown()
        text = f"{head} {where + ': ' if where else ''}{self.message(lang)}"
        hint = self.hint(lang) if show_hint else ""
        return visible(f"{text}\n    {hint}" if hint else text)

    def as_json(self, lang: str = "id") -> dict[str, Any]:
        return {
            "file": str(self.file),
            "line": self.line,
            "column": self.column,
            "path": format_yaml_path(self.path),  # counted from 0, the version 1 contract
            "where": self.shown(),  # the path as the text output prints it (items by id or from 1)
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message(lang),
            "hint": self.hint(lang) or None,
            # The parser's own words, for tools and bug reports (the message is translated).
            **({"original": str(self.args["original"])} if "original" in self.args else {}),
        }

    def sort_key(self) -> tuple[str, int, int, str]:
        return (str(self.file), self.line, self.column, self.code)


class SkpdocError(Exception):
    """Root of every error skpdoc raises on purpose; the CLI prints it plainly."""

    exit_code = 1

    def __init__(self, text: str = "", *, hint: str = "", code: str = "", subject: str = "", **args: Any) -> None:
        self.text, self.hint, self.code, self.subject, self.params = text, hint, code, subject, args
        super().__init__(self.format())

    def format(self, lang: str = "id") -> str:
        """The message and hint, safe to print: a value or file name it quotes cannot drive the terminal."""
        text, hint = self.text, self.hint
        if self.code:
            text = message(self.code, lang, "message", self.params)
            hint = message(self.code, lang, "hint", self.params)
        if self.subject:
            text = f"{self.subject}: {text}"
        return visible(f"{text}\n    {hint}" if hint else text)


class UsageError(SkpdocError):
    """The call itself is wrong: a missing path, an unknown option value."""

    exit_code = 2


class InvalidSpecs(SkpdocError):
    """Raised by operations that need valid input and were given invalid specs."""

    def __init__(self, problems: list[Problem]) -> None:
        errors = [p for p in problems if p.severity is Severity.ERROR]
        super().__init__(code="E001", count=len(errors))
        self.problems = problems
