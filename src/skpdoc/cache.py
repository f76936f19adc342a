"""A cache of parsed, single-file-checked specs, keyed by the bytes of each file.

Parsing YAML is most of what validation costs (libyaml spends a few
milliseconds on a 9 KB spec). A spec whose bytes, kind, workspace year and
skpdoc version and code are unchanged has the same data and the same single-file
problems, so they are kept in one file per workspace under
``$SKPDOC_CACHE_DIR`` (default ``$XDG_CACHE_HOME/skpdoc`` or ``~/.cache/skpdoc``).
``SKPDOC_NO_CACHE=1`` turns it off. The key also covers the schemas, so a
changed limit is checked anew. A damaged cache is ignored and rewritten.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import stat
from pathlib import Path
from typing import Any

from skpdoc import __version__
from skpdoc.files import write_atomic
from skpdoc.resources import data_dir

Entry = tuple[Any, list[Any]]  # (data, problems)


@functools.cache
def _rules_fingerprint() -> str:
    """skpdoc's version, its schemas and its code: a schema or rule changed (a new limit, a fixed rule) must not
    be answered from entries checked by the old one. The code counts too because an editable install keeps
    its version while its rules change; all of the package's modules are read (a few ms, once per process), not
    a hand-kept list of those that check, which would go stale."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(data_dir("schemas").glob("*.json")):
        digest.update(path.read_bytes())
    digest.update(code_digest(Path(__file__).parent).encode())
    return digest.hexdigest()


def code_digest(package: Path) -> str:
    """A digest of every module of ``package``, by path and content."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def cache_dir() -> Path:
    configured = os.environ.get("SKPDOC_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "skpdoc"


class SpecCache:
    """Parsed specs of one workspace; entries not used by a run are dropped when it saves."""

    def __init__(self, root: Path) -> None:
        self.enabled = os.environ.get("SKPDOC_NO_CACHE", "") in ("", "0")
        digest = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:20]
        self.path = cache_dir() / f"specs-{digest}.pickle"
        self.entries: dict[str, Entry] = {}
        self.used: dict[str, Entry] = {}
        self.dirty = False
        if self.enabled:
            try:
                loaded = pickle.loads(self.path.read_bytes())
                if isinstance(loaded, dict):
                    self.entries = loaded
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, TypeError):
                self.entries = {}

    @staticmethod
    def key(raw: bytes, kind: str, tahun: int | None) -> str:
        return hashlib.sha256(raw + f"\0{kind}\0{tahun}\0{_rules_fingerprint()}".encode()).hexdigest()

    def get(self, key: str) -> Entry | None:
        if not self.enabled:
            return None
        entry = self.entries.get(key)
        if entry is not None:
            self.used[key] = entry
        return entry

    def put(self, key: str, entry: Entry) -> None:
        if self.enabled:
            self.used[key] = entry
            self.dirty = True

    def save(self) -> None:
        if not self.enabled or (not self.dirty and len(self.used) == len(self.entries)):
            return
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs speed
            write_atomic(self.path, pickle.dumps(self.used, protocol=pickle.HIGHEST_PROTOCOL))


class WorkspaceResult:
    """The problems ``validate`` found in a whole workspace, kept with a key of everything they depend on.

    With the spec cache, an unchanged workspace still costs loading every
    cached spec's data (unpickling it is ~80% of a cached run) to run the rules
    across files again. Their outcome depends only on the files, so when no
    file changed the problems themselves are given back. The key covers every
    entry of the workspace folder (names, kinds, link targets), the bytes of
    every YAML file, the size and time of every other file (images the kop
    names), the current folder (problems name files relative to it) and the
    rules' fingerprint. A workspace with a link to a folder is never kept:
    what is behind it would not be in the key.
    """

    def __init__(self, root: Path) -> None:
        self.enabled = os.environ.get("SKPDOC_NO_CACHE", "") in ("", "0")
        digest = hashlib.sha256(os.fsencode(root.resolve())).hexdigest()[:20]
        self.path = cache_dir() / f"result-{digest}.pickle"
        self.key = _workspace_key(root) if self.enabled else None

    def get(self) -> Any:
        if self.key is None:
            return None
        try:
            stored = pickle.loads(self.path.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, TypeError):
            return None
        if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == self.key:
            return stored[1]
        return None

    def put(self, value: Any) -> None:
        if self.key is not None:
            with contextlib.suppress(OSError):
                write_atomic(self.path, pickle.dumps((self.key, value), protocol=pickle.HIGHEST_PROTOCOL))


#: The files whose bytes validation reads: specs, and the images of the kop and the lambang. Of any other file
#: only the name counts (the layout rules look at names).
_READ_BY_VALIDATE = (".yaml", ".yml", ".png", ".jpg", ".jpeg")
#: Larger files are refused by validation unread (F0xx); their size and time stand for them.
_HASHED_BYTES = 16 * 1024 * 1024


def _workspace_key(root: Path) -> str | None:
    digest = hashlib.sha256(f"{_rules_fingerprint()}\0".encode() + os.fsencode(os.getcwd()) + b"\0")
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))  # .git, .skpdoc: never read by validate
        base = Path(folder)
        for name in dirs:
            if os.path.islink(base / name):
                return None
            digest.update(os.fsencode((base / name).relative_to(root)) + b"/\0")  # names need not be UTF-8
        for name in sorted(files):
            path = base / name
            digest.update(os.fsencode(path.relative_to(root)) + b"\0")
            try:
                if os.path.islink(path):
                    digest.update(b"->" + os.fsencode(os.readlink(path)) + b"\0")
                if name.lower().endswith(_READ_BY_VALIDATE):
                    info = path.stat()  # never opened unless a regular file: a FIFO or /dev/zero would not end
                    if stat.S_ISREG(info.st_mode) and info.st_size <= _HASHED_BYTES:
                        digest.update(hashlib.sha256(path.read_bytes()).digest())
                    else:
                        digest.update(f"{info.st_mode}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
            except OSError as exc:
                digest.update(f"!{exc.errno}\0".encode())
    return digest.hexdigest()
