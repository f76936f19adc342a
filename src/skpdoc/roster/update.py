"""``--update``: the identity of existing specs refreshed from the roster, nothing else touched.

Only ``pegawai``'s nama, status, pangkat, golongan, jabatan and unit change;
plans, evaluations, comments, key order and quoting stay as they are (the
file goes through :mod:`skpdoc.yamledit`, and only when something differs, so
an unchanged roster rewrites nothing). ``status`` is refreshed with the
golongan because a PPPK golongan is no PNS golongan.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from skpdoc import spec, yamledit
from skpdoc.roster.rows import Person


@dataclass(frozen=True)
class Change:
    """One field of one file that the import changes (or, with --dry-run, would change)."""

    file: Path
    field: str  # "pegawai.golongan", "unit" (a unit added to opd.yaml) ...
    old: str  # "" when added
    new: str  # "" when removed


def identity(person: Person, unit: str | None) -> dict[str, str | None]:
    """The identity fields as the roster gives them (None = the key is absent)."""
    return {
        "nama": person.nama,
        "status": "pppk" if person.status == "pppk" else None,
        "pangkat": person.pangkat,
        "golongan": person.golongan,
        "jabatan": person.jabatan or None,  # an empty jabatan in the roster never erases the spec's
        "unit": unit,
    }


def identity_changes(path: Path, person: Person, unit: str | None, *, keep_unit: bool) -> list[Change]:
    """What differs between the spec at ``path`` and the roster (read with the fast loader: most specs match)."""
    doc, _ = spec.load(path)
    current = doc.data.get("pegawai") if doc is not None else None
    if not isinstance(current, dict):
        return []  # not a spec validate could read: refreshing it would hide what is wrong with it
    wanted = identity(person, unit)
    changes: list[Change] = []
    for name, new in wanted.items():
        if (name == "jabatan" and new is None) or (name == "unit" and keep_unit):
            continue
        old = current.get(name)
        if name == "status" and old == "pns":
            old = None  # pns is the default: written or not, the same
        if old != new:
            changes.append(Change(path, f"pegawai.{name}", _shown(old), new or ""))
    return changes


def apply(path: Path, changes: list[Change]) -> None:
    """Make ``changes`` to the spec at ``path`` in place, keeping everything else of the file."""
    editable = yamledit.load(path)
    pegawai = editable.data["pegawai"]
    for change in changes:
        name = change.field.split(".", 1)[1]
        if change.new:
            _set(pegawai, name, change.new)
        elif name in pegawai:
            del pegawai[name]
    editable.save()


def _set(pegawai: Any, name: str, value: str) -> None:
    if name in pegawai:
        pegawai[name] = value
        return
    # A key the spec lacks goes where the README's order puts it, not at the end.
    order = ["nama", "nip", "status", "pangkat", "golongan", "jabatan", "jenis_jabatan", "jenjang", "unit"]
    before = order[: order.index(name)]
    position = max((i + 1 for i, k in enumerate(pegawai) if k in before), default=len(pegawai))
    pegawai.insert(position, name, value)


def _shown(value: object) -> str:
    return "" if value is None else str(value)
