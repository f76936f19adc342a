"""Words every page of ``skpdoc serve`` uses: the frame, the login, refusals."""

from __future__ import annotations

LABELS: dict[str, dict[str, str | tuple[str, ...]]] = {
    "serve.nav.beranda": {"id": "Beranda", "en": "Home"},
    "serve.nav.telaah": {"id": "Telaah perubahan", "en": "Review changes"},
    "serve.belum_ada_akun": {
        "id": "Belum ada akun. Buat akun pertama di terminal: skpdoc users add NAMA --role admin",
        "en": "No account yet. Create the first one in a terminal: skpdoc users add NAME --role admin",
    },
    "serve.dilarang": {"id": "Anda tidak berhak membuka atau mengubah ini.", "en": "You may not open or change this."},
    "serve.http.403": {"id": "Anda tidak berhak membuka atau mengubah ini.", "en": "You may not open or change this."},
    "serve.http.404": {"id": "Halaman ini tidak ada.", "en": "There is no such page."},
    "serve.http.409": {
        "id": "Berkas ini telah diubah orang lain sementara itu.",
        "en": "Someone else changed this file meanwhile.",
    },
    "serve.kembali": {"id": "Kembali ke beranda", "en": "Back to the start page"},
    "serve.rusak": {
        "id": "Workspace ini tidak dapat dibaca: perbaiki masalah berikut (skpdoc validate menampilkannya juga).",
        "en": "This workspace cannot be read: fix these problems (skpdoc validate shows them too).",
    },
    "serve.judul": {"id": "Status SKP", "en": "SKP status"},
    "serve.periode": {"id": "Periode: {periode}", "en": "Period: {periode}"},
    "serve.tanpa_periode": {
        "id": "Belum ada evaluasi yang dibuka: hanya rencana (SKP) yang dihitung.",
        "en": "No evaluation opened yet: only the plans (SKP) are counted.",
    },
    "serve.kolom": {
        "id": ("OPD", "Pegawai", "Rencana lengkap", "Evaluasi diisi", "Evaluasi dinilai", "Galat"),
        "en": ("OPD", "Employees", "Plans complete", "Evaluations filled", "Evaluations rated", "Errors"),
    },
    "serve.masuk": {"id": "Masuk", "en": "Log in"},
    "serve.keluar": {"id": "Keluar", "en": "Log out"},
    "serve.masuk_sebagai": {"id": "Masuk sebagai {user}", "en": "Logged in as {user}"},
    "serve.nama_pengguna": {"id": "Nama pengguna", "en": "User name"},
    "serve.sandi": {"id": "Kata sandi", "en": "Password"},
    "serve.salah": {"id": "Nama pengguna atau kata sandi salah.", "en": "Wrong user name or password."},
    "serve.tunggu": {
        "id": "Terlalu banyak percobaan masuk yang gagal; coba lagi dalam {detik} detik.",
        "en": "Too many failed logins; try again in {detik} {detik:second|seconds}.",
    },
}
