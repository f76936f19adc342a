"""How skpdoc's help reads: whole command summaries, examples at the end, in the chosen language.

click shortens a command's summary to what fits beside its name on one line
("Show what changed in the plans: targets, RHKs, penilai,..."), which hides
what most commands do: here each command shows its first sentence in full,
wrapped under itself. Each command's help ends with its examples, laid out
as written (click would rewrap the command lines). The texts themselves come
from the catalogue (:mod:`skpdoc.cli.localize`), put in place by the root
group before it parses the command line.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import click

from skpdoc.cli import clicktext, localize


class HelpCommand(click.Command):
    """A command whose epilog (its examples) is printed as laid out, under a heading of its own."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if self.epilog:
            formatter.write_paragraph()
            for line in self.epilog.splitlines():
                formatter.write(f"{line}\n")


class HelpGroup(HelpCommand, click.Group):
    """A group of :class:`HelpCommand`: its subcommands get the same help layout."""

    command_class = HelpCommand

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is None or command.hidden:
                continue
            rows.append((name, command.get_short_help_str(limit=sys.maxsize)))  # the first sentence, whole
        if rows:
            with formatter.section(clicktext.translate("Commands", localize.current())):
                formatter.write_dl(rows)


HelpGroup.group_class = HelpGroup


class RootGroup(HelpGroup):
    """The ``skpdoc`` command: speaks the language the command line asks for from its first word."""

    def main(self, args: Sequence[str] | None = None, *rest: Any, **options: Any) -> Any:
        localize.apply(self, localize.language_of(list(args) if args is not None else sys.argv[1:]))
        return super().main(args, *rest, **options)
