"""Every help text of the CLI in the chosen language, read from :mod:`skpdoc.messages.help`.

click takes a command's help from the code when the command is defined; the
texts are in the catalogue instead (both languages side by side, one
source), and :func:`apply` puts one language into the whole command tree
before click parses anything. It must be before: ``--help`` and usage errors
happen while parsing, before any command runs, so the language is read off
the raw arguments (:func:`language_of`), the same way ``--lang`` would.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextvars import ContextVar

import click

from skpdoc.cli import clicktext
from skpdoc.messages import help as texts

#: What a language calls the command's examples and its own options placeholder.
EXAMPLES_HEADING = {"id": "Contoh", "en": "Examples"}
OPTIONS_METAVAR = {"id": "[OPSI]", "en": "[OPTIONS]"}
SUBCOMMAND_METAVAR = {"id": "PERINTAH [ARG]...", "en": "COMMAND [ARGS]..."}
#: Indonesian for the value placeholders click derives from an option's type (``--opd TEXT``).
TYPE_METAVAR_ID = {
    "text": "TEKS",
    "integer": "ANGKA",
    "integer range": "ANGKA",
    "directory": "FOLDER",
    "file": "BERKAS",
    "filename": "BERKAS",
    "path": "PATH",
}

_applied: ContextVar[str] = ContextVar("skpdoc_help_lang", default="id")


def current() -> str:
    """The language :func:`apply` last put in place."""
    return _applied.get()


def language_of(args: Sequence[str], *, workspace: bool = True) -> str:
    """The language a command line asks for: its ``--lang``, else ``SKPDOC_LANG``, else its workspace's ``lang:``.

    The workspace is the one around the first argument that is an existing
    path (the current folder when none is). Never fails: a wrong
    ``SKPDOC_LANG`` is the command's to report, and help meanwhile is in
    the default language. Without ``workspace``, no file is read (nor any
    module imported): what an interrupted command can still afford.
    """
    from pathlib import Path

    from skpdoc import lang
    from skpdoc.errors import SkpdocError

    option: str | None = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            option = args[i + 1]
        elif arg.startswith("--lang="):
            option = arg.split("=", 1)[1]
    paths = [Path(a) for a in args if not a.startswith("-") and os.path.lexists(a)]
    try:
        root = lang.workspace_of(paths) if workspace else None
        return lang.resolve(option if option in lang.LANGS else None, root)
    except SkpdocError:
        return lang.DEFAULT


def walk(command: click.Command, path: tuple[str, ...] = ()) -> Iterator[tuple[str, click.Command]]:
    """Each command of the tree with its catalogue key ("" for the root, "templates copy" for a subcommand)."""
    yield " ".join(path), command
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            yield from walk(sub, (*path, name))


def option_key(option: click.Option) -> str:
    """The catalogue name of an option: its first long name (``--output`` for ``-o/--output``)."""
    return next((o for o in option.opts if o.startswith("--")), option.opts[0])


def option_help(command_key: str, option: click.Option, lang: str) -> str | None:
    """An option's help: the command's own wording, else the shared one, else click's (``--help``, ``--version``)."""
    name = option_key(option)
    entry = texts.OPTIONS.get(f"{command_key} {name}".strip()) or texts.OPTIONS.get(name)
    if entry is not None:
        return entry[lang]
    return clicktext.translate(_CLICK_OWN[name], lang) if name in _CLICK_OWN else option.help


#: Options whose help click writes itself, once: their English text, to translate.
_CLICK_OWN = {"--help": "Show this message and exit.", "--version": "Show the version and exit."}


def examples(command_key: str, lang: str) -> str:
    """The command's examples as its help prints them: a heading, then each as a comment and the command line."""
    lines = [f"{EXAMPLES_HEADING[lang]}:"]
    for line, note_id, note_en in texts.EXAMPLES.get(command_key, ()):
        lines += [f"  # {note_id if lang == 'id' else note_en}", f"  {line}"]
    return "\n".join(lines) if len(lines) > 1 else ""


def apply(root: click.Command, lang: str) -> None:
    """Put ``lang``'s texts into every command and option of ``root``'s tree, and into click's own words."""
    clicktext.use(lang)
    _applied.set(lang)
    help_names = root.context_settings.get("help_option_names", ["--help"])
    for key, command in walk(root):
        entry = texts.COMMANDS.get(key)
        if entry is not None:
            command.help = entry[lang]
            command.short_help = None  # derived from the help again, in this language
        command.epilog = examples(key, lang) or None
        command.options_metavar = OPTIONS_METAVAR[lang]
        # click makes the help option once, with its text of that moment: give it this language's.
        help_option = command.get_help_option(click.Context(command, help_option_names=help_names))
        if isinstance(command, click.Group):
            command.subcommand_metavar = SUBCOMMAND_METAVAR[lang]
        for param in [*command.params, *([help_option] if help_option else [])]:
            if isinstance(param, click.Option):
                param.help = option_help(key, param, lang)
                _translate_metavar(param, lang)


#: Each option's metavar as declared, before any language touched it.
_declared_metavar: dict[int, str | None] = {}


def _translate_metavar(option: click.Option, lang: str) -> None:
    declared = _declared_metavar.setdefault(id(option), option.metavar)
    if declared is not None or option.is_flag:
        return
    option.metavar = TYPE_METAVAR_ID.get(option.type.name) if lang == "id" else None
