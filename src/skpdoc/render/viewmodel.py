"""What a form template receives: print-ready values, no logic left to do.

One context type (:class:`Form`) serves every form, so a template author
learns one set of names and ``skpdoc templates check`` can verify any
template against it. Fields a form does not use are empty. Templates only
loop and print: numbering, dates, NIP grouping, pangkat, units of targets,
the superior's RHK text and the predikat are all computed here.

A value still to fill prints as a blank line (never its hint), and a form
showing one, or showing anything of a spec that is still to fill or to
confirm, is a draft: :attr:`Form.konsep`, and its title ends with a KONSEP line.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field, fields

from skpdoc import placeholders
from skpdoc.errors import YamlPath
from skpdoc.model import Evaluasi, Indikator, Pegawai, Pejabat, Rhk, Workspace
from skpdoc.placeholders import is_placeholder
from skpdoc.reference import (
    ASPEK,
    CAPAIAN_ORGANISASI,
    PERILAKU,
    PERIODE,
    PERSPEKTIF,
    PREDIKAT_FORM,
    RATING,
)
from skpdoc.render import formatting as fmt
from skpdoc.render import kop as kop_surat
from skpdoc.render.describe import Properti
from skpdoc.render.gambar import Gambar
from skpdoc.render.kop import Kop

FORMS = ("skp", "lampiran", "evaluasi", "dokumen-evaluasi")
PERIODIC = frozenset({"evaluasi", "dokumen-evaluasi"})
#: The forms headed by the §2.1 block (PEGAWAI YANG DINILAI beside PEJABAT PENILAI KINERJA).
HEADED = frozenset({"skp", "lampiran", "evaluasi"})

BAGI_JPT = "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
BAGI_JA_JF = "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL"
KONSEP_ISI = "KONSEP — MASIH ADA ISIAN YANG BELUM DIISI"
KONSEP_USULAN = "KONSEP — MASIH ADA USULAN YANG BELUM DIKONFIRMASI"


#: What a header row prints for a value an official outside the workspace does not have (a Bupati's NIP,
#: pangkat): a dash, so the row reads as "none" rather than as forgotten.
TIDAK_ADA = "-"
#: The penilai's NIP row on the JPT forms, as the Lampiran of PermenPANRB 6/2022 labels it (reference §2.1):
#: a JPT's penilai may be a Bupati or a Menteri, who has none.
NIP_OPSIONAL = "NIP (*opsional)"


@dataclass(frozen=True)
class Orang:
    """A header block: the employee, the penilai or the atasan penilai."""

    nama: str = ""
    nip: str = ""  # grouped: "19850101 201001 1 001", a NI PPPK "19941127 2021 21 1 001"; "-" for none
    pangkat: str = ""  # "Penata Muda, III/a"; "-" for none
    jabatan: str = ""
    unit_kerja: str = ""  # the unit, or the instansi for an official outside it
    label_unit: str = "UNIT KERJA"  # "UNIT KERJA" or "INSTANSI" (row 5 of the block)
    label_nip: str = "NIP"  # "NIP", "NI PPPK", or on the JPT forms the penilai's "NIP (*opsional)" (row 2)
    nip_ttd: str = ""  # the line under a signature: "NIP. 19850101 201001 1 001", "NI PPPK. …"; "" for none


@dataclass(frozen=True)
class IndikatorForm:
    indikator: str  # the IKI (kuantitatif) or the ukuran keberhasilan (kualitatif)
    aspek: str  # "Kuantitas" ... (JA/JF kuantitatif), else ""
    perspektif: str  # "Penerima Layanan" ... (JPT), else ""
    target: str  # "12 Dokumen", "100%"; "" for kualitatif
    realisasi: str  # evaluation forms: "9 Dokumen" or the text given
    umpan_balik: str
    bukti_dukung: tuple[str, ...]


@dataclass(frozen=True)
class RhkForm:
    no: str  # "1", "2", ... within its section
    rhk: str
    intervensi: str  # the superior's RHK (or the sasaran/penugasan written as text)
    #: the IKI of that RHK when its owner is a JPT: the form's footnote * asks column (2) to carry them
    intervensi_iki: tuple[str, ...]
    asal: str  # the origin line, e.g. "Penugasan dari Kepala Dinas ...: Meningkatnya ..."
    indikator: tuple[IndikatorForm, ...]


@dataclass(frozen=True)
class PerilakuForm:
    no: str
    nama: str  # "Berorientasi Pelayanan"
    panduan: tuple[str, str, str]
    ekspektasi: str  # ekspektasi khusus pimpinan, or ""
    umpan_balik: str  # evaluation forms only


@dataclass(frozen=True)
class Form:
    """The context of every form template."""

    form: str  # "skp" | "lampiran" | "evaluasi" | "dokumen-evaluasi"
    judul: tuple[str, ...]  # the centred title lines
    instansi: str  # "PEMERINTAH KABUPATEN ..."
    opd: str  # "DINAS KOMUNIKASI DAN INFORMATIKA"
    tahun: str
    periode_penilaian: str  # "1 JANUARI SD 31 DESEMBER TAHUN 2024"
    periode: str  # "TRIWULAN I" ... "AKHIR"; "" for the SKP
    pendekatan: str  # "KUANTITATIF" | "KUALITATIF"
    pegawai: Orang
    penilai: Orang
    atasan_penilai: Orang
    utama: tuple[RhkForm, ...]
    tambahan: tuple[RhkForm, ...]
    perilaku: tuple[PerilakuForm, ...]
    dukungan_sumber_daya: tuple[str, ...]
    skema_pertanggungjawaban: tuple[str, ...]
    konsekuensi: tuple[str, ...]
    capaian_organisasi: str  # "BAIK"; "" when the OPD has none for the periode
    pola_distribusi: str  # slug of the curve to show: "istimewa", "baik", ...; "" for none
    rating_hasil_kerja: str  # "SESUAI EKSPEKTASI"
    rating_perilaku_kerja: str
    predikat: str  # "BAIK", "KURANG", ...
    catatan_rekomendasi: str
    tempat_tanggal: str  # the penilai's signature line: "Sekayu, 31 Desember 2024"
    tempat_tanggal_pegawai: str  # the employee's, on the Dokumen Evaluasi
    konsep: bool = False  # something on it is still to fill or to confirm: the last judul line says KONSEP
    kop: Kop = field(default_factory=Kop)  # the letterhead (skpdoc.render.kop); empty (false) when none
    lambang: Gambar | None = None  # the Garuda of skpdoc.yaml, printed with {{ lambang }}
    properti: Properti = field(default_factory=Properti)  # the document properties (title, subject ...)
    #: The form's name in its footer, beside its own page count ("Evaluasi Kinerja Pegawai Triwulan I"): in a
    #: bundle, the bundle's stamp is the page number to cite, this one says where a form starts and ends.
    nama_formulir: str = ""

    def context(self) -> dict[str, object]:
        """The top-level names a template sees (shallow: nested values stay objects)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def orang(pejabat: Pejabat | None, *, label_nip: str | None = None) -> Orang:
    """A person as the header blocks print him or her; a value he or she does not have prints "-".

    ``label_nip`` replaces the NIP row's label (the JPT forms' penilai, :data:`NIP_OPSIONAL`); a NI PPPK
    keeps its own.
    """
    if pejabat is None:
        return Orang(nama=TIDAK_ADA, nip=TIDAK_ADA, pangkat=TIDAK_ADA, jabatan=TIDAK_ADA, unit_kerja=TIDAK_ADA)
    outside = pejabat.instansi is not None and pejabat.unit_kerja is None
    nip = fmt.nip(pejabat.nip, pejabat.status)
    own_label = fmt.label_nip(pejabat.nip, pejabat.status)
    return Orang(
        nama=pejabat.nama or TIDAK_ADA,
        nip=nip or TIDAK_ADA,
        pangkat=fmt.pangkat(pejabat) or TIDAK_ADA,
        jabatan=pejabat.jabatan or TIDAK_ADA,
        unit_kerja=(pejabat.instansi if outside else pejabat.unit_kerja) or TIDAK_ADA,
        label_unit="INSTANSI" if outside else "UNIT KERJA",
        label_nip=label_nip if label_nip and own_label == "NIP" else own_label,
        nip_ttd=f"{own_label}. {nip}" if nip else "",
    )


