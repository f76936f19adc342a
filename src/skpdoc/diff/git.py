"""The few git commands a diff needs, run with argument lists (never a shell).

Revisions are read as blobs (``git ls-tree``, ``git cat-file --batch``):
nothing is checked out and no file of a revision touches the disk.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
from pathlib import Path

from skpdoc.errors import UsageError


class GitError(UsageError):
    """git is missing, the folder is not a repository, or a revision is unknown (exit 2)."""


def run(repo: Path, *args: str, data: bytes | None = None) -> bytes:
    """Run ``git -C repo args`` and return its stdout."""
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"}  # read-only; English errors to quote
    try:
        done = subprocess.run(["git", "-C", str(repo), *args], input=data, capture_output=True, env=env, check=False)
    except FileNotFoundError as exc:
        raise GitError(code="D001") from exc
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(code="D004", command=" ".join(["git", *args[:2]]), detail=detail[-1] if detail else "")
    return done.stdout


def toplevel(path: Path) -> Path:
    """The top folder of the repository holding ``path``."""
    folder = path if path.is_dir() else path.parent
    while not folder.exists():
        folder = folder.parent
    try:
        return Path(run(folder, "rev-parse", "--show-toplevel").decode().strip())
    except GitError as exc:
        if exc.code == "D001":
            raise
        raise GitError(code="D002", subject=str(path)) from exc


def commit(repo: Path, rev: str) -> str:
    """The full commit id of ``rev``."""
    try:
        return run(repo, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}").decode().strip()
    except GitError as exc:
        raise GitError(code="D003", rev=rev) from exc


def looks_like_revision(repo: Path, name: str) -> bool:
    """Whether ``name`` is written like a revision (``A..B``, ``HEAD~1``, ``main^``) or names a commit in ``repo``."""
    if _REVISION_MARKS.search(name) or name == "HEAD":
        return True
    try:
        commit(repo, name)
    except GitError:  # not a repository, no git, or simply not a revision
        return False
    return True


_REVISION_MARKS = re.compile(r"\.\.|[~^]|@\{")


def merge_base(repo: Path, a: str, b: str) -> str:
    try:
        return run(repo, "merge-base", a, b).decode().strip()
    except GitError as exc:
        raise GitError(code="D003", rev=f"{a}...{b}") from exc


def tree(repo: Path, rev: str, sizes: dict[str, int] | None = None) -> dict[str, str]:
    """Every file of a commit: repository path → blob id (symlinks and submodules left out).

    ``sizes`` receives the size of each blob (blob id → bytes), so an oversized
    file can be refused before its content is fetched.
    """
    out: dict[str, str] = {}
    for entry in run(repo, "ls-tree", "-r", "-z", "-l", "--full-tree", rev).split(b"\0"):
        if not entry:
            continue
        meta, _, name = entry.partition(b"\t")
        mode, kind, blob, size = meta.decode().split()
        if kind == "blob" and mode in ("100644", "100755"):
            out[name.decode("utf-8", "surrogateescape")] = blob
            if sizes is not None:
                sizes[blob] = int(size)
    return out


def worktree(repo: Path) -> list[str]:
    """Files of the working tree: tracked ones that still exist, and untracked ones not ignored.

    Symlinks are left out, as :func:`tree` leaves them out of a commit (git
    keeps a link as a link). Anything else that exists is listed, also what
    is no longer a regular file (a FIFO, a folder): reading it is refused with
    a located problem, so a tracked spec never silently shows as removed.
    """
    listed = run(repo, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split(b"\0")
    names = sorted({name.decode("utf-8", "surrogateescape") for name in listed if name})
    return [name for name in names if os.path.lexists(repo / name) and not os.path.islink(repo / name)]


def blobs(repo: Path, ids: list[str]) -> dict[str, bytes]:
    """The contents of blobs, in one ``git cat-file --batch`` run."""
    if not ids:
        return {}
    unique = sorted(set(ids))
    raw = run(repo, "cat-file", "--batch", data="".join(f"{i}\n" for i in unique).encode())
    out: dict[str, bytes] = {}
    pos = 0
    for blob in unique:
        end = raw.index(b"\n", pos)
        header = raw[pos:end].decode().split()
        if len(header) < 3:  # "<id> missing"
            raise GitError(code="D004", command="git cat-file", detail=" ".join(header))
        size = int(header[2])
        out[blob] = raw[end + 1 : end + 1 + size]
        pos = end + 1 + size + 1
    return out


def blob_id(content: bytes) -> str:
    """The id git gives a blob with this content (to skip files equal on both sides)."""
    return hashlib.sha1(b"blob %d\0" % len(content) + content, usedforsecurity=False).hexdigest()
