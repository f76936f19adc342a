"""One OPD's mistake stops nobody else: the workspace of the specs that are valid, and what a selection needs.

:func:`load` validates the whole workspace (references cross files, so every
rule still runs), then builds the typed :class:`~skpdoc.model.Workspace` from
every spec without an error whose OPD's ``opd.yaml`` has none either. What a
command prints decides what must be valid:

* an employee's forms need the spec, the OPD's ``opd.yaml``, the chain of
  penilai up to an official outside the workspace, and the owners of the RHK
  it intervenes (their text is printed);
* an OPD's documents (rekap, matriks, bundle) need every spec of the OPD and
  what each of them needs.

:meth:`Valid.require` refuses a selection that needs a spec with errors,
with an E010 note at the reference that led there and that spec's own
problems; :meth:`Valid.skipped` lists the OPDs a whole build must leave out.
Errors outside any OPD (``skpdoc.yaml``, the workspace's own folder) still
stop everything: there is no workspace to build from.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from skpdoc import model, workspace
from skpdoc.errors import InvalidSpecs, ItemNames, Problem, Severity, SkpdocError, UsageError, YamlPath
from skpdoc.paths import identity
from skpdoc.placeholders import is_placeholder
from skpdoc.rules.pegawai import iter_rhk
from skpdoc.spec import Document
from skpdoc.validate import check_workspace

__all__ = ["Selection", "SelectionInvalid", "Skipped", "Valid", "load", "select"]


class SelectionInvalid(InvalidSpecs):
    """What a selection prints needs specs with errors; ``problems`` are theirs, with E010 at each reference."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        errors = [p for p in problems if p.severity is Severity.ERROR and p.code != "E010"]
        SkpdocError.__init__(self, code="E012", count=len(errors))  # the notes are not errors of their own


@dataclass(frozen=True)
class Skipped:
    """An OPD a whole build leaves out, and why: the specs with errors its documents would need."""

    opd: str
    errors: int
    folders: tuple[str, ...]  # the OPD folders holding those specs (its own, or another's it refers to)

    @property
    def command(self) -> str:
        """The command that shows the errors."""
        return "skpdoc validate " + " ".join(self.folders)


@dataclass(frozen=True)
class Selection:
    """What a command prints: whole OPDs and single employees; nothing given means the whole workspace."""

    opds: tuple[str, ...] = ()
    nips: tuple[str, ...] = ()

    @property
    def whole(self) -> bool:
        return not (self.opds or self.nips)


