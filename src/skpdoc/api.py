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
    from skpdoc.rekap import RekapOpd
    from skpdoc.render.pipeline import Job, RenderReport

__all__ = ["Report", "diff", "diff_revisions", "load_workspace", "rekap", "render", "starter_for", "validate"]


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

    The penilai's first RHK is filled in as the intervened RHK when the
    penilai's spec can be read, so the starter validates as it is.
    """
    from skpdoc.starter import Starter, default_path, penilai_spec, read_config, starter_yaml

    root = workspace.find_root(Path(path))
    target = default_path(root, opd, nip)  # refuses an --opd that is not an OPD folder name before anything else
    data = read_config(root)
    tahun = int(data.get("tahun", 2024)) if isinstance(data.get("tahun"), int) else 2024
    penilai_rhk = None
    if penilai:
        found = penilai_spec(root, penilai)
        hasil = found.get("hasil_kerja") if found else None
        utama = hasil.get("utama") if isinstance(hasil, dict) else None
        if isinstance(utama, list) and utama and isinstance(utama[0], dict):
            penilai_rhk = utama[0].get("id")
    starter = Starter(
        nama=nama,
        nip=nip,
        golongan=golongan,
        jabatan=jabatan,
        jenis_jabatan=jenis_jabatan,
        tahun=tahun,
        tempat=str(data.get("tempat", "")),
        status=status,
        jenjang=jenjang,
        unit=unit,
        penilai=penilai,
        penilai_rhk=penilai_rhk,
        pendekatan=pendekatan,
    )
    return target, starter_yaml(starter)


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
