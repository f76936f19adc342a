"""Find a workspace on disk and load every file of it, checked file by file.

Layout (documented in the README)::

    skpdoc.yaml              instansi, tahun, tempat
    <opd>/opd.yaml           one folder per OPD; the folder name is its slug
    <opd>/<nip>.yaml         one employee's SKP for the year

Folders whose name starts with ``.`` or ``_``, and ``templates/``, are not
OPDs. Nothing outside the workspace is read: an OPD folder, ``templates/``
or a spec that is a link out of it is a warning (W005) and skipped (the
workspace's skpdoc.yaml: an error). An entry named like a spec that is not a
regular file (a FIFO, a device, a dangling link or loop, a folder called
``x.yaml``) is an error on that name and never opened, so an employee cannot
silently vanish from validation and builds; a spec over
``spec.MAX_SPEC_BYTES`` is an error too. Links that stay inside are followed.

Loading a workspace parses and checks each file independently (in worker
processes when there are many), so the cross-file rules can then run on
documents that are known to be well-formed.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from skpdoc import paths, schema, spec
from skpdoc.cache import SpecCache
from skpdoc.errors import Problem, Severity, UsageError
from skpdoc.rules import drafts, gambar
from skpdoc.rules import pegawai as pegawai_rules
from skpdoc.spec import Document

CONFIG_NAME = paths.CONFIG_NAME
find_root = paths.find_root
OPD_NAME = "opd.yaml"
TEMPLATES_NAME = "templates"
NOT_OPD = frozenset({TEMPLATES_NAME})
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
class Found:
    """An OPD folder as discovered: its opd.yaml (None when missing or skipped) and its employee files."""

    folder: Path
    opd: Path | None
    pegawai: list[Path]


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


def _is_yaml(path: Path) -> bool:
    return path.suffix in (".yaml", ".yml") and not path.name.startswith(".")


def _looks_yaml(name: str) -> bool:
    """Named like YAML whatever the case of its extension (``X.YAML``): a spec the loader would pass over."""
    return os.path.splitext(name)[1].lower() in (".yaml", ".yml") and not name.startswith(".")


#: An OPD folder's name is its slug: in OUT it names a folder beside the bundle ``<slug>.pdf`` and
#: ``manifest.json``, so it may have no dot (``x.pdf``, ``manifest.json`` would collide); lowercase as the
#: roster import and ``--opd`` write it (and ``Dinkes``/``dinkes`` would be one folder on a Windows share).
OPD_SLUG = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")


def is_opd_name(name: str) -> bool:
    """Whether a folder called ``name`` directly below the workspace is an OPD folder."""
    return bool(name) and not name.startswith((".", "_")) and name not in NOT_OPD


def selects_workspace(root: Path, folder: Path) -> bool:
    """Whether ``folder`` (a folder a user named) is the workspace itself or one of its OPD folders."""
    real = Path(os.path.realpath(folder))
    return real == root or (real.parent == root and is_opd_name(real.name))


def opd_named_by(root: Path, folder: Path) -> str | None:
    """The OPD whose folder (or a folder inside it) ``folder`` is; None for the workspace itself or a file."""
    if not os.path.isdir(folder):
        return None
    parts = Path(os.path.realpath(folder)).relative_to(root).parts
    return parts[0] if parts and is_opd_name(parts[0]) else None


def opd_folder(root: Path, slug: str) -> Path:
    """The folder of the OPD ``slug``; raises :class:`UsageError` for a name that would lead anywhere else."""
    bad = ("/", "\\", ":", "\0")
    if slug in (".", "..") or not is_opd_name(slug) or any(c in slug for c in bad) or Path(slug).is_absolute():
        raise UsageError(code="W008", subject="--opd", value=slug)
    if not OPD_SLUG.fullmatch(slug):
        raise UsageError(code="W010", subject="--opd", value=slug)
    folder = root / slug
    if os.path.lexists(folder):
        if not paths.within(root, folder):
            raise UsageError(code="W005", subject=str(folder), target=os.path.realpath(folder))
        if not folder.is_dir():
            raise UsageError(code="W008", subject="--opd", value=slug)
    return folder


def templates_folder(root: Path) -> Path | None:
    """The workspace's own templates folder, when there is one inside the workspace (a link out is not used)."""
    folder = root / TEMPLATES_NAME
    return folder if folder.is_dir() and paths.within(root, folder) else None


