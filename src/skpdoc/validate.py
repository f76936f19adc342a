"""Validate workspaces: every problem of every file, in one run."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from skpdoc import workspace
from skpdoc.errors import Problem, Severity
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
    """All problems of an already loaded workspace, per file and across files."""
    problems = list(loaded.problems)
    for checked in loaded.files():
        problems += checked.problems
    problems += workspace_rules.check(loaded)
    return problems


def validate(paths: Sequence[str | Path], *, jobs: int | None = None) -> Report:
    """Validate the workspaces holding ``paths`` (folders or files).

    A folder selects its whole workspace. Files select themselves: the whole
    workspace is still loaded, since references cross files, but only the
    problems of the given files are reported.
    """
    roots: dict[Path, set[Path] | None] = {}
    for raw in paths or [Path.cwd()]:
        path = Path(raw)
        root = workspace.find_root(path)
        resolved = path.resolve()
        if resolved.is_dir():
            roots[root] = None
        elif roots.get(root, set()) is not None:
            roots.setdefault(root, set()).add(resolved)  # type: ignore[union-attr]
    problems: list[Problem] = []
    files = 0
    for root, selected in roots.items():
        loaded = workspace.load(root, jobs=jobs)
        found = check_workspace(loaded)
        if selected is not None:
            found = [p for p in found if p.file.resolve() in selected]
            files += len(selected)
        else:
            files += sum(1 for _ in loaded.files())
        problems += found
    problems.sort(key=Problem.sort_key)
    return Report(tuple(problems), files)
