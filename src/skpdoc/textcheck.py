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
table headers, page numbers, the running footer) but never less. A word that
is short is looked for once more as whole consecutive pieces (a line break
splits ``penge-`` / ``lolaan``, a URL over three lines), never inside a longer
word ("layanan" in "pelayanan" does not count); a word longer than a line
(over :data:`LONG_WORD` characters) may be broken across pages with running
heads between its pieces, so for it the PDF must hold at least as many of each
of its characters as the document. The PDF's text comes from PDFium
(pypdfium2): about 2 ms a form, where poppler's ``pdftotext`` takes 13 ms and
pypdf 40 ms (benchmarks/bench_textcheck.py, docs/decisions.md); only when
PDFium misses a word is a second reader asked, and the word is lost only if
both miss it.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

_FALLBACK = re.compile(r"<mc:Fallback\b.*?</mc:Fallback>", re.DOTALL)  # a second copy of a text box's content
_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")
_WORD = re.compile(r"\w+")
#: Longer words are longer than a line of any column: LibreOffice breaks them anywhere, also across pages.
LONG_WORD = 20


#: Invisible format characters (Unicode category Cf): a soft hyphen, a zero-width space or joiner inside a word is
#: printed as nothing (or as a hyphen at a line end), and PDF readers differ on whether they give it back.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]")


def normalise(text: str) -> str:
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).casefold()


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


def second_reader_text(path: Path) -> str | None:
    """The PDF's text as another reader sees it (poppler's ``pdftotext``, else pypdf), or None if there is none.

    PDFium reads a glyph it has no Unicode for as nothing (the ``ḥ`` of Arabic transliteration, as LibreOffice
    embeds it): a word is lost only when this reader cannot find it either.
    """
    tool = shutil.which("pdftotext")
    if tool:
        done = subprocess.run([tool, "-q", "-enc", "UTF-8", str(path), "-"], capture_output=True, timeout=300)
        if done.returncode == 0:
            return done.stdout.decode("utf-8", errors="replace")
    try:
        from pypdf import PdfReader

        return " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    except Exception:  # pypdf raises many kinds on what it cannot read; PDFium's reading then stands
        return None


def missing_words(docx: Path, pdf: Path) -> list[str]:
    """The words of ``docx`` that ``pdf`` lacks, in the .docx's order (each once); empty when it holds them all."""
    body = normalise(docx_text(docx))
    expected = Counter(_WORD.findall(body))
    lost = _lost(expected, body, normalise(pdf_text(pdf)))
    if lost:
        other = second_reader_text(pdf)
        if other is not None:
            lost &= _lost(Counter({word: expected[word] for word in lost}), body, normalise(other))
    order = {word: index for index, word in enumerate(_WORD.findall(body))}
    return sorted(lost, key=lambda word: order.get(word, 0))


def _lost(expected: Counter[str], body: str, printed: str) -> set[str]:
    """The words of ``expected`` that ``printed`` holds fewer times, once line breaks are allowed for."""
    tokens = _WORD.findall(printed)
    counts = Counter(tokens)
    short = [word for word, count in expected.items() if counts[word] < count]
    if not short:
        return set()
    pieces = _Pieces(tokens)
    lost = set()
    for word in short:
        if counts[word] + pieces.spanning(word) >= expected[word]:
            continue  # broken at line ends into whole pieces: "penge-" "lolaan", or a URL over three lines
        if len(word) > LONG_WORD and _letters_cover(word, body, printed):
            continue  # longer than any line: broken over pages, with running heads between its pieces
        lost.add(word)
    return lost


class _Pieces:
    """The PDF's words joined without separators, with where each word starts and ends."""

    def __init__(self, tokens: list[str]) -> None:
        self.joined = "".join(tokens)
        self.starts: set[int] = set()
        self.ends: set[int] = set()
        position = 0
        for token in tokens:
            self.starts.add(position)
            position += len(token)
            self.ends.add(position)

    def spanning(self, word: str) -> int:
        """How often ``word`` is made of two or more whole consecutive words (never part of a longer one:
        "layanan" in "pelayanan" does not count)."""
        found, at = 0, self.joined.find(word)
        while at >= 0:
            end = at + len(word)
            whole = at in self.starts and end in self.ends
            if whole and any(position in self.starts for position in range(at + 1, end)):
                found += 1
            at = self.joined.find(word, at + 1)
        return found


def _letters_cover(word: str, body: str, printed: str) -> bool:
    """Whether the PDF has at least as many of each of the word's characters as the whole document: a very long
    word split by page breaks is all there, and one that lost a part of itself is not."""
    wanted = Counter(char for char in body if char in word)
    have = Counter(char for char in printed if char in word)
    return all(have[char] >= count for char, count in wanted.items())
