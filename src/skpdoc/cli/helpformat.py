"""The top-level ``skpdoc --help``: each command's whole summary, never cut.

click shortens a command's summary to what fits beside its name on one line
("Show what changed in the plans: targets, RHKs, penilai,..."), which hides
what most commands do. Here each command shows its first sentence in full,
wrapped under itself by click's own definition list.
"""

from __future__ import annotations

import sys

import click


class FullSummaryGroup(click.Group):
    """A group whose command list shows every command's first sentence whole."""

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is None or command.hidden:
                continue
            # No length limit: the first sentence of the help, wrapped below; ``x`` is reST markup for the docs.
            rows.append((name, command.get_short_help_str(limit=sys.maxsize).replace("``", "")))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)
