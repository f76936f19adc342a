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
        "id": ("YAML tidak valid: {detail}", "periksa indentasi dan tanda titik dua di baris ini atau sebelumnya"),
        "en": ("invalid YAML: {detail}", "check the indentation and colons on this line or the one before"),
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
            "TMT CPNS dalam NIP {nip} tidak valid ({value})",
            "angka ke-9 s.d. 14 adalah TMT CPNS TTTTBB, paling cepat bulan ulang tahun ke-18 dan tidak sesudah {tahun}",
        ),
        "en": (
            "the TMT CPNS in NIP {nip} is not valid ({value})",
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
        "id": ("RHK yang diintervensi: SKP {nip} tidak memiliki RHK '{id}'", "{suggestion}"),
        "en": ("intervened RHK: the spec of {nip} has no RHK '{id}'", "{suggestion}"),
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
            "jalankan perintah dari dalam workspace, atau buat skpdoc.yaml (lihat README)",
        ),
        "en": (
            "no skpdoc.yaml in {path} or any folder above it",
            "run the command inside a workspace, or create skpdoc.yaml (see the README)",
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
