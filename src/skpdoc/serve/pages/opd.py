"""``/opd/<slug>``: one OPD's employees with their status, its pohon kinerja and its rekap.

The slug is looked up in the snapshot's index (404 for anything else, so no
URL names a folder) and the account must read the OPD (403). Employees are
listed in the order of the forms (:func:`skpdoc.model.ordered_people`),
grouped by unit; a spec with errors is not in that order (it is not in the
valid workspace), so it is listed after them, flagged, from ``skpdoc status``.
The rekap is the library's (:func:`skpdoc.rekap.rekap` on the snapshot's
valid workspace, refused with the same problems as ``skpdoc rekap`` when a
spec it needs has errors); the pohon kinerja is :mod:`skpdoc.serve.pohon`.
Downloads are POST forms to ``/opd/<slug>/unduh/...``, served elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from skpdoc.paths import identity
from skpdoc.reference import PERIODE, PREDIKAT
from skpdoc.serve.pages.dashboard import Bagan, charts, status_for, verdict_text
from skpdoc.serve.site import Site

if TYPE_CHECKING:
    from skpdoc.errors import Problem
    from skpdoc.model import Workspace
    from skpdoc.rekap import RekapOpd
    from skpdoc.serve.access import Account
    from skpdoc.serve.pohon import Pohon
    from skpdoc.serve.state import Snapshot
    from skpdoc.status import Status, StatusOpd, StatusPegawai


@dataclass(frozen=True)
class Orang:
    """One employee's line: who, where the work stands, and the link to the employee's page (if readable)."""

    nip: str
    nama: str
    jabatan: str
    link: str | None  # the NIP of the index entry to link to
    rencana_lengkap: bool
    evaluasi: str  # dinilai | terisi | kosong | belum_dibuka | "" (no periode looked at, or unreadable)
    predikat: str
    kurang: str
    galat: bool


@dataclass
class Kelompok:
    """A run of employees of one unit, in the forms' order; ``galat`` for the specs with errors."""

    unit: str
    orang: list[Orang] = field(default_factory=list)
    galat: bool = False


@dataclass(frozen=True)
class Rekap:
    """The rekap section: the rekap, or the problems that stop it."""

    rekap: RekapOpd | None
    baris: list[tuple[str, tuple[str, ...]]]  # (NIP, the cells of skpdoc rekap's table)
    bagan: list[Bagan]
    pimpinan: list[str]
    catatan: str
    ditolak: list[tuple[str, Problem]]  # (where, as a path in the workspace), the problem


def routes(site: Site) -> list[BaseRoute]:
    async def opd_page(request: Request) -> Response:
        account = site.require(request)
        snapshot = await site.snapshot()
        slug = request.path_params["slug"]
        if slug not in snapshot.index.opds:
            raise HTTPException(404)
        if not account.reads_opd(slug):
            return site.forbidden(request)
        if snapshot.valid is None:
            return site.page(request, "broken.html", {"problems": snapshot.problems}, 500)
        result = await status_for(snapshot, request.query_params.get("periode"))
        found = next((o for o in result.opd if o.slug == slug), None)
        if found is None:  # the index and the status read the same folders; a race with a change on disk
            raise HTTPException(404)
        context = await run_in_threadpool(_context, snapshot, result, found, account, site.lang)
        return site.page(request, "opd.html", context)

    return [Route("/opd/{slug}", opd_page)]


def _context(snapshot: Snapshot, result: Status, o: StatusOpd, account: Account, lang: str) -> dict[str, Any]:
    from skpdoc.messages.labels import columns

    assert snapshot.valid is not None
    ws = snapshot.valid.workspace
    periode = result.periode or "akhir"  # as skpdoc rekap: the year's evaluation before any is opened
    groups = _groups(snapshot, ws, result, o, account, lang)
    tree = _pohon(ws, o.slug)
    rekap = _rekap(snapshot, result, o, periode, lang)
    return {
        "opd": o,
        "status": result,
        "periode": periode,
        "periode_nama": PERIODE[periode],
        "periode_pilihan": PERIODE,
        "kelompok": groups,
        "jumlah_galat": sum(len(g.orang) for g in groups if g.galat),
        "pohon": tree,
        "pohon_jumlah": sum(1 for _ in tree.simpul()) if tree is not None else 0,
        "rekap": rekap,
        "rekap_kolom": columns("rekap.pegawai", lang),
        "lesbar": _readable(snapshot, account, tree, rekap),
    }


