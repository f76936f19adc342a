"""What an entry of a workspace is, found without opening it, and bounded reads of regular files.

Specs are small text files inside a workspace. Anything else that carries a
spec's name is reported, never opened or followed out: opening a FIFO blocks
until a writer comes, reading ``/dev/zero`` never ends, and a link may lead
out of the workspace (a cloned repository can hold ``x.yaml -> ~/.ssh/id_rsa``
and ``skpdoc diff`` would print it). So:

* :func:`examine` looks at an entry with ``lstat``/``stat`` only and returns
  why it must not be read (a :class:`Refusal`), or None for a regular file;
* :func:`read_regular` opens without blocking, checks that what it opened is a
  regular file (an entry can change between the two calls) and reads at most
  ``limit + 1`` bytes, so an oversized file is refused without being loaded.

Links that stay inside the workspace are followed like the files they name.
Symlink loops are detected by the OS (``ELOOP``) and never walked.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from skpdoc.errors import Problem, Severity, UsageError

#: The file that marks a workspace's root folder.
CONFIG_NAME = "skpdoc.yaml"

_KIND_NAMES = {
    "id": {
        "fifo": "FIFO/named pipe",
        "socket": "socket",
        "device": "perangkat",
        "folder": "folder",
        "other": "lainnya",
    },
    "en": {"fifo": "FIFO/named pipe", "socket": "socket", "device": "device", "folder": "folder", "other": "other"},
}


@dataclass(frozen=True)
class FileKind:
    """What a non-regular entry is, named in the reader's language (a message argument)."""

    kind: str

    @classmethod
    def of(cls, mode: int) -> FileKind:
        if stat.S_ISFIFO(mode):
            return cls("fifo")
        if stat.S_ISSOCK(mode):
            return cls("socket")
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
            return cls("device")
        if stat.S_ISDIR(mode):
            return cls("folder")
        return cls("other")

    def render(self, lang: str) -> str:
        return _KIND_NAMES.get(lang, _KIND_NAMES["id"])[self.kind]

    def __str__(self) -> str:
        return self.render("id")


@dataclass(frozen=True)
class Refusal:
    """Why a file is not read: a problem code and its arguments, located once the file's display name is known."""

    code: str
    args: dict[str, Any] = field(default_factory=dict)
    severity: Severity = Severity.ERROR

    def problem(self, file: Path) -> Problem:
        return Problem(file, self.code, dict(self.args), severity=self.severity)

    def describe(self, lang: str = "id") -> str:
        """The reason alone, without a file or a hint (for a message about something else than a spec)."""
        from skpdoc.messages import message

        return message(self.code, lang, "message", self.args)


class NotReadable(Exception):
    """Raised by :func:`read_regular`; ``refusal`` says why."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.code)
        self.refusal = refusal


def within(root: Path | str, path: Path | str) -> bool:
    """Whether ``path``, every link in it followed, is ``root`` or below it (``root`` is resolved too)."""
    base, real = os.path.realpath(root), os.path.realpath(path)
    try:
        return os.path.commonpath([base, real]) == base
    except ValueError:  # different drives (Windows)
        return False


def identity(path: Path | str) -> str:
    """The absolute name of an entry with the links of its folders resolved but not the entry itself.

    Two names of one entry (``./a/x.yaml``, ``/ws/a/x.yaml``) compare equal,
    while a link keeps its own identity, so a problem found on the link and
    the path a user typed are matched without following the link anywhere.
    """
    absolute = os.path.abspath(path)
    return os.path.join(os.path.realpath(os.path.dirname(absolute)), os.path.basename(absolute))


def examine(
    path: Path, root: Path | None = None, *, outside: Severity = Severity.WARNING, folder_inside: bool = False
) -> Refusal | None:
    """Why ``path`` must not be read, or None when it is a regular file (inside ``root``, when given).

    Nothing is opened. A link out of ``root`` is refused with W005 at the
    ``outside`` severity, whatever it points to. ``folder_inside`` says the
    caller has checked the entry's folder, so only a link needs resolving
    (resolving every path costs more than reading a small spec).
    """
    try:
        own = os.lstat(path)
    except OSError as exc:
        return _os_refusal(path, exc)
    resolve = stat.S_ISLNK(own.st_mode) or not folder_inside
    if root is not None and resolve and not within(root, path):
        return Refusal("W005", {"target": _target(path)}, outside)
    if stat.S_ISLNK(own.st_mode):
        try:
            mode = os.stat(path).st_mode
        except OSError as exc:
            return _os_refusal(path, exc)
    else:
        mode = own.st_mode
    if not stat.S_ISREG(mode):
        return Refusal("F004", {"kind": FileKind.of(mode)})
    return None


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; raises :class:`NotReadable` otherwise.

    ``O_NONBLOCK`` makes opening a FIFO return at once instead of waiting for
    a writer; the opened file is then checked with ``fstat``, so what is read
    is the regular file that was checked.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise NotReadable(_os_refusal(path, exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotReadable(Refusal("F004", {"kind": FileKind.of(info.st_mode)}))
        chunks: list[bytes] = []
        left = limit + 1  # one byte more than allowed tells a file at the limit from a larger one
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 16))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:
            raise NotReadable(Refusal("F005", {"size": max(info.st_size, len(data)), "limit": limit}))
        return data
    except OSError as exc:
        raise NotReadable(_os_refusal(path, exc)) from None
    finally:
        os.close(fd)


def _os_refusal(path: Path, exc: OSError) -> Refusal:
    if exc.errno == errno.ELOOP:
        return Refusal("F007")
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return Refusal("F006", {"target": _target(path)})
    return Refusal("F001", {"detail": exc.strerror or str(exc)})


def _target(path: Path) -> str:
    """What a link says it points to (as written in the link), or the resolved path of an entry below one."""
    try:
        return os.readlink(path)
    except OSError:
        return os.path.realpath(path)


def find_root(path: Path) -> Path:
    """The workspace folder holding ``path``: the nearest folder with skpdoc.yaml.

    A folder is resolved; a file is not (only its folder is), so a file that is
    a link belongs to the workspace it sits in, not to where it points.
    """
    if not os.path.lexists(path):
        raise UsageError(code="F002", subject=str(path))
    folder = Path(os.path.realpath(path)) if os.path.isdir(path) else Path(identity(path)).parent
    for candidate in (folder, *folder.parents):
        config = candidate / CONFIG_NAME
        # Whatever sits there marks the workspace (a FIFO or a broken link is then reported on it).
        if os.path.lexists(config) and not os.path.isdir(config):
            return candidate
    raise UsageError(code="W001", path=path)
