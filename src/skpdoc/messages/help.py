"""Help texts of every command and option, in Indonesian and English (``skpdoc ... --help``)."""

from __future__ import annotations

from skpdoc.messages import cluster as _cluster

#: A command's help: the first sentence is its summary in ``skpdoc --help``; paragraphs
#: separated by a blank line; a paragraph starting with "\b" line is printed as written
#: (click's no-rewrap marker). Keys are the command path without "skpdoc": "" is the
#: top-level command, "templates copy" a subcommand.
COMMANDS: dict[str, dict[str, str]] = {
    "": {
        "id": (
            "skpdoc: SKP pegawai ASN sebagai YAML di git (PermenPANRB 6/2022).\n\n"
            "Memeriksa spesifikasi (berkas YAML pegawai), mencetak formulir resmi, menyatukannya menjadi bundel "
            "per OPD, dan menampilkan perubahan antarrevisi.\n\n"
            "Alur setahun: init, import roster, validate, build; setiap periode: evaluasi buka, export xlsx dan "
            "import xlsx, evaluasi capaian, status, rekap; tahun berikutnya: tahun-baru. Bantuan setiap perintah: "
            "skpdoc PERINTAH --help. Bahasa pesan dan bantuan dipilih dengan SKPDOC_LANG atau lang: di "
            "skpdoc.yaml (id, yang menjadi bawaan, atau en).\n\n"
            "Kode keluar: 0 berhasil, 1 ada masalah pada data, 2 pemakaian perintah keliru, 3 bug skpdoc "
            "(ulangi dengan --debug), 130 dibatalkan; diff memakai kode sendiri (lihat bantuannya)."
        ),
        "en": (
            "skpdoc: the SKPs of ASN employees as YAML in git (PermenPANRB 6/2022).\n\n"
            "Validate specs (the employees' YAML files), print the official forms, bundle them per OPD, and "
            "review changes between revisions.\n\n"
            "The year's work: init, import roster, validate, build; each periode: evaluasi buka, export xlsx and "
            "import xlsx, evaluasi capaian, status, rekap; the next year: tahun-baru. Each command's help: "
            "skpdoc COMMAND --help. The language of messages and help is chosen with SKPDOC_LANG or lang: in "
            "skpdoc.yaml (id, the default, or en).\n\n"
            "Exit status: 0 success, 1 problems in the data, 2 a wrong command line, 3 a bug in skpdoc "
            "(rerun with --debug), 130 interrupted; diff has its own (see its help)."
        ),
    },
    "validate": {
        "id": (
            "Periksa spesifikasi (berkas YAML pegawai): berkas atau folder workspace (bawaan: folder saat ini).\n\n"
            "Folder (workspace atau salah satu folder OPD-nya) berarti seluruh workspace diperiksa; berkas berarti "
            "hanya masalah spesifikasi itu yang dilaporkan (seluruh workspace tetap dibaca, karena rujukan "
            "melintasi berkas). Berkas .yaml di luar folder OPD (mis. di _draft/) diperiksa tersendiri, dengan "
            "peringatan bahwa aturan lintas berkas tidak dijalankan.\n\n"
            "Setiap masalah dilaporkan sebagai BERKAS:BARIS:KOLOM: KODE path: pesan, dengan saran perbaikan di "
            "baris berikutnya. Kode keluar: 0 valid, 1 tidak valid (dengan --strict juga bila ada peringatan), "
            "2 pemakaian keliru.\n\n"
            '--format json mencetak objek berisi "version": 1 dan "problems" (daftar masalah), seperti rekap dan '
            "diff; json-list mencetak daftar masalahnya saja, bentuk sebelum versi 1, yang dipertahankan untuk "
            "alat yang sudah membacanya (editor, skrip)."
        ),
        "en": (
            "Validate specs (the employees' YAML files): files or workspace folders (default: the current "
            "folder).\n\n"
            "A folder (the workspace or one of its OPD folders) checks the whole workspace; a file reports only "
            "the problems of that spec (the whole workspace is still read, since references cross files). A .yaml "
            "outside the OPD folders (such as _draft/) is checked on its own, with a warning that the rules "
            "across files did not run.\n\n"
            "Every problem is reported as FILE:LINE:COLUMN: CODE path: message, with a hint on the next line. "
            "Exit status: 0 valid, 1 invalid (with --strict also on warnings), 2 usage error.\n\n"
            '--format json prints an object holding "version": 1 and the "problems", as rekap and diff do; '
            "json-list prints the bare list of problems, the shape of before version 1, kept for the tools that "
            "already read it (editors, scripts)."
        ),
    },
    "build": {
        "id": (
            "Buat setiap formulir (.docx dan PDF) dan satu bundel PDF per OPD; hanya yang berubah yang dibuat "
            "ulang.\n\n"
            "Di folder keluaran (-o) ditulis <tahun>/<opd>/<nip>/<form>[-<periode>].docx dan .pdf, dokumen milik "
            "OPD (rekap-<periode>, matriks/) di <tahun>/<opd>/, bundel <tahun>/<opd>.pdf, dan "
            "<tahun>/manifest.json. Dokumen yang sudah terbaru dilewati, sehingga build ulang setelah menyunting "
            "satu spesifikasi berlangsung cepat. Formulir yang masih memuat isian [ISI: ...] atau usulan yang "
            "belum dikonfirmasi diberi judul KONSEP.\n\n"
            "WORKSPACE (bawaan: folder saat ini) boleh juga folder OPD (OPD itu saja, seperti --opd) atau berkas "
            "spesifikasi seorang pegawai (pegawai itu saja, seperti --nip). Pilihan seperti itu hanya memerlukan "
            "spesifikasinya sendiri dan yang dicetaknya (penilai, RHK yang diintervensi) dalam keadaan valid. "
            "Build seluruh workspace yang sebagian OPD-nya masih salah tetap membuat OPD lainnya, menyebutkan "
            "OPD yang dilewati (keluaran sebelumnya dibiarkan), lalu keluar dengan kode 1.\n\n"
            "Kode keluar: 0 berhasil; 1 bila ada dokumen yang gagal, OPD yang dilewati, atau spesifikasi yang "
            "diperlukan masih salah (bundel OPD yang dokumennya gagal tidak ditulis, kecuali dengan --keep-going); "
            "2 pemakaian keliru."
        ),
        "en": (
            "Build every form (.docx and PDF) and one PDF bundle per OPD, rebuilding only what changed.\n\n"
            "Into the output folder (-o) it writes <tahun>/<opd>/<nip>/<form>[-<periode>].docx and .pdf, the "
            "OPD's own documents (rekap-<periode>, matriks/) in <tahun>/<opd>/, the bundles <tahun>/<opd>.pdf and "
            "<tahun>/manifest.json. Documents that are up to date are skipped, so a rebuild after editing one "
            "spec is quick. Forms still holding [ISI: ...] fields or unconfirmed proposals are titled KONSEP.\n\n"
            "WORKSPACE (default: the current folder) may also be an OPD folder (that OPD, like --opd) or an "
            "employee's spec file (that employee, like --nip). Such a selection needs only its own specs and "
            "those it prints (penilai, intervened RHK) to be valid. A whole build with errors in some OPDs "
            "builds the others, names those it skipped (their previous outputs are kept) and exits 1.\n\n"
            "Exit status: 0 success; 1 when a document failed, an OPD was skipped or the specs needed have "
            "errors (the bundle of an OPD with a failed document is not written, unless --keep-going); 2 usage "
            "error."
        ),
    },
    "render": {
        "id": (
            "Tulis formulir resmi sebagai .docx ke folder keluaran (-o): <nip>/<form>[-<periode>].docx.\n\n"
            "PATHS adalah folder workspace, folder OPD, atau berkas spesifikasi pegawai (bawaan: folder saat ini). "
            "Bawaannya setiap formulir yang berlaku: SKP, lampiran, dan kedua formulir evaluasi untuk setiap "
            "periode yang ada evaluasinya. Yang akan dicetak diperiksa dulu, bersama spesifikasi yang dicetaknya "
            "(penilai, RHK yang diintervensi): yang tidak valid ditolak beserta masalahnya; kesalahan di OPD lain "
            "tidak berpengaruh.\n\n"
            "Setiap dokumen ditulis ulang, tanpa bundel dan tanpa manifest (untuk berkas yang ditandatangani dan "
            "diserahkan, pakai build); --pdf menambahkan PDF di samping setiap .docx. Kode keluar: 0 berhasil, "
            "1 bila ada dokumen yang gagal atau spesifikasinya salah, 2 pemakaian keliru."
        ),
        "en": (
            "Write the official forms as .docx into the output folder (-o): <nip>/<form>[-<periode>].docx.\n\n"
            "PATHS are the workspace folder, OPD folders or employee spec files (default: the current folder). "
            "By default every form that applies is written: SKP, lampiran, and both evaluation forms for each "
            "periode with evaluations. What is rendered is validated first, with the specs it prints (penilai, "
            "intervened RHK): invalid ones are refused with their problems; errors in other OPDs do not "
            "matter.\n\n"
            "Every document is written anew, with no bundle and no manifest (for the files to sign and hand over, "
            "use build); --pdf adds a PDF beside each .docx. Exit status: 0 success, 1 when a document failed or "
            "the specs have errors, 2 usage error."
        ),
    },
    "diff": {
        "id": (
            "Tampilkan perubahan isi SKP (target, RHK, penilai, rating) antarberkas, antarfolder atau antarrevisi "
            "git.\n\n"
            "\b\n"
            "skpdoc diff OLD NEW                 dua berkas spesifikasi atau dua folder workspace\n"
            "skpdoc diff [--rev A..B] [PATH...]  revisi git (bawaan: HEAD terhadap working tree)\n\n"
            "Pegawai dicocokkan menurut NIP, RHK dan indikator menurut id; komentar, urutan kunci dan tanda kutip "
            "bukan perubahan. PATH membatasi perbandingan revisi pada berkas atau folder itu. Berkas yang bukan "
            "YAML dilaporkan, sedangkan berkas lainnya tetap dibandingkan.\n\n"
            "Kode keluar: 0 tidak ada perubahan, 1 ada perubahan, 2 kesalahan (seperti diff)."
        ),
        "en": (
            "Show what changed in the plans (targets, RHK, penilai, ratings) between specs, folders or git "
            "revisions.\n\n"
            "\b\n"
            "skpdoc diff OLD NEW                 two spec files or two workspace folders\n"
            "skpdoc diff [--rev A..B] [PATH...]  git revisions (default: HEAD and the working tree)\n\n"
            "Employees are matched by NIP, RHK and indicators by id; comments, key order and quoting are not "
            "changes. PATH narrows a comparison of revisions to those files or folders. A file that is not YAML "
            "is reported, and the other files are still compared.\n\n"
            "Exit status: 0 no changes, 1 changes, 2 errors (like diff)."
        ),
    },
    "evaluasi": {
        "id": (
            "Putaran evaluasi: buka periode untuk setiap pegawai, catat capaian kinerja organisasi setiap OPD.\n\n"
            "Periode: triwulan-1, triwulan-2, triwulan-3, triwulan-4 atau akhir."
        ),
        "en": (
            "Evaluation rounds: open a periode for every employee, record the OPDs' capaian kinerja organisasi.\n\n"
            "A periode is triwulan-1, triwulan-2, triwulan-3, triwulan-4 or akhir."
        ),
    },
    "evaluasi buka": {
        "id": (
            "Tambahkan blok evaluasi PERIODE ke setiap spesifikasi workspace yang belum memilikinya.\n\n"
            "PERIODE: triwulan-1 ... triwulan-4 atau akhir. PATH adalah workspace atau folder mana pun di dalamnya "
            "(bawaan: folder saat ini); folder OPD berarti hanya OPD itu, seperti --opd.\n\n"
            "Setiap blok berisi satu realisasi per indikator, tanggal, dan kedua rating, bertanda [ISI: ...] untuk "
            "diisi; bagian lain setiap berkas tetap seperti semula (komentar, urutan, tanda kutip). Spesifikasi "
            "yang sudah memiliki periode itu tidak disentuh, sehingga menjalankannya dua kali tidak mengubah "
            "apa pun.\n\n"
            "Kode keluar: 0 berhasil; 1 bila ada spesifikasi yang tidak dapat dibuka (disebutkan; perbaiki lalu "
            "jalankan lagi); 2 untuk periode atau OPD yang tidak dikenal."
        ),
        "en": (
            "Add an evaluation block for PERIODE to every spec of the workspace that has none.\n\n"
            "PERIODE is triwulan-1 ... triwulan-4 or akhir. PATH is the workspace or any folder inside it "
            "(default: the current folder); an OPD folder means that OPD alone, like --opd.\n\n"
            "Each block holds one realisasi per indicator, the date and both ratings, marked [ISI: ...] to be "
            "filled; the rest of every file is kept as it was (comments, order, quoting). Specs that have the "
            "periode are not touched, so running it twice changes nothing.\n\n"
            "Exit status: 0 success; 1 when a spec could not be opened (it is named; fix it and run again); 2 for "
            "an unknown periode or OPD."
        ),
    },
    "evaluasi capaian": {
        "id": (
            "Catat capaian kinerja organisasi (NILAI) sebuah OPD untuk PERIODE di opd.yaml-nya.\n\n"
            "NILAI: istimewa, baik, butuh-perbaikan, kurang atau sangat-kurang; PERIODE: triwulan-1 ... "
            "triwulan-4 atau akhir; PATH adalah workspace atau folder mana pun di dalamnya (bawaan: folder saat "
            "ini). OPD-nya wajib disebut dengan --opd.\n\n"
            "Capaian ini menentukan pola distribusi predikat pegawai OPD itu (SE MenPANRB 3/2023) yang diperiksa "
            "rekap dan status. Ditulis ke <opd>/opd.yaml (atau ke unit yang disebut dengan --unit); bagian lain "
            "berkas itu tetap seperti semula.\n\n"
            "Kode keluar: 0 berhasil; 1 bila opd.yaml tidak akan valid lagi (tidak ada yang ditulis); 2 untuk "
            "periode, nilai, OPD atau unit yang tidak dikenal (dengan yang terdekat)."
        ),
        "en": (
            "Record the capaian kinerja organisasi (NILAI) of an OPD for PERIODE, in its opd.yaml.\n\n"
            "NILAI is istimewa, baik, butuh-perbaikan, kurang or sangat-kurang; PERIODE is triwulan-1 ... "
            "triwulan-4 or akhir; PATH is the workspace or any folder inside it (default: the current folder). "
            "The OPD must be named with --opd.\n\n"
            "The capaian sets the pola distribusi of the OPD's staff (SE MenPANRB 3/2023) that rekap and status "
            "check. It is written into <opd>/opd.yaml (or into the unit given with --unit), the rest of the file "
            "kept as it was.\n\n"
            "Exit status: 0 success; 1 when opd.yaml would no longer be valid (nothing is written); 2 for an "
            "unknown periode, value, OPD or unit (with the nearest known one)."
        ),
    },
    "export": {
        "id": "Ekspor data workspace untuk alat lain: rencana dan evaluasi satu OPD sebagai buku kerja Excel (xlsx).",
        "en": "Export data from the workspace for other tools: an OPD's plans and evaluations as an Excel workbook (xlsx).",
    },
    "export xlsx": {
        "id": (
            "Tulis rencana dan evaluasi satu OPD sebagai buku kerja Excel untuk diisi operatornya.\n\n"
            "WORKSPACE adalah workspace atau folder mana pun di dalamnya (bawaan: folder saat ini). Satu lembar "
            "untuk masing-masing: pegawai, RHK, indikator, ekspektasi, lampiran, evaluasi dan realisasi, dengan "
            "daftar pilihan dan petunjuk berbahasa Indonesia. Kunci dan konteks dikunci (abu-abu), sehingga "
            "pertukaran bolak-balik tidak rusak karena salah sunting; di lembar Pegawai hanya jenjang, pejabat "
            "penilai, penetapan dan konfirmasi usulan yang dapat diubah. Kembalikan dengan "
            "`skpdoc import xlsx FILE.xlsx`.\n\n"
            "Kode keluar: 0 berhasil; 1 bila berkas OPD itu tidak dapat dibaca atau melanggar skema (disebutkan); "
            "2 pemakaian keliru (mis. FILE.xlsx sudah ada tanpa --force)."
        ),
        "en": (
            "Write an OPD's plans and evaluations as a workbook for its operators to fill in Excel.\n\n"
            "WORKSPACE is the workspace or any folder inside it (default: the current folder). One sheet each for "
            "the employees, RHK, indicators, ekspektasi, lampiran, evaluations and realisasi, with drop-down lists "
            "and instructions in Indonesian. Keys and context are locked (grey), so the round trip cannot break by "
            "accident; on the Pegawai sheet only the jenjang, the penilai, the penetapan and the confirmation of "
            "proposals can be edited. Bring it back with `skpdoc import xlsx FILE.xlsx`.\n\n"
            "Exit status: 0 success; 1 when the OPD's files cannot be read or break the schema (they are named); "
            "2 usage error (such as an existing FILE.xlsx without --force)."
        ),
    },
    "import": {
        "id": "Impor data ke workspace: daftar pegawai (roster), buku kerja OPD yang sudah diisi (xlsx).",
        "en": "Import data into the workspace: the employee roster (roster), an OPD's filled-in workbook (xlsx).",
    },
    "import roster": {
        "id": (
            "Buat <opd>/opd.yaml dan spesifikasi setiap pegawai dari ekspor SIASN atau format sederhana "
            "(.xlsx, .csv).\n\n"
            "FILE adalah daftar pegawai (wajib, kecuali dengan --template); workspace-nya (-w) dibuat lebih dulu dengan skpdoc init. OPD, unit, "
            "kepala dan usulan pejabat penilai diturunkan dari daftar itu; usulan penilai dicatat di "
            "belum_dikonfirmasi untuk diperiksa. Spesifikasi yang sudah ada tidak pernah ditimpa (--update hanya "
            "memperbarui identitasnya), sehingga mengimpor daftar yang sama dua kali tidak mengubah apa pun.\n\n"
            "Baris yang keliru dilaporkan sebagai FILE:BARIS:KOLOM dan dilewati; baris lainnya tetap diimpor. "
            "Kode keluar: 0 berhasil, 1 bila ada baris yang dilewati, 2 pemakaian keliru."
        ),
        "en": (
            "Write <opd>/opd.yaml and one spec per employee from a SIASN export or the simple layout "
            "(.xlsx, .csv).\n\n"
            "FILE is the roster (required, except with --template); its workspace (-w) is made first with skpdoc init. OPDs, units, heads and "
            "proposed penilai come from the roster; the penilai proposals are listed in belum_dikonfirmasi to be "
            "checked. Existing specs are never overwritten (--update refreshes their identity only), so "
            "importing the same roster twice changes nothing.\n\n"
            "Rows with mistakes are reported as FILE:ROW:COLUMN and left out; the others are imported. Exit "
            "status: 0 success, 1 when rows were left out, 2 usage error."
        ),
    },
    "import xlsx": {
        "id": (
            "Tulis kembali suntingan buku kerja dari `skpdoc export xlsx` ke spesifikasi, semuanya atau tidak "
            "sama sekali.\n\n"
            "FILE adalah buku kerjanya; WORKSPACE adalah workspace asal ekspor, atau folder mana pun di dalamnya "
            "(bawaan: folder saat ini). Setiap masalah dilaporkan pada selnya (FILE.xlsx!Lembar!A1), lalu aturan "
            "`skpdoc validate` dijalankan pada hasilnya; tidak ada yang ditulis kecuali semuanya beres, dan "
            "kemudian hanya nilai yang berubah (komentar, urutan kunci dan tanda kutip tetap). Bila berkas "
            "pegawai yang disunting di buku kerja berubah sejak ekspor, seluruh impor ditolak: ekspor ulang.\n\n"
            "Spesifikasi yang ditulis disebutkan di stdout. Kode keluar: 0 diimpor (atau tidak ada perubahan), "
            "1 ditolak, 2 pemakaian keliru."
        ),
        "en": (
            "Write the edits of a workbook from `skpdoc export xlsx` back into the specs, all or nothing.\n\n"
            "FILE is the workbook; WORKSPACE the workspace it was exported from, or any folder inside it "
            "(default: the current folder). Every problem is reported at its cell (FILE.xlsx!Sheet!A1), then the "
            "rules of `skpdoc validate` run on the result; nothing is written unless all is well, and then only "
            "the values that changed (comments, key order and quoting stay). When the file of an employee edited in "
            "the workbook changed since the export, the whole import is refused: export again.\n\n"
            "The specs written are listed on stdout. Exit status: 0 imported (or nothing changed), 1 refused, "
            "2 usage error."
        ),
    },
    "init": {
        "id": (
            "Buat workspace siap pakai di FOLDER (bawaan: folder saat ini).\n\n"
            "Menulis skpdoc.yaml, JSON Schema (.skpdoc/schemas) beserta pemetaannya untuk VS Code, .gitattributes "
            "dan baris git config untuk `git diff`, .gitignore untuk out/, hook pre-commit yang menjalankan "
            "skpdoc terpasang, dan README berbahasa Indonesia; menjalankan `git init` bila FOLDER belum berada "
            "di repositori. Berkas yang sudah ada tidak pernah ditimpa: menjalankannya dua kali tidak mengubah "
            "apa pun. FOLDER di dalam workspace lain ditolak.\n\n"
            "Sesudahnya, tambahkan pegawai dengan `skpdoc import roster FILE` atau `skpdoc new`."
        ),
        "en": (
            "Create a ready workspace in FOLDER (default: the current folder).\n\n"
            "Writes skpdoc.yaml, the JSON Schemas (.skpdoc/schemas) and their VS Code mapping, .gitattributes and "
            "the git config line for `git diff`, a .gitignore for out/, a pre-commit hook running the installed "
            "skpdoc, and a README in Indonesian; runs `git init` when FOLDER is in no repository. Files that "
            "exist are never overwritten: running it twice changes nothing. A FOLDER inside another workspace is "
            "refused.\n\n"
            "Then add the employees with `skpdoc import roster FILE` or `skpdoc new`."
        ),
    },
    "new": {
        "id": (
            "Tulis spesifikasi awal untuk pegawai baru (bawaan: <workspace>/<opd>/<nip>.yaml).\n\n"
            "Spesifikasi itu langsung valid; yang hanya dapat diputuskan pegawai dan penilainya (RHK, indikator, "
            'target, tanggal) ditulis "[ISI: ...]" untuk diisi, dan formulirnya berjudul KONSEP sampai semuanya '
            "terisi. Dengan --penilai, RHK pertama pejabat penilai itu diusulkan sebagai RHK yang diintervensi "
            "dan dicatat di belum_dikonfirmasi untuk diperiksa.\n\n"
            "--opd, --unit, --penilai atau --jenjang yang tidak dikenal ditolak (kode keluar 2) dengan yang "
            "terdekat; demikian pula berkas yang sudah ada, kecuali dengan --force."
        ),
        "en": (
            "Write a starter spec for a new employee (default: <workspace>/<opd>/<nip>.yaml).\n\n"
            "It validates at once; what only the employee and the penilai can decide (RHK, indicators, targets, "
            'dates) is written "[ISI: ...]" for them to fill, and the forms are titled KONSEP until all is '
            "filled. With --penilai, that penilai's first RHK is proposed as the intervened RHK and listed in "
            "belum_dikonfirmasi to be checked.\n\n"
            "An unknown --opd, --unit, --penilai or --jenjang is refused (exit 2) with the nearest known one; so "
            "is an existing file, unless --force."
        ),
    },
    "rekap": {
        "id": (
            "Rekap per OPD: rating dan predikat setiap pegawai, pola distribusi (SE MenPANRB 3/2023) dan "
            "pelanggarannya.\n\n"
            "Juga angka kredit setiap pejabat fungsional. Satu periode sekali jalan: yang terakhir ada "
            "evaluasinya, kecuali dengan --periode. PATH adalah workspace (bawaan: folder saat ini) atau folder "
            "OPD, yang memilih OPD itu. Hanya OPD dalam rekap yang harus valid.\n\n"
            "Kode keluar: 0 berhasil; 1 bila spesifikasi OPD itu masih salah, atau dengan --strict bila ada "
            "distribusi yang melanggar pola; 2 pemakaian keliru."
        ),
        "en": (
            "Rekap per OPD: ratings and predikat of every employee, pola distribusi (SE MenPANRB 3/2023) and its "
            "violations.\n\n"
            "Also the angka kredit of every jabatan fungsional. One periode at a time: the latest with "
            "evaluations, unless --periode. PATH is the workspace (default: the current folder) or an OPD folder, "
            "which selects that OPD. Only the OPDs in the rekap must be valid.\n\n"
            "Exit status: 0 success; 1 when those OPDs' specs have errors, or with --strict when a distribution "
            "breaks the pola; 2 usage error."
        ),
    },
    "schema": {
        "id": (
            "Cetak JSON Schema pegawai, opd atau skpdoc, atau tulis skema ke folder dengan --write.\n\n"
            "Tanpa nama, skema pegawai yang dicetak; dengan --write, semua skema ditulis, kecuali bila satu disebut. "
            "skpdoc init sudah menulisnya ke .skpdoc/schemas; tulis ulang setelah memperbarui skpdoc. Editor "
            "dengan YAML language server melengkapi dan memeriksa spesifikasi yang baris pertamanya:\n\n"
            "\b\n"
            "# yaml-language-server: $schema=../.skpdoc/schemas/pegawai.schema.json"
        ),
        "en": (
            "Print the JSON Schema of pegawai, opd or skpdoc, or write the schemas into a folder with --write.\n\n"
            "Without a name, the pegawai schema is printed; with --write, every schema is written, unless one is named. skpdoc init "
            "already writes them to .skpdoc/schemas; write them again after upgrading skpdoc. Editors with the "
            "YAML language server complete and check a spec whose first line is:\n\n"
            "\b\n"
            "# yaml-language-server: $schema=../.skpdoc/schemas/pegawai.schema.json"
        ),
    },
    "serve": {
        "id": (
            "Buka workspace di peramban untuk tim BKPSDM: dasbor, halaman OPD dan pegawai, pratinjau PDF, "
            "penyuntingan rencana dan evaluasi (setiap simpanan menjadi commit git) dan telaah perubahan.\n\n"
            "WORKSPACE adalah workspace atau folder mana pun di dalamnya (bawaan: folder saat ini). Halaman hanya "
            "untuk akun di .skpdoc/users.yaml (skpdoc users add); sesi ditandatangani dengan kunci di "
            ".skpdoc/serve-secret, yang dibuat saat pertama dijalankan. Selama belum ada akun, server hanya mau "
            "mendengarkan di komputer ini (127.0.0.1, ::1, localhost).\n\n"
            "Berjalan sampai dihentikan (Ctrl-C). Kode keluar: 0 dihentikan, 2 pemakaian keliru."
        ),
        "en": (
            "Open the workspace in a browser for the BKPSDM team: dashboard, OPD and employee pages, PDF previews, "
            "editing of plans and evaluations (every save a git commit) and review of changes.\n\n"
            "WORKSPACE is the workspace or any folder in it (default: the current folder). Pages are for the "
            "accounts in .skpdoc/users.yaml (skpdoc users add) only; sessions are signed with the key in "
            ".skpdoc/serve-secret, made on the first run. While there is no account, the server listens on this "
            "computer only (127.0.0.1, ::1, localhost).\n\n"
            "Runs until stopped (Ctrl-C). Exit status: 0 stopped, 2 usage error."
        ),
    },
    "status": {
        "id": (
            "Posisi workspace per OPD: rencana lengkap, usulan yang belum dikonfirmasi, evaluasi dibuka, diisi dan "
            "dinilai.\n\n"
            "Untuk periode yang dilihat (yang terakhir sudah dibuka evaluasinya, kecuali dengan --periode): per "
            "OPD, jumlah rencana yang lengkap, usulan pejabat penilai yang belum dikonfirmasi, evaluasi yang "
            "dibuka, diisi dan dinilai, serta apakah pola distribusi sejauh ini terpenuhi; lalu siapa kurang "
            "apa. PATH adalah workspace atau folder mana pun di dalamnya (bawaan: folder saat ini); folder OPD "
            "berarti hanya OPD itu, seperti --opd.\n\n"
            "Berjalan juga pada workspace yang masih penuh isian [ISI] dan spesifikasi tidak valid (dihitung "
            "sebagai galat). Kode keluar: 0 (ini laporan); dengan --strict, 1 selama masih ada yang kurang."
        ),
        "en": (
            "Where the workspace stands per OPD: plans complete, proposals to confirm, evaluations opened, filled "
            "and rated.\n\n"
            "For the periode looked at (the latest with an evaluation block, unless --periode): per OPD, the plans "
            "complete, the penilai proposals not yet confirmed, the evaluations opened, filled and rated, and "
            "whether the pola distribusi holds so far; then who is missing what. PATH is the workspace or any "
            "folder inside it (default: the current folder); an OPD folder means that OPD alone, like "
            "--opd.\n\n"
            "Works on a workspace still full of [ISI] placeholders and invalid specs (they are counted as "
            "errors). Exit status: 0 (it is a report); with --strict, 1 while anything is missing."
        ),
    },
    "tahun-baru": {
        "id": (
            "Tulis workspace tahun berikutnya (TAHUN) dari workspace ini (WORKSPACE, bawaan: folder saat ini).\n\n"
            "Identitas, pejabat penilai, RHK dan indikator dibawa; setiap target dan pejabat penilai dicatat di "
            "belum_dikonfirmasi untuk ditinjau; evaluasi, capaian kinerja organisasi, periode dan penetapan "
            "dibuang (tanggal penetapan menjadi isian [ISI: ...]). Pegawai yang mencapai batas usia pensiun "
            "dalam TAHUN mendapat periode yang berakhir pada bulan itu, untuk dikonfirmasi. Templat dan "
            "perlengkapan workspace ikut disalin.\n\n"
            "TAHUN harus sesudah tahun workspace ini; folder -o harus baru atau kosong, di luar workspace ini. "
            "Tidak ada yang ditulis kecuali semuanya: folder itu muncul lengkap, atau tidak sama sekali."
        ),
        "en": (
            "Write next year's workspace (TAHUN) from this one (WORKSPACE, default: the current folder).\n\n"
            "Identity, penilai, RHK and indicators carry over; every target and the penilai are listed in "
            "belum_dikonfirmasi to be reviewed; evaluations, the organisations' capaian, periode and penetapan "
            "are dropped (the penetapan date is left to fill as [ISI: ...]). An employee reaching retirement age "
            "during TAHUN gets a periode ending that month, to confirm. Templates and the workspace's "
            "scaffolding are copied.\n\n"
            "TAHUN must come after this workspace's year; the -o folder must be new or empty, outside this "
            "workspace. Nothing is written unless all of it is: the folder appears complete, or not at all."
        ),
    },
    "templates": {
        "id": (
            "Lihat, salin dan periksa templat Word formulir.\n\n"
            "Templat bawaan diganti menurut nama: oleh templat di folder templates/ workspace, atau di folder "
            "--templates pada build dan render."
        ),
        "en": (
            "Inspect, copy and check the Word templates of the forms.\n\n"
            "A built-in template is replaced by name: by one in the workspace's templates/ folder, or in the "
            "--templates folder of build and render."
        ),
    },
    "templates check": {
        "id": (
            "Periksa templat: sintaks Jinja, tag yang terpecah oleh Word, nama yang tidak dikenal.\n\n"
            "TARGET adalah folder templat, satu berkas .docx, atau folder workspace. Tanpa TARGET, di dalam "
            "workspace diperiksa templat yang akan dipakai build di sana: templat di folder templates/-nya, dan "
            "templat bawaan untuk formulir yang tidak diganti; di luar workspace, templat bawaan. Setiap temuan "
            "menyebut berkas templat dan teks paragraf atau sel tabel tempatnya; entri yang bukan berkas biasa, "
            "terlalu besar, atau (di templates/ workspace) bertaut ke luar workspace dilaporkan dan tidak pernah "
            "dibuka.\n\n"
            "Kode keluar: 0 tanpa kesalahan (peringatan boleh ada), 1 bila ada kesalahan."
        ),
        "en": (
            "Lint templates: Jinja syntax, tags split by Word, unknown names.\n\n"
            "TARGET is a folder of templates, one .docx, or a workspace folder. Without it, inside a workspace, "
            "the templates a build there would use are checked: those of its templates/ folder, and the built-in "
            "ones for the forms it does not replace; outside a workspace, the built-in ones. Every finding names "
            "the template file and the text of the paragraph or table cell it is in; an entry that is not a "
            "regular file, is too large or (in a workspace's templates/) links out of the workspace is reported "
            "and never opened.\n\n"
            "Exit status: 0 no errors (warnings allowed), 1 errors."
        ),
    },
    "templates copy": {
        "id": (
            "Salin templat bawaan (NAMES dari `skpdoc templates list`) untuk disesuaikan: kop surat, logo.\n\n"
            "Templat disalin ke templates/ workspace (atau ke folder --to), tempat build dan render menemukannya: "
            "templat di sana menggantikan templat bawaan yang sama namanya. Templat yang sudah ada di folder itu "
            "tidak pernah ditimpa tanpa --force, dan bila demikian tidak ada yang disalin sama sekali. Nama yang "
            "tidak dikenal ditolak dengan nama terdekat. Periksa hasil suntingan dengan "
            "`skpdoc templates check`."
        ),
        "en": (
            "Copy built-in templates (NAMES from `skpdoc templates list`) to customise them: letterhead, logo.\n\n"
            "They go to the workspace's templates/ (or the --to folder), where build and render find them: a "
            "template there replaces the built-in one of the same name. A template already in the folder is never "
            "overwritten without --force, and then nothing is copied at all. An unknown name is refused with the "
            "nearest one. Check your edits with `skpdoc templates check`."
        ),
    },
    "templates list": {
        "id": (
            "Tampilkan daftar templat bawaan (satu per varian formulir).\n\n"
            "Nama-nama inilah yang diterima templates copy, dan yang harus dipakai templat di templates/ "
            "workspace untuk menggantikan templat bawaan."
        ),
        "en": (
            "List the built-in templates (one per form variant).\n\n"
            "These names are what templates copy takes, and what a template in a workspace's templates/ must be "
            "called to replace a built-in one."
        ),
    },
    "users": {
        "id": (
            "Akun skpdoc serve: siapa boleh masuk dan apa yang boleh dikerjakannya.\n\n"
            "Akun disimpan di <workspace>/.skpdoc/users.yaml (hanya dapat dibaca pemiliknya). Peran: admin "
            "(semuanya), operator (menyunting OPD yang disebut dengan --opd saja), penilai (menilai pegawai yang "
            "dinilainya), reviewer (membaca semuanya, tidak menyunting apa pun). Kata sandi hanya disimpan "
            "sebagai hash argon2, tidak pernah dicetak."
        ),
        "en": (
            "Accounts of skpdoc serve: who may log in and what they may do.\n\n"
            "Accounts are kept in <workspace>/.skpdoc/users.yaml (readable by its owner alone). Roles: admin "
            "(everything), operator (edits only the OPDs given with --opd), penilai (rates the people they "
            "assess), reviewer (reads everything, edits nothing). Passwords are kept only as argon2 hashes, "
            "never printed."
        ),
    },
    "users add": {
        "id": (
            "Tambahkan akun NAME dengan peran --role; kata sandinya ditanyakan dua kali tanpa ditampilkan.\n\n"
            "NAME: 2 sampai 32 huruf kecil, angka, titik, '_' atau '-'. Operator perlu setidaknya satu --opd "
            "yang ada di workspace; peran lain tidak dibatasi per OPD. Penilai perlu --nip, NIP spec-nya sendiri. "
            "Kata sandi paling sedikit 8 karakter.\n\n"
            "Kode keluar: 0 berhasil; 2 untuk nama, peran atau OPD yang keliru, nama yang sudah dipakai, atau "
            "kata sandi yang terlalu pendek (tidak ada yang ditulis)."
        ),
        "en": (
            "Add the account NAME with the role --role; its password is asked twice, without echo.\n\n"
            "NAME: 2 to 32 lowercase letters, digits, dots, '_' or '-'. An operator needs at least one --opd of "
            "the workspace; the other roles are not limited to OPDs. A penilai needs --nip, the NIP of their own "
            "spec. A password has at least 8 characters.\n\n"
            "Exit status: 0 success; 2 for a wrong name, role or OPD, a name already taken, or a password too "
            "short (nothing is written)."
        ),
    },
    "users list": {
        "id": "Tampilkan setiap akun: nama, peran dan OPD-nya (tanpa hash kata sandi).",
        "en": "List every account: its name, role and OPDs (never the password hashes).",
    },
    "users remove": {
        "id": "Hapus akun NAME; ia tidak dapat masuk lagi.",
        "en": "Remove the account NAME; it can no longer log in.",
    },
    "users passwd": {
        "id": (
            "Ganti kata sandi akun NAME; kata sandi baru ditanyakan dua kali tanpa ditampilkan.\n\n"
            "Peran, OPD dan tanggal pembuatan akun tetap."
        ),
        "en": (
            "Change the password of the account NAME; the new one is asked twice, without echo.\n\n"
            "The account's role, OPDs and creation date are kept."
        ),
    },
}

