"""``/telaah?rev=main..usulan``: the semantic diff of a branch or revision range, per OPD and employee.

The content is ``skpdoc diff --rev REV --format markdown`` (:func:`skpdoc.api.diff_revisions`,
laid out by :mod:`skpdoc.serve.diffview`); ``A..B``, ``A...B`` (since the merge
base) and ``A`` (against the working tree) are accepted. Every account may open
the page, the reviewer's main one, but only the changes of employees (and OPDs)
the account may read are listed; the others are counted.

``rev`` is checked before it reaches git: the characters of revision names
only, no side starting with ``-`` (git would read an option). The library runs
git with argument lists and ``--end-of-options`` too; this check is the page's
own, so a wrong value gets a message in the user's language instead of git's.
"""

from __future__ import annotations

import re
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from skpdoc.diff.model import Change
from skpdoc.diff.report import DiffResult
from skpdoc.errors import Problem, SkpdocError
from skpdoc.serve import diffview
from skpdoc.serve.access import Account
from skpdoc.serve.site import Site
from skpdoc.serve.state import Entry, Snapshot

#: One side of a range: a branch, tag or commit, with git's suffixes (``HEAD~2``, ``main^``, ``@{1}``).
_SIDE = re.compile(r"[A-Za-z0-9_@][A-Za-z0-9_./~^@{}-]*\Z")
MAX_REV = 200
#: Branches offered as ready-made ranges.
MAX_BRANCHES = 20


def valid_rev(rev: str) -> bool:
    """Whether ``rev`` is ``A``, ``A..B`` or ``A...B`` of revision names (a side may be empty: HEAD)."""
    if not rev or len(rev) > MAX_REV:
        return False
    sides = rev.split("...") if "..." in rev else rev.split("..")
    if len(sides) > 2 or not any(sides):
        return False
    return all(side == "" or (_SIDE.match(side) is not None and ".." not in side) for side in sides)


def routes(site: Site) -> list[BaseRoute]:
    async def telaah(request: Request) -> Response:
        account = site.require(request)
        snapshot = await site.snapshot()
        rev = request.query_params.get("rev", "").strip()
        lang = site.lang
        branches = await run_in_threadpool(_branches, site.root)
        context: dict[str, object] = {"rev": rev, "diff": None, "error": None, "branches": branches}
        if branches is None:
            return site.page(request, "review.html", {**context, "error": site.t("review.bukan_git")})
        if not rev:
            return site.page(request, "review.html", context)
        if not valid_rev(rev):
            return site.page(request, "review.html", {**context, "error": site.t("review.rev_salah", rev=rev)}, 400)
        try:
            result, problems = await run_in_threadpool(_compare, site.root, rev)
        except SkpdocError as exc:
            error = site.t("review.gagal", error=exc.format(lang))
            return site.page(request, "review.html", {**context, "error": error}, 400)
        context["diff"] = _view(result, problems, snapshot, account, lang)
        return site.page(request, "review.html", context)

    return [Route("/telaah", telaah)]


def _compare(root: Path, rev: str) -> tuple[DiffResult, list[Problem]]:
    """The diff of ``rev``; a file that is not YAML leaves the others compared (its problems come along)."""
    from skpdoc import api
    from skpdoc.diff import UnreadableSpecs

    try:
        return api.diff_revisions(rev, cwd=root), []
    except UnreadableSpecs as exc:
        if exc.result is None:
            raise
        return exc.result, list(exc.problems)


def _view(
    result: DiffResult, problems: list[Problem], snapshot: Snapshot, account: Account, lang: str
) -> diffview.DiffView:
    index = snapshot.index.pegawai

    def entry_of(change: Change) -> Entry:
        """The employee as the index knows them; one gone from the workspace by what the diff says."""
        found = index.get(change.nip or "")
        if found is not None:
            return found
        return Entry(change.nip or "", change.opd or "", Path(), change.nama or "", "", None, None, None)

    def shown(change: Change) -> bool:
        if change.entity == "pegawai":
            return account.reads(entry_of(change))
        if change.entity == "opd":
            return account.reads_opd(change.opd or "")
        return True  # skpdoc.yaml: no personal data

    def link(change: Change) -> str | None:
        found = index.get(change.nip or "") if change.entity == "pegawai" else None
        return f"/pegawai/{found.nip}" if found is not None and account.reads(found) else None

    names = {slug: opd.nama for slug, opd in snapshot.workspace.opds.items()} if snapshot.workspace else {}

    def problem_shown(problem: Problem) -> bool:
        """A file that is not YAML, named like its employee (``rev:opd/<nip>.yaml``): shown to who reads them."""
        if account.role in ("admin", "reviewer"):
            return True
        found = index.get(Path(str(problem.file).rpartition(":")[2]).stem)
        return found is not None and account.reads(found)

    kept = [p for p in problems if problem_shown(p)]
    return diffview.view(result, lang, shown=shown, link=link, problems=kept, opd_names=names)


def _branches(root: Path) -> tuple[str, list[str]] | None:
    """(the current branch, the other local branches) to offer as ranges; None outside a git repository."""
    from skpdoc.diff import git

    try:
        top = git.toplevel(root)
        names = git.run(top, "for-each-ref", "--format=%(refname:short)", "refs/heads/").decode("utf-8", "replace")
    except SkpdocError:
        return None
    try:
        current = git.run(top, "symbolic-ref", "--short", "-q", "HEAD").decode("utf-8", "replace").strip()
    except SkpdocError:  # a detached HEAD
        current = "HEAD"
    others = [n for n in names.splitlines() if n and n != current and valid_rev(f"{current}..{n}")]
    return current, others[:MAX_BRANCHES]
