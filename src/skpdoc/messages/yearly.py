"""Messages of the year's milestones: init and tahun-baru (N), evaluation rounds (K)."""

from __future__ import annotations

# code -> lang -> (message, hint). Placeholders use str.format names.
MESSAGES: dict[str, dict[str, tuple[str, str]]] = {
    # --- init and tahun-baru (skpdoc.scaffold, skpdoc.newyear) ------------
    "N001": {
        "id": (
            "catatan: belum ada OPD di workspace {root}",
            "tambahkan pegawai dengan `skpdoc import roster FILE` (ekspor SIASN), atau satu per satu dengan "
            "`skpdoc new ... --opd SLUG`",
        ),
        "en": (
            "note: the workspace {root} has no OPD yet",
            "add employees with `skpdoc import roster FILE` (the SIASN export), or one by one with "
            "`skpdoc new ... --opd SLUG`",
        ),
    },
    "N002": {
        "id": (
            "git tidak ditemukan: repositori tidak dibuat dan filter diff tidak didaftarkan",
            "pasang git, lalu jalankan `skpdoc init` lagi di folder ini (berkas yang sudah ada tidak diubah)",
        ),
        "en": (
            "git is not installed: no repository was created and the diff filter was not registered",
            "install git, then run `skpdoc init` again in this folder (existing files are not changed)",
        ),
    },
    "N003": {
        "id": ("{command} gagal: {detail}", "periksa repositori dengan `git status`, lalu jalankan lagi"),
        "en": ("{command} failed: {detail}", "check the repository with `git status`, then run it again"),
    },
    "N004": {
        "id": ("dibuat: {path}", ""),
        "en": ("created: {path}", ""),
    },
    "N005": {
        "id": ("sudah ada, tidak diubah: {path}", ""),
        "en": ("already there, kept as it is: {path}", ""),
    },
    "N006": {
        "id": ("repositori git dibuat: {path}", ""),
        "en": ("git repository created: {path}", ""),
    },
    "N007": {
        "id": ('git config {key} "{value}" (di {path})', ""),
        "en": ('git config {key} "{value}" (in {path})', ""),
    },
    "N008": {
        "id": ('{key} sudah diatur di repositori ini ("{value}"); tidak diubah', ""),
        "en": ('{key} is already set in this repository ("{value}"); not changed', ""),
    },
    "N009": {
        "id": (
            "perintah skpdoc tidak ada di PATH, padahal git diff dan pre-commit memanggilnya",
            "aktifkan lingkungan Python tempat skpdoc terpasang (mis. `source .venv/bin/activate`) sebelum git dan pre-commit",
        ),
        "en": (
            "the skpdoc command is not on PATH, and git diff and pre-commit call it",
            "activate the Python environment skpdoc is installed in (e.g. `source .venv/bin/activate`) before git and pre-commit",
        ),
    },
    "N010": {
        "id": (
            "berada di dalam workspace {root}; satu workspace tidak boleh memuat workspace lain",
            "pilih folder di luar workspace itu, mis. di sampingnya",
        ),
        "en": (
            "is inside the workspace {root}; a workspace cannot hold another one",
            "choose a folder outside that workspace, e.g. beside it",
        ),
    },
    "N011": {
        "id": ("tidak boleh kosong", 'tulis nama instansi, mis. --instansi "Pemerintah Kabupaten Musi Banyuasin"'),
        "en": (
            "must not be empty",
            'give the name of the instansi, e.g. --instansi "Pemerintah Kabupaten Musi Banyuasin"',
        ),
    },
    "N012": {
        "id": (
            "pre-commit hanya membaca {config} di akar repositori {top}",
            "salin hook skpdoc-validate dari {path} ke berkas itu",
        ),
        "en": (
            "pre-commit reads only {config} at the top of the repository {top}",
            "copy the skpdoc-validate hook from {path} into that file",
        ),
    },
    "N013": {
        "id": (
            "tahun baru {tahun} harus sesudah tahun workspace ini ({lama})",
            "tulis tahun berikutnya, mis. skpdoc tahun-baru {berikut} -o FOLDER",
        ),
        "en": (
            "the new year {tahun} must come after this workspace's year ({lama})",
            "give the next year, e.g. skpdoc tahun-baru {berikut} -o FOLDER",
        ),
    },
    "N014": {
        "id": (
            "sudah ada dan bukan folder kosong; tidak ditimpa",
            "pilih folder baru (dibuat otomatis) atau folder kosong dengan -o",
        ),
        "en": (
            "already exists and is not an empty folder; not overwritten",
            "choose a new folder (it is created) or an empty one with -o",
        ),
    },
    "N015": {
        "id": (
            "{count} berkas tidak dapat dibaca sebagai YAML (di atas); tidak ada yang ditulis",
            "perbaiki berkas itu (`skpdoc validate`), lalu jalankan tahun-baru lagi",
        ),
        "en": (
            "{count} {count:file|files} cannot be read as YAML (above); nothing was written",
            "fix those files (`skpdoc validate`), then run tahun-baru again",
        ),
    },
    "N016": {
        "id": (
            "{nama} ({nip}) mencapai batas usia pensiun {usia} tahun pada {bulan}: periode SKP {tahun} diusulkan "
            "sampai {selesai}",
            "perkiraan dari NIP dan jabatan (PP 11/2017 ps. 239); periksa periode di {path}",
        ),
        "en": (
            "{nama} ({nip}) reaches the retirement age of {usia} in {bulan}: the {tahun} SKP period is proposed "
            "to end on {selesai}",
            "an estimate from the NIP and the jabatan (PP 11/2017 art. 239); check the periode in {path}",
        ),
    },
    "N017": {
        "id": (
            "{nama} ({nip}) sudah mencapai batas usia pensiun {usia} tahun pada {bulan}, sebelum tahun {tahun}",
            "perkiraan dari NIP dan jabatan; bila sudah pensiun, hapus {path}",
        ),
        "en": (
            "{nama} ({nip}) reached the retirement age of {usia} in {bulan}, before {tahun}",
            "an estimate from the NIP and the jabatan; if retired, delete {path}",
        ),
    },
    "N018": {
        "id": (
            "SKP {tahun} ditulis di {path}: {pegawai} pegawai dari {opd} OPD; {usulan} usulan (target, pejabat "
            "penilai) di belum_dikonfirmasi, {isian} isian [ISI] (tanggal penetapan)",
            "periksa dan lengkapi, lalu jalankan `skpdoc validate {path}` (peringatan R190/R191 menunjukkan sisanya)",
        ),
        "en": (
            "{tahun} SKPs written in {path}: {pegawai} {pegawai:employee|employees} of {opd} {opd:OPD|OPDs}; "
            "{usulan} {usulan:proposal|proposals} (targets, penilai) in belum_dikonfirmasi, {isian} [ISI] "
            "{isian:field|fields} (penetapan date)",
            "review and complete them, then run `skpdoc validate {path}` (warnings R190/R191 show what is left)",
        ),
    },
    "N019": {
        "id": (
            "berada di dalam workspace {root}; workspace tahun baru harus di luarnya",
            "tulis ke folder di samping workspace ini, mis. -o ../skp-{tahun}",
        ),
        "en": (
            "is inside the workspace {root}; the new year's workspace must be outside it",
            "write to a folder beside this workspace, e.g. -o ../skp-{tahun}",
        ),
    },
    # --- evaluation rounds (evaluasi buka) -------------------------------
    "K001": {
        "id": (
            "evaluasi bukan mapping per periode, jadi evaluasi {periode} tidak dapat ditambahkan",
            "tulis evaluasi sebagai mapping (triwulan-1: ..., akhir: ...), lalu jalankan `skpdoc evaluasi buka` lagi",
        ),
        "en": (
            "evaluasi is not a mapping of periods, so the {periode} evaluation cannot be added",
            "write evaluasi as a mapping (triwulan-1: ..., akhir: ...), then run `skpdoc evaluasi buka` again",
        ),
    },
    "K002": {
        "id": (
            "spesifikasi ini tidak dapat dibaca sebagai mapping YAML, jadi evaluasi {periode} tidak dibuka",
            "perbaiki kesalahannya (`skpdoc validate`), lalu jalankan `skpdoc evaluasi buka` lagi: "
            "spesifikasi yang sudah dibuka tidak diubah lagi",
        ),
        "en": (
            "this spec cannot be read as a YAML mapping, so the {periode} evaluation was not opened",
            "fix it (`skpdoc validate`), then run `skpdoc evaluasi buka` again: specs already opened are left as "
            "they are",
        ),
    },
    "K003": {
        "id": (
            "berkas ini bukan teks UTF-8 atau UTF-16, jadi evaluasi {periode} tidak dibuka",
            "simpan berkas sebagai UTF-8, lalu jalankan `skpdoc evaluasi buka` lagi",
        ),
        "en": (
            "this file is not UTF-8 or UTF-16 text, so the {periode} evaluation was not opened",
            "save the file as UTF-8, then run `skpdoc evaluasi buka` again",
        ),
    },
    "K004": {
        "id": (
            "indikator tanpa id yang dapat dipakai (atau id ganda): tidak mendapat baris realisasi di evaluasi.{periode}",
            "beri indikator ini id yang unik, lalu tambahkan realisasinya di evaluasi.{periode}.hasil_kerja",
        ),
        "en": (
            "an indicator without a usable (or with a repeated) id: it gets no realisasi line in evaluasi.{periode}",
            "give the indicator a unique id, then add its realisasi under evaluasi.{periode}.hasil_kerja",
        ),
    },
    "K010": {
        "id": (
            "sebutkan OPD-nya dengan --opd",
            "capaian kinerja organisasi berbeda tiap OPD: `skpdoc evaluasi capaian PERIODE NILAI --opd SLUG`",
        ),
        "en": (
            "name the OPD with --opd",
            "each OPD has its own capaian: `skpdoc evaluasi capaian PERIODE VALUE --opd SLUG`",
        ),
    },
    "K011": {
        "id": (
            "capaian_kinerja_organisasi bukan mapping per periode",
            "tulis sebagai mapping (triwulan-1: baik, akhir: ...), lalu jalankan perintahnya lagi",
        ),
        "en": (
            "capaian_kinerja_organisasi is not a mapping of periods",
            "write it as a mapping (triwulan-1: baik, akhir: ...), then run the command again",
        ),
    },
    "K012": {
        "id": (
            "opd.yaml tidak akan valid lagi ({count} kesalahan); tidak ada yang ditulis",
            "unit yang dinilai sendiri memerlukan `kepala`; periksa dengan `skpdoc validate`",
        ),
        "en": (
            "opd.yaml would no longer be valid ({count} {count:error|errors}); nothing was written",
            "a unit rated on its own needs its `kepala`; check with `skpdoc validate`",
        ),
    },
}
