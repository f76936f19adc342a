"""skpdoc: SKP (Sasaran Kinerja Pegawai) specs in YAML, validated, printed as official forms."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("skpdoc")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"

# Defined before the API is imported: its modules key caches and outputs by the version.
from skpdoc.api import Report, load_workspace, validate
from skpdoc.errors import InvalidSpecs, Problem, Severity, SkpdocError, UsageError

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
