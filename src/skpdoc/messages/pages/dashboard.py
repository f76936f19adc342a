"""Words of the dashboard page of ``skpdoc serve`` (``serve.dashboard.*``), and of the pola distribusi chart
(``serve.dashboard.grafik.*``), which the OPD page draws too."""

from __future__ import annotations

LABELS: dict[str, dict[str, str | tuple[str, ...]]] = {
    "serve.dashboard.kolom": {
        "id": (
            "OPD",
            "Pegawai",
            "Rencana lengkap",
            "Evaluasi diisi",
            "Evaluasi dinilai",
            "Galat",
            "Peringatan",
            "Pola distribusi",
        ),
        "en": (
            "OPD",
            "Employees",
            "Plans complete",
            "Evaluations filled",
            "Evaluations rated",
            "Errors",
            "Warnings",
            "Pola distribusi",
        ),
    },
    "serve.dashboard.keterangan": {
        "id": (
            "Galat: spesifikasi pegawai dengan kesalahan. Peringatan: jumlah peringatan skpdoc validate di folder OPD. "
            "Evaluasi dan pola distribusi: periode {periode}."
        ),
        "en": (
            "Errors: employee specs with errors. Warnings: how many warnings skpdoc validate finds in the OPD's "
            "folder. Evaluations and pola distribusi: periode {periode}."
        ),
    },
    "serve.dashboard.saring": {"id": "Saring", "en": "Filter"},
    "serve.dashboard.pilih_periode": {"id": "Periode", "en": "Periode"},
    "serve.dashboard.pilih_opd": {"id": "OPD", "en": "OPD"},
    "serve.dashboard.semua_opd": {"id": "Semua OPD", "en": "All OPDs"},
    "serve.dashboard.belum_ada": {"id": "— belum ada evaluasi —", "en": "— no evaluation yet —"},
    "serve.dashboard.tampilkan": {"id": "Tampilkan", "en": "Show"},
    "serve.dashboard.jumlah_opd": {"id": "Jumlah OPD", "en": "OPDs"},
    "serve.dashboard.pola_judul": {"id": "Pola distribusi {periode}", "en": "Pola distribusi, {periode}"},
    "serve.dashboard.pola_intro": {
        "id": (
            "Bagian tiap predikat di antara pegawai yang sudah dinilai (batang) dan rentang yang diizinkan pola "
            "distribusi menurut capaian kinerja organisasi (arsir), dihitung seperti skpdoc rekap."
        ),
        "en": (
            "Each predikat's share among the employees rated so far (bar) and the range the pola distribusi "
            "allows for the organisation's capaian (shaded), computed as skpdoc rekap does."
        ),
    },
    "serve.dashboard.tanpa_pola": {
        "id": "Pola distribusi dihitung setelah evaluasi suatu periode dibuka.",
        "en": "The pola distribusi is counted once an evaluation periode is opened.",
    },
    "serve.dashboard.aturan": {"id": "Pola: {aturan}", "en": "Pola: {aturan}"},
    "serve.dashboard.buka_opd": {"id": "Buka halaman OPD", "en": "Open the OPD's page"},
    "serve.dashboard.masalah": {
        "id": "{n} kesalahan di luar spesifikasi pegawai (skpdoc.yaml, opd.yaml): jalankan skpdoc validate.",
        "en": "{n} {n:error|errors} outside the employees' specs (skpdoc.yaml, opd.yaml): run skpdoc validate.",
    },
    "serve.dashboard.dinilai_anda": {"id": "Pegawai yang Anda nilai", "en": "Employees you assess"},
    "serve.dashboard.dinilai_kosong": {
        "id": "Tidak ada spesifikasi yang menyebut Anda sebagai pejabat penilai.",
        "en": "No spec names you as its pejabat penilai.",
    },
    "serve.dashboard.dinilai_kolom": {
        "id": ("Nama", "Jabatan", "OPD", "Predikat", "Kekurangan"),
        "en": ("Name", "Position", "OPD", "Predikat", "Missing"),
    },
    "serve.dashboard.tanpa_capaian": {
        "id": "capaian kinerja organisasi periode ini belum ditetapkan: pola distribusi belum berlaku",
        "en": "the organisation's capaian for this periode is not set: no pola distribusi applies yet",
    },
    "serve.dashboard.lengkap": {"id": "lengkap", "en": "complete"},
    # --- the pola distribusi chart (skpdoc.serve.chart) ------------------------------------
    "serve.dashboard.grafik.judul": {
        "id": "Pola distribusi {lingkup} — {periode} — capaian kinerja organisasi: {capaian}",
        "en": "Pola distribusi of {lingkup} — {periode} — organisation's capaian: {capaian}",
    },
    "serve.dashboard.grafik.desc": {
        "id": "Dari {n} pegawai yang dinilai: {rincian}",
        "en": "Of {n} {n:employee|employees} rated: {rincian}",
    },
    "serve.dashboard.grafik.bagian": {"id": "bagian yang dinilai", "en": "share of those rated"},
    "serve.dashboard.grafik.rentang": {"id": "rentang yang diizinkan pola", "en": "range the pola allows"},
    "serve.dashboard.grafik.kolom": {
        "id": ("Predikat", "Jumlah", "Persen", "Batas pola"),
        "en": ("Predikat", "Count", "Share", "Pola limit"),
    },
    "serve.dashboard.grafik.bersama": {"id": "{nama} (bersama)", "en": "{nama} (together)"},
    "serve.dashboard.grafik.bebas": {"id": "tanpa batas", "en": "no limit"},
    "serve.dashboard.grafik.dinilai": {"id": "Dinilai", "en": "Rated"},
    "serve.dashboard.grafik.belum": {"id": "Belum dinilai", "en": "Not rated yet"},
    "serve.dashboard.grafik.angka": {"id": "Angka grafik", "en": "The chart's figures"},
}
