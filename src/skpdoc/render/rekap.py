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

import datetime as dt
from dataclasses import dataclass, field, fields, replace
from fractions import Fraction

from skpdoc.distribusi import POLA_DISTRIBUSI, Batas, Gaya, persen, wording
from skpdoc.model import Workspace
from skpdoc.reference import CAPAIAN_ORGANISASI, PERIODE, PREDIKAT, PREDIKAT_FORM, RATING
from skpdoc.rekap import BarisPegawai, Distribusi, RekapOpd
from skpdoc.rekap.formats import notes, pesan_pimpinan, verdict
from skpdoc.render import formatting as fmt
from skpdoc.render import kop as kop_surat
from skpdoc.render.describe import Properti
from skpdoc.render.gambar import Gambar
from skpdoc.render.kop import Kop
from skpdoc.render.viewmodel import KONSEP_ISI, Orang, orang

TEMPLATE = "rekap-predikat.docx"
BAR_WIDTH = 40
FULL, LIGHT = "\u2588", "\u2592"


@dataclass(frozen=True)
class BarisForm:
    no: str
    nama: str
    nip: str  # grouped (a NI PPPK in its own parts)
    label_nip: str  # "NIP" or "NI PPPK"
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
    batas: str  # the limits in words: "terbanyak, maks. 70%"; "" when free
    batang_batas: str  # the allowed share as a medium-shade bar; "" when free
    label_batas: str  # beside that bar: "maks. 70%" or "min. 60%"
    melanggar: bool


@dataclass(frozen=True)
class DistribusiForm:
    nomor: str  # "B", or "B.1", "B.2" ... when units have their own capaian
    nama: str
    capaian: str  # "BAIK", or "BELUM DITETAPKAN"
    jumlah_pegawai: str
    baris: tuple[PredikatForm, ...]
    belum_dievaluasi: str  # counted here but not evaluated yet: "" or "3"
    aturan: tuple[str, ...]
    pelanggaran: tuple[str, ...]
    sesuai: str  # the verdict when nothing is broken ("sesuai pola distribusi (sementara: ...)"), else ""


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
    pimpinan: tuple[str, ...]  # heads whose rating hasil kerja is not the one their capaian gives (R184)
    konsep: bool  # a distribution breaks its pola, or something shown is still to fill: the title says KONSEP
    kepala: Orang  # proposes (left)
    penetap: Orang  # sets (right): the head's penilai
    tempat_tanggal: str
    kop: Kop = field(default_factory=Kop)  # the OPD's letterhead (skpdoc.render.kop); empty (false) when none
    lambang: Gambar | None = None
    properti: Properti = field(default_factory=Properti)  # the document properties (title, subject ...)

    def context(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def build(ws: Workspace, rekap: RekapOpd) -> RekapForm:
    opd = ws.opds[rekap.slug]
    head = ws.pegawai.get(opd.kepala)
    evaluations = [e for row in rekap.pegawai if (e := row.pegawai.evaluasi.get(rekap.periode)) is not None]
    dates = [e.tanggal for e in evaluations if isinstance(e.tanggal, dt.date)]
    numbers = {d.unit: "B" if len(rekap.distribusi) == 1 else f"B.{i}" for i, d in enumerate(rekap.distribusi, 1)}
    form, printed = fmt.blanked(
        RekapForm(
            form="rekap",
            judul=("REKAPITULASI PREDIKAT KINERJA PEGAWAI",),
            instansi=ws.instansi.upper(),
            opd=opd.nama.upper(),
            tahun=str(ws.tahun),
            periode=PERIODE[rekap.periode].upper(),
            periode_penilaian=f"{PERIODE[rekap.periode].upper()} TAHUN {ws.tahun}",
            pegawai=tuple(_baris(no, row, numbers) for no, row in enumerate(rekap.pegawai, 1)),
            ada_pimpinan=any(row.predikat and not row.dihitung for row in rekap.pegawai),
            distribusi=tuple(_distribusi(ws, rekap, d, numbers[d.unit]) for d in rekap.distribusi),
            pimpinan=tuple(pesan_pimpinan(h, rekap.periode) for h in rekap.pimpinan),
            konsep=False,
            kepala=orang(ws.person(head)) if head is not None else Orang(),
            penetap=orang(ws.penilai(head)) if head is not None else Orang(),
            tempat_tanggal=fmt.tempat_tanggal(ws.tempat, max(dates)) if dates else "",
            kop=kop_surat.kop(ws.root, rekap.slug, opd.nama),
            lambang=kop_surat.lambang(ws.root),
        )
    )
    # An evaluation of the periode still to fill or to confirm (a rating, say) may change the counts.
    drafts = any(
        path[:2] == ("evaluasi", rekap.periode)
        for row in rekap.pegawai
        for path in (*row.pegawai.isi, *row.pegawai.belum_dikonfirmasi)
    )
    judul = form.judul
    if rekap.pelanggaran:
        judul += ("KONSEP — DISTRIBUSI PREDIKAT BELUM SESUAI POLA",)
    if printed or drafts:
        judul += (KONSEP_ISI,)
    konsep = bool(rekap.pelanggaran or printed or drafts)
    when = f"{PERIODE[rekap.periode]} {ws.tahun}"
    described = Properti(
        judul=f"Rekap Predikat Kinerja {when} — {opd.nama}" + (" — KONSEP" if konsep else ""),
        subjek=f"Rekapitulasi Predikat Kinerja Pegawai {when} — {opd.nama}, {ws.instansi}",
        pembuat=opd.nama,
        kata_kunci=f"Rekap Predikat Kinerja, pola distribusi, {when}",
    )
    return replace(form, judul=judul, konsep=konsep, properti=described)


def _baris(no: int, row: BarisPegawai, numbers: dict[str | None, str]) -> BarisForm:
    p = row.pegawai
    if row.predikat and not row.dihitung:
        catatan = "*"
    elif row.dihitung and len(numbers) > 1:
        catatan = numbers[row.lingkup]  # which table of part B counts this employee
    else:
        catatan = ""
    return BarisForm(
        no=str(no),
        nama=p.nama,
        nip=fmt.nip(p.nip, p.status),
        label_nip=fmt.label_nip(p.nip, p.status),
        jabatan=p.identitas.jabatan,
        unit=row.unit,
        rating_hasil_kerja=RATING[row.rating_hasil_kerja] if row.rating_hasil_kerja else "-",
        rating_perilaku_kerja=RATING[row.rating_perilaku_kerja] if row.rating_perilaku_kerja else "-",
        predikat=PREDIKAT_FORM[row.predikat] if row.predikat else "Belum dievaluasi",
        angka_kredit="" if row.angka_kredit is None else fmt.angka(row.angka_kredit),
        catatan=catatan,
    )


def _distribusi(ws: Workspace, rekap: RekapOpd, d: Distribusi, nomor: str) -> DistribusiForm:
    pola = _limits(d.capaian)
    broken = {slug for p in d.pelanggaran if p.jenis != "mustahil" for slug in p.batas.predikat}
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
                label_batas=_bar_label(d.capaian, slug),
                melanggar=slug in broken,
            )
        )
    rules, broken_text = notes(rekap, d, ws)
    return DistribusiForm(
        nomor=nomor,
        nama=d.nama,
        capaian=CAPAIAN_ORGANISASI[d.capaian].upper() if d.capaian else "BELUM DITETAPKAN",
        jumlah_pegawai=str(d.total),
        baris=tuple(rows),
        belum_dievaluasi=str(d.belum_dievaluasi) if d.belum_dievaluasi else "",
        aturan=tuple(rules),
        pelanggaran=tuple(broken_text),
        sesuai=verdict(d),
    )


