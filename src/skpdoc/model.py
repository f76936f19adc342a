"""Typed, immutable objects built from validated specs.

Everything after validation (render, rekap, diff) reads these instead of raw
dicts. Building them assumes the data passed the schema and the rules; use
:func:`skpdoc.api.load_workspace`, which validates first.

A value still to fill (:mod:`skpdoc.placeholders`) is carried through as its
placeholder text, wherever the field's type: a target, a date or a rating may
be ``"[ISI: …]"``; the forms print it as a blank line and are titled KONSEP.
Where a computation needs a real value (the kuadran, the months of the
periode, the penilai's own spec), the placeholder stands for "not known yet":
an evaluation without both ratings is not rated (:attr:`Evaluasi.dinilai`), a
periode date to fill counts as the bound of the year, a penilai to fill is
an official printed as blanks. ``Pegawai.isi`` and ``Pegawai.belum_dikonfirmasi``
keep the paths left to fill and to confirm.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from skpdoc import placeholders
from skpdoc.errors import YamlPath
from skpdoc.placeholders import is_placeholder
from skpdoc.reference import CAPAIAN_ORGANISASI, JPT, PANGKAT, PERIODE, RATING, predikat
from skpdoc.rules.drafts import proposed

#: A date as a spec gives it: a date, or a placeholder still to fill.
Tanggal = dt.date | str


@dataclass(frozen=True)
class Pejabat:
    """A person as printed in a header block: the employee or an official."""

    nama: str
    jabatan: str
    nip: str | None = None
    pangkat: str | None = None
    golongan: str | None = None
    unit_kerja: str | None = None
    instansi: str | None = None
    status: str | None = None  # "pns" | "pppk" for an employee of the workspace; None for an official given inline


@dataclass(frozen=True)
class Indikator:
    id: str
    iki: str | None = None
    aspek: str | None = None
    perspektif: str | None = None
    target: int | float | str | None = None  # a str only when still to fill
    satuan: str | None = None
    ukuran_keberhasilan: str | None = None


@dataclass(frozen=True)
class Rhk:
    id: str
    rhk: str
    section: str  # "utama" | "tambahan"
    indikator: tuple[Indikator, ...]
    intervensi: tuple[str, str] | None = None  # (nip, rhk id) of the superior's RHK
    intervensi_teks: str | None = None


@dataclass(frozen=True)
class Realisasi:
    realisasi: int | float | str
    bukti_dukung: tuple[str, ...] = ()
    umpan_balik: str | None = None


@dataclass(frozen=True)
class Evaluasi:
    periode: str
    tempat: str
    tanggal: Tanggal
    tanggal_pegawai: Tanggal
    rating_hasil_kerja: str  # a RATING slug, or a placeholder
    rating_perilaku_kerja: str
    hasil_kerja: Mapping[str, Realisasi] = field(default_factory=dict)
    perilaku_kerja: Mapping[str, str] = field(default_factory=dict)
    catatan_rekomendasi: str | None = None

    @property
    def dinilai(self) -> bool:
        """Both ratings are given (not still to fill): the evaluation has a predikat."""
        return self.rating_hasil_kerja in RATING and self.rating_perilaku_kerja in RATING

    @property
    def predikat(self) -> str:
        """From the kuadran (a stated predikat was checked to agree); a placeholder until :attr:`dinilai`."""
        if not self.dinilai:
            return placeholders.fill("predikat")
        return predikat(self.rating_hasil_kerja, self.rating_perilaku_kerja)


@dataclass(frozen=True)
class Pegawai:
    """One employee's SKP for the year."""

    file: Path
    opd: str
    identitas: Pejabat
    status: str
    jenis_jabatan: str
    jenjang: str | None
    unit: str | None
    penilai_nip: str | None  # a spec in this workspace ...
    penilai_luar: Pejabat | None  # ... or an official outside it
    atasan_penilai_luar: Pejabat | None
    atasan_penilai_nip: str | None
    periode: tuple[dt.date, dt.date]  # a date still to fill counts as the bound of the year (see isi)
    pendekatan: str
    penetapan: tuple[str, Tanggal] | None
    rhk: tuple[Rhk, ...]
    ekspektasi_khusus: Mapping[str, str]
    lampiran: Mapping[str, tuple[str, ...]]
    evaluasi: Mapping[str, Evaluasi]
    isi: frozenset[YamlPath] = frozenset()  # paths of the values still to fill
    belum_dikonfirmasi: tuple[YamlPath, ...] = ()  # paths of the values proposed, not confirmed yet

    @property
    def nip(self) -> str:
        """The NIP, which names the employee's files; the spec's file name while the NIP is still to fill."""
        nip = self.identitas.nip or ""
        return self.file.stem if is_placeholder(nip) else nip

    @property
    def konsep(self) -> bool:
        """Something of the spec is still to fill or to confirm."""
        return bool(self.isi or self.belum_dikonfirmasi)

    @property
    def nama(self) -> str:
        return self.identitas.nama

    @property
    def is_jpt(self) -> bool:
        return self.jenis_jabatan in JPT

    def section(self, name: str) -> tuple[Rhk, ...]:
        return tuple(r for r in self.rhk if r.section == name)

    def find_rhk(self, ident: str) -> Rhk | None:
        return next((r for r in self.rhk if r.id == ident), None)

    def indicators(self) -> Iterator[tuple[Rhk, Indikator]]:
        for rhk in self.rhk:
            for ind in rhk.indikator:
                yield rhk, ind


