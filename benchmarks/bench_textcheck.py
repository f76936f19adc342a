"""What keeping every word costs per form: the row-height estimate at render time and the PDF's word check.

Builds the example workspace (specs/) into a temporary folder, then, over every
form it produced, times side by side in one run:

* rendering the form (view model + template) with the row-height pass, and the
  pass alone (:func:`skpdoc.render.rows.split_tall_rows` on the rendered XML);
* the word check (:func:`skpdoc.textcheck.missing_words`), whose PDF text
  comes from PDFium, beside the same check reading the PDF with poppler's
  ``pdftotext`` and with pypdf (the alternatives it was chosen over).

Prints medians in ms per form and the share of the render and of the build's
per-form time (measured by the same build) each adds.

    python benchmarks/bench_textcheck.py [--runs R] [--out DIR]
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from skpdoc import textcheck
from skpdoc.api import load_workspace
from skpdoc.build import build
from skpdoc.render import rows, viewmodel
from skpdoc.render.pipeline import TemplateSet, plan

REPO = Path(__file__).resolve().parent.parent


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _pdftotext(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-q", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
    ).stdout.decode()


def _pypdf(pdf: Path) -> str:
    from pypdf import PdfReader

    return " ".join(page.extract_text() or "" for page in PdfReader(pdf).pages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None, help="build here (default: a temporary folder)")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="bench-textcheck-"))
    started = time.perf_counter()
    report = build(REPO / "specs", out)
    build_seconds = time.perf_counter() - started
    forms = report.built + report.skipped
    print(
        f"build of the example: {forms} documents in {build_seconds:.1f} s = {build_seconds / forms * 1000:.1f} ms/form"
    )

    ws = load_workspace(REPO / "specs")
    templates = TemplateSet.for_workspace(ws)
    jobs = plan(ws)
    render, split = [], []
    for _ in range(args.runs):
        for job in jobs:
            compiled = templates.compiled(job.template)
            t0 = time.perf_counter()
            data = compiled.render(viewmodel.build(ws, ws.pegawai[job.nip], job.form, job.periode).context())
            render.append(time.perf_counter() - t0)
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                xml = archive.read("word/document.xml").decode()
            t0 = time.perf_counter()
            rows.split_tall_rows(xml, compiled.styles)
            split.append(time.perf_counter() - t0)

    pairs = [(d, d.with_suffix(".pdf")) for d in sorted((out / str(ws.tahun)).rglob("*.docx"))]
    pairs = [(d, p) for d, p in pairs if p.is_file()]
    readers = {"pdfium": textcheck.pdf_text, "pdftotext": _pdftotext, "pypdf": _pypdf}
    checks: dict[str, list[float]] = {name: [] for name in readers}
    for _ in range(args.runs):
        for docx, pdf in pairs:
            for name, reader in readers.items():
                if name != "pdfium" and len(checks[name]) >= 150:
                    continue  # the slower readers on a sample
                t0 = time.perf_counter()
                expected = textcheck.words(textcheck.docx_text(docx))
                assert not expected - textcheck.words(reader(pdf)), (name, docx)
                checks[name].append(time.perf_counter() - t0)

    per_form = build_seconds / forms * 1000
    print(f"render, median                      {median_ms(render):7.2f} ms/form  ({len(jobs)} forms x {args.runs})")
    print(
        f"  of which the row-height pass      {median_ms(split):7.2f} ms/form  "
        f"= {median_ms(split) / median_ms(render):.0%} of the render"
    )
    base = median_ms(checks["pdfium"])
    for name, samples in checks.items():
        print(
            f"word check, PDF read by {name:10}  {median_ms(samples):7.2f} ms/form  "
            f"= {median_ms(samples) / per_form:4.0%} of the build's ms/form, {median_ms(samples) / base:4.1f}x pdfium"
            f"  ({len(samples)} PDFs)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
