"""Milliseconds per form: skpdoc's compiled renderer beside plain docxtpl, same templates, same run.

For the example workspace (specs/) and for a generated one of 1,000 employees
(benchmarks/synth.py), every form that applies is rendered to memory twice:
once with skpdoc (templates compiled once, unchanged zip members reused) and
once the way a user would script docxtpl (``DocxTemplate(path)``, ``render``,
``save`` per document). Prints the median over runs of ms per form, per
form kind and overall, and the ratio.

    python benchmarks/bench_render.py [--employees N] [--runs R] [--plain-sample K]
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import skpdoc
from skpdoc.render import viewmodel
from skpdoc.render.pipeline import TemplateSet, plan
from synth import make_workspace

REPO = Path(__file__).resolve().parent.parent


def time_skpdoc(ws: skpdoc.model.Workspace, jobs: list, templates: TemplateSet) -> dict[str, list[float]]:
    per_form: dict[str, list[float]] = defaultdict(list)
    for job in jobs:
        started = time.perf_counter()
        form = viewmodel.build(ws, ws.pegawai[job.nip], job.form, job.periode)
        templates.compiled(job.template).render(form.context())
        per_form[job.form].append(time.perf_counter() - started)
    return per_form


def time_docxtpl(ws: skpdoc.model.Workspace, jobs: list, templates: TemplateSet) -> dict[str, list[float]]:
    from docxtpl import DocxTemplate

    per_form: dict[str, list[float]] = defaultdict(list)
    for job in jobs:
        started = time.perf_counter()
        form = viewmodel.build(ws, ws.pegawai[job.nip], job.form, job.periode)
        tpl = DocxTemplate(templates.path(job.template))
        tpl.render(form.context(), autoescape=True)
        tpl.save(io.BytesIO())
        per_form[job.form].append(time.perf_counter() - started)
    return per_form


def report(label: str, ws: skpdoc.model.Workspace, runs: int, sample: int) -> None:
    templates = TemplateSet.for_workspace(ws)
    jobs = plan(ws)
    for job in {j.template: j for j in jobs}.values():  # compile (and warm) each template once, outside the timing
        templates.compiled(job.template)
    plain_jobs = (
        sorted(random.Random(0).sample(jobs, sample), key=jobs.index) if sample and sample < len(jobs) else jobs
    )
    fast_runs, plain_runs = [], []
    for _ in range(runs):
        fast_runs.append(time_skpdoc(ws, jobs, templates))
        plain_runs.append(time_docxtpl(ws, plain_jobs, templates))
    print(f"\n{label}: {len(ws.pegawai)} employees, {len(jobs)} forms (plain docxtpl on {len(plain_jobs)} of them)")
    print(f"  {'form':<18}{'skpdoc ms':>10}{'docxtpl ms':>12}{'ratio':>8}")
    for form in viewmodel.FORMS:
        fast = statistics.median(statistics.mean(r[form]) for r in fast_runs if r.get(form)) * 1000
        plain = statistics.median(statistics.mean(r[form]) for r in plain_runs if r.get(form)) * 1000
        print(f"  {form:<18}{fast:>10.2f}{plain:>12.2f}{plain / fast:>7.1f}x")
    fast_all = statistics.median(sum(map(sum, r.values())) / len(jobs) for r in fast_runs) * 1000
    plain_all = statistics.median(sum(map(sum, r.values())) / len(plain_jobs) for r in plain_runs) * 1000
    print(
        f"  {'all forms':<18}{fast_all:>10.2f}{plain_all:>12.2f}{plain_all / fast_all:>7.1f}x   (median of {runs} runs)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--plain-sample", type=int, default=300, help="forms rendered with plain docxtpl per run (0 = all)"
    )
    args = parser.parse_args()
    report("example workspace specs/", skpdoc.load_workspace(REPO / "specs"), args.runs, 0)
    with tempfile.TemporaryDirectory() as tmp:
        root = make_workspace(Path(tmp) / "ws", args.employees)
        report("generated workspace", skpdoc.load_workspace(root), args.runs, args.plain_sample)


if __name__ == "__main__":
    main()
