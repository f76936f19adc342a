"""`skpdoc build` locally against the same build on a Dask cluster of one and of two worker processes.

Generates one OPD of 200 employees (benchmarks/synth.py) and builds, for the
annual evaluation, SKP + Lampiran + Evaluasi akhir + Dokumen Evaluasi akhir
for each (800 forms, and the OPD's own documents), cold, into a new folder
each time, in one run:

1. locally, two LibreOffice workers (``jobs=2``), as ``skpdoc build`` does;
2. on ``--cluster local:1`` (one Dask worker process, one LibreOffice);
3. on ``--cluster local:2`` (two, each with its LibreOffice).

It prints ms per form and the speed-up against the local build; what the
cluster's workers spent converting (LibreOffice per form, on the worker);
bytes moved per form (.docx to the workers, PDF back); and Dask's own cost
per task, measured on the one-worker cluster with tasks that carry and
return as many bytes as a conversion task but do nothing. Then what the
client does alone, per form, whatever the cluster's size: rendering (a
``pdf=False`` build), the text check and page count of each PDF, and
writing the bundle. The cluster's start (worker processes, LibreOffice) is
timed apart: a real cluster is started once, not per build.

    python benchmarks/bench_distributed.py [--employees N] [--rounds R]

The machine is shared: the rounds are interleaved (local, local:1, local:2,
then again) and medians are printed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent))
from skpdoc.build import build
from skpdoc.distributed import open_cluster
from skpdoc.distributed.client import ClusterConverter, Traffic
from skpdoc.textcheck import missing_words
from synth import make_workspace

PERIODE = ["akhir"]


@dataclass
class Run:
    """One configuration's builds: seconds and forms of each round, and the cluster's traffic (if any)."""

    name: str
    seconds: list[float] = field(default_factory=list)
    forms: int = 0
    start: list[float] = field(default_factory=list)  # seconds to start the cluster
    traffic: list[Traffic] = field(default_factory=list)

    def per_form(self) -> float:
        return statistics.median(self.seconds) / self.forms


def echo(payload: list[bytes], answer: int) -> list[bytes]:
    """A task that carries what a conversion task carries and returns as much, doing nothing (Dask's cost)."""
    return [b"x" * answer]


def dask_cost(converter: ClusterConverter, payload_bytes: int, answer_bytes: int, tasks: int = 200) -> float:
    """Seconds per task of Dask alone, tasks submitted as a build does (a few in flight at a time)."""
    from distributed import as_completed

    client = converter.client
    payload = [os.urandom(payload_bytes)]  # random: nothing along the way compresses it away
    started = time.perf_counter()
    pending = as_completed()
    submitted = 0
    while submitted < 4:
        pending.add(client.submit(echo, payload, answer_bytes, pure=False))
        submitted += 1
    for future in pending:
        future.result()
        future.release()
        if submitted < tasks:
            pending.add(client.submit(echo, payload, answer_bytes, pure=False))
            submitted += 1
    return (time.perf_counter() - started) / tasks


def client_costs(ws: Path, out: Path, scratch: Path) -> dict[str, tuple[float, float]]:
    """What the client does per form whatever the cluster (render, check each PDF, write the bundle): (wall, CPU)
    seconds. CPU time, of this process, is what a loaded machine disturbs least."""

    def timed(work: Callable[[], object]) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        return time.perf_counter() - wall, time.process_time() - cpu

    root = next(p for p in out.iterdir() if p.is_dir())
    pdfs = [p for p in root.rglob("*.pdf") if p.parent != root]
    render = timed(lambda: build(ws, scratch / "docx-only", periode=PERIODE, pdf=False))

    def check() -> None:
        for pdf in pdfs:
            missing_words(pdf.with_suffix(".docx"), pdf)
            len(PdfReader(pdf).pages)

    checking = timed(check)
    next(root.glob("*.pdf")).unlink()  # the next build writes only the bundle again
    bundling = timed(lambda: build(ws, out, periode=PERIODE, jobs=2))
    return {
        name: (wall / len(pdfs), cpu / len(pdfs))
        for name, (wall, cpu) in {"render": render, "check": checking, "bundle": bundling}.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    load = " ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores (load {load}), {args.employees} employees")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        ws = make_workspace(root / "ws", args.employees, per_opd=args.employees)
        runs = [Run("local, 2 LibreOffice"), Run("cluster local:1"), Run("cluster local:2")]
        echo_cost: list[float] = []
        local_out = root / "out-local"
        for round_number in range(args.rounds):
            for number, run in enumerate(runs):
                out = local_out if number == 0 else root / f"out-{number}"
                shutil.rmtree(out, ignore_errors=True)  # cold, every time
                if number == 0:
                    started = time.perf_counter()
                    report = build(ws, out, periode=PERIODE, jobs=2)
                    run.seconds.append(time.perf_counter() - started)
                else:
                    started = time.perf_counter()
                    with open_cluster(cluster=run.name.split()[-1]) as converter:
                        converter.client.wait_for_workers(int(run.name[-1]))
                        run.start.append(time.perf_counter() - started)
                        started = time.perf_counter()
                        report = build(ws, out, periode=PERIODE, warm=converter)  # type: ignore[arg-type]
                        run.seconds.append(time.perf_counter() - started)
                        run.traffic.append(converter.traffic)
                        if run.name.endswith(":1"):
                            traffic = converter.traffic
                            echo_cost.append(
                                dask_cost(converter, traffic.sent // traffic.tasks, traffic.received // traffic.tasks)
                            )
                assert report.ok, report.failed[:3]
                run.forms = report.built
                print(f"  round {round_number + 1}: {run.name}: {run.seconds[-1]:.1f} s, {report.built} documents")
        costs = client_costs(ws, local_out, root)
    report_figures(runs, statistics.median(echo_cost), costs)


def report_figures(runs: list[Run], echo_cost: float, costs: dict[str, tuple[float, float]]) -> None:
    base = runs[0].per_form()
    print()
    print(f"{'':34} {'ms/form':>8} {'speed-up':>9} {'start s':>8}")
    for run in runs:
        start = f"{statistics.median(run.start):8.1f}" if run.start else f"{'':8}"
        print(f"{run.name:34} {run.per_form() * 1000:8.1f} {base / run.per_form():8.2f}x {start}")
    for run in runs[1:]:
        traffic = run.traffic[-1]
        print(
            f"{run.name}: {traffic.tasks} tasks of {traffic.forms / traffic.tasks:.0f} forms; "
            f"LibreOffice on the workers {traffic.worker_seconds / traffic.forms * 1000:.1f} ms/form "
            f"({traffic.worker_seconds / traffic.tasks:.2f} s/task); "
            f"bytes per form: {traffic.sent / traffic.forms / 1024:.1f} KiB .docx out, "
            f"{traffic.received / traffic.forms / 1024:.1f} KiB PDF back"
        )
    one = runs[1].traffic[-1]
    print(
        f"Dask alone, per task carrying {one.sent // one.tasks // 1024} KiB and returning "
        f"{one.received // one.tasks // 1024} KiB (1 worker): {echo_cost * 1000:.1f} ms "
        f"= {echo_cost / (one.worker_seconds / one.tasks) * 100:.1f}% of a task's conversion"
    )
    shown = ", ".join(f"{name} {wall * 1000:.1f} ms ({cpu * 1000:.1f} ms CPU)" for name, (wall, cpu) in costs.items())
    print(f"the client alone, per form: {shown}  (check: the text check and page count of build)")
    print(f"load average at the end: {' '.join(f'{load:.1f}' for load in os.getloadavg())}")


if __name__ == "__main__":  # (Dask's worker processes import this module again: nothing may run then)
    main()
