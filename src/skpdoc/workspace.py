"""Find a workspace on disk and load every file of it, checked file by file.

Layout (documented in the README)::

    skpdoc.yaml              instansi, tahun, tempat
    <opd>/opd.yaml           one folder per OPD; the folder name is its slug
    <opd>/<nip>.yaml         one employee's SKP for the year

Folders whose name starts with ``.`` or ``_``, and ``templates/``, are not
OPDs. Loading a workspace parses and checks each file independently (in
worker processes when there are many), so the cross-file rules can then run
on documents that are known to be well-formed.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from skpdoc import schema, spec
from skpdoc.cache import SpecCache
from skpdoc.errors import Problem, Severity, UsageError
from skpdoc.rules import pegawai as pegawai_rules
from skpdoc.spec import Document

CONFIG_NAME = "skpdoc.yaml"
OPD_NAME = "opd.yaml"
NOT_OPD = frozenset({"templates"})
#: Below this many files, worker processes cost more than they save.
PARALLEL_THRESHOLD = 400


@dataclass
class CheckedFile:
    """One file after parsing, the schema and the single-file rules."""

    path: Path
    kind: schema.Kind
    doc: Document | None
    problems: list[Problem]

    @property
    def usable(self) -> bool:
        """Parsed and schema-valid (the config and opd.yaml must be, to be used at all)."""
        return self.doc is not None and not any(
            p.severity is Severity.ERROR and (p.code.startswith(("Y", "S", "F"))) for p in self.problems
        )


@dataclass
class OpdFiles:
    slug: str
    folder: Path
    opd: CheckedFile | None
    pegawai: list[CheckedFile] = field(default_factory=list)


@dataclass
class LoadedWorkspace:
    """Every file of a workspace, each checked on its own."""

    root: Path
    config: CheckedFile
    opds: dict[str, OpdFiles]
    problems: list[Problem]

    @property
    def tahun(self) -> int | None:
        if self.config.usable and self.config.doc is not None:
            return int(self.config.doc.data["tahun"])
        return None

    def files(self) -> Iterable[CheckedFile]:
        yield self.config
        for opd in self.opds.values():
            if opd.opd is not None:
                yield opd.opd
            yield from opd.pegawai


def find_root(path: Path) -> Path:
    """The workspace folder holding ``path``: the nearest folder with skpdoc.yaml."""
    start = path.resolve()
    if not start.exists():
        raise UsageError(code="F002", subject=str(path))
    folder = start if start.is_dir() else start.parent
    for candidate in (folder, *folder.parents):
        if (candidate / CONFIG_NAME).is_file():
            return candidate
    raise UsageError(code="W001", path=path)


def _is_yaml(path: Path) -> bool:
    return path.suffix in (".yaml", ".yml") and not path.name.startswith(".")


def discover(root: Path) -> tuple[dict[str, tuple[Path, list[Path]]], list[Problem]]:
    """OPD folders and their employee files, in a stable (sorted) order."""
    opds: dict[str, tuple[Path, list[Path]]] = {}
    problems: list[Problem] = []
    for entry in sorted(root.iterdir()):
        if entry.is_file() and _is_yaml(entry) and entry.name != CONFIG_NAME:
            problems.append(Problem(_display(entry), "W003", severity=Severity.WARNING))
        if not entry.is_dir() or entry.name.startswith((".", "_")) or entry.name in NOT_OPD:
            continue
        files = sorted(p for p in entry.iterdir() if p.is_file() and _is_yaml(p))
        if not files:
            continue
        if not (entry / OPD_NAME).is_file():
            problems.append(Problem(_display(entry), "W002"))
        opds[entry.name] = (entry, [p for p in files if p.name != OPD_NAME])
    return opds, problems


def _display(path: Path) -> Path:
    """Paths are shown relative to the current folder when they are below it."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def check_file(path: Path, kind: schema.Kind, tahun: int | None) -> CheckedFile:
    """Parse one file and apply the schema and the single-file rules."""
    doc, problems = spec.load(_display(path))
    if doc is not None:
        problems += schema.check(doc, kind)
        if kind == "pegawai":
            problems += pegawai_rules.check(doc, tahun)
    return CheckedFile(path, kind, doc, problems)


def _check_batch(batch: list[tuple[Path, schema.Kind, int | None]]) -> list[CheckedFile]:
    return [check_file(*job) for job in batch]


def load(root: Path, *, jobs: int | None = None) -> LoadedWorkspace:
    """Load and check every file of the workspace at ``root``; unchanged files come from the cache."""
    config = check_file(root / CONFIG_NAME, "skpdoc", None)
    tahun = int(config.doc.data["tahun"]) if config.usable and config.doc else None
    found, problems = discover(root)
    work: list[tuple[Path, schema.Kind, int | None]] = []
    for folder, files in found.values():
        if (folder / OPD_NAME).is_file():
            work.append((folder / OPD_NAME, "opd", tahun))
        work += [(path, "pegawai", tahun) for path in files]
    cache = SpecCache(root)
    checked: dict[Path, CheckedFile] = {}
    missing: list[tuple[Path, schema.Kind, int | None]] = []
    keys: dict[Path, str] = {}
    for path, kind, year in work:
        hit = _from_cache(cache, path, kind, year, keys)
        if hit is None:
            missing.append((path, kind, year))
        else:
            checked[path] = hit
    for result in _run(missing, jobs):
        checked[result.path] = result
        if result.path in keys and result.doc is not None:
            cache.put(keys[result.path], (result.doc.data, result.problems))
    cache.save()
    opds = {
        slug: OpdFiles(slug, folder, checked.get(folder / OPD_NAME), [checked[p] for p in files])
        for slug, (folder, files) in found.items()
    }
    return LoadedWorkspace(root, config, opds, problems)


def _from_cache(
    cache: SpecCache, path: Path, kind: schema.Kind, tahun: int | None, keys: dict[Path, str]
) -> CheckedFile | None:
    if not cache.enabled:
        return None
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    keys[path] = key = cache.key(raw, kind, tahun)
    entry = cache.get(key)
    if entry is None:
        return None
    display = _display(path)
    text, _ = spec.decode(display, raw)
    if text is None:
        return None
    data, problems = entry
    problems = [dataclasses.replace(p, file=display) for p in problems]
    return CheckedFile(path, kind, spec.Document(display, text, data), problems)


def _run(work: list[tuple[Path, schema.Kind, int | None]], jobs: int | None) -> list[CheckedFile]:
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(work) < PARALLEL_THRESHOLD:
        return _check_batch(work)
    size = max(50, len(work) // (workers * 8))
    batches = [work[i : i + size] for i in range(0, len(work), size)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return [checked for batch in pool.map(_check_batch, batches) for checked in batch]
