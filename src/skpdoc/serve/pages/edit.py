"""Editing a plan (``/pegawai/<nip>/ubah``) and an evaluation (``/pegawai/<nip>/evaluasi/<periode>``).

Both forms work without JavaScript: every button posts the whole form with
its ``aksi`` (``tambah-rhk:utama``, ``hapus-indikator:utama:0:1`` ...), the
page comes back with the change made to the posted values and validated, and
nothing is written until ``simpan``. htmx (when loaded) re-validates on each
change through ``/pegawai/<nip>/periksa``, which answers with the problems
only. Permissions are checked on every request, GET and POST
(:mod:`skpdoc.serve.access`); the person is looked up in the snapshot's index.

Nothing typed is lost: a save refused for errors (422) or for someone else's
change (409) shows the form again with the user's input; a POST whose session
has expired is kept on the server (:class:`Stash`, a random single-use key, for
30 minutes) and restored, once the user has logged in again, on the same
person's form and only after the permission check. Such a POST carries no
session, so no CSRF token can be checked: the kept input is only ever shown
again (with a note saying so), never saved without the user pressing Simpan.
"""

from __future__ import annotations

import dataclasses
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from skpdoc import reference, spec
from skpdoc.errors import Problem
from skpdoc.rules.consequences import ASKS_FOR_KEY as ASKS_FOR  # the key each rule asks for: the rules' own table
from skpdoc.rules.consequences import MISSING_KEY as MISSING_ARG  # the argument naming a missing key
from skpdoc.serve import commitmsg, editform, editview, save
from skpdoc.serve.access import Account, Part
from skpdoc.serve.apply import apply_evaluasi, apply_rencana
from skpdoc.serve.diffview import DiffView, view
from skpdoc.serve.fields import Placement, Shown, field_id, place
from skpdoc.serve.site import Site, same_origin
from skpdoc.serve.state import Entry, Snapshot

#: Fields a posted form may have (Starlette's default, 1000, is below the largest plan the schema allows).
MAX_FIELDS = 20_000
#: A kept form: at most this many bytes of text, for this many seconds; at most this many forms at once.
STASH_BYTES = 2 * 1024 * 1024
STASH_SECONDS = 30 * 60
STASH_COUNT = 64


# --- forms kept across a login ---------------------------------------------------------------------


@dataclass(frozen=True)
class Kept:
    nip: str
    part: str
    pairs: tuple[tuple[str, str], ...]
    until: float


class Stash:
    """Forms posted after their session expired, by a random key; each is given back once, for its own form."""

    def __init__(self) -> None:
        self._kept: OrderedDict[str, Kept] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, nip: str, part: str, pairs: list[tuple[str, str]]) -> str | None:
        if sum(len(k) + len(v) for k, v in pairs) > STASH_BYTES:
            return None
        key = secrets.token_urlsafe(24)
        with self._lock:
            self._drop_expired()
            self._kept[key] = Kept(nip, part, tuple(pairs), time.monotonic() + STASH_SECONDS)
            while len(self._kept) > STASH_COUNT:
                self._kept.popitem(last=False)
        return key

    def take(self, key: object, nip: str, part: str) -> Kept | None:
        """The form kept under ``key`` when it was posted to this person's ``part`` (it is then forgotten)."""
        if not isinstance(key, str):
            return None
        with self._lock:
            self._drop_expired()
            kept = self._kept.get(key)
            if kept is None or (kept.nip, kept.part) != (nip, part):
                return None
            del self._kept[key]
            return kept

    def _drop_expired(self) -> None:
        now = time.monotonic()
        for key in [k for k, kept in self._kept.items() if kept.until < now]:
            del self._kept[key]


# --- the two forms ---------------------------------------------------------------------------------------


