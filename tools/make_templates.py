#!/usr/bin/env python3
"""(Re)build the built-in Word templates ``templates/docx/*.docx``.

Every form is built here from code (python-docx, plus lxml for the table and
field XML python-docx does not cover), so a change to a form is a reviewable
diff of this script rather than of a binary file. The templates use the
docxtpl (python-docx-template 0.20) language; the context they receive is
:class:`skpdoc.render.viewmodel.Form` and ``templates/docx/README.md`` lists
its names for template authors.

Layouts follow ``shared/reference/skp-domain.md`` §0, §2 and §3 (the forms of
the Lampiran of PermenPANRB 6/2022): SKP and Evaluasi on A4 landscape (their
tables are wide), Lampiran and Dokumen Evaluasi on A4 portrait.

Output is deterministic (same bytes on every run on the same library
versions): fixed document properties, fixed zip timestamps, no random ids,
charts drawn with a fixed font. Run from the repository root::

    .venv/bin/python tools/make_templates.py

Needs python-docx, lxml and matplotlib (the ``dev`` extra).
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm
from docx.table import _Cell

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "templates" / "docx"
sys.path.insert(0, str(ROOT / "src"))

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_blocks import (  # noqa: E402  (tools/ is on sys.path when this file runs)
    BAGIAN,
    kop_block,
    label_grid,
    label_rows,
    lambang_block,
    paired_table,
    signature,
    signature_row,
    title_block,
)
from docx_kit import (  # noqa: E402  (tools/ is on sys.path when this file runs)
    LIST_INDENT_MM,
    NUMBER_INDENT_MM,
    S_NOTE,
    S_TABLE_HEAD,
    S_TEXT,
    S_TEXT_SMALL,
    SHADE_HEADER,
    SHADE_SECTION,
    C,
    Grid,
    control,
    dash_list,
    new_document,
    page_footer,
    par,
    spacer,
    text_width,
    to_bytes,
)
from form_matriks import matriks  # noqa: E402
from form_rekap import rekap  # noqa: E402
from kurva import KURVA_WIDTH_MM, kurva_png  # noqa: E402
from skpdoc.files import write_atomic  # noqa: E402
from skpdoc.reference import CAPAIAN_ORGANISASI  # noqa: E402  (the slugs of pola_distribusi)

# --------------------------------------------------------------------------
# Blocks shared by the forms
# --------------------------------------------------------------------------


def form_title(doc: Document, *, head: Callable[[Document], None] = kop_block) -> None:
    """``head`` (the kop surat, or the Garuda), the centred judul lines, then instansi/OPD (left) and the
    periode (right)."""
    head(doc)
    # Landscape: instansi/OPD and the periode side by side. Portrait is too narrow for both on a line
    # (the periode needs ~100 mm at 9 pt, the longest OPD names 112 mm): stacked, each on a line of its own.
    landscape = text_width(doc) > 200
    title_block(
        doc,
        "{{ j }}",
        loop="j in judul",
        right=("PERIODE PENILAIAN: ", "{{ periode_penilaian }}"),
        split=(0.55, 0.45) if landscape else None,
        style=S_TEXT if landscape else S_TEXT_SMALL,
    )


IDENTITAS = (
    ("1", "NAMA", "nama"),
    ("2", None, "nip"),  # label from the view model: NIP, NI PPPK, or on the JPT forms the penilai's NIP (*opsional)
    ("3", "PANGKAT/GOL RUANG", "pangkat"),
    ("4", "JABATAN", "jabatan"),
    ("5", None, "unit_kerja"),  # label from the view model: UNIT KERJA or INSTANSI
)


def identitas_label(who: str, label: str | None, field: str) -> str:
    return label or f"{{{{ {who}.{'label_nip' if field == 'nip' else 'label_unit'} }}}}"


def header_block(doc: Document) -> None:
    """§2.1: NO | PEGAWAI YANG DINILAI beside NO | PEJABAT PENILAI KINERJA, rows 1–5."""
    width = text_width(doc)
    # The label column holds "PANGKAT/GOL RUANG" on one line (34.5 mm at 9 pt, plus the cell's margins).
    no, label = (9, 38) if width > 200 else (8, 38.5)  # landscape / portrait
    value = (width - 2 * (no + label)) / 2

    def side(who: str, n: str, label_text: str | None, field: str) -> tuple[str, str, str]:
        return n, identitas_label(who, label_text, field), f"{{{{ {who}.{field} }}}}"

    rows = [(*side("pegawai", *item), *side("penilai", *item)) for item in IDENTITAS]
    paired_table(
        doc,
        (no, label, value, no, label, value),
        ("PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA"),
        rows,
        centred=(True, False, False, True, False, False),
    )


def signatures(doc: Document, *, pegawai: bool) -> None:
    """Place/date + Pejabat Penilai Kinerja (right); with ``pegawai`` the Pegawai yang Dinilai
    too (left, §2.7: SKP, Lampiran), without it the penilai signs alone (§3.1: Evaluasi)."""
    spacer(doc)
    left, right = signature_row(doc)
    if pegawai:
        signature(left, None, ("Pegawai yang Dinilai",), "pegawai")
    signature(right, "{{ tempat_tanggal }}", ("Pejabat Penilai Kinerja",), "penilai", optional_nip=True)


def footer(doc: Document) -> None:
    """Employee name/NIP (left), the form's name and its own page count (right); the page header stays empty."""
    page_footer(doc, "{{ pegawai.nama }} — {{ pegawai.label_nip }} {{ pegawai.nip }}", "{{ nama_formulir }}")


