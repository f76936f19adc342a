"""Previews and downloads: an employee's forms as PDF, an OPD's bundle and rekap workbook as background jobs.

* ``GET /pegawai/<nip>/pratinjau``: the employee's forms, the chosen one shown inline (an ``<iframe>``).
* ``GET /pegawai/<nip>/pratinjau/<form>``: that form's PDF, from the build's pipeline and cache
  (:mod:`skpdoc.serve.preview`); the request waits for it in a worker thread, never on the event loop.
* ``POST /opd/<slug>/unduh/bundle`` and ``/unduh/rekap`` (``csrf``, ``periode``): queue a job
  (:mod:`skpdoc.serve.jobs`) and go to its page.
* ``GET /tugas/<id>``: the job's progress (refreshing itself; :file:`static/jobs.js` polls ``/status`` where
  scripts run), then its download link or its error; ``/tugas/<id>/status`` (JSON), ``/tugas/<id>/berkas``.

NIPs, slugs and form names are looked up in the snapshot's index and :data:`preview.KNOWN`; a job by its
random id. Only the job's owner (or an admin) sees it, and only while they may still read its OPD.
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from skpdoc.errors import InvalidSpecs, Problem, SkpdocError
from skpdoc.reference import PERIODE
from skpdoc.serve import jobs, preview
from skpdoc.serve.site import Site
from skpdoc.serve.state import Entry, Snapshot

#: What each download makes: (file suffix, media type).
KINDS = {
    "bundle": (".pdf", "application/pdf"),
    "rekap": (".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}
#: Personal data: never kept by a browser or a proxy on a shared desk.
PRIVATE = {"Cache-Control": "no-store"}


def routes(site: Site) -> list[BaseRoute]:
    pages = FilePages(site, jobs.Runner())
    return [
        Route("/pegawai/{nip}/pratinjau", pages.preview_page, methods=["GET"]),
        Route("/pegawai/{nip}/pratinjau/{form}", pages.preview_pdf, methods=["GET"]),
        Route("/opd/{slug}/unduh/{kind}", pages.download, methods=["POST"]),
        Route("/tugas/{ident}", pages.job_page, methods=["GET"]),
        Route("/tugas/{ident}/status", pages.job_status, methods=["GET"]),
        Route("/tugas/{ident}/berkas", pages.job_file, methods=["GET"]),
    ]


class FilePages:
    """The handlers, sharing the site and the app's job runner."""

    def __init__(self, site: Site, runner: jobs.Runner) -> None:
        self.site = site
        self.runner = runner

    # --- preview -----------------------------------------------------------------------------------------------

    async def preview_page(self, request: Request) -> Response:
        entry, snapshot = await self._readable(request)
        problems = _refusal(snapshot, entry.nip)
        forms = preview.forms_of(snapshot.workspace, entry.nip) if snapshot.workspace and not problems else []
        wanted = request.query_params.get("form")
        chosen = next((f for f in forms if f.name == wanted), forms[0] if forms else None)
        context = {"entry": entry, "forms": forms, "chosen": chosen, **self._problems(problems)}
        return self.site.page(request, "preview.html", context, 409 if problems else 200)

    async def preview_pdf(self, request: Request) -> Response:
        entry, _ = await self._readable(request)
        form = preview.KNOWN.get(request.path_params["form"])
        if form is None:
            raise HTTPException(404)
        site = self.site
        try:
            data = await run_in_threadpool(preview.form_pdf, site.root, entry.nip, entry.opd, form)
        except SkpdocError as exc:  # the spec's errors (409), a failed conversion, no LibreOffice
            failed, status = self._failure(exc)
            context = {"entry": entry, "forms": [], "chosen": None, **failed}
            return site.page(request, "preview.html", context, status)
        if data is None:  # a form the employee does not have (no evaluation for that periode)
            raise HTTPException(404)
        disposition = f'inline; filename="{entry.nip}-{form.name}.pdf"'  # digits and [a-z0-9-] only
        return Response(data, media_type="application/pdf", headers={"Content-Disposition": disposition, **PRIVATE})

    async def _readable(self, request: Request) -> tuple[Entry, Snapshot]:
        account = self.site.require(request)
        snapshot = await self.site.snapshot()
        entry = self.site.entry(snapshot, request.path_params["nip"])
        if not account.reads(entry):
            raise HTTPException(403)
        return entry, snapshot

    # --- downloads as jobs ------------------------------------------------------------------------------------

    async def download(self, request: Request) -> Response:
        site = self.site
        account = site.require(request)
        sent = await site.form(request)
        kind, slug = request.path_params["kind"], request.path_params["slug"]
        if kind not in KINDS:
            raise HTTPException(404)
        snapshot = await site.snapshot()
        if slug not in snapshot.index.opds:
            raise HTTPException(404)
        if not account.reads_opd(slug):
            raise HTTPException(403)
        periode = sent.get("periode") or None
        if periode is not None and periode not in PERIODE:
            text = site.t("files.periode_salah", periode=str(periode)[:40])
            return site.page(request, "error.html", {"status": 400, "text": text}, 400)
        tahun = snapshot.workspace.tahun if snapshot.workspace else None
        name = "-".join(str(part) for part in (slug if kind == "bundle" else f"rekap-{slug}", tahun, periode) if part)
        suffix = KINDS[kind][0]
        work: jobs.Work
        if kind == "bundle":
            work = partial(preview.bundle_pdf, site.root, slug, periode)
        else:
            work = partial(preview.rekap_xlsx, site.root, slug, periode, site.lang)
        try:
            job = self.runner.submit(account.name, kind, slug, name + suffix, work, same=(periode,))
        except jobs.TooMany:
            text = site.t("files.terlalu_banyak", n=self.runner.max_open)
            return site.page(request, "error.html", {"status": 429, "text": text}, 429)
        return RedirectResponse(f"/tugas/{job.id}", status_code=303)

    async def job_page(self, request: Request) -> Response:
        job = self._job(request)
        progress = job.progress
        snapshot = await self.site.snapshot()
        workspace = snapshot.workspace
        opd = workspace.opds[job.subject].nama if workspace and job.subject in workspace.opds else job.subject
        periode = job.same[0] if job.same else None
        context: dict[str, Any] = {
            "job": job,
            "state": progress.state.value,
            "done": progress.done,
            "total": progress.total,
            "text": self._text(job, progress),
            "heading": self.site.t(f"files.judul.{job.kind}", opd=opd),
            "periode": PERIODE.get(str(periode)) if periode else self.site.t(f"files.periode_tanpa.{job.kind}"),
            "finished": progress.state in (jobs.State.DONE, jobs.State.FAILED),
        }
        if job.error is not None:
            context.update(self._failure(job.error)[0])
        return self.site.page(request, "job.html", context)

    async def job_status(self, request: Request) -> Response:
        job = self._job(request)
        progress = job.progress
        body = {
            "state": progress.state.value,
            "done": progress.done,
            "total": progress.total,
            "text": self._text(job, progress),
        }
        return JSONResponse(body, headers=PRIVATE)

    async def job_file(self, request: Request) -> Response:
        job = self._job(request)
        if job.state is not jobs.State.DONE or not job.result.is_file():
            raise HTTPException(404)
        media = KINDS[job.kind][1]
        return FileResponse(
            job.result, media_type=media, filename=job.filename, content_disposition_type="attachment", headers=PRIVATE
        )

    def _job(self, request: Request) -> jobs.Job:
        """The job of the URL: 404 when unknown (or expired), 403 unless the account started it or is an admin."""
        account = self.site.require(request)
        job = self.runner.get(request.path_params["ident"])
        if job is None:
            raise HTTPException(404)
        mine = job.owner == account.name and account.reads_opd(job.subject)
        if not (mine or account.role == "admin"):
            raise HTTPException(403)
        return job

    def _text(self, job: jobs.Job, progress: jobs.Progress) -> str:
        if progress.state is jobs.State.WAITING:
            return self.site.t("files.langkah.menunggu", n=self.runner.ahead_of(job))
        return self.site.t(f"files.langkah.{progress.step}", done=progress.done, total=progress.total)

    # --- what went wrong, in the reader's language --------------------------------------------------------------

    def _problems(self, problems: list[Problem] | tuple[Problem, ...]) -> dict[str, Any]:
        """The errors that stop a build, each with its file and place, worded without the server's paths."""
        from skpdoc.errors import Severity

        root, lang = self.site.root, self.site.lang
        errors = [
            {"file": _relative(p.file, root), "where": p.shown(), "text": _without_root(_said(p, lang), root)}
            for p in problems
            if p.severity is Severity.ERROR
        ]
        return {"problems": errors, "problem_count": len(errors)} if errors else {}

    def _failure(self, exc: BaseException) -> tuple[dict[str, Any], int]:
        """What a failed build or job shows, and the status a request for it answers with."""
        lang = self.site.lang
        if isinstance(exc, InvalidSpecs):
            return self._problems(exc.problems), 409
        if isinstance(exc, preview.BuildFailed):
            lines = [_without_root(f"{name}: {_render(cause, lang)}", self.site.root) for name, cause in exc.failures]
            return {"failures": lines or [self.site.t("files.langkah.gagal")], "failure_head": "gagal_dibuat"}, 500
        if isinstance(exc, SkpdocError):
            return {"failures": [_without_root(exc.format(lang), self.site.root)], "failure_head": "tak_tersedia"}, 503
        return {"failures": [self.site.t("files.galat_tak_terduga")], "failure_head": "gagal"}, 500


def _refusal(snapshot: Snapshot, nip: str) -> list[Problem]:
    """The problems the build would refuse this employee's forms for (its spec, or one they print)."""
    from skpdoc.selection import Selection

    if snapshot.valid is None:
        return list(snapshot.problems)
    try:
        snapshot.valid.require(Selection(nips=(nip,)))
    except InvalidSpecs as exc:
        return list(exc.problems)
    return []


def _relative(path: Path, root: Path) -> str:
    """A problem's file as the workspace names it: no server path in a page."""
    resolved = Path(path).resolve()
    return resolved.relative_to(root).as_posix() if resolved.is_relative_to(root) else Path(path).name


def _said(problem: Problem, lang: str) -> str:
    hint = problem.hint(lang)
    return f"{problem.message(lang)} ({hint})" if hint else problem.message(lang)


def _without_root(text: str, root: Path) -> str:
    """A message names files by their full path (for the terminal); a page names them within the workspace."""
    return text.replace(f"{root}{os.sep}", "")


def _render(cause: object, lang: str) -> str:
    render = getattr(cause, "render", None)
    return str(render(lang)) if callable(render) else str(cause)
