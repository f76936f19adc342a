"""Where a workspace stands during the crunch: ``skpdoc status``.

The BKPSDM's daily question, per OPD: how many plans are complete, how many
penilai proposals are still unconfirmed, how many evaluations of the periode
are opened, filled and rated, and whether the pola distribusi holds so far;
then who is missing what.

It must answer while the workspace is half done, so it never asks for a valid
workspace: it reads the per-file checked documents of :func:`skpdoc.workspace.load`
(plus the rules across files), counts a spec with errors as an error instead
of refusing, and reads every value defensively (a placeholder may sit in any
field). The pola distribusi is the rekap's own computation
(:func:`skpdoc.rekap.rekap`) run on a sketch of the workspace in which only the
evaluations rated so far exist, so it counts exactly as ``skpdoc rekap``
will once everyone is rated. The formats are in :mod:`skpdoc.status.formats`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from skpdoc import distribusi, model, placeholders, workspace
from skpdoc.errors import ItemNames, Problem, Severity, YamlPath, format_yaml_path
from skpdoc.hints import require_known
from skpdoc.reference import CAPAIAN_ORGANISASI, JENIS_JABATAN, JENJANG, PERIODE, RATING, predikat
from skpdoc.rekap import Distribusi, rekap

__all__ = ["Kurang", "Status", "StatusOpd", "StatusPegawai", "status"]

PENILAI = "pejabat_penilai"
RATINGS = ("rating_hasil_kerja", "rating_perilaku_kerja")
#: The verdicts on a pola distribusi so far, worst first (an OPD shows the worst of its organisations).
POLA = ("tidak-sesuai", "belum-dapat-dinilai", "sesuai-sementara", "sesuai", "tanpa-capaian")


@dataclass(frozen=True)
class Kurang:
    """One thing an employee still misses: ``jenis`` and how many, with the fields (paths, ids, codes).

    A path in ``rincian`` is the machine path (counted from 0, as ``belum_dikonfirmasi`` and the JSON's
    ``rincian`` write it); ``tampil`` gives each item as people read it (list items by id or from 1).
    """

    jenis: str  # rencana | penilai | usulan | evaluasi | realisasi | rating | isian | galat
    rincian: tuple[str, ...] = ()
    tampil: tuple[str, ...] = ()  # the rincian as shown; () when they read the same

    @property
    def jumlah(self) -> int:
        return len(self.rincian) or 1

    @property
    def shown(self) -> tuple[str, ...]:
        return self.tampil or self.rincian


@dataclass(frozen=True)
class StatusPegawai:
    """One spec. ``evaluasi`` is None when no periode is looked at (no evaluation block anywhere yet) or the spec
    cannot be read at all."""

    opd: str
    file: Path
    nip: str
    nama: str
    jabatan: str
    galat: tuple[Problem, ...]  # errors of the spec: its own and those of the rules across files
    isian_rencana: tuple[str, ...]  # plan fields still [ISI] (machine paths, from 0)
    belum_dikonfirmasi: tuple[str, ...]  # every proposal not yet confirmed
    evaluasi: bool | None
    realisasi_kosong: tuple[str, ...] = ()  # indicator ids whose realisasi is missing or [ISI]
    rating_kosong: tuple[str, ...] = ()  # the ratings not set to a rating
    isian_evaluasi: tuple[str, ...] = ()  # other [ISI] fields of the block (tanggal ...), paths within it
    predikat: str | None = None  # from the kuadran, once rated
    isian_rencana_tampil: tuple[str, ...] = ()  # isian_rencana as people read them (items by id or from 1)
    isian_evaluasi_tampil: tuple[str, ...] = ()  # the same for isian_evaluasi

    @property
    def rencana_lengkap(self) -> bool:
        """No placeholder and no error in the plan (everything but the evaluations)."""
        return not self.isian_rencana and not any(_in_plan(p.path) for p in self.galat)

    @property
    def penilai_belum_dikonfirmasi(self) -> bool:
        return PENILAI in self.belum_dikonfirmasi

    @property
    def terisi(self) -> bool:
        return bool(self.evaluasi) and not self.realisasi_kosong

    @property
    def dinilai(self) -> bool:
        return bool(self.evaluasi) and not self.rating_kosong

    def kekurangan(self) -> list[Kurang]:
        """What is missing, in the order of the work: plan, its confirmation, then the evaluation."""
        found: list[Kurang] = []
        if self.isian_rencana:
            found.append(Kurang("rencana", self.isian_rencana, self.isian_rencana_tampil))
        if self.penilai_belum_dikonfirmasi:
            found.append(Kurang("penilai"))
        others = tuple(p for p in self.belum_dikonfirmasi if p != PENILAI)
        if others:
            found.append(Kurang("usulan", others))
        if self.evaluasi is False:
            found.append(Kurang("evaluasi"))
        if self.realisasi_kosong:
            found.append(Kurang("realisasi", self.realisasi_kosong))
        if self.evaluasi and self.rating_kosong:
            found.append(Kurang("rating", self.rating_kosong))
        if self.isian_evaluasi:
            found.append(Kurang("isian", self.isian_evaluasi, self.isian_evaluasi_tampil))
        if self.galat:
            found.append(Kurang("galat", tuple(sorted({p.code for p in self.galat}))))
        return found


@dataclass(frozen=True)
class StatusOpd:
    slug: str
    nama: str
    singkatan: str | None  # shown where the full name would not fit
    pegawai: tuple[StatusPegawai, ...]  # in the forms' order
    distribusi: tuple[Distribusi, ...]  # the rekap's, over the rated evaluations; () without a periode

    @property
    def jumlah(self) -> int:
        return len(self.pegawai)

    def hitung(self, what: str) -> int:
        """How many employees are ``rencana_lengkap``, ``penilai_belum_dikonfirmasi``, ``terisi``, ``dinilai``..."""
        if what == "evaluasi":
            return sum(1 for p in self.pegawai if p.evaluasi)
        if what == "galat":
            return sum(1 for p in self.pegawai if p.galat)
        return sum(1 for p in self.pegawai if getattr(p, what))

    @property
    def pola(self) -> str | None:
        """The worst verdict among the OPD's organisations (see :data:`POLA`); None without a periode."""
        if not self.distribusi:
            return None
        return min((pola(d) for d in self.distribusi), key=POLA.index)