# The forms' own footnotes, as in the Lampiran of PermenPANRB 6/2022 (reference §2.2).
CATATAN_INTERVENSI = (
    "* Dalam hal rencana hasil kerja Pimpinan yang diintervensi adalah hasil kerja pejabat pimpinan tinggi dan "
    "Pimpinan unit kerja mandiri/organisasi maka dituliskan rencana hasil kerja beserta indikator kinerja individu "
    "pejabat pimpinan tinggi dan Pimpinan unit kerja mandiri atau sasaran dan indikator kinerja organisasi yang "
    "diintervensi"
)
CATATAN_EKSPEKTASI = (
    "** Pimpinan dapat memberikan Ekspektasi khusus terhadap satu atau lebih aspek perilaku kerja Pegawai"
)
PERILAKU_KERJA = "PERILAKU KERJA**"


def footnotes(doc: Document, *, intervensi: bool) -> None:
    """Under the signatures: * (the intervened RHK, on the forms with column (2)) and ** (Ekspektasi Khusus)."""
    spacer(doc)
    notes = (CATATAN_INTERVENSI, CATATAN_EKSPEKTASI) if intervensi else (CATATAN_EKSPEKTASI,)
    # In a borderless table: a form then ends with a table, as it did with the signatures last, and the
    # paragraph skpdoc.convert.compose ends a composed form's section with stays an empty one of its own.
    (cell,) = Grid(doc, (text_width(doc),), lines=False).row(C(), cant_split=True)
    for note in notes:
        par(cell, note, style=S_NOTE, italic=True)


# --------------------------------------------------------------------------
# HASIL KERJA
# --------------------------------------------------------------------------

CellWriter = Callable[[_Cell], None]


def text(tag: str, *, center: bool = False) -> CellWriter:
    def write(cell: _Cell) -> None:
        par(cell, tag, align=WD_ALIGN_PARAGRAPH.CENTER if center else None)

    return write


def merged(tag: str, *, center: bool = False) -> CellWriter:
    """A cell of the RHK merged over its indicator rows (``{% vm %}`` in the same run)."""
    return text("{% vm %}" + tag, center=center)


def intervensi_with_iki(cell: _Cell) -> None:
    """JA/JF column (2): the leader's RHK; a JPT's with its IKI under it (footnote *). Merged over the
    indicators, so the IKI need their own ``loop.first`` test (see :func:`rhk_with_asal`)."""
    par(cell, "{% vm %}{{ r.intervensi }}")
    control(cell, "{%p if loop.first and r.intervensi_iki %}")
    par(cell, "IKI:", italic=True)
    control(cell, "{%p for k in r.intervensi_iki %}")
    par(cell, "-\t", "{{ k }}", hanging_mm=LIST_INDENT_MM, italic=True)
    control(cell, "{%p endfor %}")
    control(cell, "{%p endif %}")


def rhk_with_asal(cell: _Cell) -> None:
    """JPT (§0): the RHK, its origin "(Penugasan dari …)" under it; merged over its indicators.

    On the later indicator rows ``{% vm %}`` only blanks the text that holds it,
    so the origin paragraph needs its own ``loop.first`` test.
    """
    par(cell, "{% vm %}{{ r.rhk }}")
    control(cell, "{%p if loop.first and r.asal %}")
    par(cell, "({{ r.asal }})", italic=True)
    control(cell, "{%p endif %}")


