"""What the web app knows of the workspace: one snapshot, made again when a file changes.

A :class:`Snapshot` is the validated workspace (:func:`skpdoc.selection.load`:
every problem, the typed workspace of the valid specs) and an :class:`Index`
of its files by NIP and by OPD folder. The index is the only way a URL
reaches a file: a page names a NIP or an OPD slug, never a path, so no URL or
form field is ever joined to a folder.

:class:`State` hands out the current snapshot. A change on disk (a save from
the browser, the CLI, ``git pull``) marks it stale: saves say so themselves,
and a thread watching the workspace (``watchfiles``) catches the others; the
next request then reads the workspace again, which the spec cache keeps
cheap (only changed files are parsed).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skpdoc.errors import InvalidSpecs, Problem, Severity
from skpdoc.paths import identity

if TYPE_CHECKING:
    from skpdoc import model
    from skpdoc.selection import Valid
    from skpdoc.status import Status


@dataclass(frozen=True)
class Entry:
    """One employee spec as the index knows it, whether valid or not (read from its raw data)."""

    nip: str
    opd: str
    file: Path  # absolute
    nama: str
    jabatan: str
    penilai: str | None  # NIP of the pejabat penilai when that is a spec of the workspace
    atasan: str | None  # the same for the atasan pejabat penilai
    data: Mapping[str, Any] | None  # the parsed spec; None when it is not YAML at all


@dataclass(frozen=True)
class Index:
    """Every employee spec by NIP and every OPD folder by slug; nothing else may be opened by a request."""

    pegawai: Mapping[str, Entry]
    opds: Mapping[str, Path]

    def of_opd(self, slug: str) -> list[Entry]:
        return [e for e in self.pegawai.values() if e.opd == slug]

    def assessed_by(self, nip: str) -> list[Entry]:
        """The employees whose pejabat penilai is ``nip``."""
        return [e for e in self.pegawai.values() if e.penilai == nip]


@dataclass
class Snapshot:
    """The workspace as read at one moment. ``valid`` is None when ``skpdoc.yaml`` itself is broken
    (``problems`` say why); every page shows those problems then instead of failing."""

    root: Path
    generation: int
    valid: Valid | None
    index: Index
    problems: tuple[Problem, ...]
    _status: dict[str | None, Status] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def workspace(self) -> model.Workspace | None:
        return self.valid.workspace if self.valid is not None else None

    def problems_of(self, file: Path) -> list[Problem]:
        """Every problem found in ``file`` (errors and warnings), in the order of the file."""
        wanted = identity(file)
        return [p for p in self.problems if identity(p.file) == wanted]

    def errors_of(self, file: Path) -> list[Problem]:
        return [p for p in self.problems_of(file) if p.severity is Severity.ERROR]

    def status(self, periode: str | None = None) -> Status:
        """``skpdoc status`` of the whole workspace for ``periode`` (default: the latest opened), computed once."""
        with self._lock:
            if periode not in self._status:
                from skpdoc.api import status

                self._status[periode] = status(self.root, periode=periode)
            return self._status[periode]


def read(root: Path, generation: int = 0) -> Snapshot:
    """A snapshot of the workspace at ``root``."""
    from skpdoc import selection

    try:
        valid = selection.load(root)
    except InvalidSpecs as exc:  # skpdoc.yaml or the layout: nothing but the problems to show
        return Snapshot(root, generation, None, _index(root, None), tuple(exc.problems))
    return Snapshot(root, generation, valid, _index(root, valid), valid.problems)


def _index(root: Path, valid: Valid | None) -> Index:
    from skpdoc import workspace

    found, _, _ = workspace.discover(root)
    opds = {slug: f.folder.resolve() for slug, f in found.items()}
    people: dict[str, Entry] = {}
    if valid is None:
        return Index(people, opds)
    for nip, file, slug, data in valid.specs():
        people[nip] = _entry(nip, file, slug, data)
    return Index(people, opds)


def _entry(nip: str, file: Path, slug: str, data: Any) -> Entry:
    data = data if isinstance(data, Mapping) else None
    ident = data.get("pegawai") if data is not None else None
    ident = ident if isinstance(ident, Mapping) else {}
    return Entry(
        nip=nip,
        opd=slug,
        file=file.resolve(),
        nama=_text(ident.get("nama"), nip),
        jabatan=_text(ident.get("jabatan"), ""),
        penilai=_nip(data.get("pejabat_penilai")) if data is not None else None,
        atasan=_nip(data.get("atasan_pejabat_penilai")) if data is not None else None,
        data=data,
    )


def _nip(ref: Any) -> str | None:
    from skpdoc.placeholders import is_placeholder

    return ref if isinstance(ref, str) and not is_placeholder(ref) else None


def _text(value: Any, default: str) -> str:
    return value if isinstance(value, str) and value.strip() else default


class State:
    """The current snapshot of one workspace, read again after a change.

    ``watch`` starts a daemon thread that marks the snapshot stale when a
    file of the workspace changes (the app starts it; tests that edit files
    through the app need no thread, as saves call :meth:`changed`).
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root).resolve()
        self._snapshot: Snapshot | None = None
        self._stale = True
        self._generation = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()

    def current(self) -> Snapshot:
        with self._lock:
            if self._stale or self._snapshot is None:
                self._stale = False  # a change during the read below marks it stale again
                self._generation += 1
                self._snapshot = read(self.root, self._generation)
            return self._snapshot

    def changed(self) -> None:
        """A file of the workspace changed: the next request reads it again."""
        self._stale = True

    def watch(self) -> threading.Thread:
        thread = threading.Thread(target=self._watch, name="skpdoc-watch", daemon=True)
        thread.start()
        return thread

    def close(self) -> None:
        self._stop.set()

    def _watch(self) -> None:
        import watchfiles

        for changes in watchfiles.watch(
            self.root, stop_event=self._stop, watch_filter=_relevant, yield_on_timeout=False
        ):
            if changes:
                self.changed()


def _relevant(change: Any, path: str) -> bool:
    """YAML files and images of the workspace, not git's own files or skpdoc's cache and outputs."""
    parts = Path(path).parts
    if any(part in (".git", ".skpdoc", "__pycache__") for part in parts):
        return False
    return path.endswith((".yaml", ".yml", ".png", ".jpg", ".jpeg", ".docx"))
