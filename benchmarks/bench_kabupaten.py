"""A kabupaten of 5,000 employees in 40 OPDs, end to end: validate, rekap, status, build, and their memory.

The OPDs are sized as a kabupaten's are: a few large (300–600: the hospital,
education, health), many of 50–150 (benchmarks/synth.py writes them, with
evaluations for all five periods). Printed for each step: wall time, the cost
per spec or per form, and the peak memory of skpdoc with its LibreOffice
workers. The same steps run on the first half of the OPDs too (20 OPDs, the
largest among them), side by side: memory should follow the largest OPD, not
the number of OPDs. Each size is measured in a process of its own, so that
the larger's peak does not include what the smaller left behind.

    python benchmarks/bench_kabupaten.py [--employees 5000] [--opds 40] [--periode akhir] [--form F ...] [--no-build]

``--form`` narrows the builds to those forms (``skp``, ``matriks`` ...), for a shorter run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import TreeMemory
from skpdoc import api
from skpdoc.build import BuildReport
from skpdoc.validate import validate
from synth import make_workspace


def sizes_for(employees: int, opds: int) -> list[int]:
    """A kabupaten's spread: 3 large OPDs (600, 450, 300, scaled), the rest sharing what is left evenly."""
    large = [round(employees * share) for share in (0.12, 0.09, 0.06)][: max(0, opds - 1)]
    rest = opds - len(large)
    each, extra = divmod(max(0, employees - sum(large)), max(1, rest))
    return large + [max(20, each + (1 if i < extra else 0)) for i in range(rest)]  # the rounding spread over all


def step(label: str, count: int | Callable[[], int], unit: str, work: Callable[[], object]) -> None:
    """Run ``work``, print its wall time, its cost per ``unit`` (``count`` of them, or counted after the work)
    and the peak memory of skpdoc with its LibreOffice workers."""
    with TreeMemory() as memory:
        started = time.perf_counter()
        work()
        seconds = time.perf_counter() - started
    done = count() if callable(count) else count
    per = seconds / done * 1000 if done else 0.0
    print(f"  {label:<34} {seconds:>8.2f} s  {per:>8.2f} ms/{unit:<5} peak {memory.peak / 2**20:>6.0f} MiB")


def measure(root: Path, out: Path, periode: str, build: bool, forms: list[str]) -> None:
    specs = sum(1 for f in root.glob("*/*.yaml") if f.name != "opd.yaml")
    opds = sum(1 for d in root.iterdir() if d.is_dir())
    print(
        f"\n{opds} OPDs, {specs} employees (largest OPD {max(len(list(d.glob('*.yaml'))) - 1 for d in root.iterdir() if d.is_dir())})"
    )
    os.environ["SKPDOC_NO_CACHE"] = "1"
    step("validate, cold", specs, "spec", lambda: validate([root]))
    del os.environ["SKPDOC_NO_CACHE"]
    validate([root])  # fills the caches
    step("validate, files unchanged", specs, "spec", lambda: validate([root]))
    step(f"rekap {periode}", specs, "spec", lambda: api.rekap(root, periode=periode))
    step(f"status {periode}", specs, "spec", lambda: api.status(root, periode=periode))
    if not build:
        return
    built: list[object] = []

    def cold() -> None:
        built.append(api.build(root, out, periode=[periode], forms=forms, keep_going=True))

    def documents() -> int:
        report = built[-1]
        assert isinstance(report, BuildReport)
        return report.built + report.skipped

    what = " ".join([f"--periode {periode}", *(f"--form {form}" for form in forms)])
    step(f"build {what}, cold", documents, "doc", cold)
    report = built[0]
    assert isinstance(report, BuildReport)
    print(f"  ({report.built} documents built, {len(report.failed)} failed, {len(report.bundles)} bundles)")
    for failure in report.failed[:3]:
        print(f"    failed: {failure.output}: {failure.cause}")
    step(
        "build, nothing changed",
        documents,
        "doc",
        lambda: built.append(api.build(root, out, periode=[periode], forms=forms)),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=5_000)
    parser.add_argument("--opds", type=int, default=40)
    parser.add_argument("--periode", default="akhir")
    parser.add_argument("--form", action="append", default=[], help="build only this form (repeatable)")
    parser.add_argument("--no-build", action="store_true", help="leave out the two builds (the longest steps)")
    parser.add_argument("--measure", nargs=2, type=Path, metavar=("WORKSPACE", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:  # one size, in a process of its own (see the module docstring)
        measure(*args.measure, args.periode, not args.no_build, args.form)
        return
    sizes = sizes_for(args.employees, args.opds)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SKPDOC_CACHE_DIR"] = str(Path(tmp) / "cache")
        whole = make_workspace(Path(tmp) / "kab", args.employees, sizes=sizes)
        half = Path(tmp) / "half"
        half.mkdir()
        shutil.copy(whole / "skpdoc.yaml", half)
        for folder in sorted(d for d in whole.iterdir() if d.is_dir())[: args.opds // 2]:
            shutil.copytree(folder, half / folder.name)
        print(f"OPD sizes: {sizes}", flush=True)
        for root, out in ((half, Path(tmp) / "out-half"), (whole, Path(tmp) / "out")):
            command = [sys.executable, "-u", __file__, "--measure", str(root), str(out), "--periode", args.periode]
            command += [*(["--no-build"] if args.no_build else []), *(f"--form={form}" for form in args.form)]
            subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
