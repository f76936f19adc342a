"""The order in which an OPD's employees are printed: head first, leaders before their staff.

The order follows the chain of penilai from the head down (depth first), so
each leader is followed by the people he or she rates; among the people
rated by one leader, structural posts come first (each followed by its own
staff), then functional posts and staff, each in the unit order of ``opd.yaml``. Employees whose penilai is
outside the OPD (or missing from it) come last, in the same order.
"""

from __future__ import annotations

from skpdoc.model import Pegawai, Workspace

_RANK = {
    "jpt-utama": 0,
    "jpt-madya": 0,
    "jpt-pratama": 0,
    "administrator": 1,
    "pengawas": 2,
    "fungsional": 3,
    "pelaksana": 4,
}


def ordered_people(ws: Workspace, slug: str) -> list[tuple[Pegawai, tuple[str, ...]]]:
    """The OPD's employees in print order, each with its unit names (outermost first)."""
    opd = ws.opds[slug]
    members = {nip: p for nip, p in ws.pegawai.items() if p.opd == slug}
    unit_order = {unit_id: index for index, unit_id in enumerate(opd.units)}

    def sort_key(pegawai: Pegawai) -> tuple[int, int, str, str]:
        return (_RANK[pegawai.jenis_jabatan], unit_order.get(pegawai.unit or "", -1), pegawai.nama, pegawai.nip)

    rated_by: dict[str, list[Pegawai]] = {}
    for pegawai in members.values():
        if pegawai.penilai_nip in members and pegawai.penilai_nip != pegawai.nip:
            rated_by.setdefault(pegawai.penilai_nip, []).append(pegawai)
    order: list[Pegawai] = []
    seen: set[str] = set()

    def visit(pegawai: Pegawai) -> None:
        if pegawai.nip in seen:
            return
        seen.add(pegawai.nip)
        order.append(pegawai)
        for child in sorted(rated_by.get(pegawai.nip, []), key=sort_key):
            visit(child)

    if opd.kepala in members:
        visit(members[opd.kepala])
    for pegawai in sorted(members.values(), key=sort_key):
        visit(pegawai)
    return [(p, tuple(u.nama for u in reversed(opd.unit_chain(p.unit)))) for p in order]