#: One or two examples per command, printed at the end of its help:
#: (command line, what it does in Indonesian, in English). They must run as written
#: from the repository root on the bundled example workspace `specs/` (or a plausible
#: file name for files the user brings, e.g. siasn-2025.xlsx).
EXAMPLES: dict[str, list[tuple[str, str, str]]] = {
    "": [
        ("skpdoc validate specs/", "periksa workspace contoh", "check the example workspace"),
        (
            "skpdoc build specs/ -o out/",
            "buat semua formulir dan bundel per OPD ke out/2024/",
            "build every form and one bundle per OPD into out/2024/",
        ),
    ],
    "validate": [
        ("skpdoc validate specs/", "periksa seluruh workspace contoh", "check the whole example workspace"),
        (
            "skpdoc validate specs/bkpsdm/198502112010011002.yaml --format json",
            "periksa satu spesifikasi, hasilnya JSON untuk program lain",
            "check one spec, as JSON for other programs",
        ),
    ],
    "build": [
        (
            "skpdoc build specs/ -o out/",
            "semua formulir dan satu bundel per OPD ke out/2024/",
            "every form and one bundle per OPD into out/2024/",
        ),
        (
            "skpdoc build specs/bkpsdm -o out/ --periode akhir",
            "hanya OPD bkpsdm, dan dari evaluasinya hanya periode akhir",
            "only the OPD bkpsdm, and of its evaluations only the periode akhir",
        ),
    ],
    "render": [
        (
            "skpdoc render specs/bkpsdm/198502112010011002.yaml -o draf/",
            "formulir satu pegawai ke draf/198502112010011002/",
            "one employee's forms into draf/198502112010011002/",
        ),
        (
            "skpdoc render specs/ -o draf/ --opd diskominfo --form skp",
            "formulir SKP setiap pegawai Diskominfo",
            "the SKP form of every Diskominfo employee",
        ),
    ],
    "diff": [
        (
            "skpdoc diff --rev HEAD~1 specs/",
            "perubahan di specs/ sejak commit sebelumnya, termasuk yang belum di-commit",
            "what changed in specs/ since the previous commit, uncommitted edits included",
        ),
        (
            "skpdoc diff --rev main...HEAD --format markdown specs/",
            "perubahan cabang ini sejak berpisah dari main, untuk merge request",
            "this branch's changes since it left main, for a merge request",
        ),
    ],
    "evaluasi": [
        (
            "skpdoc evaluasi buka triwulan-1 specs/ --dry-run",
            "sebutkan yang akan mendapat blok evaluasi triwulan-1, tanpa menulis",
            "say which specs would get the triwulan-1 block, writing nothing",
        ),
        (
            "skpdoc evaluasi capaian triwulan-2 baik specs/ --opd bkpsdm",
            "catat capaian BKPSDM triwulan-2: baik",
            "record BKPSDM's capaian for triwulan-2: baik",
        ),
    ],
    "evaluasi buka": [
        (
            "skpdoc evaluasi buka triwulan-1 specs/ --dry-run",
            "sebutkan yang akan mendapat blok evaluasi triwulan-1, tanpa menulis",
            "say which specs would get the triwulan-1 block, writing nothing",
        ),
        (
            "skpdoc evaluasi buka akhir specs/ --opd diskominfo -v",
            "buka evaluasi akhir untuk pegawai Diskominfo dan sebutkan berkasnya",
            "open the akhir evaluation for Diskominfo's employees, listing their files",
        ),
    ],
    "evaluasi capaian": [
        (
            "skpdoc evaluasi capaian triwulan-2 baik specs/ --opd bkpsdm",
            "catat capaian BKPSDM triwulan-2: baik",
            "record BKPSDM's capaian for triwulan-2: baik",
        ),
        (
            "skpdoc evaluasi capaian akhir istimewa specs/ --opd bkpsdm --opd diskominfo --dry-run",
            "lihat perubahan capaian akhir kedua OPD, tanpa menulis",
            "see the change of both OPDs' capaian akhir, writing nothing",
        ),
    ],
    "export": [
        (
            "skpdoc export xlsx specs/ --opd diskominfo -o diskominfo.xlsx",
            "buku kerja Diskominfo untuk diisi operatornya",
            "Diskominfo's workbook for its operators to fill in",
        ),
    ],
    "export xlsx": [
        (
            "skpdoc export xlsx specs/ --opd diskominfo -o diskominfo.xlsx",
            "buku kerja Diskominfo untuk diisi operatornya",
            "Diskominfo's workbook for its operators to fill in",
        ),
        (
            "skpdoc export xlsx specs/ --opd bkpsdm --periode triwulan-2 -o bkpsdm-tw2.xlsx --force",
            "hanya evaluasi triwulan-2; buku kerja lama ditimpa",
            "only the triwulan-2 evaluations; an older workbook is overwritten",
        ),
    ],
    "import": [
        (
            "skpdoc import roster --template pegawai.xlsx",
            "tulis buku kerja daftar pegawai kosong dalam format sederhana",
            "write a blank roster workbook in the simple layout",
        ),
        (
            "skpdoc import xlsx diskominfo.xlsx specs/",
            "tulis suntingan buku kerja Diskominfo ke spesifikasinya",
            "write the edits of Diskominfo's workbook into its specs",
        ),
    ],
    "import roster": [
        (
            "skpdoc import roster --template pegawai.xlsx",
            "tulis buku kerja daftar pegawai kosong dalam format sederhana",
            "write a blank roster workbook in the simple layout",
        ),
        (
            "skpdoc import roster siasn-2025.xlsx -w specs/ --dry-run",
            "lihat apa yang akan diimpor dari ekspor SIASN, tanpa menulis",
            "see what a SIASN export would import, writing nothing",
        ),
    ],
    "import xlsx": [
        (
            "skpdoc import xlsx diskominfo.xlsx specs/ --dry-run",
            "periksa buku kerja yang sudah diisi, tanpa menulis",
            "check the filled-in workbook, writing nothing",
        ),
        (
            "skpdoc import xlsx diskominfo.xlsx specs/",
            "tulis suntingannya ke spesifikasi",
            "write its edits into the specs",
        ),
    ],
    "init": [
        (
            'skpdoc init skp-muba --instansi "Pemerintah Kabupaten Musi Banyuasin" --tahun 2025 --tempat Sekayu',
            "buat workspace baru di folder skp-muba",
            "create a new workspace in the folder skp-muba",
        ),
    ],
    "new": [
        (
            'skpdoc new -w specs/ --opd bkpsdm --nip 199704152022032001 --nama "Sari Wulandari" '
            '--jabatan "Pengelola Kepegawaian" --jenis pelaksana --golongan II/c -o -',
            "cetak spesifikasi awal ke layar, tanpa menulis berkas",
            "print a starter spec, writing no file",
        ),
        (
            "skpdoc new -w specs/ --opd bkpsdm --unit kompetensi-kinerja --nip 199511202020122003 "
            '--nama "Dewi Lestari, S.Psi." --jabatan "Analis Sumber Daya Manusia Aparatur Ahli Pertama" '
            "--jenis fungsional --jenjang ahli-pertama --golongan III/a --penilai 197812282003121002",
            "tulis specs/bkpsdm/199511202020122003.yaml, dengan pejabat penilainya",
            "write specs/bkpsdm/199511202020122003.yaml, with the penilai",
        ),
    ],
    "rekap": [
        ("skpdoc rekap specs/", "rekap periode terakhir setiap OPD", "the rekap of the latest periode, every OPD"),
        (
            "skpdoc rekap specs/bkpsdm --periode akhir --format xlsx -o rekap-bkpsdm.xlsx",
            "rekap akhir BKPSDM sebagai buku kerja Excel",
            "BKPSDM's rekap akhir as an Excel workbook",
        ),
    ],
    "schema": [
        ("skpdoc schema opd", "cetak JSON Schema opd.yaml", "print the JSON Schema of opd.yaml"),
        (
            "skpdoc schema --write specs/.skpdoc/schemas",
            "perbarui skema workspace contoh untuk editor",
            "refresh the example workspace's schemas for editors",
        ),
    ],
    "serve": [
        ("skpdoc serve specs/", "dasbor di http://127.0.0.1:8000", "the dashboard at http://127.0.0.1:8000"),
        (
            "skpdoc serve specs/ --port 8080 --https",
            "di belakang reverse proxy HTTPS kantor pada komputer ini (docs/panduan.md, bagian 9)",
            "behind the office's HTTPS reverse proxy on this computer (docs/panduan.md, section 9)",
        ),
    ],
    "status": [
        ("skpdoc status specs/", "posisi periode terakhir setiap OPD", "where every OPD stands in the latest periode"),
        (
            "skpdoc status specs/ --periode triwulan-2 --opd diskominfo --strict",
            "triwulan-2 Diskominfo; kode keluar 1 bila masih ada yang kurang",
            "Diskominfo in triwulan-2; exit 1 while anything is missing",
        ),
    ],
    "tahun-baru": [
        (
            "skpdoc tahun-baru 2025 specs/ -o skp-2025",
            "workspace 2025 dari workspace contoh 2024, di folder skp-2025",
            "the 2025 workspace from the 2024 example, in the folder skp-2025",
        ),
    ],
    "templates": [
        ("skpdoc templates list", "daftar templat bawaan", "the built-in templates"),
        (
            "skpdoc templates copy skp-ja-jf-kuantitatif.docx --to specs/templates",
            "salin templat SKP JA/JF kuantitatif ke specs/templates/",
            "copy the SKP template (JA/JF, kuantitatif) into specs/templates/",
        ),
    ],
    "templates check": [
        ("skpdoc templates check", "periksa templat bawaan (di luar workspace)", "check the built-in templates"),
        (
            "skpdoc templates check specs/",
            "periksa templat yang akan dipakai build workspace contoh",
            "check the templates a build of the example workspace would use",
        ),
    ],
    "templates copy": [
        (
            "skpdoc templates copy skp-ja-jf-kuantitatif.docx --to specs/templates",
            "salin templat SKP JA/JF kuantitatif ke specs/templates/",
            "copy the SKP template (JA/JF, kuantitatif) into specs/templates/",
        ),
    ],
    "templates list": [
        ("skpdoc templates list", "daftar templat bawaan", "the built-in templates"),
    ],
    "users": [
        (
            "skpdoc users add admin -w specs/ --role admin",
            "buat akun admin (kata sandinya ditanyakan)",
            "create an admin account (its password is asked)",
        ),
        ("skpdoc users list -w specs/", "daftar akun workspace contoh", "the accounts of the example workspace"),
    ],
    "users add": [
        (
            "skpdoc users add budi -w specs/ --role operator --opd diskominfo",
            "akun operator yang hanya menyunting Diskominfo",
            "an operator account that edits Diskominfo only",
        ),
        (
            "skpdoc users add rudi -w specs/ --role penilai --nip 197203151998031001 --password-stdin",
            "akun penilai bagi pegawai yang pejabat_penilai-nya NIP ini; kata sandi dari stdin (dari skrip)",
            "a penilai of the employees whose pejabat_penilai is this NIP; the password from stdin (from a script)",
        ),
    ],
    "users list": [
        ("skpdoc users list -w specs/", "daftar akun workspace contoh", "the accounts of the example workspace"),
        (
            "skpdoc users list -w specs/ --format json",
            "daftar akun sebagai JSON untuk program lain",
            "the accounts as JSON for other programs",
        ),
    ],
    "users remove": [
        ("skpdoc users remove budi -w specs/", "hapus akun budi", "remove the account budi"),
    ],
    "users passwd": [
        ("skpdoc users passwd budi -w specs/", "ganti kata sandi budi", "change budi's password"),
    ],
}

