"""Print-ready values: Indonesian dates, grouped NIPs, pangkat, numbers with units."""

from __future__ import annotations

import datetime as dt

from skpdoc.model import Pejabat

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


def tanggal(day: dt.date) -> str:
    """``2024-12-31`` → ``31 Desember 2024``."""
    return f"{day.day} {BULAN[day.month - 1]} {day.year}"


def tempat_tanggal(tempat: str, day: dt.date) -> str:
    """``Sekayu, 31 Desember 2024``."""
    return f"{tempat}, {tanggal(day)}"


def nip(value: str | None) -> str:
    """``198501012010011001`` → ``19850101 201001 1 001``.

    The 8-6-1-3 grouping (birth date, TMT, gender, sequence) is the usual
    printed form of a NIP. NI PPPK are printed the same way: their last four
    fields (year 4 + code 2) fill the same six places, and forms in use do not
    group them differently.
    """
    if not value:
        return ""
    if len(value) != 18:
        return value
    return f"{value[:8]} {value[8:14]} {value[14]} {value[15:]}"


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
    if isinstance(value, str):
        return value
    number = angka(value)
    if not satuan:
        return number
    return f"{number}{satuan}" if satuan == "%" else f"{number} {satuan}"


def short(value: object, limit: int = 48) -> str:
    """``value`` on one line, cut to ``limit`` characters with "…": for bookmarks and one-line summaries."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
