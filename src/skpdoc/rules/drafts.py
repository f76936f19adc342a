"""What a spec still leaves to fill, and what it only proposes: one warning each per file.

A spec written by ``skpdoc new``, ``init`` or an import is valid at once, but
not final: values written ``"[ISI: …]"`` are still to be filled, and the
paths listed in ``belum_dikonfirmasi`` hold proposals an officer must check
(:mod:`skpdoc.placeholders`). A file gets one R190 listing the fields to fill
(at the first of them) and one R191 listing the proposals with their values
(at ``belum_dikonfirmasi``), never one warning per field: a freshly imported
OPD of 200 people should read as 200 lines, not 4,000. Both are warnings, so
``validate`` passes and ``--strict`` fails. An entry of ``belum_dikonfirmasi``
that names no value of the file is its own warning (R192) at that entry.

R190 and R192 need only the file (they are cached with it); R191 also shows
the names of the people a proposed NIP refers to, so it is made where the
whole workspace is known (:func:`unconfirmed`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from skpdoc import placeholders
from skpdoc.errors import ItemNames, Problem, Severity, YamlPath
from skpdoc.placeholders import UNCONFIRMED
from skpdoc.spec import Document

#: Paths listed in full in a message; the rest are counted (the YAML is where to read them all).
SHOWN = 6
#: A proposed value is shown up to this many characters.
VALUE_LIMIT = 60


@dataclass(frozen=True)
class Listed:
    """Items of a message, the first :data:`SHOWN` in full and the rest counted, worded per language."""

    items: tuple[str, ...]

    def render(self, lang: str) -> str:
        shown = "; ".join(self.items[:SHOWN])
        rest = len(self.items) - SHOWN
        if rest <= 0:
            return shown
        from skpdoc.messages.labels import label

        return label("list.more", lang, shown=shown, rest=rest)


def check(doc: Document, kind: str) -> list[Problem]:
    """R190 for the fields still to fill and R192 for each entry of belum_dikonfirmasi that names nothing."""
    problems: list[Problem] = []
    found = [path for path in placeholders.placeholders(doc.data) if not (kind == "skpdoc" and path == ("tahun",))]
    if found:
        problems.append(
            doc.problem(
                "R190",
                found[0],
                severity=Severity.WARNING,
                count=len(found),
                fields=Listed(tuple(map(ItemNames(doc.data).path, found))),  # as people read them: by id, from 1
            )
        )
    for index, entry in _entries(doc.data):
        if _resolve(doc.data, entry) is None:
            value = entry if isinstance(entry, str) else str(entry)
            problems.append(doc.problem("R192", (UNCONFIRMED, index), severity=Severity.WARNING, value=_short(value)))
    return problems


def unconfirmed(doc: Document, names: Mapping[str, str]) -> Problem | None:
    """R191 listing the proposals of ``doc`` with their values; ``names`` gives a person's name by NIP."""
    items: list[str] = []
    for _, entry in _entries(doc.data):
        path = _resolve(doc.data, entry)
        if path is not None:
            items.append(f"{placeholders.path_text(path)} = {_describe(placeholders.value_at(doc.data, path), names)}")
    if not items:
        return None
    unique = tuple(dict.fromkeys(items))
    return doc.problem(
        "R191", (UNCONFIRMED,), at_key=True, severity=Severity.WARNING, count=len(unique), items=Listed(unique)
    )


def proposed(data: Any) -> list[YamlPath]:
    """The paths of ``belum_dikonfirmasi`` that name a value of ``data`` (what the forms mark KONSEP for)."""
    return [path for _, entry in _entries(data) if (path := _resolve(data, entry)) is not None]


def _entries(data: Any) -> Iterator[tuple[int, Any]]:
    listed = data.get(UNCONFIRMED) if isinstance(data, dict) else None
    if isinstance(listed, list):
        yield from enumerate(listed)


def _resolve(data: Any, entry: Any) -> YamlPath | None:
    """The path ``entry`` names, when it is a path to a value of ``data`` (not the list itself)."""
    path = placeholders.parse_path(entry) if isinstance(entry, str) else ()
    if not path or path[0] == UNCONFIRMED:
        return None
    try:
        placeholders.value_at(data, path)
    except LookupError:
        return None
    return path


def _describe(value: Any, names: Mapping[str, str]) -> str:
    """A proposed value on one line: a NIP with its owner's name, an official by name and NIP."""
    if isinstance(value, str) and value in names:
        return f"{value} ({_short(names[value])})"
    if isinstance(value, dict):
        nama, nip = value.get("nama"), value.get("nip")
        label = ", ".join(str(v) for v in (nama, nip) if isinstance(v, str))
        return _short(label or "{…}")
    if isinstance(value, list):
        return _short(", ".join(str(v) for v in value) or "[]")
    return _short(str(value))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= VALUE_LIMIT else text[: VALUE_LIMIT - 1] + "…"