def _target(problem: Problem, shown: Shown) -> tuple[Any, ...]:
    """Where a problem goes: one about a missing key beside the input for that key, when the form shows one.
    Which problems those are, and which key each names, is the rules' own knowledge (the tables of
    :mod:`skpdoc.rules.consequences`, which prunes follow-up problems with them)."""
    path = tuple(problem.path)
    named = problem.args.get(MISSING_ARG.get(problem.code, ""))
    keys = [k.strip() for k in named.split(",")] if isinstance(named, str) else sorted(ASKS_FOR.get(problem.code, ()))
    for key in keys:
        if (*path, key) in shown.paths:
            return (*path, key)
    return path


def placement(problems: Iterable[Problem], shown: Shown) -> Placement:
    """Each problem beside the field it is about (:func:`skpdoc.serve.fields.place`)."""
    return place([dataclasses.replace(p, path=_target(p, shown)) for p in problems], shown)


def placed(shown: Shown) -> Callable[[Problem], bool]:
    """Whether a problem goes beside something the form shows (the user can fix it there)."""

    def test(problem: Problem) -> bool:
        path = _target(problem, shown)
        return any(path[:n] in shown.paths for n in range(len(path), 0, -1))

    return test


class RencanaForm:
    """The plan: everything but ``evaluasi``."""

    part = Part.RENCANA
    key = "rencana"
    template = "edit_rencana.html"

    def url(self, nip: str) -> str:
        return f"/pegawai/{nip}/ubah"

    def from_data(self, data: Mapping[str, Any]) -> Any:
        return editform.rencana_from_data(data)

    def from_pairs(self, pairs: Iterable[tuple[str, Any]]) -> Any:
        return editform.rencana_from_form(pairs)

    def act(self, given: Any, aksi: str) -> bool:
        return editform.apply_action(given, aksi)

    def apply(self, given: Any) -> Callable[[Any], None]:
        return lambda data: apply_rencana(data, given)

    def view(
        self, given: Any, snapshot: Snapshot, entry: Entry, data: Mapping[str, Any], words: editview.Words
    ) -> tuple[dict[str, Any], Shown]:
        penilai = snapshot.index.pegawai.get(entry.penilai) if entry.penilai else None
        return editview.rencana_view(given, data, penilai, words)


class EvaluasiForm:
    """One evaluation: ``evaluasi.<periode>``."""

    part = Part.EVALUASI
    template = "edit_evaluasi.html"

    def __init__(self, periode: str) -> None:
        if periode not in reference.PERIODE:
            raise HTTPException(404)
        self.periode = periode
        self.key = f"evaluasi:{periode}"

    def url(self, nip: str) -> str:
        return f"/pegawai/{nip}/evaluasi/{self.periode}"

    def from_data(self, data: Mapping[str, Any]) -> Any:
        return editform.evaluasi_from_data(data, self.periode)

    def from_pairs(self, pairs: Iterable[tuple[str, Any]]) -> Any:
        return editform.evaluasi_from_form(pairs)

    def act(self, given: Any, aksi: str) -> bool:
        return False  # no buttons but check and save

    def apply(self, given: Any) -> Callable[[Any], None]:
        return lambda data: apply_evaluasi(data, self.periode, given)

    def view(
        self, given: Any, snapshot: Snapshot, entry: Entry, data: Mapping[str, Any], words: editview.Words
    ) -> tuple[dict[str, Any], Shown]:
        return editview.evaluasi_view(self.periode, given, data, words)


Form = RencanaForm | EvaluasiForm


# --- the pages ----------------------------------------------------------------------------------------


class CannotEdit(Exception):
    """The file is not YAML the form can edit (it is shown with its problems on the employee page instead)."""


@dataclass
class Conflict:
    """Someone else's change (None when the text the form started from is no longer known) and what a save of
    the user's input over the current file would change."""

    theirs: DiffView | None
    yours: DiffView


@dataclass
class FileState:
    """What a rendered form needs besides the input: the file's current state and the check of the input."""

    entry: Entry
    base: save.Base
    data: Mapping[str, Any]
    expected: str
    problems: list[Problem] = field(default_factory=list)
    elsewhere: list[Problem] = field(default_factory=list)


