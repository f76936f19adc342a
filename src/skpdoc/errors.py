"""Errors and located problems.

Two kinds of failure exist. A *problem* is something wrong in a user's data
(a spec, a template): it has a place, a code and a message, and validation
collects all of them before reporting. An *error* (:class:`SkpdocError`) stops
an operation; the CLI catches the root class once and prints it without a
traceback.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from skpdoc.messages import message
from skpdoc.textsafe import visible

#: A path into a YAML document: mapping keys and sequence indices.
YamlPath = tuple[str | int, ...]


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"


def format_yaml_path(path: YamlPath) -> str:
    """``("hasil_kerja", "utama", 0, "id")`` → ``hasil_kerja.utama[0].id``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


@dataclass(frozen=True)
class Problem:
    """One located finding in a user's file.

    ``line`` and ``column`` are 1-based; 0 means "unknown" (the whole file).
    The message is kept as a code plus arguments so it can be printed in
    Indonesian or English.
    """

    file: Path
    code: str
    args: dict[str, Any] = field(default_factory=dict)
    path: YamlPath = ()
    line: int = 0
    column: int = 0
    severity: Severity = Severity.ERROR

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
        label = "" if self.severity is Severity.ERROR else ("peringatan " if lang == "id" else "warning ")
        head = f"{self.location()}: {label}{self.code}"
        where = format_yaml_path(self.path)
        text = f"{head} {where + ': ' if where else ''}{self.message(lang)}"
        hint = self.hint(lang) if show_hint else ""
        return visible(f"{text}\n    {hint}" if hint else text)

    def as_json(self, lang: str = "id") -> dict[str, Any]:
        return {
            "file": str(self.file),
            "line": self.line,
            "column": self.column,
            "path": format_yaml_path(self.path),
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
