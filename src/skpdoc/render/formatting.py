"""Print-ready values: Indonesian dates, grouped NIPs, pangkat, numbers with units.

A value still to fill (a placeholder) goes through every function here as
its own text, so that composed lines keep it ("Sekayu, [ISI: tanggal]"); the
view model then prints each as a blank line (:func:`skpdoc.placeholders.blank`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, TypeVar

from skpdoc import placeholders
from skpdoc.model import Pejabat, Tanggal

T = TypeVar("T")

BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def tanggal(day: Tanggal) -> str:
    """``2024-12-31`` → ``31 Desember 2024``; a date still to fill stays its placeholder."""
    if not isinstance(day, dt.date):
        return day
    return f"{day.day} {BULAN[day.month - 1]} {day.year}"


def tempat_tanggal(tempat: str, day: Tanggal) -> str:
    """``Sekayu, 31 Desember 2024``."""
    return f"{tempat}, {tanggal(day)}"


def is_pppk(value: str | None, status: str | None = None) -> bool:
    """Whether ``value`` is a NI PPPK: the spec says so (``status``), or, for an official given inline (no
    status), its digits do. Where a NIP has its TMT month (digits 13–14, 01–12), a NI PPPK has a two-digit
    code ("21"; "24" for PPPK paruh waktu): a number above 12 there is no NIP."""
    if status is not None:
        return status == "pppk"
    return value is not None and len(value) == 18 and value.isdigit() and int(value[12:14]) > 12


def nip(value: str | None, status: str | None = None) -> str:
    """``198501012010011001`` → ``19850101 201001 1 001``; a NI PPPK ``199411272021211001`` →
    ``19941127 2021 21 1 001``.

    A NIP prints in its parts 8-6-1-3 (birth date, TMT CPNS, gender, sequence), as it is commonly written.
    A NI PPPK has other parts (reference §7): birth date 8, year of first appointment 4, code 2, gender 1,
    sequence 3; it prints in those, so that nobody reads its year and code as a TMT. ``status`` is the
    spec's (``pns``/``pppk``); without it (an official given inline) :func:`is_pppk` reads the digits.
    """
    if not value:
        return ""
    if len(value) != 18:
        return value
    if is_pppk(value, status):
        return f"{value[:8]} {value[8:12]} {value[12:14]} {value[14]} {value[15:]}"
    return f"{value[:8]} {value[8:14]} {value[14]} {value[15:]}"


def label_nip(value: str | None, status: str | None = None) -> str:
    """The identifier's name on a form: ``NI PPPK`` for a PPPK, else ``NIP``."""
    return "NI PPPK" if is_pppk(value, status) else "NIP"


def pangkat(pejabat: Pejabat) -> str:
    """``Penata Muda, III/a``; a PPPK (no pangkat) prints its golongan alone."""
    if pejabat.pangkat and pejabat.golongan:
        return f"{pejabat.pangkat}, {pejabat.golongan}"
    return pejabat.golongan or pejabat.pangkat or ""


def angka(value: float | int) -> str:
    """Indonesian number: ``3.5`` → ``3,5``, ``1250`` → ``1.250``, ``12.0`` → ``12``."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    whole, _, frac = f"{value:,.4f}".rstrip("0").partition(".")
    return whole.replace(",", ".") + ("," + frac if frac else "")


def dengan_satuan(value: float | int | str, satuan: str | None) -> str:
    """``12, Dokumen`` → ``12 Dokumen``; ``100, %`` → ``100%``; text stays as it is."""
    if isinstance(value, str):  # a realisasi written as text, or a value still to fill
        return value
    number = angka(value)
    if not satuan:
        return number
    return f"{number}{satuan}" if satuan == "%" else f"{number} {satuan}"


def short(value: object, limit: int = 48) -> str:
    """``value`` on one line, cut to ``limit`` characters with "…": for bookmarks and one-line summaries."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def blanked(value: T) -> tuple[T, int]:
    """``value`` (a view model: dataclasses, tuples, texts) with every placeholder printed as a blank line.

    Returns the new value and how many placeholders it printed, so that the
    form knows it is a draft (KONSEP). Texts without a placeholder are kept
    as they are, and so is every object holding none.
    """
    found = 0

    def walk(item: Any) -> Any:
        nonlocal found
        if isinstance(item, str):
            text, count = placeholders.blank(item)
            found += count
            return text if count else item
        if isinstance(item, tuple):
            new = tuple(walk(x) for x in item)
            return item if all(a is b for a, b in zip(new, item, strict=True)) else new
        if dataclasses.is_dataclass(item) and not isinstance(item, type):
            changes = {f.name: walk(getattr(item, f.name)) for f in dataclasses.fields(item)}
            kept = all(changes[name] is getattr(item, name) for name in changes)
            return item if kept else dataclasses.replace(item, **changes)
        return item

    result = walk(value)
    return result, found


def shows_blank(value: object) -> bool:
    """Whether a view model already :func:`blanked` prints a blank line somewhere (a part of a form, say)."""
    if isinstance(value, str):
        return placeholders.BLANK in value
    if isinstance(value, tuple):
        return any(shows_blank(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return any(shows_blank(getattr(value, f.name)) for f in dataclasses.fields(value))
    return False
