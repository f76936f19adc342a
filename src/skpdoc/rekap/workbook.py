"""The rekap as an Excel workbook: one sheet per OPD, what BKD staff open first."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from skpdoc.files import write_atomic
from skpdoc.messages.labels import columns, label
from skpdoc.model import Workspace
from skpdoc.rekap import RekapOpd
from skpdoc.rekap.formats import distribusi_rows, heading, notes, pegawai_rows, pesan_pimpinan, verdict
from skpdoc.sheets import append, sheet_title


def write_xlsx(ws: Workspace, rekap: Sequence[RekapOpd], path: Path, lang: str = "id") -> None:
    """Write the workbook to ``path`` (atomically); every cell through :mod:`skpdoc.sheets`, so text stays text."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="D9E2F3")
    warn = Font(color="9C5700")
    for r in rekap:
        sheet = book.create_sheet(sheet_title(r.slug))
        append(sheet, [f"{label('rekap.judul', lang)} {r.nama} {ws.tahun}"])
        sheet["A1"].font = Font(bold=True, size=13)
        append(sheet)
        append(sheet, columns("rekap.pegawai", lang))
        for cell in sheet[sheet.max_row]:
            cell.font, cell.fill = bold, head_fill
        first = sheet.max_row + 1
        for no, (row, baris) in enumerate(zip(pegawai_rows(r, lang), r.pegawai, strict=True), 1):
            values: list[object] = list(row)
            values[0], values[8] = no, baris.angka_kredit  # numbers, not the text the other formats print
            append(sheet, values)
        for line in sheet.iter_rows(min_row=first, max_row=sheet.max_row):
            for cell in line:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            line[1].number_format = "@"  # NIP is text: 18 digits would lose precision as a number
        if any(row.predikat and not row.dihitung for row in r.pegawai):
            append(sheet, [label("rekap.catatan", lang)])
        for h in r.pimpinan:
            sheet.cell(append(sheet, [pesan_pimpinan(h, r.periode, lang)]), 1).font = warn
        for d in r.distribusi:
            append(sheet)
            sheet.cell(append(sheet, [heading(r, d, lang)]), 1).font = bold
            append(sheet, columns("rekap.distribusi", lang))
            for cell in sheet[sheet.max_row]:
                cell.font, cell.fill = bold, head_fill
            for name, count, share in distribusi_rows(d, lang):
                at = append(sheet, [name, int(count), int(share.rstrip("%")) / 100 if share else None])
                sheet.cell(at, 3).number_format = "0%"
            rules, broken = notes(r, d, ws, lang)
            for rule in rules:
                append(sheet, [f"{label('rekap.pola', lang)}: {rule}"])
            for text in broken:
                sheet.cell(append(sheet, [text]), 1).font = warn
            if verdict(d, lang):
                append(sheet, [verdict(d, lang)])
        for column, width in zip("ABCDEFGHI", (5, 21, 32, 40, 32, 20, 20, 18, 8), strict=True):
            sheet.column_dimensions[column].width = width
        sheet.freeze_panes = "A4"
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomic(path, buffer.getvalue())
