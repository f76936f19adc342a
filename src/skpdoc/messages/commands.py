"""Messages of commands: templates, selections (E), language and summaries (L), diff (D)."""

from __future__ import annotations

# code -> lang -> (message, hint). Placeholders use str.format names.
MESSAGES: dict[str, dict[str, tuple[str, str]]] = {
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
