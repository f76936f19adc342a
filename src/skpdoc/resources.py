"""Where the built-in schemas and templates live.

In the repository they sit at the top level (``schemas/``, ``templates/docx/``)
where users and editors find them; the wheel carries copies inside the package
(``skpdoc/_data/...``, see ``pyproject.toml``). Both layouts are looked up here
so nothing else needs to know.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """The folder of built-in ``schemas`` or ``templates/docx``."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"skpdoc installation is missing its {name}/ folder")
