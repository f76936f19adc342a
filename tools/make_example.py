#!/usr/bin/env python3
"""(Re)write the bundled example workspace ``specs/``.

The example is a fictional kabupaten (Sungai Jernih, capital Muara Jernih)
for tahun 2024 with two perangkat daerah:

* ``diskominfo`` – Dinas Komunikasi dan Informatika (36 pegawai);
* ``bkpsdm`` – Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (10).

Every pegawai has a full SKP (hasil kerja cascaded from the head of the OPD,
ekspektasi khusus pimpinan, lampiran) and evaluations for triwulan I–IV and
akhir. People, RHK and indicator texts are written out below; realisasi,
umpan balik and dates are derived from them with a random generator seeded
per pegawai and periode, so every run writes byte-identical files.

Run from the repository root::

    .venv/bin/python tools/make_example.py

Only the standard library and PyYAML are used (PyYAML only to decide whether
a text can be written without quotes).
"""

from __future__ import annotations

import datetime as dt
import math
import os
import random
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from skpdoc.reference import KUADRAN, PANGKAT

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"

TAHUN = 2024
KABUPATEN = "Sungai Jernih"
INSTANSI = f"Pemerintah Kabupaten {KABUPATEN}"
TEMPAT = "Muara Jernih"
DOMAIN = "sungaijernihkab.go.id"

SCHEMA_HEADER = {
    "skpdoc": "# yaml-language-server: $schema=.skpdoc/schemas/skpdoc.schema.json",
    "opd": "# yaml-language-server: $schema=../.skpdoc/schemas/opd.schema.json",
    "pegawai": "# yaml-language-server: $schema=../.skpdoc/schemas/pegawai.schema.json",
}

PERIODE = ("triwulan-1", "triwulan-2", "triwulan-3", "triwulan-4", "akhir")
PERIODE_LABEL = {
    "triwulan-1": "triwulan I",
    "triwulan-2": "triwulan II",
    "triwulan-3": "triwulan III",
    "triwulan-4": "triwulan IV",
    "akhir": "tahun 2024",
}
PERIODE_FOLDER = {
    "triwulan-1": "tw1",
    "triwulan-2": "tw2",
    "triwulan-3": "tw3",
    "triwulan-4": "tw4",
    "akhir": "tahunan",
}

ATAS, SESUAI, BAWAH = "di-atas-ekspektasi", "sesuai-ekspektasi", "di-bawah-ekspektasi"

# Officials outside the workspace (not ASN of an OPD in this example).
SEKDA = {
    "nama": "Drs. H. Syamsul Bahri, M.Si.",
    "nip": "196807141993031002",
    "pangkat": "Pembina Utama Madya",
    "golongan": "IV/d",
    "jabatan": "Sekretaris Daerah",
    "instansi": INSTANSI,
}
BUPATI = {"nama": "H. Rusdi Hamzah, S.E., M.M.", "jabatan": f"Bupati {KABUPATEN}", "instansi": INSTANSI}

ASPEK = {"kn": "kuantitas", "kl": "kualitas", "wk": "waktu", "bi": "biaya"}
PERSPEKTIF = {"pl": "penerima-layanan", "pb": "proses-bisnis", "pi": "penguatan-internal", "ag": "anggaran"}


# --------------------------------------------------------------------------
# Small constructors for the hand-written content
# --------------------------------------------------------------------------


def R(link: int | str, rhk: str, *indikator: tuple[Any, ...]) -> dict[str, Any]:
    """One RHK. ``link``: number of the penilai's RHK it intervenes, or the
    intervened text (heads of OPD), or "" for none (tambahan)."""
    return {"link": link, "rhk": rhk, "indikator": list(indikator)}


def I(aspek: str, iki: str, target: float, satuan: str, **opts: Any) -> tuple[Any, ...]:  # noqa: E743
    """A quantitative indicator. opts: kind (count|level|cum|month), sched
    (cumulative share of the target expected per triwulan), series (the five
    realisasi written out: triwulan-1..4, akhir)."""
    return ("n", aspek, iki, target, satuan, opts)


def Q(aspek: str, ukuran: str, *tahap: str) -> tuple[Any, ...]:
    """A qualitative indicator with its realisasi per triwulan (4 texts) and
    optionally a fifth text for the annual evaluation."""
    return ("q", aspek, ukuran, list(tahap))


def P(
    key: str,
    nama: str,
    sex: int,
    lahir: str,
    masuk: str,
    urut: int,
    golongan: str,
    jabatan: str,
    jenis: str,
    atasan: str | None,
    trajectory: str,
    rhk: list[dict[str, Any]],
    tambahan: list[dict[str, Any]] | None = None,
    *,
    unit: str | None = None,
    jenjang: str | None = None,
    status: str = "pns",
    pendekatan: str = "kuantitatif",
    ekspektasi: bool = True,
) -> dict[str, Any]:
    """One pegawai. ``masuk``: TMT CPNS yyyymm (PNS) or first PPPK year yyyy.
    ``trajectory``: predikat per periode (triwulan-1..4, akhir) as letters
    S = sangat baik, B = baik, P = butuh perbaikan, K = kurang."""
    # NI PPPK: birth date, year of appointment, "21", sex, number; NIP: birth date, TMT CPNS, sex, number.
    nip = f"{lahir}{masuk}21{sex}{urut:03d}" if status == "pppk" else f"{lahir}{masuk}{sex}{urut:03d}"
    return {
        "key": key,
        "nama": nama,
        "sex": sex,
        "nip": nip,
        "status": status,
        "golongan": golongan,
        "jabatan": jabatan,
        "jenis": jenis,
        "jenjang": jenjang,
        "unit": unit,
        "atasan": atasan,
        "trajectory": trajectory,
        "pendekatan": pendekatan,
        "rhk": rhk,
        "tambahan": tambahan or [],
        "ekspektasi": ekspektasi,
    }


# --------------------------------------------------------------------------
# Dinas Komunikasi dan Informatika
# --------------------------------------------------------------------------
# The tables below are laid out by hand for reading; the formatter leaves them alone.
# fmt: off

SS_DISKOMINFO = "Sasaran strategis Perjanjian Kinerja 2024: "

# Figures reported by more than one pegawai (triwulan I-IV, akhir) are written once.
ANGGARAN_DISKOMINFO = [18.6, 41.2, 68.9, 96.3, 96.3]
ANGGARAN_BKPSDM = [19.4, 44.7, 71.2, 96.1, 97.3]
JP_ASN = [21, 46, 71, 84, 86]

DISKOMINFO_UNITS = [
    ("sekretariat", "Sekretariat", None),
    ("umum-kepegawaian", "Subbagian Umum dan Kepegawaian", "sekretariat"),
    ("perencanaan-keuangan", "Subbagian Perencanaan dan Keuangan", "sekretariat"),
    ("aptika", "Bidang Aplikasi Informatika", None),
    ("layanan-egov", "Seksi Layanan E-Government", "aptika"),
    ("pengembangan-aplikasi", "Seksi Pengembangan dan Integrasi Aplikasi", "aptika"),
    ("infrastruktur", "Bidang Infrastruktur TIK, Persandian dan Statistik", None),
    ("jaringan", "Seksi Infrastruktur dan Teknologi", "infrastruktur"),
    ("persandian", "Seksi Persandian dan Keamanan Informasi", "infrastruktur"),
    ("statistik", "Seksi Statistik Sektoral", "infrastruktur"),
    ("ikp", "Bidang Informasi dan Komunikasi Publik", None),
    ("informasi-publik", "Seksi Pengelolaan dan Layanan Informasi Publik", "ikp"),
    ("kemitraan-media", "Seksi Kemitraan Komunikasi Publik dan Media", "ikp"),
]

WAKTU = "Waktu pelaksanaan kegiatan sesuai jadwal"