def discover(root: Path) -> tuple[dict[str, Found], dict[Path, Problem], list[Problem]]:
    """OPD folders and their files in a stable (sorted) order, without opening any file.

    Returns the OPDs, the entries named like specs that must not be read (each
    with its error, to stand in for the file), and the workspace's problems.
    """
    opds: dict[str, Found] = {}
    refused: dict[Path, Problem] = {}
    problems: list[Problem] = []
    for entry in sorted(root.iterdir()):
        if entry.name == CONFIG_NAME:
            continue
        if not os.path.isdir(entry):  # follows links; a loop or a dangling link is not a folder
            if _looks_yaml(entry.name):
                problems.append(Problem(display(entry), "W003", severity=Severity.WARNING))
            continue
        if not paths.within(root, entry):
            if is_opd_name(entry.name) or entry.name in NOT_OPD:  # templates/ pointing out is not used either
                target = os.readlink(entry) if entry.is_symlink() else os.path.realpath(entry)
                problems.append(Problem(display(entry), "W005", {"target": target}, severity=Severity.WARNING))
            continue
        if not is_opd_name(entry.name):
            continue
        try:
            names, passed_over = _listing(entry)
        except OSError as exc:
            problems.append(Problem(display(entry), "F001", {"detail": exc.strerror or str(exc)}))
            continue
        if not names:
            problems += passed_over  # a folder of X.YAML only is an OPD folder with a slip in every name
            continue
        if not OPD_SLUG.fullmatch(entry.name):  # never loaded, so a build cannot trip over its outputs' names
            problems.append(Problem(display(entry), "W010", {"value": entry.name}))
            continue
        problems += passed_over
        found = Found(entry, None, [])
        for path in names:
            refusal = paths.examine(path, root, folder_inside=True)  # the OPD folder is inside (checked above)
            if refusal is not None and refusal.code == "W005":
                problems.append(refusal.problem(display(path)))  # skipped: nothing of it is read
                continue
            if refusal is not None:
                refused[path] = refusal.problem(display(path))
            if path.name == OPD_NAME:
                found.opd = path
            else:
                found.pegawai.append(path)
        if found.opd is None:
            problems.append(Problem(display(entry), "W002"))
        opds[entry.name] = found
    return opds, refused, problems


def _listing(folder: Path) -> tuple[list[Path], list[Problem]]:
    """An OPD folder's spec files, and what looks like a spec but would be passed over without a word.

    ``<nip>.YAML`` is an error (W011): it sits among the specs and is named like
    one, and only the case of its extension would drop that employee from every
    validation and build. ``.yaml`` files in a subfolder are one warning per
    subfolder (W012): a subfolder is a deliberate place (``arsip/``, last year's
    copies) rather than a slip, so they do not stop a build, but are never
    passed over unseen; ``_arsip/`` (or ``.x/``) keeps them out without a word.
    """
    names: list[Path] = []
    problems: list[Problem] = []
    with os.scandir(folder) as entries:
        listed = sorted(entries, key=lambda e: e.name)
    for item in listed:
        path = Path(item.path)
        if _is_yaml(path):
            names.append(path)
        elif _looks_yaml(item.name):
            suffix = os.path.splitext(item.name)[1]
            fixed = item.name[: -len(suffix)] + suffix.lower()
            problems.append(Problem(display(path), "W011", {"suffix": suffix, "name": fixed}))
        elif not item.name.startswith((".", "_")) and item.is_dir(follow_symlinks=False):
            count = _yaml_below(path)
            if count:
                problems.append(Problem(display(path), "W012", {"count": count}, severity=Severity.WARNING))
    return names, problems


def _yaml_below(folder: Path) -> int:
    """How many YAML-named files are below ``folder``, not counting ``_``/``.`` folders; links are not followed."""
    count = 0
    for parent, folders, files in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith((".", "_"))]
        count += sum(1 for name in files if _looks_yaml(name))
        if parent.count(os.sep) - str(folder).count(os.sep) > 8:  # a deep tree is not a place for specs
            folders.clear()
    return count


