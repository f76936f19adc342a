"""How long `skpdoc import roster` takes for a kabupaten's roster of 5,000 people (target: under 10 s).

Generates a SIASN-style "data pegawai" export (.xlsx, the columns SIASN
writes plus the ones it adds that the import ignores) of 40 OPDs shaped like
real ones: a JPT head, a sekretaris with three subbagian, four bidang of three
seksi each, their kepala, and the staff and jabatan fungsional below them.
Imports it into a fresh workspace several times and prints the median, split
into reading the workbook and the rest; then validates the result once.

    python benchmarks/bench_roster.py [--people N] [--opds K] [--runs R]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from skpdoc import validate
from skpdoc.reference import PANGKAT
from skpdoc.roster import import_roster
from skpdoc.roster.read import read_table

HEADER = [
    "PNS ID", "NIP BARU", "NIP LAMA", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "TEMPAT LAHIR", "TGL LAHIR",
    "JENIS KELAMIN", "AGAMA", "JENIS PEGAWAI", "KEDUDUKAN HUKUM", "GOL AKHIR", "TMT GOLONGAN", "MK TAHUN",
    "JENIS JABATAN", "ESELON", "NAMA JABATAN", "TMT JABATAN", "TINGKAT PENDIDIKAN", "NAMA UNOR", "UNOR ATASAN",
    "UNOR INDUK", "INSTANSI INDUK", "LOKASI KERJA",
]  # fmt: skip
OPD_KINDS = ["Dinas", "Badan", "Kecamatan"]
FIELDS = [
    "Pendidikan", "Kesehatan", "Pekerjaan Umum", "Perhubungan", "Pertanian", "Perikanan", "Koperasi",
    "Perdagangan", "Pariwisata", "Sosial", "Lingkungan Hidup", "Kependudukan", "Perencanaan", "Keuangan",
]  # fmt: skip
NAMES = ["Ahmad", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gunawan", "Hesti", "Indra", "Joko", "Kartika", "Lestari"]


class Roster:
    """Rows of a synthetic SIASN export with unique, valid NIPs."""

    def __init__(self, seed: int = 1) -> None:
        self.random = random.Random(seed)
        self.rows: list[list[object]] = []
        self.sequence = 0

    def nip(self, golongan: str) -> str:
        self.sequence += 1
        born = self.random.randint(1965, 1998)
        tmt = min(born + self.random.randint(20, 26), 2023)
        sex = self.random.choice("12")
        return f"{born}{self.random.randint(1, 12):02d}{self.random.randint(1, 28):02d}{tmt}03{sex}{self.sequence % 999 + 1:03d}"

    def add(self, opd: str, jenis: str, eselon: str, jabatan: str, unit: str, atasan: str, golongan: str) -> None:
        nama = f"{self.random.choice(NAMES)} {self.random.choice(NAMES)}wati"
        self.rows.append([
            f"id{len(self.rows)}", self.nip(golongan), "", nama, "", "S.E.", "Sekayu", "1980-01-01", "L", "Islam",
            "PNS Daerah", "Aktif", f"{golongan} - {PANGKAT[golongan]}", "2020-04-01", 10, jenis, eselon, jabatan,
            "2021-01-01", "S1", unit, atasan, opd, "Kabupaten Contoh", "Sekayu",
        ])  # fmt: skip


def make_roster(path: Path, people: int, opds: int) -> int:
    roster = Roster()
    per_opd = people // opds
    for number in range(opds):
        opd = f"{OPD_KINDS[number % 3]} {FIELDS[number % len(FIELDS)]} {number + 1}"
        start = len(roster.rows)
        roster.add(opd, "Jabatan Struktural", "II.b", f"Kepala {opd}", opd, "", "IV/c")
        roster.add(opd, "Jabatan Struktural", "III.a", f"Sekretaris {opd}", "Sekretariat", opd, "IV/b")
        units: list[str] = []
        for sub in ("Umum dan Kepegawaian", "Keuangan", "Perencanaan"):
            unit = f"Subbagian {sub}"
            roster.add(opd, "Jabatan Struktural", "IV.a", f"Kepala {unit}", unit, "Sekretariat", "III/d")
            units.append(unit)
        for b in range(1, 5):
            bidang = f"Bidang {FIELDS[(number + b) % len(FIELDS)]} {b}"
            roster.add(opd, "Jabatan Struktural", "III.b", f"Kepala {bidang}", bidang, opd, "IV/a")
            for s in range(1, 4):
                seksi = f"Seksi {b}.{s} {FIELDS[(number + b + s) % len(FIELDS)]}"
                roster.add(opd, "Jabatan Struktural", "IV.a", f"Kepala {seksi}", seksi, bidang, "III/d")
                units.append(seksi)
        while len(roster.rows) - start < per_opd:
            unit = roster.random.choice(units)
            atasan = "Sekretariat" if unit.startswith("Subbagian") else ""
            if roster.random.random() < 0.3:
                jabatan = f"Analis Kebijakan Ahli {roster.random.choice(['Pertama', 'Muda'])}"
                roster.add(opd, "Jabatan Fungsional Tertentu", "", jabatan, unit, atasan, "III/b")
            else:
                roster.add(opd, "Jabatan Fungsional Umum", "", "Pengadministrasi Perkantoran", unit, atasan, "II/c")
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Data Pegawai")
    sheet.append(HEADER)
    for row in roster.rows:
        sheet.append(row)
    book.save(path)
    return len(roster.rows)


def fresh_workspace(folder: Path) -> Path:
    folder.mkdir()
    (folder / "skpdoc.yaml").write_text("instansi: Pemerintah Kabupaten Contoh\ntahun: 2024\ntempat: Sekayu\n")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=5_000)
    parser.add_argument("--opds", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        roster = Path(tmp) / "siasn.xlsx"
        rows = make_roster(roster, args.people, args.opds)
        print(f"roster: {rows} rows, {args.opds} OPDs, {roster.stat().st_size / 1024:.0f} KiB .xlsx")
        reads, imports = [], []
        for run in range(args.runs):
            started = time.perf_counter()
            read_table(roster)
            reads.append(time.perf_counter() - started)
            root = fresh_workspace(Path(tmp) / f"ws{run}")
            started = time.perf_counter()
            result = import_roster(roster, root)
            imports.append(time.perf_counter() - started)
            assert result.ok, result.problems[:3]
        again = time.perf_counter()
        second = import_roster(roster, root)
        again = time.perf_counter() - again
        assert not second.written and not second.changes
        started = time.perf_counter()
        report = validate([root])
        checked = time.perf_counter() - started
        codes = sorted({p.code for p in report.problems})
        print(f"import (median of {args.runs}): {statistics.median(imports):.2f} s, of which reading the workbook "
              f"{statistics.median(reads):.2f} s; {len(result.written)} files written")  # fmt: skip
        print(f"second import of the same roster (writes nothing): {again:.2f} s")
        print(f"validate on the result: {checked:.2f} s, {len(report.errors)} errors, codes {', '.join(codes)}")


if __name__ == "__main__":
    main()
