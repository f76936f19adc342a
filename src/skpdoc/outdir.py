"""The output folder of a build: checked before use, and locked while a build writes into it.

Two builds writing into one ``OUT/<tahun>`` would replace each other's files
(and bundle parts) under their feet. :func:`claim` takes an exclusive
``flock`` on the folder itself, without waiting: a second build stops at once
with a message naming the folder and the holder's pid. The lock is on the
folder's own file descriptor, so it needs no lock file (a read-only output
folder can be locked, and a no-change build into it writes nothing), and the
kernel releases it when the holder exits, however it ends (even SIGKILL).

Under the lock, the temporary files of writes a killed build never finished
are removed (:func:`skpdoc.files.remove_stale_temporaries`), and the folder is
checked for symbolic links that lead out of it (F022). skpdoc never creates a
link there, so such a link was planted: ``OUT/2024/x -> /tmp/victim`` would
have every write for OPD ``x`` land in ``/tmp/victim`` (``mkdir`` and the
atomic rename follow a linked folder), and an up-to-date ``x/<nip>/skp.pdf ->
~/secret.pdf`` would be copied into the bundle. It is not "replaced as
skpdoc's own", since skpdoc has none: the build stops before writing anything,
naming the link and its target, and the user removes it. A link that stays
inside the folder leads nowhere new and is left alone; the folder ``OUT/<tahun>``
itself (or ``OUT``) may be a link, as the user chose it.

Windows has no ``flock`` and cannot open a folder as a file: there the lock is
``msvcrt.locking`` on a file :data:`LOCK_NAME` in the folder (also released by
the system when the holder exits), and the holder's pid is not known.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

from skpdoc import paths
from skpdoc.errors import SkpdocError, UsageError
from skpdoc.files import TEMPORARY_NAME, tidy

#: The file locked on Windows (elsewhere the folder itself is locked, and no file is made).
LOCK_NAME = ".skpdoc-build.lock"


def prepare(out: Path, root: Path) -> None:
    """Check that ``out`` and ``root`` (``out/<tahun>``) are, or can become, folders, and create ``root``.

    Raises :class:`UsageError` for a path that is not a folder (F010) or a symlink loop (F011), and
    :class:`SkpdocError` when the folder cannot be created (F012), each naming the path.
    """
    for path in (out, root):
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            break  # created below (a dangling link too is refused there)
        except OSError as exc:
            raise _refusal(path, exc) from None
        if not stat.S_ISDIR(mode):
            raise UsageError(code="F010", subject=str(path))
    try:
        root.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # a dangling link, or a file put there meanwhile
        raise UsageError(code="F010", subject=str(root)) from None
    except OSError as exc:
        raise _refusal(Path(exc.filename or root), exc) from None


def _refusal(path: Path, exc: OSError) -> SkpdocError:
    if exc.errno == errno.ELOOP:
        return UsageError(code="F011", subject=str(path))
    if exc.errno == errno.ENOTDIR:  # a part of the path is a file
        return UsageError(code="F010", subject=str(path))
    return cannot_write(path, exc)


def cannot_write(path: Path, exc: OSError) -> SkpdocError:
    """F012 for a write into the output folder that failed (read-only, no space, no permission).

    A write goes through a temporary file (:func:`skpdoc.files.write_atomic`): the file meant is named instead.
    """
    if temporary := TEMPORARY_NAME.fullmatch(path.name):
        path = path.with_name(temporary["target"])
    return SkpdocError(code="F012", subject=str(path), detail=exc.strerror or str(exc))


@contextlib.contextmanager
def claim(root: Path) -> Iterator[None]:
    """Hold the output folder ``root`` for one build; see the module docstring. Raises F013 if it is held."""
    try:
        fd = _open_lockable(root)  # not inherited by LibreOffice: Python's fds are not
    except OSError as exc:
        raise _refusal(root, exc) from None
    try:
        try:
            _lock(fd)
        except BlockingIOError:
            raise SkpdocError(code="F013", subject=str(root), pid=holder(fd) or "?") from None
        _refuse_links_out(root, tidy(root)[1])
        yield
    finally:
        os.close(fd)  # releases the lock


def _open_lockable(root: Path) -> int:
    if sys.platform == "win32":
        return os.open(root / LOCK_NAME, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o666)
    return os.open(root, os.O_RDONLY | os.O_DIRECTORY)


def _lock(fd: int) -> None:
    """An exclusive lock on ``fd`` without waiting; BlockingIOError if another process holds it."""
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:  # EACCES/EDEADLOCK: locked by another process
            raise BlockingIOError(exc.errno, exc.strerror) from None
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _refuse_links_out(root: Path, links: list[Path]) -> None:
    """F022 for the first link below ``root`` that leads out of it (or nowhere), with how many there are."""
    out = [link for link in links if not paths.within(root, link)]
    if out:
        first = out[0]
        target = os.readlink(first)
        more = f" (+{len(out) - 1})" if len(out) > 1 else ""
        raise SkpdocError(code="F022", subject=f"{first}{more}", target=target)


def holder(fd: int) -> int | None:
    """The pid holding a ``flock`` on the file open as ``fd`` (from /proc/locks, Linux), if it can be found."""
    if not sys.platform.startswith("linux"):
        return None
    info = os.fstat(fd)
    inode = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
    try:
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return None
    for line in lines:  # "1: FLOCK  ADVISORY  WRITE 4242 00:2a:1234 0 EOF"
        fields = line.split()
        if len(fields) >= 6 and fields[1] == "FLOCK" and fields[5] == inode and fields[4].isdigit():
            return int(fields[4])
    return None


@contextlib.contextmanager
def building(out: Path, root: Path) -> Iterator[None]:
    """For the length of one build into ``root`` (``out/<tahun>``): checked (:func:`prepare`), held
    (:func:`claim`), and a failed write into it reported as F012 naming the file."""
    prepare(out, root)
    with claim(root):
        try:
            yield
        except OSError as exc:
            if exc.filename is None or not Path(os.path.abspath(exc.filename)).is_relative_to(root.absolute()):
                raise
            raise cannot_write(Path(exc.filename), exc) from exc