@dataclass
class Valid:
    """A validated workspace: the typed workspace of its valid specs, and where the others are."""

    workspace: model.Workspace
    problems: tuple[Problem, ...]  # every problem of the workspace, sorted
    slugs: tuple[str, ...]  # every OPD folder, valid or not
    _errors: dict[str, list[Problem]] = field(default_factory=dict)  # file identity → its errors
    _specs: dict[str, tuple[Path, str, Document | None]] = field(default_factory=dict)  # NIP → file, OPD, doc
    _files: dict[str, str] = field(default_factory=dict)  # file identity → NIP, for file arguments
    _docs: dict[str, Document] = field(default_factory=dict)  # file identity → the parsed spec, to locate notes

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    def nip_of(self, path: Path) -> str | None:
        """The NIP of the employee spec at ``path`` (valid or not); None for any other file."""
        return self._files.get(identity(path))

    def specs(self) -> Iterator[tuple[str, Path, str, Any]]:
        """Every employee spec, valid or not: (NIP, file, OPD folder, its parsed data or None)."""
        for nip, (file, slug, doc) in self._specs.items():
            yield nip, file, slug, (doc.data if doc is not None else None)

    def opd_of(self, nip: str) -> str:
        """The OPD folder of the employee spec ``nip`` (valid or not)."""
        return self._specs[nip][1]

    def require_all(self) -> None:
        """Raise :class:`InvalidSpecs` with every problem when any spec has an error."""
        if self.errors:
            raise InvalidSpecs(list(self.problems))

    def require(self, selection: Selection) -> None:
        """Raise :class:`InvalidSpecs` when what ``selection`` prints needs a spec with errors."""
        if selection.whole:
            self.require_all()
            return
        found = [p for slug in selection.opds for p in self._opd_needs(slug)]
        found += self._needs(selection.nips)
        if found:
            raise SelectionInvalid(_unique(found))

    def skipped(self) -> list[Skipped]:
        """The OPDs whose documents need a spec with errors, each with the count and the command to see them."""
        result: list[Skipped] = []
        if not self._errors:
            return result  # the usual case, with no references to follow
        for slug in self.slugs:
            errors = [p for p in _unique(self._opd_needs(slug)) if p.code != "E010"]
            if errors:
                folders = sorted({self._folder_of(p.file) for p in errors})
                result.append(Skipped(slug, len(errors), tuple(folders)))
        return result

    def _opd_needs(self, slug: str) -> list[Problem]:
        root = self.workspace.root
        found = [p for ident, problems in self._errors.items() if _slug(Path(ident), root) == slug for p in problems]
        mine = [nip for nip, (_, opd, _) in self._specs.items() if opd == slug]
        return found + self._needs(mine)

    def _needs(self, nips: Iterable[str]) -> list[Problem]:
        """The problems that keep the forms of ``nips`` from being printed (none when they can be)."""
        found: list[Problem] = []
        seen: set[str] = set()
        blocked: dict[str, list[Problem]] = {}
        queue: deque[tuple[str, model.Pegawai | None, YamlPath]] = deque((nip, None, ()) for nip in nips)
        while queue:
            nip, referrer, path = queue.popleft()
            pegawai = self.workspace.pegawai.get(nip)
            if pegawai is None:
                if nip not in blocked:
                    blocked[nip] = self._blocking(nip)
                    found += blocked[nip]
                if blocked[nip] and referrer is not None:  # every reference that leads there is named
                    found.append(self._note(referrer, nip, path))
            elif nip not in seen:
                seen.add(nip)
                queue += [(target, pegawai, where) for target, where in self._references(pegawai)]
        return found

    @staticmethod
    def _references(pegawai: model.Pegawai) -> Iterator[tuple[str, YamlPath]]:
        """The employees whose specs the forms of ``pegawai`` print, with the field that refers to each."""
        if pegawai.penilai_nip is not None:
            yield pegawai.penilai_nip, ("pejabat_penilai",)
        if pegawai.atasan_penilai_nip is not None:
            yield pegawai.atasan_penilai_nip, ("atasan_pejabat_penilai",)
        for rhk in pegawai.rhk:
            if rhk.intervensi:
                yield rhk.intervensi[0], ("hasil_kerja", rhk.section, rhk.id, "intervensi")  # the id, for now

    def _note(self, referrer: model.Pegawai, nip: str, path: YamlPath) -> Problem:
        """E010, located at the reference from ``referrer`` to the employee ``nip``, whose spec cannot be used."""
        spec = self._specs.get(nip)
        where = str(workspace.display(spec[0])) if spec else nip
        doc = self._docs.get(identity(referrer.file))
        if doc is None:
            return Problem(referrer.file, "E010", {"nip": nip, "file": where}, path)
        if path[-1] == "intervensi":  # the RHK's place in its list: the machine path, as every problem's
            indexes = {(p[1], rhk.get("id")): p for p, rhk in iter_rhk(doc.data)}
            path = (*indexes.get((path[1], path[2]), path[:3]), "intervensi")
        return ItemNames(doc.data).name(doc.problem("E010", path, nip=nip, file=where))

    def _blocking(self, nip: str) -> list[Problem]:
        """The errors that keep the employee ``nip`` out of the workspace: in its spec, or in its OPD's opd.yaml."""
        spec = self._specs.get(nip)
        if spec is None:
            return []  # not in the workspace at all: the referring spec has that error itself
        file, slug, _ = spec
        found = list(self._errors.get(identity(file), []))
        if slug not in self.workspace.opds:  # its opd.yaml is missing or has errors: the unit kerja is not known
            root = self.workspace.root
            found += [
                p
                for ident, problems in self._errors.items()
                if _slug(Path(ident), root) == slug and ident not in self._files
                for p in problems
            ]
        return found

    def _folder_of(self, file: Path) -> str:
        slug = _slug(Path(identity(file)), self.workspace.root)
        return str(workspace.display(self.workspace.root / slug)) if slug else str(file)


def _unique(problems: list[Problem]) -> list[Problem]:
    """Sorted, each once (an employee referred to twice is reported once)."""
    seen = {(str(p.file), p.code, p.line, p.column, p.path, repr(p.args)): p for p in problems}
    return sorted(seen.values(), key=Problem.sort_key)


