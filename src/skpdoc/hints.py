"""Message arguments worded per language: "did you mean ...?", JSON type names.

:func:`skpdoc.messages.message` renders any argument with a ``render(lang)``
method, so a problem keeps its hint until it is printed in Indonesian or English.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

_TYPE_NAMES = {
    "id": {
        "string": "teks",
        "number": "angka",
        "integer": "bilangan bulat",
        "boolean": "ya/tidak",
        "array": "daftar",
        "object": "mapping (kunci: nilai)",
        "null": "kosong",
    },
    "en": {
        "string": "text",
        "number": "a number",
        "integer": "a whole number",
        "boolean": "true/false",
        "array": "a list",
        "object": "a mapping (key: value)",
        "null": "empty",
    },
}


@dataclass(frozen=True)
class TypeName:
    """JSON types, named for a reader: ``("string", "object")`` → "teks atau mapping"."""

    types: tuple[str, ...]

    def render(self, lang: str) -> str:
        names = [_TYPE_NAMES[lang].get(t, t) for t in self.types]
        return (" atau " if lang == "id" else " or ").join(names)


@dataclass(frozen=True)
class Suggest:
    """A hint that depends on the language: "did you mean ...?" and friends."""

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
        en = lang == "en"
        if self.kind == "quote":
            return f'write it in quotes: "{self.word}"' if en else f'tulis dalam tanda kutip: "{self.word}"'
        if self.kind == "fill":
            return "fill in a value or remove the key" if en else "isi nilainya atau hapus kuncinya"
        if self.kind == "predikat":
            shown = ", ".join(self.choices)
            if en:
                return f"'{self.word}' is a predikat, not a rating (the predikat follows from both ratings); a rating is one of: {shown}"
            return f"'{self.word}' adalah predikat, bukan rating (predikat dihitung dari kedua rating); rating: {shown}"
        if self.kind == "decimal":
            fixed = self.word.replace(",", ".")
            return f"write decimals with a point: {fixed}" if en else f"tulis desimal dengan titik: {fixed}"
        if self.kind == "unit":
            number, _, unit = self.word.partition(" ")
            if en:
                return f"give the number alone in `target: {number}` and the unit in `satuan: {unit}`"
            return f"tulis angkanya saja di `target: {number}` dan satuannya di `satuan: {unit}`"
        # A choice that differs only in case is the one meant (`III/C` is `III/c`, not the closer-looking `III/d`).
        same = [c for c in self.choices if c.casefold() == self.word.casefold()]
        close = same or difflib.get_close_matches(self.word, self.choices, n=1, cutoff=0.6)
        if close:
            return f"did you mean '{close[0]}'?" if en else f"maksud Anda '{close[0]}'?"
        if not self.choices:
            return ""
        shown = ", ".join(self.choices[:12]) + (", ..." if len(self.choices) > 12 else "")
        return f"allowed: {shown}" if en else f"yang diizinkan: {shown}"


def require_known(subject: str, values: Iterable[str], choices: Iterable[str]) -> None:
    """Refuse (usage error S004, with "did you mean ...?") the first of ``values`` that is not among ``choices``.

    ``subject`` names the option: ``--opd``, ``--form``, ``--periode``.
    """
    from skpdoc.errors import UsageError

    known = list(choices)
    for value in values:
        if value not in known:
            raise UsageError(code="S004", subject=subject, value=value, suggestion=Suggest.among(value, known))