def _indikator(ind: Indikator, evaluasi: Evaluasi | None) -> IndikatorForm:
    real = evaluasi.hasil_kerja.get(ind.id) if evaluasi else None
    return IndikatorForm(
        indikator=ind.iki or ind.ukuran_keberhasilan or "",
        aspek=label(ASPEK, ind.aspek),
        perspektif=label(PERSPEKTIF, ind.perspektif),
        target=fmt.dengan_satuan(ind.target, ind.satuan) if ind.target is not None else "",
        realisasi=fmt.dengan_satuan(real.realisasi, ind.satuan) if real else "",
        umpan_balik=(real.umpan_balik or "") if real else "",
        bukti_dukung=real.bukti_dukung if real else (),
    )


def _rhk(ws: Workspace, rhk: Rhk, no: int, evaluasi: Evaluasi | None) -> RhkForm:
    intervensi, asal = rhk.intervensi_teks or "", rhk.intervensi_teks or ""
    iki: tuple[str, ...] = ()
    superior = ws.intervened(rhk)
    if superior is not None and rhk.intervensi is not None:
        owner = ws.pegawai[rhk.intervensi[0]]
        intervensi = superior.rhk
        asal = f"Penugasan dari {owner.identitas.jabatan}: {superior.rhk}"
        if owner.is_jpt:
            # Footnote * of the JA/JF forms: an RHK of a JPT is written with its IKI.
            iki = tuple(text for ind in superior.indikator if (text := ind.iki or ind.ukuran_keberhasilan))
    return RhkForm(
        no=str(no),
        rhk=rhk.rhk,
        intervensi=intervensi,
        intervensi_iki=iki,
        asal=asal,
        indikator=tuple(_indikator(ind, evaluasi) for ind in rhk.indikator),
    )


