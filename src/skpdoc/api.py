"""The library API that the CLI and other programs call."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from skpdoc import model, workspace
from skpdoc.reference import PERIODE
from skpdoc.starter import starter_for
from skpdoc.validate import Report, validate

if TYPE_CHECKING:
    from skpdoc.build import build
    from skpdoc.diff import DiffResult
    from skpdoc.distributed.client import ClusterConverter
    from skpdoc.errors import Problem
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
    "build",
    "diff",
    "diff_report",
    "diff_revisions",
    "diff_textconv",
    "export_xlsx",
    "import_roster",
    "import_xlsx",
    "init_workspace",
    "load_workspace",
    "new_year",
    "open_cluster",
    "open_round",
    "rekap",
    "render",
    "starter_for",
    "status",
    "validate",
]


def load_workspace(path: str | Path = ".", *, jobs: int | None = None) -> model.Workspace:
    """Load and validate the workspace holding ``path``; raise :class:`InvalidSpecs` on errors.

    To work with the valid part of a workspace where some OPDs have errors, see :func:`skpdoc.selection.load`.
    """
    from skpdoc import selection

    valid = selection.load(path, jobs=jobs)
    valid.require_all()
    return valid.workspace


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
    opds: Sequence[str] = (),
    nips: Sequence[str] = (),
    pdf: bool = False,
) -> RenderReport:
    """Render the forms of the workspace holding ``paths`` into ``out_dir`` (and, with ``pdf``, convert them).

    The workspace folder selects every employee, an OPD folder (or ``opds``) its employees, an employee spec
    file (or ``nips``) that employee. Any other path is refused (W007, W009) rather than rendering nothing.
    Only what is rendered must be valid: its specs and those it prints (penilai, intervened RHK); another
    OPD's errors do not matter. By default every form that applies is written: SKP, Lampiran, and the
    evaluation forms for each periode that has data.
    """
    from skpdoc import selection
    from skpdoc.render.pipeline import TemplateSet, convert_all, plan, render_all

    targets = [Path(p) for p in paths] or [Path.cwd()]
    valid = selection.load(targets[0])
    chosen = selection.select(valid, targets, opds=opds, nips=nips)
    valid.require(chosen)
    ws = valid.workspace
    wanted = None if chosen.whole else {n for n, p in ws.pegawai.items() if p.opd in chosen.opds} | set(chosen.nips)
    jobs = plan(ws, forms=forms or (), periode=periode or (), nips=wanted)
    template_set = TemplateSet.for_workspace(ws, Path(templates) if templates else None)
    report = render_all(ws, jobs, Path(out_dir), template_set, progress)
    if pdf and report.written:
        convert_all(report)
    return report


def rekap(
    path: str | Path = ".", *, periode: str | None = None, opds: Sequence[str] = (), nips: Sequence[str] = ()
) -> tuple[model.Workspace, str, list[RekapOpd]]:
    """The rekap of the workspace at ``path``: (workspace, periode, one :class:`RekapOpd` per OPD).

    ``path`` may be an OPD folder, which selects that OPD like ``opds`` does; ``nips`` keep only those
    employees' lines, in the rekap of their OPDs (a distribution is always counted over the whole OPD).
    Only the selected OPDs (every OPD by default) must be valid, with the specs their employees refer to.
    ``periode`` defaults to the latest one with any evaluation (``akhir`` once the year is rated).
    """
    import dataclasses

    from skpdoc import selection
    from skpdoc.hints import require_known
    from skpdoc.rekap import rekap as compute

    valid = selection.load(path)
    chosen = selection.select(valid, [Path(path)], opds=opds, nips=nips)
    ws = valid.workspace
    people, whole = set(chosen.nips), set(chosen.opds)
    if people:  # their OPDs' distributions are what their lines are judged against
        slugs = chosen.opds + tuple(valid.opd_of(nip) for nip in chosen.nips)
        chosen = selection.Selection(tuple(dict.fromkeys(slugs)))
    valid.require(chosen)
    if periode is None:
        given = {
            p for pegawai in ws.pegawai.values() if chosen.whole or pegawai.opd in chosen.opds for p in pegawai.evaluasi
        }
        periode = next((p for p in reversed(PERIODE) if p in given), "akhir")
    require_known("--periode", [periode], PERIODE)
    result = compute(ws, periode, chosen.opds)
    if people:
        keep = people | {n for n, p in ws.pegawai.items() if p.opd in whole}
        result = [dataclasses.replace(r, pegawai=tuple(b for b in r.pegawai if b.pegawai.nip in keep)) for r in result]
    return ws, periode, result


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


def diff_report(
    result: DiffResult, fmt: str = "text", lang: str = "id", *, style: Callable[..., str] | None = None
) -> str:
    """A :class:`DiffResult` for people or programs: ``text`` (styled with ``style``, e.g. ``click.style``),
    ``markdown`` (a review comment), ``json`` (versioned, see the README) or ``summary`` (one line)."""
    from skpdoc.diff import report

    if fmt == "json":
        return report.json_text(result, lang)
    if fmt == "markdown":
        return report.markdown(result, lang)
    if fmt == "summary":
        return report.summary(result, lang)
    if fmt == "text":
        return report.text(result, lang, style)
    raise ValueError(f"unknown diff format {fmt!r}")


def diff_textconv(path: str | Path) -> tuple[str, list[Problem]]:
    """The spec at ``path`` as normalised lines, for git's ``diff.<driver>.textconv``, and the problems of reading it
    (the raw text is returned then: git's diff must never fail on a broken file)."""
    from skpdoc.diff import textconv

    return textconv(Path(path))


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


def open_cluster(
    scheduler: str | None = None, *, cluster: str | None = None, pdfa: bool = False
) -> AbstractContextManager[ClusterConverter]:
    """A Dask cluster to convert a build's PDFs on: give what it yields to :func:`build` as ``warm``.

    ``scheduler`` is a running cluster's address (``tcp://HOST:8786``, ``tls://...``); ``cluster="local:N"``
    starts N worker processes here instead, stopped on exit. Needs ``pip install 'skpdoc[dask]'``; see
    :func:`skpdoc.distributed.open_cluster` and docs/distributed.md::

        with open_cluster("tcp://10.0.0.5:8786") as converter:
            report = build("specs", "out", warm=converter)
    """
    from skpdoc.distributed import open_cluster as connect

    return connect(scheduler, cluster=cluster, pdfa=pdfa)


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


def __getattr__(name: str) -> object:
    # ``build`` is skpdoc.build.build itself (one signature, one docstring), imported on first use: the build's
    # modules take ~0.25 s to import, which no other command should pay.
    if name == "build":
        from skpdoc.build import build

        globals()[name] = build
        return build
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