@dataclass(frozen=True)
class Status:
    root: Path
    instansi: str
    tahun: int | None
    periode: str | None  # None: no evaluation block anywhere yet, so only the plans are looked at
    opd: tuple[StatusOpd, ...]
    masalah: tuple[Problem, ...]  # errors outside the employees' specs (skpdoc.yaml, opd.yaml, the layout)
    pembulatan: str = "tepat"

    @property
    def lengkap(self) -> bool:
        """Nothing is missing anywhere: what ``--strict`` asks for."""
        return not self.masalah and not any(p.kekurangan() for o in self.opd for p in o.pegawai)


def pola(d: Distribusi) -> str:
    """The verdict on one organisation's distribution so far (one of :data:`POLA`)."""
    if not d.capaian:
        return "tanpa-capaian"
    rated, waiting = d.total, d.belum_dievaluasi
    if waiting and (rated == 0 or not distribusi.possible(d.capaian, rated)):
        return "belum-dapat-dinilai"  # too few rated for the pola to say anything yet
    if d.pelanggaran:
        return "tidak-sesuai"
    if rated == 0:
        return "belum-dapat-dinilai"
    return "sesuai-sementara" if waiting else "sesuai"


def status(path: str | Path = ".", *, periode: str | None = None, opds: Sequence[str] = ()) -> Status:
    """Where the workspace holding ``path`` stands for ``periode`` (default: the latest with an evaluation block).

    Never raises for the state of the specs; raises :class:`skpdoc.errors.UsageError`
    for an unknown periode or OPD, or a path outside any workspace.
    """
    from skpdoc.validate import check_workspace

    if periode is not None:
        require_known("--periode", [periode], PERIODE)
    root = workspace.find_root(Path(path))
    named = workspace.opd_named_by(root, Path(path))  # an OPD folder selects that OPD, as in rekap and build
    opds = [*opds, *([named] if named else [])]
    loaded = workspace.load(root)
    require_known("--opd", opds, loaded.opds)
    chosen = [slug for slug in loaded.opds if not opds or slug in opds]
    datas = {
        c.path: c.doc.data
        for slug in chosen
        for c in loaded.opds[slug].pegawai
        if c.doc is not None and isinstance(c.doc.data, dict)
    }
    if periode is None:
        given = {p for data in datas.values() if isinstance(data.get("evaluasi"), dict) for p in data["evaluasi"]}
        periode = next((p for p in reversed(PERIODE) if p in given), None)
    errors = [p for p in check_workspace(loaded) if p.severity is Severity.ERROR]
    spec_files = {workspace.display(c.path) for files in loaded.opds.values() for c in files.pegawai}
    by_file: dict[Path, list[Problem]] = {}
    for problem in errors:
        by_file.setdefault(problem.file, []).append(problem)
    config = loaded.config.doc.data if loaded.config.doc is not None else {}
    config = config if isinstance(config, dict) else {}
    tahun = loaded.tahun
    sketch = _sketch(loaded, config, tahun or dt.date.today().year, periode)
    rekaps = {r.slug: r for r in rekap(sketch, periode, chosen)} if periode else {}
    result: list[StatusOpd] = []
    for slug in chosen:
        files = loaded.opds[slug]
        order = {row.pegawai.file: i for i, row in enumerate(rekaps[slug].pegawai)} if slug in rekaps else {}
        if not order:
            order = {p.file: i for i, (p, _) in enumerate(model.ordered_people(sketch, slug))}
        people = [
            _pegawai(slug, c.path, datas.get(c.path), tuple(by_file.get(workspace.display(c.path), ())), periode)
            for c in files.pegawai
        ]
        people.sort(key=lambda p: (order.get(p.file, len(order)), p.file.name))
        distribusi_opd = rekaps[slug].distribusi if slug in rekaps else ()
        opd = sketch.opds[slug]
        result.append(StatusOpd(slug, opd.nama, opd.singkatan, tuple(people), distribusi_opd))
    masalah = tuple(p for p in errors if p.file not in spec_files)
    return Status(root, _text(config.get("instansi"), "?"), tahun, periode, tuple(result), masalah, sketch.pembulatan)


