"""Where each proposal of a spec (an entry of ``belum_dikonfirmasi``) shows in the workbook, and how it is confirmed.

A proposal belongs to one row: a target or any other value of an indicator to
its *Indikator* row, an RHK's value (its intervensi) to its *RHK* row, anything
else (the penilai, the atasan, a periode, the whole identity) to the employee's
*Pegawai* row. That row's *Konfirmasi* cell and the cells holding the proposed
value are yellow at export; the operator confirms with "ya" in *Konfirmasi*, or
by changing the value (then it was looked at). Either removes the entry from
``belum_dikonfirmasi`` at import; everything else leaves the list as it was.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from skpdoc import placeholders
from skpdoc.errors import YamlPath
from skpdoc.excel import layout

#: The Pegawai columns of an outside official (pejabat penilai or its atasan), by key of the YAML mapping.
OUTSIDE = ("nama", "nip", "jabatan")


@dataclass(frozen=True)
class Place:
    """A proposal's row (sheet name and key cells) and the columns that hold its value (to colour)."""

    sheet: str
    key: tuple[Any, ...]
    columns: tuple[str, ...]


def place(data: Mapping[str, Any], path: YamlPath) -> Place:
    """The row of the proposal at ``path`` in ``data`` (the employee's Pegawai row when nothing closer fits)."""
    nip = data["pegawai"]["nip"]
    if path[:1] == ("hasil_kerja",) and len(path) >= 3:
        try:
            section, index = path[1], path[2]
            rhk = data["hasil_kerja"][section][index]
            rest = path[3:]
            if rest[:1] == ("indikator",) and len(rest) >= 2:
                ind = rhk["indikator"][rest[1]]
                field = str(rest[2]) if len(rest) > 2 else ""
                shown = (field,) if field in layout.INDIKATOR.edits else ()
                return Place(layout.INDIKATOR.name, (nip, rhk["id"], ind["id"]), shown)
            field = str(rest[0]) if rest else ""
            return Place(layout.RHK.name, (nip, section, rhk["id"]), (field,) if field in layout.RHK.edits else ())
        except (KeyError, IndexError, TypeError):
            pass
    return Place(layout.PEGAWAI.name, (nip,), pegawai_columns(data, path))


def pegawai_columns(data: Mapping[str, Any], path: YamlPath) -> tuple[str, ...]:
    """The Pegawai columns showing the value at ``path`` (none for a value the workbook does not show)."""
    head = path[0] if path else ""
    if head == "pejabat_penilai":
        if isinstance(data.get(head), dict):
            return tuple(f"penilai_luar.{key}" for key in OUTSIDE)
        return ("penilai_nip",)
    if head == "atasan_pejabat_penilai":
        return tuple(f"atasan_luar.{key}" for key in OUTSIDE)
    if head == "penetapan":
        return ("penetapan_tempat", "penetapan_tanggal")
    if path[:2] == ("pegawai", "jenjang"):
        return ("jenjang",)
    return ()


def listed(data: Mapping[str, Any]) -> Iterator[tuple[YamlPath, Place]]:
    """Every well-formed entry of ``belum_dikonfirmasi`` with its place in the workbook."""
    for path in placeholders.unconfirmed(data):
        yield path, place(data, path)


def marks(data: Mapping[str, Any]) -> dict[tuple[str, tuple[Any, ...]], set[str]]:
    """(sheet, row key) → the columns to colour as proposals (always with Konfirmasi) for one employee."""
    out: dict[tuple[str, tuple[Any, ...]], set[str]] = {}
    for _, where in listed(data):
        out.setdefault((where.sheet, where.key), {"konfirmasi"}).update(where.columns)
    for (sheet, _), columns in out.items():
        if sheet == layout.PEGAWAI.name:
            columns.add("usulan")
    return out


def pegawai_text(data: Mapping[str, Any], names: Mapping[str, str]) -> str | None:
    """The Usulan cell of the Pegawai row: the proposals shown there, with their values (a NIP with its name)."""
    items = []
    for path, where in listed(data):
        if where.sheet != layout.PEGAWAI.name:
            continue
        try:
            value = placeholders.value_at(data, path)
        except LookupError:
            value = None
        items.append(f"{placeholders.path_text(path)}: {describe(value, names)}")
    return "\n".join(items) or None


def describe(value: Any, names: Mapping[str, str]) -> str:
    """A proposed value on one line: a NIP with its owner's name, an official by name and NIP."""
    if isinstance(value, str) and value in names:
        return f"{value} ({names[value]})"
    if isinstance(value, dict):
        return ", ".join(str(value[key]) for key in ("nama", "nip", "jabatan") if value.get(key)) or "-"
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "-"
    return "-" if value is None else str(value)
