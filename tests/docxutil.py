"""Build small .docx templates for tests, and read rendered ones back."""

from __future__ import annotations

import io
from pathlib import Path

import docx


def make_docx(path: Path, paragraphs: list[str | list[str]], table: list[list[str]] | None = None) -> Path:
    """A .docx whose paragraphs are the given strings; a list makes one paragraph of several runs."""
    document = docx.Document()
    for item in paragraphs:
        paragraph = document.add_paragraph()
        for run in [item] if isinstance(item, str) else item:
            paragraph.add_run(run)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def texts(data: bytes) -> list[str]:
    """Paragraph texts of a rendered .docx (body only)."""
    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]


def table_texts(data: bytes, index: int = 0) -> list[list[str]]:
    table = docx.Document(io.BytesIO(data)).tables[index]
    return [[cell.text for cell in row.cells] for row in table.rows]
