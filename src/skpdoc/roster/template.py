"""The blank workbook of skpdoc's simple roster layout (``skpdoc import roster --template FILE.xlsx``).

The NIP and penilai columns are formatted as Text before anyone types in
them, so Excel keeps all 18 digits; the columns with a fixed set of values
offer them as a drop-down list. A second sheet explains every column.
"""

from __future__ import annotations

import io
from pathlib import Path

from skpdoc.errors import UsageError
from skpdoc.files import write_atomic
from skpdoc.reference import JENIS_JABATAN, JENJANG
from skpdoc.roster.layout import SIMPLE_COLUMNS

#: column -> (what it holds, an example), in Indonesian: the officers' language.
GUIDE: dict[str, tuple[str, str]] = {
    "nip": ("NIP (PNS) atau NI PPPK, 18 angka; kolom berformat Teks agar tidak terpotong", "198703122010012004"),
    "nama": ("Nama lengkap dengan gelar, seperti dicetak di formulir", "Rina Marlina, S.Kom."),
    "status": ("pns atau pppk; kosong berarti pns", "pns"),
    "pangkat": ("Boleh kosong: diturunkan dari golongan (PNS); PPPK tidak berpangkat", "Penata"),
    "golongan": ("PNS I/a s.d. IV/e; PPPK I s.d. XVII", "III/c"),
    "jabatan": ("Nama jabatan, seperti dicetak", "Kepala Seksi Layanan E-Government"),
    "jenis_jabatan": ("jpt-pratama, administrator, pengawas, pelaksana, fungsional, ...", "pengawas"),
    "jenjang": ("Hanya jabatan fungsional; kosong: dibaca dari nama jabatan bila jelas", "ahli-pertama"),
    "opd": (
        "Nama OPD, mis. Badan Perencanaan Pembangunan Daerah; menjadi nama folder",
        "Dinas Komunikasi dan Informatika",
    ),
    "unit": ("Nama unit kerja (bidang, seksi, subbagian); kosong: langsung di bawah kepala OPD", "Seksi E-Government"),
    "induk_unit": ("Nama unit di atas unit itu; kosong: langsung di bawah kepala OPD", "Bidang Aplikasi Informatika"),
    "penilai": (
        "NIP pejabat penilai; kosong untuk kepala OPD, atau agar skpdoc mengusulkan atasannya",
        "197912102005011003",
    ),
}
ROWS_FORMATTED = 10_000


def write_template(path: Path) -> None:
    """Write the template to ``path`` (an .xlsx that does not exist yet)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from skpdoc import sheets

    if path.suffix.lower() != ".xlsx":
        raise UsageError(code="M024", subject=str(path))
    if path.exists():
        raise UsageError(code="M023", subject=str(path))
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Pegawai"
    sheets.append(sheet, SIMPLE_COLUMNS)
    sheet.freeze_panes = "A2"
    for index, name in enumerate(SIMPLE_COLUMNS, 1):
        letter = get_column_letter(index)
        sheet.cell(1, index).font = Font(bold=True)
        sheet.column_dimensions[letter].width = max(14, len(GUIDE[name][1]) + 2)
        if name in ("nip", "penilai"):
            # Cells typed later keep the column's format: Text, so 18 digits stay 18 digits.
            for row in range(2, ROWS_FORMATTED + 2):
                sheet.cell(row, index).number_format = "@"
    choices = {"status": ["pns", "pppk"], "jenis_jabatan": list(JENIS_JABATAN), "jenjang": list(JENJANG)}
    for name, values in choices.items():
        letter = get_column_letter(SIMPLE_COLUMNS.index(name) + 1)
        rule = DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True)
        rule.add(f"{letter}2:{letter}{ROWS_FORMATTED + 1}")
        sheet.add_data_validation(rule)
    guide = book.create_sheet("Petunjuk")
    sheets.append(guide, ["kolom", "isi", "contoh"])
    for name in SIMPLE_COLUMNS:
        sheets.append(guide, [name, *GUIDE[name]])
    guide.column_dimensions["A"].width = 14
    guide.column_dimensions["B"].width = 90
    guide.column_dimensions["C"].width = 36
    out = io.BytesIO()
    book.save(out)
    write_atomic(path, out.getvalue())
