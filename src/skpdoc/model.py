"""Typed, immutable objects built from validated specs.

Everything after validation (render, rekap, diff) reads these instead of raw
dicts. Building them assumes the data passed the schema and the rules; use
:func:`skpdoc.api.load_workspace`, which validates first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from skpdoc.reference import JPT, PANGKAT, PERIODE, predikat


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


@dataclass(frozen=True)
class Indikator:
    id: str
    iki: str | None = None
    aspek: str | None = None
    perspektif: str | None = None
    target: int | float | None = None
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
    tanggal: dt.date
    tanggal_pegawai: dt.date
    rating_hasil_kerja: str
    rating_perilaku_kerja: str
    hasil_kerja: Mapping[str, Realisasi] = field(default_factory=dict)
    perilaku_kerja: Mapping[str, str] = field(default_factory=dict)
    catatan_rekomendasi: str | None = None

    @property
    def predikat(self) -> str:
        """From the kuadran; a stated predikat was checked to agree."""
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
    periode: tuple[dt.date, dt.date]
    pendekatan: str
    penetapan: tuple[str, dt.date] | None
    rhk: tuple[Rhk, ...]
    ekspektasi_khusus: Mapping[str, str]
    lampiran: Mapping[str, tuple[str, ...]]
    evaluasi: Mapping[str, Evaluasi]

    @property
    def nip(self) -> str:
        return self.identitas.nip or ""

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
        """The printed UNIT KERJA: the employee's unit and its parents, then the OPD."""
        opd = self.opds[pegawai.opd]
        return ", ".join([u.nama for u in opd.unit_chain(pegawai.unit)] + [opd.nama])

    def person(self, pegawai: Pegawai) -> Pejabat:
        """The employee as printed, with unit kerja filled in."""
        ident = pegawai.identitas
        return Pejabat(ident.nama, ident.jabatan, ident.nip, ident.pangkat, ident.golongan, self.unit_kerja(pegawai))

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


# --- building from validated data ----------------------------------------------


def _pejabat(data: Mapping[str, Any]) -> Pejabat:
    golongan = data.get("golongan")
    pangkat = data.get("pangkat") or (PANGKAT.get(golongan) if golongan else None)
    return Pejabat(
        nama=data["nama"],
        jabatan=data["jabatan"],
        nip=data.get("nip"),
        pangkat=pangkat,
        golongan=golongan,
        unit_kerja=data.get("unit_kerja"),
        instansi=data.get("instansi"),
    )


def _split_ref(ref: str) -> tuple[str, str]:
    nip, _, ident = ref.partition("#")
    return nip, ident


def _rhk(data: Mapping[str, Any], section: str) -> Rhk:
    ref = data.get("intervensi")
    return Rhk(
        id=data["id"],
        rhk=data["rhk"],
        section=section,
        indikator=tuple(Indikator(**ind) for ind in data["indikator"]),
        intervensi=_split_ref(ref) if ref else None,
        intervensi_teks=data.get("intervensi_teks"),
    )


def _evaluasi(periode: str, data: Mapping[str, Any], tempat: str) -> Evaluasi:
    tanggal = dt.date.fromisoformat(data["tanggal"])
    return Evaluasi(
        periode=periode,
        tempat=data.get("tempat", tempat),
        tanggal=tanggal,
        tanggal_pegawai=dt.date.fromisoformat(data["tanggal_pegawai"]) if "tanggal_pegawai" in data else tanggal,
        rating_hasil_kerja=data["rating_hasil_kerja"],
        rating_perilaku_kerja=data["rating_perilaku_kerja"],
        hasil_kerja=MappingProxyType(
            {
                k: Realisasi(v["realisasi"], tuple(v.get("bukti_dukung", ())), v.get("umpan_balik"))
                for k, v in data.get("hasil_kerja", {}).items()
            }
        ),
        perilaku_kerja=MappingProxyType(dict(data.get("perilaku_kerja", {}))),
        catatan_rekomendasi=data.get("catatan_rekomendasi"),
    )


def build_pegawai(file: Path, opd: str, data: Mapping[str, Any], tahun: int, tempat: str) -> Pegawai:
    ident = data["pegawai"]
    penilai, atasan = data["pejabat_penilai"], data.get("atasan_pejabat_penilai")
    periode = data.get("periode", {"mulai": f"{tahun}-01-01", "selesai": f"{tahun}-12-31"})
    penetapan = data.get("penetapan")
    evaluasi = data.get("evaluasi", {})
    return Pegawai(
        file=file,
        opd=opd,
        identitas=_pejabat(ident),
        status=ident.get("status", "pns"),
        jenis_jabatan=ident["jenis_jabatan"],
        jenjang=ident.get("jenjang"),
        unit=ident.get("unit"),
        penilai_nip=penilai if isinstance(penilai, str) else None,
        penilai_luar=_pejabat(penilai) if isinstance(penilai, dict) else None,
        atasan_penilai_nip=atasan if isinstance(atasan, str) else None,
        atasan_penilai_luar=_pejabat(atasan) if isinstance(atasan, dict) else None,
        periode=(dt.date.fromisoformat(periode["mulai"]), dt.date.fromisoformat(periode["selesai"])),
        pendekatan=data["pendekatan"],
        penetapan=(penetapan.get("tempat", tempat), dt.date.fromisoformat(penetapan["tanggal"])) if penetapan else None,
        rhk=tuple(_rhk(r, s) for s in ("utama", "tambahan") for r in data["hasil_kerja"].get(s, [])),
        ekspektasi_khusus=MappingProxyType(dict(data.get("ekspektasi_khusus_pimpinan", {}))),
        lampiran=MappingProxyType({k: tuple(v) for k, v in data.get("lampiran", {}).items()}),
        evaluasi=MappingProxyType({p: _evaluasi(p, evaluasi[p], tempat) for p in PERIODE if p in evaluasi}),
    )


def build_opd(slug: str, data: Mapping[str, Any]) -> Opd:
    return Opd(
        slug=slug,
        nama=data["nama"],
        singkatan=data.get("singkatan"),
        kepala=data["kepala"],
        units=MappingProxyType({u["id"]: _unit(u) for u in data.get("unit", [])}),
        capaian=MappingProxyType(dict(data.get("capaian_kinerja_organisasi", {}))),
    )


def _unit(data: Mapping[str, Any]) -> Unit:
    capaian = MappingProxyType(dict(data.get("capaian_kinerja_organisasi", {})))
    return Unit(data["id"], data["nama"], data.get("induk"), data.get("kepala"), capaian)
