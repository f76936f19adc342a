"""Options shared by several subcommands, and small output helpers."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

import click

F = TypeVar("F", bound=Callable[..., Any])


#: Parameters that locate the workspace whose ``lang:`` applies, in the order they are looked at.
WORKSPACE_PARAMS = ("workspace", "paths", "path", "target", "args", "file", "folder")


def lang_option(func: F) -> F:
    """``--lang id|en``, passed to the command already resolved by :func:`skpdoc.lang.resolve`.

    Without the option, ``SKPDOC_LANG`` or the ``lang:`` of the workspace the
    command works on decides: the workspace is found from the command's path
    parameter (one of :data:`WORKSPACE_PARAMS`), else the current folder.
    """

    @functools.wraps(func)
    def resolved(*args: Any, **kwargs: Any) -> Any:
        from skpdoc import lang

        kwargs["lang"] = lang.resolve(kwargs.get("lang"), lang.workspace_of(_paths(kwargs)))
        lang.chosen.set(kwargs["lang"])
        return func(*args, **kwargs)

    return click.option(
        "--lang",
        type=click.Choice(["id", "en"]),
        default=None,
    )(cast(F, resolved))


def _paths(params: dict[str, Any]) -> list[Path]:
    found: list[Path] = []
    for name in WORKSPACE_PARAMS:
        value = params.get(name)
        values = value if isinstance(value, tuple | list) else (value,)
        found.extend(v for v in values if isinstance(v, Path))
    return found


def format_option(*choices: str) -> Callable[[F], F]:
    def decorate(func: F) -> F:
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(list(choices)),
            default=choices[0],
            show_default=True,
        )(func)

    return decorate


def quiet_option(func: F) -> F:
    return click.option("-q", "--quiet", is_flag=True)(func)


def color_option(func: F) -> F:
    return click.option(
        "--color/--no-color",
        default=None,
    )(func)


def use_color(flag: bool | None) -> bool | None:
    """None lets click decide from the terminal; NO_COLOR turns colour off."""
    if flag is None and os.environ.get("NO_COLOR"):
        return False
    return flag
