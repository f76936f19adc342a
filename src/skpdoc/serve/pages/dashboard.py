"""``/``: every OPD with its counts (``skpdoc status``), for every account."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from skpdoc.serve.site import Site

if TYPE_CHECKING:
    from skpdoc.status import Status


def routes(site: Site) -> list[BaseRoute]:
    async def dashboard(request: Request) -> Response:
        site.require(request)
        snapshot = await site.snapshot()
        if snapshot.valid is None:
            return site.page(request, "broken.html", {"problems": snapshot.problems}, 500)
        from starlette.concurrency import run_in_threadpool

        from skpdoc.reference import PERIODE

        result = await run_in_threadpool(snapshot.status)
        periode = PERIODE[result.periode] if result.periode else None
        return site.page(request, "dashboard.html", {"status": result, "periode": periode, "rows": _rows(result)})

    return [Route("/", dashboard)]


def _rows(result: Status) -> list[dict[str, Any]]:
    """One row of counts per OPD; the evaluation counts only when a periode is looked at."""
    evaluated = result.periode is not None
    return [
        {
            "slug": o.slug,
            "nama": o.nama,
            "jumlah": o.jumlah,
            "rencana": o.hitung("rencana_lengkap"),
            "terisi": o.hitung("terisi") if evaluated else "-",
            "dinilai": o.hitung("dinilai") if evaluated else "-",
            "galat": o.hitung("galat"),
        }
        for o in result.opd
    ]
