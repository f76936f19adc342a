"""How many specs per second `skpdoc validate` checks.

Generates a workspace of 10,000 employees (benchmarks/synth.py: four RHK of
three indicators and five evaluations each, about 9 KB of YAML per spec),
then validates it several times and prints the median. Beside it, in the
same run, the bare cost of reading the same files with PyYAML's C loader
(no positions, no schema, no rules): the floor this design stands on.

    python benchmarks/bench_validate.py [--employees N] [--runs R] [--jobs J]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from skpdoc import validate
from skpdoc.cache import WorkspaceResult
from synth import make_workspace


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        root = make_workspace(Path(tmp) / "ws", args.employees)
        files = sorted(root.glob("*/*.yaml"))
        size = sum(f.stat().st_size for f in files)
        specs = sum(1 for f in files if f.name != "opd.yaml")
        print(
            f"workspace: {specs} employee specs, {len(files) - specs} opd.yaml, {size / 1e6:.1f} MB "
            f"({size / len(files) / 1024:.1f} KiB per file), {os.cpu_count()} cores, jobs={args.jobs}"
        )

        floor = []
        for _ in range(args.runs):
            started = time.perf_counter()
            for f in files:
                yaml.load(f.read_bytes(), Loader=yaml.CSafeLoader)
            floor.append(time.perf_counter() - started)

        os.environ["SKPDOC_CACHE_DIR"] = str(Path(tmp) / "cache")
        timings, warm = [], []
        for _ in range(args.runs):
            os.environ["SKPDOC_NO_CACHE"] = "1"  # cold: every file parsed
            started = time.perf_counter()
            report = validate([root], jobs=args.jobs)
            timings.append(time.perf_counter() - started)
            assert report.ok(strict=True), report.problems[:3]
        del os.environ["SKPDOC_NO_CACHE"]
        validate([root], jobs=args.jobs)  # fills the cache
        spec_cache_only = []
        for _ in range(args.runs):
            started = time.perf_counter()
            validate([root], jobs=args.jobs)
            warm.append(time.perf_counter() - started)
            kept = WorkspaceResult.get
            WorkspaceResult.get = lambda self: None  # type: ignore[method-assign]  # as before the whole result
            try:
                started = time.perf_counter()
                validate([root], jobs=args.jobs)
                spec_cache_only.append(time.perf_counter() - started)
            finally:
                WorkspaceResult.get = kept  # type: ignore[method-assign]

        best = statistics.median(timings)
        base = statistics.median(floor)
        print(
            f"skpdoc validate, cold  : median {best:.2f} s  -> {specs / best:,.0f} specs/s "
            f"({size / best / 1e6:.1f} MB/s)  runs: {', '.join(f'{t:.2f}' for t in timings)}"
        )
        hot = statistics.median(warm)
        print(
            f"skpdoc validate, cached: median {hot:.2f} s  -> {specs / hot:,.0f} specs/s (files unchanged since "
            f"the last run)  runs: {', '.join(f'{t:.2f}' for t in warm)}"
        )
        alone = statistics.median(spec_cache_only)
        print(
            f"  the spec cache alone : median {alone:.2f} s  -> {specs / alone:,.0f} specs/s (each spec's data "
            f"from the cache, the rules across files run again)  runs: {', '.join(f'{t:.2f}' for t in spec_cache_only)}"
        )
        print(
            f"yaml.load (C), 1 core  : median {base:.2f} s  -> {specs / base:,.0f} specs/s  (no positions, "
            f"schema or rules)"
        )
        print(
            f"per spec: cold validate {best / specs * 1000:.2f} ms wall on {args.jobs} workers; "
            f"C loader alone {base / specs * 1000:.2f} ms on one core"
        )


if __name__ == "__main__":
    main()
