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

from skpdoc.diff.compare import UnreadableSpecs, compare
from skpdoc.diff.model import Change
from skpdoc.diff.report import DiffResult
from skpdoc.diff.sources import Snapshot, from_paths, from_revisions
from skpdoc.diff.textconv import textconv

__all__ = [
    "Change",
    "DiffResult",
    "Snapshot",
    "UnreadableSpecs",
    "compare",
    "diff_paths",
    "diff_revisions",
    "textconv",
]


def diff_paths(old: str | Path, new: str | Path) -> DiffResult:
    """Compare two spec files or two folders."""
    before, after = from_paths(Path(old), Path(new))
    return DiffResult(before.label, after.label, tuple(compare(before, after)))


def diff_revisions(rev: str = "HEAD", paths: Iterable[str | Path] = (), *, cwd: str | Path | None = None) -> DiffResult:
    """Compare git revisions (``A..B``, ``A...B``) or one revision with the working tree (``A``)."""
    before, after = from_revisions(rev, paths, cwd=Path(cwd) if cwd is not None else None)
    return DiffResult(before.label, after.label, tuple(compare(before, after)), before.commit, after.commit)
