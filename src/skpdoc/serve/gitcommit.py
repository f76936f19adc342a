"""Committing one spec from the browser: ``git commit --only`` of that file, with the user as author.

git runs with argument lists (never a shell), ``--`` before every path, a
timeout, and without hooks (the file was checked by skpdoc's own rules before
it was written).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

#: The committer when the repository names nobody (the author is always the user).
SERVER_IDENTITY = ("-c", "user.name=skpdoc serve", "-c", "user.email=serve@skpdoc.invalid")
AUTHOR_DOMAIN = "users.skpdoc.invalid"
GIT_SECONDS = 60


def git(cwd: Path, *args: str, text: bool = True) -> subprocess.CompletedProcess[Any]:
    env = {**os.environ, "LC_ALL": "C", "GIT_TERMINAL_PROMPT": "0"}
    try:
        return subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=text, env=env, timeout=GIT_SECONDS, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return subprocess.CompletedProcess(["git", *args], 127, "" if text else b"", str(exc))


def commit_file(file: Path, author: str, message: str) -> tuple[str | None, str | None]:
    """Commit ``file`` alone (whatever else is staged stays staged) with ``author`` as its author.

    Returns (the commit's id, None), or (None, why not): "no-git" when the workspace is in no repository.
    The committer is the repository's own identity, or the server's when it names nobody.
    """
    folder = file.parent
    top = git(folder, "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        return None, "no-git"
    named = all(git(folder, "config", key).stdout.strip() for key in ("user.name", "user.email"))
    who = () if named else SERVER_IDENTITY
    added = git(folder, "add", "--", file.name)
    if added.returncode != 0:
        return None, _last_line(added.stderr)
    # No hooks: the file was checked by skpdoc's own rules before it was written, and a hook validating the
    # whole workspace would refuse every save while any other OPD has an error.
    by = ("--author", f"{author} <{author}@{AUTHOR_DOMAIN}>") if author else ()
    done = git(folder, *who, "commit", "--only", "--no-verify", "--quiet", *by, "-m", message, "--", file.name)
    if done.returncode != 0:
        git(folder, "reset", "--quiet", "--", file.name)  # not left staged for someone else's commit
        return None, _last_line(done.stderr or done.stdout)
    head = git(folder, "rev-parse", "HEAD")
    return head.stdout.strip() or None, None


def commit_pending(file: Path, message: str) -> None:
    """Commit ``file`` as it is on disk when it differs from the last commit (or was never committed), so that
    the user's commit that follows holds their change alone. Nothing happens outside a repository."""
    folder = file.parent
    if git(folder, "rev-parse", "--show-toplevel").returncode != 0:
        return
    tracked = git(folder, "ls-files", "--error-unmatch", "--", file.name).returncode == 0
    if tracked and git(folder, "diff", "--quiet", "HEAD", "--", file.name).returncode == 0:
        return  # as committed: the usual case
    commit_file(file, "", message or f"{file.name}")


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "git"
