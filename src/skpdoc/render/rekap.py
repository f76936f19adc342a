"""The Rekap Predikat Kinerja form: one OPD, one periode, for the bundle and the signature.

What a BKD reviewer checks before signing off an OPD (issue #5): every
employee's ratings and predikat, the counts per predikat drawn as bars against
the shares the organisation's capaian allows (SE MenPANRB 3/2023, see
:mod:`skpdoc.distribusi`), and the limits broken. It is signed by the head of
the OPD, who sets the predikat within the pola; the date is that of the
latest evaluation of the periode in the OPD.

The bars are text (full blocks for the actual share, medium shade for the
allowed range) so that the chart needs no image at render time and reflows
with the table; 100% is :data:`BAR_WIDTH` characters.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from fractions import Fraction

from skpdoc.distribusi import POLA_DISTRIBUSI, Batas, Pembulatan, persen
from skpdoc.model import Workspace
from skpdoc.reference import CAPAIAN_ORGANISASI, PERIODE, PREDIKAT, PREDIKAT_FORM, RATING
from skpdoc.rekap import BarisPegawai, Distribusi, RekapOpd, aturan
from skpdoc.rekap.formats import pesan
from skpdoc.render import formatting as fmt
from skpdoc.render.viewmodel import Orang, orang

TEMPLATE = "rekap-predikat.docx"
BAR_WIDTH = 40
FULL, LIGHT = "\u2588", "\u2592"


@dataclass(frozen=True)
class BarisForm:
    no: str
    nama: str
    nip: str
    jabatan: str
    unit: str
    rating_hasil_kerja: str
    rating_perilaku_kerja: str
    predikat: str
    angka_kredit: str
    catatan: str  # "*" for a head counted in the parent's distribution


@dataclass(frozen=True)
class PredikatForm:
    predikat: str
    jumlah: str
    persen: str
    batang: str  # the actual share as a bar
    batas: str  # the limit in words: "paling banyak 70%, terbanyak"; "" when free
    batang_batas: str  # the allowed share as a light bar; "" when free
    melanggar: bool


@dataclass(frozen=True)
class DistribusiForm:
    nama: str
    capaian: str  # "BAIK", or "BELUM DITETAPKAN"
    jumlah_pegawai: str
    baris: tuple[PredikatForm, ...]
    aturan: tuple[str, ...]
    pelanggaran: tuple[str, ...]
    sesuai: bool  # a capaian is set and nothing is broken


@dataclass(frozen=True)
class RekapForm:
    form: str
    judul: tuple[str, ...]
    instansi: str
    opd: str
    tahun: str
    periode: str
    periode_penilaian: str
    pegawai: tuple[BarisForm, ...]
    ada_pimpinan: bool  # a "*" row exists: print the footnote
    distribusi: tuple[DistribusiForm, ...]
    kepala: Orang
    tempat_tanggal: str

    def context(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def build(ws: Workspace, rekap: RekapOpd) -> RekapForm:
    opd = ws.opds[rekap.slug]
    head = ws.pegawai.get(opd.kepala)
    dates = [e.tanggal for row in rekap.pegawai if (e := row.pegawai.evaluasi.get(rekap.periode)) is not None]
    return RekapForm(
        form="rekap",
        judul=("REKAPITULASI PREDIKAT KINERJA PEGAWAI",),
        instansi=ws.instansi.upper(),
        opd=opd.nama.upper(),
        tahun=str(ws.tahun),
        periode=PERIODE[rekap.periode].upper(),
        periode_penilaian=f"{PERIODE[rekap.periode].upper()} TAHUN {ws.tahun}",
        pegawai=tuple(_baris(no, row) for no, row in enumerate(rekap.pegawai, 1)),
        ada_pimpinan=any(row.predikat and not row.dihitung for row in rekap.pegawai),
        distribusi=tuple(_distribusi(ws, rekap, d) for d in rekap.distribusi),
        kepala=orang(ws.person(head)) if head is not None else Orang(),
        tempat_tanggal=fmt.tempat_tanggal(ws.tempat, max(dates)) if dates else "",
    )


def _baris(no: int, row: BarisPegawai) -> BarisForm:
    p = row.pegawai
    return BarisForm(
        no=str(no),
        nama=p.nama,
        nip=fmt.nip(p.nip),
        jabatan=p.identitas.jabatan,
        unit=row.unit,
        rating_hasil_kerja=RATING[row.rating_hasil_kerja] if row.rating_hasil_kerja else "-",
        rating_perilaku_kerja=RATING[row.rating_perilaku_kerja] if row.rating_perilaku_kerja else "-",
        predikat=PREDIKAT_FORM[row.predikat] if row.predikat else "Belum dievaluasi",
        angka_kredit="" if row.angka_kredit is None else fmt.angka(row.angka_kredit),
        catatan="*" if row.predikat and not row.dihitung else "",
    )


def _distribusi(ws: Workspace, rekap: RekapOpd, d: Distribusi) -> DistribusiForm:
    pembulatan = Pembulatan(ws.pembulatan)
    pola = _limits(d.capaian)
    broken = {slug for p in d.pelanggaran for slug in p.batas.predikat}
    rows = []
    for slug, n in d.jumlah.items():
        share = Fraction(n, d.total) if d.total else Fraction(0)
        batas = pola.get(slug)
        rows.append(
            PredikatForm(
                predikat=PREDIKAT[slug],
                jumlah=str(n),
                persen=persen(n, d.total),
                batang=_bar(share, FULL),
                batas=_limit_text(d.capaian, slug),
                batang_batas=_bar(batas, LIGHT) if batas is not None else "",
                melanggar=slug in broken,
            )
        )
    return DistribusiForm(
        nama=d.nama,
        capaian=CAPAIAN_ORGANISASI[d.capaian].upper() if d.capaian else "BELUM DITETAPKAN",
        jumlah_pegawai=str(d.total),
        baris=tuple(rows),
        aturan=tuple(aturan(d.capaian, d.total, pembulatan)) if d.capaian else (),
        pelanggaran=tuple(pesan(d, rekap.periode, p) for p in d.pelanggaran),
        sesuai=bool(d.capaian) and not d.pelanggaran,
    )


def _limits(capaian: str | None) -> dict[str, Fraction]:
    """The share each single predikat may reach (its cap, or its minimum when it has one)."""
    out: dict[str, Fraction] = {}
    for batas in POLA_DISTRIBUSI.get(capaian or "", ()):
        if len(batas.predikat) == 1:
            out[batas.predikat[0]] = _shown(batas)
    return out


def _limit_text(capaian: str | None, slug: str) -> str:
    """The limits on one predikat, short: "maks. 70%, terbanyak"; a shared limit is marked "(bersama)"."""
    parts = []
    for batas in POLA_DISTRIBUSI.get(capaian or "", ()):
        if slug not in batas.predikat:
            continue
        shared = " (bersama)" if len(batas.predikat) > 1 else ""
        if batas.maksimum == 0:
            parts.append("tidak boleh ada")
        elif batas.maksimum < 1:
            parts.append(f"maks. {round(batas.maksimum * 100)}%{shared}")
        if batas.minimum > 0:
            parts.append(f"min. {round(batas.minimum * 100)}%{shared}")
        elif batas.wajib_ada:
            parts.append(f"wajib ada{shared}")
        if batas.terbanyak:
            parts.append("terbanyak")
    return ", ".join(parts)


def _shown(batas: Batas) -> Fraction:
    return batas.maksimum if batas.maksimum < 1 else batas.minimum


def _bar(share: Fraction, char: str) -> str:
    return char * round(share * BAR_WIDTH)