@dataclass(frozen=True)
class Unit:
    id: str
    nama: str
    induk: str | None = None
    kepala: str | None = None
    capaian: Mapping[str, str] = field(default_factory=dict)  # only a unit rated on its own (e.g. UPTD)


@dataclass(frozen=True)
class Opd:
    slug: str
    nama: str
    singkatan: str | None
    kepala: str
    units: Mapping[str, Unit]
    capaian: Mapping[str, str]

    def unit_chain(self, unit: str | None) -> list[Unit]:
        """The unit and its parents, innermost first."""
        chain: list[Unit] = []
        while unit is not None and unit in self.units and len(chain) < len(self.units):
            chain.append(self.units[unit])
            unit = self.units[unit].induk
        return chain


@dataclass(frozen=True)
class Workspace:
    """A validated workspace: the instansi, its OPDs and every employee's SKP."""

    root: Path
    instansi: str
    tahun: int
    tempat: str
    opds: Mapping[str, Opd]
    pegawai: Mapping[str, Pegawai]
    pembulatan: str = "tepat"  # rounding of the pola distribusi, see skpdoc.distribusi

    def unit_kerja(self, pegawai: Pegawai) -> str:
        """The printed UNIT KERJA: the employee's unit and its parents (or the unit to fill), then the OPD."""
        opd = self.opds[pegawai.opd]
        own = [pegawai.unit] if pegawai.unit is not None and is_placeholder(pegawai.unit) else []
        return ", ".join(own + [u.nama for u in opd.unit_chain(pegawai.unit)] + [opd.nama])

    def person(self, pegawai: Pegawai) -> Pejabat:
        """The employee as printed, with unit kerja filled in."""
        ident = pegawai.identitas
        return Pejabat(
            ident.nama,
            ident.jabatan,
            ident.nip,
            ident.pangkat,
            ident.golongan,
            self.unit_kerja(pegawai),
            status=pegawai.status,
        )

    def penilai(self, pegawai: Pegawai) -> Pejabat:
        if pegawai.penilai_nip is not None:
            return self.person(self.pegawai[pegawai.penilai_nip])
        assert pegawai.penilai_luar is not None
        return pegawai.penilai_luar

    def atasan_penilai(self, pegawai: Pegawai) -> Pejabat | None:
        """Given explicitly, or the penilai's own penilai."""
        if pegawai.atasan_penilai_luar is not None:
            return pegawai.atasan_penilai_luar
        if pegawai.atasan_penilai_nip is not None:
            return self.person(self.pegawai[pegawai.atasan_penilai_nip])
        if pegawai.penilai_nip is not None:
            return self.penilai(self.pegawai[pegawai.penilai_nip])
        return None

    def intervened(self, rhk: Rhk) -> Rhk | None:
        """The superior's RHK that ``rhk`` supports, when it is in the workspace."""
        if rhk.intervensi is None:
            return None
        nip, ident = rhk.intervensi
        owner = self.pegawai.get(nip)
        return owner.find_rhk(ident) if owner else None


# --- the order in which an OPD's employees are printed --------------------------

_RANK = {
    "jpt-utama": 0,
    "jpt-madya": 0,
    "jpt-pratama": 0,
    "administrator": 1,
    "pengawas": 2,
    "fungsional": 3,
    "pelaksana": 4,
}