DISKOMINFO = [
    P("kadis", "Ir. Hendra Gunawan, M.T.", 1, "19720315", "199803", 1, "IV/c",
      "Kepala Dinas Komunikasi dan Informatika", "jpt-pratama", None, "BBBBB",
      [
          R(SS_DISKOMINFO + "Meningkatnya kualitas penyelenggaraan Sistem Pemerintahan Berbasis Elektronik (SPBE)",
            f"Meningkatnya kualitas penyelenggaraan Sistem Pemerintahan Berbasis Elektronik (SPBE) Kabupaten {KABUPATEN}",
            I("pl", f"Indeks SPBE Kabupaten {KABUPATEN}", 3.1, "Indeks", series=[2.87, 2.87, 2.87, 3.12, 3.12]),
            I("pb", "Persentase perangkat daerah yang menggunakan aplikasi naskah dinas elektronik SRIKANDI", 100, "%",
              series=[62, 78, 91, 100, 100])),
          R(SS_DISKOMINFO + "Meningkatnya keterbukaan informasi publik dan kualitas komunikasi publik",
            f"Meningkatnya keterbukaan informasi publik dan kualitas komunikasi publik Pemerintah Kabupaten {KABUPATEN}",
            I("pl", "Nilai monitoring dan evaluasi keterbukaan informasi badan publik oleh Komisi Informasi Provinsi",
              85, "Nilai", series=[78.4, 78.4, 78.4, 86.2, 86.2]),
            I("pb", "Persentase permohonan informasi publik yang diselesaikan sesuai batas waktu UU 14/2008", 100, "%",
              series=[100, 100, 100, 100, 100])),
          R(SS_DISKOMINFO + "Meningkatnya kualitas data statistik sektoral dan keamanan informasi",
            "Meningkatnya ketersediaan data statistik sektoral dan keamanan informasi pemerintah daerah",
            I("pl", f"Persentase perangkat daerah yang menyampaikan data statistik sektoral ke portal Satu Data {KABUPATEN}",
              90, "%", series=[45, 68, 82, 93, 93]),
            I("pb", f"Skor Indeks KAMI Pemerintah Kabupaten {KABUPATEN}", 400, "Poin",
              series=[352, 352, 371, 408, 408])),
          R(SS_DISKOMINFO + "Meningkatnya akuntabilitas kinerja perangkat daerah",
            "Meningkatnya akuntabilitas kinerja dan kualitas tata kelola Dinas Komunikasi dan Informatika",
            I("pi", "Nilai SAKIP Dinas Komunikasi dan Informatika", 70, "Nilai", series=[67.25, 67.25, 67.25, 71.4, 71.4]),
            I("ag", "Persentase realisasi anggaran Dinas Komunikasi dan Informatika", 95, "%",
              series=ANGGARAN_DISKOMINFO)),
      ],
      [
          R("Penugasan dari Bupati",
            f"Terselenggaranya {KABUPATEN} Smart City Expo 2024 dalam rangka Hari Jadi Kabupaten",
            I("pl", "Jumlah inovasi digital perangkat daerah yang dipamerkan", 20, "Inovasi", series=[0, 0, 24, 24, 24])),
      ]),

    # ---- Sekretariat -------------------------------------------------------
    P("sekdis", "Hj. Nurhayati, S.E., M.M.", 2, "19740822", "200003", 3, "IV/b",
      "Sekretaris Dinas Komunikasi dan Informatika", "administrator", "kadis", "BBSSS",
      [
          R(4, "Tersusunnya dokumen perencanaan dan pelaporan kinerja Dinas yang berkualitas",
            I("kn", "Jumlah dokumen perencanaan dan pelaporan kinerja yang disusun (Renja, RKA, PK, LKjIP dan IKU)", 5, "Dokumen"),
            I("kl", "Persentase dokumen perencanaan dan pelaporan yang diterima Bappeda tanpa revisi substansi", 90, "%"),
            I("wk", "Waktu penyampaian dokumen sesuai kalender perencanaan daerah", 12, "Bulan")),
          R(4, "Terwujudnya pengelolaan keuangan Dinas yang tertib dan akuntabel",
            I("kn", "Jumlah laporan keuangan yang disusun (bulanan, semesteran dan tahunan)", 14, "Laporan"),
            I("bi", "Persentase realisasi anggaran Dinas", 95, "%", series=ANGGARAN_DISKOMINFO),
            I("wk", "Waktu penyampaian laporan keuangan ke BPKAD", 12, "Bulan")),
          R(4, "Terselenggaranya pelayanan administrasi umum, kepegawaian dan Sarana & Prasarana Dinas",
            I("kn", "Jumlah layanan administrasi umum dan kepegawaian yang diselesaikan", 480, "Layanan"),
            I("kl", "Persentase usulan layanan kepegawaian (kenaikan pangkat, KGB, cuti) yang diproses tepat waktu", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ],
      [
          R("", "Terlaksananya tugas sebagai Sekretaris Tim Pembangunan Zona Integritas Dinas",
            I("kn", "Jumlah laporan kemajuan pembangunan Zona Integritas yang disusun", 4, "Laporan")),
      ], unit="sekretariat"),
    P("kasubbag_umum", "Dedi Kurniawan, S.Sos.", 1, "19810227", "200604", 2, "III/d",
      "Kepala Subbagian Umum dan Kepegawaian", "pengawas", "sekdis", "BBBBB",
      [
          R(3, "Terselenggaranya layanan administrasi kepegawaian pegawai Dinas secara tertib",
            I("kn", "Jumlah usulan layanan kepegawaian (KGB, kenaikan pangkat, cuti, SKP) yang diproses", 120, "Usulan"),
            I("kl", "Persentase data kepegawaian pegawai Dinas di SIASN yang mutakhir", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(3, "Tersedianya layanan ketatausahaan, kearsipan dan rumah tangga Dinas",
            I("kn", "Jumlah surat masuk dan keluar yang diadministrasikan melalui SRIKANDI", 1800, "Surat"),
            I("kl", "Persentase surat masuk yang didisposisi paling lambat 1 hari kerja", 95, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(3, "Terkelolanya barang milik daerah pada Dinas Komunikasi dan Informatika",
            I("kn", "Jumlah laporan barang milik daerah (semesteran dan tahunan) yang disusun", 3, "Laporan", sched=[0, 1 / 3, 1 / 3, 1]),
            I("kl", "Persentase aset yang tercatat dan berlabel kode barang", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="umum-kepegawaian"),
    P("arsiparis", "Siti Aminah, A.Md.", 2, "19900514", "201403", 1, "II/d",
      "Arsiparis Terampil", "fungsional", "kasubbag_umum", "BBBBB",
      [
          R(2, "Tersusunnya daftar arsip aktif dan inaktif Dinas Komunikasi dan Informatika",
            I("kn", "Jumlah berkas arsip yang dideskripsi dan ditata", 600, "Berkas"),
            I("kl", "Persentase berkas yang ditata sesuai klasifikasi arsip", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(2, "Terlaksananya pemindahan arsip inaktif ke Dinas Perpustakaan dan Kearsipan",
            I("kn", "Jumlah boks arsip inaktif yang dipindahkan beserta berita acara", 40, "Boks", sched=[0, 0.5, 1, 1]),
            I("kl", "Persentase arsip inaktif yang dipindahkan dilengkapi daftar arsip", 100, "%"),
            I("wk", "Waktu penyelesaian pemindahan arsip inaktif", 9, "Bulan")),
      ], unit="umum-kepegawaian", jenjang="terampil"),
    P("pengadm", "Ahmad Fauzi", 1, "19920803", "201403", 2, "II/c",
      "Pengadministrasi Perkantoran", "pelaksana", "kasubbag_umum", "KKBPP",
      [
          R(2, "Terlaksananya pengadministrasian surat masuk dan surat keluar Dinas",
            I("kn", "Jumlah surat masuk dan keluar yang diagendakan", 1800, "Surat"),
            I("kl", "Persentase surat yang diteruskan ke pejabat terkait pada hari yang sama", 95, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(1, "Tersedianya rekapitulasi kehadiran pegawai Dinas setiap bulan",
            I("kn", "Jumlah rekapitulasi kehadiran yang disampaikan", 12, "Laporan"),
            I("kl", "Persentase rekapitulasi yang sesuai data mesin presensi", 100, "%"),
            I("wk", "Waktu penyampaian rekapitulasi kehadiran", 12, "Bulan")),
      ], unit="umum-kepegawaian", ekspektasi=False),
    P("pengurus_barang", "Yuliana Sari, S.E.", 2, "19910727", "202001", 1, "III/b",
      "Pengelola Barang Milik Daerah", "pelaksana", "kasubbag_umum", "PBBBB",
      [
          R(3, "Tersusunnya laporan barang milik daerah Dinas yang akurat",
            I("kn", "Jumlah laporan barang pengguna semesteran dan tahunan", 3, "Laporan", sched=[0, 1 / 3, 1 / 3, 1]),
            I("kl", "Persentase hasil rekonsiliasi aset dengan BPKAD yang sesuai", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(3, "Terlaksananya inventarisasi dan pelabelan aset peralatan TIK",
            I("kn", "Jumlah aset peralatan TIK yang diinventarisasi dan dilabel", 350, "Unit", sched=[0.3, 0.6, 1, 1]),
            I("kl", "Persentase aset yang dicatat lengkap dengan kondisi dan lokasinya", 100, "%"),
            I("wk", "Waktu penyelesaian inventarisasi", 9, "Bulan")),
          R(2, "Terpeliharanya kendaraan dinas dan Sarana & Prasarana kantor",
            I("kn", "Jumlah permintaan pemeliharaan sarana kantor yang ditindaklanjuti", 60, "Permintaan"),
            I("kl", "Persentase kendaraan dinas dalam kondisi layak jalan", 90, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="umum-kepegawaian"),
    P("kasubbag_keu", "Sri Wahyuni, S.E.", 2, "19830909", "200812", 1, "III/d",
      "Kepala Subbagian Perencanaan dan Keuangan", "pengawas", "sekdis", "BBSSS",
      [
          R(1, "Tersusunnya dokumen perencanaan Dinas Komunikasi dan Informatika Tahun 2025",
            I("kn", "Jumlah dokumen perencanaan yang disusun (Renja 2025, RKA 2025 dan Perjanjian Kinerja 2025)", 3, "Dokumen",
              sched=[0, 1 / 3, 2 / 3, 1]),
            I("kl", "Persentase kesesuaian program dan kegiatan Renja dengan Renstra Dinas", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(1, "Tersusunnya laporan kinerja Dinas (LKjIP dan laporan capaian triwulanan)",
            I("kn", "Jumlah laporan kinerja yang disusun", 5, "Laporan", sched=[0.4, 0.6, 0.8, 1]),
            I("kl", "Persentase indikator kinerja yang didukung data capaian yang valid", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(2, "Terkelolanya penatausahaan keuangan Dinas yang tertib dan akuntabel",
            I("kn", "Jumlah SPM yang diverifikasi dan diterbitkan", 240, "SPM"),
            I("kl", "Persentase SPJ yang diverifikasi tanpa koreksi BPKAD", 95, "%"),
            I("bi", "Persentase realisasi anggaran Dinas", 95, "%", series=ANGGARAN_DISKOMINFO),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="perencanaan-keuangan"),
    P("bendahara", "Wulan Permatasari, S.E.", 2, "19890116", "201412", 2, "III/b",
      "Bendahara Pengeluaran", "pelaksana", "kasubbag_keu", "BBBBB",
      [
          R(3, "Terlaksananya penatausahaan belanja Dinas yang tertib dan tepat waktu",
            I("kn", "Jumlah SPP dan SPJ belanja yang diproses", 260, "Dokumen"),
            I("kl", "Persentase SPJ fungsional yang disampaikan sebelum tanggal 10 bulan berikutnya", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(3, "Tersampaikannya laporan pertanggungjawaban bendahara dan setoran pajak",
            I("kn", "Jumlah laporan pertanggungjawaban bendahara yang disampaikan", 12, "Laporan"),
            I("kl", "Persentase pajak yang dipungut dan disetor tepat waktu", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="perencanaan-keuangan"),
    P("perencana", "Rahmat Hidayat, S.E., M.Ec.Dev.", 1, "19900905", "202001", 1, "III/b",
      "Perencana Ahli Pertama", "fungsional", "kasubbag_keu", "BBSSS",
      [
          R(1, "Tersusunnya rancangan Renja dan RKA Dinas Tahun 2025 melalui SIPD",
            I("kn", "Jumlah rancangan dokumen perencanaan yang disusun", 2, "Dokumen", sched=[0, 0.5, 1, 1]),
            I("kl", "Persentase sub kegiatan yang sesuai nomenklatur dan kode rekening terbaru", 100, "%"),
            I("wk", "Waktu penyusunan rancangan dokumen", 9, "Bulan")),
          R(2, "Tersedianya data capaian indikator kinerja Dinas secara triwulanan",
            I("kn", "Jumlah laporan monitoring capaian kinerja triwulanan", 4, "Laporan"),
            I("kl", "Persentase indikator kinerja yang dilengkapi bukti dukung", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(2, "Tersusunnya LKjIP Dinas Komunikasi dan Informatika Tahun 2023",
            I("kn", "Jumlah LKjIP yang disusun", 1, "Dokumen", sched=[1, 1, 1, 1]),
            I("kl", "Persentase rekomendasi evaluasi SAKIP tahun lalu yang ditindaklanjuti dalam LKjIP", 100, "%"),
            I("wk", "Waktu penyusunan LKjIP", 3, "Bulan")),
      ], unit="perencanaan-keuangan", jenjang="ahli-pertama"),
    P("pengadm_keu", "Novi Rahmawati, A.Md.Ak.", 2, "19951111", "201903", 1, "II/d",
      "Pengadministrasi Keuangan", "pelaksana", "kasubbag_keu", "BBBBB",
      [
          R(3, "Terverifikasinya kelengkapan dokumen SPJ kegiatan",
            I("kn", "Jumlah berkas SPJ yang diverifikasi kelengkapannya", 300, "Berkas"),
            I("kl", "Persentase berkas SPJ yang lengkap saat diajukan ke bendahara", 95, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(3, "Tersedianya arsip dokumen keuangan Dinas yang tertata",
            I("kn", "Jumlah dokumen keuangan yang diarsipkan dan dipindai", 1200, "Dokumen"),
            I("kl", "Persentase dokumen keuangan yang dapat ditemukan kembali < 5 menit", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="perencanaan-keuangan"),

    # ---- Bidang Aplikasi Informatika --------------------------------------
    P("kabid_aptika", "Yudi Prasetyo, S.Kom., M.T.", 1, "19791210", "200501", 3, "IV/a",
      "Kepala Bidang Aplikasi Informatika", "administrator", "kadis", "SSSSS",
      [
          R(1, "Meningkatnya layanan publik dan administrasi pemerintahan berbasis elektronik yang terintegrasi",
            I("kn", "Jumlah layanan publik yang terintegrasi dalam aplikasi super Jernih Satu", 15, "Layanan"),
            I("kl", "Persentase layanan terintegrasi yang berfungsi tanpa gangguan berarti", 95, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(1, "Terwujudnya tata kelola SPBE sesuai Peraturan Presiden Nomor 95 Tahun 2018",
            I("kn", "Jumlah dokumen tata kelola SPBE yang ditetapkan (Arsitektur SPBE, Peta Rencana SPBE, Manajemen Data)", 3, "Dokumen",
              sched=[0, 1 / 3, 2 / 3, 1]),
            I("kl", "Persentase indikator evaluasi SPBE yang dilengkapi bukti dukung", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(1, "Meningkatnya penggunaan aplikasi umum berbagi pakai oleh perangkat daerah",
            I("kn", "Jumlah perangkat daerah yang menggunakan SRIKANDI untuk naskah dinas", 42, "Perangkat Daerah",
              sched=[0.6, 0.78, 0.9, 1]),
            I("kl", "Persentase pengguna yang telah mendapatkan bimbingan teknis", 90, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ],
      [
          R("", f"Terlaksananya kurasi inovasi digital pada {KABUPATEN} Smart City Expo 2024",
            I("kn", "Jumlah inovasi digital perangkat daerah yang dikurasi", 20, "Inovasi", sched=[0, 0, 1, 1])),
      ], unit="aptika"),
    P("prakom_am", "Andi Saputra, S.Kom., M.Kom.", 1, "19840303", "200901", 1, "III/d",
      "Pranata Komputer Ahli Muda", "fungsional", "kabid_aptika", "SSSSS",
      [
          R(2, f"Tersusunnya Arsitektur SPBE dan Peta Rencana SPBE Kabupaten {KABUPATEN} 2024–2026",
            I("kn", "Jumlah dokumen arsitektur dan peta rencana SPBE yang disusun", 2, "Dokumen", sched=[0, 0.5, 1, 1]),
            I("kl", "Persentase domain arsitektur (proses bisnis, data, aplikasi, infrastruktur, keamanan, layanan) yang terpetakan",
              100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(2, "Terlaksananya evaluasi mandiri SPBE Kabupaten",
            I("kn", "Jumlah indikator evaluasi SPBE yang diisi beserta bukti dukung", 47, "Indikator", sched=[0.5, 1, 1, 1]),
            I("kl", "Persentase bukti dukung yang diverifikasi oleh Tim Koordinasi SPBE", 100, "%"),
            I("wk", "Waktu penyelesaian evaluasi mandiri", 6, "Bulan")),
          R(1, "Terkelolanya interoperabilitas data antaraplikasi melalui Sistem Penghubung Layanan Pemerintah (SPLP)",
            I("kn", "Jumlah layanan API yang terdaftar di SPLP", 10, "API"),
            I("kl", "Persentase layanan API yang terdokumentasi dan memiliki kunci akses", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ],
      [
          R("", "Terlaksananya pembinaan teknis bagi Pranata Komputer Ahli Pertama dan Terampil",
            I("kn", "Jumlah sesi coaching clinic yang difasilitasi", 6, "Kegiatan")),
      ], unit="aptika", jenjang="ahli-muda"),
    P("kasi_egov", "Rina Marlina, S.Kom.", 2, "19870312", "201001", 4, "III/c",
      "Kepala Seksi Layanan E-Government", "pengawas", "kabid_aptika", "SSSSS",
      [
          R(1, "Terselenggaranya layanan e-government yang terintegrasi",
            I("kn", "Jumlah layanan publik yang terintegrasi dalam aplikasi Jernih Satu", 12, "Layanan"),
            I("kl", "Persentase layanan terintegrasi yang lolos uji fungsi sebelum dirilis", 100, "%"),
            I("wk", "Waktu penyelesaian integrasi layanan", 12, "Bulan")),
          R(3, "Terlaksananya pendampingan penggunaan SRIKANDI bagi perangkat daerah",
            I("kn", "Jumlah perangkat daerah yang mendapatkan bimbingan teknis SRIKANDI", 42, "Perangkat Daerah",
              sched=[0.4, 0.75, 0.95, 1]),
            I("kl", "Persentase peserta bimtek yang mampu membuat naskah dinas elektronik", 90, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(1, "Tertanganinya permintaan dukungan teknis aplikasi dari pengguna (helpdesk)",
            I("kn", "Jumlah tiket helpdesk aplikasi yang diselesaikan", 600, "Tiket"),
            I("kl", "Persentase tiket yang diselesaikan < 2 hari kerja", 90, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="layanan-egov"),
    P("prakom_pppk", "Riko Firmansyah, S.Kom.", 1, "19930625", "2022", 1, "IX",
      "Pranata Komputer Ahli Pertama", "fungsional", "kasi_egov", "BBSSS",
      [
          R(1, "Terintegrasinya layanan perizinan dan kependudukan ke aplikasi Jernih Satu",
            I("kn", "Jumlah modul layanan yang diintegrasikan melalui API", 6, "Modul"),
            I("kl", "Persentase modul yang lolos pengujian penerimaan pengguna (UAT)", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(3, "Terselesaikannya permintaan dukungan teknis aplikasi tingkat lanjut",
            I("kn", "Jumlah tiket eskalasi yang diselesaikan", 150, "Tiket"),
            I("kl", "Persentase tiket eskalasi yang selesai tanpa dibuka kembali", 95, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ],
      [
          R("", "Terlaksananya tugas sebagai narasumber kelas digital bagi operator kecamatan",
            I("kn", "Jumlah kelas digital yang diisi sebagai narasumber", 4, "Kegiatan")),
      ], unit="layanan-egov", jenjang="ahli-pertama", status="pppk"),
    P("pelaksana_egov", "Citra Kirana, S.Kom.", 2, "19960214", "202206", 1, "III/a",
      "Penata Kelola Sistem dan Teknologi Informasi", "pelaksana", "kasi_egov", "PPBBB",
      [
          R(3, "Tertanganinya tiket helpdesk aplikasi tingkat pertama",
            I("kn", "Jumlah tiket helpdesk tingkat pertama yang ditangani", 450, "Tiket"),
            I("kl", "Persentase tiket yang ditangani atau dieskalasi pada hari yang sama", 95, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(2, "Terlaksananya administrasi bimbingan teknis SRIKANDI",
            I("kn", "Jumlah kegiatan bimtek yang diadministrasikan", 8, "Kegiatan"),
            I("kl", "Persentase akun pengguna SRIKANDI yang aktif setelah bimtek", 90, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="layanan-egov"),
    P("kasi_aplikasi", "Fajar Nugroho, S.T., M.Kom.", 1, "19850618", "200903", 1, "III/d",
      "Kepala Seksi Pengembangan dan Integrasi Aplikasi", "pengawas", "kabid_aptika", "BBBBB",
      [
          R(2, "Tersusunnya dokumen tata kelola aplikasi SPBE",
            I("kn", "Jumlah dokumen tata kelola aplikasi (standar pengembangan dan katalog aplikasi) yang disusun", 2, "Dokumen",
              sched=[0, 0.5, 0.5, 1]),
            I("kl", "Persentase dokumen yang telah direviu Tim Koordinasi SPBE", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(1, "Tersedianya aplikasi khusus yang dikembangkan sesuai kebutuhan perangkat daerah",
            I("kn", "Jumlah aplikasi khusus yang dikembangkan atau dimutakhirkan", 5, "Aplikasi"),
            I("kl", "Persentase aplikasi yang lolos uji keamanan (penetration test) sebelum dirilis", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(2, "Terlaksananya pendataan dan rasionalisasi aplikasi perangkat daerah",
            I("kn", "Jumlah aplikasi perangkat daerah yang terdata dalam katalog aplikasi SPBE", 120, "Aplikasi"),
            I("kl", "Persentase data aplikasi yang lengkap metadatanya", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="pengembangan-aplikasi"),
    P("prakom_ap", "Dimas Aryo Wibowo, S.T.", 1, "19940819", "201903", 3, "III/b",
      "Pranata Komputer Ahli Pertama", "fungsional", "kasi_aplikasi", "BBPBB",
      [
          R(2, "Terbangunnya aplikasi pelayanan publik berbasis web sesuai spesifikasi kebutuhan",
            I("kn", "Jumlah aplikasi yang dibangun atau dimutakhirkan", 3, "Aplikasi"),
            I("kl", "Persentase kebutuhan fungsional yang terpenuhi berdasarkan hasil UAT", 95, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(1, "Tersusunnya standar pengembangan aplikasi dan pedoman penggunaan repositori kode",
            I("kn", "Jumlah dokumen standar dan pedoman yang disusun", 2, "Dokumen", sched=[0, 0.5, 1, 1]),
            I("kl", "Persentase masukan Tim Koordinasi SPBE yang ditindaklanjuti", 100, "%"),
            I("wk", "Waktu penyusunan standar dan pedoman", 9, "Bulan")),
          R(3, "Termutakhirkannya katalog aplikasi SPBE Kabupaten",
            I("kn", "Jumlah entri katalog aplikasi yang diverifikasi", 120, "Aplikasi"),
            I("kl", "Persentase entri katalog yang sesuai kondisi aplikasi di lapangan", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="pengembangan-aplikasi", jenjang="ahli-pertama"),
    P("prakom_terampil_pppk", "Nanda Pratiwi, A.Md.Kom.", 2, "19970408", "2023", 1, "VII",
      "Pranata Komputer Terampil", "fungsional", "kasi_aplikasi", "PPPBB",
      [
          R(2, "Terlaksananya pengujian dan pemeliharaan aplikasi khusus",
            I("kn", "Jumlah skenario uji aplikasi yang dilaksanakan", 80, "Skenario"),
            I("kl", "Persentase bug kritis yang dilaporkan dan ditindaklanjuti", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(3, "Terinputnya data aplikasi perangkat daerah ke katalog aplikasi SPBE",
            I("kn", "Jumlah data aplikasi yang diinput ke katalog", 120, "Aplikasi"),
            I("kl", "Persentase data yang diinput sesuai formulir pendataan", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="pengembangan-aplikasi", jenjang="terampil", status="pppk"),

    # ---- Bidang Infrastruktur TIK, Persandian dan Statistik ---------------
    P("kabid_infra", "Agus Salim, S.T., M.Kom.", 1, "19770504", "200312", 1, "IV/a",
      "Kepala Bidang Infrastruktur TIK, Persandian dan Statistik", "administrator", "kadis", "BBBBB",
      [
          R(1, "Tersedianya infrastruktur jaringan intra pemerintah dan pusat data yang andal",
            I("kn", "Jumlah kantor perangkat daerah dan kecamatan yang terhubung jaringan intra pemerintah", 58, "Lokasi",
              sched=[0.86, 0.9, 0.95, 1]),
            I("kl", "Persentase ketersediaan (uptime) layanan pusat data daerah", 99, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(3, "Meningkatnya keamanan informasi dan pemanfaatan persandian di lingkungan Pemerintah Kabupaten",
            I("kn", "Jumlah pejabat dan pegawai yang menggunakan sertifikat elektronik untuk TTE", 900, "Orang",
              sched=[0.7, 0.8, 0.9, 1]),
            I("kl", f"Persentase insiden siber yang ditangani tuntas oleh {KABUPATEN.replace(' ', '')}-CSIRT", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(3, "Tersedianya data statistik sektoral yang mutakhir dan terpublikasi di portal Satu Data",
            I("kn", "Jumlah dataset statistik sektoral yang terpublikasi", 350, "Dataset"),
            I("kl", "Persentase dataset yang memenuhi prinsip Satu Data Indonesia (standar data, metadata, kode referensi)", 85, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ],
      [
          R("", f"Terlaksananya dukungan jaringan dan siaran langsung pada {KABUPATEN} Smart City Expo 2024",
            I("kn", "Jumlah hari layanan jaringan internet di lokasi expo", 3, "Hari", sched=[0, 0, 1, 1])),
      ], unit="infrastruktur"),
    P("kasi_jaringan", "Bayu Aditya, S.Kom.", 1, "19861002", "201101", 2, "III/c",
      "Kepala Seksi Infrastruktur dan Teknologi", "pengawas", "kabid_infra", "PBBBB",
      [
          R(1, "Terbangunnya perluasan jaringan intra pemerintah ke kantor kecamatan",
            I("kn", "Jumlah titik jaringan intra pemerintah baru yang dibangun", 8, "Lokasi", sched=[0, 0.25, 0.75, 1]),
            I("kl", "Persentase titik baru yang lolos uji konektivitas (bandwidth minimal 20 Mbps)", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(1, "Terpeliharanya pusat data daerah dan jaringan intra pemerintah",
            I("kn", "Jumlah kegiatan pemeliharaan preventif perangkat jaringan dan server", 24, "Kegiatan"),
            I("kl", "Persentase gangguan jaringan yang tertangani < 24 jam", 95, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(1, "Tersedianya layanan hosting, subdomain dan surel resmi bagi perangkat daerah",
            I("kn", "Jumlah permohonan subdomain, hosting dan akun surel yang dilayani", 180, "Layanan"),
            I("kl", "Persentase permohonan yang diselesaikan paling lama 3 hari kerja", 95, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="jaringan"),
    P("prakom_terampil", "Hendri Wijaya, A.Md.", 1, "19891030", "201803", 1, "II/d",
      "Pranata Komputer Terampil", "fungsional", "kasi_jaringan", "BBBBB",
      [
          R(2, "Terlaksananya pemeliharaan perangkat jaringan di kantor perangkat daerah",
            I("kn", "Jumlah kunjungan pemeliharaan perangkat jaringan", 48, "Kunjungan"),
            I("kl", "Persentase perangkat yang berfungsi normal setelah pemeliharaan", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(1, "Terpasangnya perangkat jaringan pada titik jaringan intra pemerintah baru",
            I("kn", "Jumlah titik yang terpasang perangkat jaringannya", 8, "Lokasi", sched=[0, 0.25, 0.75, 1]),
            I("kl", "Persentase pemasangan yang didokumentasikan dalam berita acara", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(3, "Terlayaninya pembuatan akun surel dinas dan subdomain",
            I("kn", "Jumlah akun surel dan subdomain yang dibuat", 150, "Layanan"),
            I("kl", "Persentase akun surel yang aktif digunakan", 80, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="jaringan", jenjang="terampil"),
    P("operator_noc", "Rudi Hartono", 1, "19881205", "200901", 2, "II/d",
      "Operator Layanan Operasional", "pelaksana", "kasi_jaringan", "BPPBP",
      [
          R(2, "Terpantaunya kondisi jaringan dan server melalui Network Operation Center (NOC)",
            I("kn", "Jumlah rekap bulanan pemantauan harian NOC", 12, "Laporan"),
            I("kl", "Persentase gangguan yang dilaporkan ke teknisi < 30 menit sejak terdeteksi", 95, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(2, "Terdokumentasinya tiket gangguan jaringan dari perangkat daerah",
            I("kn", "Jumlah tiket gangguan yang dicatat dan ditutup", 240, "Tiket"),
            I("kl", "Persentase tiket yang dilengkapi penyebab dan tindakan perbaikan", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="jaringan"),
    P("kasi_sandi", "Eko Purwanto, S.T.", 1, "19820125", "200902", 1, "III/d",
      "Kepala Seksi Persandian dan Keamanan Informasi", "pengawas", "kabid_infra", "BBBBB",
      [
          R(2, "Meningkatnya pemanfaatan sertifikat elektronik untuk tanda tangan elektronik (TTE)",
            I("kn", "Jumlah sertifikat elektronik yang diterbitkan melalui BSrE", 300, "Sertifikat"),
            I("kl", "Persentase perangkat daerah yang menerapkan TTE pada > 50% naskah dinasnya", 90, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(2, f"Terselenggaranya penanganan insiden keamanan informasi oleh {KABUPATEN.replace(' ', '')}-CSIRT",
            I("kn", "Jumlah laporan penanganan insiden dan pemantauan keamanan situs yang disusun", 12, "Laporan"),
            I("kl", "Persentase insiden yang tertangani tuntas", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(2, "Tersusunnya hasil penilaian mandiri Indeks KAMI dan rekomendasi perbaikannya",
            I("kn", "Jumlah dokumen hasil penilaian mandiri Indeks KAMI", 1, "Dokumen", sched=[0, 1, 1, 1]),
            I("kl", "Persentase rekomendasi hasil penilaian yang ditindaklanjuti", 80, "%", kind="cum",
              sched=[0, 0.3, 0.65, 1]),
            I("wk", "Waktu penyelesaian penilaian mandiri", 6, "Bulan")),
      ],
      [
          R("", "Terlaksananya pengamanan persandian pada rapat dan kegiatan pimpinan daerah",
            I("kn", "Jumlah kegiatan pimpinan yang mendapatkan layanan pengamanan persandian", 6, "Kegiatan")),
      ], unit="persandian"),
    P("sandiman", "Irfan Maulana, S.Kom.", 1, "19920120", "201903", 4, "III/b",
      "Sandiman Ahli Pertama", "fungsional", "kasi_sandi", "BBBSS",
      [
          R(2, "Terlaksananya pemantauan dan penanganan kerentanan situs web pemerintah daerah",
            I("kn", "Jumlah laporan hasil pemindaian kerentanan (vulnerability assessment)", 12, "Laporan"),
            I("kl", "Persentase temuan kerentanan tingkat tinggi yang ditutup", 90, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(3, "Tersusunnya dokumen penilaian mandiri Indeks KAMI",
            I("kn", "Jumlah area Indeks KAMI yang dinilai beserta bukti dukungnya", 7, "Area", sched=[0.43, 1, 1, 1]),
            I("kl", "Persentase pertanyaan yang dilengkapi bukti dukung", 100, "%"),
            I("wk", "Waktu penyelesaian penilaian mandiri", 6, "Bulan")),
          R(1, "Terlaksananya verifikasi permohonan sertifikat elektronik",
            I("kn", "Jumlah permohonan sertifikat elektronik yang diverifikasi", 300, "Permohonan"),
            I("kl", "Persentase permohonan yang diverifikasi paling lama 2 hari kerja", 95, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="persandian", jenjang="ahli-pertama"),
    P("pelaksana_sandi", "Putri Ayu Lestari, S.Kom.", 2, "19980317", "202206", 2, "III/a",
      "Penata Kelola Sistem dan Teknologi Informasi", "pelaksana", "kasi_sandi", "BBBBB",
      [
          R(1, "Terlayaninya pendaftaran dan pembaruan sertifikat elektronik pegawai",
            I("kn", "Jumlah pendaftaran, pembaruan dan pencabutan sertifikat elektronik yang dilayani", 320, "Layanan"),
            I("kl", "Persentase data pemohon yang lengkap dan sesuai SIASN", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(2, "Terdokumentasinya aduan insiden keamanan informasi",
            I("kn", "Jumlah rekap bulanan register aduan siber", 12, "Laporan"),
            I("kl", "Persentase aduan yang tercatat lengkap (waktu, pelapor, jenis insiden)", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="persandian"),
    P("kasi_statistik", "Lestari Handayani, S.Si.", 2, "19880430", "201103", 1, "III/c",
      "Kepala Seksi Statistik Sektoral", "pengawas", "kabid_infra", "BBSSS",
      [
          R(3, f"Tersedianya dataset statistik sektoral perangkat daerah di portal Satu Data {KABUPATEN}",
            I("kn", "Jumlah dataset yang diverifikasi dan dipublikasikan", 350, "Dataset"),
            I("kl", "Persentase dataset yang dilengkapi metadata standar", 90, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(3, f"Tersusunnya buku Statistik Sektoral Kabupaten {KABUPATEN} 2024",
            I("kn", "Jumlah publikasi statistik sektoral yang diterbitkan", 1, "Dokumen", sched=[0, 0, 0, 1]),
            I("kl", "Persentase tabel yang bersumber dari data perangkat daerah yang telah diverifikasi", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(3, "Terlaksananya pembinaan walidata pendukung pada perangkat daerah",
            I("kn", "Jumlah walidata pendukung yang mengikuti pembinaan", 45, "Orang", sched=[0.3, 0.6, 0.9, 1]),
            I("kl", "Persentase perangkat daerah yang memiliki walidata pendukung aktif", 90, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="statistik"),
    P("statistisi", "Anisa Rahma, S.Stat.", 2, "19950602", "202003", 1, "III/b",
      "Statistisi Ahli Pertama", "fungsional", "kasi_statistik", "SSBSS",
      [
          R(1, "Terverifikasinya dataset statistik sektoral sebelum dipublikasikan",
            I("kn", "Jumlah dataset yang diverifikasi", 200, "Dataset"),
            I("kl", "Persentase dataset terverifikasi yang sesuai standar data statistik", 95, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(2, "Tersusunnya tabel dan analisis untuk buku Statistik Sektoral 2024",
            I("kn", "Jumlah tabel statistik yang disusun beserta analisis singkat", 150, "Tabel", sched=[0.1, 0.35, 0.7, 1]),
            I("kl", "Persentase tabel yang lolos pemeriksaan konsistensi", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(3, "Terlaksananya pendampingan rekomendasi kegiatan statistik sektoral (Romantik) perangkat daerah",
            I("kn", "Jumlah kegiatan statistik yang didampingi pengajuan rekomendasinya ke BPS", 12, "Kegiatan"),
            I("kl", "Persentase pengajuan yang memperoleh rekomendasi BPS", 80, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="statistik", jenjang="ahli-pertama"),
    P("pengolah_data", "Bambang Setiawan, S.E.", 1, "19870914", "201001", 3, "III/c",
      "Pengolah Data dan Informasi", "pelaksana", "kasi_statistik", "PPBBB",
      [
          R(1, "Terhimpunnya data sektoral dari perangkat daerah",
            I("kn", "Jumlah dataset yang dihimpun dari walidata pendukung", 350, "Dataset"),
            I("kl", "Persentase dataset yang diterima sesuai format standar", 85, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(3, "Terselenggaranya administrasi Forum Satu Data Kabupaten",
            I("kn", "Jumlah pertemuan Forum Satu Data yang diadministrasikan", 4, "Kegiatan"),
            I("kl", "Persentase notulen dan daftar hadir yang disampaikan < 3 hari setelah pertemuan", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="statistik", ekspektasi=False),

    # ---- Bidang Informasi dan Komunikasi Publik ---------------------------
    P("kabid_ikp", "Dra. Rosmawati, M.Si.", 2, "19701119", "199603", 2, "IV/b",
      "Kepala Bidang Informasi dan Komunikasi Publik", "administrator", "kadis", "BBBBB",
      [
          R(2, "Meningkatnya kualitas layanan informasi publik melalui PPID Utama",
            I("kn", "Jumlah permohonan informasi publik yang dilayani", 200, "Permohonan"),
            I("kl", "Persentase permohonan informasi yang diselesaikan ≤ 10 hari kerja", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(2, "Tersebarluaskannya informasi kebijakan dan program pembangunan daerah kepada masyarakat",
            I("kn", "Jumlah konten informasi publik di situs web, media sosial dan media massa", 1200, "Konten"),
            I("kl", "Persentase konten yang diverifikasi redaksi sebelum tayang", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(2, "Terkelolanya opini publik dan aduan masyarakat melalui SP4N-LAPOR!",
            I("kn", "Jumlah laporan analisis isu publik dan media yang disampaikan kepada pimpinan", 48, "Laporan"),
            I("kl", "Persentase aduan SP4N-LAPOR! yang ditindaklanjuti perangkat daerah terkait", 95, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="ikp"),
    P("prahum_am", "Hj. Fitri Yanti, S.Sos., M.Si.", 2, "19780208", "200312", 4, "III/d",
      "Pranata Hubungan Masyarakat Ahli Muda", "fungsional", "kabid_ikp", "BBSSS",
      [
          R(3, "Tersusunnya analisis isu strategis dan sentimen publik terhadap kebijakan Pemerintah Kabupaten",
            Q("kn", "Laporan analisis isu mingguan tersedia setiap hari Senin dan memuat rekomendasi respons komunikasi "
                    "bagi pimpinan",
              "12 laporan mingguan tersusun tepat waktu; format baru memuat peta sentimen per kanal.",
              "25 laporan mingguan tersusun; satu laporan terlambat sehari karena libur Idulfitri.",
              "38 laporan mingguan tersusun tepat waktu dan mulai dibahas dalam rapat pimpinan setiap Senin.",
              "50 laporan mingguan tersusun tepat waktu sepanjang tahun, dilengkapi ringkasan isu bulanan."),
            Q("kl", "Rekomendasi respons komunikasi dinilai relevan dan dapat ditindaklanjuti oleh Kepala Bidang dan "
                    "Kepala Dinas",
              "Rekomendasi isu banjir di Kecamatan Hulu ditindaklanjuti dengan siaran pers pada hari yang sama.",
              "Sebagian besar rekomendasi ditindaklanjuti; isu tarif air bersih memerlukan koordinasi lintas OPD.",
              "Rekomendasi respons isu Pilkada disusun bersama Bagian Prokopim dan dijadikan pedoman juru bicara.",
              "Sepanjang tahun rekomendasi dijadikan dasar respons pimpinan; tidak ada isu yang terlambat direspons.")),
          R(2, "Terlaksananya strategi komunikasi publik program prioritas daerah",
            Q("kn", "Dokumen strategi komunikasi tersedia dan disepakati perangkat daerah pengampu untuk tiga program "
                    "prioritas:\n- percepatan penurunan stunting\n- aplikasi layanan publik Jernih Satu\n"
                    "- layanan kesehatan gratis berbasis KTP\n",
              "Rancangan strategi komunikasi penurunan stunting selesai dan dibahas bersama Dinas Kesehatan.",
              "Strategi komunikasi stunting dan Jernih Satu disepakati; strategi layanan kesehatan gratis dalam penyusunan.",
              "Ketiga dokumen strategi komunikasi telah disepakati perangkat daerah pengampu.",
              "Ketiga strategi komunikasi dilaksanakan dan dievaluasi bersama perangkat daerah pengampu pada Desember."),
            Q("kl", "Pesan kunci program prioritas tersampaikan secara seragam di kanal resmi Pemerintah Kabupaten "
                    "sepanjang tahun",
              "Pesan kunci stunting digunakan di situs web dan Instagram resmi; kanal OPD belum seragam.",
              "Panduan pesan kunci dibagikan ke admin media sosial OPD; keseragaman mulai terlihat.",
              "Pemantauan September: 31 dari 42 akun resmi OPD menggunakan pesan kunci yang sama.",
              "Pemantauan Desember: 38 dari 42 akun resmi OPD menggunakan pesan kunci program prioritas.")),
          R(2, "Meningkatnya kapasitas pengelola media sosial perangkat daerah",
            Q("kn", "Pengelola media sosial perangkat daerah mengikuti klinik konten dan mampu menerapkan panduan gaya "
                    "bahasa Pemerintah Kabupaten",
              "Panduan gaya bahasa dan templat visual diperbarui; jadwal klinik konten disusun.",
              "Klinik konten angkatan I diikuti 20 pengelola media sosial OPD.",
              "Klinik konten angkatan II diikuti 22 pengelola; seluruh OPD telah terwakili.",
              "Seluruh OPD telah mengikuti klinik konten; 90% unggahan sampel sesuai panduan gaya bahasa."),
            Q("kl", "Konten media sosial perangkat daerah yang melanggar panduan berkurang dibandingkan tahun sebelumnya",
              "Data dasar 2023 dihimpun: 64 konten melanggar panduan.",
              "Semester I tercatat 21 konten melanggar panduan, turun dibanding semester I 2023 (35 konten).",
              "Sampai September tercatat 27 konten melanggar panduan.",
              "Tahun 2024 tercatat 33 konten melanggar panduan, turun 48% dari 64 konten pada 2023.")),
      ], unit="ikp", jenjang="ahli-muda", pendekatan="kualitatif"),
    P("kasi_pip", "Muhammad Rizal, S.I.Kom.", 1, "19840707", "200904", 3, "III/d",
      "Kepala Seksi Pengelolaan dan Layanan Informasi Publik", "pengawas", "kabid_ikp", "BBBBB",
      [
          R(1, "Terlayaninya permohonan informasi publik pada PPID Utama",
            I("kn", "Jumlah permohonan informasi yang diregistrasi dan dilayani", 200, "Permohonan"),
            I("kl", "Persentase permohonan yang diselesaikan ≤ 10 hari kerja", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(1, "Termutakhirkannya Daftar Informasi Publik (DIP) dan informasi berkala di laman PPID",
            I("kn", "Jumlah informasi publik yang dimutakhirkan di laman PPID", 250, "Informasi"),
            I("kl", "Persentase PPID Pelaksana yang memutakhirkan DIP", 90, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(1, "Tersusunnya bahan monitoring dan evaluasi keterbukaan informasi publik Komisi Informasi Provinsi",
            I("kn", "Jumlah dokumen kuesioner penilaian mandiri (SAQ) yang disampaikan", 1, "Dokumen", sched=[0, 1, 1, 1]),
            I("kl", "Persentase pertanyaan kuesioner yang dilengkapi bukti dukung", 100, "%"),
            I("wk", "Waktu penyusunan kuesioner penilaian mandiri", 6, "Bulan")),
      ], unit="informasi-publik"),
    P("penelaah_ppid", "Yusuf Maulana, S.H.", 1, "19910422", "201903", 2, "III/b",
      "Penelaah Teknis Kebijakan", "pelaksana", "kasi_pip", "BBBBB",
      [
          R(1, "Teradministrasinya permohonan dan keberatan informasi publik",
            I("kn", "Jumlah permohonan dan keberatan informasi yang diregistrasi", 210, "Register"),
            I("kl", "Persentase permohonan yang dijawab tertulis sesuai format SOP PPID", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(3, "Tersedianya bukti dukung kuesioner penilaian mandiri keterbukaan informasi",
            I("kn", "Jumlah bukti dukung yang dihimpun dari PPID Pelaksana", 60, "Dokumen", sched=[0.4, 1, 1, 1]),
            I("kl", "Persentase bukti dukung yang sesuai pertanyaan kuesioner", 100, "%"),
            I("wk", "Waktu penghimpunan bukti dukung", 6, "Bulan")),
      ], unit="informasi-publik"),
    P("prahum_ap", "Maya Sari, S.I.Kom.", 2, "19931201", "201903", 3, "III/b",
      "Pranata Hubungan Masyarakat Ahli Pertama", "fungsional", "kasi_pip", "PPBBB",
      [
          R(2, "Tersedianya konten informasi berkala di laman PPID dan situs web resmi",
            I("kn", "Jumlah konten informasi berkala yang disusun dan diunggah", 240, "Konten"),
            I("kl", "Persentase konten yang lolos verifikasi redaksi tanpa revisi", 90, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(1, "Terlaksananya layanan informasi publik melalui meja layanan dan kanal daring PPID",
            I("kn", "Jumlah pemohon dan pengunjung yang dilayani", 400, "Orang"),
            I("kl", "Nilai survei kepuasan layanan informasi publik", 85, "Nilai"),
            I("wk", WAKTU, 12, "Bulan")),
      ],
      [
          R("", "Terlaksananya tugas sebagai admin media sosial Gerakan Literasi Digital Kabupaten",
            I("kn", "Jumlah unggahan kampanye literasi digital", 36, "Konten")),
      ], unit="informasi-publik", jenjang="ahli-pertama"),
    P("kasi_media", "Dewi Anggraini, S.Sos., M.I.Kom.", 2, "19861221", "201003", 2, "III/c",
      "Kepala Seksi Kemitraan Komunikasi Publik dan Media", "pengawas", "kabid_ikp", "SSBBB",
      [
          R(2, "Terjalinnya kemitraan dengan media massa dalam penyebarluasan informasi pembangunan",
            I("kn", "Jumlah publikasi kerja sama dengan media cetak, daring dan radio", 360, "Publikasi"),
            I("kl", "Persentase publikasi yang sesuai naskah perjanjian kerja sama", 100, "%"),
            I("bi", "Persentase realisasi anggaran publikasi kerja sama media", 95, "%", kind="cum"),
            I("wk", WAKTU, 12, "Bulan")),
          R(2, 'Terselenggaranya dialog interaktif "Bupati Menyapa" di Radio Suara Jernih',
            I("kn", "Jumlah episode dialog interaktif yang disiarkan", 24, "Episode"),
            I("kl", "Persentase episode yang juga disiarkan langsung di kanal YouTube resmi", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(3, "Terkelolanya media center dan dokumentasi kegiatan pimpinan daerah",
            I("kn", "Jumlah kegiatan pimpinan yang didokumentasikan dan dipublikasikan", 300, "Kegiatan"),
            I("kl", "Persentase siaran pers yang terbit pada hari yang sama", 90, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="kemitraan-media"),
    P("prahum_pppk", "Galih Pratama, A.Md.", 1, "19941127", "2021", 1, "VII",
      "Pranata Hubungan Masyarakat Terampil", "fungsional", "kasi_media", "BKBBB",
      [
          R(3, "Terdokumentasinya kegiatan pimpinan daerah dalam bentuk foto dan video",
            I("kn", "Jumlah kegiatan yang didokumentasikan", 220, "Kegiatan"),
            I("kl", "Persentase dokumentasi yang diserahkan ke media center pada hari yang sama", 95, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(2, 'Terlaksananya produksi siaran "Bupati Menyapa"',
            I("kn", "Jumlah episode yang diproduksi", 24, "Episode"),
            I("kl", "Persentase episode tanpa gangguan teknis siaran", 95, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="kemitraan-media", jenjang="terampil", status="pppk"),
    P("operator_media", "Tri Wahyudi, A.Md.", 1, "19900609", "201403", 3, "III/a",
      "Operator Layanan Operasional", "pelaksana", "kasi_media", "BBBBK",
      [
          R(3, "Terselenggaranya siaran langsung dan dukungan peralatan media center",
            I("kn", "Jumlah siaran langsung kegiatan pemerintah daerah yang ditayangkan", 48, "Siaran"),
            I("kl", "Persentase siaran yang berjalan tanpa gangguan teknis", 95, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(1, "Terhimpunnya kliping pemberitaan media massa tentang Pemerintah Kabupaten",
            I("kn", "Jumlah kliping berita yang dihimpun", 1500, "Berita"),
            I("kl", "Persentase kliping berita yang diklasifikasikan sentimennya", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="kemitraan-media"),
]


# --------------------------------------------------------------------------
# Badan Kepegawaian dan Pengembangan Sumber Daya Manusia
# --------------------------------------------------------------------------

SS_BKPSDM = "Sasaran strategis Perjanjian Kinerja 2024: "

BKPSDM_UNITS = [
    ("sekretariat", "Sekretariat", None),
    ("umum-keuangan", "Subbagian Umum dan Keuangan", "sekretariat"),
    ("pengadaan-informasi", "Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian", None),
    ("mutasi-promosi", "Bidang Mutasi dan Promosi", None),
    ("kompetensi-kinerja", "Bidang Pengembangan Kompetensi dan Penilaian Kinerja", None),
]

BKPSDM = [
    P("kaban", "Dr. H. Muhammad Ikhsan, S.STP., M.Si.", 1, "19760912", "199810", 1, "IV/c",
      "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "jpt-pratama", None, "BBBBS",
      [
          R(SS_BKPSDM + "Meningkatnya profesionalitas ASN",
            f"Meningkatnya profesionalitas Aparatur Sipil Negara Pemerintah Kabupaten {KABUPATEN}",
            I("pl", f"Indeks Profesionalitas ASN Kabupaten {KABUPATEN}", 72, "Nilai", series=[68.3, 68.3, 68.3, 72.6, 74.1]),
            I("pi", "Persentase ASN yang memenuhi 20 JP pengembangan kompetensi", 80, "%", series=JP_ASN)),
          R(SS_BKPSDM + "Meningkatnya kualitas penerapan sistem merit",
            "Meningkatnya penerapan sistem merit dalam manajemen ASN",
            I("pb", "Nilai penilaian mandiri Indeks Sistem Merit", 325, "Poin", series=[298, 298, 298, 328, 336]),
            I("pb", "Persentase jabatan yang diisi melalui seleksi terbuka atau uji kompetensi", 100, "%",
              series=[100, 100, 100, 100, 100])),
          R(SS_BKPSDM + "Meningkatnya kualitas layanan kepegawaian",
            "Meningkatnya kualitas layanan administrasi kepegawaian berbasis digital",
            I("pl", "Indeks kepuasan ASN terhadap layanan kepegawaian", 85, "Nilai", series=[82.1, 84, 85.7, 87.9, 88.4]),
            I("pb", "Persentase usulan kenaikan pangkat periode April dan Oktober yang ditetapkan tepat waktu", 100, "%",
              series=[100, 100, 100, 100, 100])),
          R(SS_BKPSDM + "Meningkatnya akuntabilitas kinerja perangkat daerah",
            "Meningkatnya akuntabilitas kinerja Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
            I("pi", "Nilai SAKIP BKPSDM", 72, "Nilai", series=[70.15, 70.15, 70.15, 73.2, 74.05]),
            I("ag", "Persentase realisasi anggaran BKPSDM", 95, "%", series=ANGGARAN_BKPSDM)),
      ],
      [
          R("Penugasan dari Bupati",
            f"Terselenggaranya seleksi CPNS dan PPPK Tahun Anggaran 2024 di Kabupaten {KABUPATEN}",
            I("pb", "Jumlah tahapan seleksi yang terlaksana sesuai jadwal nasional", 6, "Tahapan",
              series=[0, 1, 3, 6, 6])),
      ]),
    P("sekban", "Hj. Erna Susanti, S.H., M.H.", 2, "19750416", "200112", 1, "IV/a",
      "Sekretaris Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "administrator", "kaban", "BBSSS",
      [
          R(4, "Tersusunnya dokumen perencanaan dan laporan kinerja BKPSDM",
            I("kn", "Jumlah dokumen perencanaan dan laporan kinerja yang disusun", 5, "Dokumen"),
            I("kl", "Persentase dokumen yang disampaikan tepat waktu ke Bappeda dan Bagian Organisasi", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(4, "Terkelolanya keuangan dan barang milik daerah BKPSDM secara tertib",
            I("kn", "Jumlah laporan keuangan dan barang yang disusun", 16, "Laporan"),
            I("bi", "Persentase realisasi anggaran BKPSDM", 95, "%", series=ANGGARAN_BKPSDM),
            I("wk", WAKTU, 12, "Bulan")),
          R(3, "Terselenggaranya survei kepuasan ASN terhadap layanan kepegawaian",
            I("kn", "Jumlah pelaksanaan survei kepuasan layanan kepegawaian", 2, "Kegiatan", sched=[0, 0.5, 0.5, 1]),
            I("kl", "Persentase rekomendasi hasil survei yang ditindaklanjuti bidang", 80, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="sekretariat"),
    P("kasubbag_umum_b", "Ridwan Syahputra, S.AP.", 1, "19850211", "201001", 2, "III/c",
      "Kepala Subbagian Umum dan Keuangan", "pengawas", "sekban", "BBBBB",
      [
          R(2, "Terkelolanya administrasi umum, keuangan dan barang milik daerah BKPSDM",
            I("kn", "Jumlah SPJ dan laporan barang yang diverifikasi", 220, "Dokumen"),
            I("kl", "Persentase SPJ yang diverifikasi tanpa koreksi", 95, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(3, "Terlaksananya layanan ketatausahaan dan layanan tamu BKPSDM",
            I("kn", "Jumlah naskah dinas yang diadministrasikan melalui SRIKANDI", 2400, "Naskah"),
            I("kl", "Persentase disposisi yang diteruskan pada hari yang sama", 95, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(1, "Tersusunnya laporan capaian kinerja BKPSDM triwulanan",
            I("kn", "Jumlah laporan capaian kinerja triwulanan", 4, "Laporan"),
            I("kl", "Persentase capaian indikator yang dilengkapi bukti dukung", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="umum-keuangan"),
    P("pengadm_b", "Rini Oktaviani", 2, "19931005", "201403", 1, "II/c",
      "Pengadministrasi Perkantoran", "pelaksana", "kasubbag_umum_b", "PPBPP",
      [
          R(2, "Teradministrasinya naskah dinas masuk dan keluar BKPSDM",
            I("kn", "Jumlah naskah dinas yang diagendakan di SRIKANDI", 2400, "Naskah"),
            I("kl", "Persentase naskah dinas yang diagendakan pada hari diterima", 95, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(2, "Terlayaninya tamu dan konsultasi kepegawaian di meja layanan",
            I("kn", "Jumlah tamu yang dicatat dalam buku tamu digital", 1800, "Orang"),
            I("kl", "Persentase tamu yang diarahkan ke bidang terkait < 15 menit", 95, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="umum-keuangan"),
    P("kabid_ppi", "Teguh Santoso, S.Kom., M.M.", 1, "19800723", "200501", 2, "IV/a",
      "Kepala Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian", "administrator", "kaban", "SSSSS",
      [
          R(2, "Tersusunnya analisis kebutuhan dan usulan formasi ASN Tahun 2024",
            I("kn", "Jumlah dokumen usulan kebutuhan ASN (anjab, ABK dan usulan formasi)", 3, "Dokumen", sched=[1 / 3, 1, 1, 1]),
            I("kl", "Persentase usulan formasi yang ditetapkan KemenPANRB", 80, "%", kind="cum", sched=[0, 0, 1, 1]),
            I("wk", "Waktu penyusunan usulan kebutuhan ASN", 6, "Bulan")),
          R(3, "Termutakhirkannya data ASN pada SIASN",
            I("kn", "Jumlah ASN yang datanya dimutakhirkan (DRH, riwayat jabatan, pendidikan)", 4800, "Orang"),
            I("kl", "Persentase data ASN yang valid hasil pemadanan dengan data kependudukan", 98, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(3, "Terlayaninya usulan pensiun dan pemberhentian ASN tepat waktu",
            I("kn", "Jumlah usulan pensiun BUP dan pemberhentian yang diproses", 180, "Usulan"),
            I("kl", "Persentase SK pensiun yang terbit sebelum TMT pensiun", 95, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ],
      [
          R("", "Terlaksananya tugas sebagai Sekretaris Panitia Seleksi Daerah CASN 2024",
            I("kn", "Jumlah tahapan seleksi yang diadministrasikan", 6, "Tahapan", sched=[0, 1 / 6, 0.5, 1])),
      ], unit="pengadaan-informasi"),
    P("analis_pppk", "Dian Puspita Sari, S.Psi.", 2, "19920329", "2023", 1, "IX",
      "Analis Sumber Daya Manusia Aparatur Ahli Pertama", "fungsional", "kabid_ppi", "BBPBS",
      [
          R(1, "Tersusunnya analisis jabatan dan analisis beban kerja perangkat daerah",
            I("kn", "Jumlah perangkat daerah yang tersusun anjab dan ABK-nya", 42, "Perangkat Daerah", sched=[0.5, 1, 1, 1]),
            I("kl", "Persentase peta jabatan yang sesuai nomenklatur jabatan terbaru", 100, "%"),
            I("wk", "Waktu penyusunan anjab dan ABK", 6, "Bulan")),
          R(2, "Terverifikasinya usulan pemutakhiran data mandiri ASN di SIASN",
            I("kn", "Jumlah usulan pemutakhiran data yang diverifikasi", 1500, "Usulan"),
            I("kl", "Persentase usulan yang diverifikasi paling lama 3 hari kerja", 90, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="pengadaan-informasi", jenjang="ahli-pertama", status="pppk"),
    P("kabid_mutasi", "Drs. Suparman, M.Si.", 1, "19690520", "199503", 3, "IV/b",
      "Kepala Bidang Mutasi dan Promosi", "administrator", "kaban", "BBBBB",
      [
          R(3, "Terselenggaranya layanan kenaikan pangkat ASN secara tepat waktu",
            I("kn", "Jumlah usulan kenaikan pangkat periode April dan Oktober yang diproses", 620, "Usulan",
              sched=[0.45, 0.5, 0.95, 1]),
            I("kl", "Persentase usulan kenaikan pangkat yang ditetapkan tepat waktu", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(2, "Terlaksananya mutasi dan promosi jabatan berdasarkan sistem merit",
            I("kn", "Jumlah jabatan yang diisi melalui seleksi terbuka, uji kompetensi atau talent pool", 35, "Jabatan"),
            I("kl", "Persentase pengisian jabatan yang memenuhi standar kompetensi jabatan", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(2, "Tersusunnya manajemen talenta ASN Pemerintah Kabupaten",
            I("kn", "Jumlah dokumen manajemen talenta (profil talenta dan rencana suksesi)", 2, "Dokumen", sched=[0, 0.5, 0.5, 1]),
            I("kl", "Persentase pejabat pimpinan tinggi dan administrator yang dipetakan dalam kotak talenta", 90, "%",
              kind="cum", sched=[0.2, 0.5, 0.8, 1]),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="mutasi-promosi"),
    P("analis_kp", "Rahayu Ningsih, S.Sos.", 2, "19831103", "200812", 2, "III/d",
      "Analis Sumber Daya Manusia Aparatur Ahli Muda", "fungsional", "kabid_mutasi", "SSSSS",
      [
          R(1, "Terverifikasinya berkas usulan kenaikan pangkat reguler dan pilihan",
            I("kn", "Jumlah berkas usulan kenaikan pangkat yang diverifikasi", 620, "Usulan", sched=[0.45, 0.5, 0.95, 1]),
            I("kl", "Persentase usulan yang disetujui BKN tanpa status berkas tidak sesuai (BTS)", 95, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(3, "Tersusunnya profil talenta pejabat administrator dan pengawas",
            I("kn", "Jumlah profil talenta yang disusun", 250, "Profil"),
            I("kl", "Persentase profil talenta yang dilengkapi hasil uji kompetensi", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(2, "Tersedianya bahan pertimbangan mutasi dan promosi bagi Tim Penilai Kinerja PNS",
            I("kn", "Jumlah bahan pertimbangan yang disusun", 10, "Dokumen"),
            I("kl", "Persentase bahan pertimbangan yang memuat rekam jejak dan kesesuaian kompetensi", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="mutasi-promosi", jenjang="ahli-muda"),
    P("kabid_kompetensi", "Irwansyah, S.Psi., M.Psi.", 1, "19781228", "200312", 2, "IV/a",
      "Kepala Bidang Pengembangan Kompetensi dan Penilaian Kinerja", "administrator", "kaban", "BBBBS",
      [
          R(1, "Meningkatnya kompetensi ASN melalui pengembangan kompetensi klasikal dan nonklasikal",
            I("kn", "Jumlah ASN yang mengikuti pengembangan kompetensi yang difasilitasi BKPSDM", 1500, "Orang"),
            I("kl", "Persentase ASN yang memenuhi 20 JP pengembangan kompetensi", 80, "%", series=JP_ASN),
            I("wk", WAKTU, 12, "Bulan")),
          R(1, "Terselenggaranya pengelolaan kinerja ASN melalui e-Kinerja BKN",
            I("kn", "Jumlah perangkat daerah yang didampingi penerapan e-Kinerja", 42, "Perangkat Daerah",
              sched=[0.5, 0.75, 0.9, 1]),
            I("kl", "Persentase ASN yang menyelesaikan evaluasi kinerja periodik di e-Kinerja", 98, "%"),
            I("wk", WAKTU, 12, "Bulan")),
          R(3, "Terlaksananya pemberian penghargaan dan pemilihan ASN berprestasi",
            I("kn", "Jumlah usulan Satyalancana Karya Satya yang diproses", 250, "Usulan", sched=[0, 0.6, 1, 1]),
            I("kl", "Persentase usulan yang memenuhi persyaratan administrasi", 100, "%"),
            I("wk", WAKTU, 12, "Bulan")),
      ], unit="kompetensi-kinerja"),
    P("analis_kinerja", "Nurul Hidayah, S.Psi., M.A.", 2, "19860808", "201012", 1, "III/c",
      "Analis Sumber Daya Manusia Aparatur Ahli Muda", "fungsional", "kabid_kompetensi", "BBBBB",
      [
          R(2, "Terselenggaranya pendampingan penyusunan SKP dan evaluasi kinerja di e-Kinerja bagi perangkat daerah",
            Q("kl", "Seluruh perangkat daerah menetapkan SKP 2024 di e-Kinerja paling lambat akhir Januari 2024, dengan "
                    "pendampingan bagi perangkat daerah yang belum mampu",
              "40 dari 42 perangkat daerah menetapkan SKP sebelum 31 Januari; 2 perangkat daerah selesai pada "
              "pekan pertama Februari setelah pendampingan.",
              "Seluruh perangkat daerah telah menetapkan SKP 2024; perubahan SKP akibat mutasi April didampingi.",
              "Pendampingan perubahan SKP pejabat hasil mutasi Agustus selesai di 9 perangkat daerah.",
              "Seluruh SKP 2024 tercatat di e-Kinerja; klinik SKP 2025 dibuka sejak pertengahan Desember."),
            Q("kn", "Pengelola kinerja di setiap perangkat daerah memahami penyusunan matriks peran hasil dan dialog kinerja",
              "Bimtek matriks peran hasil angkatan I diikuti pengelola kinerja dari 21 perangkat daerah.",
              "Bimtek angkatan II selesai; seluruh perangkat daerah telah mengirimkan pengelola kinerja.",
              "Hasil uji pemahaman: 36 dari 42 pengelola kinerja mampu menyusun matriks peran hasil secara mandiri.",
              "Sebanyak 39 dari 42 pengelola kinerja mampu menyusun matriks peran hasil; 3 sisanya dijadwalkan "
              "pendampingan ulang Januari 2025.")),
          R(2, "Tersusunnya bahan penetapan predikat kinerja dan pola distribusi perangkat daerah",
            Q("kl", "Rekap capaian kinerja organisasi dan kurva distribusi predikat pegawai tersedia untuk setiap "
                    "perangkat daerah setiap triwulan",
              "Rekap triwulan I tersedia untuk 42 perangkat daerah pada 20 April.",
              "Rekap triwulan II tersedia untuk 42 perangkat daerah; format kurva distribusi disederhanakan.",
              "Rekap triwulan III tersedia tepat waktu dan dibahas dalam rapat Tim Penilai Kinerja.",
              "Rekap triwulan IV dan rekap tahunan tersedia untuk seluruh perangkat daerah."),
            Q("kl", "Penetapan predikat kinerja pegawai sesuai pola distribusi SE MenPANRB 3/2023 dan disahkan pimpinan "
                    "tepat waktu",
              "7 perangkat daerah belum memenuhi pola distribusi; telah dikembalikan untuk penyesuaian.",
              "Jumlah perangkat daerah yang belum memenuhi pola distribusi turun menjadi 3.",
              "Seluruh perangkat daerah memenuhi pola distribusi triwulan III.",
              "Penetapan predikat tahunan seluruh perangkat daerah sesuai pola distribusi dan disahkan sebelum "
              "31 Desember.")),
          R(1, "Tersusunnya analisis kebutuhan pengembangan kompetensi (AKPK) ASN Tahun 2025",
            Q("kn", "Dokumen AKPK memuat kesenjangan kompetensi per jabatan dan rencana pengembangan yang disepakati "
                    "perangkat daerah",
              "Instrumen AKPK disusun dan diuji coba di BKPSDM.",
              "Pengisian instrumen AKPK oleh perangkat daerah mencapai 64%.",
              "Pengisian AKPK mencapai 100%; pengolahan kesenjangan kompetensi berjalan.",
              "Dokumen AKPK 2025 final dan disepakati dalam rapat koordinasi kepegawaian."),
            Q("kl", "Rencana pengembangan kompetensi 2025 dapat dijadikan dasar usulan anggaran pada RKA BKPSDM",
              "Belum dapat diukur; menunggu hasil AKPK.",
              "Usulan pagu indikatif pengembangan kompetensi 2025 disusun berdasarkan data sementara AKPK.",
              "Rencana pengembangan kompetensi 2025 dimasukkan dalam rancangan RKA BKPSDM.",
              "RKA BKPSDM 2025 memuat 14 pelatihan prioritas yang bersumber dari hasil AKPK.")),
      ], unit="kompetensi-kinerja", jenjang="ahli-muda", pendekatan="kualitatif"),
]


OPDS: list[dict[str, Any]] = [
    {
        "slug": "diskominfo",
        "nama": "Dinas Komunikasi dan Informatika",
        "singkatan": "Diskominfo",
        "units": DISKOMINFO_UNITS,
        "capaian": {"triwulan-1": "baik", "triwulan-2": "baik", "triwulan-3": "baik", "triwulan-4": "baik", "akhir": "baik"},
        "people": DISKOMINFO,
        "family": "diskominfo",
    },
    {
        "slug": "bkpsdm",
        "nama": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "singkatan": "BKPSDM",
        "units": BKPSDM_UNITS,
        "capaian": {"triwulan-1": "baik", "triwulan-2": "baik", "triwulan-3": "baik", "triwulan-4": "baik",
                    "akhir": "istimewa"},
        "people": BKPSDM,
        "family": "bkpsdm",
    },
]


# fmt: on

# --------------------------------------------------------------------------
# Text pools for the generated parts
# --------------------------------------------------------------------------

EKSPEKTASI: dict[str, dict[str, list[str]]] = {
    "umum": {
        "berorientasi_pelayanan": ["Menindaklanjuti setiap permintaan layanan paling lambat 2 hari kerja"],
        "akuntabel": ["Mengunggah bukti dukung kinerja ke e-Kinerja paling lambat tanggal 5 setiap bulan"],
        "kompeten": ["Mengikuti pengembangan kompetensi paling sedikit 20 JP dalam setahun"],
        "harmonis": ["Menjaga suasana kerja yang kondusif dan saling membantu antarunit"],
    },
    "staf": {
        "akuntabel": [
            "Hadir dan pulang sesuai jam kerja serta tertib mengisi presensi elektronik",
            "Menyampaikan laporan pertanggungjawaban tepat waktu dan sesuai ketentuan",
        ],
        "kompeten": ["Berbagi pengetahuan hasil pelatihan kepada rekan satu unit"],
        "adaptif": ["Cepat menyesuaikan diri dengan perubahan aplikasi dan prosedur kerja"],
    },
    "pimpinan-unit": {
        "kompeten": ["Membimbing pegawai di unitnya melalui dialog kinerja setiap bulan"],
        "akuntabel": ["Memastikan laporan kinerja unit disampaikan tepat waktu setiap triwulan"],
        "kolaboratif": ["Aktif berkoordinasi dengan bidang lain dalam penyusunan bahan pimpinan"],
    },
    "diskominfo/sekretariat": {
        "berorientasi_pelayanan": ["Melayani kebutuhan administrasi pegawai dengan ramah dan cepat"],
        "akuntabel": ["Mengelola keuangan dan barang milik daerah secara tertib dan transparan"],
        "loyal": ["Menjaga kerahasiaan data pegawai dan dokumen dinas"],
    },
    "diskominfo/aptika": {
        "berorientasi_pelayanan": ["Merespons aduan gangguan aplikasi dari perangkat daerah paling lama 1 x 24 jam"],
        "kompeten": [
            "Menerapkan standar keamanan aplikasi (OWASP) dalam setiap pengembangan",
            "Memperoleh minimal satu sertifikasi kompetensi bidang TIK",
        ],
        "adaptif": ["Proaktif mengusulkan inovasi digital untuk penyederhanaan layanan"],
    },
    "diskominfo/infrastruktur": {
        "berorientasi_pelayanan": ["Merespons gangguan jaringan intra pemerintah paling lama 1 x 24 jam"],
        "kompeten": ["Memperoleh minimal satu sertifikasi kompetensi bidang TIK, persandian atau statistik"],
        "loyal": ["Menjaga kerahasiaan informasi berklasifikasi dan kunci persandian"],
        "kolaboratif": ["Aktif berbagi data dengan perangkat daerah lain melalui portal Satu Data"],
    },
    "diskominfo/ikp": {
        "berorientasi_pelayanan": ["Memastikan layanan informasi publik ramah dan mudah diakses masyarakat"],
        "loyal": ["Menjaga nama baik Pemerintah Kabupaten dalam setiap publikasi"],
        "adaptif": ["Cepat merespons isu publik yang berkembang di media sosial"],
        "kolaboratif": ["Melibatkan admin media sosial perangkat daerah dalam kampanye informasi"],
    },
    "bkpsdm": {
        "berorientasi_pelayanan": [
            "Memberikan layanan konsultasi kepegawaian dengan ramah, cepat dan tuntas",
            "Menyelesaikan layanan kepegawaian tanpa pungutan dan sesuai standar pelayanan",
        ],
        "akuntabel": ["Menjaga integritas dalam proses seleksi, mutasi dan kenaikan pangkat"],
        "loyal": ["Menjaga kerahasiaan data pribadi ASN dan hasil penilaian kompetensi"],
        "adaptif": ["Menguasai fitur terbaru SIASN dan e-Kinerja BKN"],
        "kolaboratif": ["Berkoordinasi aktif dengan pengelola kepegawaian di perangkat daerah"],
    },
}

EKSPEKTASI_PIMPINAN = {
    "diskominfo": {
        "berorientasi_pelayanan": "Memastikan layanan SPBE dan informasi publik dapat diandalkan oleh perangkat daerah "
        "dan masyarakat",
        "akuntabel": "Menjaga tata kelola pengadaan barang/jasa TIK yang transparan dan bebas konflik kepentingan",
        "kolaboratif": "Menggerakkan perangkat daerah lain dalam penerapan Satu Data dan SPBE",
    },
    "bkpsdm": {
        "akuntabel": "Menjamin seluruh proses seleksi, mutasi dan promosi berjalan objektif sesuai sistem merit",
        "adaptif": "Mempercepat digitalisasi layanan kepegawaian berbasis SIASN dan e-Kinerja",
    },
}

PERILAKU_POSITIF = {
    "berorientasi_pelayanan": [
        "Responsif terhadap permintaan layanan dan cepat menindaklanjuti aduan",
        "Ramah dan solutif saat melayani pengguna layanan",
        "Permintaan layanan ditangani tuntas dan dikonfirmasi kepada pemohon",
        "Tidak ada keluhan pengguna layanan yang tidak ditindaklanjuti",
    ],
    "akuntabel": [
        "Bukti dukung kinerja diunggah tepat waktu dan lengkap",
        "Disiplin kehadiran baik dan laporan disampaikan sesuai jadwal",
        "Menggunakan barang milik daerah secara bertanggung jawab",
        "Laporan kegiatan disusun cermat dan dapat dipertanggungjawabkan",
    ],
    "kompeten": [
        "Menguasai tugas dengan baik dan mau belajar hal baru",
        "Mengikuti pelatihan teknis dan menerapkan hasilnya dalam pekerjaan",
        "Hasil kerja rapi dan jarang memerlukan perbaikan",
    ],
    "harmonis": [
        "Menjaga hubungan kerja yang baik dengan rekan satu unit",
        "Suka membantu rekan kerja yang mengalami kesulitan",
        "Menghargai pendapat rekan kerja dalam rapat koordinasi",
    ],
    "loyal": [
        "Menjaga kerahasiaan data dan dokumen dinas",
        "Menjaga nama baik instansi dalam berinteraksi dengan pihak luar",
    ],
    "adaptif": [
        "Cepat menyesuaikan diri dengan aplikasi dan prosedur baru",
        "Proaktif mengusulkan perbaikan cara kerja",
        "Tanggap terhadap perubahan prioritas pekerjaan",
    ],
    "kolaboratif": [
        "Aktif berkoordinasi dengan bidang lain dan perangkat daerah terkait",
        "Terbuka bekerja sama dalam tim lintas bidang",
        "Berbagi informasi dan data dengan rekan kerja tanpa diminta",
    ],
}
PERILAKU_ISTIMEWA = {
    "berorientasi_pelayanan": [
        "Menjadi rujukan rekan kerja; umpan balik pengguna layanan sangat positif",
        "Berinisiatif menyederhanakan alur layanan sehingga waktu penyelesaian lebih singkat",
    ],
    "kompeten": [
        "Membimbing rekan kerja dan menjadi narasumber internal",
        "Memperoleh sertifikasi kompetensi dan membagikan materinya kepada tim",
    ],
    "adaptif": [
        "Menginisiasi perbaikan proses kerja yang kemudian diterapkan di seluruh bidang",
        "Menghasilkan inovasi yang diikutkan dalam kompetisi inovasi daerah",
    ],
    "kolaboratif": [
        "Menggerakkan kerja sama lintas perangkat daerah untuk menyelesaikan target bersama",
        "Aktif melibatkan pihak eksternal sehingga kegiatan berjalan lebih efisien",
    ],
}
PERILAKU_NEGATIF = {
    "akuntabel": [
        "Beberapa kali terlambat masuk kerja dan tidak mengisi presensi; telah diberikan teguran lisan",
        "Tidak hadir tanpa keterangan selama 3 hari kerja; telah dibuat berita acara pembinaan",
        "Laporan bulanan sering terlambat disampaikan meskipun sudah diingatkan",
    ],
    "harmonis": ["Perlu memperbaiki cara berkomunikasi dengan rekan kerja agar tidak menimbulkan ketegangan"],
    "berorientasi_pelayanan": ["Beberapa permintaan layanan terlambat ditindaklanjuti karena tidak berada di tempat"],
}
PERILAKU_PERLU = {
    "kompeten": [
        "Perlu meningkatkan penguasaan aplikasi pendukung tugas",
        "Perlu lebih teliti agar hasil kerja tidak berulang kali diperbaiki",
    ],
    "adaptif": ["Perlu lebih cepat menyesuaikan diri dengan prosedur kerja yang baru"],
    "akuntabel": ["Bukti dukung kinerja perlu diunggah lebih tertib setiap bulan"],
}

CATATAN = {
    "sangat-baik": [
        "Pertahankan kinerja; diusulkan sebagai kandidat pegawai berprestasi tingkat kabupaten.",
        "Kinerja sangat baik; direkomendasikan untuk mengikuti pelatihan pengembangan karier.",
        "Pertahankan capaian dan bagikan praktik baik kepada rekan satu unit.",
    ],
    "baik": [
        "Pertahankan kinerja dan tingkatkan kelengkapan bukti dukung.",
        "Kinerja sesuai ekspektasi; tingkatkan inisiatif dalam menyelesaikan kendala.",
        "Pertahankan ritme kerja dan perhatikan ketepatan waktu pelaporan.",
        "Tingkatkan kualitas dokumentasi agar mudah ditelusuri saat evaluasi.",
    ],
    "butuh-perbaikan": [
        "Perlu rencana perbaikan kinerja; dialog kinerja dengan atasan langsung setiap bulan.",
        "Capaian di bawah ekspektasi; susun jadwal percepatan dan laporkan kendala lebih awal.",
    ],
    "kurang": [
        "Diberikan pembinaan disiplin; kehadiran dan perilaku kerja dipantau setiap bulan.",
        "Perilaku kerja di bawah ekspektasi; wajib mengikuti pembinaan oleh atasan langsung.",
    ],
    "sangat-kurang": ["Diberikan pembinaan intensif dan rencana perbaikan kinerja tertulis."],
}
CATATAN_AKHIR = {
    "sangat-baik": [
        "1. Pertahankan kinerja yang sangat baik.\n2. Diusulkan mengikuti pelatihan teknis lanjutan tahun 2025.\n"
        "3. Dipertimbangkan dalam kelompok rencana suksesi (talent pool).\n",
        "Kinerja tahun 2024 sangat baik. Diusulkan sebagai pegawai berprestasi dan diberi kesempatan menjadi "
        "narasumber internal.",
    ],
    "baik": [
        "Kinerja tahun 2024 baik. Pada 2025 tingkatkan inisiatif dan kualitas dokumentasi bukti dukung.",
        "1. Pertahankan kinerja.\n2. Ikuti pelatihan teknis sesuai bidang tugas paling sedikit 20 JP.\n",
        "Secara umum sesuai ekspektasi. Perbaiki ketepatan waktu pelaporan bulanan pada tahun 2025.",
    ],
    "butuh-perbaikan": [
        "1. Capaian hasil kerja tahun 2024 di bawah ekspektasi.\n2. Wajib menyusun rencana perbaikan kinerja "
        "bersama atasan langsung pada Januari 2025.\n3. Diikutkan pelatihan teknis sesuai kebutuhan.\n",
    ],
    "kurang": [
        "1. Perilaku kerja tahun 2024 di bawah ekspektasi, terutama disiplin kehadiran.\n2. Dilanjutkan pembinaan "
        "oleh atasan langsung dan dipantau setiap bulan pada 2025.\n",
    ],
    "sangat-kurang": ["Diberikan pembinaan intensif dan rencana perbaikan kinerja tertulis pada tahun 2025."],
}

CATATAN_PIMPINAN = {
    "diskominfo": "Target Perjanjian Kinerja 2024 tercapai. Pada 2025 prioritaskan peningkatan Indeks SPBE ke "
    "kategori Sangat Baik, perluasan jaringan intra pemerintah ke seluruh kecamatan dan tindak lanjut hasil "
    "penilaian Indeks KAMI.",
    "bkpsdm": "1. Kinerja BKPSDM tahun 2024 istimewa: seluruh sasaran Perjanjian Kinerja terlampaui.\n"
    "2. Praktik penerapan sistem merit agar didokumentasikan sebagai bahan replikasi bagi perangkat daerah lain.\n"
    "3. Pada 2025 percepat integrasi layanan kepegawaian dengan SIASN dan e-Kinerja.\n",
}

UB_COUNT = {
    ATAS: [
        "Realisasi {r} {s} melampaui rencana periode ini.",
        "Capaian di atas rencana; praktik kerjanya agar dibagikan ke rekan satu tim.",
        "Lebih cepat dari jadwal, pertahankan.",
    ],
    SESUAI: [
        "Realisasi {r} dari target tahunan {t} {s}, sesuai rencana.",
        "Sesuai rencana, bukti dukung lengkap.",
        "Progres sesuai jadwal; jaga konsistensi unggah bukti dukung.",
        "Sesuai rencana periode ini.",
    ],
    BAWAH: [
        "Realisasi {r} dari target {t} {s} masih di bawah rencana; susun jadwal percepatan.",
        "Tertinggal dari rencana; laporkan kendala lebih awal kepada atasan.",
        "Progres di bawah rencana dan bukti dukung belum lengkap.",
    ],
}
UB_LEVEL = {
    ATAS: ["Capaian {r} di atas target {t}.", "Sangat baik, melampaui target {t}."],
    SESUAI: ["Capaian {r} memenuhi target.", "Sesuai target; pertahankan.", "Memenuhi target {t}."],
    BAWAH: ["Capaian {r} belum mencapai target {t}; telusuri penyebabnya.", "Di bawah target {t}, perlu perbaikan."],
}
UB_MONTH = {
    ATAS: [
        "Seluruh keluaran periode ini selesai lebih awal dari jadwal.",
        "Tepat waktu, bahkan lebih cepat dari jadwal.",
    ],
    SESUAI: ["Tepat waktu sesuai jadwal.", "Dilaksanakan sesuai jadwal."],
    BAWAH: ["Beberapa keluaran terlambat dari jadwal.", "Ketepatan waktu perlu diperbaiki."],
}
UB_AKHIR = {
    ATAS: ["Target tahunan terlampaui.", "Melampaui target tahunan; pertahankan."],
    SESUAI: ["Target tahunan tercapai.", "Target tahun 2024 tercapai."],
    BAWAH: ["Target tahunan belum tercapai; jadi prioritas perbaikan 2025.", "Belum mencapai target tahunan."],
}
UB_KUALITATIF = {
    ATAS: ["Melampaui ukuran keberhasilan; hasilnya dijadikan contoh bagi unit lain.", "Sangat baik dan tuntas."],
    SESUAI: ["Sesuai ukuran keberhasilan.", "Berjalan sesuai rencana; pertahankan.", "Sesuai ekspektasi."],
    BAWAH: ["Belum memenuhi ukuran keberhasilan; percepat tindak lanjut."],
}

DUKUNGAN = {
    "diskominfo": {
        "sekretariat": [
            "Aplikasi SIPD dan SIASN",
            "Anggaran sub kegiatan administrasi umum perangkat daerah",
            "Ruang arsip dan Sarana & Prasarana kantor",
        ],
        "aptika": [
            "Server aplikasi dan database di pusat data daerah",
            "Anggaran DPA Bidang Aplikasi Informatika",
            "Lisensi perangkat lunak pengembangan dan repositori kode",
        ],
        "infrastruktur": [
            "Perangkat jaringan, pusat data dan Network Operation Center",
            "Anggaran DPA Bidang Infrastruktur TIK, Persandian dan Statistik",
            "Dukungan teknis BSSN dan BPS Kabupaten",
        ],
        "ikp": [
            "Peralatan media center dan studio siaran",
            "Anggaran DPA Bidang Informasi dan Komunikasi Publik",
            "Akun resmi media sosial dan situs web Pemerintah Kabupaten",
        ],
    },
    "bkpsdm": {
        "sekretariat": ["Aplikasi SIPD dan SRIKANDI", "Anggaran sub kegiatan administrasi umum BKPSDM"],
        "pengadaan-informasi": [
            "Akses SIASN dan aplikasi SSCASN BKN",
            "Data kependudukan hasil kerja sama dengan Dukcapil",
        ],
        "mutasi-promosi": [
            "Akses SIASN layanan kenaikan pangkat",
            "Hasil uji kompetensi dari UPT Penilaian Kompetensi",
        ],
        "kompetensi-kinerja": [
            "Akses e-Kinerja BKN dan aplikasi pengembangan kompetensi",
            "Anggaran DPA Bidang Pengembangan Kompetensi dan Penilaian Kinerja",
        ],
    },
}


# --------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------


class Date(str):
    """A date written unquoted (2024-04-05)."""


def rng_for(*parts: Any) -> random.Random:
    return random.Random(":".join(str(p) for p in parts))


def fmt_id(number: float) -> str:
    """A number as written in Indonesian prose: 97,5 or 1.200."""
    if float(number).is_integer():
        return f"{int(number):,}".replace(",", ".")
    return f"{number:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def clean_number(value: float) -> int | float:
    value = round(value, 2)
    return int(value) if float(value).is_integer() else value


def amount(value: float, satuan: str) -> str:
    return f"{fmt_id(value)}%" if satuan == "%" else f"{fmt_id(value)} {satuan}"


def slug(text: str, words: int = 5) -> str:
    parts = re.findall(r"[a-z0-9]+", text.lower())[1 : words + 1]
    return "-".join(parts)


def working_day(day: dt.date, back: bool = False) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=-1 if back else 1)
    return day


#: Realisasi of a quality percentage while its RHK has produced nothing yet.
BELUM_DAPAT_DIUKUR = "Belum dapat diukur"

RANK = {"jpt-pratama": 3, "administrator": 2, "pengawas": 1, "pelaksana": 0, "fungsional": 0}
EVAL_DATES = {
    "triwulan-1": ["2024-04-02", "2024-04-03", "2024-04-04", "2024-04-05"],
    "triwulan-2": ["2024-07-02", "2024-07-03", "2024-07-04", "2024-07-05"],
    "triwulan-3": ["2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04"],
    "triwulan-4": ["2024-12-20", "2024-12-20", "2024-12-23", "2024-12-24"],
    "akhir": ["2024-12-27", "2024-12-27", "2024-12-30", "2024-12-31"],
}
PENETAPAN_DATES = ["2024-01-16", "2024-01-12", "2024-01-10", "2024-01-08"]
LETTER = {"S": "sangat-baik", "B": "baik", "P": "butuh-perbaikan", "K": "kurang", "X": "sangat-kurang"}


def ratings(predikat: str, rng: random.Random, perilaku_atas: bool = True) -> tuple[str, str]:
    """A (hasil kerja, perilaku kerja) pair that gives ``predikat`` in the kuadran."""
    roll = rng.random()
    if not perilaku_atas:  # a history of misconduct: perilaku at most "sesuai"
        roll = min(roll, 0.59) if predikat == "baik" else 0.0
    if predikat == "sangat-baik":
        return ATAS, ATAS
    if predikat == "baik":
        return (SESUAI, SESUAI) if roll < 0.6 else (ATAS, SESUAI) if roll < 0.8 else (SESUAI, ATAS)
    if predikat == "butuh-perbaikan":
        return (BAWAH, SESUAI) if roll < 0.8 else (BAWAH, ATAS)
    if predikat == "kurang":
        return (SESUAI, BAWAH) if roll < 0.8 else (ATAS, BAWAH)
    return BAWAH, BAWAH


def kind_of(ind: tuple[Any, ...]) -> str:
    _, _, _, _, satuan, opts = ind
    if "kind" in opts:
        return opts["kind"]
    if satuan == "Bulan":
        return "month"
    if satuan in ("%", "Nilai", "Indeks", "Poin"):
        return "level"
    return "count"


#: Counts of a fixed population (42 perangkat daerah, 47 indikator SPBE ...) cannot exceed the target.
CAPPED = {"Perangkat Daerah", "Indikator", "Area", "Lokasi"}


def realisasi(ind: tuple[Any, ...], q: int, level: str, rng: random.Random) -> int | float:
    """Cumulative realisasi at the end of triwulan ``q`` (1-4) for a quantitative indicator."""
    _, _, _, target, satuan, opts = ind
    kind = kind_of(ind)
    if kind == "month":
        if target >= 12:
            return 3 * q
        if 3 * q < target:
            return 3 * q
        return target + 1 if level == BAWAH else target
    if kind == "level":
        cap = 100 if satuan in ("%", "Nilai") else target * 1.2
        if level == ATAS:
            value = target + (cap - target) * rng.uniform(0.4, 0.9) if target < cap else cap
        elif level == SESUAI:
            value = target + (cap - target) * rng.uniform(0.0, 0.3) if target < cap else cap
        else:
            value = target * rng.uniform(0.82, 0.93)
        return clean_number(round(value, 1))
    sched = opts.get("sched") or ([0.22, 0.48, 0.74, 1.0] if kind == "cum" else [0.25, 0.5, 0.75, 1.0])
    expected = target * sched[q - 1]
    if kind == "cum":
        factor = {ATAS: rng.uniform(1.02, 1.06), SESUAI: rng.uniform(1.0, 1.02), BAWAH: rng.uniform(0.85, 0.93)}[level]
        return clean_number(min(100.0, round(expected * factor, 1)))
    if target < 10:
        base = math.floor(expected + 0.5)
        if level == ATAS:
            return min(target, base + (1 if q < 4 and base < target and expected > 0 else 0))
        if level == BAWAH:
            return max(0, base - 1) if base > 0 else 0
        return base
    factor = {ATAS: rng.uniform(1.05, 1.15), SESUAI: rng.uniform(1.0, 1.04), BAWAH: rng.uniform(0.72, 0.88)}[level]
    value = round(expected * factor)
    return min(value, int(target)) if satuan in CAPPED else value


ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}


def expected_at(ind: tuple[Any, ...], q: int) -> float:
    """What a count/cum indicator should have reached at the end of triwulan ``q``."""
    _, _, _, target, _, opts = ind
    default = [0.22, 0.48, 0.74, 1.0] if kind_of(ind) == "cum" else [0.25, 0.5, 0.75, 1.0]
    return target * (opts.get("sched") or default)[q - 1]


def umpan_balik(
    ind: tuple[Any, ...], periode: str, level: str, value: Any, history: list[Any], rng: random.Random
) -> str:
    """Feedback that agrees with the figures: the tone follows realisasi against plan."""
    if ind[0] == "q":
        return rng.choice(UB_KUALITATIF[level])
    _, _, _, target, satuan, opts = ind
    q = min(PERIODE.index(periode) + 1, 4)
    kind = kind_of(ind)

    def say(text: str) -> str:
        return text.format(
            r=amount(value, satuan) if satuan == "%" else fmt_id(value),
            s=satuan,
            t=amount(target, satuan) if satuan == "%" else fmt_id(target),
        )

    if "series" in opts:  # figures written out by hand
        series = opts["series"]
        if satuan not in ("%", "Nilai", "Indeks", "Poin"):
            say = lambda text: text.format(r=amount(value, satuan), t=amount(target, satuan))  # noqa: E731
        if value == 0:
            first = next((i + 1 for i, v in enumerate(series[:4]) if v), 4)
            return f"Belum ada realisasi; sesuai rencana aksi dilaksanakan pada triwulan {ROMAWI[first]}."
        if value > target:
            return say(rng.choice(["Realisasi {r} melampaui target {t}.", "Melampaui target {t}; pertahankan."]))
        if value == target:
            return say(rng.choice(["Target {t} tercapai.", "Sesuai target {t}."]))
        if history and history[-1] == value:
            return say("Belum ada pengukuran baru pada periode ini; {r} adalah hasil pengukuran terakhir.")
        if not history and satuan in ("Indeks", "Nilai", "Poin") and series[1] == value:
            return say("Nilai {r} adalah hasil pengukuran tahun 2023; pengukuran tahun 2024 dijadwalkan triwulan IV.")
        return say("Realisasi {r} dari target {t}; progres sesuai rencana aksi.")
    if kind == "month":
        tone = level
    elif kind == "level":
        tone = ATAS if value > target else SESUAI if value >= target else BAWAH
    else:
        expected = expected_at(ind, q)
        if value == 0 and expected == 0:
            first = next(n for n in range(1, 5) if expected_at(ind, n) > 0)
            return f"Belum ada realisasi; sesuai jadwal dilaksanakan pada triwulan {ROMAWI[first]}."
        tone = ATAS if value > expected * 1.04 else SESUAI if value >= expected * 0.97 else BAWAH
    if periode == "akhir" and kind != "month" and rng.random() < 0.7:
        tone = ATAS if value > target else SESUAI if value >= target * 0.97 else BAWAH
        return rng.choice(UB_AKHIR[tone])
    pool = {"month": UB_MONTH, "level": UB_LEVEL, "cum": UB_COUNT}.get(kind, UB_COUNT)[tone]
    return say(rng.choice(pool))


def build_people(opd: dict[str, Any]) -> dict[str, dict[str, Any]]:
    people = {p["key"]: p for p in opd["people"]}
    for person in people.values():
        person["opd"] = opd["slug"]
        person["family"] = opd["family"]
        person["is_head"] = person["atasan"] is None
        person["rank"] = RANK[person["jenis"]]
    return people


def rhk_id(section: str, index: int) -> str:
    return f"{'rhk' if section == 'utama' else 'tambahan'}-{index + 1}"


def plan(person: dict[str, Any], people: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """hasil_kerja of one pegawai, plus a flat list of (id, indicator tuple)."""
    is_jpt = person["jenis"].startswith("jpt")
    flat: list[tuple[str, tuple[Any, ...], str]] = []
    out: dict[str, Any] = {}
    for section in ("utama", "tambahan"):
        items = []
        for index, raw in enumerate(person["rhk" if section == "utama" else "tambahan"]):
            ident = rhk_id(section, index)
            entry: dict[str, Any] = {"id": ident}
            link = raw["link"]
            if isinstance(link, int):
                atasan = people[person["atasan"]]
                assert 1 <= link <= len(atasan["rhk"]), (person["key"], link)
                entry["intervensi"] = f"{atasan['nip']}#rhk-{link}"
            elif link:
                entry["intervensi_teks"] = link
            entry["rhk"] = raw["rhk"]
            indikator = []
            for number, ind in enumerate(raw["indikator"], start=1):
                ind_id = f"{ident}.{number}"
                item: dict[str, Any] = {"id": ind_id}
                code = ind[1]
                if is_jpt:
                    item["perspektif"] = PERSPEKTIF[code]
                else:
                    item["aspek"] = ASPEK[code]
                if ind[0] == "n":
                    item["iki"] = ind[2]
                    item["target"] = clean_number(ind[3])
                    item["satuan"] = ind[4]
                else:
                    item["ukuran_keberhasilan"] = ind[2]
                indikator.append(item)
                flat.append((ind_id, ind, raw["rhk"]))
            entry["indikator"] = indikator
            items.append(entry)
        if items:
            out[section] = items
    return {"hasil_kerja": out, "flat": flat}


def ekspektasi(person: dict[str, Any], opd: dict[str, Any]) -> dict[str, str] | None:
    if not person["ekspektasi"]:
        return None
    if person["is_head"]:
        return dict(EKSPEKTASI_PIMPINAN[person["family"]])
    rng = rng_for(person["nip"], "ekspektasi")
    own = EKSPEKTASI.get(f"{opd['slug']}/{unit_top(person, opd)}") or EKSPEKTASI.get(opd["slug"], {})
    general: dict[str, list[str]] = {}
    for pool in ("umum", "pimpinan-unit" if person["rank"] >= 1 else "staf"):
        for value, texts in EKSPEKTASI[pool].items():
            general.setdefault(value, []).extend(texts)
    order = list(PERILAKU_POSITIF)
    count = 1 + (person["rank"] >= 1) + (rng.random() < 0.5)
    # at least one expectation specific to the unit, the rest from either pool
    first = rng.choice(sorted(own, key=order.index))
    rest = [v for v in order if v != first and (v in own or v in general)]
    chosen = sorted([first, *rng.sample(rest, count - 1)], key=order.index)
    out = {}
    for value in chosen:
        if value in own and (value not in general or value == first or rng.random() < 0.6):
            out[value] = rng.choice(own[value])
        else:
            out[value] = rng.choice(general[value])
    return out


def unit_top(person: dict[str, Any], opd: dict[str, Any]) -> str | None:
    parents = {uid: parent for uid, _, parent in opd["units"]}
    unit = person["unit"]
    while unit is not None and parents.get(unit) is not None:
        unit = parents[unit]
    return unit


def lampiran(person: dict[str, Any], people: dict[str, dict[str, Any]], opd: dict[str, Any]) -> dict[str, list[str]]:
    rng = rng_for(person["nip"], "lampiran")
    if person["is_head"]:
        return {
            "dukungan_sumber_daya": [
                f"APBD {opd['nama']} Tahun Anggaran 2024",
                "Dukungan Tim Koordinasi SPBE Kabupaten"
                if opd["slug"] == "diskominfo"
                else "Dukungan BKN Kantor Regional dan pengelola kepegawaian perangkat daerah",
                "Sumber daya manusia sesuai peta jabatan",
            ],
            "skema_pertanggungjawaban": [
                "Laporan Kinerja Instansi Pemerintah (LKjIP) kepada Bupati melalui Sekretaris Daerah",
                "Laporan capaian Perjanjian Kinerja setiap triwulan",
            ],
            "konsekuensi": [
                "Capaian kinerja menjadi bahan evaluasi kinerja perangkat daerah oleh Bupati",
                "Capaian di bawah target ditindaklanjuti dengan rencana aksi perbaikan",
            ],
        }
    atasan = people[person["atasan"]]
    top = unit_top(person, opd) or "sekretariat"
    dukungan = list(DUKUNGAN[opd["family"]].get(top, DUKUNGAN[opd["family"]]["sekretariat"]))
    dukungan = dukungan[: 1 + rng.randrange(len(dukungan))]
    skema = [f"Laporan kinerja bulanan kepada {atasan['jabatan']}"]
    if rng.random() < 0.6:
        skema.append("Bukti dukung kinerja diunggah ke e-Kinerja BKN paling lambat tanggal 5 bulan berikutnya")
    if person["rank"] >= 1:
        skema.append("Dialog kinerja bulanan dengan pegawai di unit kerja")
    konsekuensi = ["Capaian kinerja menjadi dasar perhitungan Tambahan Penghasilan Pegawai (TPP)"]
    if person["jenis"] == "fungsional" and person["status"] == "pns":
        konsekuensi.append("Predikat kinerja tahunan menjadi dasar penetapan angka kredit")
    if person["status"] == "pppk":
        konsekuensi.append("Predikat kinerja menjadi pertimbangan perpanjangan perjanjian kerja")
    if person["rank"] >= 1:
        konsekuensi.append("Capaian kinerja unit menjadi bahan pertimbangan pengembangan karier")
    elif len(konsekuensi) < 2:
        konsekuensi.append("Capaian di bawah ekspektasi ditindaklanjuti dengan rencana perbaikan kinerja")
    return {"dukungan_sumber_daya": dukungan, "skema_pertanggungjawaban": skema, "konsekuensi": konsekuensi[:3]}


def perilaku(nip: str, periode: str, rating: str, rng: random.Random, pimpinan: bool = False) -> dict[str, str]:
    order = list(PERILAKU_POSITIF)
    values: dict[str, str] = {}
    if rating == BAWAH:
        bad = "akuntabel" if rng.random() < 0.75 else rng.choice(["harmonis", "berorientasi_pelayanan"])
        values[bad] = rng.choice(PERILAKU_NEGATIF[bad])
        neutral = [v for v in order if v not in (bad, "akuntabel", "berorientasi_pelayanan", "harmonis")]
        for value in rng.sample(neutral, 1):
            values[value] = rng.choice(PERILAKU_POSITIF[value])
    elif rating == ATAS:
        for value in rng.sample(list(PERILAKU_ISTIMEWA), 2):
            values[value] = rng.choice(PERILAKU_ISTIMEWA[value])
        for value in rng.sample([v for v in order if v not in values], 1 + (rng.random() < 0.5)):
            values[value] = rng.choice(PERILAKU_POSITIF[value])
    else:
        for value in rng.sample(order, 2 + (rng.random() < 0.5)):
            values[value] = rng.choice(PERILAKU_POSITIF[value])
        spare = [v for v in PERILAKU_PERLU if v not in values]
        if spare and not pimpinan and rng.random() < 0.25:
            value = rng.choice(spare)
            values[value] = rng.choice(PERILAKU_PERLU[value])
    return {value: values[value] for value in order if value in values}


def head_level(capaian: str, periode: str) -> str:
    return {"istimewa": ATAS, "baik": SESUAI}.get(capaian, BAWAH)


def evaluasi(
    person: dict[str, Any], flat: list[tuple[str, tuple[Any, ...], str]], opd: dict[str, Any]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    previous: dict[str, Any] = {}
    history: dict[str, list[Any]] = {}
    unit = person["unit"] or "pimpinan"
    for index, periode in enumerate(PERIODE):
        q = min(index + 1, 4)
        rng = rng_for(person["nip"], periode)
        if person["is_head"]:
            hasil = head_level(opd["capaian"][periode], periode)
            predikat_target = LETTER[person["trajectory"][index]]
            if hasil == ATAS:
                pair = (ATAS, ATAS if predikat_target == "sangat-baik" else SESUAI)
            else:
                pair = (hasil, ATAS if rng.random() < 0.3 else SESUAI)
        else:
            pair = ratings(LETTER[person["trajectory"][index]], rng, "K" not in person["trajectory"])
        rating_hk, rating_pk = pair
        predikat = KUADRAN[pair]
        entry: dict[str, Any] = {"tanggal": Date(EVAL_DATES[periode][person["rank"]])}
        signed = dt.date.fromisoformat(EVAL_DATES[periode][person["rank"]])
        if rng.random() < 0.25:
            later = working_day(signed + dt.timedelta(days=1 + rng.randrange(2)))
            if later.year == TAHUN and later != signed and later <= dt.date(TAHUN, 12, 31):
                entry["tanggal_pegawai"] = Date(later.isoformat())
        hasil_kerja: dict[str, Any] = {}
        seen_rhk: set[str] = set()
        nothing_yet: set[str] = set()  # RHK whose kuantitas is still 0: no output to judge quality on
        for ind_id, ind, rhk_text in flat:
            rhk_key = ind_id.rsplit(".", 1)[0]
            if ind[0] == "q":
                stages = ind[3]
                value: Any = stages[4] if periode == "akhir" and len(stages) > 4 else stages[q - 1]
            elif "series" in ind[5]:
                value = clean_number(ind[5]["series"][index])
            elif rhk_key in nothing_yet and ind[4] == "%":
                value = BELUM_DAPAT_DIUKUR
            else:
                value = realisasi(ind, q, rating_hk, rng)
                if kind_of(ind) in ("count", "cum") and isinstance(previous.get(ind_id), (int, float)):
                    value = max(value, previous[ind_id])
                if value == 0 and ind[1] == "kn":
                    nothing_yet.add(rhk_key)
            previous[ind_id] = value
            item: dict[str, Any] = {"realisasi": value}
            if rhk_key not in seen_rhk and value != 0 and value != BELUM_DAPAT_DIUKUR:
                seen_rhk.add(rhk_key)
                base = f"https://drive.{DOMAIN}/{opd['slug']}/{unit}/2024/{PERIODE_FOLDER[periode]}/{slug(rhk_text)}"
                links = [f"{base}.pdf"]
                if rng.random() < 0.3:
                    links.append(f"{base}-dokumentasi.zip")
                item["bukti_dukung"] = links
            if value == BELUM_DAPAT_DIUKUR:
                item["umpan_balik"] = "Belum ada keluaran pada periode ini; diukur setelah keluaran pertama selesai."
            else:
                item["umpan_balik"] = umpan_balik(ind, periode, rating_hk, value, history.setdefault(ind_id, []), rng)
                history[ind_id].append(value)
            hasil_kerja[ind_id] = item
        entry["hasil_kerja"] = hasil_kerja
        entry["perilaku_kerja"] = perilaku(person["nip"], periode, rating_pk, rng, person["rank"] >= 2)
        entry["rating_hasil_kerja"] = rating_hk
        entry["rating_perilaku_kerja"] = rating_pk
        if periode == "akhir" or rng.random() >= 0.12:
            entry["predikat"] = predikat
        if periode == "akhir" and person["is_head"]:
            entry["catatan_rekomendasi"] = CATATAN_PIMPINAN[opd["slug"]]
        elif periode == "akhir":
            entry["catatan_rekomendasi"] = rng.choice(CATATAN_AKHIR[predikat])
        elif predikat != "baik" or rng.random() < 0.4:
            entry["catatan_rekomendasi"] = rng.choice(CATATAN[predikat])
        out[periode] = entry
    return out


def pegawai_spec(person: dict[str, Any], people: dict[str, dict[str, Any]], opd: dict[str, Any]) -> dict[str, Any]:
    identitas: dict[str, Any] = {"nama": person["nama"], "nip": person["nip"], "status": person["status"]}
    if person["status"] == "pns":
        identitas["pangkat"] = PANGKAT[person["golongan"]]
    identitas["golongan"] = person["golongan"]
    identitas["jabatan"] = person["jabatan"]
    identitas["jenis_jabatan"] = person["jenis"]
    if person["jenjang"]:
        identitas["jenjang"] = person["jenjang"]
    if person["unit"]:
        identitas["unit"] = person["unit"]
    spec: dict[str, Any] = {"pegawai": identitas}
    if person["is_head"]:
        spec["pejabat_penilai"] = dict(SEKDA)
        spec["atasan_pejabat_penilai"] = dict(BUPATI)
    else:
        spec["pejabat_penilai"] = people[person["atasan"]]["nip"]
    spec["pendekatan"] = person["pendekatan"]
    day = dt.date.fromisoformat(PENETAPAN_DATES[person["rank"]])
    if person["rank"] == 0:
        day = working_day(day + dt.timedelta(days=rng_for(person["nip"], "penetapan").randrange(4)))
    spec["penetapan"] = {"tempat": TEMPAT, "tanggal": Date(day.isoformat())}
    planned = plan(person, people)
    spec["hasil_kerja"] = planned["hasil_kerja"]
    harapan = ekspektasi(person, opd)
    if harapan:
        spec["ekspektasi_khusus_pimpinan"] = harapan
    spec["lampiran"] = lampiran(person, people, opd)
    spec["evaluasi"] = evaluasi(person, planned["flat"], opd)
    return spec


def opd_spec(opd: dict[str, Any], people: dict[str, dict[str, Any]]) -> dict[str, Any]:
    head = next(p for p in people.values() if p["is_head"])
    units = []
    for uid, nama, parent in opd["units"]:
        unit = {"id": uid, "nama": nama}
        if parent:
            unit["induk"] = parent
        units.append(unit)
    return {
        "nama": opd["nama"],
        "singkatan": opd["singkatan"],
        "kepala": head["nip"],
        "unit": units,
        "capaian_kinerja_organisasi": dict(opd["capaian"]),
    }


# --------------------------------------------------------------------------
# YAML writer (block style, fixed key order, no anchors)
# --------------------------------------------------------------------------

_NIP_LIKE = re.compile(r"^[0-9]{18}(#.*)?$")


def _plain_ok(text: str) -> bool:
    if not text or text != text.strip() or "\n" in text:
        return False
    try:
        return yaml.safe_load(f"k: {text}") == {"k": text} and yaml.safe_load(f"- {text}") == [text]
    except yaml.YAMLError:
        return False


def scalar(value: Any) -> str:
    if isinstance(value, Date):
        return str(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = repr(value)
        assert "e" not in text and yaml.safe_load(text) == value, value
        return text
    assert isinstance(value, str), value
    if not _NIP_LIKE.match(value) and _plain_ok(value):
        return value
    if '"' not in value and "\\" not in value:
        return f'"{value}"'
    return "'" + value.replace("'", "''") + "'"


def emit_value(key: str, value: Any, indent: int, lines: list[str]) -> None:
    pad = " " * indent
    if isinstance(value, dict):
        lines.append(f"{pad}{key}:")
        emit_mapping(value, indent + 2, lines)
    elif isinstance(value, list):
        lines.append(f"{pad}{key}:")
        emit_sequence(value, indent + 2, lines)
    elif isinstance(value, str) and "\n" in value:
        assert value.endswith("\n") and not value.endswith("\n\n"), value
        lines.append(f"{pad}{key}: |")
        lines.extend(f"{pad}  {line}" if line else "" for line in value[:-1].split("\n"))
    else:
        lines.append(f"{pad}{key}: {scalar(value)}")


def emit_mapping(mapping: dict[str, Any], indent: int, lines: list[str]) -> None:
    for key, value in mapping.items():
        assert _plain_ok(key), key
        emit_value(key, value, indent, lines)


def emit_sequence(items: list[Any], indent: int, lines: list[str]) -> None:
    pad = " " * indent
    for item in items:
        if isinstance(item, dict):
            sub: list[str] = []
            emit_mapping(item, indent + 2, sub)
            sub[0] = f"{pad}- {sub[0][indent + 2 :]}"
            lines.extend(sub)
        else:
            assert not isinstance(item, (list, dict)) and not (isinstance(item, str) and "\n" in item)
            lines.append(f"{pad}- {scalar(item)}")


def dump(data: dict[str, Any], header: str) -> str:
    lines = [header]
    emit_mapping(data, 0, lines)
    text = "\n".join(lines) + "\n"
    # The writer must say exactly what the data says (dates as text).
    assert _load(text) == _plain(data), "YAML round trip changed the data"
    return text


class _TextDateLoader(yaml.SafeLoader):
    pass


_TextDateLoader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def _load(text: str) -> Any:
    return yaml.load(text, Loader=_TextDateLoader)  # a SafeLoader subclass


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Date):
        return str(value)
    return value


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


# --------------------------------------------------------------------------


def generate() -> dict[Path, str]:
    files: dict[Path, str] = {
        SPECS / "skpdoc.yaml": dump({"instansi": INSTANSI, "tahun": TAHUN, "tempat": TEMPAT}, SCHEMA_HEADER["skpdoc"])
    }
    seen: set[str] = set()
    for opd in OPDS:
        people = build_people(opd)
        files[SPECS / opd["slug"] / "opd.yaml"] = dump(opd_spec(opd, people), SCHEMA_HEADER["opd"])
        for person in people.values():
            assert person["nip"] not in seen, person["nip"]
            seen.add(person["nip"])
            spec = pegawai_spec(person, people, opd)
            files[SPECS / opd["slug"] / f"{person['nip']}.yaml"] = dump(spec, SCHEMA_HEADER["pegawai"])
    return files


def main() -> int:
    files = generate()
    # Remove YAML files of an earlier run that this run does not write
    # (hidden folders such as .skpdoc/ are left alone).
    wanted_dirs = {path.parent for path in files}
    for old in sorted(SPECS.glob("*.yaml")) + sorted(SPECS.glob("*/*.yaml")):
        if old not in files and not any(part.startswith(".") for part in old.relative_to(SPECS).parts):
            old.unlink()
    for folder in sorted(p for p in SPECS.iterdir() if p.is_dir()) if SPECS.exists() else []:
        if folder not in wanted_dirs and not folder.name.startswith(".") and not any(folder.iterdir()):
            folder.rmdir()
    for path, text in sorted(files.items()):
        write(path, text)
    print(f"{len(files)} berkas ditulis ke {SPECS.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
