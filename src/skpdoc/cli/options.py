"""Options shared by several subcommands, and small output helpers."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def lang_option(func: F) -> F:
    return click.option(
        "--lang",
        type=click.Choice(["id", "en"]),
        default="id",
        show_default=True,
        help="Language of messages: Indonesian or English.",
    )(func)


def format_option(*choices: str) -> Callable[[F], F]:
    def decorate(func: F) -> F:
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(list(choices)),
            default=choices[0],
            show_default=True,
            help="Output format; json is a stable contract for other programs.",
        )(func)

    return decorate


def quiet_option(func: F) -> F:
    return click.option("-q", "--quiet", is_flag=True, help="Print nothing on stderr but errors.")(func)


def color_option(func: F) -> F:
    return click.option(
        "--color/--no-color",
        default=None,
        help="Colour the output (default: when stdout is a terminal and NO_COLOR is unset).",
    )(func)


def use_color(flag: bool | None) -> bool | None:
    """None lets click decide from the terminal; NO_COLOR turns colour off."""
    if flag is None and os.environ.get("NO_COLOR"):
        return False
    return flag
