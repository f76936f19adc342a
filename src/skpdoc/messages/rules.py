"""Messages of validation: the schema (S), the domain rules (R), placeholders, the workspace layout (W)."""

from __future__ import annotations

# code -> lang -> (message, hint). Placeholders use str.format names.
MESSAGES: dict[str, dict[str, tuple[str, str]]] = {
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
        "en": ("the list is too long: {count} {count:item|items}, at most {limit}", "give fewer items"),
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
            "{lingkup}, {periode}: {predikat} {jumlah} of {total} {total:employee|employees} = {persen}, at most {batas} "
            "({batas_jumlah} {batas_jumlah:employee|employees}) allowed for an organisation rated {capaian}",
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
            "{lingkup}, {periode}: {predikat} {jumlah} of {total} {total:employee|employees} = {persen}, at least {batas} "
            "({batas_jumlah} {batas_jumlah:employee|employees}) required for an organisation rated {capaian}",
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
            "{lingkup}, {periode}: {predikat} {jumlah} of {total} {total:employee|employees} is not the largest group "
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
            "{lingkup}, {periode}: none of {total} {total:employee|employees} is rated {predikat}, which an organisation rated "
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
            "{lingkup}, {periode}: {predikat} {jumlah} of {total} {total:employee|employees}, where an organisation rated {capaian} "
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
            "{lingkup}, {periode}: no distribution of {total} {total:employee|employees} fits the pattern of an organisation rated "
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
            "{count} {count:field|fields} still to fill: {fields}",
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
            "{count} {count:proposal|proposals} not confirmed yet: {items}",
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
}
