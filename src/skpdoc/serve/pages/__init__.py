"""The pages of ``skpdoc serve``, one module each; every module has ``routes(site) -> list[BaseRoute]``."""

from __future__ import annotations

import importlib
from types import ModuleType

#: In the order their routes are tried (auth is added by the app itself, with the login's own arguments).
PAGES = ("dashboard", "opd", "pegawai", "edit", "review", "files")


def modules() -> list[ModuleType]:
    return [importlib.import_module(f"skpdoc.serve.pages.{name}") for name in PAGES]
