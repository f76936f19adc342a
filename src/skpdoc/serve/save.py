"""Saving an edit from the browser: the form applied to the file, validated, written atomically, committed.

:mod:`skpdoc.serve.apply` writes a posted form into the round-trip document
(only the values whose text changed); :mod:`skpdoc.serve.gitcommit` commits.

A form carries the sha256 of the file's bytes as it was shown (:attr:`Base.sha`).
:meth:`Saver.save` reads the file again under a lock and refuses (``conflict``)
when the bytes differ, so a save never silently overwrites someone else's;
otherwise it keeps the file's line ends and byte-order mark, validates the
result with the whole workspace (:class:`Checker`: ``skpdoc validate``'s own
rules on a copy of the loaded workspace with this one file replaced), writes it
atomically and commits it alone (``git commit --only``) with the user as author.

What blocks a save (:func:`blocking`): an error the edit brought in, or an
error beside a field the form shows (the user can fix it right there). An
error elsewhere in the file that was already there (a plan error on the
evaluation form) does not: the form could never fix it.
"""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from skpdoc import workspace, yamledit
from skpdoc.diff import DiffResult
from skpdoc.errors import Problem, Severity
from skpdoc.files import write_atomic
from skpdoc.paths import identity
from skpdoc.rules.consequences import FOLLOW_UPS
from skpdoc.serve import gitcommit
from skpdoc.serve.gitcommit import commit_file, commit_pending


class Unreadable(Exception):
    """The file is not a YAML mapping the form can edit (fix it in an editor, or with skpdoc validate's help)."""


@dataclass(frozen=True)
class Base:
    """A spec file as read for a form: its text (LF line ends, no BOM) and how to write it back the same way."""

    raw: bytes
    text: str
    sha: str
    crlf: bool
    bom: bool

    def encode(self, text: str) -> bytes:
        """``text`` as this file's bytes: its line ends and byte-order mark kept."""
        if self.crlf:
            text = text.replace("\n", "\r\n")
        return (codecs.BOM_UTF8 if self.bom else b"") + text.encode("utf-8")


