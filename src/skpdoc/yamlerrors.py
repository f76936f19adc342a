"""libyaml's syntax errors, said in the reader's language and placed where the mistake most likely is.

libyaml reports where it gave up, which is often lines after the mistake: an
unclosed quote is reported at the end of the file, an unclosed bracket on the
next line. Each common problem is recognised by libyaml's own words and
placed at the mark that points at the mistake (the opening quote or bracket,
the line whose indentation is off). The original English text is kept in the
problem's arguments (``original``) for ``--format json``.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

#: kind -> lang -> (what is wrong, how to fix it).
_TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "quote": {
        "id": (
            "tanda kutip {char} yang dibuka di sini tidak pernah ditutup",
            "tutup tanda kutip di akhir nilai ini; jika nilainya memuat {char}, tulis dua kali ({char}{char}) atau pakai jenis kutip yang lain",
        ),
        "en": (
            "the quote {char} opened here is never closed",
            "close the quote at the end of this value; if the value holds {char}, double it ({char}{char}) or use the other kind of quote",
        ),
    },
    "bracket": {
        "id": (
            "kurung {char} yang dibuka di sini tidak ditutup",
            "tutup dengan {close} di baris yang sama, dan pisahkan isinya dengan koma",
        ),
        "en": (
            "the bracket {char} opened here is not closed",
            "close it with {close} on the same line, and separate its items with commas",
        ),
    },
    "indent": {
        "id": (
            "indentasi baris ini tidak sesuai dengan baris di atasnya",
            "samakan jumlah spasi di awal baris dengan kunci lain pada tingkat yang sama (butir daftar diawali '- ')",
        ),
        "en": (
            "the indentation of this line does not match the lines above it",
            "use the same number of leading spaces as the other keys at its level (list items start with '- ')",
        ),
    },
    "colon": {
        "id": (
            "tanda titik dua (:) tidak boleh di sini",
            "jika nilainya memuat ': ', tulis seluruh nilai dalam tanda kutip; jika tidak, periksa indentasi baris ini",
        ),
        "en": (
            "a colon (:) is not allowed here",
            "if the value holds ': ', put the whole value in quotes; otherwise check this line's indentation",
        ),
    },
    "no-colon": {
        "id": (
            "baris ini tidak berbentuk 'kunci: nilai'",
            "tambahkan ': ' setelah kunci; jika ini sambungan teks baris sebelumnya, tulis teksnya dalam tanda kutip",
        ),
        "en": (
            "this line is not of the form 'key: value'",
            "add ': ' after the key; if it continues the text of the line before, put that text in quotes",
        ),
    },
    "start": {
        "id": ("karakter {char} tidak boleh mengawali nilai", "tulis nilainya dalam tanda kutip"),
        "en": ("the character {char} cannot start a value", "put the value in quotes"),
    },
    "other": {
        "id": ("{original}", "periksa indentasi dan tanda titik dua di baris ini atau sebelumnya"),
        "en": ("{original}", "check the indentation and colons on this line or the one before"),
    },
}


@dataclass(frozen=True)
class Trouble:
    """One YAML syntax problem, worded when printed; ``advice`` gives its hint instead of its message."""

    kind: str
    original: str
    char: str = ""
    advice: bool = False

    def render(self, lang: str) -> str:
        text = _TEXTS[self.kind][lang][1 if self.advice else 0]
        close = {"[": "]", "{": "}"}.get(self.char, "")
        return text.format(char=f"'{self.char}'" if self.char else "", close=f"'{close}'", original=self.original)


def unplaced(original: str) -> dict[str, object]:
    """The arguments of a Y001 problem libyaml gave no place for, kept in its own words."""
    trouble = Trouble("other", original)
    return {"detail": trouble, "advice": Trouble("other", original, advice=True), "original": original}


def describe(exc: yaml.MarkedYAMLError, text: str) -> tuple[Trouble, yaml.Mark | None]:
    """What went wrong, in words a reader can act on, and the mark where the mistake most likely is."""
    context, problem = exc.context or "", exc.problem or ""
    original = " ".join(filter(None, [context, problem]))
    if exc.context_mark and exc.problem_mark and exc.context_mark.line != exc.problem_mark.line:
        original += f" (line {exc.context_mark.line + 1})"
    at_context = exc.context_mark or exc.problem_mark
    opened = _open_quote(text, exc.problem_mark.line if exc.problem_mark else len(text.splitlines()))
    if opened is not None:  # a quote left open swallows the lines after it: libyaml stops lines later
        line, column = opened
        opening = yaml.Mark("", 0, line, column, "", 0)
        return Trouble("quote", original, _char(text, opening)), opening
    if "quoted scalar" in context and exc.context_mark:
        return Trouble("quote", original, _char(text, exc.context_mark)), exc.context_mark
    if "flow sequence" in context or "flow mapping" in context:
        return Trouble("bracket", original, _char(text, at_context)), at_context
    if "expected key" in problem or "'-' indicator" in problem:
        mark = exc.problem_mark
        if mark is not None and _line(text, mark)[: mark.column].strip():
            return Trouble("other", original), mark  # text after a value on the same line, not indentation
        return Trouble("indent", original), mark
    if "mapping values are not allowed" in problem:
        return Trouble("colon", original), exc.problem_mark
    if "could not find expected ':'" in problem:
        return Trouble("no-colon", original), at_context
    if "cannot start any token" in problem:
        return Trouble("start", original, _char(text, exc.problem_mark)), exc.problem_mark
    if "an alias" in context or "an anchor" in context or "undefined alias" in problem:
        return Trouble("start", original, "*" if "alias" in original else "&"), at_context
    return Trouble("other", original), exc.problem_mark or exc.context_mark


def _open_quote(text: str, last: int) -> tuple[int, int] | None:
    """(line, column) of the first quoted value opened and not closed on its line, up to line ``last``.

    A spec's values fit on one line; a value whose quote is not closed on it,
    and whose next line is not indented further (as a deliberate continuation
    would be), is the likeliest mistake, wherever libyaml noticed it.
    """
    lines = text.splitlines()
    for number, line in enumerate(lines[: last + 1]):
        body = line.lstrip()
        if body.startswith("#"):
            continue
        body = body[2:] if body.startswith("- ") else body
        _key, sep, value = body.partition(": ")
        value = value.strip() if sep else ""
        if value[:1] not in ("'", '"') or (value.endswith(value[0]) and len(value) > 1):
            continue
        rest = value[1:].replace("\\\\", "").replace('\\"', "") if value[0] == '"' else value[1:].replace("''", "")
        following = next((ln for ln in lines[number + 1 :] if ln.strip()), "")
        continued = _indent(following) > _indent(line)
        if value[0] not in rest and not continued:
            return number, line.index(value)
    return None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _line(text: str, mark: yaml.Mark) -> str:
    lines = text.splitlines()
    return lines[mark.line] if mark.line < len(lines) else ""


def _char(text: str, mark: yaml.Mark | None) -> str:
    if mark is None:
        return ""
    line = _line(text, mark)
    return line[mark.column] if mark.column < len(line) else ""
