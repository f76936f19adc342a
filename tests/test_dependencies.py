"""What the code imports is declared: the package's imports in its dependencies, the tests' and tools' in dev.

A module that arrives only through another package (jinja2 through docxtpl) works until that package drops it.
"""

from __future__ import annotations

import ast
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from conftest import REPO

#: Imported only where available: LibreOffice's own Python (uno), Windows (msvcrt), test-local modules.
NOT_FROM_PYPI = {"uno", "msvcrt", "skpdoc", "conftest", "docxutil", "templatecorpus", "synth", "bench_convert"}


def _imports(folder: Path) -> set[str]:
    names: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
    local = {p.stem for p in folder.rglob("*.py")}
    return {n for n in names if n not in sys.stdlib_module_names and n not in NOT_FROM_PYPI and n not in local}


def _declared(*groups: str) -> set[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for group in groups:
        requirements += project["optional-dependencies"][group]
    names: set[str] = set()
    for requirement in map(Requirement, requirements):
        if canonicalize_name(requirement.name) == "skpdoc":  # the project's own extras (dev holds skpdoc[dask])
            names |= _declared(*requirement.extras)
        else:
            names.add(canonicalize_name(requirement.name))
    return names


def _undeclared(folder: Path, declared: set[str]) -> dict[str, list[str]]:
    providers = packages_distributions()
    missing: dict[str, list[str]] = {}
    for module in sorted(_imports(folder)):
        dists = {canonicalize_name(d) for d in providers.get(module, [])}
        if not dists & declared:
            missing[module] = sorted(dists)
    return missing


def test_the_package_declares_every_module_it_imports() -> None:
    # skpdoc.distributed imports Dask only when a cluster is asked for: from the extra that installs it.
    assert _undeclared(REPO / "src" / "skpdoc", _declared("dask")) == {}


@pytest.mark.parametrize("folder", ["tests", "tools", "benchmarks"])
def test_tests_tools_and_benchmarks_declare_theirs_in_dev(folder: str) -> None:
    assert _undeclared(REPO / folder, _declared("dev")) == {}
