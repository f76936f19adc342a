"""``/pegawai/<nip>``: one employee's SKP as the form reads it, every problem beside its field; and its history.

The page is built (:mod:`skpdoc.serve.pegawaiview`) from the spec's raw data (``Entry.data``), not from the
typed model, so a spec with errors still shows everything it has; a file
that is not YAML at all shows its problems only. Every element showing a
value gets an id made of its YAML path (:mod:`skpdoc.serve.fields`), and each
problem of the file goes beside the nearest one on its path.

``/pegawai/<nip>/riwayat`` lists the commits that changed the file, each with
its semantic diff (:mod:`skpdoc.serve.history`, rendered by :mod:`skpdoc.serve.diffview`).

Both answer 404 for a NIP the index does not have and 403 to an account
that may not read the employee (:meth:`skpdoc.serve.access.Account.reads`).
"""

from __future__ import annotations

from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from skpdoc.serve import diffview, history
from skpdoc.serve.pegawaiview import Header, build
from skpdoc.serve.site import Site

LAMPIRAN = ("dukungan_sumber_daya", "skema_pertanggungjawaban", "konsekuensi")
#: Commits named on the employee page itself (one ``git log``); the history page has the diffs.
RECENT = 3


def routes(site: Site) -> list[BaseRoute]:
    async def pegawai(request: Request) -> Response:
        account = site.require(request)
        snapshot = await site.snapshot()
        entry = site.entry(snapshot, request.path_params["nip"])
        if not account.reads(entry):
            return site.forbidden(request)
        page = build(snapshot, entry, account)
        recent = await run_in_threadpool(_recent, site.root, entry.file)
        return site.page(request, "pegawai.html", {"p": page, "recent": recent, "riwayat": None})

    async def riwayat(request: Request) -> Response:
        account = site.require(request)
        snapshot = await site.snapshot()
        entry = site.entry(snapshot, request.path_params["nip"])
        if not account.reads(entry):
            return site.forbidden(request)
        found = await run_in_threadpool(history.read, site.root, entry.file)
        lang = site.lang
        commits = [(c.commit, _diff(c, lang)) for c in found.changes]
        pending = _diff(found.pending, lang) if found.pending is not None else None
        context = {
            "p": {"header": Header.of(snapshot, entry)},
            "riwayat": found,
            "commits": commits,
            "pending": pending,
            "error": found.error.format(lang) if found.error is not None and found.repository else None,
            "limit": history.LIMIT,
        }
        return site.page(request, "pegawai.html", context)

    return [Route("/pegawai/{nip}", pegawai), Route("/pegawai/{nip}/riwayat", riwayat)]


def _diff(change: history.Change, lang: str) -> diffview.DiffView | str | None:
    """A commit's diff for the page; the error's text when the diff could not be made."""
    if change.result is None:
        return change.error.format(lang) if change.error is not None else None
    return diffview.view(change.result, lang, problems=change.problems)


def _recent(root: Path, file: Path) -> list[history.Commit] | None:
    """The last commits of the file (no diffs: the page stays fast); None outside a git repository."""
    from skpdoc.diff import git
    from skpdoc.errors import SkpdocError

    try:
        return history.log(git.toplevel(root).resolve(), file, RECENT)
    except SkpdocError:
        return None
