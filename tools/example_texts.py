"""Text pools the example generator draws from: ekspektasi, umpan balik, catatan, lampiran
(used by tools/make_example.py)."""

from __future__ import annotations

ATAS, SESUAI, BAWAH = "di-atas-ekspektasi", "sesuai-ekspektasi", "di-bawah-ekspektasi"

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
