"""NIP / NI PPPK structure and pangkat–golongan agreement (reference §7)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from skpdoc.reference import GOLONGAN_PPPK, PANGKAT

#: (code, message arguments, field the problem belongs to)
Finding = tuple[str, dict[str, Any], str]

PPPK_FIRST_YEAR = 2019  # PPPK were first appointed under PP 49/2018


def birth_date(nip: str) -> dt.date | None:
    try:
        return dt.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        return None


@dataclass(frozen=True)
class TmtReason:
    """Why the TMT CPNS in a NIP cannot be, worded when printed (the fix hangs on it)."""

    kind: str  # "month", "late" or "young"
    value: str
    earliest: str = ""

    def render(self, lang: str) -> str:
        from skpdoc.messages.labels import label

        return label(f"tmt.{self.kind}", lang, value=self.value, earliest=self.earliest)


def _eighteenth(born: dt.date) -> dt.date:
    """The 18th birthday (1 March for someone born on 29 February)."""
    try:
        return born.replace(year=born.year + 18)
    except ValueError:
        return dt.date(born.year + 18, 3, 1)


def check_nip(nip: str, status: str, tahun: int) -> list[Finding]:
    """Structure of an 18-digit NIP (PNS) or NI PPPK; the caller has checked the digits."""
    found: list[Finding] = []
    born = birth_date(nip)
    if born is None or born.year < 1940:
        found.append(("R101", {"nip": nip, "value": nip[0:8]}, "nip"))
    if status == "pppk":
        year = int(nip[8:12])
        earliest = max(PPPK_FIRST_YEAR, born.year + 18) if born else PPPK_FIRST_YEAR
        if not earliest <= year <= tahun:
            found.append(("R105", {"nip": nip, "value": nip[8:12], "tahun": tahun}, "nip"))
    else:
        year, month = int(nip[8:12]), int(nip[12:14])
        why: TmtReason | None = None
        if not 1 <= month <= 12:
            why = TmtReason("month", f"{month:02d}")
        elif (year, month) > (tahun, 12):
            why = TmtReason("late", str(tahun))
        elif born is not None and (year, month) < (born.year + 18, born.month):
            adult = _eighteenth(born)
            why = TmtReason("young", adult.isoformat(), f"{adult.year}{adult.month:02d}")
        if why is not None:
            found.append(("R102", {"nip": nip, "value": nip[8:14], "tahun": tahun, "why": why}, "nip"))
    if nip[14] not in "12":
        found.append(("R103", {"nip": nip, "value": nip[14]}, "nip"))
    if nip[15:18] == "000":
        found.append(("R104", {"nip": nip}, "nip"))
    return found


def check_rank(status: str, golongan: str, pangkat: str | None) -> list[Finding]:
    """Golongan fits the status, and a given pangkat is the one of that golongan."""
    if status == "pppk":
        if golongan not in GOLONGAN_PPPK:
            return [("R111", {"golongan": golongan, "status": "PPPK", "range": "I–XVII"}, "golongan")]
        if pangkat is not None:
            return [("R112", {}, "pangkat")]
        return []
    if golongan not in PANGKAT:
        return [("R111", {"golongan": golongan, "status": "PNS", "range": "I/a–IV/e"}, "golongan")]
    expected = PANGKAT[golongan]
    if pangkat in PANGKAT.values() and pangkat != expected:  # an unknown pangkat is the schema's to report
        return [("R110", {"pangkat": pangkat, "golongan": golongan, "expected": expected}, "pangkat")]
    return []