def _slug(file: Path, root: Path) -> str | None:
    """The first folder below the workspace of a file or folder: its OPD when it is one (None for the root)."""
    try:
        parts = file.relative_to(root).parts
    except ValueError:
        return None
    return parts[0] if parts else None


def load(path: str | Path = ".", *, jobs: int | None = None) -> Valid:
    """Validate the workspace holding ``path`` and build the typed workspace of its valid specs.

    Raises :class:`InvalidSpecs` only for errors outside the OPD folders (``skpdoc.yaml``, the workspace folder).
    """
    root = workspace.find_root(Path(path))
    loaded = workspace.load(root, jobs=jobs)
    problems = sorted(check_workspace(loaded), key=Problem.sort_key)
    errors: dict[str, list[Problem]] = {}
    for problem in problems:
        if problem.severity is Severity.ERROR:
            errors.setdefault(identity(problem.file), []).append(problem)
    if any(_slug(Path(ident), root) not in loaded.opds for ident in errors):
        raise InvalidSpecs(problems)
    assert loaded.config.doc is not None
    config = loaded.config.doc.data
    tahun, tempat = int(config["tahun"]), config["tempat"]
    valid = Valid(_workspace(root, config, {}, {}), tuple(problems), tuple(sorted(loaded.opds)), errors)
    opds: dict[str, model.Opd] = {}
    pegawai: dict[str, model.Pegawai] = {}
    for slug, files in loaded.opds.items():
        opd_file = files.opd
        if opd_file is not None and opd_file.doc is not None and identity(opd_file.path) not in errors:
            opds[slug] = model.build_opd(slug, opd_file.doc.data)
        for checked in files.pegawai:
            nip = _nip(checked.doc.data) if checked.doc is not None else None
            nip = nip if nip is not None and not is_placeholder(nip) else checked.path.stem  # as Pegawai.nip does
            valid._files[identity(checked.path)] = nip
            if checked.doc is not None:
                valid._docs[identity(checked.path)] = checked.doc
            valid._specs.setdefault(nip, (checked.path, slug, checked.doc))
            if slug in opds and checked.doc is not None and identity(checked.path) not in errors:
                built = model.build_pegawai(checked.path, slug, checked.doc.data, tahun, tempat)
                pegawai[built.nip] = built
    valid.workspace = _workspace(root, config, opds, pegawai)
    return valid


def _workspace(
    root: Path, config: Mapping[str, Any], opds: dict[str, model.Opd], pegawai: dict[str, model.Pegawai]
) -> model.Workspace:
    return model.Workspace(
        root=root,
        instansi=config["instansi"],
        tahun=int(config["tahun"]),
        tempat=config["tempat"],
        opds=MappingProxyType(opds),
        pegawai=MappingProxyType(pegawai),
        pembulatan=config.get("distribusi", {}).get("pembulatan", "tepat"),
    )


def _nip(data: Any) -> str | None:
    ident = data.get("pegawai") if isinstance(data, dict) else None
    nip = ident.get("nip") if isinstance(ident, dict) else None
    return nip if isinstance(nip, str) and nip.strip() else None


def select(valid: Valid, paths: Sequence[Path], *, opds: Sequence[str] = (), nips: Sequence[str] = ()) -> Selection:
    """The selection given by path arguments (the workspace, an OPD folder, employee spec files) and options.

    A path outside the workspace is refused (W004), a folder that is neither the workspace nor an OPD folder
    (W007), a file that is not an employee spec (W009); an unknown ``--opd`` or ``--nip`` gets "did you mean".
    """
    from skpdoc.hints import require_known

    root = valid.workspace.root
    chosen_opds, chosen_nips = list(opds), list(nips)
    for path in paths:
        if workspace.find_root(path) != root:
            raise UsageError(code="W004", subject=str(path), root=root)
        if path.is_dir():
            if not workspace.selects_workspace(root, path):
                raise UsageError(code="W007", subject=str(path), root=root)
            chosen_opds += list(path.resolve().relative_to(root).parts[:1])  # none for the workspace itself
            continue
        nip = valid.nip_of(path)
        if nip is None:  # a draft, opd.yaml, a .txt ...: never "0 documents written" for a file that was given
            raise UsageError(code="W009", subject=str(path), root=root)
        chosen_nips.append(nip)
    require_known("--opd", chosen_opds, valid.slugs)
    require_known("--nip", chosen_nips, valid._specs)
    return Selection(tuple(dict.fromkeys(chosen_opds)), tuple(dict.fromkeys(chosen_nips)))
