"""Which element of the employee page shows a field of the spec, so that its problems appear beside it.

A problem's ``path`` is the YAML path of the value it is about
(``("hasil_kerja", "utama", 0, "indikator", 1, "target")``). The page gives
the element showing that value the id :func:`field_id` makes of the path
(``f-hasil_kerja-utama-0-indikator-1-target``). The page registers every
path it shows (:class:`Shown`); a problem goes beside the nearest shown
element on its path (an unknown key of an indicator beside the indicator),
and one whose path reaches no shown element (the file is not YAML, a key
the page does not show at the top level) goes to the list at the top.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from skpdoc.errors import Problem, YamlPath

#: Characters an id keeps; any other (a key of a broken spec may hold anything) becomes "_".
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_.-]")


def field_id(path: YamlPath) -> str:
    """The HTML id of the element showing the value at ``path``: ``f-`` and the parts joined by ``-``."""
    return "f-" + "-".join(_UNSAFE_ID.sub("_", str(part)) for part in path)


@dataclass
class Shown:
    """The paths a page shows, collected while the page is built (before anything is rendered)."""

    paths: set[YamlPath] = field(default_factory=set)

    def show(self, path: YamlPath) -> str:
        """Record that the page shows ``path``; its element's id."""
        self.paths.add(path)
        return field_id(path)


@dataclass
class Placement:
    """The problems of one file: beside which element each goes, and those the page shows at the top."""

    at: dict[str, list[Problem]]
    other: list[Problem]

    def of(self, element: str) -> list[Problem]:
        return self.at.get(element, [])


def place(problems: Iterable[Problem], shown: Shown) -> Placement:
    """Each problem beside the nearest element shown on its path; the rest at the top."""
    at: dict[str, list[Problem]] = {}
    other: list[Problem] = []
    for problem in problems:
        path = tuple(problem.path)
        for length in range(len(path), 0, -1):
            if path[:length] in shown.paths:
                at.setdefault(field_id(path[:length]), []).append(problem)
                break
        else:
            other.append(problem)
    return Placement(at, other)
