"""Fixed facts of the regulation: ranks, behaviours, the kuadran, periods.

Sources are the keys of ``shared/reference/skp-domain.md``; section numbers
are given next to each table.
"""

from __future__ import annotations

from typing import Final

# §7 — golongan ruang PNS and their pangkat (Perka BKN; S23k).
PANGKAT: Final[dict[str, str]] = {
    "I/a": "Juru Muda",
    "I/b": "Juru Muda Tk. I",
    "I/c": "Juru",
    "I/d": "Juru Tk. I",
    "II/a": "Pengatur Muda",
    "II/b": "Pengatur Muda Tk. I",
    "II/c": "Pengatur",
    "II/d": "Pengatur Tk. I",
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tk. I",
    "III/c": "Penata",
    "III/d": "Penata Tk. I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tk. I",
    "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}

# §7 — PPPK golongan I to XVII, without pangkat.
GOLONGAN_PPPK: Final[tuple[str, ...]] = (
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
    "XVI",
    "XVII",
)

# §7 — kinds of jabatan (UU 5/2014).
JENIS_JABATAN: Final[dict[str, str]] = {
    "jpt-utama": "Jabatan Pimpinan Tinggi Utama",
    "jpt-madya": "Jabatan Pimpinan Tinggi Madya",
    "jpt-pratama": "Jabatan Pimpinan Tinggi Pratama",
    "administrator": "Jabatan Administrator",
    "pengawas": "Jabatan Pengawas",
    "pelaksana": "Jabatan Pelaksana",
    "fungsional": "Jabatan Fungsional",
}
JPT: Final[frozenset[str]] = frozenset({"jpt-utama", "jpt-madya", "jpt-pratama"})

JENJANG: Final[dict[str, str]] = {
    "pemula": "Pemula",
    "terampil": "Terampil",
    "mahir": "Mahir",
    "penyelia": "Penyelia",
    "ahli-pertama": "Ahli Pertama",
    "ahli-muda": "Ahli Muda",
    "ahli-madya": "Ahli Madya",
    "ahli-utama": "Ahli Utama",
}

# §2.2 / §2.3 — labels printed for aspek and perspektif.
ASPEK: Final[dict[str, str]] = {"kuantitas": "Kuantitas", "kualitas": "Kualitas", "waktu": "Waktu", "biaya": "Biaya"}
PERSPEKTIF: Final[dict[str, str]] = {
    "penerima-layanan": "Penerima Layanan",
    "proses-bisnis": "Proses Bisnis",
    "penguatan-internal": "Penguatan Internal",
    "anggaran": "Anggaran",
}

# §2.5 — the seven BerAKHLAK values and their panduan perilaku.
PERILAKU: Final[dict[str, tuple[str, tuple[str, str, str]]]] = {
    "berorientasi_pelayanan": (
        "Berorientasi Pelayanan",
        (
            "Memahami dan memenuhi kebutuhan masyarakat",
            "Ramah, cekatan, solutif, dan dapat diandalkan",
            "Melakukan perbaikan tiada henti",
        ),
    ),
    "akuntabel": (
        "Akuntabel",
        (
            "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi",
            "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
            "Tidak menyalahgunakan kewenangan jabatan",
        ),
    ),
    "kompeten": (
        "Kompeten",
        (
            "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
            "Membantu orang lain belajar",
            "Melaksanakan tugas dengan kualitas terbaik",
        ),
    ),
    "harmonis": (
        "Harmonis",
        (
            "Menghargai setiap orang apapun latar belakangnya",
            "Suka menolong orang lain",
            "Membangun lingkungan kerja yang kondusif",
        ),
    ),
    "loyal": (
        "Loyal",
        (
            "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, "
            "setia kepada NKRI serta pemerintahan yang sah",
            "Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara",
            "Menjaga rahasia jabatan dan negara",
        ),
    ),
    "adaptif": (
        "Adaptif",
        (
            "Cepat menyesuaikan diri menghadapi perubahan",
            "Terus berinovasi dan mengembangkan kreativitas",
            "Bertindak proaktif",
        ),
    ),
    "kolaboratif": (
        "Kolaboratif",
        (
            "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
            "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
            "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
        ),
    ),
}

# §3.1 / §6 — evaluation periods, in order, with their printed labels.
PERIODE: Final[dict[str, str]] = {
    "triwulan-1": "Triwulan I",
    "triwulan-2": "Triwulan II",
    "triwulan-3": "Triwulan III",
    "triwulan-4": "Triwulan IV",
    "akhir": "Akhir",
}
#: Last month of each period (the evaluation is signed after it ends).
PERIODE_LAST_MONTH: Final[dict[str, int]] = {
    "triwulan-1": 3,
    "triwulan-2": 6,
    "triwulan-3": 9,
    "triwulan-4": 12,
    "akhir": 12,
}

# §4 — ratings, predikat, and the 3×3 kuadran kinerja.
RATING: Final[dict[str, str]] = {
    "di-atas-ekspektasi": "Di Atas Ekspektasi",
    "sesuai-ekspektasi": "Sesuai Ekspektasi",
    "di-bawah-ekspektasi": "Di Bawah Ekspektasi",
}
PREDIKAT: Final[dict[str, str]] = {
    "sangat-baik": "Sangat Baik",
    "baik": "Baik",
    "butuh-perbaikan": "Butuh Perbaikan",
    "kurang": "Kurang/Misconduct",
    "sangat-kurang": "Sangat Kurang",
}
#: Forms print "KURANG" where the kuadran says "Kurang/Misconduct" (§4).
PREDIKAT_FORM: Final[dict[str, str]] = {**PREDIKAT, "kurang": "Kurang"}

KUADRAN: Final[dict[tuple[str, str], str]] = {
    ("di-atas-ekspektasi", "di-bawah-ekspektasi"): "kurang",
    ("di-atas-ekspektasi", "sesuai-ekspektasi"): "baik",
    ("di-atas-ekspektasi", "di-atas-ekspektasi"): "sangat-baik",
    ("sesuai-ekspektasi", "di-bawah-ekspektasi"): "kurang",
    ("sesuai-ekspektasi", "sesuai-ekspektasi"): "baik",
    ("sesuai-ekspektasi", "di-atas-ekspektasi"): "baik",
    ("di-bawah-ekspektasi", "di-bawah-ekspektasi"): "sangat-kurang",
    ("di-bawah-ekspektasi", "sesuai-ekspektasi"): "butuh-perbaikan",
    ("di-bawah-ekspektasi", "di-atas-ekspektasi"): "butuh-perbaikan",
}

# §5 — capaian kinerja organisasi.
CAPAIAN_ORGANISASI: Final[dict[str, str]] = {
    "istimewa": "Istimewa",
    "baik": "Baik",
    "butuh-perbaikan": "Butuh Perbaikan",
    "kurang": "Kurang",
    "sangat-kurang": "Sangat Kurang",
}

#: §4, SE MenPANRB 3/2023 [S9d]: the capaian of the organisation a person heads becomes his or her rating
#: hasil kerja. The source gives no table; this is the common reading (uncertain point 4 of the reference):
#: Istimewa is above expectations, Baik meets them, the three lower capaian fall below them.
RATING_PIMPINAN: Final[dict[str, str]] = {
    "istimewa": "di-atas-ekspektasi",
    "baik": "sesuai-ekspektasi",
    "butuh-perbaikan": "di-bawah-ekspektasi",
    "kurang": "di-bawah-ekspektasi",
    "sangat-kurang": "di-bawah-ekspektasi",
}

# §9 — angka kredit of jabatan fungsional from the predikat (Peraturan BKN 3/2023, PermenPANRB 1/2023 [S20b]):
# AK = percentage of the predikat × the yearly coefficient of the jenjang, pro rata by months for a shorter period.
ANGKA_KREDIT_PERSEN: Final[dict[str, int]] = {
    "sangat-baik": 150,
    "baik": 100,
    "butuh-perbaikan": 75,
    "kurang": 50,
    "sangat-kurang": 25,
}
#: Koefisien angka kredit tahunan per jenjang (Lampiran PermenPANRB 1/2023, used by Peraturan BKN 3/2023).
#: Ahli Pertama 12.5 is confirmed by [S20b]; the other values are the widely published table (confidence M).
KOEFISIEN_TAHUNAN: Final[dict[str, float]] = {
    "pemula": 3.75,
    "terampil": 5.0,
    "mahir": 12.5,
    "penyelia": 25.0,
    "ahli-pertama": 12.5,
    "ahli-muda": 25.0,
    "ahli-madya": 37.5,
    "ahli-utama": 50.0,
}


def predikat(rating_hasil_kerja: str, rating_perilaku_kerja: str) -> str:
    """The predikat slug from the kuadran kinerja (§4)."""
    return KUADRAN[(rating_hasil_kerja, rating_perilaku_kerja)]
