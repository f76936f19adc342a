"""Progress on stderr with rich; silent with -q or when stderr is not a terminal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def progress_bar(quiet: bool, label: str, total: int | None = None) -> Iterator[Callable[[Any], None]]:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    if quiet or not console.is_terminal:
        yield lambda _item: None
        return
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda _item: bar.advance(task)


@contextmanager
def counting_progress(
    quiet: bool, label: str, lang: str = "id"
) -> Iterator[tuple[Callable[[Any], None], Callable[[int], None]]]:
    """Like :func:`progress_bar`, with the total set once known; shows done/total, rate and ETA.

    ``label`` is the command's name, the same in every language.
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
    from rich.text import Text

    from skpdoc.messages import message

    class Rate(ProgressColumn):
        def render(self, task: Any) -> Text:
            return Text(message("L030", lang, "message", {"rate": f"{task.speed:.1f}"}) if task.speed else "")

    console = Console(stderr=True)
    if quiet or not console.is_terminal:
        yield (lambda _item: None), (lambda _total: None)
        return
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), Rate(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(label, total=None)
        yield (lambda _item: bar.advance(task)), (lambda total: bar.update(task, total=total))