def _perilaku(pegawai: Pegawai, evaluasi: Evaluasi | None) -> tuple[PerilakuForm, ...]:
    return tuple(
        PerilakuForm(
            no=str(no),
            nama=nama,
            panduan=panduan,
            ekspektasi=pegawai.ekspektasi_khusus.get(slug, ""),
            umpan_balik=evaluasi.perilaku_kerja.get(slug, "") if evaluasi else "",
        )
        for no, (slug, (nama, panduan)) in enumerate(PERILAKU.items(), 1)
    )


def label(table: Mapping[str, str], value: str | None) -> str:
    """The printed name of a slug (``kuantitas`` → ``Kuantitas``); a placeholder stays one, nothing is ""."""
    if value is not None and is_placeholder(value):
        return value
    return table.get(value or "", "")


def _periode_penilaian(pegawai: Pegawai) -> str:
    (mulai, selesai), isi = pegawai.periode, pegawai.isi
    start = f"{mulai.day} {fmt.BULAN[mulai.month - 1]}"
    end = f"{selesai.day} {fmt.BULAN[selesai.month - 1]}"
    if ("periode",) in isi or ("periode", "mulai") in isi:
        start = placeholders.fill("mulai")
    if ("periode",) in isi or ("periode", "selesai") in isi:
        end = placeholders.fill("selesai")
    return f"{start} SD {end} TAHUN {selesai.year}".upper()


