"""The wheel carries the schemas and templates and works outside the repository."""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from conftest import REPO


@pytest.mark.slow
def test_wheel_installs_and_validates_the_example_outside_the_repo(tmp_path: Path) -> None:
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
    subprocess.run([python, "-m", "pip", "install", "-q", str(wheel)], check=True, capture_output=True)
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
