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
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
        os.chmod(tmp, 0o644)  # mkstemp makes files private; outputs are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove, below ``folder``, the temporary files of writes that never finished (the program was killed).

    Only regular files named exactly as :func:`write_atomic` names them; links are not followed. The caller
    must know that nothing is writing there now (a build holds the output folder's lock). Returns the removed.
    """
    removed = []
    for parent, _, names in os.walk(folder):
        for name in names:
            path = Path(parent, name)
            try:
                if TEMPORARY_NAME.fullmatch(name) and stat.S_ISREG(path.lstat().st_mode):
                    path.unlink()
                    removed.append(path)
            except OSError:  # gone meanwhile, or a read-only folder: it stays, harmless
                continue
    return removed