@dataclass(frozen=True)
class Column:
    title: str
    skp_mm: float  # width on the SKP
    evaluasi_mm: float  # width on the Evaluasi (two more columns)
    write: CellWriter


REALISASI = "REALISASI BERDASARKAN BUKTI DUKUNG"
UMPAN_BALIK = "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG"

# §2.2, §3.1: (1)–(6), Evaluasi (7)(8). NO/intervensi/RHK span the RHK's rows.
# Column (2) holds a JPT's RHK with its IKI (footnote *): on the Evaluasi it is wider than the RHK's own.
COLUMNS_JA_JF = (
    Column("NO", 10, 9, merged("{{ r.no }}", center=True)),
    Column("RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI*", 62, 47, intervensi_with_iki),
    Column("RENCANA HASIL KERJA", 62, 38, merged("{{ r.rhk }}")),
    Column("ASPEK", 22, 18, text("{{ i.aspek }}", center=True)),
    Column("INDIKATOR KINERJA INDIVIDU", 81, 44, text("{{ i.indikator }}")),
    Column("TARGET", 30, 22, text("{{ i.target }}", center=True)),
)
# §0, §2.3, §3.1: (1)–(5), Evaluasi (6)(7); no intervensi column, origin under the RHK.
COLUMNS_JPT = (
    Column("NO", 10, 9, merged("{{ r.no }}", center=True)),
    Column("RENCANA HASIL KERJA", 95, 60, rhk_with_asal),
    Column("INDIKATOR KINERJA INDIVIDU", 92, 55, text("{{ i.indikator }}")),
    Column("TARGET", 32, 24, text("{{ i.target }}", center=True)),
    Column("PERSPEKTIF", 38, 27, text("{{ i.perspektif }}", center=True)),
)
COLUMNS_EVALUASI = (
    Column(REALISASI, 0, 43, text("{{ i.realisasi }}")),
    Column(UMPAN_BALIK, 0, 46, text("{{ i.umpan_balik }}")),
)
COLUMNS_EVALUASI_JPT = (
    Column(REALISASI, 0, 45, text("{{ i.realisasi }}")),
    Column(UMPAN_BALIK, 0, 47, text("{{ i.umpan_balik }}")),
)


def hasil_kerja_kuantitatif(doc: Document, *, jpt: bool, evaluasi: bool) -> None:
    """One row per indicator; NO/RHK cells merged over the RHK's indicator rows."""
    columns: tuple[Column, ...] = COLUMNS_JPT if jpt else COLUMNS_JA_JF
    if evaluasi:
        columns += COLUMNS_EVALUASI_JPT if jpt else COLUMNS_EVALUASI
    widths = [c.evaluasi_mm if evaluasi else c.skp_mm for c in columns]
    assert abs(sum(widths) - text_width(doc)) < 0.01, (sum(widths), text_width(doc))
    grid = Grid(doc, widths)
    grid.banner("HASIL KERJA", header=True)
    grid.titles(*(c.title for c in columns))
    grid.numbering(len(columns))
    for name, label in BAGIAN:
        grid.banner(label, shade=SHADE_SECTION)
        if name == "tambahan":
            empty_section_row(grid, len(columns))
        grid.control(f"{{%tr for r in {name} %}}")
        grid.control("{%tr for i in r.indikator %}")
        # Rows are short here: never split one over two pages.
        for cell, column in zip(grid.row(*(C() for _ in columns), cant_split=True), columns, strict=True):
            column.write(cell)
        grid.control("{%tr endfor %}")
        grid.control("{%tr endfor %}")
    spacer(doc)


def empty_section_row(grid: Grid, count: int) -> None:
    """A row of "-" under B. TAMBAHAN when there is none."""
    grid.control("{%tr if not tambahan %}")
    for cell in grid.row(*(C() for _ in range(count)), cant_split=True):
        par(cell, "-", align=WD_ALIGN_PARAGRAPH.CENTER)
    grid.control("{%tr endif %}")