def display(path: Path) -> Path:
    """Paths are shown relative to the current folder when they are below it."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def check_file(path: Path, kind: schema.Kind, tahun: int | None) -> CheckedFile:
    """Parse one file and apply the schema and the single-file rules."""
    doc, problems = spec.load(display(path))
    if doc is not None:
        shape = schema.check(doc, kind)
        problems += shape
        if kind == "pegawai":
            valid = not any(p.severity is Severity.ERROR for p in shape)
            problems += pegawai_rules.check(doc, tahun, schema_valid=valid)
        problems += drafts.check(doc, kind)
    return CheckedFile(path, kind, doc, problems)


def _check_batch(batch: list[tuple[Path, schema.Kind, int | None]]) -> list[CheckedFile]:
    return [check_file(*job) for job in batch]


def load(root: Path, *, jobs: int | None = None) -> LoadedWorkspace:
    """Load and check every file of the workspace at ``root``; unchanged files come from the cache."""
    config_path = root / CONFIG_NAME
    # Without its skpdoc.yaml there is no workspace, so a link out is an error here, not a warning.
    refusal = paths.examine(config_path, root, outside=Severity.ERROR)
    if refusal is not None:
        config = CheckedFile(config_path, "skpdoc", None, [refusal.problem(display(config_path))])
    else:
        config = check_file(config_path, "skpdoc", None)
    tahun = int(config.doc.data["tahun"]) if config.usable and config.doc else None
    found, refused, problems = discover(root)
    work: list[tuple[Path, schema.Kind, int | None]] = []
    for opd in found.values():
        if opd.opd is not None:
            work.append((opd.opd, "opd", tahun))
        work += [(path, "pegawai", tahun) for path in opd.pegawai]
    cache = SpecCache(root)
    checked: dict[Path, CheckedFile] = {}
    missing: list[tuple[Path, schema.Kind, int | None]] = []
    keys: dict[Path, str] = {}
    for path, kind, year in work:
        if path in refused:
            checked[path] = CheckedFile(path, kind, None, [refused[path]])
            continue
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
        slug: OpdFiles(slug, opd.folder, checked[opd.opd] if opd.opd else None, [checked[p] for p in opd.pegawai])
        for slug, opd in found.items()
    }
    return LoadedWorkspace(root, config, opds, problems + _image_problems(root, config, opds))


def _image_problems(root: Path, config: CheckedFile, opds: dict[str, OpdFiles]) -> list[Problem]:
    """The kop's logo and the lambang each file names (:mod:`skpdoc.rules.gambar`), checked on every load:
    an image is not part of its YAML file's cache entry, so it may have changed while the file did not."""
    files = [config, *(opd.opd for opd in opds.values() if opd.opd is not None)]
    return [p for f in files if f.usable and f.doc is not None for p in gambar.check(f.doc, f.kind, root)]


def _from_cache(
    cache: SpecCache, path: Path, kind: schema.Kind, tahun: int | None, keys: dict[Path, str]
) -> CheckedFile | None:
    if not cache.enabled:
        return None
    try:
        raw = paths.read_regular(path, spec.MAX_SPEC_BYTES)
    except paths.NotReadable:
        return None  # spec.load reads it again and reports why it cannot
    keys[path] = key = cache.key(raw, kind, tahun)
    entry = cache.get(key)
    if entry is None:
        return None
    shown = display(path)
    text, _ = spec.decode(shown, raw)
    if text is None:
        return None
    data, problems = entry
    problems = [dataclasses.replace(p, file=shown) for p in problems]
    return CheckedFile(path, kind, spec.Document(shown, text, data), problems)


def _run(work: list[tuple[Path, schema.Kind, int | None]], jobs: int | None) -> list[CheckedFile]:
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(work) < PARALLEL_THRESHOLD:
        return _check_batch(work)
    size = max(50, len(work) // (workers * 8))
    batches = [work[i : i + size] for i in range(0, len(work), size)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return [checked for batch in pool.map(_check_batch, batches) for checked in batch]