def ordered_people(ws: Workspace, slug: str) -> list[tuple[Pegawai, tuple[str, ...]]]:
    """The OPD's employees in print order, each with its unit names (outermost first): head first, leaders
    before their staff, in the rekap, the matriks, the bundles and ``skpdoc status``.

    The order follows the chain of penilai from the head down (depth first), so each leader is followed by
    the people he or she rates; among the people rated by one leader, structural posts come first (each
    followed by its own staff), then functional posts and staff, each in the unit order of ``opd.yaml``.
    Employees whose penilai is outside the OPD (or missing from it) come last, in the same order.
    """
    opd = ws.opds[slug]
    members = {nip: p for nip, p in ws.pegawai.items() if p.opd == slug}
    unit_order = {unit_id: index for index, unit_id in enumerate(opd.units)}

    def sort_key(pegawai: Pegawai) -> tuple[int, int, str, str]:
        return (_RANK[pegawai.jenis_jabatan], unit_order.get(pegawai.unit or "", -1), pegawai.nama, pegawai.nip)

    rated_by: dict[str, list[Pegawai]] = {}
    for pegawai in members.values():
        if pegawai.penilai_nip in members and pegawai.penilai_nip != pegawai.nip:
            rated_by.setdefault(pegawai.penilai_nip, []).append(pegawai)
    order: list[Pegawai] = []
    seen: set[str] = set()

    def visit(pegawai: Pegawai) -> None:
        if pegawai.nip in seen:
            return
        seen.add(pegawai.nip)
        order.append(pegawai)
        for child in sorted(rated_by.get(pegawai.nip, []), key=sort_key):
            visit(child)

    if opd.kepala in members:
        visit(members[opd.kepala])
    for pegawai in sorted(members.values(), key=sort_key):
        visit(pegawai)
    return [(p, tuple(u.nama for u in reversed(opd.unit_chain(p.unit)))) for p in order]


# --- building from validated data ----------------------------------------------


def _mapping(value: Any) -> Mapping[str, Any]:
    """A mapping as written; one still to fill (a placeholder) has nothing in it yet."""
    return value if isinstance(value, dict) else {}


def _items(value: Any) -> list[Any]:
    """A list as written; one still to fill is a single blank item (so the form shows a line to write on)."""
    if isinstance(value, list):
        return value
    return [value] if is_placeholder(value) else []


def _date(value: str) -> Tanggal:
    return value if is_placeholder(value) else dt.date.fromisoformat(value)


def _pejabat(data: Mapping[str, Any]) -> Pejabat:
    golongan = data.get("golongan")
    pangkat = data.get("pangkat") or (PANGKAT.get(golongan) if golongan else None)
    return Pejabat(
        nama=data.get("nama", placeholders.fill("nama")),
        jabatan=data.get("jabatan", placeholders.fill("jabatan")),
        nip=data.get("nip"),
        pangkat=pangkat,
        golongan=golongan,
        unit_kerja=data.get("unit_kerja"),
        instansi=data.get("instansi"),
    )


def _official(ref: Any) -> tuple[str | None, Pejabat | None]:
    """(NIP of a spec in the workspace, official outside it) for a pejabat_penilai or its atasan.

    One still to fill is an official whose every printed line is to fill.
    """
    if is_placeholder(ref):
        return None, Pejabat(nama=ref, jabatan=ref, nip=ref)
    if isinstance(ref, str):
        return ref, None
    return None, (_pejabat(ref) if isinstance(ref, dict) else None)


def _split_ref(ref: str) -> tuple[str, str]:
    nip, _, ident = ref.partition("#")
    return nip, ident


def _rhk(data: Mapping[str, Any], section: str) -> Rhk:
    ref = data.get("intervensi")
    teks = data.get("intervensi_teks")
    if is_placeholder(ref):  # the superior's RHK is still to choose: printed as a blank where its text goes
        ref, teks = None, teks or ref
    return Rhk(
        id=data["id"],
        rhk=data["rhk"],
        section=section,
        indikator=tuple(Indikator(**ind) for ind in _items(data["indikator"]) if isinstance(ind, dict)),
        intervensi=_split_ref(ref) if ref else None,
        intervensi_teks=teks,
    )


def _realisasi(value: Any) -> Realisasi:
    if not isinstance(value, dict):  # the whole entry still to fill
        return Realisasi(value)
    return Realisasi(value["realisasi"], tuple(_items(value.get("bukti_dukung"))), value.get("umpan_balik"))


