"""Assembling one OPD's bundle, beside pypdf's own way of merging the same parts in the same run.

Builds (once) one OPD of N employees with its four forms for the annual
evaluation (benchmarks/synth.py, `skpdoc build`, so real LibreOffice PDFs),
then alternates R times:

  (a) pypdf's own merge: ``PdfWriter.append`` of every part, then
      ``compress_identical_objects`` (which is what makes the bundle half the size
      of its parts), then ``write``: no cover, stamps or bookmarks;
  (b) pikepdf (qpdf): every part's pages appended to a new PDF, then saved
      (qpdf shares nothing between parts: no deduplication of the fonts);
  (c) ``skpdoc.bundle.assemble.assemble`` with no cache of the parts' digests
      (every part read: a first build): all of (a) plus the cover and
      contents, nested bookmarks, page labels and "Halaman k dari N" stamps;
  (d) the same with the parts' digests cached (a rebuild: no part parsed).

It prints the median seconds of each, and each output's size against the sum
of its parts.

    python benchmarks/bench_bundle.py [--employees N] [--runs R] [--out DIR]

``--out`` keeps the build there, so a second run skips straight to the timing.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfWriter

sys.path.insert(0, str(Path(__file__).resolve().parent))
import skpdoc
from skpdoc.build import build
from skpdoc.bundle.assemble import Contents, Part, Person, assemble
from skpdoc.model import ordered_people
from synth import make_workspace

TITLES = {
    "skp": "SKP",
    "lampiran": "Lampiran SKP",
    "evaluasi": "Evaluasi Kinerja",
    "dokumen-evaluasi": "Dokumen Evaluasi",
}
ORDER = list(TITLES)


def people(ws: skpdoc.model.Workspace, root: Path, slug: str) -> list[Person]:
    """The OPD's people and their PDFs, in print order, from the build's manifest."""
    outputs = json.loads((root / "manifest.json").read_text())["outputs"].values()
    by_nip: dict[str, list[dict[str, str]]] = {}
    for entry in outputs:
        if "nip" in entry:  # not the OPD's own documents (rekap, matriks)
            by_nip.setdefault(entry["nip"], []).append(entry)
    result = []
    for pegawai, units in ordered_people(ws, slug):
        entries = sorted(by_nip.get(pegawai.nip, []), key=lambda e: ORDER.index(e["form"]))
        parts = tuple(Part(TITLES[e["form"]], root / e["pdf"], e["docx"]) for e in entries)
        result.append(Person(pegawai.nama, pegawai.nip, pegawai.identitas.jabatan, units, parts))
    return result


def pypdf_merge(parts: list[Path]) -> bytes:
    writer = PdfWriter()
    for pdf in parts:
        writer.append(pdf, import_outline=False)
    writer.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pikepdf_merge(parts: list[Path]) -> bytes:
    import pikepdf

    merged = pikepdf.Pdf.new()
    sources = [pikepdf.Pdf.open(pdf) for pdf in parts]
    for source in sources:
        merged.pages.extend(source.pages)
    buffer = io.BytesIO()
    merged.save(buffer)
    for source in sources:
        source.close()
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, help="keep the workspace and its build here (reused when present)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = args.out or Path(tmp)
        ws_path = base / "ws"
        if not (ws_path / "skpdoc.yaml").is_file():
            make_workspace(ws_path, args.employees, per_opd=args.employees)
        ws = skpdoc.load_workspace(ws_path)
        started = time.perf_counter()
        report = build(ws_path, base / "out", periode=["akhir"], jobs=2)
        assert report.ok, report.failed[:3]
        print(f"build: {report.built} forms built, {report.skipped} up to date, {time.perf_counter() - started:.1f} s")

        root = base / "out" / str(ws.tahun)
        slug = sorted(ws.opds)[0]
        crew = people(ws, root, slug)
        parts = [part.pdf for person in crew for part in person.parts]
        size = sum(pdf.stat().st_size for pdf in parts)
        target = base / "bundle.pdf"
        timings: dict[str, list[float]] = {"pypdf": [], "pikepdf": [], "cold": [], "cached": []}
        sizes: dict[str, int] = {}
        contents = Contents(ws.instansi, ws.opds[slug].nama, ws.tahun, "Akhir", crew)
        assemble(target, contents)  # the digests cached for (d)
        for _ in range(args.runs):
            for name, merge in (("pypdf", pypdf_merge), ("pikepdf", pikepdf_merge)):
                started = time.perf_counter()
                sizes[name] = len(merge(parts))
                timings[name].append(time.perf_counter() - started)
            for name, cache in (("cold", False), ("cached", True)):
                started = time.perf_counter()
                result = assemble(target, contents, cache=cache)
                timings[name].append(time.perf_counter() - started)
                sizes[name] = target.stat().st_size

        print(
            f"{len(crew)} employees, {len(parts)} parts, {result.pages} pages in the bundle, parts {size / 1e6:.1f} MB"
        )
        for name, label in (
            ("pypdf", "(a) pypdf append + compress_identical_objects"),
            ("pikepdf", "(b) pikepdf pages.extend + save"),
            ("cold", "(c) skpdoc assemble, every part read (+ cover, stamps, bookmarks)"),
            ("cached", "(d) skpdoc assemble, the parts' digests cached (a rebuild)"),
        ):
            runs = " ".join(f"{s:.2f}" for s in timings[name])
            print(
                f"{label}: median {statistics.median(timings[name]):.2f} s ({runs}); "
                f"{sizes[name] / 1e6:.1f} MB = {sizes[name] / size:.2f} of the parts"
            )


if __name__ == "__main__":
    main()
