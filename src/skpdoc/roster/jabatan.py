"""What kind of jabatan a roster row describes: jenis jabatan, structural level, jenjang, golongan.

SIASN says "Jabatan Struktural" for JPT, administrator and pengawas alike;
the ESELON column tells them apart (II → JPT pratama, III → administrator,
IV → pengawas; reference §7), and without it the name of the jabatan does
("Kepala Seksi ..." is a pengawas). Everything here is a pure function of
the text, so the same roster always gives the same specs.
"""

from __future__ import annotations

import re

from skpdoc.reference import GOLONGAN_PPPK, JENIS_JABATAN, JENJANG

#: Structural levels, highest first: how heads are found (the highest at a unit heads it).
LEVEL: dict[str, int] = {
    "jpt-utama": 5,
    "jpt-madya": 4,
    "jpt-pratama": 3,
    "administrator": 2,
    "pengawas": 1,
}

_ESELON = re.compile(r"^(IV|V|I{1,3})\s*[./\- ]?\s*([AB])?$")
#: Eselon → jenis jabatan (reference §7: JPT madya ≈ I, pratama ≈ II, administrator ≈ III, pengawas ≈ IV;
#: eselon V was folded into the pelaksana).
_BY_ESELON = {"I": "jpt-madya", "II": "jpt-pratama", "III": "administrator", "IV": "pengawas", "V": "pelaksana"}

# Names of structural posts, checked in this order (the narrower name first: "Inspektur Pembantu" before
# "Inspektur", "Sekretaris Daerah" before "Sekretaris"). Abbreviations as rosters write them.
_BY_NAME: tuple[tuple[str, str], ...] = (
    (r"kepala (sub ?bagian|sub ?bidang|seksi|sub ?seksi|upt|uptd|unit)\b|kasi\b|kasub|lurah\b", "pengawas"),
    (r"sekretaris (kelurahan|lurah)\b", "pengawas"),
    (r"sekretaris (daerah|dprd|dewan)\b|staf ahli\b|asisten\b", "jpt-pratama"),
    (r"inspektur pembantu\b|irban\b", "administrator"),
    (r"kepala (dinas|badan|satuan polisi)\b|kadis\b|inspektur\b", "jpt-pratama"),
    (r"kepala (bidang|bagian|kantor)\b|kabid\b|kabag\b|sekretaris\b|camat\b|direktur\b", "administrator"),
)

_JENJANG_WORDS: tuple[tuple[str, str], ...] = (
    (r"\bahli utama\b", "ahli-utama"),
    (r"\bahli madya\b", "ahli-madya"),
    (r"\bahli muda\b", "ahli-muda"),
    (r"\bahli pertama\b", "ahli-pertama"),
    (r"\bpenyelia\b", "penyelia"),
    (r"\bmahir\b", "mahir"),
    (r"\bterampil\b", "terampil"),
    (r"\bpemula\b", "pemula"),
)
# Older names without "Ahli" ("Perencana Muda", "Analis Kepegawaian Pertama"): the keahlian jenjang.
_OLD_JENJANG: tuple[tuple[str, str], ...] = (
    (r"\butama$", "ahli-utama"),
    (r"\bmadya$", "ahli-madya"),
    (r"\bmuda$", "ahli-muda"),
    (r"\bpertama$", "ahli-pertama"),
)

_PNS_GOLONGAN = re.compile(r"\b(IV|III|II|I)\s*/\s*([A-E])\b", re.IGNORECASE)
# A roman numeral alone, or before " - <label>": never the start of a PNS golongan such as "III/z".
_PPPK_GOLONGAN = re.compile(r"^(" + "|".join(sorted(GOLONGAN_PPPK, key=len, reverse=True)) + r")(?![/\w])")


def eselon(value: str) -> tuple[int, str] | None:
    """``"II.a"``, ``"III/b"``, ``"IV a"`` → (2, "a") …; None for empty, "Non Eselon" and the like."""
    match = _ESELON.match(value.strip().upper())
    if match is None:
        return None
    roman = match.group(1)
    return ({"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}[roman], (match.group(2) or "b").lower())


def by_eselon(rank: tuple[int, str]) -> str:
    return _BY_ESELON[["I", "II", "III", "IV", "V"][rank[0] - 1]]


def structural_by_name(jabatan: str) -> str | None:
    """The level of a structural post from its name, or None when the name does not tell."""
    name = jabatan.lower()
    for pattern, jenis in _BY_NAME:
        if re.match(pattern, name):
            return jenis
    return None


def siasn_jenis(value: str) -> str | None:
    """SIASN's JENIS JABATAN → a jenis slug, "struktural" (level still to find), or None when unknown."""
    name = " ".join(value.lower().replace("_", " ").split())
    if not name:
        return None
    if "umum" in name or "pelaksana" in name:
        return "pelaksana"
    if "fungsional" in name:
        return "fungsional"
    if "struktural" in name:
        return "struktural"
    return simple_jenis(name)


def simple_jenis(value: str) -> str | None:
    """A jenis jabatan as skpdoc writes it (``jpt-pratama``), its label, or ``jpt``/``jft``/``jfu``; else None."""
    slug = "-".join(value.lower().replace("_", " ").split())
    labels = {"-".join(label.lower().split()): key for key, label in JENIS_JABATAN.items()}
    short = {
        "jpt": "jpt-pratama",
        "pimpinan-tinggi": "jpt-pratama",
        "jabatan-pimpinan-tinggi": "jpt-pratama",
        "jft": "fungsional",
        "fungsional-tertentu": "fungsional",
        "jfu": "pelaksana",
        "fungsional-umum": "pelaksana",
    }
    return slug if slug in JENIS_JABATAN else labels.get(slug) or short.get(slug)


def jenjang_of(jabatan: str) -> str | None:
    """The jenjang named in a fungsional jabatan, when exactly one is ("Pranata Komputer Ahli Muda")."""
    name = " ".join(jabatan.lower().split())
    found = {jenjang for pattern, jenjang in _JENJANG_WORDS if re.search(pattern, name)}
    if not found:
        found = {jenjang for pattern, jenjang in _OLD_JENJANG if re.search(pattern, name)}
    return found.pop() if len(found) == 1 else None


def simple_jenjang(value: str) -> str | None:
    slug = "-".join(value.lower().replace("_", " ").split())
    return slug if slug in JENJANG else None


def golongan(value: str) -> str | None:
    """``"III/c"``, ``"III/C - Penata"``, ``"Penata (III/c)"`` → ``III/c``; ``"IX"``, ``"IX - ..."`` → ``IX``."""
    match = _PNS_GOLONGAN.search(value)
    if match:
        return f"{match.group(1).upper()}/{match.group(2).lower()}"
    match = _PPPK_GOLONGAN.match(value.strip().upper())
    return match.group(1) if match else None
