"""``/``: every OPD with its counts and its pola distribusi (``skpdoc status``), for every account.

Filters are a plain GET form (periode, OPD), so the page works without
JavaScript and a filtered view can be bookmarked. Counts carry no personal
data, so every account sees every OPD; the OPD's own page (names, pohon
kinerja, rekap) is linked only for accounts that may read it. A penilai also
sees the people he or she rates.

Nothing is computed here: counts, verdicts and violations are those of
:func:`skpdoc.api.status` (cached per snapshot and periode), worded by
:mod:`skpdoc.status.formats` and :mod:`skpdoc.rekap`; the chart is
:mod:`skpdoc.serve.chart`.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from skpdoc.errors import Severity
from skpdoc.paths import identity
from skpdoc.reference import PERIODE
from skpdoc.serve.site import Site

if TYPE_CHECKING:
    from skpdoc.rekap import Distribusi
    from skpdoc.serve.access import Account
    from skpdoc.serve.chart import Grafik
    from skpdoc.serve.state import Snapshot
    from skpdoc.status import Status, StatusOpd


@dataclass(frozen=True)
class Bagan:
    """One distribution on the page: its chart, its verdict and the violations in words."""

    grafik: Grafik
    pola: str  # skpdoc.status.pola(d): tidak-sesuai, belum-dapat-dinilai, sesuai-sementara, sesuai, tanpa-capaian
    vonis: str  # the verdict in words (the rekap's), "" when broken
    pelanggaran: list[str]
    aturan: list[str]


def routes(site: Site) -> list[BaseRoute]:
    async def dashboard(request: Request) -> Response:
        account = site.require(request)
        snapshot = await site.snapshot()
        if snapshot.valid is None:
            return site.page(request, "broken.html", {"problems": snapshot.problems}, 500)
        result = await status_for(snapshot, request.query_params.get("periode"))
        chosen = request.query_params.get("opd", "")
        # the charts of 40 OPDs take a while to draw: off the event loop, like the status itself
        context = await run_in_threadpool(_context, snapshot, result, chosen, account, site.lang)
        return site.page(request, "dashboard.html", context)

    return [Route("/", dashboard)]


def _context(snapshot: Snapshot, result: Status, chosen: str, account: Account, lang: str) -> dict[str, Any]:
    """What the page shows: every OPD, or the one ``chosen`` (an unknown one counts as none chosen)."""
    chosen = chosen if any(o.slug == chosen for o in result.opd) else ""
    shown = [o for o in result.opd if not chosen or o.slug == chosen]
    return {
        "status": result,
        "periode": PERIODE[result.periode] if result.periode else None,
        "periode_pilihan": PERIODE,
        "opd_pilihan": [(o.slug, o.nama) for o in result.opd],
        "opd_dipilih": chosen,
        "rows": _rows(result, shown, snapshot, account, lang),
        "pola_opd": [
            (o, account.reads_opd(o.slug), pola_text(o, lang), charts(result, o, lang, f"pola-{i}"))
            for i, o in enumerate(shown)
        ],
        "masalah": len(result.masalah),
        "dinilai": _assessed(snapshot, result, account, lang),
    }


async def status_for(snapshot: Snapshot, asked: str | None) -> Status:
    """The status for the periode asked (one of PERIODE), else for the latest opened; computed off the event loop.

    The default is looked up first so that asking for it by name reuses the same cached status.
    """
    result = await run_in_threadpool(snapshot.status, None)
    if asked in PERIODE and asked != result.periode:
        result = await run_in_threadpool(snapshot.status, asked)
    return result


def pola_text(o: StatusOpd, lang: str) -> str:
    from skpdoc.status.formats import pola_text as words

    return words(o, lang)


def charts(result: Status, o: StatusOpd, lang: str, prefix: str) -> list[Bagan]:
    """The OPD's distributions (the OPD's own, then units with their own capaian) as charts with their words.

    ``prefix`` is unique in the page (the OPD's position): the charts' ids are made from it, never from a name.
    """
    if result.periode is None:
        return []
    return [_bagan(result, o, d, f"{prefix}-{n}", lang) for n, d in enumerate(o.distribusi)]


def _bagan(result: Status, o: StatusOpd, d: Distribusi, ident: str, lang: str) -> Bagan:
    from skpdoc.distribusi import Pembulatan
    from skpdoc.rekap import aturan
    from skpdoc.serve.chart import grafik
    from skpdoc.status import pola
    from skpdoc.status.formats import violations

    assert result.periode is not None
    one = dataclasses.replace(o, distribusi=(d,))  # the status's own wording, for this distribution alone
    rules = aturan(d.capaian, d.total, Pembulatan(result.pembulatan), lang) if d.capaian else []
    chart = grafik(d, result.periode, ident, lang)
    return Bagan(chart, pola(d), verdict_text(d, lang), violations(result, one, lang), rules)


def verdict_text(d: Distribusi, lang: str) -> str:
    """The rekap's verdict when nothing is broken; without a capaian (the rekap then says nothing) that none applies."""
    from skpdoc.messages.labels import label
    from skpdoc.rekap.formats import verdict

    return label("serve.dashboard.tanpa_capaian", lang) if d.capaian is None else verdict(d, lang)


def _rows(
    result: Status, shown: list[StatusOpd], snapshot: Snapshot, account: Account, lang: str
) -> list[dict[str, Any]]:
    """One row of counts per OPD; the evaluation counts only when a periode is looked at."""
    evaluated = result.periode is not None
    warnings = _warnings(snapshot)
    return [
        {
            "slug": o.slug,
            "nama": o.nama,
            "link": account.reads_opd(o.slug),
            "jumlah": o.jumlah,
            "rencana": o.hitung("rencana_lengkap"),
            "terisi": o.hitung("terisi") if evaluated else "-",
            "dinilai": o.hitung("dinilai") if evaluated else "-",
            "galat": o.hitung("galat"),
            "peringatan": warnings.get(o.slug, 0),
            "pola": pola_text(o, lang),
        }
        for o in shown
    ]


def _warnings(snapshot: Snapshot) -> dict[str, int]:
    """How many warnings ``skpdoc validate`` finds in each OPD's folder (its opd.yaml and specs)."""
    folders = {slug: str(folder) + os.sep for slug, folder in snapshot.index.opds.items()}
    found: dict[str, int] = {}
    for problem in snapshot.problems:
        if problem.severity is not Severity.WARNING:
            continue
        where = identity(problem.file)
        for slug, folder in folders.items():
            if where.startswith(folder):
                found[slug] = found.get(slug, 0) + 1
                break
    return found


def _assessed(snapshot: Snapshot, result: Status, account: Account, lang: str) -> list[dict[str, Any]] | None:
    """The people a penilai rates, with where their evaluation stands; None for other accounts."""
    if account.role != "penilai" or account.nip is None:
        return None
    from skpdoc.status.formats import missing_text

    people = {p.nip: p for o in result.opd for p in o.pegawai}
    names = {o.slug: o.nama for o in result.opd}
    rows = []
    for entry in snapshot.index.assessed_by(account.nip):
        state = people.get(entry.nip)
        rows.append(
            {
                "nip": entry.nip,
                "nama": entry.nama,
                "jabatan": entry.jabatan,
                "opd": names.get(entry.opd, entry.opd),
                "predikat": _predikat(state.predikat if state else None),
                "kurang": missing_text(state, result.periode, lang) if state else "",
            }
        )
    return rows


def _predikat(slug: str | None) -> str:
    from skpdoc.reference import PREDIKAT

    return PREDIKAT[slug] if slug else "-"
