"""Messages about files and folders: reading specs (F, Y), the output folder, links, names, the platform."""

from __future__ import annotations

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
        "en": ("{count} {count:error|errors} in the specs", "run `skpdoc validate` for the details"),
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
            "{count} .yaml {count:file|files} in this subfolder {count:is|are} not loaded (only <opd>/<nip>.yaml is)",
            "move spec files up into the OPD folder; to keep them out on purpose, name the subfolder with a leading _ (e.g. _arsip)",
        ),
    },
    # --- images of the kop and the lambang (skpdoc.rules.gambar) -------------
    "F030": {
        "id": (
            "gambar '{value}' tidak ditemukan",
            "path gambar ditulis relatif terhadap folder workspace (tempat skpdoc.yaml), dengan garis miring /: "
            "mis. gambar/logo.png untuk <workspace>/gambar/logo.png; periksa ejaan dan ekstensinya",
        ),
        "en": (
            "image '{value}' not found",
            "an image path is relative to the workspace folder (where skpdoc.yaml is), with forward slashes: "
            "e.g. gambar/logo.png for <workspace>/gambar/logo.png; check its spelling and extension",
        ),
    },
    "F031": {
        "id": (
            "gambar '{value}' tidak dapat dibaca: {reason}",
            "ganti dengan berkas gambar biasa (PNG atau JPEG) di dalam workspace",
        ),
        "en": (
            "cannot read image '{value}': {reason}",
            "replace it with a plain image file (PNG or JPEG) inside the workspace",
        ),
    },
    "F032": {
        "id": (
            "gambar '{value}' berada di luar workspace ({target})",
            "salin gambar ke dalam folder workspace (mis. gambar/logo.png) dan tulis path relatifnya, "
            "tanpa / di awal, tanpa .. dan bukan tautan ke luar",
        ),
        "en": (
            "image '{value}' is outside the workspace ({target})",
            "copy the image into the workspace folder (e.g. gambar/logo.png) and write its relative path, "
            "without a leading /, without .. and not a link pointing out",
        ),
    },
    "F033": {
        "id": (
            "'{value}' bukan gambar PNG atau JPEG yang utuh",
            "simpan gambar sebagai PNG (disarankan untuk logo) atau JPEG; mengganti ekstensi nama berkas saja "
            "tidak mengubah isinya",
        ),
        "en": (
            "'{value}' is not a complete PNG or JPEG image",
            "save the image as PNG (best for a logo) or JPEG; renaming the file does not change what it holds",
        ),
    },
    "F034": {
        "id": (
            "gambar '{value}' terlalu besar: {size} byte (batas {limit} byte)",
            "perkecil gambarnya: logo kop atau lambang cukup ±600 piksel tingginya, beberapa ratus KB",
        ),
        "en": (
            "image '{value}' is too large: {size} bytes (limit {limit} bytes)",
            "make it smaller: a kop logo or an emblem needs about 600 pixels in height, a few hundred KB",
        ),
    },
    "F035": {
        "id": (
            "gambar '{value}' berukuran {width}×{height} piksel, terlalu besar untuk dicetak",
            "perkecil gambarnya (paling banyak {side} piksel per sisi dan 25 juta piksel): ±600 piksel tinggi cukup",
        ),
        "en": (
            "image '{value}' is {width}×{height} pixels, too large to print",
            "make it smaller (at most {side} pixels a side and 25 million pixels): about 600 pixels high is enough",
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
}
