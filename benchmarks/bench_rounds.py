"""How long `skpdoc evaluasi buka` takes to open a round for a whole kabupaten, and `skpdoc status` to report on it.

Generates a workspace of 1,000 employees (benchmarks/synth.py), takes the
``akhir`` evaluation out of every spec (so each is ~8 KB with four
evaluations, as in the last quarter), then opens ``akhir`` for all of them:
on one process and on ``--jobs`` worker processes. Beside it, in the same run,
the floor of the round-trip editing alone (ruamel load + dump of every file in
one process, no skpdoc), then a second run (every spec has the block: nothing
is edited), and `status` on the opened workspace. Medians of ``--runs``; the
specs are restored before each run, and the cache of parsed specs is warm as
in daily use (the first run is left out).

    python benchmarks/bench_rounds.py [--employees N] [--runs R] [--jobs J]
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from skpdoc.rounds import buka
from skpdoc.status import status
from synth import make_workspace


def _median(runs: int, setup: Callable[[], None], work: Callable[[], object]) -> float:
    timings = []
    for _ in range(runs):
        setup()
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SKPDOC_CACHE_DIR"] = str(Path(tmp) / "cache")
        root = make_workspace(Path(tmp) / "ws", args.employees)
        specs = sorted(p for p in root.glob("*/*.yaml") if p.name != "opd.yaml")
        original = {p: (t := p.read_text(encoding="utf-8"))[: t.index("  akhir:\n")] for p in specs}
        size = sum(len(t) for t in original.values())
        print(
            f"workspace: {len(specs)} specs without `akhir`, {size / len(specs) / 1024:.1f} KiB each, "
            f"{os.cpu_count()} cores; medians of {args.runs} runs"
        )

        def restore() -> None:
            for path, text in original.items():
                path.write_text(text, encoding="utf-8")

        restore()
        buka(root, "akhir", dry_run=True)  # warm the cache of parsed specs, as daily use has it

        def floor() -> None:
            from ruamel.yaml import YAML

            yaml = YAML(typ="rt")
            for path in specs:
                data = yaml.load(path.read_text(encoding="utf-8"))
                data["evaluasi"]["akhir"] = {"tanggal": "x"}
                yaml.dump(data, io.StringIO())

        bare = _median(args.runs, lambda: None, floor)
        one = _median(args.runs, restore, lambda: buka(root, "akhir", jobs=1))
        many = _median(args.runs, restore, lambda: buka(root, "akhir", jobs=args.jobs))
        again = _median(args.runs, lambda: None, lambda: buka(root, "akhir", jobs=args.jobs))
        report = _median(args.runs, lambda: None, lambda: status(root))
        result = buka(root, "akhir", dry_run=True)
        assert not result.dibuka and len(result.sudah_ada) == len(specs), "every spec has the block"

        per = 1000 / len(specs)
        print(f"{'ruamel load+dump, 1 process (floor)':44} {bare:7.2f} s  {bare * per:6.1f} ms/spec")
        print(f"{'evaluasi buka, jobs=1':44} {one:7.2f} s  {one * per:6.1f} ms/spec  ({one / bare:.2f}x the floor)")
        print(
            f"{f'evaluasi buka, jobs={args.jobs}':44} {many:7.2f} s  {many * per:6.1f} ms/spec  "
            f"({many / bare:.2f}x the floor)"
        )
        print(f"{'evaluasi buka again (nothing to do)':44} {again:7.2f} s")
        print(f"{'status (all opened, none filled)':44} {report:7.2f} s")


if __name__ == "__main__":
    main()
