"""The wheel carries the schemas and templates and works outside the repository; ``pipx install .`` (the README's
"Install") gives ``skpdoc`` by name.

Both install offline: the dependencies (and hatchling, which ``pipx install .`` builds skpdoc with, and pip,
which pipx puts in its shared environment) are the distributions already installed in this environment, packed
back into wheels (:func:`repack`: their files as their RECORD lists them, without the byte-code), and pip is
given only that folder (``--no-index --find-links``, no configuration file). So the tests need no network and no
index, install the same versions the rest of the suite runs with, and take seconds instead of a download.
Not chosen: ``pipx install --system-site-packages`` gives the *base* interpreter's packages, not this
environment's; ``pip wheel`` needs the sources, which an installed distribution no longer has.
``pip install --user .`` is not run: pip refuses ``--user`` inside a virtual environment, and the console script
it would write is the same ``[project.scripts]`` entry pipx installs.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tomllib
import venv
import zipfile
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from conftest import REPO

#: Files pip writes into a .dist-info when it installs: not part of a wheel.
_INSTALLER_FILES = {"RECORD", "INSTALLER", "REQUESTED", "direct_url.json"}


def needed(*requirements: str) -> list[metadata.Distribution]:
    """The installed distributions that ``requirements`` need at run time, theirs included (extras left out)."""
    found: dict[str, metadata.Distribution] = {}
    todo = list(requirements)
    while todo:
        requirement = Requirement(todo.pop())
        name = canonicalize_name(requirement.name)
        if name in found or not (requirement.marker is None or requirement.marker.evaluate({"extra": ""})):
            continue
        try:
            found[name] = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            pytest.fail(f"{requirement.name} is not installed here: pip install -e '.[dev]' (make test does)")
        todo.extend(found[name].requires or [])
    return list(found.values())


def repack(dist: metadata.Distribution, folder: Path) -> Path:
    """``dist``, as installed here, packed back into a wheel in ``folder`` (stored, not compressed: it is read once).

    Files outside site-packages (scripts, which pip makes again from entry_points.txt) and byte-code are left out;
    the RECORD is written anew with the files' hashes.
    """
    tags = [
        line.split(":", 1)[1].strip()
        for line in (dist.read_text("WHEEL") or "").splitlines()
        if line.startswith("Tag:")
    ]
    assert tags, f"{dist.metadata['Name']} was not installed from a wheel"
    # a wheel's name lists each part of its tags once: cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64
    tag = "-".join(".".join(dict.fromkeys(t.split("-")[i] for t in tags)) for i in range(3))
    name = re.sub(r"[-_.]+", "_", dist.metadata["Name"]).lower()
    target = folder / f"{name}-{dist.version}-{tag}.whl"
    rows: list[tuple[str, str, str]] = []
    record = ""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as wheel:
        for file in dist.files or []:
            path = file.as_posix()
            if path.startswith("..") or "__pycache__" in file.parts:
                continue
            if file.parent.name.endswith(".dist-info") and file.name in _INSTALLER_FILES:
                record = path if file.name == "RECORD" else record
                continue
            data = Path(str(dist.locate_file(file))).read_bytes()
            wheel.writestr(path, data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            rows.append((path, f"sha256={digest}", str(len(data))))
        listing = io.StringIO()
        csv.writer(listing, lineterminator="\n").writerows([*rows, (record, "", "")])
        wheel.writestr(record, listing.getvalue())
    return target


@pytest.fixture(scope="module")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Wheels of skpdoc's dependencies, of its build backend and of pip, from this environment."""
    folder = tmp_path_factory.mktemp("wheelhouse")
    # skpdoc's needs as pyproject.toml says them now (the installed metadata is as of the last `pip install -e`)
    project = tomllib.loads((REPO / "pyproject.toml").read_text())
    for dist in needed(*project["project"]["dependencies"], *project["build-system"]["requires"], "pip"):
        repack(dist, folder)
    return folder


def offline_env(home: Path, **more: str) -> dict[str, str]:
    """This environment without pip's and pipx's settings, so that only the wheelhouse given is used, and with
    HOME in ``home``, so that nothing is written in the user's real home."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PIP_", "PIPX_", "VIRTUAL_ENV"))}
    return {**env, "HOME": str(home), "PIP_CONFIG_FILE": os.devnull, "PIP_NO_CACHE_DIR": "1", **more}


@pytest.mark.slow
def test_wheel_installs_and_validates_the_example_outside_the_repo(tmp_path: Path, wheelhouse: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(REPO)],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("skpdoc-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [
            python,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-index",
            "--no-compile",
            "--find-links",
            str(wheelhouse),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        env=offline_env(tmp_path),
    )
    example = shutil.copytree(REPO / "specs", tmp_path / "elsewhere" / "specs")
    result = subprocess.run(
        [env_dir / "bin" / "skpdoc", "validate", str(example)], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0, result.stdout + result.stderr
    listed = subprocess.run(
        [python, "-c", "from skpdoc.resources import data_dir; print(data_dir('schemas'))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    ).stdout.strip()
    assert "site-packages" in listed and Path(listed, "pegawai.schema.json").is_file()


@pytest.mark.slow
def test_pipx_install_gives_skpdoc_by_name(tmp_path: Path, wheelhouse: Path) -> None:
    """The README's ``pipx install .``, into a PIPX_HOME and PIPX_BIN_DIR of its own; then ``skpdoc``, found on
    PATH by name, from a folder outside the repository."""
    try:
        import pipx  # noqa: F401
    except ImportError:
        pytest.fail("pipx is required (the dev extra has it: pip install -e '.[dev]')")
    pipx_home, bin_dir = tmp_path / "pipx", tmp_path / "bin"
    env = offline_env(tmp_path, PIPX_HOME=str(pipx_home), PIPX_BIN_DIR=str(bin_dir), PIPX_MAN_DIR=str(tmp_path / "man"))
    installed = subprocess.run(
        [sys.executable, "-m", "pipx", "install", ".", f"--pip-args=--no-index --no-compile --find-links={wheelhouse}"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    # PATH without this environment's bin: the skpdoc found is pipx's or none
    path = os.pathsep.join([str(bin_dir), "/usr/bin", "/bin"])
    assert shutil.which("skpdoc", path=path) == str(bin_dir / "skpdoc")
    desk = tmp_path / "desk"
    example = shutil.copytree(REPO / "specs", desk / "specs")
    run_env = {**env, "PATH": path}
    version = subprocess.run(["skpdoc", "--version"], cwd=desk, env=run_env, capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.strip() == f"skpdoc {metadata.version('skpdoc')}"
    checked = subprocess.run(["skpdoc", "validate", "specs"], cwd=desk, env=run_env, capture_output=True, text=True)
    assert checked.returncode == 0 and "berkas valid" in checked.stderr, checked.stdout + checked.stderr
    # the program on PATH runs the copy pipx installed, not this checkout
    where = subprocess.run(
        [pipx_home / "venvs" / "skpdoc" / "bin" / "python", "-c", "import skpdoc; print(skpdoc.__file__)"],
        cwd=desk,
        env=run_env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).resolve().is_relative_to(pipx_home.resolve()) and example.is_dir()