class EditPages:
    def __init__(self, site: Site) -> None:
        self.site = site
        self.words: editview.Words = lambda key: site.t(f"edit.{key}")
        self.stash = Stash()
        self.texts = save.Texts()
        self.checker = save.Checker(site.root)
        self.saver = save.Saver(site.root, self.checker)

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/pegawai/{nip}/ubah", self.rencana, methods=["GET", "POST"]),
            Route("/pegawai/{nip}/evaluasi/{periode}", self.evaluasi, methods=["GET", "POST"]),
            Route("/pegawai/{nip}/periksa", self.periksa, methods=["POST"]),
        ]

    async def rencana(self, request: Request) -> Response:
        return await self.handle(request, RencanaForm())

    async def evaluasi(self, request: Request) -> Response:
        return await self.handle(request, EvaluasiForm(request.path_params["periode"]))

    async def handle(self, request: Request, kind: Form) -> Response:
        try:
            return await self._handle(request, kind)
        except CannotEdit:
            text = self.site.t("edit.tak_terbaca")
            return self.site.page(request, "error.html", {"status": 422, "text": text}, status_code=422)

    async def _handle(self, request: Request, kind: Form) -> Response:
        nip = request.path_params["nip"]
        site = self.site
        if request.method == "POST" and site.account(request) is None:
            return await self.keep_for_login(request, kind, nip)
        account = site.require(request)
        snapshot = await site.snapshot()
        entry = site.entry(snapshot, nip)
        if not account.edits(entry, kind.part):
            return site.forbidden(request)
        if request.method == "GET":
            return await self.show(request, kind, snapshot, entry)
        await request.form(max_fields=MAX_FIELDS)  # parsed once, with room for a large plan; kept for site.form
        posted = await site.form(request)
        given = kind.from_pairs(posted.multi_items())
        aksi = posted.get("aksi")
        expected = posted.get("dasar")
        expected = expected if isinstance(expected, str) else ""
        if aksi == "simpan":
            return await self.store(request, kind, snapshot, entry, account, given, expected)
        if isinstance(aksi, str):
            kind.act(given, aksi)
        state = await self.current(entry, expected)
        return await self.render(request, kind, snapshot, state, given)

    async def show(self, request: Request, kind: Form, snapshot: Snapshot, entry: Entry) -> Response:
        asked = request.query_params.get("pulih")
        ours = asked is not None and asked == request.session.pop("pulih", None)
        kept = self.stash.take(asked, entry.nip, kind.key) if ours else None
        state = await self.current(entry, None)
        if kept is not None:
            given = kind.from_pairs(kept.pairs)
            state.expected = dict(kept.pairs).get("dasar", state.base.sha)
            return await self.render(request, kind, snapshot, state, given, note="edit.dipulihkan")
        given = kind.from_data(state.data)
        state.problems = snapshot.problems_of(entry.file)
        note = "edit.tidak_dipulihkan" if "pulih" in request.query_params else None
        return await self.render(request, kind, snapshot, state, given, checked=True, note=note)

    async def current(self, entry: Entry, expected: str | None) -> FileState:
        """The file as it is now (remembered by its hash, the base of a later conflict's diff)."""
        try:
            base = await run_in_threadpool(save.read, entry.file)
        except (OSError, save.Unreadable) as exc:
            raise CannotEdit from exc
        doc, _ = spec.parse(entry.file, base.text)
        if doc is None:
            raise CannotEdit
        self.texts.remember(base)
        return FileState(entry, base, doc.data, expected or base.sha)

    async def render(
        self,
        request: Request,
        kind: Form,
        snapshot: Snapshot,
        state: FileState,
        given: Any,
        *,
        status: int = 200,
        checked: bool = False,
        note: str | None = None,
        conflict: Conflict | None = None,
    ) -> Response:
        site = self.site
        account = site.account(request)
        context, shown = kind.view(given, snapshot, state.entry, state.data, self.words)
        unsaved = checked and status != 200  # a refused save or a conflict: the input differs from the file
        if not checked:
            text = await self._edited(state.base, kind, given)
            result = await run_in_threadpool(self.checker.check, snapshot.generation, state.entry.file, text)
            state.problems, state.elsewhere = result.problems, self._ours(result.elsewhere)
            unsaved = text != state.base.text
        return site.page(
            request,
            kind.template,
            {
                **context,
                "entry": state.entry,
                "dasar": state.expected,
                "bagian": kind.key,
                "action": kind.url(state.entry.nip),
                "placement": placement(state.problems, shown),
                "problems": state.problems,
                "unsaved": unsaved,  # edit.js asks before the page is left
                "elsewhere": state.elsewhere,
                "note": note,
                "conflict": conflict,
                "periods": list(reference.PERIODE.items()),
                "can_plan": account is not None and account.edits(state.entry, Part.RENCANA),
            },
            status_code=status,
        )

    async def _edited(self, base: save.Base, kind: Form, given: Any) -> str:
        try:
            return await run_in_threadpool(save.edited, base, kind.apply(given))
        except save.Unreadable as exc:
            raise CannotEdit from exc

    async def store(
        self,
        request: Request,
        kind: Form,
        snapshot: Snapshot,
        entry: Entry,
        account: Account,
        given: Any,
        expected: str,
    ) -> Response:
        site = self.site
        lang = site.lang
        _, shown = kind.view(given, snapshot, entry, entry.data or {}, self.words)

        def message(old: str, new: str) -> str:
            return commitmsg.message(entry.nip, save.diff_texts(old, new, entry.file.name), lang, account.name)

        try:
            outcome = await run_in_threadpool(
                lambda: self.saver.save(
                    entry.file,
                    expected,
                    kind.apply(given),
                    generation=snapshot.generation,
                    before=snapshot.problems_of(entry.file),
                    placed=placed(shown),
                    author=account.name,
                    message=message,
                    pending=site.t("edit.commit.tertunda", file=entry.file.name, user=account.name),
                    changed=site.state.changed,
                )
            )
        except (OSError, save.Unreadable) as exc:
            raise CannotEdit from exc
        if outcome.status == "conflict":
            return await self.conflict(request, kind, snapshot, entry, given, expected, outcome.base)
        if outcome.status == "refused":
            doc, _ = spec.parse(entry.file, outcome.base.text)
            state = FileState(entry, outcome.base, doc.data if doc is not None else {}, expected)
            assert outcome.problems is not None
            state.problems, state.elsewhere = outcome.problems.problems, self._ours(outcome.problems.elsewhere)
            return await self.render(
                request, kind, snapshot, state, given, status=422, checked=True, note="edit.ditolak"
            )
        notes = [("ok", site.t("edit.tanpa_perubahan"))] if outcome.status == "unchanged" else self._saved(outcome)
        request.session["flash"] = notes
        return RedirectResponse(f"/pegawai/{entry.nip}", status_code=303)

    def _ours(self, problems: list[Problem]) -> list[Problem]:
        """Problems of other specs, their files named from the workspace's folder (not the server's paths)."""
        return [dataclasses.replace(p, file=Path(_relative(p.file, self.site.root))) for p in problems]

    def _saved(self, outcome: save.Outcome) -> list[tuple[str, str]]:
        t = self.site.t
        if outcome.commit:
            notes = [("ok", t("edit.disimpan", commit=outcome.commit[:7]))]
        elif outcome.not_committed == "no-git":
            notes = [("warn", t("edit.disimpan_tanpa_git"))]
        else:
            notes = [("warn", t("edit.disimpan_commit_gagal", alasan=outcome.not_committed or ""))]
        others = outcome.problems.elsewhere if outcome.problems else []
        if others:
            files = sorted({_relative(p.file, self.site.root) for p in others})
            notes.append(("warn", t("edit.rusak_di_lain", n=len(others), berkas=", ".join(files))))
        return notes

    async def conflict(
        self,
        request: Request,
        kind: Form,
        snapshot: Snapshot,
        entry: Entry,
        given: Any,
        expected: str,
        current: save.Base,
    ) -> Response:
        """409: the form again with the user's input, the other's change, and what a save would do now; the form
        now carries the current file's hash, so saving again applies the input over it."""
        lang = self.site.lang
        self.texts.remember(current)
        start = await run_in_threadpool(self.texts.recall, expected, entry.file)
        mine = await self._edited(current, kind, given)
        name = entry.file.name
        theirs = await run_in_threadpool(save.diff_texts, start, current.text, name) if start is not None else None
        yours = await run_in_threadpool(save.diff_texts, current.text, mine, name)
        found = Conflict(view(theirs, lang) if theirs is not None else None, view(yours, lang))
        doc, _ = spec.parse(entry.file, current.text)
        state = FileState(entry, current, doc.data if doc is not None else {}, current.sha)
        return await self.render(request, kind, snapshot, state, given, status=409, conflict=found)

    async def keep_for_login(self, request: Request, kind: Form, nip: str) -> Response:
        """A POST after the session expired: keep what was typed, log in, then come back to it."""
        posted = await request.form(max_fields=MAX_FIELDS)
        pairs = [(k, v) for k, v in posted.multi_items() if isinstance(v, str) and k not in ("csrf", "aksi")]
        # Kept only for a form of this site's own pages (another site's page could post one to pre-fill a
        # user's form), and given back only in this browser: the key is in its session too (kept over the login).
        key = self.stash.put(nip, kind.key, pairs) if len(nip) <= 64 and same_origin(request) else None
        if key:
            request.session["pulih"] = key
        back = kind.url(quote(nip, safe="")) + (f"?pulih={key}" if key else "")
        return RedirectResponse(f"/login?next={quote(back, safe='/')}", status_code=303)

    async def periksa(self, request: Request) -> Response:
        """The problems of the posted form, for htmx to put beside the fields (no page of its own)."""
        try:
            return await self._periksa(request)
        except CannotEdit:
            return Response(status_code=422)

    async def _periksa(self, request: Request) -> Response:
        site = self.site
        account = site.account(request)
        if account is None:
            return Response(status_code=401)
        await request.form(max_fields=MAX_FIELDS)
        posted = await site.form(request)
        bagian = posted.get("bagian")
        kind: Form = RencanaForm() if bagian == "rencana" else EvaluasiForm(str(bagian).removeprefix("evaluasi:"))
        snapshot = await site.snapshot()
        entry = site.entry(snapshot, request.path_params["nip"])
        if not account.edits(entry, kind.part):
            return site.forbidden(request)
        given = kind.from_pairs(posted.multi_items())
        expected = posted.get("dasar")
        state = await self.current(entry, expected if isinstance(expected, str) else None)
        _, shown = kind.view(given, snapshot, entry, state.data, self.words)
        text = await self._edited(state.base, kind, given)
        result = await run_in_threadpool(self.checker.check, snapshot.generation, entry.file, text)
        return site.page(
            request,
            "_problems.html",
            {
                "fragment": True,
                "shown_ids": sorted(field_id(path) for path in shown.paths),
                "placement": placement(result.problems, shown),
                "problems": result.problems,
                "elsewhere": self._ours(result.elsewhere),
            },
        )


def _relative(file: Path, root: Path) -> str:
    """A file of the workspace as its users name it: from the workspace's folder."""
    try:
        return Path(file).resolve().relative_to(root).as_posix()
    except ValueError:
        return Path(file).name


def routes(site: Site) -> list[BaseRoute]:
    return EditPages(site).routes()
