"""Messages of ``skpdoc serve`` and its accounts (U): ``skpdoc users`` and the login.

No message takes a password as an argument: a password is never printed,
logged or put in an error, whatever went wrong with it.
"""

from __future__ import annotations

# code -> lang -> (message, hint). Placeholders use str.format names.
MESSAGES: dict[str, dict[str, tuple[str, str]]] = {
    # --- accounts: refusals ---------------------------------------------------
    "U001": {
        "id": (
            "nama akun '{name}' tidak sah",
            "pakai 2 sampai 32 huruf kecil, angka, titik, '_' atau '-' (mis. budi.santoso)",
        ),
        "en": (
            "'{name}' is not a valid account name",
            "use 2 to 32 lowercase letters, digits, dots, '_' or '-' (e.g. budi.santoso)",
        ),
    },
    "U002": {
        "id": ("peran '{role}' tidak dikenal", "{suggestion}"),
        "en": ("unknown role '{role}'", "{suggestion}"),
    },
    "U003": {
        "id": (
            "operator '{name}' perlu setidaknya satu OPD",
            "sebutkan OPD yang boleh disuntingnya: --opd <nama folder OPD> (dapat diulang)",
        ),
        "en": (
            "the operator '{name}' needs at least one OPD",
            "name the OPDs they may edit: --opd <OPD folder name> (repeatable)",
        ),
    },
    "U004": {
        "id": (
            "--opd hanya untuk operator; peran {role} tidak dibatasi per OPD",
            "hapus --opd, atau pakai --role operator",
        ),
        "en": (
            "--opd is for operators only; the role {role} is not limited to OPDs",
            "drop --opd, or use --role operator",
        ),
    },
    "U005": {
        "id": (
            "akun '{name}' sudah ada",
            "pilih nama lain, atau ganti kata sandinya dengan `skpdoc users passwd {name}`",
        ),
        "en": (
            "the account '{name}' exists already",
            "choose another name, or change its password with `skpdoc users passwd {name}`",
        ),
    },
    "U006": {
        "id": ("tidak ada akun '{name}'", "{suggestion}"),
        "en": ("there is no account '{name}'", "{suggestion}"),
    },
    "U007": {
        "id": (
            "kata sandi terlalu pendek (kurang dari {minimum} karakter)",
            "pakai kata sandi yang lebih panjang; kalimat pendek mudah diingat dan sulit ditebak",
        ),
        "en": (
            "the password is too short (fewer than {minimum} characters)",
            "use a longer password; a short sentence is easy to remember and hard to guess",
        ),
    },
    "U008": {
        "id": (
            "daftar akun tidak dapat dibaca: {detail}",
            "perbaiki berkas itu, atau hapus lalu buat akunnya lagi dengan `skpdoc users add`",
        ),
        "en": (
            "the accounts cannot be read: {detail}",
            "fix the file, or remove it and create the accounts again with `skpdoc users add`",
        ),
    },
    "U009": {
        "id": (
            "tidak ada kata sandi di stdin",
            "kirim kata sandi pada satu baris, mis. `printf '%s\\n' \"$SANDI\" | skpdoc users add ...`",
        ),
        "en": (
            "no password on stdin",
            "send the password on one line, e.g. `printf '%s\\n' \"$PASSWORD\" | skpdoc users add ...`",
        ),
    },
    # --- accounts: what was done ----------------------------------------------
    "U010": {
        "id": (
            "penilai '{name}' perlu NIP-nya sendiri",
            "sebutkan NIP spec-nya: --nip <18 angka>; ia menilai pegawai yang pejabat_penilai-nya NIP itu",
        ),
        "en": (
            "the penilai '{name}' needs their own NIP",
            "give the NIP of their spec: --nip <18 digits>; they rate the employees whose pejabat_penilai is that NIP",
        ),
    },
    "U011": {
        "id": (
            "--nip hanya untuk penilai; peran {role} tidak dikenali dari NIP",
            "hapus --nip, atau pakai --role penilai",
        ),
        "en": (
            "--nip is for a penilai only; the role {role} is not tied to a NIP",
            "drop --nip, or use --role penilai",
        ),
    },
    "U012": {
        "id": ("'{nip}' bukan NIP", "NIP terdiri atas 18 angka, mis. 198507142010011003"),
        "en": ("'{nip}' is not a NIP", "a NIP has 18 digits, e.g. 198507142010011003"),
    },
    "U020": {
        "id": ("akun '{name}' ({role}) ditambahkan ke {file}", ""),
        "en": ("account '{name}' ({role}) added to {file}", ""),
    },
    "U021": {
        "id": ("akun '{name}' dihapus dari {file}", ""),
        "en": ("account '{name}' removed from {file}", ""),
    },
    "U022": {
        "id": ("kata sandi akun '{name}' diganti", ""),
        "en": ("the password of the account '{name}' was changed", ""),
    },
    "U023": {
        "id": ("belum ada akun ({file})", "tambahkan dengan `skpdoc users add NAMA --role admin`"),
        "en": ("no accounts yet ({file})", "add one with `skpdoc users add NAME --role admin`"),
    },
    "U024": {
        "id": ("Kata sandi untuk {name}", ""),
        "en": ("Password for {name}", ""),
    },
}
