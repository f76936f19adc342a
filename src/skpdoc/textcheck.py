"""Does a PDF hold every word of the .docx it was made from?

LibreOffice can drop text without a word of warning: a table row that may not
split and is taller than a page is clipped at the page's end (see
:mod:`skpdoc.render.rows`), a frame too small for its text hides the rest. A
signed form that silently lacks part of an RHK is worse than no form, so the
build compares, for every PDF it converts, the words of the document's body
with the words the PDF's text layer holds, and fails the form when any is
missing.

Words are compared as multisets of normalised tokens (NFKC, case-folded, runs
of letters and digits): a word may appear more often in the PDF (repeated
table headers, page numbers, the running footer) but never less. A token that
is missing as a whole is looked for once more among the PDF's letters without
any separator, since a line break can split or join a hyphenated word
(``e-`` / ``government``). The PDF's text comes from PDFium (pypdfium2): about
2 ms a form, where poppler's ``pdftotext`` takes 13 ms and pypdf 40 ms
(benchmarks/bench_textcheck.py, docs/decisions.md).
"""

from __future__ import annotations

import html
import re
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

_FALLBACK = re.compile(r"<mc:Fallback\b.*?</mc:Fallback>", re.DOTALL)  # a second copy of a text box's content
_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")
_WORD = re.compile(r"\w+")
_NOT_WORD = re.compile(r"\W+")


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def words(text: str) -> Counter[str]:
    """The normalised words of ``text``, counted."""
    return Counter(_WORD.findall(normalise(text)))


def docx_text(path: Path) -> str:
    """The text of a .docx's body, paragraph by paragraph."""
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    xml = _FALLBACK.sub("", xml)
    return " ".join(html.unescape(text) for text in _TEXT.findall(xml))


def pdf_text(path: Path) -> str:
    """The text layer of a PDF, page by page."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        texts = []
        for page in document:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(texts)
    finally:
        document.close()


def missing_words(docx: Path, pdf: Path) -> list[str]:
    """The words of ``docx`` that ``pdf`` lacks, in the .docx's order (each once); empty when it holds them all."""
    expected = words(docx_text(docx))
    printed_text = pdf_text(pdf)
    printed = words(printed_text)
    short = expected - printed
    if not short:
        return []
    letters = _NOT_WORD.sub("", normalise(printed_text))
    lost = [word for word in short if letters.count(word) < expected[word]]
    order = {word: index for index, word in enumerate(_WORD.findall(normalise(docx_text(docx))))}
    return sorted(lost, key=lambda word: order.get(word, 0))
