"""Naming what a NIP or an intervensi points to, on one side of a diff.

A change of penilai reads better as "197912... (Budi Santoso)" and a
re-linked intervensi with the text of the superior's RHK.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

SECTIONS = ("utama", "tambahan")


class Lookup(Protocol):
    """One side of a diff, to name what a NIP or an intervensi points to."""

    def pegawai(self, nip: str) -> Mapping[str, Any] | None: ...

    def unit_nama(self, unit: Any) -> str | None:
        """The name of a unit of the compared spec's OPD (from its opd.yaml on this side)."""
        ...


class NoLookup:
    def pegawai(self, nip: str) -> Mapping[str, Any] | None:
        return None

    def unit_nama(self, unit: Any) -> str | None:
        return None


def nama_of(side: Lookup, who: Any) -> str | None:
    """The name of a penilai given as a NIP (looked up) or inline (its ``nama``)."""
    if isinstance(who, dict):
        nama = who.get("nama")
        return nama if isinstance(nama, str) else None
    if isinstance(who, str):
        data = side.pegawai(who)
        person = data.get("pegawai") if data else None
        nama = person.get("nama") if isinstance(person, dict) else None
        return nama if isinstance(nama, str) else None
    return None


def rhk_text(data: Mapping[str, Any] | None, ident: str) -> str | None:
    hk = data.get("hasil_kerja") if data else None
    for _, _, item in items(hk):
        if item.get("id") == ident and isinstance(item.get("rhk"), str):
            return str(item["rhk"])
    return None


def ref_text(side: Lookup, ref: Any) -> str | None:
    """The text of the superior's RHK behind ``"<nip>#<rhk-id>"``."""
    if not isinstance(ref, str) or "#" not in ref:
        return None
    nip, _, ident = ref.partition("#")
    return rhk_text(side.pegawai(nip), ident)


def items(hk: Any) -> list[tuple[str, int, dict[str, Any]]]:
    if not isinstance(hk, dict):
        return []
    return [
        (section, i, item)
        for section in SECTIONS
        if isinstance(hk.get(section), list)
        for i, item in enumerate(hk[section])
        if isinstance(item, dict)
    ]
