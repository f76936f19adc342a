"""Words of the preview and download pages of ``skpdoc serve`` (``serve.files.*``)."""

from __future__ import annotations

LABELS: dict[str, dict[str, str | tuple[str, ...]]] = {
    # The preview of an employee's forms
    "serve.files.pratinjau_judul": {"id": "Pratinjau formulir {nama}", "en": "Preview of the forms of {nama}"},
    "serve.files.ke_pegawai": {"id": "Kembali ke halaman pegawai", "en": "Back to the employee's page"},
    "serve.files.daftar_formulir": {"id": "Formulir", "en": "Forms"},
    "serve.files.buka_tab": {"id": "Buka di tab baru", "en": "Open in a new tab"},
    "serve.files.unduh_pdf": {"id": "Unduh PDF", "en": "Download the PDF"},
    "serve.files.catatan_pratinjau": {
        "id": "Formulir dibuat dengan cara yang sama seperti skpdoc build. Saat pertama dibuka atau setelah "
        "spesifikasi berubah, pembuatannya perlu beberapa detik.",
        "en": "The form is made the same way as by skpdoc build. The first time, or after the spec changed, "
        "this takes a few seconds.",
    },
    "serve.files.tanpa_pdf": {
        "id": "Peramban ini tidak dapat menampilkan PDF di halaman. Buka atau unduh PDF dengan tautan di atas.",
        "en": "This browser cannot show the PDF in the page. Open or download it with the links above.",
    },
    "serve.files.tanpa_formulir": {
        "id": "Belum ada formulir untuk pegawai ini.",
        "en": "There is no form for this employee yet.",
    },
    "serve.files.ditolak": {
        "id": "Formulir ini belum dapat dibuat: perbaiki dulu {n} galat berikut (skpdoc validate menampilkannya juga).",
        "en": "This form cannot be made yet: first fix the following {n} {n:error|errors} (skpdoc validate "
        "shows them too).",
    },
    "serve.files.ditolak_berkas": {
        "id": "Berkas ini belum dapat dibuat: perbaiki dulu {n} galat berikut (skpdoc validate menampilkannya juga).",
        "en": "This file cannot be made yet: first fix the following {n} {n:error|errors} (skpdoc validate shows "
        "them too).",
    },
    "serve.files.gagal_dibuat": {
        "id": "Pembuatan PDF gagal:",
        "en": "Making the PDF failed:",
    },
    "serve.files.tak_tersedia": {
        "id": "PDF tidak dapat dibuat di server ini saat ini:",
        "en": "The PDF cannot be made on this server right now:",
    },
    # Downloads of an OPD and the job page
    "serve.files.judul.bundle": {"id": "Bundel PDF {opd}", "en": "PDF bundle of {opd}"},
    "serve.files.judul.rekap": {"id": "Rekap {opd} (xlsx)", "en": "Rekap of {opd} (xlsx)"},
    "serve.files.periode_tanpa.bundle": {"id": "semua periode", "en": "every periode"},
    "serve.files.periode_tanpa.rekap": {"id": "yang terakhir dinilai", "en": "the latest rated"},
    "serve.files.untuk_periode": {"id": "Periode: {periode}", "en": "Periode: {periode}"},
    "serve.files.langkah.menunggu": {
        "id": "Menunggu giliran ({n} tugas di depan)…",
        "en": "Waiting for its turn ({n} {n:job|jobs} ahead)…",
    },
    "serve.files.langkah.mulai": {"id": "Dimulai…", "en": "Started…"},
    "serve.files.langkah.antre_build": {
        "id": "Menunggu pembuatan dokumen lain selesai…",
        "en": "Waiting for another build to finish…",
    },
    "serve.files.langkah.memeriksa": {"id": "Memeriksa spesifikasi…", "en": "Checking the specs…"},
    "serve.files.langkah.dokumen": {
        "id": "{done} dari {total} dokumen siap",
        "en": "{done} of {total} {total:document|documents} ready",
    },
    "serve.files.langkah.bundel": {"id": "Menyusun bundel PDF…", "en": "Putting the PDF bundle together…"},
    "serve.files.langkah.rekap": {"id": "Menyusun rekap…", "en": "Making the rekap…"},
    "serve.files.langkah.selesai": {"id": "Selesai.", "en": "Done."},
    "serve.files.langkah.gagal": {"id": "Gagal.", "en": "Failed."},
    "serve.files.unduh_berkas": {"id": "Unduh {nama}", "en": "Download {nama}"},
    "serve.files.disimpan_sampai": {
        "id": "Berkas ini disimpan di server selama satu jam.",
        "en": "The server keeps this file for an hour.",
    },
    "serve.files.gagal": {"id": "Tugas ini gagal:", "en": "This job failed:"},
    "serve.files.galat_tak_terduga": {
        "id": "Terjadi galat yang tidak terduga; catatan server memuat rinciannya.",
        "en": "An unexpected error happened; the server's log has the details.",
    },
    "serve.files.ke_opd": {"id": "Kembali ke halaman OPD", "en": "Back to the OPD's page"},
    "serve.files.terlalu_banyak": {
        "id": "Anda sudah punya {n} tugas yang sedang berjalan atau menunggu; tunggu sampai salah satunya selesai.",
        "en": "You already have {n} {n:job|jobs} running or waiting; wait until one of them is done.",
    },
    "serve.files.periode_salah": {
        "id": "Periode tidak dikenal: {periode}.",
        "en": "Unknown periode: {periode}.",
    },
}
