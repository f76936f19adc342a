"""Words of the edit pages of ``skpdoc serve`` (``serve.edit.*``): the plan and evaluation forms, saving, commits."""

from __future__ import annotations

LABELS: dict[str, dict[str, str | tuple[str, ...]]] = {
    # --- the pages -------------------------------------------------------------------------------------
    "serve.edit.judul_rencana": {"id": "Ubah rencana SKP", "en": "Edit the SKP plan"},
    "serve.edit.judul_evaluasi": {"id": "Evaluasi {periode}", "en": "Evaluation {periode}"},
    "serve.edit.pegawai": {"id": "{nama} · NIP {nip} · {jabatan}", "en": "{nama} · NIP {nip} · {jabatan}"},
    "serve.edit.kembali": {"id": "Kembali ke halaman pegawai", "en": "Back to the employee page"},
    "serve.edit.bantuan": {
        "id": "Tidak ada yang disimpan sampai Anda menekan Simpan. Tombol lain hanya mengubah formulir ini.",
        "en": "Nothing is saved until you press Save. The other buttons only change this form.",
    },
    "serve.edit.periode_lain": {"id": "Periode lain:", "en": "Other periods:"},
    "serve.edit.ubah_rencana": {"id": "Ubah rencana", "en": "Edit the plan"},
    # --- sections and fields ---------------------------------------------------------------------------
    "serve.edit.bagian.utama": {"id": "A. Hasil kerja utama", "en": "A. Main results (utama)"},
    "serve.edit.bagian.tambahan": {"id": "B. Hasil kerja tambahan", "en": "B. Additional results (tambahan)"},
    "serve.edit.rhk_ke": {"id": "RHK {n}", "en": "RHK {n}"},
    "serve.edit.indikator_ke": {"id": "Indikator {n}", "en": "Indicator {n}"},
    "serve.edit.belum_ada_rhk": {"id": "Belum ada RHK di bagian ini.", "en": "No RHK in this part yet."},
    "serve.edit.ekspektasi": {
        "id": "Ekspektasi khusus pimpinan",
        "en": "Special expectations of the leader (ekspektasi khusus pimpinan)",
    },
    "serve.edit.ekspektasi_bantuan": {
        "id": "Per nilai BerAKHLAK; kosongkan yang tidak ada.",
        "en": "Per BerAKHLAK value; leave empty where there is none.",
    },
    "serve.edit.lampiran": {"id": "Lampiran SKP", "en": "SKP attachment (lampiran)"},
    "serve.edit.lampiran.dukungan_sumber_daya": {
        "id": "Dukungan sumber daya (satu butir per baris)",
        "en": "Resources (one item per line)",
    },
    "serve.edit.lampiran.skema_pertanggungjawaban": {
        "id": "Skema pertanggungjawaban (satu butir per baris)",
        "en": "Accountability (one item per line)",
    },
    "serve.edit.lampiran.konsekuensi": {
        "id": "Konsekuensi (satu butir per baris)",
        "en": "Consequences (one item per line)",
    },
    "serve.edit.kolom.id": {"id": "Id", "en": "Id"},
    "serve.edit.kolom.rhk": {"id": "Rencana hasil kerja", "en": "Planned result (RHK)"},
    "serve.edit.kolom.intervensi": {
        "id": "RHK pimpinan yang diintervensi",
        "en": "Superior's RHK it supports (intervensi)",
    },
    "serve.edit.kolom.intervensi_teks": {
        "id": "RHK/sasaran yang diintervensi (teks, bila pimpinan di luar workspace)",
        "en": "RHK or target it supports (text, when the superior is outside the workspace)",
    },
    "serve.edit.kolom.aspek": {"id": "Aspek", "en": "Aspect (aspek)"},
    "serve.edit.kolom.perspektif": {"id": "Perspektif", "en": "Perspective (perspektif)"},
    "serve.edit.kolom.iki": {"id": "Indikator kinerja individu", "en": "Individual performance indicator (IKI)"},
    "serve.edit.kolom.target": {"id": "Target", "en": "Target"},
    "serve.edit.kolom.satuan": {"id": "Satuan", "en": "Unit (satuan)"},
    "serve.edit.kolom.ukuran_keberhasilan": {"id": "Ukuran keberhasilan", "en": "Measure of success"},
    "serve.edit.kolom.tanggal": {"id": "Tanggal penilaian", "en": "Date of the evaluation"},
    "serve.edit.kolom.rating_hasil_kerja": {"id": "Rating hasil kerja", "en": "Rating hasil kerja (results)"},
    "serve.edit.kolom.rating_perilaku_kerja": {
        "id": "Rating perilaku kerja",
        "en": "Rating perilaku kerja (behaviour)",
    },
    "serve.edit.kolom.catatan_rekomendasi": {"id": "Catatan dan rekomendasi", "en": "Notes and recommendations"},
    "serve.edit.kolom.realisasi": {"id": "Realisasi", "en": "Achieved (realisasi)"},
    "serve.edit.kolom.umpan_balik": {"id": "Umpan balik", "en": "Feedback (umpan balik)"},
    "serve.edit.kolom.bukti_dukung": {"id": "Bukti dukung (satu per baris)", "en": "Evidence (one per line)"},
    "serve.edit.rencana_target": {"id": "Target: {target}", "en": "Target: {target}"},
    "serve.edit.hasil_kerja": {"id": "Realisasi hasil kerja", "en": "Results achieved"},
    "serve.edit.tanpa_indikator": {
        "id": "Rencana ini belum punya indikator; isi rencananya dulu.",
        "en": "The plan has no indicators yet; fill in the plan first.",
    },
    "serve.edit.perilaku": {"id": "Umpan balik perilaku kerja", "en": "Feedback on behaviour (perilaku kerja)"},
    "serve.edit.penilaian": {"id": "Penilaian", "en": "Rating"},
    "serve.edit.predikat": {
        "id": "Predikat menurut kuadran kinerja: {predikat}",
        "en": "Predikat by the kuadran: {predikat}",
    },
    "serve.edit.predikat_belum": {
        "id": "Predikat dihitung dari kedua rating setelah keduanya dipilih.",
        "en": "The predikat follows from both ratings once both are chosen.",
    },
    "serve.edit.tanpa": {"id": "— tidak ada —", "en": "— none —"},
    "serve.edit.pilih": {"id": "— pilih —", "en": "— choose —"},
    # --- buttons ---------------------------------------------------------------------------------------
    "serve.edit.simpan": {"id": "Simpan", "en": "Save"},
    "serve.edit.periksa": {"id": "Periksa", "en": "Check"},
    "serve.edit.batal": {"id": "Batal", "en": "Cancel"},
    "serve.edit.tambah_rhk": {"id": "+ Tambah RHK", "en": "+ Add an RHK"},
    "serve.edit.tambah_indikator": {"id": "+ Tambah indikator", "en": "+ Add an indicator"},
    "serve.edit.naik": {"id": "Naikkan {apa}", "en": "Move {apa} up"},
    "serve.edit.turun": {"id": "Turunkan {apa}", "en": "Move {apa} down"},
    "serve.edit.hapus": {"id": "Hapus {apa}", "en": "Remove {apa}"},
    "serve.edit.hapus_pendek": {"id": "Hapus", "en": "Remove"},
    # --- problems --------------------------------------------------------------------------------------
    "serve.edit.ringkasan": {
        "id": "{galat} galat, {peringatan} peringatan:",
        "en": "{galat} {galat:error|errors}, {peringatan} {peringatan:warning|warnings}:",
    },
    "serve.edit.tanpa_masalah": {"id": "Tidak ada masalah.", "en": "No problems."},
    "serve.edit.masalah": {"id": "Pemeriksaan", "en": "Check"},
    "serve.edit.di_lain": {
        "id": "Perubahan ini menimbulkan galat di SKP lain (tidak menghalangi penyimpanan):",
        "en": "This change brings errors into other specs (saving is still possible):",
    },
    "serve.edit.rusak_di_lain": {
        "id": "Perubahan ini menimbulkan {n} galat di SKP lain: {berkas}",
        "en": "This change brings {n} {n:error|errors} into other specs: {berkas}",
    },
    "serve.edit.tak_terbaca": {
        "id": "Berkas ini tidak dapat diubah lewat formulir karena bukan YAML yang utuh. "
        "Perbaiki dulu di penyunting teks (skpdoc validate menunjukkan masalahnya).",
        "en": "This file cannot be edited through the form: it is not well-formed YAML. "
        "Fix it in a text editor first (skpdoc validate shows the problems).",
    },
    # --- saving ----------------------------------------------------------------------------------------
    "serve.edit.ditolak": {
        "id": "Belum disimpan: perbaiki dulu galat yang ditandai. Isian Anda tetap ada.",
        "en": "Not saved: fix the errors marked first. Your input is kept.",
    },
    "serve.edit.konflik": {
        "id": "Belum disimpan: orang lain mengubah berkas ini sejak formulir dibuka. Isian Anda tetap ada di bawah. "
        "Periksa perubahan mereka; bila Anda menyimpan lagi, isian Anda ditulis di atas berkas yang sekarang.",
        "en": "Not saved: someone else changed this file since the form was opened. Your input is kept below. "
        "Look at their change; if you save again, your input is written over the file as it is now.",
    },
    "serve.edit.konflik.mereka": {"id": "Perubahan oleh orang lain", "en": "Changed by someone else"},
    "serve.edit.konflik.anda": {"id": "Yang berubah bila Anda menyimpan sekarang", "en": "What saving now changes"},
    "serve.edit.konflik.tak_dikenal": {
        "id": "Versi berkas saat formulir dibuka tidak dikenal lagi, jadi perubahan orang lain tidak dapat ditampilkan.",
        "en": "The file as it was when the form was opened is no longer known, so their change cannot be shown.",
    },
    "serve.edit.konflik.kosong": {"id": "Tidak ada perubahan isi.", "en": "No change of content."},
    "serve.edit.dipulihkan": {
        "id": "Sesi Anda sempat berakhir; isian yang Anda kirim dipulihkan. Periksa, lalu simpan.",
        "en": "Your session had expired; the input you sent is restored. Check it, then save.",
    },
    "serve.edit.tidak_dipulihkan": {
        "id": "Isian yang tersimpan sementara tidak ada lagi (kedaluwarsa atau sudah dipakai); "
        "formulir ini menampilkan berkas yang sekarang.",
        "en": "The input kept for you is gone (expired or already used); the form shows the file as it is now.",
    },
    "serve.edit.tanpa_perubahan": {
        "id": "Tidak ada yang diubah; berkas tidak ditulis.",
        "en": "Nothing was changed; the file was not written.",
    },
    "serve.edit.disimpan": {
        "id": "Disimpan dan dicatat di git (commit {commit}).",
        "en": "Saved and committed to git (commit {commit}).",
    },
    "serve.edit.disimpan_tanpa_git": {
        "id": "Disimpan. Workspace ini bukan repositori git, jadi perubahan tidak dicatat (tidak di-commit).",
        "en": "Saved. The workspace is not a git repository, so the change was not committed.",
    },
    "serve.edit.disimpan_commit_gagal": {
        "id": "Disimpan, tetapi commit git gagal: {alasan}",
        "en": "Saved, but the git commit failed: {alasan}",
    },
    # --- the commit message ----------------------------------------------------------------------------
    "serve.edit.commit.tertunda": {
        "id": "{file}: perubahan yang belum di-commit, dicatat sebelum suntingan {user} dari peramban",
        "en": "{file}: changes not yet committed, recorded before {user}'s edit from the browser",
    },
    "serve.edit.commit.lain": {"id": "(+{n} perubahan lain)", "en": "(+{n} more {n:change|changes})"},
    "serve.edit.commit.oleh": {
        "id": "Disimpan lewat skpdoc serve oleh {user}.",
        "en": "Saved through skpdoc serve by {user}.",
    },
    "serve.edit.commit.tanpa_perubahan": {"id": "tanpa perubahan isi", "en": "no change of content"},
}
