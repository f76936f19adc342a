"""Messages of `skpdoc import roster`, the SIASN export read into specs (M)."""

from __future__ import annotations

# code -> lang -> (message, hint). Placeholders use str.format names.
MESSAGES: dict[str, dict[str, tuple[str, str]]] = {
    # --- import roster (skpdoc.roster) ----------------------------------
    "M001": {
        "id": (
            "kolom daftar pegawai tidak dikenali; kolom yang ada: {found}",
            "ekspor SIASN memerlukan kolom {siasn}; format sederhana skpdoc memerlukan {simple} "
            "(templatnya: skpdoc import roster --template pegawai.xlsx)",
        ),
        "en": (
            "the roster's columns are not recognised; columns found: {found}",
            "a SIASN export needs the columns {siasn}; skpdoc's simple layout needs {simple} "
            "(its template: skpdoc import roster --template roster.xlsx)",
        ),
    },
    "M002": {
        "id": ("jenis berkas {suffix} tidak dapat dibaca", "simpan daftar pegawai sebagai .xlsx atau .csv"),
        "en": ("a {suffix} file cannot be read", "save the roster as .xlsx or .csv"),
    },
    "M003": {
        "id": (
            "daftar pegawai tidak dapat dibaca: {detail}",
            "buka berkas di Excel dan simpan lagi sebagai .xlsx atau .csv",
        ),
        "en": ("cannot read the roster: {detail}", "open the file in Excel and save it again as .xlsx or .csv"),
    },
    "M004": {
        "id": (
            "daftar pegawai lebih dari {limit} baris",
            "bagi daftar per OPD, atau periksa apakah ini berkas yang benar",
        ),
        "en": ("the roster has more than {limit} rows", "split it per OPD, or check that this is the right file"),
    },
    "M005": {
        "id": (
            "tahun workspace tidak dapat dibaca",
            "perbaiki skpdoc.yaml (`skpdoc validate`), atau buat dengan `skpdoc init`",
        ),
        "en": (
            "the workspace's year cannot be read",
            "fix skpdoc.yaml (`skpdoc validate`), or make it with `skpdoc init`",
        ),
    },
    "M010": {
        "id": ("NIP kosong", "isi NIP atau NI PPPK (18 angka)"),
        "en": ("the NIP is empty", "fill in the NIP or NI PPPK (18 digits)"),
    },
    "M011": {
        "id": (
            "NIP tersimpan sebagai angka ({value}): Excel hanya menyimpan 15 angka, angka terakhirnya hilang",
            "format kolom NIP sebagai Teks (Format Cells > Text), lalu ketik ulang NIP-nya",
        ),
        "en": (
            "the NIP is stored as a number ({value}): Excel keeps only 15 digits, its last digits are lost",
            "format the NIP column as Text (Format Cells > Text), then type the NIPs again",
        ),
    },
    "M012": {
        "id": ("NIP '{value}' bukan 18 angka", "NIP dan NI PPPK terdiri atas 18 angka, tanpa huruf"),
        "en": ("NIP '{value}' is not 18 digits", "a NIP or NI PPPK has 18 digits and no letters"),
    },
    "M013": {
        "id": ("nama kosong", "isi nama lengkap pegawai"),
        "en": ("the name is empty", "fill in the employee's full name"),
    },
    "M014": {
        "id": ("status '{value}' tidak dikenal", "tulis pns atau pppk (kosong berarti pns)"),
        "en": ("unknown status '{value}'", "write pns or pppk (empty means pns)"),
    },
    "M015": {
        "id": ("golongan kosong", "isi golongan: PNS I/a s.d. IV/e, PPPK I s.d. XVII"),
        "en": ("the golongan is empty", "fill in the golongan: PNS I/a to IV/e, PPPK I to XVII"),
    },
    "M016": {
        "id": ("golongan '{value}' tidak dikenal", "tulis golongan seperti III/c (PNS) atau IX (PPPK)"),
        "en": ("unknown golongan '{value}'", "write the golongan like III/c (PNS) or IX (PPPK)"),
    },
    "M017": {
        "id": ("jenis jabatan '{value}' tidak dikenal", "{suggestion}"),
        "en": ("unknown jenis jabatan '{value}'", "{suggestion}"),
    },
    "M018": {
        "id": (
            "tingkat jabatan struktural '{jabatan}' tidak dapat ditentukan",
            "tambahkan kolom ESELON (mis. III.a), atau pakai format sederhana dengan jenis_jabatan "
            "jpt-pratama, administrator atau pengawas",
        ),
        "en": (
            "the level of the structural post '{jabatan}' cannot be told",
            "add an ESELON column (e.g. III.a), or use the simple layout with jenis_jabatan "
            "jpt-pratama, administrator or pengawas",
        ),
    },
    "M019": {
        "id": ("jenjang '{value}' tidak dikenal", "{suggestion}"),
        "en": ("unknown jenjang '{value}'", "{suggestion}"),
    },
    "M020": {
        "id": ("OPD kosong", "isi nama OPD tempat pegawai bekerja"),
        "en": ("the OPD is empty", "fill in the name of the employee's OPD"),
    },
    "M021": {
        "id": (
            "pejabat penilai {nip} tidak ada di daftar pegawai maupun di workspace",
            "periksa NIP-nya, tambahkan pejabat itu ke daftar, atau kosongkan agar skpdoc mengusulkan atasannya",
        ),
        "en": (
            "the penilai {nip} is neither in the roster nor in the workspace",
            "check the NIP, add that official to the roster, or leave it empty for skpdoc to propose the superior",
        ),
    },
    "M022": {
        "id": (
            "NIP {nip} sudah ada di baris {first}; kedua baris tidak diimpor",
            "satu pegawai, satu baris: hapus baris yang salah",
        ),
        "en": (
            "NIP {nip} is already on row {first}; neither row is imported",
            "one employee, one row: remove the wrong one",
        ),
    },
    "M023": {
        "id": ("berkas sudah ada", "pilih nama lain, atau hapus berkas itu dahulu"),
        "en": ("the file already exists", "choose another name, or remove that file first"),
    },
    "M024": {
        "id": ("templat daftar pegawai harus berkas .xlsx", "mis. skpdoc import roster --template pegawai.xlsx"),
        "en": ("the roster template must be an .xlsx file", "e.g. skpdoc import roster --template roster.xlsx"),
    },
    "M025": {
        "id": ("berikan berkas daftar pegawai, atau --template BERKAS.xlsx", "skpdoc import roster pegawai.xlsx"),
        "en": ("give the roster file, or --template FILE.xlsx", "skpdoc import roster roster.xlsx"),
    },
    "M030": {
        "id": ("{slug}/ {nama}: {written} SKP baru, {existing} sudah ada; kepala {kepala} {kepala_nama}", ""),
        "en": (
            "{slug}/ {nama}: {written} new {written:spec|specs}, {existing} already there; head {kepala} {kepala_nama}",
            "",
        ),
    },
    "M031": {
        "id": ("{written} berkas ditulis, {changes} perubahan, {bad} baris bermasalah", ""),
        "en": (
            "{written} {written:file|files} written, {changes} {changes:change|changes}, {bad} {bad:row|rows} with problems",
            "",
        ),
    },
    "M032": {
        "id": ("--dry-run: {written} berkas akan ditulis, {changes} perubahan, {bad} baris bermasalah", ""),
        "en": (
            "--dry-run: {written} {written:file|files} would be written, {changes} {changes:change|changes}, {bad} {bad:row|rows} with problems",
            "",
        ),
    },
    "M033": {
        "id": (
            "{nip}: SKP-nya ada di {file}, daftar pegawai menempatkannya di {opd}; berkas tidak dipindah",
            "pindahkan berkas itu (dan ubah unit-nya) bila pegawai memang pindah OPD",
        ),
        "en": (
            "{nip}: the spec is {file}, the roster places the employee in {opd}; the file is not moved",
            "move that file (and change its unit) if the employee did move to another OPD",
        ),
    },
    "M034": {
        "id": (
            "{count} pejabat penilai diusulkan dari jabatan dan unit",
            "periksa setiap usulan (`skpdoc validate` menyebutnya), lalu hapus baris belum_dikonfirmasi-nya",
        ),
        "en": (
            "{count} penilai proposed from jabatan and unit",
            "check each proposal (`skpdoc validate` names them), then delete its belum_dikonfirmasi line",
        ),
    },
    "M035": {
        "id": (
            "templat daftar pegawai ditulis: {file}",
            "isi satu baris per pegawai, lalu: skpdoc import roster {file}",
        ),
        "en": ("roster template written: {file}", "fill in one row per employee, then: skpdoc import roster {file}"),
    },
}