def _in_plan(path: YamlPath) -> bool:
    return not path or path[0] != "evaluasi"


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any, default: str) -> str:
    return value if isinstance(value, str) and value.strip() else default


def _pegawai(
    slug: str, file: Path, data: dict[str, Any] | None, galat: tuple[Problem, ...], periode: str | None
) -> StatusPegawai:
    if data is None:  # not readable: only the file name tells who it is
        return StatusPegawai(slug, file, file.stem, "?", "", galat, (), (), None)  # its errors say it all
    ident: dict[str, Any] = _mapping(data.get("pegawai"))
    nip = ident.get("nip")
    nama, jabatan = _text(ident.get("nama"), "?"), _text(ident.get("jabatan"), "")
    plan = {k: v for k, v in data.items() if k not in ("evaluasi", placeholders.UNCONFIRMED)}
    isian, isian_tampil = _isian(placeholders.placeholders(plan), plan)
    # As written in belum_dikonfirmasi: confirming one is deleting the line that reads so.
    usulan = tuple(placeholders.path_text(p) for p in placeholders.unconfirmed(data))
    who = nip if isinstance(nip, str) and nip.strip() and not placeholders.is_placeholder(nip) else file.stem
    base = StatusPegawai(slug, file, who, nama, jabatan, galat, isian, usulan, None, isian_rencana_tampil=isian_tampil)
    if periode is None:
        return base
    evaluasi = data.get("evaluasi")
    block = evaluasi.get(periode) if isinstance(evaluasi, dict) else None
    if not isinstance(block, dict):
        return _replace(base, evaluasi=False)
    hasil: dict[str, Any] = _mapping(block.get("hasil_kerja"))
    ids = [i for i in _indicator_ids(data) if i not in hasil]  # indicators with no line at all
    for ident_, entry in hasil.items():
        value = entry.get("realisasi") if isinstance(entry, dict) else None
        if value is None or placeholders.is_placeholder(value):
            ids.append(str(ident_))
    ratings = tuple(r for r in RATINGS if block.get(r) not in RATING)
    skip = {("hasil_kerja", i, "realisasi") for i in hasil} | {(r,) for r in RATINGS}
    other, other_tampil = _isian((p for p in placeholders.placeholders(block) if tuple(p) not in skip), block)
    rated = None if ratings else predikat(block["rating_hasil_kerja"], block["rating_perilaku_kerja"])
    return _replace(
        base,
        evaluasi=True,
        realisasi_kosong=tuple(ids),
        rating_kosong=ratings,
        isian_evaluasi=other,
        isian_evaluasi_tampil=other_tampil,
        predikat=rated,
    )