def sha(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def read(file: Path) -> Base:
    raw = file.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Unreadable(str(exc)) from exc
    return Base(raw, text.replace("\r\n", "\n"), sha(raw), b"\r\n" in raw, raw.startswith(codecs.BOM_UTF8))


def edited(base: Base, apply: Callable[[Any], None]) -> str:
    """The text of ``base`` after ``apply`` changed its round-trip data; ``base.text`` when nothing changed."""
    try:
        document = yamledit.loads(base.text)
    except Exception as exc:  # ruamel refuses what it cannot round-trip; the form cannot edit that file
        raise Unreadable(str(exc)) from exc
    if not isinstance(document.data, dict):
        raise Unreadable("not a mapping")
    apply(document.data)
    return document.dumps()


# --- validation ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Checked:
    """The problems of the would-be file, and the errors it would bring into other specs of the workspace."""

    problems: list[Problem]
    elsewhere: list[Problem]


class Checker:
    """Validates a would-be file with the whole workspace, as ``skpdoc validate`` would once it is written.

    The loaded workspace (every file parsed and checked on its own) is kept per
    snapshot generation: a check then parses one file and runs the rules across
    files, without reading the workspace again.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self._lock = threading.Lock()
        self._kept: tuple[int, workspace.LoadedWorkspace, set[tuple[str, str, tuple[Any, ...]]]] | None = None

    def _loaded(self, generation: int) -> tuple[workspace.LoadedWorkspace, set[tuple[str, str, tuple[Any, ...]]]]:
        from skpdoc.validate import check_workspace

        with self._lock:
            if self._kept is None or self._kept[0] != generation:
                loaded = workspace.load(self.root)
                errors = {_key(p) for p in check_workspace(loaded) if p.severity is Severity.ERROR}
                self._kept = (generation, loaded, errors)
            return self._kept[1], self._kept[2]

    def check(self, generation: int, file: Path, text: str) -> Checked:
        from skpdoc.validate import check_workspace

        loaded, errors_before = self._loaded(generation)
        replaced = _replaced(loaded, file, _checked(file, text, loaded.tahun))
        mine, elsewhere = [], []
        wanted = identity(file)
        for problem in check_workspace(replaced):
            if identity(problem.file) == wanted:
                mine.append(problem)
            elif problem.severity is Severity.ERROR and _key(problem) not in errors_before:
                elsewhere.append(problem)
        return Checked(sorted(mine, key=Problem.sort_key), elsewhere)


def _checked(file: Path, text: str, tahun: int | None) -> workspace.CheckedFile:
    """``file`` with ``text`` as its content, parsed and checked on its own (:func:`workspace.check_file`, on a
    private copy: nothing is written into the workspace before the save)."""
    shown = workspace.display(file)
    with tempfile.TemporaryDirectory(prefix="skpdoc-edit-") as folder:
        copy = Path(folder) / file.name
        copy.write_text(text, encoding="utf-8")
        checked = workspace.check_file(copy, "pegawai", tahun)
    if checked.doc is not None:
        checked.doc.file = shown
    problems = [dataclasses.replace(p, file=shown) for p in checked.problems]
    return workspace.CheckedFile(file, "pegawai", checked.doc, problems)


def _replaced(
    loaded: workspace.LoadedWorkspace, file: Path, checked: workspace.CheckedFile
) -> workspace.LoadedWorkspace:
    """A copy of ``loaded`` with ``file`` replaced by ``checked`` (the loaded workspace itself is left as it is)."""
    wanted = identity(file)
    opds = {}
    for slug, opd in loaded.opds.items():
        specs = [checked if identity(c.path) == wanted else c for c in opd.pegawai]
        opds[slug] = dataclasses.replace(opd, pegawai=specs)
    return dataclasses.replace(loaded, opds=opds)


def _key(problem: Problem) -> tuple[str, str, tuple[Any, ...]]:
    return identity(problem.file), problem.code, tuple(problem.path)


def blocking(checked: Checked, before: Iterable[Problem], placed: Callable[[Problem], bool]) -> list[Problem]:
    """The errors that refuse a save: those the edit brings in, and those beside a field the form shows
    (``placed``) unless they only follow from another spec's errors."""
    old = {(p.code, tuple(p.path)) for p in before if p.severity is Severity.ERROR}
    return [
        p
        for p in checked.problems
        if p.severity is Severity.ERROR
        and ((p.code, tuple(p.path)) not in old or (placed(p) and p.code not in FOLLOW_UPS))
    ]


# --- the semantic diff of two texts ------------------------------------------------------------------


def diff_texts(old: str, new: str, name: str) -> DiffResult:
    """What changed from ``old`` to ``new`` (two versions of the spec ``name``), by :func:`skpdoc.api.diff`."""
    from skpdoc.api import diff
    from skpdoc.diff import UnreadableSpecs

    with tempfile.TemporaryDirectory(prefix="skpdoc-diff-") as folder:
        sides = []
        for side, text in (("lama", old), ("baru", new)):
            path = Path(folder) / side / name
            path.parent.mkdir()
            path.write_text(text, encoding="utf-8")
            sides.append(path)
        try:
            return diff(sides[0], sides[1])
        except UnreadableSpecs as exc:  # a side that is not YAML: what could be compared, or nothing
            return exc.result or DiffResult(str(sides[0]), str(sides[1]), ())


class Texts:
    """The texts shown in forms, by their sha256: the base of a conflict's diff (the last few hundred)."""

    def __init__(self, limit: int = 256) -> None:
        self._texts: OrderedDict[str, str] = OrderedDict()
        self._limit = limit
        self._lock = threading.Lock()

    def remember(self, base: Base) -> None:
        with self._lock:
            self._texts[base.sha] = base.text
            self._texts.move_to_end(base.sha)
            while len(self._texts) > self._limit:
                self._texts.popitem(last=False)

    def recall(self, wanted: str, file: Path) -> str | None:
        """The text whose bytes had the sha256 ``wanted``: remembered, or a recent commit of ``file``."""
        with self._lock:
            if wanted in self._texts:
                return self._texts[wanted]
        for commit in gitcommit.git(file.parent, "log", "--format=%H", "-n", "30", "--", file.name).stdout.split():
            shown = gitcommit.git(file.parent, "show", f"{commit}:./{file.name}", text=False)
            if shown.returncode == 0 and sha(shown.stdout) == wanted:
                return read_bytes(shown.stdout)
        return None


def read_bytes(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError:
        return None


# --- writing and committing -------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What a save did. ``status``: saved, unchanged, refused (errors), conflict (the file changed meanwhile)."""

    status: str
    base: Base
    text: str = ""  # the would-be text (saved when status is "saved")
    problems: Checked | None = None
    refused: tuple[Problem, ...] = ()
    commit: str | None = None  # the new commit's id
    not_committed: str | None = None  # why not: "no-git", or git's own last line


class Saver:
    """Saves one file at a time per server, so that a check of the bytes and the write cannot interleave."""

    def __init__(self, root: Path, checker: Checker) -> None:
        self.root = root
        self.checker = checker
        self._lock = threading.Lock()

    def save(
        self,
        file: Path,
        expected: str,
        apply: Callable[[Any], None],
        *,
        generation: int,
        before: Iterable[Problem],
        placed: Callable[[Problem], bool],
        author: str,
        message: Callable[[str, str], str],
        pending: str = "",
        changed: Callable[[], None],
    ) -> Outcome:
        """Apply the form to ``file`` and write and commit it, unless its bytes are no longer ``expected``,
        nothing changed, or the result has errors that block (:func:`blocking`). ``message(old, new)`` makes
        the commit message; ``changed`` is told once the file is written. What the file held beyond the last
        commit (an edit from the CLI or an editor, not committed) is committed first, on its own, with
        ``pending`` as its message and no author of ours: the user's commit holds their change alone."""
        with self._lock:
            base = read(file)
            if base.sha != expected:
                return Outcome("conflict", base)
            text = edited(base, apply)
            if text == base.text:
                return Outcome("unchanged", base, text)
            checked = self.checker.check(generation, file, text)
            refused = blocking(checked, before, placed)
            if refused:
                return Outcome("refused", base, text, checked, tuple(refused))
            commit_pending(file, pending)
            write_atomic(file, base.encode(text))
            changed()
            commit, reason = commit_file(file, author, message(base.text, text))
            return Outcome("saved", base, text, checked, commit=commit, not_committed=reason)
