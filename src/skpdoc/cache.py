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