#: Option help. "--name" applies to that option in every command that has it
#: (shared options: --lang, --quiet, --color, --format, --jobs, ...); "command --name"
#: is a command's own wording and wins over the shared one. The key is the option's
#: first long name as declared (e.g. "--output" for -o/--output, "--color" for
#: --color/--no-color).
OPTIONS: dict[str, dict[str, str]] = {
    # --- shared ---------------------------------------------------------------
    "--lang": {
        "id": "Bahasa pesan dan bantuan [bawaan: SKPDOC_LANG, lalu lang: di skpdoc.yaml, lalu id].",
        "en": "Language of messages and help [default: SKPDOC_LANG, else lang: in skpdoc.yaml, else id].",
    },
    "--quiet": {
        "id": "Jangan cetak apa pun ke stderr selain kesalahan (tanpa progres dan ringkasan).",
        "en": "Print nothing on stderr but errors (no progress, no summary).",
    },
    "--color": {
        "id": "Beri warna pada keluaran [bawaan: bila keluaran ke terminal dan NO_COLOR tidak diatur].",
        "en": "Colour the output [default: when it goes to a terminal and NO_COLOR is unset].",
    },
    "--jobs": {
        "id": "Jumlah proses pekerja [bawaan: jumlah CPU].",
        "en": "Worker processes [default: the number of CPUs].",
    },
    "--dry-run": {
        "id": "Sebutkan apa yang akan berubah; tidak ada yang ditulis.",
        "en": "Say what would change; write nothing.",
    },
    "--opd": {
        "id": "Hanya OPD ini (nama foldernya; dapat diulang).",
        "en": "Only this OPD (its folder name; repeatable).",
    },
    "--templates": {
        "id": "Folder templat Anda, pengganti templat bawaan menurut nama (didahulukan dari templates/ workspace).",
        "en": "Folder of your templates, replacing built-in ones by name (before the workspace's templates/).",
    },
    "--workspace": {
        "id": "Folder workspace, atau folder mana pun di dalamnya [bawaan: folder saat ini].",
        "en": "The workspace folder, or any folder inside it [default: the current folder].",
    },
    "--debug": {
        "id": "Tampilkan traceback lengkap bila skpdoc sendiri gagal (kesalahan internal, kode keluar 3).",
        "en": "Show the full traceback when skpdoc itself fails (an internal error, exit 3).",
    },
    "--verbose": {
        "id": "Tampilkan catatan kerja skpdoc di stderr (dokumen mana yang dibuat ulang dan mengapa); sebelum perintah.",
        "en": "Show skpdoc's debug log on stderr (which documents are rebuilt and why); before the command.",
    },
    # --- validate -------------------------------------------------------------
    "validate --format": {
        "id": "Format keluaran; json adalah kontrak tetap bagi program lain, json-list bentuk lamanya (daftar saja).",
        "en": "Output format; json is a stable contract for other programs, json-list its older bare list.",
    },
    "validate --strict": {
        "id": "Perlakukan peringatan sebagai kesalahan (kode keluar 1).",
        "en": "Treat warnings as errors (exit 1).",
    },
    # --- build ----------------------------------------------------------------
    "build --output": {
        "id": "Folder keluaran; berkas ditulis ke <tahun>/ di dalamnya, mis. out/2024/.",
        "en": "Output folder; the files go into its <tahun>/ folder, e.g. out/2024/.",
    },
    "build --periode": {
        "id": "Hanya periode ini: triwulan-1 ... triwulan-4, akhir (dapat diulang) [bawaan: semua yang ada evaluasinya].",
        "en": "Only these periods: triwulan-1 ... triwulan-4, akhir (repeatable) [default: all with evaluations].",
    },
    "build --form": {
        "id": "Hanya formulir ini: skp, lampiran, evaluasi, dokumen-evaluasi, serta rekap, matriks OPD (dapat diulang).",
        "en": "Only these forms: skp, lampiran, evaluasi, dokumen-evaluasi, and the OPD's rekap, matriks (repeatable).",
    },
    "build --opd": {
        "id": "Hanya folder OPD ini (dapat diulang).",
        "en": "Only these OPD folders (repeatable).",
    },
    "build --nip": {
        "id": "Hanya formulir pegawai ini, tanpa bundel (dapat diulang).",
        "en": "Only this employee's forms, without a bundle (repeatable).",
    },
    "build --jobs": {
        "id": "Jumlah proses LibreOffice paling banyak [bawaan: jumlah CPU].",
        "en": "LibreOffice workers at most [default: the number of CPUs].",
    },
    "build --pdfa": {
        "id": "Tulis PDF/A-2b, untuk arsip.",
        "en": "Write PDF/A-2b, for archiving.",
    },
    "build --no-pdf": {
        "id": "Hanya berkas .docx: tanpa PDF dan bundel, tidak memerlukan LibreOffice.",
        "en": "Only the .docx files: no PDF, no bundle, no LibreOffice needed.",
    },
    "build --keep-going": {
        "id": "Tetap tulis bundel OPD walau ada dokumennya yang gagal (tanpa dokumen itu).",
        "en": "Write an OPD's bundle even when some of its documents failed (without them).",
    },
    # --- render ---------------------------------------------------------------
    "render --output": {
        "id": "Folder keluaran; formulir setiap pegawai ditulis ke folder <nip>/ di dalamnya.",
        "en": "Output folder; each employee's forms go into its <nip>/ folder.",
    },
    "render --form": {
        "id": "Hanya formulir ini: skp, lampiran, evaluasi, dokumen-evaluasi (dapat diulang) [bawaan: keempatnya].",
        "en": "Only these forms: skp, lampiran, evaluasi, dokumen-evaluasi (repeatable) [default: all four].",
    },
    "render --periode": {
        "id": "Hanya periode ini untuk formulir evaluasi: triwulan-1 ... triwulan-4, akhir (dapat diulang).",
        "en": "Only these periods of the evaluation forms: triwulan-1 ... triwulan-4, akhir (repeatable).",
    },
    "render --opd": {
        "id": "Hanya pegawai folder OPD ini (dapat diulang).",
        "en": "Only the employees of this OPD folder (repeatable).",
    },
    "render --nip": {
        "id": "Hanya pegawai ini (dapat diulang).",
        "en": "Only this employee (repeatable).",
    },
    "render --pdf": {
        "id": "Konversi juga setiap .docx menjadi PDF di sampingnya (memerlukan LibreOffice).",
        "en": "Also convert each .docx to a PDF beside it (needs LibreOffice).",
    },
    # --- diff -----------------------------------------------------------------
    "diff --rev": {
        "id": "Revisi git: A..B, A...B (sejak merge base), atau A terhadap working tree [bawaan: HEAD].",
        "en": "Git revisions: A..B, A...B (since the merge base), or A against the working tree [default: HEAD].",
    },
    "diff --textconv": {
        "id": "Cetak FILE sebagai baris ternormalisasi, untuk textconv git diff (dipasang oleh skpdoc init).",
        "en": "Print FILE as normalised lines, for git diff's textconv (set up by skpdoc init).",
    },
    "diff --format": {
        "id": "Format keluaran; markdown untuk merge request, json kontrak tetap bagi program lain.",
        "en": "Output format; markdown for a merge request, json a stable contract for other programs.",
    },
    # --- evaluasi -------------------------------------------------------------
    "evaluasi buka --verbose": {
        "id": "Sebutkan setiap spesifikasi yang mendapat blok evaluasi (di stdout).",
        "en": "List every spec that gets the block (on stdout).",
    },
    "evaluasi capaian --opd": {
        "id": "OPD-nya (nama folder; wajib; dapat diulang: capaian yang sama untuk setiap OPD).",
        "en": "The OPD (its folder name; required; repeatable: the same capaian for each).",
    },
    "evaluasi capaian --unit": {
        "id": "Unit OPD yang dinilai tersendiri (id-nya di opd.yaml; perlu kepala), bukan OPD-nya.",
        "en": "A unit of the OPD rated on its own (its id in opd.yaml; it needs a kepala), instead of the OPD.",
    },
    # --- export / import --------------------------------------------------------
    "export xlsx --opd": {
        "id": "OPD yang diekspor (nama foldernya).",
        "en": "The OPD to export (its folder name).",
    },
    "export xlsx --output": {
        "id": "Buku kerja yang ditulis (FILE.xlsx).",
        "en": "The workbook to write (FILE.xlsx).",
    },
    "export xlsx --periode": {
        "id": "Hanya periode ini di lembar evaluasi (dapat diulang) [bawaan: kelimanya].",
        "en": "Only these periods on the evaluation sheets (repeatable) [default: all five].",
    },
    "export xlsx --force": {
        "id": "Timpa buku kerja bila sudah ada.",
        "en": "Overwrite the workbook if it exists.",
    },
    "import roster --opd": {
        "id": "Impor hanya OPD ini (nama foldernya).",
        "en": "Import only this OPD (its folder name).",
    },
    "import roster --update": {
        "id": "Perbarui juga nama, status, pangkat, golongan, jabatan, unit spesifikasi yang sudah ada (lainnya tetap).",
        "en": "Also refresh nama, status, pangkat, golongan, jabatan, unit of existing specs (nothing else).",
    },
    "import roster --template": {
        "id": "Tulis buku kerja daftar pegawai kosong dalam format sederhana skpdoc ke .xlsx ini, tanpa impor.",
        "en": "Write a blank roster workbook in skpdoc's simple layout to this .xlsx, and import nothing.",
    },
    "import xlsx --dry-run": {
        "id": "Periksa semuanya dan sebutkan spesifikasi yang akan berubah; tidak ada yang ditulis.",
        "en": "Check everything and list the specs that would change; write nothing.",
    },
    # --- init -------------------------------------------------------------------
    "init --instansi": {
        "id": 'Nama instansi, mis. "Pemerintah Kabupaten Musi Banyuasin".',
        "en": 'Name of the instansi, e.g. "Pemerintah Kabupaten Musi Banyuasin".',
    },
    "init --tahun": {
        "id": "Tahun SKP, mis. 2025.",
        "en": "Year of the SKPs, e.g. 2025.",
    },
    "init --tempat": {
        "id": "Tempat penandatanganan bawaan, mis. Sekayu (dibiarkan [ISI: ...] bila tidak diberikan).",
        "en": "Default signature place, e.g. Sekayu (left to fill as [ISI: ...] when omitted).",
    },
    # --- new --------------------------------------------------------------------
    "new --nip": {
        "id": "NIP atau NI PPPK pegawai (18 angka).",
        "en": "NIP or NI PPPK of the employee (18 digits).",
    },
    "new --nama": {
        "id": "Nama lengkap dengan gelar, seperti tercetak di formulir.",
        "en": "Full name with titles, as printed on the forms.",
    },
    "new --jabatan": {
        "id": "Nama jabatan, seperti tercetak di formulir.",
        "en": "Jabatan, as printed on the forms.",
    },
    "new --jenis": {
        "id": "Jenis jabatan; fungsional memerlukan juga --jenjang (atau diisi kemudian).",
        "en": "Jenis jabatan; a fungsional also takes --jenjang (or it is filled in later).",
    },
    "new --golongan": {
        "id": "PNS: I/a ... IV/e; PPPK: I ... XVII.",
        "en": "PNS: I/a ... IV/e; PPPK: I ... XVII.",
    },
    "new --pppk": {
        "id": "Pegawai berstatus PPPK (NI PPPK, tanpa pangkat).",
        "en": "The employee is a PPPK (NI PPPK, no pangkat).",
    },
    "new --jenjang": {
        "id": "Jenjang jabatan fungsional, mis. ahli-pertama (dibiarkan [ISI: ...] bila tidak diberikan).",
        "en": "Jenjang of a jabatan fungsional, e.g. ahli-pertama (left to fill when not given).",
    },
    "new --opd": {
        "id": "Folder OPD (slug) di workspace, yang memiliki opd.yaml.",
        "en": "OPD folder (slug) of the workspace, with its opd.yaml.",
    },
    "new --unit": {
        "id": "Id unit dari opd.yaml OPD itu.",
        "en": "Unit id from the OPD's opd.yaml.",
    },
    "new --penilai": {
        "id": "NIP pejabat penilai yang spesifikasinya ada di workspace (dibiarkan [ISI: ...] bila tidak diberikan).",
        "en": "NIP of the pejabat penilai, whose spec is in the workspace (left to fill when not given).",
    },
    "new --kualitatif": {
        "id": "Pakai pendekatan kualitatif (ukuran keberhasilan, bukan target angka) [bawaan: kuantitatif].",
        "en": "Use the kualitatif approach (ukuran keberhasilan, not a numeric target) [default: kuantitatif].",
    },
    "new --output": {
        "id": "Berkas yang ditulis, atau - untuk stdout [bawaan: <workspace>/<opd>/<nip>.yaml].",
        "en": "File to write, or - for stdout [default: <workspace>/<opd>/<nip>.yaml].",
    },
    "new --force": {
        "id": "Timpa berkas yang sudah ada.",
        "en": "Overwrite an existing file.",
    },
    # --- rekap, status ----------------------------------------------------------
    "rekap --periode": {
        "id": "triwulan-1 ... triwulan-4 atau akhir [bawaan: periode terakhir yang ada evaluasinya].",
        "en": "triwulan-1 ... triwulan-4 or akhir [default: the latest with evaluations].",
    },
    "rekap --nip": {
        "id": "Hanya baris pegawai ini, dalam rekap OPD-nya (dapat diulang); distribusi tetap dihitung se-OPD.",
        "en": "Only this employee's line, in the rekap of its OPD (repeatable); the distribution counts the whole OPD.",
    },
    "rekap --format": {
        "id": "json adalah kontrak tetap bagi program lain (lihat README); xlsx memerlukan -o.",
        "en": "json is a stable contract for other programs (see the README); xlsx needs -o.",
    },
    "rekap --output": {
        "id": "Tulis ke berkas ini, bukan ke stdout.",
        "en": "Write to this file instead of stdout.",
    },
    "rekap --strict": {
        "id": "Kode keluar 1 bila ada distribusi yang melanggar pola.",
        "en": "Exit 1 when a distribution breaks the pola.",
    },
    "status --periode": {
        "id": "triwulan-1 ... triwulan-4 atau akhir [bawaan: periode terakhir yang sudah dibuka evaluasinya].",
        "en": "triwulan-1 ... triwulan-4 or akhir [default: the latest with an evaluation block].",
    },
    "status --format": {
        "id": "json adalah kontrak tetap bagi program lain (lihat README).",
        "en": "json is a stable contract for other programs (see the README).",
    },
    "status --output": {
        "id": "Tulis ke berkas ini, bukan ke stdout.",
        "en": "Write to this file instead of stdout.",
    },
    "status --strict": {
        "id": "Kode keluar 1 kecuali semuanya lengkap, dinilai dan valid.",
        "en": "Exit 1 unless everything is complete, rated and valid.",
    },
    "serve --host": {
        "id": "Alamat yang didengarkan; selain 127.0.0.1, ::1 dan localhost hanya bila sudah ada akun.",
        "en": "The address to listen on; anything but 127.0.0.1, ::1 and localhost only once an account exists.",
    },
    "serve --port": {
        "id": "Port yang didengarkan.",
        "en": "The port to listen on.",
    },
    "serve --https": {
        "id": "Dilayani lewat reverse proxy HTTPS: cookie sesi hanya dikirim lewat HTTPS (Secure).",
        "en": "Served through an HTTPS reverse proxy: the session cookie is sent over HTTPS only (Secure).",
    },
    # --- schema, tahun-baru, templates -----------------------------------------
    "schema --write": {
        "id": "Tulis skema ke folder ini (mis. <workspace>/.skpdoc/schemas) untuk editor: semuanya, atau yang disebut saja.",
        "en": "Write the schemas into this folder (e.g. <workspace>/.skpdoc/schemas) for editors: all, or only the one named.",
    },
    "tahun-baru --output": {
        "id": "Folder workspace baru: belum ada atau kosong, di luar workspace ini (mis. ../skp-2025).",
        "en": "Folder of the new workspace: new or empty, outside this one (e.g. ../skp-2025).",
    },
    "tahun-baru --quiet": {
        "id": "Tanpa ringkasan di stderr; kesalahan dan catatan yang perlu ditindaklanjuti (pensiun, git) tetap tampil.",
        "en": "No summary on stderr; errors and notes to act on (retirement, git) are still printed.",
    },
    "templates copy --to": {
        "id": "Folder tujuan [bawaan: templates/ workspace, atau ./templates di luar workspace].",
        "en": "Folder to copy into [default: the workspace's templates/, or ./templates outside a workspace].",
    },
    "templates copy --force": {
        "id": "Timpa templat yang sudah ada di folder tujuan (suntingan Anda hilang).",
        "en": "Overwrite templates already in the folder (your edits are lost).",
    },
    # --- users ------------------------------------------------------------------
    "users add --role": {
        "id": "admin, operator, penilai atau reviewer.",
        "en": "admin, operator, penilai or reviewer.",
    },
    "users add --opd": {
        "id": "OPD yang boleh disunting operator ini (nama foldernya; wajib untuk operator; dapat diulang).",
        "en": "An OPD this operator may edit (its folder name; required for an operator; repeatable).",
    },
    "users add --nip": {
        "id": "NIP spec penilai ini sendiri (wajib untuk penilai): ia menilai pegawai yang pejabat_penilai-nya NIP ini.",
        "en": "The NIP of this penilai's own spec (required for a penilai): they rate the employees whose "
        "pejabat_penilai is this NIP.",
    },
    "users add --password-stdin": {
        "id": "Baca kata sandi dari baris pertama stdin, tanpa bertanya (untuk skrip).",
        "en": "Read the password from the first line of stdin instead of asking (for scripts).",
    },
    "users passwd --password-stdin": {
        "id": "Baca kata sandi baru dari baris pertama stdin, tanpa bertanya (untuk skrip).",
        "en": "Read the new password from the first line of stdin instead of asking (for scripts).",
    },
    "users list --format": {
        "id": "json adalah kontrak tetap bagi program lain: name, role, opds, created (tanpa hash).",
        "en": "json is a stable contract for other programs: name, role, opds, created (no hashes).",
    },
}


# The options of builds on a Dask cluster are worded with that feature's messages (skpdoc.messages.cluster).
OPTIONS.update(_cluster.OPTIONS)
