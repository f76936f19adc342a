"""The pohon kinerja of an OPD: the cascade of RHK from the head's down, as the OPD page shows it.

An RHK supports the superior's RHK its ``intervensi`` names (``"<nip>#<rhk-id>"``).
Starting from the head's RHK, each RHK gets as children the RHK that name it,
recursively. Every RHK of the OPD's employees appears exactly once: in the
tree, or among the loose ones (:class:`Lepas`) with the reason it is not in
the tree, so that nothing is silently left out of the picture.

Two things are flagged for the operators, who fix the cascade before the forms are printed:

* an RHK utama of someone who rates others that none of the workspace's RHK
  supports (``tidak didukung``): its results are not carried by anyone below;
* an employee's RHK that reaches no superior RHK of the workspace: no
  ``intervensi`` yet, or one naming an RHK the workspace does not have (a
  spec with errors is not in :class:`~skpdoc.model.Workspace`).

Only RHK utama are judged as unsupported: an RHK tambahan is the employee's
own extra work, which the rules do not ask to cascade (R131 asks an
``intervensi`` of RHK utama only). Pure: it reads a validated workspace and
nothing else, so it is tested without the web app.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from skpdoc.model import Pegawai, Rhk, Workspace, ordered_people
from skpdoc.placeholders import is_placeholder

__all__ = ["ALASAN", "BERMASALAH", "Lepas", "Pohon", "Simpul", "pohon"]

#: Why an RHK of the OPD is not in the tree below the head's RHK.
ALASAN = (
    "belum-diisi",  # an RHK utama without any intervensi yet (or one still to fill)
    "tidak-dikenal",  # the intervensi names an RHK the workspace does not have (unknown, or a spec with errors)
    "teks",  # intervensi_teks only: a superior outside the workspace (normal for a head whose penilai is outside)
    "opd-lain",  # supports an RHK of another OPD (shown in that OPD's tree)
    "tambahan",  # an RHK tambahan without intervensi: the employee's own extra work
    "terputus",  # the chain of intervensi runs in a circle and never reaches the head
)
#: The reasons that flag an RHK as not linked to any superior RHK.
BERMASALAH = frozenset({"belum-diisi", "tidak-dikenal", "teks", "terputus"})


@dataclass(frozen=True)
class Simpul:
    """One RHK in the tree, with the RHK that support it (each followed by its own supporters)."""

    pegawai: Pegawai
    rhk: Rhk
    anak: tuple[Simpul, ...]
    tidak_didukung: bool  # an RHK utama of someone who rates others, and nobody's RHK supports it

    def walk(self) -> Iterator[Simpul]:
        """This node and every node below it, depth first."""
        yield self
        for child in self.anak:
            yield from child.walk()


@dataclass(frozen=True)
class Lepas:
    """An RHK of the OPD outside the head's tree, shown with its own supporters and why it is outside."""

    simpul: Simpul
    alasan: str  # one of ALASAN
    target: str = ""  # the intervensi as written (``nip#id``) or the intervensi_teks

    @property
    def bermasalah(self) -> bool:
        return self.alasan in BERMASALAH


@dataclass(frozen=True)
class Pohon:
    slug: str
    kepala: Pegawai | None  # None when the head's spec is not valid (or not in the OPD)
    akar: tuple[Simpul, ...]  # the head's RHK, in the order of the spec
    lepas: tuple[Lepas, ...]

    def simpul(self) -> Iterator[Simpul]:
        """Every node, the tree first, then the loose RHK with their supporters."""
        for root in self.akar:
            yield from root.walk()
        for loose in self.lepas:
            yield from loose.simpul.walk()

    @property
    def tidak_didukung(self) -> list[Simpul]:
        return [n for n in self.simpul() if n.tidak_didukung]

    @property
    def bermasalah(self) -> list[Lepas]:
        return [loose for loose in self.lepas if loose.bermasalah]


def pohon(ws: Workspace, slug: str) -> Pohon:
    """The pohon kinerja of the OPD ``slug`` of ``ws`` (an OPD of the valid workspace)."""
    opd = ws.opds[slug]
    people = [p for p, _ in ordered_people(ws, slug)]
    rank = {p.nip: index for index, p in enumerate(people)}
    # (superior's nip, rhk id) -> (the forms' order, nip, position in the spec, supporter, rhk); the whole
    # workspace: a supporter may sit in another OPD (ordered after the OPD's own)
    supporters: dict[tuple[str, str], list[tuple[int, str, int, Pegawai, Rhk]]] = {}
    rates_others: set[str] = set()
    for nip, pegawai in ws.pegawai.items():
        if pegawai.penilai_nip is not None and pegawai.penilai_nip != nip:
            rates_others.add(pegawai.penilai_nip)
        for position, rhk in enumerate(pegawai.rhk):
            if rhk.intervensi is not None:
                entry = (rank.get(nip, len(rank)), nip, position, pegawai, rhk)
                supporters.setdefault(rhk.intervensi, []).append(entry)
    placed: set[tuple[str, str]] = set()

    def node(pegawai: Pegawai, rhk: Rhk) -> Simpul:
        placed.add((pegawai.nip, rhk.id))
        found = sorted(supporters.get((pegawai.nip, rhk.id), ()), key=lambda e: e[:3])
        children = tuple(node(p, r) for _, nip, _, p, r in found if (nip, r.id) not in placed)
        unsupported = rhk.section == "utama" and pegawai.nip in rates_others and not children
        return Simpul(pegawai, rhk, children, unsupported)

    head = ws.pegawai.get(opd.kepala)
    head = head if head is not None and head.opd == slug else None
    roots = tuple(node(head, rhk) for rhk in head.rhk) if head is not None else ()
    loose: list[Lepas] = []
    for pegawai in people:  # what the tree did not reach, in the forms' order
        for rhk in pegawai.rhk:
            if (pegawai.nip, rhk.id) in placed:
                continue
            reason, target = _why(ws, pegawai, rhk)
            if reason is None:
                continue  # below an RHK that is itself loose: shown there, once that one is placed
            loose.append(Lepas(node(pegawai, rhk), reason, target))
    for pegawai in people:  # a circle of intervensi: none of it was reached from anywhere
        for rhk in pegawai.rhk:
            if (pegawai.nip, rhk.id) not in placed:
                loose.append(Lepas(node(pegawai, rhk), "terputus", _ref(rhk)))
    return Pohon(slug, head, roots, tuple(loose))


def _why(ws: Workspace, pegawai: Pegawai, rhk: Rhk) -> tuple[str | None, str]:
    """Why ``rhk`` is not below the head's RHK; None when it supports an RHK of the OPD (placed under that one)."""
    if rhk.intervensi is None:
        teks = rhk.intervensi_teks
        if teks and not is_placeholder(teks):
            return "teks", teks
        return ("belum-diisi" if rhk.section == "utama" else "tambahan"), ""
    target = ws.intervened(rhk)
    if target is None:
        return "tidak-dikenal", _ref(rhk)
    owner = ws.pegawai[rhk.intervensi[0]]
    if owner.opd != pegawai.opd:
        return "opd-lain", _ref(rhk)
    return None, ""


def _ref(rhk: Rhk) -> str:
    return "#".join(rhk.intervensi) if rhk.intervensi is not None else ""