def judul(form: str, pegawai: Pegawai, periode: str | None) -> tuple[str, ...]:
    bagi = BAGI_JPT if pegawai.is_jpt else BAGI_JA_JF
    if is_placeholder(pegawai.jenis_jabatan):
        bagi = placeholders.fill("jenis jabatan")
    pendekatan = f"PENDEKATAN HASIL KERJA {pegawai.pendekatan.upper()}"
    label = PERIODE[periode].upper() if periode else ""
    if form == "skp":
        return ("SASARAN KINERJA PEGAWAI", pendekatan, bagi)
    if form == "lampiran":
        return ("LAMPIRAN SASARAN KINERJA PEGAWAI", pendekatan, bagi)
    if form == "evaluasi":
        return ("EVALUASI KINERJA PEGAWAI", pendekatan, bagi, f"PERIODE: {label}")
    return ("DOKUMEN EVALUASI KINERJA PEGAWAI", f"PERIODE: {label}")


def build(ws: Workspace, pegawai: Pegawai, form: str, periode: str | None = None) -> Form:
    """The context of ``form`` for one employee (and periode, for evaluation forms).

    Placeholders print as blank lines; a form that prints one, or shows a part of
    the spec still to fill or to confirm, is KONSEP.
    """
    built, printed = fmt.blanked(_build(ws, pegawai, form, periode))
    proposed = any(_shows(form, periode, path) for path in pegawai.belum_dikonfirmasi)
    to_fill = printed > 0 or any(_shows(form, periode, path) for path in pegawai.isi)
    konsep = to_fill or proposed
    described = dataclasses.replace(
        built,
        properti=properti(ws, pegawai, form, periode, konsep=konsep),
        nama_formulir=f"{NAMA_FORM[form]} {PERIODE[periode].title()}" if periode else NAMA_FORM[form],
    )
    if not konsep:
        return described
    return dataclasses.replace(described, konsep=True, judul=(*built.judul, KONSEP_ISI if to_fill else KONSEP_USULAN))


#: The short names of the forms in document titles ("SKP 2024 — …").
NAMA_FORM = {
    "skp": "SKP",
    "lampiran": "Lampiran SKP",
    "evaluasi": "Evaluasi Kinerja Pegawai",
    "dokumen-evaluasi": "Dokumen Evaluasi Kinerja Pegawai",
}
#: The forms in full, for the subject.
SUBJEK_FORM = {
    "skp": "Sasaran Kinerja Pegawai",
    "lampiran": "Lampiran Sasaran Kinerja Pegawai",
    "evaluasi": "Evaluasi Kinerja Pegawai",
    "dokumen-evaluasi": "Dokumen Evaluasi Kinerja Pegawai",
}


def properti(ws: Workspace, pegawai: Pegawai, form: str, periode: str | None, *, konsep: bool = False) -> Properti:
    """The document properties of one employee's form: "SKP 2024 — Novi Rahmawati (199511112019032001)"."""
    when = f"{PERIODE[periode]} {ws.tahun}" if periode else str(ws.tahun)
    opd = ws.opds[pegawai.opd].nama
    about = f"pendekatan hasil kerja {pegawai.pendekatan}"
    draft = " — KONSEP" if konsep else ""
    return Properti(
        judul=f"{NAMA_FORM[form]} {when} — {pegawai.nama} ({pegawai.nip}){draft}",
        subjek=f"{SUBJEK_FORM[form]} {when}, {about} — {opd}, {ws.instansi}",
        pembuat=opd,
        kata_kunci=", ".join((NAMA_FORM[form], when, pegawai.nip)),
        keterangan="KONSEP: masih ada isian yang belum diisi atau belum dikonfirmasi" if konsep else "",
    )


def _shows(form: str, periode: str | None, path: YamlPath) -> bool:
    """Whether ``form`` shows (or rests on) the value at ``path`` of the employee's spec.

    An evaluation belongs to its periode's forms only and the lampiran to its
    own form; anything else (identity, penilai, plan) to every form.
    """
    if path[:1] == ("evaluasi",):
        return form in PERIODIC and (len(path) < 2 or path[1] == periode)
    if path[:1] == ("lampiran",):
        return form == "lampiran"
    return True


