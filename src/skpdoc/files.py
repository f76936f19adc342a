"""Writing files so that a reader never sees half of one, and removing what an interrupted write left."""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

#: The name of a temporary file below: ``.<name>.<8 characters of tempfile.mkstemp>.tmp``, beside ``<name>``.
TEMPORARY_NAME = re.compile(r"\.(?P<target>.+)\.[a-z0-9_]{8}\.tmp")


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write to a temporary file beside ``path``, then rename it into place."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    _replace(path, lambda handle: handle.write(data))


def copy_atomic(source: Path, path: Path) -> None:
    """Copy ``source`` to a temporary file beside ``path``, then rename it into place."""
    with source.open("rb") as reading:
        _replace(path, lambda handle: shutil.copyfileobj(reading, handle))


def _replace(path: Path, fill: Callable[[BinaryIO], object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:  # a file replaced keeps its mode (a spec kept private stays so); a new one is shared, as outputs are
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mode = 0o644  # mkstemp makes files private
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        if exc.filename is None:  # a failed write or flush (a full disk) names no file: the one meant is named
            raise OSError(exc.errno, exc.strerror, str(path)) from exc
        raise
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove, below ``folder``, the temporary files of writes that never finished (the program was killed).

    Only regular files named exactly as :func:`write_atomic` names them; links are not followed. The caller
    must know that nothing is writing there now (a build holds the output folder's lock). Returns the removed.
    """
    return tidy(folder)[0]


def tidy(folder: Path) -> tuple[list[Path], list[Path]]:
    """:func:`remove_stale_temporaries`, and every symbolic link found below ``folder`` (in one walk).

    The walk uses ``scandir``, whose entries say whether they are links without a ``stat`` each, and never
    follows a link, so a folder of thousands of outputs costs a few milliseconds. Returns (removed, links).
    """
    removed: list[Path] = []
    links: list[Path] = []
    pending = [folder]
    while pending:
        try:
            with os.scandir(pending.pop()) as entries:
                found = list(entries)
        except OSError:  # gone meanwhile, or unreadable: nothing of ours can be cleaned there
            continue
        for entry in found:
            try:
                if entry.is_symlink():
                    links.append(Path(entry.path))
                elif entry.is_dir(follow_symlinks=False):
                    pending.append(Path(entry.path))
                elif TEMPORARY_NAME.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
            except OSError:  # gone meanwhile, or a read-only folder: it stays, harmless
                continue
    return removed, links