def rhk_kualitatif(cell: _Cell, *, jpt: bool, criteria: bool = True) -> None:
    """§0: the RHK, its origin (for JA/JF a JPT's RHK with its IKI, footnote *), then the success criteria
    as a dashed list (``criteria``; the Evaluasi prints them in rows of their own)."""
    par(cell, "{{ r.rhk }}", bold=True)
    control(cell, "{%p if r.asal %}")
    par(cell, "({{ r.asal }})", italic=True)
    control(cell, "{%p endif %}")
    if not jpt:
        dash_list(cell, "k in r.intervensi_iki", "IKI: ", "{{ k }}", italic=True)
    if jpt:
        par(cell, "Ukuran keberhasilan / Indikator Kinerja Individu, Target, dan Perspektif:")
        if criteria:
            dash_list(cell, "i in r.indikator", "{{ i.indikator }}", " ({{ i.perspektif }})")
    else:
        par(cell, "Ukuran keberhasilan / Indikator Kinerja Individu, dan Target:")
        if criteria:
            dash_list(cell, "i in r.indikator", "{{ i.indikator }}")


def hasil_kerja_kualitatif(doc: Document, *, jpt: bool, evaluasi: bool) -> None:
    """SKP: one row per RHK, NO | RHK + ukuran keberhasilan. Evaluasi: the RHK line over the full width, then
    a row per criterion with its realisasi and umpan balik beside it; NO merged over them all, so that
    :mod:`skpdoc.render.rowgroups` keeps them together (or repeats the RHK line where they must continue)."""
    width = text_width(doc)
    widths: tuple[float, ...]
    titles: tuple[str, ...]
    if evaluasi:
        widths = (9, width - 9 - 66 - 67, 66, 67)
        titles = ("NO", "RENCANA HASIL KERJA", REALISASI, UMPAN_BALIK)
    else:
        widths = (10, width - 10)
        titles = ("NO", "RENCANA HASIL KERJA")
    grid = Grid(doc, widths)
    grid.banner("HASIL KERJA", header=True)
    grid.titles(*titles)
    grid.numbering(len(titles))
    for name, label in BAGIAN:
        grid.banner(label, shade=SHADE_SECTION)
        if name == "tambahan":
            empty_section_row(grid, len(titles))
        grid.control(f"{{%tr for r in {name} %}}")
        if not evaluasi:
            # One row; skpdoc.render.rows lets it split only when it may be taller than a page.
            cells = grid.row(*(C() for _ in titles), cant_split=True)
            par(cells[0], "{{ r.no }}", align=WD_ALIGN_PARAGRAPH.CENTER)
            rhk_kualitatif(cells[1], jpt=jpt)
        else:
            number, rhk = grid.row(C(vmerge="restart"), C(3), cant_split=True)
            par(number, "{{ r.no }}", align=WD_ALIGN_PARAGRAPH.CENTER)
            rhk_kualitatif(rhk, jpt=jpt, criteria=False)
            grid.control("{%tr for i in r.indikator %}")
            cells = grid.row(C(vmerge="continue"), C(), C(), C(), cant_split=True)
            criterion = ("{{ i.indikator }}", " ({{ i.perspektif }})") if jpt else ("{{ i.indikator }}",)
            par(cells[1], "-\t", *criterion, hanging_mm=LIST_INDENT_MM)
            par(cells[2], "{{ i.realisasi }}")
            par(cells[3], "{{ i.umpan_balik }}")
            grid.control("{%tr endfor %}")
        grid.control("{%tr endfor %}")
    spacer(doc)


# --------------------------------------------------------------------------
# PERILAKU KERJA (§2.5)
# --------------------------------------------------------------------------