def _isian(paths: Iterable[YamlPath], data: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The machine paths of ``paths`` and, when any differs, the same as people read them in ``data``."""
    found = list(paths)
    names = ItemNames(data)
    machine = tuple(format_yaml_path(p) for p in found)
    shown = tuple(names.path(p) for p in found)
    return machine, (shown if shown != machine else ())


def _replace(base: StatusPegawai, **changes: Any) -> StatusPegawai:
    import dataclasses

    return dataclasses.replace(base, **changes)


def _indicator_ids(data: Mapping[str, Any]) -> Iterable[str]:
    hasil = data.get("hasil_kerja")
    for section in ("utama", "tambahan"):
        rhks = hasil.get(section) if isinstance(hasil, dict) else None
        for rhk in rhks if isinstance(rhks, list) else []:
            indikator = rhk.get("indikator") if isinstance(rhk, dict) else None
            for item in indikator if isinstance(indikator, list) else []:
                ident = item.get("id") if isinstance(item, dict) else None
                if isinstance(ident, str) and ident.strip() and not placeholders.is_placeholder(ident):
                    yield ident


# --- a sketch of the workspace for the rekap's computation ---------------------------------


def _sketch(
    loaded: workspace.LoadedWorkspace, config: Mapping[str, Any], tahun: int, periode: str | None
) -> model.Workspace:
    """A :class:`model.Workspace` holding what can be read of every spec, and only the evaluations rated so far.

    Anything the rekap reads is made safe: unknown jenis jabatan count as
    pelaksana, capaian that are not a capaian (still [ISI]) as not given.
    """
    opds = {
        slug: _opd(slug, files.opd.doc.data if files.opd and files.opd.doc else None)
        for slug, files in loaded.opds.items()
    }
    pegawai: dict[str, model.Pegawai] = {}
    for slug, files in loaded.opds.items():
        for checked in files.pegawai:
            data = checked.doc.data if checked.doc is not None else None
            if isinstance(data, dict):
                sketch = _sketch_pegawai(slug, checked.path, data, tahun, periode)
                pegawai.setdefault(sketch.nip, sketch)  # a NIP twice is an error reported already; count it once
    distribusi_config = config.get("distribusi")
    rounding = distribusi_config.get("pembulatan") if isinstance(distribusi_config, dict) else None
    return model.Workspace(
        root=loaded.root,
        instansi=_text(config.get("instansi"), "?"),
        tahun=tahun,
        tempat=_text(config.get("tempat"), ""),
        opds=MappingProxyType(opds),
        pegawai=MappingProxyType(pegawai),
        pembulatan=rounding if rounding in ("tepat", "terdekat") else "tepat",
    )


def _capaian(value: Any) -> Mapping[str, str]:
    given = value if isinstance(value, dict) else {}
    return MappingProxyType({p: c for p, c in given.items() if p in PERIODE and c in CAPAIAN_ORGANISASI})


def _opd(slug: str, data: Any) -> model.Opd:
    data = data if isinstance(data, dict) else {}
    units: dict[str, model.Unit] = {}
    for unit in data.get("unit") if isinstance(data.get("unit"), list) else []:
        if isinstance(unit, dict) and isinstance(unit.get("id"), str) and unit["id"] not in units:
            induk, kepala = unit.get("induk"), unit.get("kepala")
            units[unit["id"]] = model.Unit(
                unit["id"],
                _text(unit.get("nama"), unit["id"]),
                induk if isinstance(induk, str) else None,
                kepala if isinstance(kepala, str) else None,
                _capaian(unit.get("capaian_kinerja_organisasi")),
            )
    kepala = data.get("kepala")
    return model.Opd(
        slug=slug,
        nama=_text(data.get("nama"), slug),
        singkatan=data.get("singkatan") if isinstance(data.get("singkatan"), str) else None,
        kepala=kepala if isinstance(kepala, str) else "",
        units=MappingProxyType(units),
        capaian=_capaian(data.get("capaian_kinerja_organisasi")),
    )


def _sketch_pegawai(slug: str, file: Path, data: Mapping[str, Any], tahun: int, periode: str | None) -> model.Pegawai:
    ident: dict[str, Any] = _mapping(data.get("pegawai"))
    nip = ident.get("nip") if isinstance(ident.get("nip"), str) else file.stem
    jenis = str(ident.get("jenis_jabatan")) if ident.get("jenis_jabatan") in JENIS_JABATAN else "pelaksana"
    jenjang = ident.get("jenjang") if ident.get("jenjang") in JENJANG else None
    unit, penilai = ident.get("unit"), data.get("pejabat_penilai")
    year = (dt.date(tahun, 1, 1), dt.date(tahun, 12, 31))
    evaluasi: dict[str, model.Evaluasi] = {}
    block = data.get("evaluasi", {}).get(periode) if isinstance(data.get("evaluasi"), dict) and periode else None
    if isinstance(block, dict) and all(block.get(r) in RATING for r in RATINGS):
        evaluasi[str(periode)] = model.Evaluasi(
            str(periode), "", year[1], year[1], block["rating_hasil_kerja"], block["rating_perilaku_kerja"]
        )
    return model.Pegawai(
        file=file,
        opd=slug,
        identitas=model.Pejabat(_text(ident.get("nama"), "?"), _text(ident.get("jabatan"), ""), nip),
        status="pns",
        jenis_jabatan=jenis,
        jenjang=jenjang,
        unit=unit if isinstance(unit, str) else None,
        penilai_nip=penilai if isinstance(penilai, str) else None,
        penilai_luar=None,
        atasan_penilai_luar=None,
        atasan_penilai_nip=None,
        periode=year,
        pendekatan="kuantitatif",
        penetapan=None,
        rhk=(),
        ekspektasi_khusus=MappingProxyType({}),
        lampiran=MappingProxyType({}),
        evaluasi=MappingProxyType(evaluasi),
    )
