"""The editable cells of an employee's Pegawai row applied onto the spec: jenjang, penilai, its atasan, penetapan.

* *NIP pejabat penilai*: the penilai when his or her spec is in the workspace.
* *Penilai di luar workspace: nama / NIP / jabatan*: an official outside it (an OPD
  head's Sekda); the mapping's other keys (pangkat, instansi, ...) are kept. Giving
  both a NIP of the workspace and an outside official is X050. A penilai whose
  cells were all emptied is to be filled again (``[ISI: …]``): every spec has one.
* *Atasan penilai di luar workspace*: the same for ``atasan_pejabat_penilai``,
  which is optional: emptied, it is removed; a NIP written in the YAML is shown
  nowhere, so empty cells leave it alone.
* *Tempat / Tanggal penetapan*: ``penetapan``; an emptied date is to be filled
  again, an emptied place falls back to ``tempat`` of skpdoc.yaml.
* *Jenjang (fungsional)*: ``pegawai.jenjang`` of a jabatan fungsional, the one
  identity field the roster may leave to fill (a jabatan name without its
  jenjang); the cell is locked for everyone else, and read only for a fungsional.

A required part left empty becomes ``[ISI: …]``, as in an evaluation.
"""

from __future__ import annotations

from typing import Any

from skpdoc import placeholders
from skpdoc.excel import layout
from skpdoc.excel.layout import ORDER
from skpdoc.excel.merge import Merge, assign
from skpdoc.excel.proposals import OUTSIDE
from skpdoc.excel.read import CellRow

_REQUIRED = {"nama": "nama pejabat, dengan gelar", "jabatan": "jabatan pejabat"}
#: The hint of an emptied jenjang, as ``import roster`` writes it.
JENJANG_HINT = "jenjang jabatan fungsional, mis. ahli-pertama"


def merge_pegawai(merge: Merge, rows: list[CellRow]) -> None:
    """Apply the employee's Pegawai row (the first with the NIP) onto ``merge.data``."""
    mine = [row for row in rows if not row.bad & set(row.sheet.keys)]
    if not mine:
        merge.missing(layout.PEGAWAI.name, merge.nip)
        return
    row = merge.pegawai_row = mine[0]
    _jenjang(merge, row)
    _penilai(merge, row)
    _outside(merge, row, "atasan_pejabat_penilai", "atasan_luar", required=False)
    _penetapan(merge, row)


def _jenjang(merge: Merge, row: CellRow) -> None:
    person = merge.data["pegawai"]
    if person.get("jenis_jabatan") != "fungsional" or "jenjang" in row.bad:
        return  # the cell is locked: the rest of the identity is the roster's (import roster --update)
    value = row.values.get("jenjang")
    if value is None:  # a fungsional needs one (R113): emptied, it is to be filled again
        old = person.get("jenjang")
        value = old if placeholders.is_placeholder(old) else placeholders.fill(JENJANG_HINT)
    assign(person, "jenjang", value, ORDER["pegawai"])
    merge.fixed[("pegawai", "jenjang")] = (row.sheet.name, row.cell("jenjang"))


def _penilai(merge: Merge, row: CellRow) -> None:
    if row.bad & {"penilai_nip", *(f"penilai_luar.{key}" for key in OUTSIDE)}:
        return
    nip = row.values.get("penilai_nip")
    if nip is None:
        _outside(merge, row, "pejabat_penilai", "penilai_luar", required=True)
        return
    if any(row.values.get(f"penilai_luar.{key}") is not None for key in OUTSIDE):
        merge.problem(row, "penilai_nip", "X050")
        return
    assign(merge.data, "pejabat_penilai", nip, ORDER["spec"])
    merge.fixed[("pejabat_penilai",)] = (row.sheet.name, row.cell("penilai_nip"))


def _outside(merge: Merge, row: CellRow, key: str, prefix: str, *, required: bool) -> None:
    """An official outside the workspace from the three cells ``<prefix>.nama|nip|jabatan``."""
    fields = [f"{prefix}.{name}" for name in OUTSIDE]
    if row.bad & set(fields):
        return
    cells = {name: row.values.get(f"{prefix}.{name}") for name in OUTSIDE}
    current = merge.data.get(key)
    if all(value is None for value in cells.values()):
        # Emptied where it was shown (an atasan given as a NIP is shown nowhere): the penilai is to be filled again.
        if isinstance(current, dict) or (required and not placeholders.is_placeholder(current)):
            empty = placeholders.fill("NIP pejabat penilai, atau nama dan jabatan pejabat di luar workspace")
            assign(merge.data, key, empty if required else None, ORDER["spec"])
        return
    official: dict[str, Any] = dict(current) if isinstance(current, dict) else {}
    for name, value in cells.items():
        if value is None and name in _REQUIRED:
            old = official.get(name)
            value = old if placeholders.is_placeholder(old) else placeholders.fill(_REQUIRED[name])
        assign(official, name, value, ORDER["pejabat"])
        merge.fixed[(key, name)] = (row.sheet.name, row.cell(f"{prefix}.{name}"))
    assign(merge.data, key, official, ORDER["spec"])
    merge.fixed[(key,)] = (row.sheet.name, row.cell(fields[0]))


def _penetapan(merge: Merge, row: CellRow) -> None:
    current = merge.data.get("penetapan")
    tempat, tanggal = row.values.get("penetapan_tempat"), row.values.get("penetapan_tanggal")
    if current is None and tempat is None and tanggal is None:
        return
    penetapan: dict[str, Any] = dict(current) if isinstance(current, dict) else {}
    if "penetapan_tempat" not in row.bad:
        assign(penetapan, "tempat", tempat, ORDER["penetapan"])
        merge.fixed[("penetapan", "tempat")] = (row.sheet.name, row.cell("penetapan_tempat"))
    if "penetapan_tanggal" not in row.bad:
        if tanggal is None:
            old = penetapan.get("tanggal")
            tanggal = (
                old if placeholders.is_placeholder(old) else placeholders.fill("tanggal penetapan SKP, TTTT-BB-HH")
            )
        assign(penetapan, "tanggal", tanggal, ORDER["penetapan"])
        merge.fixed[("penetapan", "tanggal")] = (row.sheet.name, row.cell("penetapan_tanggal"))
    assign(merge.data, "penetapan", penetapan, ORDER["spec"])
    merge.fixed[("penetapan",)] = (row.sheet.name, row.cell("penetapan_tanggal"))
