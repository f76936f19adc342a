"""How fast skpdoc.convert turns the real forms into PDF, beside plain soffice in the same run.

Renders two corpora of real forms (skpdoc build --no-pdf):

* example: every form of the example workspace (specs/: 46 employees, all periods);
* synthetic: one OPD of 200 employees (benchmarks/synth.py), periode akhir (800 forms);

then, on each, takes the median of R runs of, one after the other:

  (b) the floor: J batch ``soffice --convert-to pdf`` processes, each with its own
      profile, over J slices of the files (start-up included);
  (c) ``Converter(jobs=J)``: one LibreOffice call per document (start-up included);
  (d) ``Converter(jobs=J)``, ``compose=True``: forms composed twenty or so to a
      document, whose PDF is split per form (start-up included);
  (a) one ``soffice --convert-to pdf`` per file, on the first few files only (slow).

For each it prints wall time per form and per page, the ratio to the floor, and
CPU time per form (of this process and all its children: LibreOffice, the UNO
workers, the composing and splitting). On a machine shared with others the wall
times move with their load; CPU time moves much less, and the CPU the others used
during the run is printed too. For the Converter it also prints how busy its
workers were (the time between sending a request and its answer, over jobs × wall).

    python benchmarks/bench_convert.py [--corpus example,synthetic] [--docs N] [--runs R] [--jobs J] [--per-file K]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent))
from skpdoc.build import build
from skpdoc.convert import Converter, find_soffice
from skpdoc.convert.batch import MOST_FILES
from synth import make_workspace

REPO = Path(__file__).resolve().parent.parent


def render(corpus: str, root: Path) -> list[Path]:
    """The .docx of every form of the corpus, rendered into ``root`` and given names of their own."""
    if corpus == "example":
        report = build(REPO / "specs", root / "out", pdf=False)
    else:
        ws = make_workspace(root / "ws", 200, per_opd=200)
        report = build(ws, root / "out", periode=["akhir"], pdf=False)
    assert report.ok, report.failed[:3]
    flat = root / "flat"  # batch soffice names each PDF after its .docx: names must not repeat
    flat.mkdir()
    files = []
    for n, path in enumerate(sorted((root / "out").rglob("*.docx"))):
        files.append(flat / f"{n:04d}-{path.name}")
        path.rename(files[-1])
    return files


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have been waited for (all of LibreOffice)."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def machine_busy() -> float:
    """CPU seconds spent by every process on the machine since boot."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def soffice_batch(soffice: str, profile: Path, outdir: Path, files: list[Path]) -> subprocess.Popen[bytes]:
    args = [soffice, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}"]
    args += ["--convert-to", "pdf", "--outdir", str(outdir), *map(str, files)]
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


@dataclass
class Method:
    name: str
    run: Callable[[list[Path], Path], float | None]  # → how busy the workers were, if known
    wall: list[float] = field(default_factory=list)  # seconds per form
    cpu: list[float] = field(default_factory=list)
    others: list[float] = field(default_factory=list)  # CPU seconds of other processes during the run
    use: list[float] = field(default_factory=list)
    forms: int = 0


def floor(jobs: int) -> Callable[[list[Path], Path], float | None]:
    """J lanes, each converting its slice of the files by batch calls of at most 200 files, one after the other.

    LibreOffice 7.4 converts only the first 246 files named on its command line
    and ignores the rest without a word (exit code 0): the floor measured before
    this was known converted 492 of 800 forms, and looked 1.6 times faster than it is.
    """

    def lane(soffice: str, j: int, files: list[Path], out: Path) -> None:
        for start in range(0, len(files), MOST_FILES):
            soffice_batch(soffice, out / f"p{j}", out / f"o{j}", files[start : start + MOST_FILES]).wait()

    def run(files: list[Path], out: Path) -> None:
        soffice = find_soffice()
        lanes = [threading.Thread(target=lane, args=(soffice, j, files[j::jobs], out)) for j in range(jobs)]
        for thread in lanes:
            thread.start()
        for thread in lanes:
            thread.join()
        made = len(list(out.glob("o*/*.pdf")))
        assert made == len(files), f"batch soffice made {made} of {len(files)} PDFs"

    return run


