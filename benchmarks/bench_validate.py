"""How many specs per second `skpdoc validate` checks.

Generates a workspace of 10,000 employees (benchmarks/synth.py: four RHK of
three indicators and five evaluations each, about 9 KB of YAML per spec),
then validates it several times and prints the median. Cold runs alternate
between the fast reader (skpdoc.fastyaml, rapidyaml) and the located reader
alone (libyaml, as before it), so both see the same machine load. Beside
them, in the same run, the bare cost of reading the same files with
PyYAML's C loader (no positions, no schema, no rules), and each reader
alone on one core. CPU seconds (this process and its workers) are printed
too: on a shared machine they move less than wall time.

    python benchmarks/bench_validate.py [--employees N] [--runs R] [--jobs J]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from unittest import mock

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from skpdoc import fastyaml, spec, validate
from skpdoc.cache import WorkspaceResult
from synth import make_workspace


def _cpu() -> float:
    """CPU seconds of this process and of its reaped children (the pool's workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@contextlib.contextmanager
def _located_only() -> Iterator[None]:
    """Every file read by libyaml alone; the pool's workers are forked after this, so they inherit it."""
    with mock.patch.object(fastyaml, "load", lambda text: None):
        yield


def _timed(work: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of ``work()``."""
    wall, cpu = time.perf_counter(), _cpu()
    work()
    return time.perf_counter() - wall, _cpu() - cpu


def _cold(root: Path, jobs: int) -> None:
    report = validate([root], jobs=jobs)
    assert report.ok(strict=True), report.problems[:3]


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

        texts = [(f, f.read_text(encoding="utf-8")) for f in files[:500]]
        readers: dict[str, list[float]] = {"fast": [], "located": [], "C loader": []}
        for _ in range(args.runs):  # each reader alone, one core, CPU time: the parse itself, nothing around it
            readers["fast"].append(_timed(lambda: [spec.parse(f, t) for f, t in texts])[1])
            readers["located"].append(_timed(lambda: [spec.parse(f, t, fast=False) for f, t in texts])[1])
            readers["C loader"].append(_timed(lambda: [yaml.load(t, Loader=yaml.CSafeLoader) for _, t in texts])[1])
        taken = sum(fastyaml.load(t) is not None for _, t in texts)

        os.environ["SKPDOC_CACHE_DIR"] = str(Path(tmp) / "cache")
        os.environ["SKPDOC_NO_CACHE"] = "1"  # cold: every file parsed
        cold: dict[str, list[tuple[float, float]]] = {"fast": [], "located": []}
        for _ in range(args.runs):
            cold["fast"].append(_timed(lambda: _cold(root, args.jobs)))
            with _located_only():
                cold["located"].append(_timed(lambda: _cold(root, args.jobs)))
        timings = [wall for wall, _ in cold["fast"]]
        warm = []
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
        for name, runs in cold.items():
            wall = statistics.median(w for w, _ in runs)
            cpu = statistics.median(c for _, c in runs)
            print(
                f"skpdoc validate, cold, {name + ' reader':15}: median {wall:.2f} s  -> {specs / wall:,.0f} specs/s "
                f"({size / wall / 1e6:.1f} MB/s); CPU {cpu / specs * 1000:.2f} ms/spec  "
                f"runs: {', '.join(f'{w:.2f}' for w, _ in runs)}"
            )
        located = statistics.median(w for w, _ in cold["located"])
        print(f"  fast / located reader, cold validate: {located / best:.1f}x the specs per second")
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
            f"schema or rules); cold validate with the fast reader: {base / best:.1f}x that"
        )
        per = {name: statistics.median(runs) / len(texts) * 1000 for name, runs in readers.items()}
        print(
            f"reading alone, 1 core, CPU ms/spec ({len(texts)} files, {taken} taken by the fast reader): "
            + ", ".join(f"{name} {ms:.2f}" for name, ms in per.items())
            + f"; located/fast {per['located'] / per['fast']:.1f}x, C loader/fast {per['C loader'] / per['fast']:.1f}x"
        )
        print(
            f"per spec: cold validate {best / specs * 1000:.2f} ms wall on {args.jobs} workers; "
            f"C loader alone {base / specs * 1000:.2f} ms on one core"
        )


if __name__ == "__main__":
    main()
