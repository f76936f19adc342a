"""The text of every problem code, in Indonesian (default) and English.

One table, so a reviewer can read every message skpdoc can print in one
place, and a test can check that both languages take the same arguments.
Codes: ``F`` files, ``Y`` YAML, ``S`` schema, ``R`` domain rules,
``W`` workspace layout, ``T`` templates, ``D`` diff. Arguments worded per
language ("did you mean ...?", type names) are in :mod:`skpdoc.hints`.
"""

from __future__ import annotations

from typing import Any

# code -> lang -> (message, hint). Placeholders use str.format names.
MESSAGES: dict[str, dict[str, tuple[str, str]]] = {
    # --- files and YAML -------------------------------------------------
    "F001": {
        "id": ("berkas tidak dapat dibaca: {detail}", "periksa nama berkas dan hak aksesnya"),
        "en": ("cannot read the file: {detail}", "check the file name and its permissions"),
    },
    "F002": {
        "id": ("tidak ditemukan", "periksa path yang diberikan"),
        "en": ("not found", "check the path you gave"),
    },
    "F003": {
        "id": ("berkas sudah ada", "pakai --force untuk menimpanya, atau -o untuk nama lain"),
        "en": ("the file already exists", "use --force to overwrite it, or -o for another name"),
    },
    "F004": {
        "id": (
            "bukan berkas biasa ({kind}); tidak dibaca",
            "spesifikasi harus berkas teks .yaml biasa; hapus atau ganti",
        ),
        "en": ("not a regular file ({kind}); not read", "a spec must be a plain .yaml text file; remove or replace it"),
    },
    "F005": {
        "id": (
            "berkas terlalu besar: {size} byte (batas {limit} byte)",
            "spesifikasi biasanya hanya beberapa KB; periksa apakah ini berkas yang benar",
        ),
        "en": (
            "the file is too large: {size} bytes (limit {limit} bytes)",
            "a spec is usually a few KB; check that this is the right file",
        ),
    },
    "F006": {
        "id": ("tautan (symlink) ke {target} yang tidak ada", "perbaiki tautan itu, atau hapus"),
        "en": ("a link (symlink) to {target}, which does not exist", "fix the link, or remove it"),
    },
    "F007": {
        "id": ("tautan (symlink) berputar, tidak berujung pada berkas", "hapus tautan itu"),
        "en": ("a symlink loop that never reaches a file", "remove the link"),
    },
    "F008": {
        "id": (
            "bukan berkas spesifikasi (.yaml atau .yml)",
            "berikan <opd>/<nip>.yaml, opd.yaml, skpdoc.yaml, atau folder workspace",
        ),
        "en": (
            "not a spec file (.yaml or .yml)",
            "give <opd>/<nip>.yaml, opd.yaml, skpdoc.yaml, or the workspace folder",
        ),
    },
    # --- the output folder (skpdoc.outdir) ------------------------------
    "F010": {
        "id": ("bukan folder", "hapus atau ganti nama berkas itu, atau pilih folder keluaran lain dengan -o"),
        "en": ("not a folder", "remove or rename that file, or choose another output folder with -o"),
    },
    "F011": {
        "id": ("tautan (symlink) berputar, tidak berujung pada folder", "hapus tautan itu, atau pilih folder lain"),
        "en": ("a symlink loop that never reaches a folder", "remove the link, or choose another folder"),
    },
    "F012": {
        "id": (
            "tidak dapat menulis di sini: {detail}",
            "periksa hak akses dan ruang disk folder keluaran, atau pilih folder lain dengan -o",
        ),
        "en": (
            "cannot write here: {detail}",
            "check the output folder's permissions and free space, or choose another one with -o",
        ),
    },
    "F013": {
        "id": (
            "build lain (pid {pid}) sedang menulis ke folder ini",
            "tunggu sampai build itu selesai, atau pilih folder keluaran lain dengan -o",
        ),
        "en": (
            "another build (pid {pid}) is writing into this folder",
            "wait until that build has finished, or choose another output folder with -o",
        ),
    },
    "E001": {
        "id": ("{count} kesalahan pada spesifikasi", "jalankan `skpdoc validate` untuk rinciannya"),
        "en": ("{count} errors in the specs", "run `skpdoc validate` for the details"),
    },
    "Y001": {
        "id": ("YAML tidak valid: {detail}", "{advice}"),
        "en": ("invalid YAML: {detail}", "{advice}"),
    },
    "Y002": {
        "id": (
            "kunci '{key}' ditulis dua kali (pertama di baris {first_line})",
            "hapus salah satunya; YAML hanya memakai satu nilai",
        ),
        "en": (
            "key '{key}' appears twice (first on line {first_line})",
            "remove one of them; YAML keeps only one value",
        ),
    },
    "Y003": {
        "id": ("karakter TAB dipakai untuk indentasi", "ganti TAB dengan spasi (YAML hanya menerima spasi)"),
        "en": ("a TAB character is used for indentation", "replace the TAB with spaces (YAML accepts only spaces)"),
    },
    "Y004": {
        "id": ("berkas bukan teks UTF-8 (byte {byte})", "simpan ulang berkas dengan encoding UTF-8"),
        "en": ("the file is not UTF-8 text (byte {byte})", "save the file again with UTF-8 encoding"),
    },
    "Y005": {
        "id": ("berkas kosong", "isi berkas, atau mulai dari `skpdoc new`"),
        "en": ("the file is empty", "fill it in, or start from `skpdoc new`"),
    },
    "Y006": {
        "id": (
            "isi berkas harus berupa mapping (kunci: nilai), bukan {kind}",
            "mulai berkas dengan kunci seperti `pegawai:`",
        ),
        "en": (
            "the file must hold a mapping (key: value), not a {kind}",
            "start the file with a key such as `pegawai:`",
        ),
    },
    "Y007": {
        "id": ("alias YAML mengembang melebihi {limit} nilai", "jangan memakai anchor/alias (&, *) berulang-ulang"),
        "en": ("YAML aliases expand to more than {limit} values", "do not nest anchors/aliases (&, *)"),
    },
    "Y008": {
        "id": (
            "berkas berisi lebih dari satu dokumen YAML",
            "satu berkas hanya untuk satu pegawai; hapus pemisah `---`",
        ),
        "en": ("the file holds more than one YAML document", "one file per employee; remove the `---` separator"),
    },
    "Y009": {
        "id": ("kunci harus berupa teks sederhana", "tulis kunci sebagai teks biasa, mis. `nama:`"),
        "en": ("a key must be plain text", "write the key as plain text, e.g. `nama:`"),
    },
    "Y010": {
        "id": ("tag YAML {tag} tidak didukung", "hapus tag (tanda !), tulis nilainya biasa saja"),
        "en": ("YAML tag {tag} is not supported", "remove the tag (the ! mark) and write the plain value"),
    },
    "Y011": {
        "id": (
            "struktur bersarang lebih dari {limit} tingkat",
            "SKP hanya perlu beberapa tingkat; periksa tanda [ ] {{ }} dan indentasi di sini",
        ),
        "en": (
            "nested more than {limit} levels deep",
            "a spec needs only a few levels; check the [ ] {{ }} brackets and the indentation here",
        ),
    },
    "Y012": {
        "id": (
            "berkas berisi lebih dari {limit} nilai",
            "satu SKP biasanya berisi beberapa ratus nilai; periksa apakah ini berkas yang benar",
        ),
        "en": (
            "the file holds more than {limit} values",
            "a spec usually holds a few hundred values; check that this is the right file",
        ),
    },
    "Y013": {
        "id": (
            "karakter {char} tidak boleh ada dalam berkas YAML",
            "hapus karakter itu (biasanya terbawa saat menyalin teks dari aplikasi lain)",
        ),
        "en": (
            "character {char} is not allowed in a YAML file",
            "delete it (it usually comes along when text is copied from another program)",
        ),
    },
    "Y014": {
        "id": (
            "teks berisi karakter {char} ({escape}) yang tidak dapat dicetak di formulir",
            "hapus {escape} dari teks ini",
        ),
        "en": (
            "the text holds character {char} ({escape}), which no form can print",
            "remove {escape} from this text",
        ),
    },
    "Y015": {
        "id": (
            "angka terlalu panjang: {digits} digit, paling banyak {limit}",
            'periksa angkanya; nomor seperti NIP atau NIK ditulis dalam tanda kutip: "..."',
        ),
        "en": (
            "the number is too long: {digits} digits, at most {limit}",
            'check the number; identifiers such as a NIP or NIK go in quotes: "..."',
        ),
    },
    "Y016": {
        "id": (
            "'{value}' bukan angka yang dapat dipakai (tak hingga atau bukan angka)",
            "tulis angka biasa, mis. 12 atau 3.5; bila ini teks, tulis dalam tanda kutip",
        ),
        "en": (
            "'{value}' is not a usable number (infinite or not a number)",
            "write an ordinary number such as 12 or 3.5; if this is text, put it in quotes",
        ),
    },
    "Y017": {
        "id": (
            "teks berisi karakter kendali arah tak terlihat {char} ({name})",
            "hapus karakter itu ({escape}): ia dapat membalik atau menyamarkan teks di formulir",
        ),
        "en": (
            "the text holds the invisible direction control {char} ({name})",
            "remove it ({escape}): it can reverse or disguise the text on the form",
        ),
    },
    # --- schema ---------------------------------------------------------
    "S001": {
        "id": ("kunci tidak dikenal '{key}'", "{suggestion}"),
        "en": ("unknown key '{key}'", "{suggestion}"),
    },
    "S002": {
        "id": ("kunci wajib '{key}' tidak ada", "tambahkan `{key}:`"),
        "en": ("required key '{key}' is missing", "add `{key}:`"),
    },
    "S003": {
        "id": ("harus berupa {expected}, bukan {actual}", "{extra}"),
        "en": ("must be {expected}, not {actual}", "{extra}"),
    },
    "S004": {
        "id": ("nilai '{value}' tidak diizinkan", "{suggestion}"),
        "en": ("value '{value}' is not allowed", "{suggestion}"),
    },
    "S005": {
        "id": ("format tidak sesuai: '{value}'", "{extra}"),
        "en": ("wrong format: '{value}'", "{extra}"),
    },
    "S006": {
        "id": ("daftar kosong", "isi paling sedikit satu butir"),
        "en": ("the list is empty", "give at least one item"),
    },
    "S007": {
        "id": ("teks kosong", "isi teksnya atau hapus kuncinya"),
        "en": ("empty text", "fill in the text or remove the key"),
    },
    "S008": {
        "id": (
            "teks terlalu panjang: {length} karakter, paling banyak {limit}",
            "persingkat teks ini; rincian dapat dimuat di bukti dukung",
        ),
        "en": (
            "the text is too long: {length} characters, at most {limit}",
            "shorten this text; details can go into the bukti dukung",
        ),
    },
    "S009": {
        "id": ("daftar terlalu panjang: {count} butir, paling banyak {limit}", "kurangi jumlah butirnya"),
        "en": ("the list is too long: {count} items, at most {limit}", "give fewer items"),
    },
    "S010": {
        "id": ("angka terlalu besar: {value}, paling banyak {limit}", "{extra}"),
        "en": ("the number is too large: {value}, at most {limit}", "{extra}"),
    },
    "S011": {
        "id": ("angka terlalu kecil: {value}, paling sedikit {limit}", "{extra}"),
        "en": ("the number is too small: {value}, at least {limit}", "{extra}"),
    },
    "S099": {
        "id": ("tidak sesuai skema: {detail}", ""),
        "en": ("does not match the schema: {detail}", ""),
    },
    # --- identity -------------------------------------------------------
    "R101": {
        "id": (
            "tanggal lahir dalam NIP {nip} tidak valid ({value})",
            "8 angka pertama NIP adalah tanggal lahir TTTTBBHH",
        ),
        "en": (
            "the birth date in NIP {nip} is not a real date ({value})",
            "the first 8 digits of a NIP are the birth date YYYYMMDD",
        ),
    },
    "R102": {
        "id": (
            "TMT CPNS dalam NIP {nip} tidak valid ({value}): {why}",
            "angka ke-9 s.d. 14 adalah TMT CPNS TTTTBB, paling cepat bulan ulang tahun ke-18 dan tidak sesudah {tahun}",
        ),
        "en": (
            "the TMT CPNS in NIP {nip} is not valid ({value}): {why}",
            "digits 9-14 are the TMT CPNS YYYYMM, no earlier than the 18th birthday and not after {tahun}",
        ),
    },
    "R103": {
        "id": (
            "kode jenis kelamin dalam NIP {nip} harus 1 atau 2, bukan {value}",
            "angka ke-15 NIP: 1 laki-laki, 2 perempuan",
        ),
        "en": ("the gender digit in NIP {nip} must be 1 or 2, not {value}", "digit 15 of a NIP: 1 male, 2 female"),
    },
    "R104": {
        "id": ("nomor urut dalam NIP {nip} tidak boleh 000", "3 angka terakhir NIP dimulai dari 001"),
        "en": ("the sequence number in NIP {nip} cannot be 000", "the last 3 digits of a NIP start at 001"),
    },
    "R105": {
        "id": (
            "tahun pengangkatan dalam NI PPPK {nip} tidak valid ({value})",
            "angka ke-9 s.d. 12 NI PPPK adalah tahun pengangkatan pertama (2019 s.d. {tahun}), "
            "paling cepat pada usia 18 tahun",
        ),
        "en": (
            "the appointment year in NI PPPK {nip} is not valid ({value})",
            "digits 9-12 of an NI PPPK are the first appointment year (2019 to {tahun}), at age 18 or later",
        ),
    },
    "R110": {
        "id": (
            "pangkat '{pangkat}' tidak sesuai dengan golongan {golongan}",
            "golongan {golongan} berpangkat {expected}",
        ),
        "en": ("rank '{pangkat}' does not match golongan {golongan}", "golongan {golongan} has the rank {expected}"),
    },
    "R111": {
        "id": ("golongan {golongan} tidak berlaku untuk {status}", "golongan {status}: {range}"),
        "en": ("golongan {golongan} does not apply to {status}", "{status} golongan: {range}"),
    },
    "R112": {
        "id": ("PPPK tidak berpangkat", "hapus `pangkat:`; cukup `golongan:` (I s.d. XVII)"),
        "en": ("PPPK have no rank (pangkat)", "remove `pangkat:`; `golongan:` (I to XVII) is enough"),
    },
    "R113": {
        "id": ("jabatan fungsional memerlukan jenjang", "tambahkan `jenjang:`, mis. ahli-pertama atau terampil"),
        "en": ("a jabatan fungsional needs its jenjang", "add `jenjang:`, e.g. ahli-pertama or terampil"),
    },
    "R114": {
        "id": ("jenjang hanya untuk jabatan fungsional", "hapus `jenjang:` atau ubah jenis_jabatan menjadi fungsional"),
        "en": ("jenjang applies only to a jabatan fungsional", "remove `jenjang:` or set jenis_jabatan to fungsional"),
    },
    # --- the plan -------------------------------------------------------
    "R120": {
        "id": (
            "SKP JPT memakai perspektif, bukan aspek",
            "ganti `aspek:` dengan `perspektif:` (penerima-layanan, proses-bisnis, penguatan-internal, anggaran)",
        ),
        "en": (
            "a JPT's SKP uses perspektif, not aspek",
            "replace `aspek:` with `perspektif:` (penerima-layanan, proses-bisnis, penguatan-internal, anggaran)",
        ),
    },
    "R121": {
        "id": (
            "indikator JPT memerlukan perspektif",
            "tambahkan `perspektif:` (penerima-layanan, proses-bisnis, penguatan-internal, anggaran)",
        ),
        "en": (
            "a JPT indicator needs a perspektif",
            "add `perspektif:` (penerima-layanan, proses-bisnis, penguatan-internal, anggaran)",
        ),
    },
    "R122": {
        "id": (
            "perspektif hanya untuk JPT; pegawai {jenis} memakai aspek",
            "ganti `perspektif:` dengan `aspek:` (kuantitas, kualitas, waktu, biaya)",
        ),
        "en": (
            "perspektif is for JPT only; a {jenis} uses aspek",
            "replace `perspektif:` with `aspek:` (kuantitas, kualitas, waktu, biaya)",
        ),
    },
    "R123": {
        "id": (
            "indikator pendekatan kuantitatif memerlukan aspek",
            "tambahkan `aspek:` (kuantitas, kualitas, waktu, biaya)",
        ),
        "en": ("a kuantitatif indicator needs an aspek", "add `aspek:` (kuantitas, kualitas, waktu, biaya)"),
    },
    "R124": {
        "id": (
            "indikator pendekatan kuantitatif memerlukan {missing}",
            "tulis `iki:` (indikator), `target:` (angka) dan `satuan:` (mis. Dokumen, %)",
        ),
        "en": (
            "a kuantitatif indicator needs {missing}",
            "give `iki:` (the indicator), `target:` (a number) and `satuan:` (e.g. Dokumen, %)",
        ),
    },
    "R125": {
        "id": (
            "pendekatan kualitatif memakai ukuran_keberhasilan, bukan {keys}",
            "tulis target di dalam kalimat `ukuran_keberhasilan:`, atau ubah pendekatan menjadi kuantitatif",
        ),
        "en": (
            "the kualitatif approach uses ukuran_keberhasilan, not {keys}",
            "write the target into the `ukuran_keberhasilan:` sentence, or switch pendekatan to kuantitatif",
        ),
    },
    "R126": {
        "id": (
            "indikator pendekatan kualitatif memerlukan ukuran_keberhasilan",
            "tambahkan `ukuran_keberhasilan:` berisi ukuran dan targetnya",
        ),
        "en": (
            "a kualitatif indicator needs ukuran_keberhasilan",
            "add `ukuran_keberhasilan:` with the measure and its target",
        ),
    },
    "R127": {
        "id": (
            "pendekatan kuantitatif tidak memakai ukuran_keberhasilan",
            "pakai `iki:`, `target:` dan `satuan:`, atau ubah pendekatan menjadi kualitatif",
        ),
        "en": (
            "the kuantitatif approach does not use ukuran_keberhasilan",
            "use `iki:`, `target:` and `satuan:`, or switch pendekatan to kualitatif",
        ),
    },
    "R128": {
        "id": ("target tidak boleh negatif ({value})", "tulis target sebagai angka 0 atau lebih"),
        "en": ("the target cannot be negative ({value})", "write the target as a number of 0 or more"),
    },
    "R130": {
        "id": ("id '{id}' sudah dipakai di baris {first_line}", "id RHK dan indikator harus unik dalam satu SKP"),
        "en": ("id '{id}' is already used on line {first_line}", "RHK and indicator ids must be unique within a spec"),
    },
    "R131": {
        "id": (
            "RHK utama tidak menyebut RHK pimpinan yang diintervensi",
            'tambahkan `intervensi: "<nip>#<id-rhk>"`, atau `intervensi_teks:` untuk JPT/pimpinan di luar workspace',
        ),
        "en": (
            "a main RHK names no superior RHK it supports",
            'add `intervensi: "<nip>#<rhk-id>"`, or `intervensi_teks:` for a JPT or a superior outside the workspace',
        ),
    },
    "R132": {
        "id": ("`intervensi` dan `intervensi_teks` tidak boleh diisi bersamaan", "pilih salah satu"),
        "en": ("`intervensi` and `intervensi_teks` cannot both be given", "keep one of them"),
    },
    "R133": {
        "id": (
            "RHK yang diintervensi: pegawai {nip} tidak ada di workspace",
            "periksa NIP, atau tulis RHK pimpinan sebagai `intervensi_teks:`",
        ),
        "en": (
            "intervened RHK: employee {nip} is not in the workspace",
            "check the NIP, or write the superior's RHK as `intervensi_teks:`",
        ),
    },
    "R134": {
        "id": ("RHK yang diintervensi: SKP {nip} ({nama}) tidak memiliki RHK '{id}'", "RHK {nama}: {rhks}"),
        "en": ("intervened RHK: the spec of {nip} ({nama}) has no RHK '{id}'", "the RHKs of {nama}: {rhks}"),
    },
    "R135": {
        "id": (
            "RHK yang diintervensi milik {nip}, bukan pejabat penilai ({penilai})",
            "RHK hasil cascading biasanya mengintervensi RHK atasan langsung",
        ),
        "en": (
            "the intervened RHK belongs to {nip}, not to the pejabat penilai ({penilai})",
            "a cascaded RHK usually supports the direct superior's RHK",
        ),
    },
    "R136": {
        "id": ("realisasi untuk indikator '{id}' yang tidak ada di SKP", "{suggestion}"),
        "en": ("realisation for indicator '{id}', which is not in the spec", "{suggestion}"),
    },
    # --- people, periods, ratings ---------------------------------------
    "R140": {
        "id": (
            "pejabat penilai {nip} tidak ada di workspace",
            "periksa NIP, atau tulis data pejabat penilai secara lengkap (nama, jabatan, ...)",
        ),
        "en": (
            "pejabat penilai {nip} is not in the workspace",
            "check the NIP, or give the official's details inline (nama, jabatan, ...)",
        ),
    },
    "R141": {
        "id": (
            "rantai pejabat penilai berputar: {chain}",
            "pejabat penilai harus selalu atasan; periksa `pejabat_penilai` di berkas-berkas ini",
        ),
        "en": (
            "the chain of penilai loops: {chain}",
            "the penilai must always be a superior; check `pejabat_penilai` in these files",
        ),
    },
    "R142": {
        "id": (
            "rantai pejabat penilai berakhir di {nip}, bukan di kepala OPD",
            "kepala OPD ({kepala}) atau pejabat di luar workspace harus berada di ujung rantai",
        ),
        "en": (
            "the chain of penilai ends at {nip}, not at the head of the OPD",
            "the OPD head ({kepala}) or an official outside the workspace must end the chain",
        ),
    },
    "R143": {
        "id": ("pegawai tidak boleh menjadi pejabat penilai dirinya sendiri", "isi NIP atasan langsung"),
        "en": ("an employee cannot be his or her own penilai", "give the direct superior's NIP"),
    },
    "R144": {
        "id": (
            "atasan pejabat penilai tidak diketahui",
            "tambahkan `atasan_pejabat_penilai:` (pejabat penilai berada di luar workspace)",
        ),
        "en": (
            "the atasan pejabat penilai is unknown",
            "add `atasan_pejabat_penilai:` (the penilai is outside the workspace)",
        ),
    },
    "R150": {
        "id": ("NIP {nip} juga dipakai di {other}", "satu pegawai, satu berkas SKP per tahun"),
        "en": ("NIP {nip} is also used in {other}", "one employee, one SKP file per year"),
    },
    "R151": {
        "id": ("nama berkas tidak sama dengan NIP {nip}", "ganti nama berkas menjadi {nip}.yaml"),
        "en": ("the file name does not match NIP {nip}", "rename the file to {nip}.yaml"),
    },
    "R152": {
        "id": ("unit '{unit}' tidak ada di {opd_file}", "{suggestion}"),
        "en": ("unit '{unit}' is not in {opd_file}", "{suggestion}"),
    },
    "R153": {
        "id": (
            "kepala OPD {nip} tidak memiliki SKP di folder ini",
            "tambahkan berkas {nip}.yaml atau perbaiki `kepala:`",
        ),
        "en": ("the OPD head {nip} has no spec in this folder", "add {nip}.yaml or correct `kepala:`"),
    },
    "R154": {
        "id": ("unit induk '{unit}' tidak ada", "{suggestion}"),
        "en": ("parent unit '{unit}' does not exist", "{suggestion}"),
    },
    "R155": {
        "id": ("id unit '{unit}' dipakai dua kali", "id unit harus unik dalam OPD"),
        "en": ("unit id '{unit}' is used twice", "unit ids must be unique within the OPD"),
    },
    "R156": {
        "id": ("unit '{unit}' menjadi induk bagi dirinya sendiri", "periksa `induk:` unit-unit ini"),
        "en": ("unit '{unit}' is its own ancestor", "check the `induk:` of these units"),
    },
    "R160": {
        "id": ("tanggal {value} tidak valid", "tulis tanggal sebagai TTTT-BB-HH, mis. 2024-01-02"),
        "en": ("{value} is not a valid date", "write the date as YYYY-MM-DD, e.g. 2024-01-02"),
    },
    "R161": {
        "id": ("tanggal {value} di luar tahun penilaian {tahun}", "semua tanggal SKP harus dalam tahun {tahun}"),
        "en": ("date {value} is outside the year {tahun}", "every date of the SKP must lie in {tahun}"),
    },
    "R162": {
        "id": ("periode berakhir ({selesai}) sebelum dimulai ({mulai})", "tukar atau perbaiki tanggalnya"),
        "en": ("the period ends ({selesai}) before it starts ({mulai})", "swap or correct the dates"),
    },
    "R163": {
        "id": (
            "evaluasi {periode} bertanggal {value}, sebelum bulan terakhir periode itu ({end})",
            "evaluasi ditandatangani menjelang atau sesudah akhir periodenya",
        ),
        "en": (
            "the {periode} evaluation is dated {value}, before the last month of that period ({end})",
            "an evaluation is signed near or after the end of its period",
        ),
    },
    "R170": {
        "id": (
            "predikat '{value}' tidak sesuai kuadran kinerja: {hasil} + {perilaku} = {expected}",
            "ubah predikat menjadi {expected}, atau hapus `predikat:` agar dihitung otomatis",
        ),
        "en": (
            "predikat '{value}' contradicts the kuadran: {hasil} + {perilaku} = {expected}",
            "set predikat to {expected}, or remove `predikat:` to have it computed",
        ),
    },
    "R171": {
        "id": ("SKP pejabat {nip} tidak lengkap: {detail}", ""),
        "en": ("the spec of {nip} is incomplete: {detail}", ""),
    },
    # --- pola distribusi (SE MenPANRB 3/2023; skpdoc.distribusi) -------------
    "R180": {
        "id": (
            "{lingkup}, {periode}: {predikat} {jumlah} dari {total} pegawai = {persen}, paling banyak {batas} "
            "({batas_jumlah} pegawai) untuk capaian kinerja organisasi {capaian}",
            "sesuaikan predikat pegawai dengan pola distribusi SE MenPANRB 3/2023, atau periksa capaian organisasinya",
        ),
        "en": (
            "{lingkup}, {periode}: {predikat} {jumlah} of {total} employees = {persen}, at most {batas} "
            "({batas_jumlah} employees) allowed for an organisation rated {capaian}",
            "bring the employees' predikat within the SE MenPANRB 3/2023 pattern, or check the organisation's capaian",
        ),
    },
    "R181": {
        "id": (
            "{lingkup}, {periode}: {predikat} {jumlah} dari {total} pegawai = {persen}, paling sedikit {batas} "
            "({batas_jumlah} pegawai) untuk capaian kinerja organisasi {capaian}",
            "sesuaikan predikat pegawai dengan pola distribusi SE MenPANRB 3/2023, atau periksa capaian organisasinya",
        ),
        "en": (
            "{lingkup}, {periode}: {predikat} {jumlah} of {total} employees = {persen}, at least {batas} "
            "({batas_jumlah} employees) required for an organisation rated {capaian}",
            "bring the employees' predikat within the SE MenPANRB 3/2023 pattern, or check the organisation's capaian",
        ),
    },
    "R182": {
        "id": (
            "{lingkup}, {periode}: {predikat} {jumlah} dari {total} pegawai bukan yang terbanyak ({pembanding} "
            "{batas_jumlah} pegawai), padahal wajib terbanyak untuk capaian kinerja organisasi {capaian}",
            "sesuaikan predikat pegawai dengan pola distribusi SE MenPANRB 3/2023, atau periksa capaian organisasinya",
        ),
        "en": (
            "{lingkup}, {periode}: {predikat} {jumlah} of {total} employees is not the largest group "
            "({pembanding} has {batas_jumlah}), as an organisation rated {capaian} requires",
            "bring the employees' predikat within the SE MenPANRB 3/2023 pattern, or check the organisation's capaian",
        ),
    },
    "R183": {
        "id": (
            "{lingkup}, {periode}: tidak ada pegawai berpredikat {predikat} dari {total} pegawai, padahal wajib ada "
            "untuk capaian kinerja organisasi {capaian}",
            "sesuaikan predikat pegawai dengan pola distribusi SE MenPANRB 3/2023, atau periksa capaian organisasinya",
        ),
        "en": (
            "{lingkup}, {periode}: none of {total} employees is rated {predikat}, which an organisation rated "
            "{capaian} must include",
            "bring the employees' predikat within the SE MenPANRB 3/2023 pattern, or check the organisation's capaian",
        ),
    },
    "R186": {
        "id": (
            "{lingkup}, {periode}: {predikat} {jumlah} dari {total} pegawai, padahal tidak boleh ada untuk capaian "
            "kinerja organisasi {capaian}",
            "sesuaikan predikat pegawai dengan pola distribusi SE MenPANRB 3/2023, atau periksa capaian organisasinya",
        ),
        "en": (
            "{lingkup}, {periode}: {predikat} {jumlah} of {total} employees, where an organisation rated {capaian} "
            "may have none",
            "bring the employees' predikat within the SE MenPANRB 3/2023 pattern, or check the organisation's capaian",
        ),
    },
    "R187": {
        "id": (
            "{lingkup}, {periode}: pola distribusi capaian kinerja organisasi {capaian} tidak dapat dipenuhi oleh "
            "{total} pegawai",
            "kelompok sekecil ini tidak dapat memenuhi persentase pola; tetapkan predikat bersama organisasi induknya",
        ),
        "en": (
            "{lingkup}, {periode}: no distribution of {total} employees fits the pattern of an organisation rated "
            "{capaian}",
            "a group this small cannot meet the pattern's shares; set its predikat within the parent organisation",
        ),
    },
    "R184": {
        "id": (
            "pimpinan {lingkup}, {periode}: capaian kinerja organisasi {capaian} berarti rating hasil kerja "
            "{expected}, tertulis {value}",
            "SE MenPANRB 3/2023: capaian organisasi menjadi rating hasil kerja pimpinannya; ubah salah satunya",
        ),
        "en": (
            "head of {lingkup}, {periode}: an organisation rated {capaian} means rating hasil kerja "
            "{expected}, but {value} is written",
            "SE MenPANRB 3/2023: the organisation's capaian becomes its head's rating hasil kerja; change one of them",
        ),
    },
    "R185": {
        "id": (
            "kepala unit {unit} ({nip}) tidak ada di OPD ini atau tidak berada di unit itu",
            "tulis NIP pegawai OPD ini yang `unit:`-nya {unit}",
        ),
        "en": (
            "the head of unit {unit} ({nip}) is not in this OPD or not in that unit",
            "give the NIP of an employee of this OPD whose `unit:` is {unit}",
        ),
    },
    # --- workspace ------------------------------------------------------
    "W001": {
        "id": (
            "skpdoc.yaml tidak ditemukan di {path} atau folder di atasnya",
            "jalankan perintah dari dalam workspace, atau buat workspace baru: skpdoc init FOLDER --instansi ... --tahun ...",
        ),
        "en": (
            "no skpdoc.yaml in {path} or any folder above it",
            "run the command inside a workspace, or create a new one: skpdoc init FOLDER --instansi ... --tahun ...",
        ),
    },
    "W002": {
        "id": ("folder OPD tanpa opd.yaml", "tambahkan opd.yaml (nama, kepala, unit) di folder ini"),
        "en": ("an OPD folder without opd.yaml", "add opd.yaml (nama, kepala, unit) to this folder"),
    },
    "W003": {
        "id": ("berkas SKP harus berada di folder OPD", "pindahkan berkas ke <workspace>/<opd>/<nip>.yaml"),
        "en": ("a spec file must sit in an OPD folder", "move the file to <workspace>/<opd>/<nip>.yaml"),
    },
    "W004": {
        "id": ("berkas ini bukan bagian workspace {root}", "berikan folder workspace atau berkas di dalamnya"),
        "en": ("this file is not part of the workspace {root}", "give the workspace folder or files inside it"),
    },
    "W005": {
        "id": (
            "tautan ke luar workspace ({target}); dilewati",
            "salin isinya ke dalam workspace (templat di luar workspace: pakai --templates FOLDER)",
        ),
        "en": (
            "a link pointing outside the workspace ({target}); skipped",
            "copy its content into the workspace (templates outside it: use --templates FOLDER)",
        ),
    },
    "W006": {
        "id": (
            "workspace tidak memuat berkas ini (letaknya: {folder}); diperiksa sendiri, tanpa aturan lintas berkas",
            "workspace memuat <opd>/<nip>.yaml (nama folder dan berkas tidak diawali . atau _); pindahkan ke sana",
        ),
        "en": (
            "the workspace does not load this file (it is in {folder}); checked on its own, without cross-file rules",
            "a workspace loads <opd>/<nip>.yaml (folder and file names not starting with . or _); move it there",
        ),
    },
    "W007": {
        "id": (
            "folder ini bukan workspace {root} atau salah satu folder OPD-nya",
            "berikan folder workspace atau folder OPD; berkas .yaml di folder lain dapat diperiksa satu per satu",
        ),
        "en": (
            "this folder is neither the workspace {root} nor one of its OPD folders",
            "give the workspace or an OPD folder; .yaml files elsewhere can be checked one by one",
        ),
    },
    "W008": {
        "id": (
            "'{value}' bukan nama folder OPD",
            "tulis nama folder langsung di bawah workspace, mis. diskominfo (bukan path; tidak diawali . atau _; bukan templates)",
        ),
        "en": (
            "'{value}' is not an OPD folder name",
            "give a folder name directly below the workspace, e.g. diskominfo (not a path; not starting with . or _; not templates)",
        ),
    },
    "W009": {
        "id": (
            "berkas ini bukan spesifikasi pegawai di workspace {root}",
            "berikan berkas <opd>/<nip>.yaml yang ada di workspace, atau folder workspace",
        ),
        "en": (
            "this file is not an employee spec of the workspace {root}",
            "give an <opd>/<nip>.yaml file of the workspace, or the workspace folder",
        ),
    },
    # --- to fill and to confirm (skpdoc.rules.drafts) ---------------------------
    "R190": {
        "id": (
            "{count} isian belum diisi: {fields}",
            'ganti setiap "[ISI: ...]" dengan nilainya; formulirnya dicetak berjudul KONSEP sampai semuanya terisi',
        ),
        "en": (
            "{count} fields still to fill: {fields}",
            'replace each "[ISI: ...]" with its value; the forms are titled KONSEP (draft) until all are filled',
        ),
    },
    "R191": {
        "id": (
            "{count} usulan belum dikonfirmasi: {items}",
            "periksa setiap nilai; bila benar, hapus barisnya dari belum_dikonfirmasi (formulirnya berjudul KONSEP "
            "sampai daftar ini kosong)",
        ),
        "en": (
            "{count} proposals not confirmed yet: {items}",
            "check each value; when it is right, delete its line from belum_dikonfirmasi (the forms are titled "
            "KONSEP until the list is empty)",
        ),
    },
    "R192": {
        "id": (
            "'{value}' bukan path yang ada di berkas ini",
            "tulis path YAML nilai yang masih usulan, mis. pejabat_penilai atau "
            "hasil_kerja.utama[0].indikator[0].target; hapus baris ini bila sudah tidak berlaku",
        ),
        "en": (
            "'{value}' is not a path in this file",
            "write the YAML path of a proposed value, e.g. pejabat_penilai or "
            "hasil_kerja.utama[0].indikator[0].target; delete the line when it no longer applies",
        ),
    },
    "R193": {
        "id": ("'{value}' tidak ada di workspace ini", "{suggestion}"),
        "en": ("'{value}' is not in this workspace", "{suggestion}"),
    },
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
            "{count} files cannot be read as YAML (above); nothing was written",
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
            "{tahun} SKPs written in {path}: {pegawai} employees of {opd} OPDs; {usulan} proposals (targets, "
            "penilai) in belum_dikonfirmasi, {isian} [ISI] fields (penetapan date)",
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
            "opd.yaml would no longer be valid ({count} errors); nothing was written",
            "a unit rated on its own needs its `kepala`; check with `skpdoc validate`",
        ),
    },
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
        "en": ("{slug}/ {nama}: {written} new specs, {existing} already there; head {kepala} {kepala_nama}", ""),
    },
    "M031": {
        "id": ("{written} berkas ditulis, {changes} perubahan, {bad} baris bermasalah", ""),
        "en": ("{written} files written, {changes} changes, {bad} rows with problems", ""),
    },
    "M032": {
        "id": ("--dry-run: {written} berkas akan ditulis, {changes} perubahan, {bad} baris bermasalah", ""),
        "en": ("--dry-run: {written} files would be written, {changes} changes, {bad} rows with problems", ""),
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
    # --- the Excel round trip (skpdoc.excel) ---------------------------------
    "X001": {
        "id": (
            "bukan buku kerja ekspor skpdoc (lembar tersembunyi 'skpdoc' tidak ada atau rusak)",
            "impor hanya buku kerja dari `skpdoc export xlsx`; ekspor ulang bila lembar itu terhapus",
        ),
        "en": (
            "not a workbook exported by skpdoc (the hidden sheet 'skpdoc' is missing or damaged)",
            "import only workbooks made by `skpdoc export xlsx`; export again if that sheet was deleted",
        ),
    },
    "X002": {
        "id": (
            "buku kerja ini diekspor untuk {what} {theirs}, bukan {ours}",
            "impor ke workspace, tahun dan OPD asal buku kerja itu, atau ekspor ulang dari workspace ini",
        ),
        "en": (
            "this workbook was exported for {what} {theirs}, not {ours}",
            "import it into the workspace, year and OPD it came from, or export again from this workspace",
        ),
    },
    "X003": {
        "id": (
            "SKP pegawai ini ({file}) diubah di workspace setelah ekspor, dan barisnya juga diubah di buku kerja",
            "ekspor ulang OPD ini, salin isian Anda ke buku kerja baru, lalu impor buku kerja baru itu",
        ),
        "en": (
            "this employee's spec ({file}) changed in the workspace after the export, and its rows were edited too",
            "export the OPD again, copy your edits into the new workbook, then import that one",
        ),
    },
    "X004": {
        "id": (
            "SKP pegawai ini ({file}) tidak ada lagi di workspace, tetapi barisnya diubah di buku kerja",
            "periksa apakah berkasnya dipindah atau dihapus; ekspor ulang OPD ini",
        ),
        "en": (
            "this employee's spec ({file}) is no longer in the workspace, but its rows were edited",
            "check whether the file was moved or removed; export the OPD again",
        ),
    },
    "X005": {
        "id": ("buku kerja tidak dapat dibuka: {detail}", "simpan ulang sebagai Excel Workbook (.xlsx)"),
        "en": ("cannot open the workbook: {detail}", "save it again as an Excel Workbook (.xlsx)"),
    },
    "X006": {
        "id": ("lembar ini tidak ada di buku kerja", "jangan menghapus atau mengganti nama lembar; ekspor ulang"),
        "en": ("this sheet is missing from the workbook", "do not delete or rename sheets; export again"),
    },
    "X007": {
        "id": ("buku kerja harus berakhiran .xlsx", "beri nama berkas keluaran seperti diskominfo.xlsx"),
        "en": ("the workbook must end in .xlsx", "name the output file like diskominfo.xlsx"),
    },
    "X008": {
        "id": ("kolom '{kolom}' tidak ada di baris judul", "jangan mengubah baris judul; ekspor ulang"),
        "en": ("column '{kolom}' is missing from the header row", "do not change the header row; export again"),
    },
    "X010": {
        "id": (
            "{kolom} harus berupa angka, bukan '{value}'",
            "tulis angkanya saja, mis. 12 atau 12,5; satuan di kolom Satuan",
        ),
        "en": (
            "{kolom} must be a number, not '{value}'",
            "write the number alone, e.g. 12 or 12.5; the unit goes in Satuan",
        ),
    },
    "X011": {
        "id": ("{kolom}: '{value}' bukan pilihan yang sah", "pilih dari daftar; {suggestion}"),
        "en": ("{kolom}: '{value}' is not one of the choices", "pick from the drop-down list; {suggestion}"),
    },
    "X012": {
        "id": ("{kolom} harus berupa tanggal, bukan '{value}'", "tulis tanggal seperti 2024-04-05 atau 05/04/2024"),
        "en": ("{kolom} must be a date, not '{value}'", "write a date like 2024-04-05 or 05/04/2024"),
    },
    "X013": {
        "id": ("{kolom} wajib diisi", "isi sel ini; untuk menghapus RHK atau indikator pilih 'hapus' di kolom Hapus"),
        "en": (
            "{kolom} is required",
            "fill in this cell; to remove an RHK or indicator choose 'hapus' in the Hapus column",
        ),
    },
    "X014": {
        "id": (
            "NIP {value} tidak termasuk pegawai buku kerja ini (OPD {opd})",
            "periksa NIP; pegawai baru ditambahkan di workspace (skpdoc new), lalu ekspor ulang",
        ),
        "en": (
            "NIP {value} is not an employee of this workbook (OPD {opd})",
            "check the NIP; add new employees in the workspace (skpdoc new), then export again",
        ),
    },
    "X015": {
        "id": (
            "{kolom} harus 18 angka yang ditulis sebagai teks, bukan '{value}'",
            "format sel sebagai Teks, lalu ketik NIP lengkap",
        ),
        "en": (
            "{kolom} must be 18 digits written as text, not '{value}'",
            "format the cell as Text, then type the whole NIP",
        ),
    },
    "X016": {
        "id": ("baris ini sama kuncinya dengan baris {other}", "hapus salah satu baris, atau beri ID lain"),
        "en": ("this row has the same key as row {other}", "remove one of the rows, or give another id"),
    },
    "X017": {
        "id": (
            "{kolom} '{value}' bukan ID yang sah",
            "pakai huruf kecil, angka, titik, garis bawah atau tanda hubung, mis. rhk-4 atau rhk-4.1",
        ),
        "en": (
            "{kolom} '{value}' is not a valid id",
            "use lowercase letters, digits, dots, underscores or hyphens, e.g. rhk-4 or rhk-4.1",
        ),
    },
    "X018": {
        "id": (
            "baris {baris} hilang dari lembar {lembar}",
            "jangan menghapus baris; untuk menghapus isian, kosongkan selnya atau pilih 'hapus'",
        ),
        "en": (
            "row {baris} is missing from sheet {lembar}",
            "do not delete rows; to remove something, empty its cells or choose 'hapus'",
        ),
    },
    "X019": {
        "id": (
            "{kolom}: '{value}' bukan RHK atasan yang dapat dibaca",
            "pilih dari daftar, atau tulis <nip>#<id-rhk>; bila pejabat penilai di luar workspace, isi Intervensi (teks)",
        ),
        "en": (
            "{kolom}: '{value}' is not a superior's RHK that can be read",
            "pick from the list, or write <nip>#<rhk-id>; when the penilai is outside the workspace, fill Intervensi (teks)",
        ),
    },
    "X020": {
        "id": ("{kolom} '{value}' tidak ada pada SKP pegawai ini", "periksa ID-nya di lembar RHK atau Indikator"),
        "en": ("{kolom} '{value}' is not in this employee's plan", "check the id in the RHK or Indikator sheet"),
    },
    "X021": {
        "id": (
            "RHK {value} tidak memiliki indikator",
            "tambahkan paling sedikit satu baris di lembar Indikator dengan ID RHK ini",
        ),
        "en": ("RHK {value} has no indicator", "add at least one row with this RHK id to the Indikator sheet"),
    },
    "X022": {
        "id": ("ID RHK baru wajib diisi", "beri ID baru, mis. {contoh}, dan pakai ID itu untuk indikatornya"),
        "en": ("a new RHK needs an id", "give a new id, e.g. {contoh}, and use it for its indicators"),
    },
    "X023": {
        "id": (
            "ID '{value}' sudah dipakai pada SKP pegawai ini",
            "beri ID lain yang belum dipakai (RHK dan indikator)",
        ),
        "en": (
            "the id '{value}' is already used in this employee's plan",
            "give another id not used yet (RHK and indicators)",
        ),
    },
    "X024": {
        "id": ("periode {value} tidak diekspor dalam buku kerja ini", "ekspor ulang dengan periode itu (--periode)"),
        "en": ("periode {value} was not exported in this workbook", "export again with that periode (--periode)"),
    },
    "X030": {
        "id": (
            "{count} kesalahan; tidak ada berkas yang diubah",
            "perbaiki buku kerja di letak yang ditunjukkan, lalu impor lagi",
        ),
        "en": ("{count} errors; no file was changed", "fix the workbook where shown, then import again"),
    },
    "X040": {
        "id": ("{file}: {count} pegawai OPD {opd} diekspor", ""),
        "en": ("{file}: {count} employees of OPD {opd} exported", ""),
    },
    "X041": {
        "id": ("{count} berkas SKP diperbarui dari {file}", ""),
        "en": ("{count} spec files updated from {file}", ""),
    },
    "X042": {
        "id": ("tidak ada perubahan dari {file}", ""),
        "en": ("no changes from {file}", ""),
    },
    "X043": {
        "id": ("{count} berkas SKP akan diperbarui dari {file} (--dry-run: tidak ada yang ditulis)", ""),
        "en": ("{count} spec files would be updated from {file} (--dry-run: nothing written)", ""),
    },
    "X050": {
        "id": (
            "{kolom} dan pejabat penilai di luar workspace keduanya diisi",
            "isi NIP pejabat penilai bila SKP-nya ada di workspace, atau nama dan jabatan pejabat di luar workspace; kosongkan yang lain",
        ),
        "en": (
            "both {kolom} and a penilai outside the workspace are filled",
            "fill the penilai's NIP when his or her spec is in the workspace, or the name and jabatan of an official outside it; empty the other",
        ),
    },
    # --- attack run on #11: templates, OUT links, folder and file names ------
    "F020": {
        "id": (
            "templat {path} tidak dibuka: {reason}",
            "templat harus berkas .docx biasa (di templates/ workspace: bukan tautan ke luar workspace; templat di tempat lain: --templates FOLDER); perbaiki atau hapus berkas itu agar templat bawaan dipakai",
        ),
        "en": (
            "the template {path} is not opened: {reason}",
            "a template must be a regular .docx file (in the workspace's templates/: not a link out of the workspace; templates kept elsewhere: --templates FOLDER); fix or remove that file to use the built-in one",
        ),
    },
    "F021": {
        "id": ("tautan (symlink) ke luar workspace ({target})", ""),
        "en": ("a link (symlink) pointing outside the workspace ({target})", ""),
    },
    "F022": {
        "id": (
            "tautan (symlink) di folder keluaran menunjuk ke luarnya ({target}); build tidak menulis lewat tautan",
            "hapus tautan itu (skpdoc tidak pernah membuat tautan di folder keluaran); untuk menulis ke disk lain, berikan folder itu dengan -o",
        ),
        "en": (
            "a link (symlink) in the output folder points out of it ({target}); a build never writes through links",
            "remove that link (skpdoc never creates links in its output folder); to write to another disk, give that folder with -o",
        ),
    },
    "W010": {
        "id": (
            "'{value}' tidak dapat menjadi nama folder OPD: nama folder adalah slug OPD",
            "ganti nama folder: huruf kecil, angka, tanda hubung atau garis bawah, tanpa titik (mis. dinas-kesehatan), paling banyak 64 karakter; folder yang bukan OPD: awali namanya dengan _",
        ),
        "en": (
            "'{value}' cannot be an OPD folder name: the folder name is the OPD's slug",
            "rename the folder: lowercase letters, digits, hyphens or underscores, no dots (e.g. dinas-kesehatan), at most 64 characters; a folder that is not an OPD: start its name with _",
        ),
    },
    "W011": {
        "id": (
            "ekstensi '{suffix}' tidak dimuat: berkas SKP berakhiran .yaml atau .yml (huruf kecil)",
            "ganti nama berkas menjadi {name}",
        ),
        "en": (
            "the extension '{suffix}' is not loaded: a spec file ends in .yaml or .yml (lowercase)",
            "rename the file to {name}",
        ),
    },
    "W012": {
        "id": (
            "{count} berkas .yaml di subfolder ini tidak dimuat (hanya <opd>/<nip>.yaml yang dimuat)",
            "pindahkan berkas SKP ke folder OPD; untuk menyimpannya dengan sengaja di luar workspace, beri subfolder nama yang diawali _ (mis. _arsip)",
        ),
        "en": (
            "{count} .yaml files in this subfolder are not loaded (only <opd>/<nip>.yaml is)",
            "move spec files up into the OPD folder; to keep them out on purpose, name the subfolder with a leading _ (e.g. _arsip)",
        ),
    },
    # --- templates copy, and revisions given as paths -------------------------
    "T010": {
        "id": (
            "templat sudah ada di {folder} dan mungkin sudah Anda sunting; tidak ditimpa",
            "pakai --force untuk menggantinya dengan templat bawaan, atau --to untuk folder lain",
        ),
        "en": (
            "the template already exists in {folder} and may hold your edits; not overwritten",
            "use --force to replace it with the built-in template, or --to for another folder",
        ),
    },
    "V001": {
        "id": (
            "bukan berkas atau folder, tetapi tampak seperti revisi git '{rev}'",
            "untuk membandingkan revisi git pakai --rev: {command}",
        ),
        "en": (
            "not a file or folder, but it looks like the git revision '{rev}'",
            "to compare git revisions use --rev: {command}",
        ),
    },
    # --- one cause, one message (issue #13) -------------------------------
    "R200": {
        "id": (
            "pegawai {nip} dirujuk di sini, tetapi spesifikasinya ({other}) berisi kesalahan sehingga tidak dapat dibaca",
            "perbaiki dulu kesalahan di {other}; rujukan ini diperiksa lagi setelah itu",
        ),
        "en": (
            "employee {nip} is referred to here, but the spec ({other}) has errors and cannot be read",
            "fix the errors in {other} first; this reference is checked again after that",
        ),
    },
    # --- selection (build, render, rekap of part of a workspace) -------------
    "E010": {
        "id": (
            "merujuk {nip} ({file}), yang masih punya kesalahan, padahal dokumen ini mencetak isinya",
            "perbaiki {file} dulu (lihat kesalahannya di bawah, atau `skpdoc validate {file}`)",
        ),
        "en": (
            "refers to {nip} ({file}), which still has errors, and this document prints its content",
            "fix {file} first (see its errors below, or `skpdoc validate {file}`)",
        ),
    },
    "E011": {
        "id": (
            "OPD {opd} dilewati: {count} kesalahan pada spesifikasi, keluaran sebelumnya dibiarkan",
            "lihat rinciannya dengan `{command}`",
        ),
        "en": (
            "OPD {opd} skipped: {count} errors in the specs, its previous outputs are kept",
            "see them with `{command}`",
        ),
    },
    "E012": {
        "id": (
            "{count} kesalahan pada spesifikasi yang dibutuhkan pilihan ini",
            "perbaiki berkas yang disebut di atas; pilihan yang tidak membutuhkannya (OPD lain) tetap bisa dibuat",
        ),
        "en": (
            "{count} errors in the specs this selection needs",
            "fix the files named above; selections that do not need them (other OPDs) can still be built",
        ),
    },
    "R201": {
        "id": (
            "nama berkas tidak sama dengan NIP {nip}, dan NIP itu sendiri tidak valid",
            "perbaiki dulu `pegawai.nip` (lihat kesalahan NIP di berkas ini); lalu beri berkas nama <NIP yang benar>.yaml",
        ),
        "en": (
            "the file name does not match NIP {nip}, and that NIP is itself not valid",
            "fix `pegawai.nip` first (see the NIP error in this file); then name the file <the right NIP>.yaml",
        ),
    },
    # --- platform, install ----------------------------------------------------
    "O001": {
        "id": (
            "LibreOffice tidak ditemukan di komputer ini ({system}): formulir PDF tidak dapat dibuat",
            "pasang LibreOffice: {install}; atau buat .docx saja: skpdoc build --no-pdf (skpdoc render tanpa --pdf)",
        ),
        "en": (
            "LibreOffice was not found on this computer ({system}): the PDF forms cannot be made",
            "install LibreOffice: {install}; or make the .docx only: skpdoc build --no-pdf (skpdoc render without --pdf)",
        ),
    },
    # --- language and command summaries ------------------------------------
    "L001": {
        "id": ("bahasa '{value}' tidak dikenal", "pakai salah satu dari: {choices} (atau hapus variabel ini)"),
        "en": ("unknown language '{value}'", "use one of: {choices} (or unset this variable)"),
    },
    "L002": {
        "id": (
            "{built} dibuat, {skipped} sudah terbaru, {failed} gagal, {drafts}{bundles} bundel, {opds}{seconds} s -> {root}",
            "",
        ),
        "en": (
            "{built} built, {skipped} up to date, {failed} failed, {drafts}{bundles} bundle(s), {opds}{seconds} s -> {root}",
            "",
        ),
    },
    "L003": {
        "id": ("{count} KONSEP (masih ada isian/usulan)", ""),
        "en": ("{count} KONSEP (drafts: fields to fill or proposals to confirm)", ""),
    },
    "L004": {
        "id": ("{count} OPD dilewati", ""),
        "en": ("{count} OPD(s) skipped", ""),
    },
    "L005": {
        "id": ("gagal: {output}: {cause}", ""),
        "en": ("failed: {output}: {cause}", ""),
    },
    "L006": {
        "id": ("bundel {slug} tidak ditulis karena ada dokumen yang gagal (pakai --keep-going)", ""),
        "en": ("bundle {slug} not written because some documents failed (use --keep-going)", ""),
    },
    "L007": {
        "id": ("bundel ditulis: {bundle}", ""),
        "en": ("bundle written: {bundle}", ""),
    },
    "L008": {
        "id": ("{written} dokumen ditulis ke {out_dir}{pdfs}, {failed} gagal{drafts}", ""),
        "en": ("{written} document(s) written to {out_dir}{pdfs}, {failed} failed{drafts}", ""),
    },
    "L009": {
        "id": ("{count} templat diperiksa: {errors} kesalahan, {warnings} peringatan", ""),
        "en": ("{count} template(s) checked: {errors} error(s), {warnings} warning(s)", ""),
    },
    # --- diff -------------------------------------------------------------
    "D001": {
        "id": ("git tidak ditemukan", "pasang git, atau bandingkan dua berkas/folder: skpdoc diff LAMA BARU"),
        "en": ("git is not installed", "install git, or compare two files/folders: skpdoc diff OLD NEW"),
    },
    "D002": {
        "id": ("bukan bagian repositori git", "jalankan di dalam repositori, atau bandingkan dua berkas/folder"),
        "en": ("not inside a git repository", "run it inside a repository, or compare two files/folders"),
    },
    "D003": {
        "id": ("revisi '{rev}' tidak dikenal", "periksa nama cabang, tag atau commit (`git log --oneline`)"),
        "en": ("unknown revision '{rev}'", "check the branch, tag or commit name (`git log --oneline`)"),
    },
    "D004": {
        "id": ("{command} gagal: {detail}", "periksa repositori dengan `git status`"),
        "en": ("{command} failed: {detail}", "check the repository with `git status`"),
    },
    "D005": {
        "id": (
            "LAMA dan BARU harus sama-sama berkas atau sama-sama folder: {old}, {new}",
            "bandingkan dua berkas SKP, atau dua folder workspace",
        ),
        "en": (
            "OLD and NEW must both be files or both be folders: {old}, {new}",
            "compare two spec files, or two workspace folders",
        ),
    },
    "D006": {
        "id": ("berada di luar repositori {top}", "berikan path di dalam repositori yang dibandingkan"),
        "en": ("is outside the repository {top}", "give paths inside the repository being compared"),
    },
    "D007": {
        "id": ("{count} berkas bukan YAML yang dapat dibaca", "perbaiki berkas di atas, lalu bandingkan lagi"),
        "en": ("{count} files are not readable YAML", "fix the files above, then compare again"),
    },
}


def message(code: str, lang: str, part: str, args: dict[str, Any]) -> str:
    """The message or hint of ``code`` in ``lang``, filled with ``args``."""
    entry = MESSAGES.get(code)
    if entry is None:
        return code if part == "message" else ""
    text = entry.get(lang, entry["id"])[0 if part == "message" else 1]
    # Arguments that depend on the language (skpdoc.hints) render themselves.
    filled = {k: (v.render(lang) if hasattr(v, "render") else v) for k, v in args.items()}
    try:
        return text.format(**filled)
    except (KeyError, IndexError):
        return text