def converter(jobs: int, compose: bool) -> Callable[[list[Path], Path], float | None]:
    def run(files: list[Path], out: Path) -> float:
        started = time.perf_counter()
        with Converter(jobs) as conv:
            report = conv.convert([(f, out / f"{n}.pdf") for n, f in enumerate(files)], compose=compose)
        assert not report.failed, report.failed[:3]
        assert report.composed == (len(files) if compose else 0), report.composed
        return report.busy / (jobs * (time.perf_counter() - started))

    return run


def per_file(files: list[Path], out: Path) -> None:
    soffice = find_soffice()
    for path in files:
        soffice_batch(soffice, out / "profile", out, [path]).wait()


def measure(method: Method, files: list[Path], root: Path) -> None:
    out = Path(tempfile.mkdtemp(dir=root))
    cpu, busy, started = cpu_seconds(), machine_busy(), time.perf_counter()
    use = method.run(files, out)
    wall, cpu, busy = time.perf_counter() - started, cpu_seconds() - cpu, machine_busy() - busy
    method.wall.append(wall / len(files))
    method.cpu.append(cpu / len(files))
    method.others.append(max(0.0, busy - cpu))
    method.forms = len(files)
    if use is not None:
        method.use.append(use)
    shown = f"  {method.name}: {wall:.1f} s for {len(files)} forms, CPU {cpu:.1f} s, others' CPU {max(0.0, busy - cpu):.1f} s"
    print(shown + (f", workers busy {use:.0%}" if use is not None else ""), flush=True)
    shutil.rmtree(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="example,synthetic")
    parser.add_argument("--docs", type=int, default=0, help="at most this many forms of each corpus (0: all)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--per-file", type=int, default=5, help="documents for method (a)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-convert-") as tmp:
        root = Path(tmp)
        for corpus in args.corpus.split(","):
            files = render(corpus, root / corpus)[: args.docs or None]
            methods = [
                Method(f"(b) floor: {args.jobs} batch soffice", floor(args.jobs)),
                Method(f"(c) Converter(jobs={args.jobs})", converter(args.jobs, compose=False)),
                Method(f"(d) Converter(jobs={args.jobs}), composed", converter(args.jobs, compose=True)),
            ]
            single = Method("(a) soffice per file", per_file)
            pages = 0
            for run in range(args.runs):
                print(f"{corpus}, run {run + 1}/{args.runs}", flush=True)
                for method in methods:
                    measure(method, files, root)
                if run == 0:
                    measure(single, files[: args.per_file], root)
                    out = Path(tempfile.mkdtemp(dir=root))
                    floor(args.jobs)(files, out)
                    pages = sum(len(PdfReader(pdf).pages) for pdf in out.glob("o*/*.pdf"))
                    shutil.rmtree(out)
            report(corpus, len(files), pages, [*methods, single], args)


def report(corpus: str, forms: int, pages: int, methods: list[Method], args: argparse.Namespace) -> None:
    base = statistics.median(methods[0].wall)
    print(
        f"\n{corpus}: {forms} forms, {pages} pages ({pages / forms:.2f} per form); median of {args.runs} runs "
        f"((a): first {args.per_file}, 1 run), jobs={args.jobs}, {os.cpu_count()} CPUs"
    )
    print(f"{'method':36} {'ms/form':>8} {'ms/page':>8} {'÷ floor':>8} {'CPU ms/form':>12} {'others CPU s':>13}  busy")
    for m in methods:
        wall, cpu = statistics.median(m.wall) * 1000, statistics.median(m.cpu) * 1000
        use = f"{statistics.median(m.use):5.0%}" if m.use else ""
        others = statistics.median(m.others)
        print(
            f"{m.name:36} {wall:8.1f} {wall * forms / pages:8.1f} {wall / base / 1000:8.2f} {cpu:12.1f} {others:13.1f}  {use}"
        )
    print()


if __name__ == "__main__":
    main()
