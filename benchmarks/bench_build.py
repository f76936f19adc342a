"""`skpdoc build` against the pipeline a user would script, and against LibreOffice's own floor.

Generates one OPD of 200 employees (benchmarks/synth.py) and builds, for the
annual evaluation, SKP + Lampiran + Evaluasi akhir + Dokumen Evaluasi akhir
for each (800 forms). In the same run it measures:

1. naive: plain docxtpl per document, one `soffice --convert-to pdf` per file,
   a pypdf merge. One soffice start per file costs about a second, so this is
   timed on a sample of documents and reported per document;
2. floor: two batch `soffice --convert-to pdf` processes (separate profiles)
   converting the already rendered .docx files, nothing else;
3. `skpdoc build`: cold, again with nothing changed, then after editing one spec three ways
   (a realisasi, a target, the employee's name: see EDITS);
4. `skpdoc build` cold again, into a new folder, converting each form on its own
   (SKPDOC_NO_COMPOSE=1) instead of twenty or so forms per LibreOffice document.

    python benchmarks/bench_build.py [--employees N] [--naive-sample K]
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfWriter

sys.path.insert(0, str(Path(__file__).resolve().parent))
import skpdoc
from bench_convert import floor as convert_floor
from skpdoc.build import build
from skpdoc.render import viewmodel
from skpdoc.render.pipeline import Job, TemplateSet, plan
from synth import make_workspace


class Phases:
    """When the stages of a build start and end (ms from the build's start), by wrapping their functions.

    For the figures of "where a one-spec rebuild's time goes"; a stage whose function is not found is left out.
    """

    STAGES = (
        ("validate", "skpdoc.selection", "load"),
        ("templates", "skpdoc.build.documents", "templates"),
        ("describe", "skpdoc.build.documents", "describe_group"),
        ("describe", "skpdoc.build.documents", "describe"),
        ("render", "skpdoc.build.documents", "render"),
        ("LibreOffice starts", "skpdoc.build.pdfs", "try_start"),
        ("convert", "skpdoc.build.pdfs", "convert"),
        ("bundle", "skpdoc.bundle.assemble", "Bundle.write"),
    )

    def __init__(self) -> None:
        import importlib

        self.start = 0.0
        self.spans: dict[str, list[float]] = {}
        for label, module, name in self.STAGES:
            holder: object = importlib.import_module(module)
            *outer, attr = name.split(".")
            for part in outer:
                holder = getattr(holder, part)
            if hasattr(holder, attr):
                setattr(holder, attr, self._wrap(label, getattr(holder, attr)))
        from skpdoc.convert.converter import Converter

        on_message = Converter._on_message

        def ready(converter: Converter, slot: int, worker: object, message: dict, *rest: object) -> None:  # type: ignore[type-arg]
            if message.get("ready"):
                self._mark("LibreOffice ready", time.perf_counter())
            on_message(converter, slot, worker, message, *rest)  # type: ignore[arg-type]

        Converter._on_message = ready  # type: ignore[method-assign, assignment]

    def _mark(self, label: str, now: float) -> None:
        span = self.spans.setdefault(label, [now - self.start, now - self.start])
        span[1] = now - self.start

    def _wrap(self, label: str, function: Callable[..., object]) -> Callable[..., object]:
        def timed(*args: object, **kwargs: object) -> object:
            entered = time.perf_counter() - self.start
            try:
                return function(*args, **kwargs)
            finally:
                span = self.spans.setdefault(label, [entered, entered])
                span[1] = time.perf_counter() - self.start

        return timed

    def reset(self) -> None:
        self.start, self.spans = time.perf_counter(), {}

    def line(self) -> str:
        return ", ".join(f"{label} {a * 1000:.0f}-{b * 1000:.0f}" for label, (a, b) in self.spans.items())


class TreeMemory:
    """Samples the summed RSS of this process and all its descendants (LibreOffice included)."""

    def __init__(self) -> None:
        import threading

        self.peak = 0
        self.cpu = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        started = time.thread_time()
        while not self._stop.wait(0.2):
            self.cpu = time.thread_time() - started  # its own CPU time, not skpdoc's
            parents: dict[int, int] = {}
            rss: dict[int, int] = {}
            for entry in Path("/proc").iterdir():
                if not entry.name.isdigit():
                    continue
                try:
                    stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                    parents[int(entry.name)] = int(stat[1])
                    rss[int(entry.name)] = int(stat[21]) * os.sysconf("SC_PAGE_SIZE")
                except (OSError, IndexError, ValueError):
                    continue
            mine = {os.getpid()}
            changed = True
            while changed:
                changed = False
                for pid, parent in parents.items():
                    if parent in mine and pid not in mine:
                        mine.add(pid)
                        changed = True
            self.peak = max(self.peak, sum(rss.get(pid, 0) for pid in mine))


def cpu_seconds() -> tuple[float, float]:
    """CPU seconds (user + system) of this process, and of its children that have ended (LibreOffice's included)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def naive(ws: skpdoc.model.Workspace, jobs: list[Job], folder: Path) -> float:
    from docxtpl import DocxTemplate

    templates = TemplateSet.for_workspace(ws)
    soffice = shutil.which("soffice") or "soffice"
    started = time.perf_counter()
    pdfs = []
    for index, job in enumerate(jobs):
        form = viewmodel.build(ws, ws.pegawai[job.nip], job.form, job.periode)
        tpl = DocxTemplate(templates.path(job.template))
        tpl.render(form.context(), autoescape=True)
        docx = folder / f"{index:04d}.docx"
        tpl.save(docx)
        subprocess.run(
            [
                soffice,
                "--headless",
                f"-env:UserInstallation=file://{folder}/profile",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder),
                str(docx),
            ],
            check=True,
            capture_output=True,
        )
        pdfs.append(folder / f"{index:04d}.pdf")
    writer = PdfWriter()
    for pdf in pdfs:
        writer.append(pdf)
    writer.write(io.BytesIO())
    return time.perf_counter() - started


def floor(docx_files: list[Path], folder: Path) -> float:
    """Two batch soffice lanes over the rendered files (see bench_convert.floor: at most 200 files per call)."""
    flat = folder / "in"  # batch soffice names each PDF after its .docx: names must not repeat
    flat.mkdir(parents=True)
    links = []
    for n, path in enumerate(docx_files):
        links.append(flat / f"{n:04d}-{path.name}")
        links[-1].symlink_to(path)
    started = time.perf_counter()
    convert_floor(2)(links, folder)
    return time.perf_counter() - started


def _in_akhir(edit: Callable[[str], str]) -> Callable[[str], str]:
    def edited(text: str) -> str:
        before, marker, akhir = text.partition("  akhir:\n")
        return before + marker + edit(akhir)

    return edited


#: One spec edited three ways, from the most common to the one that reaches the most documents.
EDITS: list[tuple[str, Callable[[str], str]]] = [
    ("a realisasi (evaluation)", _in_akhir(lambda t: t.replace("{realisasi: 1,", "{realisasi: 2,", 1))),
    ("a target (plan)", lambda t: t.replace("target: 4\n", "target: 5\n", 1)),
    ("the name (printed in the rekap and the matriks too)", lambda t: t.replace("Pegawai ", "Pegawai Ubah ", 1)),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=200)
    parser.add_argument("--naive-sample", type=int, default=24)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ["SKPDOC_CACHE_DIR"] = str(root / "cache")  # the user's own cache is neither read nor filled
        ws_path = make_workspace(root / "ws", args.employees, per_opd=args.employees)
        ws = skpdoc.load_workspace(ws_path)
        jobs = plan(ws, periode=["akhir"])
        forms = len(jobs)
        print(f"workspace: 1 OPD, {len(ws.pegawai)} employees, {forms} forms (periode akhir), {os.cpu_count()} cores")

        (root / "naive").mkdir()
        sample = jobs[:: max(1, forms // args.naive_sample)][: args.naive_sample]
        naive_per_doc = naive(ws, sample, root / "naive") / len(sample)

        out = root / "out"
        started = time.perf_counter()
        before = cpu_seconds()
        with TreeMemory() as memory:
            report = build(ws_path, out, periode=["akhir"], jobs=2)
        cold = time.perf_counter() - started
        cold_cpu = [after - first for after, first in zip(cpu_seconds(), before, strict=True)]
        cold_cpu[0] -= memory.cpu
        assert report.ok and report.built >= forms, report.failed[:3]
        forms = report.built  # and the OPD's own documents (Rekap Predikat, Matriks)
        started = time.perf_counter()
        again = build(ws_path, out, periode=["akhir"], jobs=2)
        no_change = time.perf_counter() - started
        assert again.built == 0
        one = sorted((ws_path / "opd-001").glob("[0-9]*.yaml"))[-1]  # a staff member, the last of a seksi
        edits: list[tuple[str, float, int, str]] = []
        phases = Phases()
        for what, edit in EDITS:
            one.write_text(edit(one.read_text()))
            started = time.perf_counter()
            phases.reset()
            edited = build(ws_path, out, periode=["akhir"], jobs=2)
            edits.append((what, time.perf_counter() - started, edited.built, phases.line()))
            assert edited.ok and edited.built, what

        os.environ["SKPDOC_NO_COMPOSE"] = "1"
        started = time.perf_counter()
        alone = build(ws_path, root / "out-alone", periode=["akhir"], jobs=2)
        cold_alone = time.perf_counter() - started
        del os.environ["SKPDOC_NO_COMPOSE"]
        assert alone.ok and alone.built == forms, alone.failed[:3]

        docx_files = sorted((out / str(ws.tahun)).rglob("*.docx"))
        (root / "floor").mkdir()
        before = cpu_seconds()
        floor_seconds = floor(docx_files, root / "floor")
        floor_cpu = cpu_seconds()[1] - before[1]

        bundle = out / str(ws.tahun) / "opd-001.pdf"
        parts = sum(p.stat().st_size for p in (out / str(ws.tahun)).rglob("*.pdf") if p != bundle)
        self_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

        build_per_doc = cold / forms
        alone_per_doc = cold_alone / forms
        floor_per_doc = floor_seconds / forms
        print(
            f"naive (docxtpl + soffice per file + merge), {len(sample)} sampled: {naive_per_doc * 1000:8.1f} ms/form "
            f"({1 / naive_per_doc:6.1f} forms/s)"
        )
        print(
            f"floor (2 batch soffice, rendered .docx only)          : {floor_per_doc * 1000:8.1f} ms/form "
            f"({1 / floor_per_doc:6.1f} forms/s)  {floor_seconds:.1f} s"
        )
        print(
            f"skpdoc build, cold (render + convert + bundle)        : {build_per_doc * 1000:8.1f} ms/form "
            f"({1 / build_per_doc:6.1f} forms/s)  {cold:.1f} s"
        )
        print(
            f"  the same, each form converted alone                 : {alone_per_doc * 1000:8.1f} ms/form "
            f"({1 / alone_per_doc:6.1f} forms/s)  {cold_alone:.1f} s"
        )
        print(
            f"ratios: naive/build = {naive_per_doc / build_per_doc:.1f}x   build/floor = {build_per_doc / floor_per_doc:.2f}"
            f"   (forms alone: naive/build = {naive_per_doc / alone_per_doc:.1f}x, "
            f"build/floor = {alone_per_doc / floor_per_doc:.2f})"
        )
        print(
            f"CPU of the cold build: skpdoc {cold_cpu[0]:.1f} s, LibreOffice and its workers {cold_cpu[1]:.1f} s "
            f"({cold_cpu[1] / floor_cpu:.2f} of the floor's {floor_cpu:.1f} s); wall {cold:.1f} s on 2 cores"
        )
        print(f"rebuild, nothing changed: {no_change:.2f} s")
        for what, seconds, built, line in edits:
            print(f"rebuild after editing one spec, {what}: {seconds:.2f} s ({built} documents rebuilt)")
            print(f"    stages, ms from the start: {line}")
        print(
            f"bundle {bundle.stat().st_size / 1e6:.1f} MB vs sum of the parts {parts / 1e6:.1f} MB "
            f"({bundle.stat().st_size / parts:.2f})"
        )
        print(
            f"peak memory of the cold build: {memory.peak / 2**20:.0f} MiB for skpdoc and its LibreOffice workers "
            f"together (skpdoc alone {self_peak:.0f} MiB)"
        )


if __name__ == "__main__":
    main()