def perilaku_block(doc: Document, *, evaluasi: bool) -> None:
    """7 rows: NO | value + its 3 panduan | Ekspektasi Khusus Pimpinan (| umpan balik)."""
    width = text_width(doc)
    if evaluasi:
        grid = Grid(doc, (9, 110, 74, width - 9 - 110 - 74))
        cells = grid.row(C(3, SHADE_HEADER, valign="center"), C(1, SHADE_HEADER), header=True)
        par(cells[0], PERILAKU_KERJA, bold=True, keep_next=True)
        par(cells[1], UMPAN_BALIK, style=S_TABLE_HEAD, keep_next=True)  # titles kept with a row (docx_kit.titles)
    else:
        grid = Grid(doc, (10, 140, width - 10 - 140))
        grid.banner(PERILAKU_KERJA, header=True)
    grid.control("{%tr for p in perilaku %}")
    cells = grid.row(*(C() for _ in grid.widths), cant_split=True)
    par(cells[0], "{{ p.no }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    par(cells[1], "{{ p.nama }}", bold=True)
    dash_list(cells[1], "l in p.panduan", "{{ l }}")
    par(cells[2], "Ekspektasi Khusus Pimpinan:")
    par(cells[2], "{{ p.ekspektasi }}")
    if evaluasi:
        par(cells[3], "{{ p.umpan_balik }}")
    grid.control("{%tr endfor %}")
    spacer(doc)


# --------------------------------------------------------------------------
# POLA DISTRIBUSI (§3.1, §5)
# --------------------------------------------------------------------------


def pola_distribusi(doc: Document, charts: dict[str, bytes]) -> None:
    """CAPAIAN KINERJA ORGANISASI, then all five curves, each printed only when it matches."""
    grid = label_grid(doc, (("CAPAIAN KINERJA ORGANISASI", "{{ capaian_organisasi }}"),))
    (cell,) = grid.row(C(2), cant_split=True)
    par(cell, "POLA DISTRIBUSI:", bold=True, keep_next=True)
    for slug in CAPAIAN_ORGANISASI:
        control(cell, f'{{%p if pola_distribusi == "{slug}" %}}')
        p = par(cell, align=WD_ALIGN_PARAGRAPH.CENTER)
        p.add_run().add_picture(io.BytesIO(charts[slug]), width=Mm(KURVA_WIDTH_MM))
        control(cell, "{%p endif %}")
    spacer(doc)


# --------------------------------------------------------------------------
# The forms
# --------------------------------------------------------------------------


def hasil_kerja(doc: Document, jenis: str, pendekatan: str, *, evaluasi: bool) -> None:
    jpt = jenis == "jpt"
    if pendekatan == "kuantitatif":
        hasil_kerja_kuantitatif(doc, jpt=jpt, evaluasi=evaluasi)
    else:
        hasil_kerja_kualitatif(doc, jpt=jpt, evaluasi=evaluasi)


def skp(jenis: str, pendekatan: str) -> Document:
    """SASARAN KINERJA PEGAWAI: header, HASIL KERJA, PERILAKU KERJA, signatures."""
    doc = new_document(f"Sasaran Kinerja Pegawai ({jenis.upper()}, {pendekatan})", landscape=True)
    form_title(doc)
    header_block(doc)
    hasil_kerja(doc, jenis, pendekatan, evaluasi=False)
    perilaku_block(doc, evaluasi=False)
    signatures(doc, pegawai=True)
    footnotes(doc, intervensi=jenis == "ja-jf" and pendekatan == "kuantitatif")
    footer(doc)
    return doc


def lampiran() -> Document:
    """LAMPIRAN SASARAN KINERJA PEGAWAI (§2.6): header, three numbered lists, signatures."""
    doc = new_document("Lampiran Sasaran Kinerja Pegawai", landscape=False)
    form_title(doc)
    header_block(doc)
    grid = Grid(doc, (text_width(doc),))
    for title, name in (
        ("DUKUNGAN SUMBER DAYA", "dukungan_sumber_daya"),
        ("SKEMA PERTANGGUNGJAWABAN", "skema_pertanggungjawaban"),
        ("KONSEKUENSI", "konsekuensi"),
    ):
        grid.banner(title)
        (cell,) = grid.row(C())
        control(cell, f"{{%p for x in {name} %}}")
        par(cell, "{{ loop.index }}.\t", "{{ x }}", hanging_mm=NUMBER_INDENT_MM)
        control(cell, "{%p endfor %}")
        control(cell, f"{{%p if not {name} %}}")
        par(cell, "-")
        control(cell, "{%p endif %}")
    signatures(doc, pegawai=True)
    footer(doc)
    return doc


def evaluasi(jenis: str, pendekatan: str, charts: dict[str, bytes]) -> Document:
    """EVALUASI KINERJA PEGAWAI (§3.1) for one periode."""
    doc = new_document(f"Evaluasi Kinerja Pegawai ({jenis.upper()}, {pendekatan})", landscape=True)
    form_title(doc)
    header_block(doc)
    pola_distribusi(doc, charts)
    hasil_kerja(doc, jenis, pendekatan, evaluasi=True)
    label_rows(doc, (("RATING HASIL KERJA", "{{ rating_hasil_kerja }}"),))
    perilaku_block(doc, evaluasi=True)
    label_rows(
        doc,
        (
            ("RATING PERILAKU KERJA", "{{ rating_perilaku_kerja }}"),
            ("PREDIKAT KINERJA PEGAWAI", "{{ predikat }}"),
        ),
    )
    signatures(doc, pegawai=False)
    footnotes(doc, intervensi=jenis == "ja-jf" and pendekatan == "kuantitatif")
    footer(doc)
    return doc


def dokumen_evaluasi() -> Document:
    """DOKUMEN EVALUASI KINERJA PEGAWAI (§3.2): sections 1–7 in one numbered table."""
    doc = new_document("Dokumen Evaluasi Kinerja Pegawai", landscape=False)
    form_title(doc, head=lambang_block)  # §3.2: the Garuda heads it, no kop
    width = text_width(doc)
    no, label = 10, 60
    grid = Grid(doc, (no, label, width - no - label))

    def section(n: str, title: str) -> None:
        # The number cell is merged down over the section's rows.
        cells = grid.row(C(vmerge="restart"), C(2, SHADE_HEADER), cant_split=True)
        par(cells[0], n, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        par(cells[1], title, bold=True, keep_next=True)

    def item(label_text: str, tag: str, *, last: bool = False) -> None:
        cells = grid.row(C(vmerge="continue"), C(), C(), cant_split=True)
        par(cells[1], label_text, keep_next=not last)
        par(cells[2], tag, keep_next=not last)

    for n, title, who in (
        ("1", "PEGAWAI YANG DINILAI", "pegawai"),
        ("2", "PEJABAT PENILAI KINERJA", "penilai"),
        ("3", "ATASAN PEJABAT PENILAI KINERJA", "atasan_penilai"),
    ):
        section(n, title)
        for _, label_text, field_name in IDENTITAS:
            tag = identitas_label(who, label_text, field_name)
            item(tag, f"{{{{ {who}.{field_name} }}}}", last=field_name == "unit_kerja")
    section("4", "EVALUASI KINERJA")
    item("CAPAIAN KINERJA ORGANISASI", "{{ capaian_organisasi }}")
    item("PREDIKAT KINERJA PEGAWAI", "{{ predikat }}", last=True)
    section("5", "CATATAN/REKOMENDASI")
    cells = grid.row(C(vmerge="continue"), C(2), min_height_mm=25)
    par(cells[1], "{{ catatan_rekomendasi }}")
    # 6 and 7: the two signatures, staggered right/left as on the official sheet.
    half = (width - no) / 2
    for n, date, role, who, side in (
        ("6", "{{ tempat_tanggal }}", "Pejabat Penilai Kinerja", "penilai", "right"),
        ("7", "{{ tempat_tanggal_pegawai }}", "Pegawai yang Dinilai", "pegawai", "left"),
    ):
        cells = grid.row(C(), C(2), cant_split=True)
        par(cells[0], n, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        par(cells[1], style=S_TEXT)
        signature(
            cells[1],
            date,
            (role,),
            who,
            optional_nip=who == "penilai",
            indent_mm=half if side == "right" else 0,
            right_indent_mm=half if side == "left" else 0,
        )
        par(cells[1], style=S_TEXT)
    footer(doc)
    return doc


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------


def build_all() -> dict[str, bytes]:
    charts = {slug: kurva_png(slug) for slug in CAPAIAN_ORGANISASI}
    docs: dict[str, Document] = {}
    for jenis in ("ja-jf", "jpt"):
        for pendekatan in ("kuantitatif", "kualitatif"):
            docs[f"skp-{jenis}-{pendekatan}.docx"] = skp(jenis, pendekatan)
            docs[f"evaluasi-{jenis}-{pendekatan}.docx"] = evaluasi(jenis, pendekatan, charts)
    docs["lampiran.docx"] = lampiran()
    docs["dokumen-evaluasi.docx"] = dokumen_evaluasi()
    docs["rekap-predikat.docx"] = rekap()  # its own context: skpdoc.render.rekap.RekapForm
    docs["matriks-peran-hasil.docx"] = matriks()  # its own context: skpdoc.render.matriks.MatriksForm
    return {name: to_bytes(doc) for name, doc in sorted(docs.items())}


def main() -> int:
    for name, data in build_all().items():
        path = OUT / name
        old = path.read_bytes() if path.exists() else None
        write_atomic(path, data)
        print(f"{'unchanged' if old == data else 'written  '} {path.relative_to(ROOT)} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
