"""Messages of the yearly cycle: init and tahun-baru (N), evaluation rounds (K), import roster (M), the Excel round trip (X)."""

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
        "en": ("{count} {count:error|errors}; no file was changed", "fix the workbook where shown, then import again"),
    },
    "X040": {
        "id": ("{file}: {count} pegawai OPD {opd} diekspor", ""),
        "en": ("{file}: {count} {count:employee|employees} of OPD {opd} exported", ""),
    },
    "X041": {
        "id": ("{count} berkas SKP diperbarui dari {file}", ""),
        "en": ("{count} spec {count:file|files} updated from {file}", ""),
    },
    "X042": {
        "id": ("tidak ada perubahan dari {file}", ""),
        "en": ("no changes from {file}", ""),
    },
    "X043": {
        "id": ("{count} berkas SKP akan diperbarui dari {file} (--dry-run: tidak ada yang ditulis)", ""),
        "en": ("{count} spec {count:file|files} would be updated from {file} (--dry-run: nothing written)", ""),
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
}
