"""The library API that the CLI and other programs call."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from skpdoc import model, workspace
from skpdoc.errors import InvalidSpecs, Severity, UsageError
from skpdoc.reference import PERIODE
from skpdoc.validate import Report, check_workspace, validate

if TYPE_CHECKING:
    from skpdoc.diff import DiffResult
    from skpdoc.excel import ExportResult, ImportResult
    from skpdoc.newyear import NewYearReport
    from skpdoc.rekap import RekapOpd
    from skpdoc.render.pipeline import Job, RenderReport
    from skpdoc.roster import RosterResult
    from skpdoc.rounds import BukaResult
    from skpdoc.scaffold import InitReport
    from skpdoc.status import Status

__all__ = [
    "Report",
    "diff",
    "diff_revisions",
    "export_xlsx",
    "import_roster",
    "import_xlsx",
    "init_workspace",
    "load_workspace",
    "new_year",
    "open_round",
    "rekap",
    "render",
    "starter_for",
    "status",
    "validate",
]


def load_workspace(path: str | Path = ".", *, jobs: int | None = None) -> model.Workspace:
    """Load and validate the workspace holding ``path``; raise :class:`InvalidSpecs` on errors."""
    root = workspace.find_root(Path(path))
    loaded = workspace.load(root, jobs=jobs)
    problems = check_workspace(loaded)
    if any(p.severity is Severity.ERROR for p in problems):
        raise InvalidSpecs(sorted(problems, key=lambda p: p.sort_key()))
    assert loaded.config.doc is not None
    config = loaded.config.doc.data
    tahun, tempat = int(config["tahun"]), config["tempat"]
    opds: dict[str, model.Opd] = {}
    pegawai: dict[str, model.Pegawai] = {}
    for slug, files in loaded.opds.items():
        assert files.opd is not None and files.opd.doc is not None
        opds[slug] = model.build_opd(slug, files.opd.doc.data)
        for checked in files.pegawai:
            assert checked.doc is not None
            built = model.build_pegawai(checked.path, slug, checked.doc.data, tahun, tempat)
            pegawai[built.nip] = built
    return model.Workspace(
        root=root,
        instansi=config["instansi"],
        tahun=tahun,
        tempat=tempat,
        opds=MappingProxyType(opds),
        pegawai=MappingProxyType(pegawai),
        pembulatan=config.get("distribusi", {}).get("pembulatan", "tepat"),
    )


def starter_for(
    path: str | Path,
    *,
    nip: str,
    nama: str,
    jabatan: str,
    jenis_jabatan: str,
    golongan: str,
    opd: str,
    status: str = "pns",
    jenjang: str | None = None,
    unit: str | None = None,
    penilai: str | None = None,
    pendekatan: str = "kuantitatif",
) -> tuple[Path, str]:
    """A starter spec for a new employee of the workspace at ``path``: (where it belongs, its text).

    What the employee's plan still needs is written as placeholders (``[ISI: ...]``); an ``opd``,
    ``unit``, ``penilai`` or ``jenjang`` unknown to the workspace is refused with "did you mean ...?".
    The penilai's first RHK is filled in as the intervened RHK.
    """
    from skpdoc.starter import starter_for as write_starter

    return write_starter(
        workspace.find_root(Path(path)),
        nip=nip,
        nama=nama,
        jabatan=jabatan,
        jenis_jabatan=jenis_jabatan,
        golongan=golongan,
        opd=opd,
        status=status,
        jenjang=jenjang,
        unit=unit,
        penilai=penilai,
        pendekatan=pendekatan,
    )


def import_roster(
    file: str | Path, path: str | Path = ".", *, opd: str | None = None, update: bool = False, dry_run: bool = False
) -> RosterResult:
    """Write the OPDs and employees of the roster ``file`` (SIASN export or simple layout) into the workspace.

    Existing specs are never overwritten; ``update`` refreshes their identity fields only. Bad rows are in
    the result's ``problems`` (located at their row and column) and left out; the good ones are written.
    """
    from skpdoc.roster import import_roster as run_import

    return run_import(Path(file), workspace.find_root(Path(path)), opd=opd, update=update, dry_run=dry_run)


def export_xlsx(
    path: str | Path, opd: str, output: str | Path, *, periode: Sequence[str] = (), force: bool = False
) -> ExportResult:
    """Write the plans and evaluations of the OPD ``opd`` as a workbook for its operators (see :mod:`skpdoc.excel`).

    ``periode`` limits the evaluation sheets; an existing ``output`` is refused unless ``force``.
    """
    from skpdoc.excel import export_xlsx as run_export

    return run_export(path, opd, output, periode=periode, force=force)


def import_xlsx(book: str | Path, path: str | Path = ".", *, dry_run: bool = False) -> ImportResult:
    """Write the edits of a workbook from :func:`export_xlsx` back into the specs, all or none.

    Raises :class:`skpdoc.excel.ImportRefused` with every problem (located at ``FILE.xlsx!Sheet!A1``
    where they come from the workbook) and writes nothing when the workbook or its result has errors.
    """
    from skpdoc.excel import import_xlsx as run_import

    return run_import(book, path, dry_run=dry_run)


def render(
    paths: list[str | Path],
    out_dir: str | Path,
    *,
    forms: list[str] | None = None,
    periode: list[str] | None = None,
    templates: str | Path | None = None,
    progress: Callable[[Job], None] | None = None,
) -> RenderReport:
    """Render the forms of the workspace holding ``paths`` into ``out_dir``.

    Folders (the workspace or an OPD folder) select their whole workspace;
    employee spec files select their employees. Any other path is refused
    (W007, W009) rather than rendering nothing.
    By default every form that applies is written: SKP, Lampiran, and the
    evaluation forms for each periode that has data.
    """
    from skpdoc.paths import identity
    from skpdoc.render.pipeline import TemplateSet, plan, render_all

    targets = [Path(p) for p in paths] or [Path.cwd()]
    ws = load_workspace(targets[0])
    nips: set[str] | None = None
    by_file = {identity(p.file): p.nip for p in ws.pegawai.values()}
    for target in targets:
        if workspace.find_root(target) != ws.root:
            raise UsageError(code="W004", subject=str(target), root=ws.root)
        if target.is_dir():
            if not workspace.selects_workspace(ws.root, target):
                raise UsageError(code="W007", subject=str(target), root=ws.root)
            continue
        nip = by_file.get(identity(target))
        if nip is None:  # a draft, opd.yaml, a .txt ...: never "0 documents written" for a file that was given
            raise UsageError(code="W009", subject=str(target), root=ws.root)
        nips = (nips or set()) | {nip}
    jobs = plan(ws, forms=forms or (), periode=periode or (), nips=nips)
    template_set = TemplateSet.for_workspace(ws, Path(templates) if templates else None)
    return render_all(ws, jobs, Path(out_dir), template_set, progress)


def rekap(
    path: str | Path = ".", *, periode: str | None = None, opds: Sequence[str] = ()
) -> tuple[model.Workspace, str, list[RekapOpd]]:
    """The rekap of the workspace at ``path``: (workspace, periode, one :class:`RekapOpd` per OPD).

    ``periode`` defaults to the latest one with any evaluation (``akhir`` once the year is rated).
    """
    from skpdoc.hints import require_known
    from skpdoc.rekap import rekap as compute

    ws = load_workspace(path)
    require_known("--opd", opds, ws.opds)
    if periode is None:
        given = {p for pegawai in ws.pegawai.values() for p in pegawai.evaluasi}
        periode = next((p for p in reversed(PERIODE) if p in given), "akhir")
    require_known("--periode", [periode], PERIODE)
    return ws, periode, compute(ws, periode, opds)


def diff(old: str | Path, new: str | Path) -> DiffResult:
    """What changed from ``old`` to ``new`` (two spec files or two folders), matched by NIP and id.

    Raises :class:`skpdoc.diff.UnreadableSpecs` (with located problems) when a file is not YAML.
    """
    from skpdoc.diff import diff_paths

    return diff_paths(old, new)


def diff_revisions(rev: str = "HEAD", paths: Sequence[str | Path] = (), *, cwd: str | Path | None = None) -> DiffResult:
    """What changed between git revisions: ``A..B``, ``A...B`` (since the merge base), or ``A`` and the working tree.

    ``paths`` narrow the comparison to files or folders; nothing is checked out.
    """
    from skpdoc.diff import diff_revisions as compare_revisions

    return compare_revisions(rev, paths, cwd=cwd)


def init_workspace(
    path: str | Path, *, instansi: str, tahun: int, tempat: str | None = None, git: bool = True
) -> InitReport:
    """Make ``path`` a ready workspace (see ``skpdoc init``); files that exist are kept, never overwritten."""
    from skpdoc.scaffold import init

    return init(Path(path), instansi=instansi, tahun=tahun, tempat=tempat, git=git)


def new_year(path: str | Path, tahun: int, out: str | Path, *, git: bool = True) -> NewYearReport:
    """Write the workspace of ``tahun`` into ``out`` (new or empty) from the workspace at ``path``: plans carried
    over with their targets to confirm, the year's evaluations and dates dropped; all or nothing."""
    from skpdoc.newyear import new_year as carry_over

    return carry_over(Path(path), tahun, Path(out), git=git)


def open_round(
    path: str | Path, periode: str, *, opds: Sequence[str] = (), dry_run: bool = False, jobs: int | None = None
) -> BukaResult:
    """Open the evaluation of ``periode`` for every spec of the workspace at ``path`` (or of ``opds``) that lacks it.

    Each gets a block with a realisasi per indicator, the date and both ratings
    marked ``[ISI: ...]``; nothing else in the files changes. See :mod:`skpdoc.rounds`.
    """
    from skpdoc.rounds import buka

    return buka(path, periode, opds, dry_run=dry_run, jobs=jobs)


def status(path: str | Path = ".", *, periode: str | None = None, opds: Sequence[str] = ()) -> Status:
    """Where the workspace at ``path`` stands: plans complete, proposals to confirm, evaluations filled and rated.

    Works on workspaces with placeholders and invalid specs. See :mod:`skpdoc.status`.
    """
    from skpdoc.status import status as compute

    return compute(path, periode=periode, opds=opds)
