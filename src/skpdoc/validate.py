"""Validate workspaces: every problem of every file, in one run."""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from skpdoc import schema, workspace
from skpdoc.errors import ItemNames, Problem, Severity, UsageError, name_items
from skpdoc.paths import examine, identity
from skpdoc.rules import consequences, drafts
from skpdoc.rules import workspace as workspace_rules


@dataclass(frozen=True)
class Report:
    """The outcome of a validation: problems sorted by file and position."""

    problems: tuple[Problem, ...]
    files: int

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]

    def ok(self, *, strict: bool = False) -> bool:
        """No errors (and, with ``strict``, no warnings either)."""
        return not (self.problems if strict else self.errors)


def check_workspace(loaded: workspace.LoadedWorkspace) -> list[Problem]:
    """All problems of an already loaded workspace, per file and across files.

    Each file's problems are pruned of those that only follow from another one
    (:mod:`skpdoc.rules.consequences`): one cause, one message. Every path
    through a list names its items as the file gives them (:func:`~skpdoc.errors.name_items`).
    """
    problems = list(loaded.problems)
    for checked in loaded.files():
        problems += _named(consequences.prune(checked.problems), checked)
    return problems + _named_across(workspace_rules.check(loaded), loaded)


def _named(problems: list[Problem], checked: workspace.CheckedFile) -> list[Problem]:
    """``problems`` of ``checked`` with their list items named by id (counted from 1 when it could not be read)."""
    return name_items(problems, checked.doc.data) if problems and checked.doc is not None else problems


def _named_across(problems: list[Problem], loaded: workspace.LoadedWorkspace) -> list[Problem]:
    """The problems of the rules across files, each named with the data of the file it is in."""
    if not any(isinstance(part, int) for p in problems for part in p.path):
        return problems  # the usual case: no file's data is looked at
    docs = {str(c.doc.file): c.doc.data for c in loaded.files() if c.doc is not None}
    names: dict[str, ItemNames] = {}
    named = []
    for problem in problems:
        file = str(problem.file)
        if file in docs:
            problem = names.setdefault(file, ItemNames(docs[file])).name(problem)
        named.append(problem)
    return named


def _order(problem: Problem) -> tuple[bool, str, int, int, str]:
    """By file and position, a follow-up of another file's problem (R200) after every root problem."""
    return (problem.code in consequences.FOLLOW_UPS, *problem.sort_key())


def validate(paths: Sequence[str | Path], *, jobs: int | None = None) -> Report:
    """Validate the workspaces holding ``paths`` (folders or files).

    A folder (the workspace or one of its OPD folders) selects its whole
    workspace; any other folder is refused (W007). Files select themselves:
    the whole workspace is still loaded, since references cross files, but
    only the problems of the given files are reported. A ``.yaml`` file the
    workspace does not load (in ``_draft/``, say) is checked on its own, with
    a warning (W006) that the cross-file rules did not run; a file that is
    not ``.yaml``/``.yml`` is refused (F008). A given path is never passed
    over with an "ok".
    """
    wanted: dict[Path, dict[str, Path] | None] = {}
    for raw in paths or [Path.cwd()]:
        path = Path(raw)
        root = workspace.find_root(path)
        if os.path.isdir(path):
            if not workspace.selects_workspace(root, path):
                raise UsageError(code="W007", subject=str(path), root=root)
            wanted[root] = None
        elif path.suffix not in (".yaml", ".yml"):
            raise UsageError(code="F008", subject=str(path))
        else:
            selected = wanted.setdefault(root, {})
            if selected is not None:
                selected[identity(path)] = path
    problems: list[Problem] = []
    files = 0
    for root, selected in wanted.items():
        whole = _whole(root, jobs)
        if selected is None:
            files += whole.files
            problems += whole.problems
            continue
        for ident, path in selected.items():
            if ident in whole.known:
                problems += [p for p in whole.problems if identity(p.file) == ident]
            else:
                problems += check_alone(root, path, whole.tahun)
        files += len(selected)
    problems.sort(key=_order)
    return Report(tuple(problems), files)


@dataclass(frozen=True)
class _Whole:
    """What validating a whole workspace gives: its problems, its files (counted, and every path read), its year."""

    problems: list[Problem]
    files: int
    paths: tuple[Path, ...]
    tahun: int | None

    @functools.cached_property
    def known(self) -> frozenset[str]:
        """The identities of :attr:`paths`: only a run given single files asks (resolving links costs a
        ``realpath`` a file, about a sixth of the parent's time on a cold run of a whole workspace)."""
        return frozenset(identity(path) for path in self.paths)


def _whole(root: Path, jobs: int | None) -> _Whole:
    """The problems of the workspace at ``root``; given back from :class:`~skpdoc.cache.WorkspaceResult` when no
    file changed since they were found."""
    from skpdoc.cache import WorkspaceResult

    kept = WorkspaceResult(root)
    found = kept.get()
    if isinstance(found, _Whole):
        return found
    loaded = workspace.load(root, jobs=jobs)
    problems = check_workspace(loaded)
    paths = (*(checked.path for checked in loaded.files()), *(p.file for p in loaded.problems))
    whole = _Whole(problems, sum(1 for _ in loaded.files()), paths, loaded.tahun)
    kept.put(whole)
    return whole


def check_alone(root: Path, path: Path, tahun: int | None) -> list[Problem]:
    """Check a file of the workspace folder that the workspace does not load, with the single-file rules only."""
    shown = workspace.display(path)
    refusal = examine(path, root)
    if refusal is not None:
        return [refusal.problem(shown)]
    kinds: dict[str, schema.Kind] = {workspace.CONFIG_NAME: "skpdoc", workspace.OPD_NAME: "opd"}
    kind = kinds.get(path.name, "pegawai")
    folder = Path(identity(path)).parent.relative_to(root).as_posix()
    note = Problem(shown, "W006", {"folder": folder + "/"}, severity=Severity.WARNING)
    checked = workspace.check_file(path, kind, tahun)
    proposals = drafts.unconfirmed(checked.doc, {}) if checked.doc is not None else None
    return [note, *_named(consequences.prune(checked.problems), checked), *([proposals] if proposals else [])]
