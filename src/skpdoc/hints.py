"""Message arguments worded per language: "did you mean ...?", JSON type names, causes kept as codes.

:func:`skpdoc.messages.message` renders any argument with a ``render(lang)``
method, so a problem keeps its hint until it is printed in Indonesian or English.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from skpdoc.messages import message
from skpdoc.messages.labels import LABELS, label

if TYPE_CHECKING:
    from skpdoc.errors import SkpdocError


class Phrase(str):
    """A message of the catalogue kept as its code and arguments, worded in the reader's language when printed.

    It is a ``str``, the Indonesian text (the default language), so it stands
    wherever a cause has always been text (``ConvertReport.failed``,
    ``BuildReport.failed``) and reads right there in Indonesian; given as an
    argument of a message, or asked with :meth:`render`, it is worded in the
    language of the reader. Arguments may be phrases themselves (a cause
    inside "failed: ...").
    """

    code: str
    args: dict[str, Any]

    def __new__(cls, code: str, /, **args: Any) -> Phrase:
        self = super().__new__(cls, message(code, "id", "message", args))
        self.code, self.args = code, args
        return self

    def render(self, lang: str) -> str:
        return message(self.code, lang, "message", self.args)

    def __reduce__(self) -> tuple[Any, ...]:  # rebuilt from its code, not from the Indonesian text
        return (_phrase, (self.code, self.args))


def _phrase(code: str, args: dict[str, Any]) -> Phrase:
    return Phrase(code, **args)


class ErrorText(str):
    """An error as the text of a cause (a form that failed to render): :class:`Phrase`'s behaviour for an error."""

    error: SkpdocError

    def __new__(cls, error: SkpdocError) -> ErrorText:
        self = super().__new__(cls, error.format("id"))
        self.error = error
        return self

    def render(self, lang: str) -> str:
        return self.error.format(lang)

    def __reduce__(self) -> tuple[Any, ...]:
        return (ErrorText, (self.error,))


@dataclass(frozen=True)
class TypeName:
    """JSON types, named for a reader: ``("string", "object")`` → "teks atau mapping"."""

    types: tuple[str, ...]

    def render(self, lang: str) -> str:
        names = [label(f"hint.type.{t}", lang) if f"hint.type.{t}" in LABELS else t for t in self.types]
        return label("hint.or", lang).join(names)


@dataclass(frozen=True)
class Suggest:
    """A hint that depends on the language: "did you mean ...?" and friends (worded in :mod:`skpdoc.messages.labels`)."""

    word: str = ""
    choices: tuple[str, ...] = ()
    kind: str = "choice"

    @classmethod
    def quote_nip(cls, nip: str) -> Suggest:
        return cls(nip, kind="quote")

    @classmethod
    def fill_in(cls) -> Suggest:
        return cls(kind="fill")

    @classmethod
    def among(cls, word: object, choices: tuple[object, ...] | list[object] | list[str]) -> Suggest:
        # Data may be of any shape when the schema has already failed; suggest among the text values.
        return cls(str(word), tuple(c for c in choices if isinstance(c, str)))

    def render(self, lang: str) -> str:
        if self.kind == "quote":
            return label("hint.quote", lang, word=self.word)
        if self.kind == "fill":
            return label("hint.fill", lang)
        if self.kind == "predikat":
            return label("hint.predikat", lang, word=self.word, choices=", ".join(self.choices))
        if self.kind == "decimal":
            return label("hint.decimal", lang, fixed=self.word.replace(",", "."))
        if self.kind == "unit":
            number, _, unit = self.word.partition(" ")
            return label("hint.unit", lang, number=number, unit=unit)
        # A choice that differs only in case is the one meant (`III/C` is `III/c`, not the closer-looking `III/d`).
        same = [c for c in self.choices if c.casefold() == self.word.casefold()]
        close = same or difflib.get_close_matches(self.word, self.choices, n=1, cutoff=0.6)
        if close:
            return label("hint.close", lang, choice=close[0])
        if not self.choices:
            return ""
        shown = ", ".join(self.choices[:12]) + (", ..." if len(self.choices) > 12 else "")
        return label("hint.allowed", lang, choices=shown)


def require_known(subject: str, values: Iterable[str], choices: Iterable[str]) -> None:
    """Refuse (usage error S004, with "did you mean ...?") the first of ``values`` that is not among ``choices``.

    ``subject`` names the option: ``--opd``, ``--form``, ``--periode``.
    """
    from skpdoc.errors import UsageError

    known = list(choices)
    for value in values:
        if value not in known:
            raise UsageError(code="S004", subject=subject, value=value, suggestion=Suggest.among(value, known))