def _readable(snapshot: Snapshot, account: Account, tree: Pohon | None, rekap: Rekap) -> set[str]:
    """The NIPs in the tree and the rekap whose page the account may open (the others are shown unlinked)."""
    nips = {n.pegawai.nip for n in tree.simpul()} if tree is not None else set()
    nips |= {nip for nip, _ in rekap.baris}
    return {nip for nip in nips if (entry := snapshot.index.pegawai.get(nip)) is not None and account.reads(entry)}


def _groups(
    snapshot: Snapshot, ws: Workspace, result: Status, o: StatusOpd, account: Account, lang: str
) -> list[Kelompok]:
    """The employees by unit in the forms' order, then the specs with errors (which have no place in it)."""
    from skpdoc.model import ordered_people

    states = {identity(p.file): p for p in o.pegawai}
    entries = {identity(e.file): e for e in snapshot.index.of_opd(o.slug)}

    def line(state: StatusPegawai) -> Orang:
        entry = entries.get(identity(state.file))
        link = entry.nip if entry is not None and account.reads(entry) else None
        return _orang(state, result.periode, link, lang)

    groups: list[Kelompok] = []
    placed: set[str] = set()
    ordered = ordered_people(ws, o.slug) if o.slug in ws.opds else []
    for pegawai, units in ordered:
        state = states.get(identity(pegawai.file))
        if state is None:
            continue
        unit = " › ".join(units) or o.nama
        if not groups or groups[-1].unit != unit:
            groups.append(Kelompok(unit))
        groups[-1].orang.append(line(state))
        placed.add(identity(pegawai.file))
    rest = [line(p) for key, p in states.items() if key not in placed]
    if rest:
        groups.append(Kelompok("", rest, galat=True))
    return groups


def _orang(p: StatusPegawai, periode: str | None, link: str | None, lang: str) -> Orang:
    from skpdoc.status.formats import missing_text

    if periode is None or p.evaluasi is None:
        evaluasi = ""
    elif p.evaluasi is False:
        evaluasi = "belum_dibuka"
    else:
        evaluasi = "dinilai" if p.dinilai else ("terisi" if p.terisi else "kosong")
    return Orang(
        p.nip,
        p.nama,
        p.jabatan,
        link,
        p.rencana_lengkap,
        evaluasi,
        PREDIKAT[p.predikat] if p.predikat else "-",
        missing_text(p, periode, lang),
        bool(p.galat),
    )


def _pohon(ws: Workspace, slug: str) -> Pohon | None:
    """The pohon kinerja; None when the OPD's own opd.yaml has errors (it is not in the valid workspace)."""
    from skpdoc.serve.pohon import pohon

    return pohon(ws, slug) if slug in ws.opds else None


def _rekap(snapshot: Snapshot, result: Status, o: StatusOpd, periode: str, lang: str) -> Rekap:
    """The rekap for ``periode`` as ``skpdoc rekap --opd <slug>`` computes it, or the problems that refuse it."""
    from skpdoc.errors import InvalidSpecs
    from skpdoc.messages.labels import label
    from skpdoc.rekap import rekap
    from skpdoc.rekap.formats import notes, pegawai_rows, pesan_pimpinan
    from skpdoc.selection import Selection
    from skpdoc.serve.chart import grafik
    from skpdoc.status import pola

    assert snapshot.valid is not None
    valid = snapshot.valid
    try:
        valid.require(Selection(opds=(o.slug,)))
    except InvalidSpecs as exc:
        refused = [(_where(p, snapshot.root), p) for p in exc.problems]
        return Rekap(None, [], charts(result, o, lang, "rekap"), [], "", refused)
    ws = valid.workspace
    r = rekap(ws, periode, [o.slug])[0]
    rows = [(b.pegawai.nip, cells) for b, cells in zip(r.pegawai, pegawai_rows(r, lang), strict=True)]
    bagan = []
    for n, d in enumerate(r.distribusi):
        rules, broken = notes(r, d, ws, lang)
        bagan.append(Bagan(grafik(d, periode, f"rekap-{n}", lang), pola(d), verdict_text(d, lang), broken, rules))
    starred = any(b.predikat and not b.dihitung for b in r.pegawai)
    return Rekap(
        r,
        rows,
        bagan,
        [pesan_pimpinan(h, periode, lang) for h in r.pimpinan],
        label("rekap.catatan", lang) if starred else "",
        [],
    )


def _where(problem: Problem, root: Path) -> str:
    """The problem's file (relative to the workspace: the server's own folders are nobody's business) and line."""
    file = Path(identity(problem.file))
    shown = file.relative_to(root).as_posix() if file.is_relative_to(root) else file.name
    return f"{shown}:{problem.line}" if problem.line else shown
