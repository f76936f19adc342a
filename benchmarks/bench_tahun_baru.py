"""How long `skpdoc tahun-baru` takes to carry a workspace into the next year.

Two workspaces: the example (specs/) and a synthetic one of 1,000 employees
(benchmarks/synth.py: four RHK of three indicators and five evaluations
each, ~9 KB per spec). Each is carried over several times (git left out:
it is one `git init`); the median is printed beside, in the same run, the
same work with every spec going through ruamel.yaml round-trip editing
(skpdoc.yamledit), which tahun-baru uses only as its fallback.

    python benchmarks/bench_tahun_baru.py [--employees N] [--runs R]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent))
from skpdoc import newyear
from synth import make_workspace

EXAMPLE = Path(__file__).resolve().parent.parent / "specs"


def timed(run: Callable[[Path], object], out_parent: Path, runs: int) -> float:
    times = []
    for n in range(runs):
        out = out_parent / f"run-{n}"
        start = time.perf_counter()
        run(out)
        times.append(time.perf_counter() - start)
        shutil.rmtree(out)
    return statistics.median(times)


def measure(label: str, root: Path, tahun: int, runs: int, tmp: Path) -> None:
    specs = sum(1 for p in root.glob("*/*.yaml") if p.name != "opd.yaml")

    def carry(out: Path) -> object:
        return newyear.new_year(root, tahun, out, git=False)

    def carry_with_ruamel(out: Path) -> object:
        with mock.patch.object(newyear, "_cut_and_paste", lambda *args: None):
            return newyear.new_year(root, tahun, out, git=False)

    fast = timed(carry, tmp, runs)
    slow = timed(carry_with_ruamel, tmp, runs)
    print(
        f"{label}: {specs} specs: tahun-baru {fast:.2f} s ({fast / specs * 1000:.1f} ms/spec); "
        f"every spec through ruamel {slow:.2f} s ({slow / specs * 1000:.1f} ms/spec); {slow / fast:.1f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        measure("example (specs/)", EXAMPLE, 2025, args.runs, tmp)
        synthetic = make_workspace(tmp / "synth", args.employees)
        measure(f"synthetic ({args.employees} employees)", synthetic, 2025, args.runs, tmp)


if __name__ == "__main__":
    main()
