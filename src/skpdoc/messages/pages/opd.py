"""Words of the opd page of ``skpdoc serve`` (``serve.opd.*``)."""

from __future__ import annotations

LABELS: dict[str, dict[str, str | tuple[str, ...]]] = {
    "serve.opd.kembali": {"id": "← Semua OPD", "en": "← All OPDs"},
    "serve.opd.isi": {"id": "Isi halaman", "en": "On this page"},
    "serve.opd.bagian_pegawai": {"id": "Pegawai", "en": "Employees"},
    "serve.opd.bagian_pohon": {"id": "Pohon kinerja", "en": "Pohon kinerja"},
    "serve.opd.bagian_rekap": {"id": "Rekap {periode}", "en": "Rekap, {periode}"},
    "serve.opd.ringkas": {
        "id": "{n} pegawai; {rencana} rencana lengkap; {galat} dengan galat.",
        "en": "{n} {n:employee|employees}; {rencana} {rencana:plan|plans} complete; {galat} with errors.",
    },
    # --- downloads (the routes and the progress page are /opd/<slug>/unduh/...) ----------------
    "serve.opd.unduh": {"id": "Unduh", "en": "Download"},
    "serve.opd.unduh_bundle": {"id": "Bundel PDF OPD", "en": "The OPD's PDF bundle"},
    "serve.opd.unduh_rekap": {"id": "Rekap (xlsx)", "en": "Rekap (xlsx)"},
    "serve.opd.unduh_catatan": {
        "id": "Dibuat dari spesifikasi saat ini untuk periode {periode}; bundel dapat memerlukan beberapa menit.",
        "en": "Made from the current specs for periode {periode}; a bundle may take a few minutes.",
    },
    # --- employees, grouped by unit in the forms' order ----------------------------------------
    "serve.opd.kolom": {
        "id": ("No", "Pegawai", "Jabatan", "Rencana", "Evaluasi", "Predikat", "Kekurangan"),
        "en": ("No", "Employee", "Position", "Plan", "Evaluation", "Predikat", "Missing"),
    },
    "serve.opd.kelompok_galat": {
        "id": "Spesifikasi dengan galat (belum masuk urutan formulir)",
        "en": "Specs with errors (not yet in the forms' order)",
    },
    "serve.opd.kosong": {"id": "OPD ini belum mempunyai pegawai.", "en": "This OPD has no employees yet."},
    "serve.opd.rencana.lengkap": {"id": "lengkap", "en": "complete"},
    "serve.opd.rencana.belum": {"id": "belum lengkap", "en": "incomplete"},
    "serve.opd.evaluasi.dinilai": {"id": "dinilai", "en": "rated"},
    "serve.opd.evaluasi.terisi": {"id": "diisi, belum dinilai", "en": "filled, not rated"},
    "serve.opd.evaluasi.kosong": {"id": "belum diisi", "en": "not filled"},
    "serve.opd.evaluasi.belum_dibuka": {"id": "belum dibuka", "en": "not opened"},
    "serve.opd.galat": {"id": "galat", "en": "errors"},
    "serve.opd.lengkap": {"id": "lengkap", "en": "complete"},
    # --- the pohon kinerja (skpdoc.serve.pohon) ---------------------------------------------
    "serve.opd.pohon_intro": {
        "id": (
            'Setiap RHK dengan RHK bawahan yang mengintervensinya (intervensi: "<nip>#<id-rhk>"), '
            "dimulai dari RHK kepala OPD. Klik sebuah RHK untuk membuka atau menutup cabangnya."
        ),
        "en": (
            'Each RHK with the subordinates\' RHK that intervene it (intervensi: "<nip>#<rhk-id>"), '
            "from the head's RHK down. Click an RHK to open or close its branch."
        ),
    },
    "serve.opd.pohon_ringkas": {
        "id": "{n} RHK; {tidak} RHK utama pejabat penilai tidak didukung; {lepas} RHK belum tersambung ke RHK atasan.",
        "en": ("{n} RHK; {tidak} RHK utama of a penilai not supported; {lepas} RHK not linked to a superior's RHK."),
    },
    "serve.opd.tidak_didukung": {"id": "tidak didukung", "en": "not supported"},
    "serve.opd.tidak_didukung_arti": {
        "id": "tidak didukung: RHK utama seorang pejabat penilai yang tidak diintervensi RHK bawahan mana pun.",
        "en": "not supported: an RHK utama of a penilai that no subordinate's RHK intervenes.",
    },
    "serve.opd.tambahan": {"id": "tambahan", "en": "tambahan"},
    "serve.opd.opd_lain": {"id": "OPD lain: {opd}", "en": "other OPD: {opd}"},
    "serve.opd.tanpa_kepala": {
        "id": "Spesifikasi kepala OPD tidak ada atau bergalat: pohon belum mempunyai puncak.",
        "en": "The head's spec is missing or has errors: the tree has no top yet.",
    },
    "serve.opd.pohon_tidak_ada": {
        "id": "Pohon kinerja belum dapat disusun: opd.yaml OPD ini bergalat (jalankan skpdoc validate).",
        "en": "The pohon kinerja cannot be drawn yet: the OPD's opd.yaml has errors (run skpdoc validate).",
    },
    "serve.opd.pohon_galat": {
        "id": "{n} spesifikasi bergalat tidak masuk pohon; RHK yang mengintervensinya ditandai.",
        "en": "{n} {n:spec|specs} with errors are not in the tree; the RHK intervening them are flagged.",
    },
    "serve.opd.lepas_judul": {
        "id": "RHK yang belum tersambung ke RHK atasan",
        "en": "RHK not linked to a superior's RHK",
    },
    "serve.opd.lepas_lain": {
        "id": "RHK lain di luar pohon kepala OPD ({n}): RHK tambahan, RHK yang mendukung OPD lain",
        "en": "Other RHK outside the head's tree ({n}): RHK tambahan, RHK supporting another OPD",
    },
    "serve.opd.pendukung": {"id": "{n} RHK pendukung", "en": "{n} supporting RHK"},
    "serve.opd.alasan.belum-diisi": {
        "id": "belum menyebut RHK atasan yang diintervensi",
        "en": "names no superior's RHK it intervenes yet",
    },
    "serve.opd.alasan.tidak-dikenal": {
        "id": "mengintervensi {target}, yang tidak ada di workspace atau spesifikasinya bergalat",
        "en": "intervenes {target}, which the workspace does not have or whose spec has errors",
    },
    "serve.opd.alasan.teks": {
        "id": "mengintervensi RHK di luar workspace: {target}",
        "en": "intervenes an RHK outside the workspace: {target}",
    },
    "serve.opd.alasan.opd-lain": {
        "id": "mendukung RHK OPD lain ({target})",
        "en": "supports another OPD's RHK ({target})",
    },
    "serve.opd.alasan.tambahan": {"id": "RHK tambahan tanpa intervensi", "en": "RHK tambahan without intervensi"},
    "serve.opd.alasan.terputus": {
        "id": "rantai intervensinya berputar dan tidak sampai ke kepala OPD ({target})",
        "en": "its chain of intervensi runs in a circle and never reaches the head ({target})",
    },
    # --- the rekap -----------------------------------------------------------------------------
    "serve.opd.rekap_ditolak": {
        "id": "Rekap belum dapat dibuat: spesifikasi yang diperlukannya bergalat (skpdoc rekap menolak dengan pesan ini).",
        "en": "The rekap cannot be made yet: specs it needs have errors (skpdoc rekap refuses with these messages).",
    },
    "serve.opd.rekap_pola": {"id": "Pola distribusi", "en": "Pola distribusi"},
}
