"""The history of one spec: the commits that changed it (``git log --follow``) and the semantic diff of each.

git runs with argument lists through :func:`skpdoc.diff.git.run` (never a
shell, ``--`` before the path, the path taken from the workspace's index).
Each commit's diff is ``skpdoc diff --rev C^..C FILE`` through the library
(:func:`skpdoc.api.diff_revisions`), narrowed to the file's path(s) in that
commit: its old and new name when the commit renamed it. A first commit has
no parent; it is compared with an empty side, so it reads as the employee added.

A workspace that is not a git repository has no history: :func:`read` says
so (:attr:`History.error`) instead of failing.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path

from skpdoc.diff import git
from skpdoc.diff.report import DiffResult
from skpdoc.errors import Problem, SkpdocError

#: Commits shown at once; older ones are left to ``git log`` (each diff costs a few git processes).
LIMIT = 30

_FIELD, _RECORD = "\x1f", "\x1e"
_FORMAT = f"--format={_RECORD}%H{_FIELD}%P{_FIELD}%an{_FIELD}%aI{_FIELD}%B{_FIELD}"
_COMMIT_ID = re.compile(r"[0-9a-f]{40}([0-9a-f]{24})?\Z")


@dataclass(frozen=True)
class Commit:
    id: str
    parents: tuple[str, ...]
    author: str
    date: str  # ISO 8601, as git gives it (the author's time zone)
    message: str
    paths: tuple[str, ...]  # the file in this commit, relative to the repository's top (old and new on a rename)

    @property
    def short(self) -> str:
        return self.id[:10]

    @property
    def subject(self) -> str:
        return self.message.strip().splitlines()[0] if self.message.strip() else ""

    @property
    def body(self) -> str:
        return "\n".join(self.message.strip().splitlines()[1:]).strip()

    @property
    def when(self) -> str:
        """``2024-05-02 14:03 +07:00``: the date as people read it, with the zone it was made in."""
        day, _, time = self.date.partition("T")
        clock, zone = time[:5], time[8:]
        return f"{day} {clock} {zone}".strip()


@dataclass(frozen=True)
class Change:
    """One commit and what it changed in the spec (``result`` None when the diff itself failed)."""

    commit: Commit
    result: DiffResult | None
    problems: tuple[Problem, ...] = ()  # a side that is not YAML (the rest of the diff is in ``result``)
    error: SkpdocError | None = None


@dataclass(frozen=True)
class History:
    changes: tuple[Change, ...] = ()
    more: bool = False  # older commits exist beyond :data:`LIMIT`
    pending: Change | None = None  # the working tree's changes not committed yet
    error: SkpdocError | None = None  # not a repository, no git
    repository: bool = True  # False: the workspace is not in a git repository (the page says so)


def read(root: Path, file: Path, limit: int = LIMIT) -> History:
    """The commits that changed ``file`` (newest first) with their diffs, and what is not committed yet."""
    try:
        top = git.toplevel(root).resolve()
    except SkpdocError as exc:
        return History(error=exc, repository=exc.code != "D002")
    try:
        commits = log(top, file, limit + 1)
    except SkpdocError as exc:
        return History(error=exc)
    shown = commits[:limit]
    return History(
        changes=tuple(diff_of(top, c, file) for c in shown),
        more=len(commits) > limit,
        pending=_pending(top, file),
    )


def log(top: Path, file: Path, limit: int) -> list[Commit]:
    """``git log --follow`` of ``file``: newest first, each with the file's path(s) in that commit."""
    raw = git.run(
        top,
        "-c",
        "log.showSignature=false",
        "log",
        "--follow",
        f"--max-count={limit}",
        "-z",
        "--name-status",
        "--no-color",
        _FORMAT,
        "--",
        str(file),
    )
    commits = []
    for record in raw.decode("utf-8", "replace").split(_RECORD):
        fields = record.split(_FIELD)
        if len(fields) < 6 or not _COMMIT_ID.match(fields[0]):
            continue
        ident, parents, author, date = fields[:4]
        message = _FIELD.join(fields[4:-1])
        commit = Commit(ident, tuple(parents.split()), author, date, message, _paths(fields[-1]))
        if len(commit.paths) > 1 and not _same_person(top, commit):
            # git calls a file removed and a similar one added a rename: when the old file was another person's
            # spec (a roster change, a copied template), its history is not this one's. Shown from here as the
            # file's start; nothing older.
            commits.append(dataclasses.replace(commit, parents=(), paths=commit.paths[-1:]))
            break
        commits.append(commit)
    return commits


def _same_person(top: Path, commit: Commit) -> bool:
    """Whether a rename's old file (before ``commit``) and new file (in it) are the spec of the same NIP."""
    old, new = commit.paths[0], commit.paths[-1]
    if not commit.parents:
        return False
    return _nip_at(top, f"{commit.parents[0]}:{old}") == _nip_at(top, f"{commit.id}:{new}") is not None


def _nip_at(top: Path, blob: str) -> str | None:
    import yaml

    try:
        data = yaml.load(git.run(top, "show", blob), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (SkpdocError, yaml.YAMLError):
        return None
    person = data.get("pegawai") if isinstance(data, dict) else None
    nip = person.get("nip") if isinstance(person, dict) else None
    return str(nip) if nip is not None else None


def _paths(status: str) -> tuple[str, ...]:
    """The paths of ``--name-status -z``: ``M\\0path`` or, for a rename or copy, ``R100\\0old\\0new``."""
    parts = [p for p in status.lstrip("\0\n").split("\0") if p]
    return tuple(parts[1:]) if parts else ()


def diff_of(top: Path, commit: Commit, file: Path) -> Change:
    """What ``commit`` changed in the spec, from its first parent (or from nothing, for a first commit)."""
    from skpdoc import api
    from skpdoc.diff import UnreadableSpecs

    paths = [top / p for p in commit.paths] or [file]
    try:
        if commit.parents:
            return Change(commit, api.diff_revisions(f"{commit.id}^..{commit.id}", paths, cwd=top))
        return Change(commit, _first(top, commit, paths))
    except UnreadableSpecs as exc:
        return Change(commit, exc.result, tuple(exc.problems))
    except SkpdocError as exc:
        return Change(commit, None, error=exc)


def _first(top: Path, commit: Commit, paths: list[Path]) -> DiffResult:
    """A commit without a parent against an empty side: the library compares two sides, not one."""
    from skpdoc.diff import Snapshot, compare
    from skpdoc.diff.sources import from_revisions

    _, new = from_revisions(f"{commit.id}..{commit.id}", paths, cwd=top)
    empty = Snapshot("-", None, {}, scope=new.scope)
    return DiffResult(empty.label, new.label, tuple(compare(empty, new)), None, new.commit)


def _pending(top: Path, file: Path) -> Change | None:
    """The file's changes in the working tree (edited by the CLI or an editor and not committed yet)."""
    from skpdoc import api
    from skpdoc.diff import UnreadableSpecs

    try:
        if not git.run(top, "status", "--porcelain", "-z", "--", str(file)).strip(b"\0"):
            return None
        marker = Commit("", (), "", "", "", ())
        try:
            return Change(marker, api.diff_revisions("HEAD", [file], cwd=top))
        except UnreadableSpecs as exc:
            return Change(marker, exc.result, tuple(exc.problems))
    except SkpdocError:  # no commit yet: nothing to compare the working tree with
        return None