def _limits(capaian: str | None) -> dict[str, Fraction]:
    """The share each single predikat may reach (its cap, or its minimum when it has one)."""
    out: dict[str, Fraction] = {}
    for batas in POLA_DISTRIBUSI.get(capaian or "", ()):
        if len(batas.predikat) == 1:
            out[batas.predikat[0]] = _shown(batas)
    return out


def _limit_text(capaian: str | None, slug: str) -> str:
    """The limits on one predikat, short: "terbanyak, maks. 70%"; a shared limit is marked "(bersama)"."""
    parts = []
    for batas in POLA_DISTRIBUSI.get(capaian or "", ()):
        if slug in batas.predikat:
            shared = " (bersama)" if len(batas.predikat) > 1 else ""
            parts += [part + shared for part in wording(batas, Gaya.SINGKAT).values()]
    return ", ".join(parts)


def _bar_label(capaian: str | None, slug: str) -> str:
    """Beside the light bar: the share it draws ("maks. 70%"), as :func:`_limits` picks it."""
    for batas in POLA_DISTRIBUSI.get(capaian or "", ()):
        parts = wording(batas, Gaya.SINGKAT) if batas.predikat == (slug,) else {}
        if text := parts.get("maksimum") or parts.get("minimum"):
            return text
    return ""


def _shown(batas: Batas) -> Fraction:
    return batas.maksimum if batas.maksimum < 1 else batas.minimum


def _bar(share: Fraction, char: str) -> str:
    return char * round(share * BAR_WIDTH)
