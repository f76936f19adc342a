"""The semantic diff of SKP specs: what changed in the plans, not which YAML lines moved.

Pipeline: :mod:`sources` (two files, two folders, git revisions or the
working tree) → :mod:`compare` (pair files by identity, parse only what
differs) → :mod:`plan`, :mod:`predikat` and :mod:`generic` (the changes),
:mod:`links` (subordinates left pointing at a removed RHK) →
:mod:`describe` and :mod:`report` (text, Markdown, JSON). :mod:`textconv`
renders one spec for ``git diff``.

A file that is not YAML does not stop a diff: :class:`UnreadableSpecs`
carries its problems and the ``result`` of every other file.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from skpdoc.diff import git
from skpdoc.diff.compare import UnreadableSpecs, compare
from skpdoc.diff.model import Change
from skpdoc.diff.report import DiffResult
from skpdoc.diff.sources import Snapshot, from_paths, from_revisions
from skpdoc.diff.textconv import textconv
from skpdoc.errors import UsageError

__all__ = [
    "Change",
    "DiffResult",
    "Snapshot",
    "UnreadableSpecs",
    "compare",
    "diff_paths",
    "diff_revisions",
    "refuse_revisions",
    "textconv",
]


def diff_paths(old: str | Path, new: str | Path) -> DiffResult:
    """Compare two spec files or two folders."""
    refuse_revisions([old, new])
    before, after = from_paths(Path(old), Path(new))
    return DiffResult(before.label, after.label, tuple(compare(before, after)))


def diff_revisions(rev: str = "HEAD", paths: Iterable[str | Path] = (), *, cwd: str | Path | None = None) -> DiffResult:
    """Compare git revisions (``A..B``, ``A...B``) or one revision with the working tree (``A``)."""
    refuse_revisions(paths, cwd=Path(cwd) if cwd is not None else None)
    before, after = from_revisions(rev, paths, cwd=Path(cwd) if cwd is not None else None)
    return DiffResult(before.label, after.label, tuple(compare(before, after)), before.commit, after.commit)


def refuse_revisions(paths: Iterable[str | Path], *, cwd: Path | None = None) -> None:
    """Raise V001 (exit 2) when ``paths`` are revisions given where paths go: ``skpdoc diff HEAD~1 HEAD``.

    A path that exists is a path, whatever its name. One that does not is a
    revision when git resolves it in the current repository or when it is
    written like one (``..``, ``~``, ``^``, ``@{``); the hint gives the
    command with ``--rev`` that compares what the user meant. Anything else
    is left to the usual "not found".
    """
    given = [str(p) for p in paths]
    here = cwd or Path.cwd()
    revisions = [p for p in given if not (here / p).exists() and git.looks_like_revision(here, p)]
    if not revisions:
        return
    others = [p for p in given if p not in revisions]
    # diff A B means "from A to B"; one revision alone means "against the working tree", as --rev A does.
    wanted = "..".join(revisions[:2])
    command = " ".join(["skpdoc diff --rev", wanted, *others])
    raise UsageError(code="V001", subject=revisions[0], rev=revisions[0], command=command)
