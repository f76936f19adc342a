"""click's own words ("Usage:", "Missing option", "No such command") in the chosen language.

click marks its texts with gettext, but reads them through gettext's global
domain, whose language comes from the process locale: an office PC set to
English would get English usage errors in an Indonesian session, and a test
could not pick. So each click module's ``_``/``ngettext`` is pointed at
:func:`use`'s table instead (click imports them by name, which is what makes
this possible; see docs/decisions.md). English is click's own text.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

#: click's English texts (gettext msgids, click 8.1-8.5) and their Indonesian.
INDONESIAN: dict[str, str] = {
    "Usage:": "Pemakaian:",
    "Options": "Opsi",
    "Commands": "Perintah",
    "Positional arguments": "Argumen",
    "Aborted!": "Dibatalkan.",
    "Missing command.": "Perintah belum diberikan.",
    "Error: {message}": "Kesalahan: {message}",
    "Try '{command} {option}' for help.": "Lihat '{command} {option}' untuk bantuan.",
    "Missing argument": "Argumen belum diberikan",
    "Missing option": "Opsi belum diberikan",
    "Missing parameter": "Parameter belum diberikan",
    "Missing parameter: {param_name}": "Parameter belum diberikan: {param_name}",
    "Missing {param_type}": "{param_type} belum diberikan",
    "No such option {name!r}.": "Tidak ada opsi {name!r}.",
    "No such command {name!r}.": "Tidak ada perintah {name!r}.",
    "Invalid value for {param_hint}: {message}": "Nilai tidak sah untuk {param_hint}: {message}",
    "Invalid value: {message}": "Nilai tidak sah: {message}",
    "Could not open file {filename!r}: {message}": "Berkas {filename!r} tidak dapat dibuka: {message}",
    "unknown error": "kesalahan tak dikenal",
    "Show this message and exit.": "Tampilkan bantuan ini lalu keluar.",
    "Show the version and exit.": "Tampilkan versi lalu keluar.",
    "%(prog)s, version %(version)s": "%(prog)s, versi %(version)s",
    "default: {default}": "bawaan: {default}",
    "env var: {var}": "variabel lingkungan: {var}",
    "required": "wajib",
    "(dynamic)": "(dinamis)",
    "deprecated": "usang",
    "Do you want to continue?": "Lanjutkan?",
    "Confirm the action without prompting.": "Setujui tanpa ditanya.",
    "Option {name!r} does not take a value.": "Opsi {name!r} tidak menerima nilai.",
    "Argument {name!r} takes {nargs} values.": "Argumen {name!r} menerima {nargs} nilai.",
    "Invalid start character for option ({option})": "Awal opsi tidak sah ({option})",
    "Choose from:\n\t{choices}": "Pilih salah satu:\n\t{choices}",
    "{value} is not in the range {range}.": "{value} di luar rentang {range}.",
    "{value!r} is not a valid {number_type}.": "{value!r} bukan {number_type} yang sah.",
    "{value!r} is not a valid boolean. Recognized values: {states}": (
        "{value!r} bukan nilai ya/tidak yang sah. Yang dikenal: {states}"
    ),
    "{value!r} is not a valid UUID.": "{value!r} bukan UUID yang sah.",
    "file": "berkas",
    "directory": "folder",
    "path": "path",
    "{name} {filename!r} does not exist.": "{name} {filename!r} tidak ada.",
    "{name} {filename!r} is a file.": "{name} {filename!r} adalah berkas.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} adalah folder.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} tidak dapat dibaca.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} tidak dapat ditulisi.",
    "{name} {filename!r} is not executable.": "{name} {filename!r} tidak dapat dijalankan.",
    "Press any key to continue...": "Tekan sembarang tombol untuk melanjutkan...",
    "Repeat for confirmation": "Ulangi untuk konfirmasi",
    "Error: The two entered values do not match.": "Kesalahan: kedua isian tidak sama.",
    "Error: invalid input": "Kesalahan: isian tidak sah",
}

#: Plural texts: (singular, plural) -> Indonesian (one form: Indonesian does not inflect for number).
INDONESIAN_PLURAL: dict[tuple[str, str], str] = {
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"): (
        "Ada argumen lebih yang tidak diharapkan ({args})"
    ),
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"): ("(Maksud Anda: {possibilities}?)"),
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."): (
        "Opsi {name!r} membutuhkan nilai."
    ),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."): (
        "{value!r} bukan salah satu dari {choices}."
    ),
    ("Takes {nargs} values but 1 was given.", "Takes {nargs} values but {len} were given."): (
        "Menerima {nargs} nilai, tetapi diberi {len}."
    ),
    ("{value!r} does not match the format {format}.", "{value!r} does not match the formats {formats}."): (
        "{value!r} tidak sesuai format {formats}."
    ),
}

#: The click modules whose texts are marked for translation.
_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "termui", "types")


def gettext_for(lang: str) -> Callable[[str], str]:
    if lang != "id":
        return _english
    return lambda text: INDONESIAN.get(text, text)


def ngettext_for(lang: str) -> Callable[[str, str, int], str]:
    def english(singular: str, plural: str, n: int) -> str:
        return singular if n == 1 else plural

    def indonesian(singular: str, plural: str, n: int) -> str:
        return INDONESIAN_PLURAL.get((singular, plural)) or english(singular, plural, n)

    return indonesian if lang == "id" else english


def use(lang: str) -> None:
    """From now on click speaks ``lang`` (its usage errors, headings, ``[default: ...]``)."""
    for name in _MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = gettext_for(lang)  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext_for(lang)  # type: ignore[attr-defined]


def translate(text: str, lang: str) -> str:
    """One of click's texts in ``lang`` (for the few click evaluates once, at import)."""
    return gettext_for(lang)(text)


def _english(text: str) -> str:
    return text
