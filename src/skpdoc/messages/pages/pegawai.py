"""Words of the pegawai page of ``skpdoc serve`` (``serve.pegawai.*``): the SKP as read, its problems, its history."""

from __future__ import annotations

LABELS: dict[str, dict[str, str | tuple[str, ...]]] = {
    "serve.pegawai.judul": {"id": "SKP {nama}", "en": "SKP of {nama}"},
    "serve.pegawai.berkas": {"id": "Berkas: {file}", "en": "File: {file}"},
    "serve.pegawai.navigasi": {"id": "Bagian halaman", "en": "Parts of the page"},
    # --- problems ---
    "serve.pegawai.ringkas_masalah": {
        "id": "{galat} galat, {peringatan} peringatan",
        "en": "{galat} {galat:error|errors}, {peringatan} {peringatan:warning|warnings}",
    },
    "serve.pegawai.tanpa_masalah": {"id": "Tidak ada masalah.", "en": "No problems."},
    "serve.pegawai.semua_masalah": {"id": "Semua masalah berkas ini", "en": "Every problem of this file"},
    "serve.pegawai.masalah_lain": {"id": "Masalah lain di berkas ini", "en": "Other problems in this file"},
    "serve.pegawai.peringatan": {"id": "Peringatan", "en": "Warning"},
    "serve.pegawai.galat": {"id": "Galat", "en": "Error"},
    "serve.pegawai.baris": {"id": "baris {line}", "en": "line {line}"},
    "serve.pegawai.lihat": {"id": "lihat", "en": "show"},
    "serve.pegawai.bukan_yaml": {
        "id": "Berkas ini tidak dapat dibaca sebagai YAML: hanya masalahnya yang ditampilkan.",
        "en": "This file cannot be read as YAML: only its problems are shown.",
    },
    "serve.pegawai.belum_diisi": {"id": "belum diisi", "en": "to fill"},
    # --- actions ---
    "serve.pegawai.ubah_rencana": {"id": "Ubah rencana", "en": "Edit the plan"},
    "serve.pegawai.isi_evaluasi": {"id": "Isi evaluasi {periode}", "en": "Fill in the evaluation {periode}"},
    "serve.pegawai.pratinjau": {"id": "Pratinjau formulir", "en": "Form previews"},
    "serve.pegawai.pratinjau_skp": {"id": "SKP", "en": "SKP"},
    "serve.pegawai.pratinjau_lampiran": {"id": "Lampiran SKP", "en": "SKP attachment"},
    "serve.pegawai.pratinjau_evaluasi": {"id": "Evaluasi {periode}", "en": "Evaluation {periode}"},
    "serve.pegawai.pratinjau_galat": {
        "id": "Formulir dibuat dari SKP tanpa galat: perbaiki galat di halaman ini dahulu.",
        "en": "Forms are made from an SKP without errors: fix the errors on this page first.",
    },
    # --- identity and officials ---
    "serve.pegawai.identitas": {"id": "Pegawai yang dinilai", "en": "Employee assessed"},
    "serve.pegawai.nama": {"id": "Nama", "en": "Name"},
    "serve.pegawai.status": {"id": "Status", "en": "Status"},
    "serve.pegawai.pangkat": {"id": "Pangkat/golongan ruang", "en": "Rank/grade"},
    "serve.pegawai.jabatan": {"id": "Jabatan", "en": "Position"},
    "serve.pegawai.jenis_jabatan": {"id": "Jenis jabatan", "en": "Kind of position"},
    "serve.pegawai.jenjang": {"id": "Jenjang", "en": "Level"},
    "serve.pegawai.unit": {"id": "Unit kerja", "en": "Unit"},
    "serve.pegawai.opd": {"id": "OPD", "en": "OPD"},
    "serve.pegawai.penilai": {"id": "Pejabat penilai kinerja", "en": "Appraising official"},
    "serve.pegawai.atasan": {"id": "Atasan pejabat penilai kinerja", "en": "Appraising official's superior"},
    "serve.pegawai.luar": {"id": "di luar workspace", "en": "outside the workspace"},
    "serve.pegawai.turunan": {
        "id": "pejabat penilai dari pejabat penilai",
        "en": "the appraising official's own appraiser",
    },
    "serve.pegawai.tidak_ada": {"id": "tidak diisi", "en": "not given"},
    "serve.pegawai.tidak_ditemukan": {
        "id": "NIP ini tidak ada di workspace",
        "en": "this NIP is not in the workspace",
    },
    # --- the plan ---
    "serve.pegawai.rencana": {"id": "Rencana SKP", "en": "SKP plan"},
    "serve.pegawai.pendekatan": {"id": "Pendekatan", "en": "Approach"},
    "serve.pegawai.periode_penilaian": {"id": "Periode penilaian", "en": "Appraisal period"},
    "serve.pegawai.penetapan": {"id": "Ditetapkan", "en": "Set"},
    "serve.pegawai.hasil_kerja": {"id": "Hasil kerja", "en": "Work results"},
    "serve.pegawai.utama": {"id": "A. Utama", "en": "A. Main"},
    "serve.pegawai.tambahan": {"id": "B. Tambahan", "en": "B. Additional"},
    "serve.pegawai.tanpa_rhk": {"id": "Tidak ada RHK.", "en": "No RHK."},
    "serve.pegawai.mendukung": {"id": "Mendukung RHK {nama}", "en": "Supports the RHK of {nama}"},
    "serve.pegawai.mendukung_luar": {"id": "Mendukung RHK pimpinan", "en": "Supports the leader's RHK"},
    "serve.pegawai.rhk_tidak_ditemukan": {
        "id": "RHK {ref} tidak ditemukan",
        "en": "RHK {ref} not found",
    },
    "serve.pegawai.kolom_indikator": {
        "id": ("Aspek", "Indikator kinerja individu", "Target", "Satuan"),
        "en": ("Aspect", "Individual performance indicator", "Target", "Unit"),
    },
    "serve.pegawai.kolom_indikator_jpt": {
        "id": ("Perspektif", "Indikator kinerja individu", "Target", "Satuan"),
        "en": ("Perspective", "Individual performance indicator", "Target", "Unit"),
    },
    "serve.pegawai.perilaku": {"id": "Perilaku kerja", "en": "Work behaviour"},
    "serve.pegawai.kolom_perilaku": {
        "id": ("No", "Perilaku kerja", "Ekspektasi khusus pimpinan"),
        "en": ("No", "Behaviour", "Leader's special expectation"),
    },
    "serve.pegawai.lampiran": {"id": "Lampiran SKP", "en": "SKP attachment"},
    "serve.pegawai.lampiran.dukungan_sumber_daya": {"id": "Dukungan sumber daya", "en": "Resource support"},
    "serve.pegawai.lampiran.skema_pertanggungjawaban": {
        "id": "Skema pertanggungjawaban",
        "en": "Accountability scheme",
    },
    "serve.pegawai.lampiran.konsekuensi": {"id": "Konsekuensi", "en": "Consequences"},
    "serve.pegawai.kosong": {"id": "Tidak ada.", "en": "None."},
    # --- evaluations ---
    "serve.pegawai.evaluasi": {"id": "Evaluasi kinerja", "en": "Performance evaluations"},
    "serve.pegawai.tanpa_evaluasi": {
        "id": "Belum ada evaluasi yang dibuka untuk pegawai ini.",
        "en": "No evaluation has been opened for this employee yet.",
    },
    "serve.pegawai.tanggal": {"id": "Tempat, tanggal", "en": "Place, date"},
    "serve.pegawai.kolom_evaluasi": {
        "id": ("Indikator", "Target", "Realisasi", "Umpan balik"),
        "en": ("Indicator", "Target", "Realisasi", "Feedback"),
    },
    "serve.pegawai.kolom_perilaku_evaluasi": {
        "id": ("No", "Perilaku kerja", "Umpan balik"),
        "en": ("No", "Behaviour", "Feedback"),
    },
    "serve.pegawai.bukti": {"id": "Bukti dukung", "en": "Evidence"},
    "serve.pegawai.rating_hasil": {"id": "Rating hasil kerja", "en": "Rating hasil kerja (results)"},
    "serve.pegawai.rating_perilaku": {"id": "Rating perilaku kerja", "en": "Rating perilaku kerja (behaviour)"},
    "serve.pegawai.predikat": {"id": "Predikat kinerja", "en": "Predikat"},
    "serve.pegawai.kuadran": {"id": "menurut kuadran: {predikat}", "en": "by the kuadran: {predikat}"},
    "serve.pegawai.catatan": {"id": "Catatan/rekomendasi", "en": "Notes/recommendation"},
    # --- history ---
    "serve.pegawai.riwayat": {"id": "Riwayat perubahan", "en": "Change history"},
    "serve.pegawai.riwayat.judul": {"id": "Riwayat perubahan SKP {nama}", "en": "Change history of the SKP of {nama}"},
    "serve.pegawai.riwayat.terakhir": {"id": "Perubahan terakhir", "en": "Latest changes"},
    "serve.pegawai.riwayat.semua": {
        "id": "Seluruh riwayat, dengan isi setiap perubahan",
        "en": "The whole history, with what each change did",
    },
    "serve.pegawai.riwayat.kembali": {"id": "Kembali ke SKP {nama}", "en": "Back to the SKP of {nama}"},
    "serve.pegawai.riwayat.bukan_git": {
        "id": "Workspace ini bukan repositori git: riwayat perubahan tidak tersedia.",
        "en": "This workspace is not a git repository: there is no change history.",
    },
    "serve.pegawai.riwayat.kosong": {
        "id": "Berkas ini belum pernah di-commit.",
        "en": "This file has never been committed.",
    },
    "serve.pegawai.riwayat.lebih": {
        "id": "Hanya {n} commit terakhir yang ditampilkan; yang lebih lama: git log --follow -- {file}",
        "en": "Only the last {n} commits are shown; older ones: git log --follow -- {file}",
    },
    "serve.pegawai.riwayat.belum_commit": {
        "id": "Perubahan yang belum di-commit",
        "en": "Changes not committed yet",
    },
    "serve.pegawai.riwayat.oleh": {"id": "{author}, {when}", "en": "{author}, {when}"},
    "serve.pegawai.riwayat.tanpa_perubahan": {
        "id": "Isi SKP tidak berubah (hanya tata letak atau komentar berkas).",
        "en": "The SKP's content did not change (only the file's layout or comments).",
    },
    "serve.pegawai.riwayat.gagal": {
        "id": "Perubahan commit ini tidak dapat dibandingkan: {error}",
        "en": "This commit's changes could not be compared: {error}",
    },
}
