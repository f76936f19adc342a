"""Messages of commands: revisions given as paths (V), selections (E), language and summaries (L), diff (D).

Counts in English choose their noun with ``{n:singular|plural}`` (see :mod:`skpdoc.messages`).
"""

from __future__ import annotations

# code -> lang -> (message, hint). Placeholders use str.format names.
MESSAGES: dict[str, dict[str, tuple[str, str]]] = {
    # --- revisions given as paths --------------------------------------------
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
            "OPD {opd} skipped: {count} {count:error|errors} in the specs, its previous outputs are kept",
            "see them with `{command}`",
        ),
    },
    "E012": {
        "id": (
            "{count} kesalahan pada spesifikasi yang dibutuhkan pilihan ini",
            "perbaiki berkas yang disebut di atas; pilihan yang tidak membutuhkannya (OPD lain) tetap bisa dibuat",
        ),
        "en": (
            "{count} {count:error|errors} in the specs this selection needs",
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
            "{built} built, {skipped} up to date, {failed} failed, {drafts}{bundles} {bundles:bundle|bundles}, {opds}{seconds} s -> {root}",
            "",
        ),
    },
    "L003": {
        "id": ("{count} KONSEP (masih ada isian/usulan)", ""),
        "en": ("{count} KONSEP ({count:a draft|drafts}: fields to fill or proposals to confirm)", ""),
    },
    "L004": {
        "id": ("{count} OPD dilewati", ""),
        "en": ("{count} {count:OPD|OPDs} skipped", ""),
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
        "en": ("{written} {written:document|documents} written to {out_dir}{pdfs}, {failed} failed{drafts}", ""),
    },
    "L009": {
        "id": ("{count} templat diperiksa: {errors} kesalahan, {warnings} peringatan", ""),
        "en": (
            "{count} {count:template|templates} checked: {errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}",
            "",
        ),
    },
    "L010": {
        "id": ("dibatalkan", ""),
        "en": ("interrupted", ""),
    },
    "L011": {
        "id": (
            "kesalahan internal: {error}",
            "ini cacat (bug) pada skpdoc, bukan pada data Anda; jalankan lagi dengan --debug dan laporkan hasilnya",
        ),
        "en": (
            "internal error: {error}",
            "this is a bug in skpdoc, not in your data; rerun with --debug and report what it prints",
        ),
    },
    # --- why a document of build/render failed --------------------------------
    "L012": {
        "id": ("{cause} (dari {source})", ""),
        "en": ("{cause} (from {source})", ""),
    },
    "L013": {
        "id": (
            "{count} kata dari {file} tidak tercetak di PDF (“{sample}”); PDF-nya tidak dipakai. "
            "Periksa teks itu di {source} (baris tabel yang terlalu panjang, karakter yang tidak biasa); "
            "bila teksnya wajar, laporkan sebagai bug skpdoc",
            "",
        ),
        "en": (
            "{count} {count:word|words} of {file} {count:is|are} not printed in the PDF (“{sample}”); the PDF is "
            "not used. Check that text in {source} (a table row too long, unusual characters); if the text is "
            "ordinary, report it as a bug in skpdoc",
            "",
        ),
    },
    "L014": {
        "id": ("{count} kata tidak tercetak di PDF; PDF-nya tidak dipakai", ""),
        "en": ("{count} {count:word is|words are} not printed in the PDF; the PDF is not used", ""),
    },
    # --- validate, evaluasi, rekap, diff ------------------------------------
    "L020": {
        "id": ("ok: {files} berkas valid", ""),
        "en": ("ok: {files} {files:file|files} valid", ""),
    },
    "L021": {
        "id": ("{errors} kesalahan, {warnings} peringatan dalam {files} berkas", ""),
        "en": (
            "{errors} {errors:error|errors}, {warnings} {warnings:warning|warnings} in {files} {files:file|files}",
            "",
        ),
    },
    "L022": {
        "id": (
            "evaluasi {periode}: {opened} spesifikasi ditambahi blok evaluasi, {present} sudah memilikinya{skipped}",
            "",
        ),
        "en": ("evaluasi {periode}: {opened} {opened:spec|specs} got the block, {present} had it already{skipped}", ""),
    },
    "L023": {
        "id": (
            "evaluasi {periode}: {opened} spesifikasi akan ditambahi blok evaluasi, {present} sudah memilikinya"
            "{skipped} (uji coba: tidak ada yang ditulis)",
            "",
        ),
        "en": (
            "evaluasi {periode}: {opened} {opened:spec|specs} would get the block, {present} had it already"
            "{skipped} (dry run: nothing written)",
            "",
        ),
    },
    "L024": {
        "id": (", {count} tidak dapat dibuka (lihat di atas)", ""),
        "en": (", {count} could not be opened (see above)", ""),
    },
    "L025": {
        "id": ("{where}: capaian {periode} sudah {value}", ""),
        "en": ("{where}: capaian {periode} is already {value}", ""),
    },
    "L026": {
        "id": ("{where}: capaian {periode} {before} -> {after}", ""),
        "en": ("{where}: capaian {periode} {before} -> {after}", ""),
    },
    "L027": {
        "id": ("{where}: capaian {periode} {before} -> {after} (tidak ditulis: --dry-run)", ""),
        "en": ("{where}: capaian {periode} {before} -> {after} (not written: --dry-run)", ""),
    },
    "L028": {
        "id": ("--format xlsx menulis buku kerja Excel, bukan ke layar", "berikan berkasnya: -o BERKAS.xlsx"),
        "en": ("--format xlsx writes an Excel workbook, not to the screen", "give its file: -o FILE.xlsx"),
    },
    "L029": {
        "id": ("--textconv hanya menerima satu BERKAS, tanpa apa pun yang lain", ""),
        "en": ("--textconv takes one FILE and nothing else", ""),
    },
    "L030": {
        "id": ("{rate} dok/s", ""),
        "en": ("{rate} docs/s", ""),
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
        "en": ("{count} {count:file is|files are} not readable YAML", "fix the files above, then compare again"),
    },
}