def _evaluasi(periode: str, data: Mapping[str, Any], tempat: str) -> Evaluasi:
    tanggal = _date(data["tanggal"])
    return Evaluasi(
        periode=periode,
        tempat=data.get("tempat", tempat),
        tanggal=tanggal,
        tanggal_pegawai=_date(data["tanggal_pegawai"]) if "tanggal_pegawai" in data else tanggal,
        rating_hasil_kerja=data["rating_hasil_kerja"],
        rating_perilaku_kerja=data["rating_perilaku_kerja"],
        hasil_kerja=MappingProxyType({k: _realisasi(v) for k, v in _mapping(data.get("hasil_kerja")).items()}),
        perilaku_kerja=MappingProxyType(dict(_mapping(data.get("perilaku_kerja")))),
        catatan_rekomendasi=data.get("catatan_rekomendasi"),
    )


def _periode(given: Any, tahun: int) -> tuple[dt.date, dt.date]:
    """The SKP's period; a bound not given or still to fill is that of the year."""
    given = _mapping(given)
    mulai, selesai = given.get("mulai"), given.get("selesai")
    return (
        dt.date(tahun, 1, 1) if mulai is None or is_placeholder(mulai) else dt.date.fromisoformat(mulai),
        dt.date(tahun, 12, 31) if selesai is None or is_placeholder(selesai) else dt.date.fromisoformat(selesai),
    )


def _penetapan(given: Any, tempat: str) -> tuple[str, Tanggal] | None:
    if given is None:
        return None
    if is_placeholder(given):
        return tempat, given
    return given.get("tempat", tempat), _date(given["tanggal"])


def build_pegawai(file: Path, opd: str, data: Mapping[str, Any], tahun: int, tempat: str) -> Pegawai:
    ident = _mapping(data["pegawai"])
    penilai_nip, penilai_luar = _official(data["pejabat_penilai"])
    atasan_nip, atasan_luar = _official(data.get("atasan_pejabat_penilai"))
    evaluasi = _mapping(data.get("evaluasi"))
    hasil_kerja = _mapping(data["hasil_kerja"])
    return Pegawai(
        file=file,
        opd=opd,
        identitas=_pejabat(ident),
        status=ident.get("status", "pns"),
        jenis_jabatan=ident.get("jenis_jabatan", placeholders.fill("jenis jabatan")),
        jenjang=ident.get("jenjang"),
        unit=ident.get("unit"),
        penilai_nip=penilai_nip,
        penilai_luar=penilai_luar,
        atasan_penilai_nip=atasan_nip,
        atasan_penilai_luar=atasan_luar,
        periode=_periode(data.get("periode"), tahun),
        pendekatan=data["pendekatan"],
        penetapan=_penetapan(data.get("penetapan"), tempat),
        rhk=tuple(_rhk(r, s) for s in ("utama", "tambahan") for r in _items(hasil_kerja.get(s)) if isinstance(r, dict)),
        ekspektasi_khusus=MappingProxyType(dict(_mapping(data.get("ekspektasi_khusus_pimpinan")))),
        lampiran=MappingProxyType({k: tuple(_items(v)) for k, v in _mapping(data.get("lampiran")).items()}),
        evaluasi=MappingProxyType(
            {p: _evaluasi(p, evaluasi[p], tempat) for p in PERIODE if isinstance(evaluasi.get(p), dict)}
        ),
        isi=frozenset(placeholders.placeholders(data)),
        belum_dikonfirmasi=tuple(proposed(data)),
    )


def build_opd(slug: str, data: Mapping[str, Any]) -> Opd:
    units = [u for u in _items(data.get("unit")) if isinstance(u, dict)]
    return Opd(
        slug=slug,
        nama=data["nama"],
        singkatan=data.get("singkatan"),
        kepala=data["kepala"],
        units=MappingProxyType({u["id"]: _unit(u) for u in units}),
        capaian=_capaian(data.get("capaian_kinerja_organisasi")),
    )


def _capaian(given: Any) -> Mapping[str, str]:
    """The capaian per periode that are set; one still to fill sets no pola distribusi yet."""
    return MappingProxyType({p: c for p, c in _mapping(given).items() if c in CAPAIAN_ORGANISASI})


def _unit(data: Mapping[str, Any]) -> Unit:
    return Unit(
        data["id"],
        data["nama"],
        data.get("induk"),
        data.get("kepala"),
        _capaian(data.get("capaian_kinerja_organisasi")),
    )
