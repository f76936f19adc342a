"""`skpdoc export xlsx` and `skpdoc import xlsx` on one OPD of 200 employees (target: under 5 s each).

Generates the OPD as real ones are (benchmarks/synth.py: head, kepala bidang, kepala seksi,
staff; four RHK of three indicators and five evaluations each, ~13,000 workbook rows), then
times, medians of R runs, each import on a fresh copy of the workspace:

1. export of the OPD;
2. import of the workbook as exported (nothing edited: no spec is parsed for writing);
3. import after ~20 edits typed with openpyxl into 20 employees' rows (targets, a realisasi,
   an RHK text), which rewrites those 20 specs through ruamel.yaml and validates the result.

Beside them, the bare floor of the same work: openpyxl writing and reading the same number of
cells with no styles, lists or checks.

    python benchmarks/bench_excel.py [--employees N] [--runs R]
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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openpyxl import Workbook, load_workbook

from skpdoc.excel import export_xlsx, import_xlsx
from synth import make_workspace


def timed(runs: int, setup: Callable[[], None], action: Callable[[], object]) -> float:
    timings = []
    for _ in range(runs):
        setup()
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def edit(book_path: Path, out: Path, employees: int) -> int:
    """Type ~20 edits, one per employee, as a user would; returns how many."""
    book = load_workbook(book_path)
    indikator, realisasi, rhk = book["Indikator"], book["Realisasi"], book["RHK"]
    nips: list[str] = []
    for row in range(2, indikator.max_row + 1):
        nip = indikator.cell(row, 1).value
        if nip and nip not in nips and indikator.cell(row, 4).value == "rhk-1.1":
            nips.append(nip)
            kind = len(nips) % 3
            if kind == 0:
                indikator.cell(row, 8).value = 7  # a target
            elif kind == 1:
                realisasi.cell(row * 5, 7).value = 2.5  # a realisasi (some row of the sheet)
            else:
                rhk.cell(1 + (row + 2) // 3, 7).value = "Tersusunnya dokumen perencanaan yang disempurnakan"
        if len(nips) == employees:
            break
    book.save(out)
    return len(nips)


def floor(cells: int, path: Path) -> tuple[float, float]:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    width = 10
    start = time.perf_counter()
    for r in range(cells // width):
        sheet.append([f"teks {r}", r, 1.5, None, "x", "y", "z", r, "w", "v"])
    book.save(path)
    wrote = time.perf_counter() - start
    start = time.perf_counter()
    read = load_workbook(path, read_only=True)
    for _ in read.active.iter_rows(values_only=True):  # type: ignore[union-attr]
        pass
    return wrote, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        os.environ["SKPDOC_CACHE_DIR"] = str(base / "cache")
        pristine = make_workspace(base / "pristine", args.employees, per_opd=args.employees)
        work = base / "ws"
        book = base / "opd.xlsx"
        edited = base / "edited.xlsx"

        def fresh() -> None:
            shutil.rmtree(work, ignore_errors=True)
            shutil.copytree(pristine, work)

        fresh()
        result = export_xlsx(work, "opd-001", book, force=True)
        cells = sum(result.rows.values()) * 10
        count = edit(book, edited, 20)
        t_export = timed(args.runs, lambda: None, lambda: export_xlsx(work, "opd-001", book, force=True))
        t_plain = timed(args.runs, fresh, lambda: import_xlsx(book, work))
        t_edits = timed(args.runs, fresh, lambda: import_xlsx(edited, work))
        fresh()
        done = import_xlsx(edited, work)
        f_write, f_read = floor(cells, base / "floor.xlsx")
        rows = ", ".join(f"{name} {n}" for name, n in result.rows.items())
        print(
            f"OPD of {result.pegawai} employees: {sum(result.rows.values()):,} rows ({rows}), {book.stat().st_size:,} bytes"
        )
        print(
            f"export xlsx          : median {t_export:.2f} s   (floor: openpyxl writing ~{cells:,} bare cells {f_write:.2f} s)"
        )
        print(f"import, nothing edited: median {t_plain:.2f} s   (floor: openpyxl reading them {f_read:.2f} s)")
        print(
            f"import, {count} edits     : median {t_edits:.2f} s   ({len(done.written)} specs rewritten and validated)"
        )


if __name__ == "__main__":
    main()
