"""Which forms travel together: the conversions of one ``convert`` call cut into Dask tasks.

A task is a list of forms a worker converts with its own LibreOffice
(:func:`skpdoc.distributed.worker.convert_forms`), composing those that can
share a document twenty at a time as a local build does
(:mod:`skpdoc.convert.compose`). Forms of one task therefore share their
:func:`~skpdoc.convert.compose.group_key` wherever possible, so that every
composed document is full.

The size is a trade (docs/decisions.md, "Dask tasks of sixty forms"): Dask
costs a few milliseconds per task, against ~35 ms per form converted, so a
task of one form would waste little; but the worker's converter composes
only from eight forms, and fills a composed document only from sixty
(three documents of twenty: :data:`skpdoc.convert.tasks.CHUNKS_PER_JOB`).
Tasks of at most :data:`TASK_FORMS` forms take a few seconds each, so that
the last ones end close together; a small build is cut finer, so that every
worker has at least :data:`TASKS_PER_THREAD` tasks.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from skpdoc.convert import compose

#: Forms per task at most: three composed documents of twenty on the worker's converter, 2-3 s of work.
TASK_FORMS = 60
#: Tasks per worker thread at least, when there are forms enough: the last task ends the build, so they are small.
TASKS_PER_THREAD = 2


def task_size(forms: int, threads: int) -> int:
    """Forms per task for ``forms`` forms on ``threads`` worker threads."""
    return max(1, min(TASK_FORMS, math.ceil(forms / (max(1, threads) * TASKS_PER_THREAD))))


def cut(sources: Sequence[Path], threads: int) -> list[list[int]]:
    """The indexes of ``sources`` in tasks: forms that can share a document together, the others after them."""
    groups: dict[str, list[int]] = {}
    alone: list[int] = []
    for index, source in enumerate(sources):
        key = compose.group_key(source)
        (groups.setdefault(key, []) if key else alone).append(index)
    size = task_size(len(sources), threads)
    tasks: list[list[int]] = []
    for members in [*groups.values(), alone]:
        parts = math.ceil(len(members) / size)
        # Parts of about the same size: 61 forms make two tasks of 30 and 31, not one of 60 and one of 1.
        tasks += [members[n * len(members) // parts : (n + 1) * len(members) // parts] for n in range(parts)]
    return tasks
