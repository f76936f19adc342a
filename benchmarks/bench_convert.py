"""How fast skpdoc.convert turns .docx into PDF, beside plain soffice in the same run.

Generates N two-page forms with python-docx (Calibri, tables, ~2 pages each),
then takes the median of R runs of:

  (a) one ``soffice --convert-to pdf`` per file, on the first few files only (slow);
  (b) the floor: J batch ``soffice --convert-to pdf`` processes, each with its own
      profile, over J slices of the files (start-up included);
  (c) ``Converter(jobs=J)`` cold (a new Converter: start-up included) and warm
      (a second ``convert`` on the same Converter).

It prints ms/doc, docs/min, ratios to the floor (b) and to (a), and the peak
RSS (VmHWM) of one soffice.bin for each method; then the Converter's start-up
time and the cost of its pypdf check of each PDF.

    python benchmarks/bench_convert.py [--docs N] [--runs R] [--jobs J] [--per-file K]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import docx
from docx.shared import Mm, Pt
from pypdf import PdfReader

from skpdoc.convert import Converter, check_pdf, find_soffice


def make_form(path: Path, n: int) -> None:
    """A stand-in two-page form: header block, an assignments table, paragraphs, a signature."""
    document = docx.Document()
    section = document.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Calibri", Pt(10.5)
    section.header.paragraphs[0].text = "SASARAN KINERJA PEGAWAI — Pemerintah Kabupaten Contoh"
    document.add_heading(f"Formulir SKP nomor {n:05d}", level=1)
    header = [
        ("Nama", f"Pegawai {n} Zoë Weiß", "Jabatan", "Pranata Komputer Ahli Muda"),
        ("NIP", f"19850101201001{n:04d}", "Unit kerja", "Bidang Aplikasi Informatika"),
        ("Pangkat", "Penata", "Golongan", "III/c"),
        ("Penilai", "Ir. Ahmad Fauzi, M.Si.", "NIP penilai", "197503152000031002"),
        ("Periode", "1 Januari – 31 Desember 2024", "Pendekatan", "Kuantitatif"),
    ]
    grid = document.add_table(rows=len(header), cols=4, style="Table Grid")
    for r, row in enumerate(header):
        for c, text in enumerate(row):
            grid.cell(r, c).text = text
    document.add_paragraph()
    table = document.add_table(rows=1, cols=5, style="Table Grid")
    for c, head in enumerate(["No", "Rencana hasil kerja", "Indikator", "Target", "Realisasi"]):
        table.rows[0].cells[c].text = head
    for r in range(14):
        cells = table.add_row().cells
        values = [str(r + 1), f"Meningkatnya layanan {r} & kualitas <data>", "Indeks kepuasan", "90 %", f"{80 + r} %"]
        for c, value in enumerate(values):
            cells[c].text = value
    for k in range(9):
        document.add_paragraph(
            f"Paragraf pernyataan {k + 1}. Pegawai yang bersangkutan telah melaksanakan tugas sesuai dengan "
            "ketentuan peraturan perundang-undangan yang berlaku, dan hasilnya dinilai oleh pejabat penilai kinerja."
        )
    document.add_paragraph("Kota Contoh, 31 Desember 2024\nPejabat Penilai Kinerja\n\n\n\nDrs. H. Sekda, M.Si.")
    document.save(str(path))


class PeakRss:
    """Samples VmHWM (peak RSS) of the soffice.bin processes in the given process groups."""

    def __init__(self, groups: Callable[[], Iterable[int]]) -> None:
        self.groups, self.peaks = groups, dict[int, int]()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.1):
            wanted = set(self.groups())
            for entry in Path("/proc").iterdir():
                try:
                    stat = (entry / "stat").read_text()
                    if "(soffice.bin)" not in stat or int(stat.rsplit(")", 1)[1].split()[2]) not in wanted:
                        continue
                    kb = int((entry / "status").read_text().split("VmHWM:")[1].split()[0])
                except (OSError, ValueError, IndexError):  # gone, or a zombie
                    continue
                self.peaks[int(entry.name)] = max(kb, self.peaks.get(int(entry.name), 0))

    def stop(self) -> int:
        """The highest peak, in MB."""
        self._stop.set()
        self._thread.join()
        return max(self.peaks.values(), default=0) // 1024


def pids_of(procs: list[subprocess.Popen[bytes]]) -> Callable[[], list[int]]:
    return lambda: [p.pid for p in procs]  # each started in its own session: pid = process group


def soffice_batch(soffice: str, profile: Path, outdir: Path, files: list[Path]) -> subprocess.Popen[bytes]:
    args = [soffice, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}"]
    args += ["--convert-to", "pdf", "--outdir", str(outdir), *map(str, files)]
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--per-file", type=int, default=10, help="documents for method (a)")
    args = parser.parse_args()
    soffice = find_soffice()

    with tempfile.TemporaryDirectory(prefix="bench-convert-") as tmp:
        root = Path(tmp)
        files = [root / "docx" / f"form-{n:05d}.docx" for n in range(args.docs)]
        files[0].parent.mkdir()
        started = time.perf_counter()
        for n, path in enumerate(files):
            make_form(path, n)
        print(f"{args.docs} forms generated in {time.perf_counter() - started:.1f} s", flush=True)

        times: dict[str, list[float]] = {}
        rss: dict[str, int] = {}
        checks: list[float] = []
        startups: list[float] = []

        def record(name: str, seconds: float, docs: int, peak: int) -> None:
            times.setdefault(name, []).append(seconds / docs)
            rss[name] = max(rss.get(name, 0), peak)
            print(f"  {name}: {seconds:.2f} s for {docs} docs", flush=True)

        for run in range(args.runs):
            print(f"run {run + 1}/{args.runs}", flush=True)
            out = root / f"run{run}"

            few = files[: args.per_file]  # (a) one soffice per file
            single: list[subprocess.Popen[bytes]] = []
            sampler = PeakRss(pids_of(single))
            started = time.perf_counter()
            for path in few:
                single[:] = [soffice_batch(soffice, root / "profile-a", out / "a", [path])]
                single[0].wait()
            record("(a) soffice per file", time.perf_counter() - started, len(few), sampler.stop())

            slices = [files[j :: args.jobs] for j in range(args.jobs)]  # (b) the floor
            batch: list[subprocess.Popen[bytes]] = []
            sampler = PeakRss(pids_of(batch))
            started = time.perf_counter()
            batch[:] = [
                soffice_batch(soffice, root / f"run{run}-b{j}", out / "b", part) for j, part in enumerate(slices)
            ]
            for proc in batch:
                proc.wait()
            record(f"(b) {args.jobs} batch soffice", time.perf_counter() - started, len(files), sampler.stop())
            made = sorted((out / "b").glob("*.pdf"))
            assert len(made) == len(files), f"batch soffice made {len(made)} of {len(files)} PDFs"

            items = [(path, out / "c" / path.with_suffix(".pdf").name) for path in files]  # (c) Converter
            started = time.perf_counter()
            with Converter(jobs=args.jobs) as conv:
                sampler = PeakRss(lambda: conv.process_groups)
                report = conv.convert(items)
                cold = time.perf_counter() - started
                assert not report.failed, report.failed[:3]
                started = time.perf_counter()
                report = conv.convert(items)
                warm = time.perf_counter() - started
                assert not report.failed, report.failed[:3]
                peaks = sampler.stop()
            record(f"(c) Converter(jobs={args.jobs}) cold", cold, len(files), peaks)
            record(f"(c) Converter(jobs={args.jobs}) warm", warm, len(files), peaks)

            started = time.perf_counter()
            assert all(check_pdf(pdf) is None for _, pdf in items)
            checks.append((time.perf_counter() - started) / len(files))
            startups.append(cold - warm)
            assert [len(PdfReader(pdf).pages) for _, pdf in items[:3]] == [2, 2, 2]
            shutil.rmtree(out)

    ms = {name: statistics.median(values) * 1000 for name, values in times.items()}
    floor, per_file = ms[f"(b) {args.jobs} batch soffice"], ms["(a) soffice per file"]
    print(
        f"\nmedian of {args.runs} runs, N={args.docs} ((a): first {args.per_file}), jobs={args.jobs}, {os.cpu_count()} CPUs"
    )
    print(f"{'method':34} {'ms/doc':>7} {'docs/min':>9} {'÷ (b)':>6} {'(a) ÷':>6}  peak RSS of one soffice.bin")
    for name, value in ms.items():
        print(
            f"{name:34} {value:7.1f} {60_000 / value:9.0f} {value / floor:6.2f} {per_file / value:6.1f}  {rss[name]} MB"
        )
    print(f"Converter start-up, (cold − warm) × N: {statistics.median(startups):.2f} s")
    print(f"pypdf check per PDF (inside Converter, serial in the parent): {statistics.median(checks) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