def _build(ws: Workspace, pegawai: Pegawai, form: str, periode: str | None) -> Form:
    evaluasi = pegawai.evaluasi.get(periode) if periode else None
    if form in PERIODIC and evaluasi is None:
        raise ValueError(f"{pegawai.nip} has no evaluation for {periode}")
    opd = ws.opds[pegawai.opd]
    capaian = opd.capaian.get(periode, "") if periode else ""
    if evaluasi is not None:
        signed = fmt.tempat_tanggal(evaluasi.tempat, evaluasi.tanggal)
        signed_pegawai = fmt.tempat_tanggal(evaluasi.tempat, evaluasi.tanggal_pegawai)
    elif pegawai.penetapan is not None:
        signed = signed_pegawai = fmt.tempat_tanggal(*pegawai.penetapan)
    else:
        signed = signed_pegawai = f"{ws.tempat}, ...................... {ws.tahun}"
    sections = {
        name: tuple(_rhk(ws, rhk, no, evaluasi) for no, rhk in enumerate(pegawai.section(name), 1))
        for name in ("utama", "tambahan")
    }
    lampiran = pegawai.lampiran
    return Form(
        form=form,
        judul=judul(form, pegawai, periode),
        instansi=ws.instansi.upper(),
        opd=opd.nama.upper(),
        tahun=str(ws.tahun),
        periode_penilaian=_periode_penilaian(pegawai),
        periode=PERIODE[periode].upper() if periode else "",
        pendekatan=pegawai.pendekatan.upper(),
        pegawai=orang(ws.person(pegawai)),
        # The JPT forms label the penilai's NIP row "NIP (*opsional)" (§2.1); the Dokumen Evaluasi has its own.
        penilai=orang(ws.penilai(pegawai), label_nip=NIP_OPSIONAL if pegawai.is_jpt and form in HEADED else None),
        atasan_penilai=orang(ws.atasan_penilai(pegawai)),
        utama=sections["utama"],
        tambahan=sections["tambahan"],
        perilaku=_perilaku(pegawai, evaluasi),
        dukungan_sumber_daya=lampiran.get("dukungan_sumber_daya", ()),
        skema_pertanggungjawaban=lampiran.get("skema_pertanggungjawaban", ()),
        konsekuensi=lampiran.get("konsekuensi", ()),
        capaian_organisasi=CAPAIAN_ORGANISASI.get(capaian, "").upper(),
        pola_distribusi=capaian,
        rating_hasil_kerja=label(RATING, evaluasi.rating_hasil_kerja).upper() if evaluasi else "",
        rating_perilaku_kerja=label(RATING, evaluasi.rating_perilaku_kerja).upper() if evaluasi else "",
        predikat=label(PREDIKAT_FORM, evaluasi.predikat).upper() if evaluasi else "",
        catatan_rekomendasi=(evaluasi.catatan_rekomendasi or "") if evaluasi else "",
        tempat_tanggal=signed,
        tempat_tanggal_pegawai=signed_pegawai,
        kop=kop_surat.kop(ws.root, pegawai.opd, opd.nama),
        lambang=kop_surat.lambang(ws.root),
    )


def template_name(pegawai: Pegawai, form: str) -> str:
    """The built-in template a form of this employee uses, e.g. ``skp-ja-jf-kuantitatif.docx``."""
    if form in ("skp", "evaluasi"):
        kind = "jpt" if pegawai.is_jpt else "ja-jf"
        pendekatan = "kualitatif" if pegawai.pendekatan == "kualitatif" else "kuantitatif"  # the table to fill
        return f"{form}-{kind}-{pendekatan}.docx"
    return f"{form}.docx"
