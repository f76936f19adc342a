"""The two sides of a diff: spec files from a folder, a single file, a git revision or the working tree.

A side lists its files with the git blob id of each, so files that are equal
on both sides are never read or parsed; the others are read as bytes (git
blobs through ``git cat-file``) and parsed with :mod:`skpdoc.spec`.

Files on disk are read as a workspace is (:mod:`skpdoc.paths`): only regular
files of at most ``spec.MAX_SPEC_BYTES``, never through a link out of the
compared folder or repository. A file that cannot be read stays in its side's
listing with its problem (``Snapshot.refused``), so it is reported where it is
and its counterpart is not shown as removed; the other files are compared.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from skpdoc import paths, spec
from skpdoc.diff import git
from skpdoc.errors import Problem, Severity, UsageError
from skpdoc.workspace import CONFIG_NAME, NOT_OPD, OPD_NAME

WORKTREE = "working tree"


@dataclass(frozen=True)
class SpecFile:
    """One file of a side: ``rel`` pairs it with the other side; ``display`` locates its problems."""

    rel: str
    display: str
    blob: str  # git blob id; "" when not computed (working-tree files outside the scope, read on demand)
    root: str | None  # its workspace folder (relative); None for a file outside any workspace


@dataclass
class Snapshot:
    """The spec files of one side and a way to read them.

    ``files`` lists the whole tree (so a transferred employee is matched and
    names are found), ``scope`` the paths whose changes are reported.
    """

    label: str
    commit: str | None
    files: dict[str, SpecFile]
    fetch: Callable[[list[SpecFile]], dict[str, bytes]] = field(repr=False, default=lambda files: {})
    _raw: dict[str, bytes] = field(default_factory=dict, repr=False)
    _parsed: dict[str, tuple[spec.Document | None, list[Problem]]] = field(default_factory=dict, repr=False)
    _named: dict[tuple[str | None, str], str] | None = field(default=None, repr=False)
    scope: tuple[str, ...] = ("",)
    #: Files that were not read, with the reason (a FIFO, a link out, too large ...).
    refused: dict[str, Problem] = field(default_factory=dict, repr=False)
    #: Folders left out (links out of the compared folder), with the reason; reported when in scope.
    skipped: dict[str, Problem] = field(default_factory=dict, repr=False)

    def in_scope(self, rel: str) -> bool:
        return any(w == "" or rel == w or rel.startswith(w + "/") for w in self.scope)

    def read_as(self, contents: Mapping[str, bytes]) -> None:
        """Contents already read (to hash them)."""
        self._raw.update(contents)

    def read(self, rels: Iterable[str]) -> None:
        """Fetch the contents of these files at once (one git process for a revision)."""
        missing = [self.files[r] for r in rels if r in self.files and r not in self._raw and r not in self.refused]
        if missing:
            self._raw.update(self.fetch(missing))

    def raw(self, rel: str) -> bytes:
        self.read([rel])
        return self._raw.get(rel, b"")  # a refused file reads as nothing

    def parse(self, rel: str) -> tuple[spec.Document | None, list[Problem]]:
        if rel not in self._parsed:
            item = self.files[rel]
            raw = self.raw(rel)
            if rel in self.refused:
                self._parsed[rel] = (None, [self.refused[rel]])
                return self._parsed[rel]
            text, problems = spec.decode(Path(item.display), raw)
            self._parsed[rel] = spec.parse(Path(item.display), text) if text is not None else (None, problems)
        return self._parsed[rel]

    def data(self, rel: str) -> dict[str, Any] | None:
        doc, _ = self.parse(rel)
        return doc.data if doc is not None else None

    def lookup(self, root: str | None, home: str | None = None) -> SideLookup:
        return SideLookup(self, root, home)

    def named(self, root: str | None, name: str) -> str | None:
        """The file called ``name`` in an OPD folder of the workspace ``root``."""
        if self._named is None:
            self._named = {(f.root, posixpath.basename(f.rel)): f.rel for f in self.files.values()}
        return self._named.get((root, name))

    def opd(self, folder: str) -> dict[str, Any] | None:
        """The opd.yaml of an OPD folder (a path relative to the side), when it exists and is readable."""
        rel = posixpath.join(folder, OPD_NAME)
        return self.data(rel) if rel in self.files else None


def opd_name(data: Mapping[str, Any] | None, *, short: bool = False) -> str | None:
    """The name of an OPD from its opd.yaml: ``nama``, or its ``singkatan`` first when ``short``."""
    if not data:
        return None
    for key in ("singkatan", "nama") if short else ("nama",):
        if isinstance(data.get(key), str):
            return str(data[key])
    return None


class SideLookup:
    """Finds an employee's spec on one side by NIP (files are named ``<nip>.yaml``), parsed on demand.

    ``home`` is the OPD folder of the spec being compared, whose opd.yaml names its units.
    """

    def __init__(self, snapshot: Snapshot, root: str | None, home: str | None = None) -> None:
        self.snapshot, self.root, self.home = snapshot, root, home

    def pegawai(self, nip: str) -> Mapping[str, Any] | None:
        rel = self.snapshot.named(self.root, f"{nip}.yaml") or self.snapshot.named(self.root, f"{nip}.yml")
        return self.snapshot.data(rel) if rel is not None else None

    def unit_nama(self, unit: Any) -> str | None:
        if not isinstance(unit, str) or self.root is None or not self.home:
            return None
        units = (self.snapshot.opd(self.home) or {}).get("unit")
        for item in units if isinstance(units, list) else []:
            if isinstance(item, dict) and item.get("id") == unit and isinstance(item.get("nama"), str):
                return str(item["nama"])
        return None


def _is_yaml(name: str) -> bool:
    base = posixpath.basename(name)
    return base.endswith((".yaml", ".yml")) and not base.startswith(".")


def _hidden(name: str) -> bool:
    return any(part.startswith((".", "_")) for part in name.split("/")[:-1])


def roots_of(*listings: Iterable[str]) -> set[str]:
    """Workspace folders: those holding skpdoc.yaml, on either side."""
    return {posixpath.dirname(n) for names in listings for n in names if posixpath.basename(n) == CONFIG_NAME}


def select(names: Iterable[str], roots: set[str], explicit: set[str]) -> dict[str, str | None]:
    """The spec files among ``names`` (name → workspace root), as ``skpdoc validate`` finds them.

    Inside a workspace: skpdoc.yaml and ``<opd>/*.yaml``. With no workspace at
    all (two plain folders, ``git difftool --dir-diff``) every YAML file
    outside hidden folders. Files named explicitly are always taken.
    """
    out: dict[str, str | None] = {}
    for name in names:
        parent = posixpath.dirname(name)
        grand = posixpath.dirname(parent)
        folder = posixpath.basename(parent)
        if not _is_yaml(name):
            root = None
        elif posixpath.basename(name) == CONFIG_NAME and parent in roots:
            root = parent
        elif parent and grand in roots and not folder.startswith((".", "_")) and folder not in NOT_OPD:
            root = grand
        elif not roots and not _hidden(name):
            root = ""
        else:
            root = None
        if root is not None or name in explicit:
            out[name] = root
    return out


# --- files and folders ---------------------------------------------------------


def _disk_fetch(
    base: Path, refused: dict[str, Problem], also: tuple[Path, ...] = ()
) -> Callable[[list[SpecFile]], dict[str, bytes]]:
    folders = _Folders()

    def fetch(files: list[SpecFile]) -> dict[str, bytes]:
        out: dict[str, bytes] = {}
        for item in files:
            content = _read_into(base, item.rel, Path(item.display), refused, also, folders)
            if content is not None:
                out[item.rel] = content
        return out

    return fetch


class _Folders(dict[str, bool]):
    """Whether each folder of a side stays inside its base (resolved once per folder, not per file)."""

    def inside(self, base: Path, rel: str) -> bool:
        parent = posixpath.dirname(rel)
        if parent not in self:
            self[parent] = paths.within(base, base / parent)
        return self[parent]


def _read_into(
    base: Path,
    rel: str,
    shown: Path,
    refused: dict[str, Problem],
    also: tuple[Path, ...] = (),
    folders: _Folders | None = None,
) -> bytes | None:
    """The bytes of ``base/rel``, or None with the reason recorded in ``refused``.

    Links may lead anywhere inside ``base`` or the folders ``also``, nowhere else.
    """
    path = base / rel
    refusal = paths.examine(path, base, folder_inside=folders is not None and folders.inside(base, rel))
    if refusal is not None and refusal.code == "W005" and any(paths.within(folder, path) for folder in also):
        refusal = paths.examine(path)
    if refusal is None:
        try:
            return paths.read_regular(path, spec.MAX_SPEC_BYTES)
        except paths.NotReadable as exc:
            refusal = exc.refusal
    refused[rel] = refusal.problem(shown)
    return None


def _read(path: Path) -> bytes:
    """A file named on the command line: read as a spec is, or refused with a usage error (exit 2)."""
    try:
        return paths.read_regular(path, spec.MAX_SPEC_BYTES)
    except paths.NotReadable as exc:
        refusal = exc.refusal
        raise UsageError(code=refusal.code, subject=str(path), **refusal.args) from None


def _folder_names(folder: Path) -> tuple[list[str], list[str]]:
    """Every file below ``folder`` (hidden folders left out), and the folders that are links out of it.

    Linked folders are not walked: one inside ``folder`` is an alias of a folder
    that is walked anyway (and could form a loop), one outside must not be read.
    """
    names: list[str] = []
    out: list[str] = []
    for here, dirs, files in os.walk(folder):
        rel = Path(here).relative_to(folder).as_posix()
        prefix = "" if rel == "." else f"{rel}/"
        walked = []
        for name in sorted(d for d in dirs if not d.startswith(".")):
            if not os.path.islink(os.path.join(here, name)):
                walked.append(name)
            elif not paths.within(folder, os.path.join(here, name)):
                out.append(prefix + name)
        dirs[:] = walked
        names += [prefix + f for f in sorted(files)]
    return names, out


def _disk_side(
    label: str, base: Path, selected: dict[str, str | None], out: list[str], roots: set[str], also: tuple[Path, ...]
) -> Snapshot:
    refused: dict[str, Problem] = {}
    raw: dict[str, bytes] = {}
    folders = _Folders()
    for name in selected:
        content = _read_into(base, name, base / name, refused, also, folders)
        if content is not None:
            raw[name] = content
    files = {
        name: SpecFile(name, str(base / name), git.blob_id(raw[name]) if name in raw else "", root)
        for name, root in selected.items()
    }
    side = Snapshot(label, None, files, _disk_fetch(base, refused, also), dict(raw), refused=refused)
    for link in out:
        if any(paths.within(folder, base / link) for folder in also):
            continue  # not walked: the files of a linked folder are not compared (list them in git instead)
        if select([f"{link}/x.yaml"], roots, set()):  # only a folder that would hold specs is worth a word
            target = os.readlink(base / link)
            side.skipped[link] = Problem(base / link, "W005", {"target": target}, severity=Severity.WARNING)
    return side


def from_paths(old: Path, new: Path) -> tuple[Snapshot, Snapshot]:
    """Two spec files, or two folders (workspaces, OPD folders, ``git difftool -d`` trees)."""
    for path in (old, new):
        if not path.exists():
            raise UsageError(code="F002", subject=str(path))
    null = Path(os.devnull)
    if old.is_dir() and new.is_dir():
        (old_names, old_out), (new_names, new_out) = _folder_names(old), _folder_names(new)
        roots = roots_of(old_names, new_names)
        also = _current_repository()
        return (
            _disk_side(str(old), old, select(old_names, roots, set()), old_out, roots, also),
            _disk_side(str(new), new, select(new_names, roots, set()), new_out, roots, also),
        )
    if old.is_dir() or new.is_dir():
        raise UsageError(code="D005", old=old, new=new)
    # One file against another: they are paired whatever their names (difftool passes temporary
    # files); /dev/null stands for a file that does not exist on that side.
    rel = str(new if new != null else old)
    sides = []
    for path in (old, new):
        content = b"" if path == null else _read(path)
        files = {} if path == null else {rel: SpecFile(rel, str(path), git.blob_id(content), None)}
        sides.append(Snapshot(str(path), None, files, lambda files: {}, {rel: content}))
    return sides[0], sides[1]


def _current_repository() -> tuple[Path, ...]:
    """The git working tree holding the current folder, if any: links into it are followed.

    ``git difftool --dir-diff`` fills the working-tree side of its temporary
    folders with links to the repository's files and runs the tool from the
    repository; links anywhere else (``/dev/zero``, ``~/.ssh/...``) are refused.
    """
    try:
        return (git.toplevel(Path.cwd()).resolve(),)
    except UsageError:
        return ()


# --- git ---------------------------------------------------------------------------


def parse_range(spec_: str) -> tuple[str, str | None, bool]:
    """``A..B``, ``A...B`` (from their merge base), ``A`` (against the working tree) → (A, B or None, merge base)."""
    if "..." in spec_:
        a, _, b = spec_.partition("...")
        return a or "HEAD", b or "HEAD", True
    if ".." in spec_:
        a, _, b = spec_.partition("..")
        return a or "HEAD", b or "HEAD", False
    return spec_ or "HEAD", None, False


def from_revisions(
    rev: str = "HEAD", paths: Iterable[str | Path] = (), *, cwd: Path | None = None
) -> tuple[Snapshot, Snapshot]:
    """Both sides from git: ``rev`` is ``A..B``, ``A...B`` or ``A`` (against the working tree).

    ``paths`` (files or folders, relative to ``cwd``) narrow what is
    reported (the sides' ``scope``); both sides still list the whole
    repository, read on demand. By default everything is reported.
    """
    here = (cwd or Path.cwd()).resolve()
    targets = [(here / p).resolve() if not Path(p).is_absolute() else Path(p).resolve() for p in paths]
    top = git.toplevel(targets[0] if targets else here).resolve()
    wanted: list[str] = []
    for target in targets:
        try:
            rel = target.relative_to(top).as_posix()
        except ValueError:
            raise UsageError(code="D006", subject=str(target), top=top) from None
        wanted.append("" if rel == "." else rel)
    wanted = wanted or [""]
    a, b, base = parse_range(rev)
    old_commit = git.commit(top, a)
    new_commit = git.commit(top, b) if b is not None else None
    if base and new_commit is not None:
        old_commit = git.merge_base(top, old_commit, new_commit)
    sizes: dict[str, int] = {}  # blob id -> size: a blob over the limit is refused, not loaded
    old_tree = git.tree(top, old_commit, sizes)
    new_tree = git.tree(top, new_commit, sizes) if new_commit is not None else None
    new_names = list(new_tree) if new_tree is not None else git.worktree(top)
    roots = roots_of(old_tree, new_names)
    explicit = {w for w in wanted if w in old_tree or w in new_names}
    # Both sides list the whole tree: an employee transferred from an OPD outside the PATHs is
    # matched by NIP and names are found; only changes under the PATHs are reported (``scope``).
    scope = tuple(wanted)
    old_side = _git_side(top, a, old_commit, old_tree, select(old_tree, roots, explicit), scope, sizes)
    selected = select(new_names, roots, explicit)
    if new_tree is not None and b is not None:
        return old_side, _git_side(top, b, new_commit, new_tree, selected, scope, sizes)
    # Files outside the PATHs are only read when needed (a name, a transfer, a broken link): reading
    # and hashing the whole working tree for a narrowed diff would double its time on a large one.
    refused: dict[str, Problem] = {}
    new_side = Snapshot(WORKTREE, None, {}, _disk_fetch(top, refused), scope=scope, refused=refused)
    shown = _shown(top)
    raw: dict[str, bytes] = {}
    folders = _Folders()
    for name in selected:
        if new_side.in_scope(name):
            content = _read_into(top, name, shown / name, refused, folders=folders)
            if content is not None:
                raw[name] = content
    new_side.files = {
        name: SpecFile(name, str(shown / name), git.blob_id(raw[name]) if name in raw else "", root)
        for name, root in selected.items()
    }
    new_side.read_as(raw)
    return old_side, new_side


def _git_side(
    top: Path,
    rev: str,
    commit: str | None,
    tree: dict[str, str],
    selected: dict[str, str | None],
    scope: tuple[str, ...],
    sizes: dict[str, int],
) -> Snapshot:
    files = {name: SpecFile(name, f"{rev}:{name}", tree[name], root) for name, root in selected.items()}
    limit = spec.MAX_SPEC_BYTES
    refused = {
        name: Problem(Path(f"{rev}:{name}"), "F005", {"size": sizes[tree[name]], "limit": limit})
        for name in selected
        if sizes.get(tree[name], 0) > limit
    }

    def fetch(wanted: list[SpecFile]) -> dict[str, bytes]:
        contents = git.blobs(top, [f.blob for f in wanted])
        return {f.rel: contents[f.blob] for f in wanted}

    return Snapshot(rev, commit, files, fetch, scope=scope, refused=refused)


def _shown(top: Path) -> Path:
    """Working-tree files are shown relative to the current folder, so editors can open them."""
    try:
        return top.relative_to(Path.cwd().resolve())
    except ValueError:
        return top
