"""skpdoc: SKP (Sasaran Kinerja Pegawai) specs in YAML, validated, printed as official forms."""

from __future__ import annotations

#: ``typing`` costs 20-50 ms to import (re, enum): type checkers read this name as True, Python never imports them.
import sys
import types

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from skpdoc.api import Report, load_workspace, validate
    from skpdoc.errors import InvalidSpecs, Problem, Severity, SkpdocError, UsageError

    __version__: str

# The public names are imported on first use (PEP 562), so ``import skpdoc`` costs nothing: the ``skpdoc``
# command's first import is then its own small module, which makes Ctrl-C during start-up a quiet exit
# (skpdoc.cli._startup) instead of a traceback from inside the 0.2 s the API takes to load.
# ``from skpdoc import validate`` and ``skpdoc.validate`` work as before.
_LAZY = {
    "Report": "skpdoc.api",
    "load_workspace": "skpdoc.api",
    "validate": "skpdoc.api",
    "InvalidSpecs": "skpdoc.errors",
    "Problem": "skpdoc.errors",
    "Severity": "skpdoc.errors",
    "SkpdocError": "skpdoc.errors",
    "UsageError": "skpdoc.errors",
}


class _Package(types.ModuleType):
    """The package, whose public names keep their meaning once a submodule of the same name is loaded.

    ``skpdoc.validate`` is the function; importing the module ``skpdoc.validate``
    (as the API does) makes Python set that attribute to the module, which
    would then hide the function from ``from skpdoc import validate``.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name in _LAZY and isinstance(value, types.ModuleType):
            return  # the submodule stays in sys.modules; the name stays the API's
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("skpdoc")
        except PackageNotFoundError:  # running from a source tree without installation
            found = "0.0.0"
        globals()["__version__"] = found  # modules key caches and outputs by it: computed once
        return found
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'skpdoc' has no attribute {name!r}")


__all__ = [
    "InvalidSpecs",
    "Problem",
    "Report",
    "Severity",
    "SkpdocError",
    "UsageError",
    "__version__",
    "load_workspace",
    "validate",
]
