"""``skpdoc users``: the accounts of ``skpdoc serve`` (add, list, remove, passwd).

A password is asked twice without echo, or read from one line of stdin with
``--password-stdin`` (for scripts); it is never printed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from skpdoc.cli.helpformat import HelpGroup
from skpdoc.cli.options import format_option, lang_option

_workspace_option = click.option("-w", "--workspace", type=click.Path(path_type=Path), default=Path("."))
_password_option = click.option("--password-stdin", is_flag=True)


@click.group("users", cls=HelpGroup)
def users_group() -> None:
    pass  # only groups its subcommands


@users_group.command("add")
@click.argument("name")
@click.option("--role", required=True)
@click.option("--opd", "opds", multiple=True)
@click.option("--nip")
@_workspace_option
@_password_option
@lang_option
def add_command(
    name: str, role: str, opds: tuple[str, ...], nip: str | None, workspace: Path, password_stdin: bool, lang: str
) -> int:
    from skpdoc.serve import users

    users.check_new(users.load(workspace), name, role, opds, nip)  # before the password is asked
    user = users.add(workspace, name, role, opds, _password(name, password_stdin, lang), nip)
    _done("U020", lang, name=user.name, role=user.role, file=_shown(workspace))
    return 0


@users_group.command("list")
@_workspace_option
@format_option("text", "json")
@lang_option
def list_command(workspace: Path, fmt: str, lang: str) -> int:
    from skpdoc.serve import users
    from skpdoc.textsafe import visible

    accounts = users.load(workspace).accounts
    if fmt == "json":  # never the hashes
        rows = [
            {"name": u.name, "role": u.role, "opds": list(u.opds), "nip": u.nip, "created": u.created} for u in accounts
        ]
        click.echo(json.dumps(rows, indent=2))
        return 0
    if not accounts:
        _done("U023", lang, file=_shown(workspace))
        return 0
    width = max(len(u.name) for u in accounts)
    for user in accounts:
        click.echo(visible(f"{user.name:<{width}}  {user.role:<8}  {','.join(user.opds) or user.nip or ''}".rstrip()))
    return 0


@users_group.command("remove")
@click.argument("name")
@_workspace_option
@lang_option
def remove_command(name: str, workspace: Path, lang: str) -> int:
    from skpdoc.serve import users

    users.remove(workspace, name)
    _done("U021", lang, name=name, file=_shown(workspace))
    return 0


@users_group.command("passwd")
@click.argument("name")
@_workspace_option
@_password_option
@lang_option
def passwd_command(name: str, workspace: Path, password_stdin: bool, lang: str) -> int:
    from skpdoc.serve import users

    users.existing(users.load(workspace), name)  # before the password is asked
    users.set_password(workspace, name, _password(name, password_stdin, lang))
    _done("U022", lang, name=name)
    return 0


def _password(name: str, from_stdin: bool, lang: str) -> str:
    """The new password: one line of stdin, or asked twice without echo."""
    if from_stdin:
        line = sys.stdin.readline().removesuffix("\n").removesuffix("\r")
        if not line:
            from skpdoc.errors import UsageError

            raise UsageError(code="U009")
        return line
    from skpdoc.messages import message

    return str(
        click.prompt(
            message("U024", lang, "message", {"name": name}), hide_input=True, confirmation_prompt=True, err=True
        )
    )


def _shown(workspace: Path) -> str:
    from skpdoc.serve.users import users_path
    from skpdoc.workspace import display

    return str(display(users_path(workspace)))


def _done(code: str, lang: str, **args: str) -> None:
    from skpdoc.messages import message
    from skpdoc.textsafe import visible

    text = message(code, lang, "message", args)
    hint = message(code, lang, "hint", args)
    click.echo(visible(text + (f"\n    {hint}" if hint else "")), err=True)
