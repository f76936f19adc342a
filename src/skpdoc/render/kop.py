"""The kop surat (letterhead) and the Garuda lambang of the forms, set once for a workspace.

``skpdoc.yaml`` holds them for every form; an OPD's ``opd.yaml`` may hold its
own ``kop:``, whose ``baris`` and ``logo`` each replace the workspace's (an
OPD gives its own address and keeps the kabupaten's logo). In a line of the
kop, ``{opd}`` is the OPD's name as the forms print it (upper case). Image
paths are relative to the workspace folder in both files.

Every form's context gets both (:class:`Kop`, a :class:`~skpdoc.render.gambar.Gambar`
or None); the built-in templates print the kop on the SKP, Lampiran, Evaluasi
and Rekap Predikat, and the lambang on the Dokumen Evaluasi. The images were
checked when the workspace was loaded (:mod:`skpdoc.rules.gambar`), and a
build or render refuses a workspace whose skpdoc.yaml has an error, so one
that cannot be read here (it changed in between) is left out.

The view model has only the workspace's folder, so the two files are read
here again (small, and cached while unchanged), as are the images.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from skpdoc import spec
from skpdoc.errors import Severity
from skpdoc.render.gambar import Gambar, gambar
from skpdoc.rules.gambar import Refused, read_image
from skpdoc.workspace import CONFIG_NAME, OPD_NAME

#: The logo beside the kop lines: about 2 cm high, at most 3 cm wide (its column is 3.2 cm).
LOGO_TINGGI_MM, LOGO_LEBAR_MM = 20.0, 30.0
#: The Garuda at the top of the Dokumen Evaluasi: about 2.5 cm high.
LAMBANG_TINGGI_MM, LAMBANG_LEBAR_MM = 25.0, 40.0


@dataclass(frozen=True)
class BarisKop:
    """One line of the kop."""

    teks: str
    utama: bool  # written all in capitals (instansi, OPD): printed large and bold; else small (address, phone)


@dataclass(frozen=True)
class Kop:
    """The letterhead: the logo (or None) and the lines; false, and not printed, without lines."""

    logo: Gambar | None = None
    baris: tuple[BarisKop, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.baris)  # a logo alone is no letterhead (and the template's lines cell needs a line)


def kop(root: Path, slug: str, nama_opd: str) -> Kop:
    """The kop of the forms of OPD ``slug`` (named ``nama_opd``) in the workspace at ``root``."""
    own = _mapping(_data(root / slug / OPD_NAME).get("kop"))
    given = {**_mapping(_data(root / CONFIG_NAME).get("kop")), **own}
    lines = given.get("baris")
    baris = tuple(
        _baris(line.replace("{opd}", nama_opd.upper())) for line in (lines if isinstance(lines, list) else [])
    )
    logo = given.get("logo")
    image = _image(root, logo, "logo", LOGO_TINGGI_MM, LOGO_LEBAR_MM) if isinstance(logo, str) else None
    return Kop(image, baris)


def lambang(root: Path) -> Gambar | None:
    """The Garuda of the workspace at ``root``, if it sets one."""
    value = _data(root / CONFIG_NAME).get("lambang")
    return _image(root, value, "lambang", LAMBANG_TINGGI_MM, LAMBANG_LEBAR_MM) if isinstance(value, str) else None


def _baris(text: str) -> BarisKop:
    return BarisKop(text, any(c.isalpha() for c in text) and text == text.upper())


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _data(path: Path) -> dict[str, Any]:
    try:
        stat = os.stat(path)
    except OSError:
        return {}
    return _read(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=256)
def _read(path: Path, mtime_ns: int, size: int) -> dict[str, Any]:
    doc, problems = spec.load(path)
    if doc is None or any(p.severity is Severity.ERROR for p in problems):
        return {}
    return doc.data


def _image(root: Path, value: str, nama: str, tinggi: float, lebar: float) -> Gambar | None:
    try:
        stat = os.stat(root / value)
    except (OSError, ValueError):
        return None
    return _load_image(root, value, stat.st_mtime_ns, stat.st_size, stat.st_ino, nama, tinggi, lebar)


@lru_cache(maxsize=16)
def _load_image(
    root: Path, value: str, mtime_ns: int, size: int, inode: int, nama: str, tinggi: float, lebar: float
) -> Gambar | None:
    found = read_image(root, value)
    if isinstance(found, Refused):
        return None
    return gambar(nama, found, tinggi_mm=tinggi, lebar_maks_mm=lebar)
