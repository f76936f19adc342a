"""The Rekap Predikat Kinerja template (``rekap-predikat.docx``), built with the house kit.

One OPD and one periode: A. every employee's ratings and predikat; B. per
organisation (the OPD, and units rated on their own), the count per predikat
drawn as text bars against the share the pola distribusi allows, the pola in
words and what breaks it; then the signature of the head of the OPD. The
context is :class:`skpdoc.render.rekap.RekapForm`. A4 landscape like the
Evaluasi, column headings repeated on every page.
"""

from __future__ import annotations

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from docx_blocks import kop_block, signature, signature_row, title_block
from docx_kit import (
    S_TEXT,
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
)

# NO | NAMA / NIP | JABATAN | UNIT KERJA | RATING HASIL | RATING PERILAKU | PREDIKAT | AK | KET (267 mm)
PEGAWAI_MM = (10, 54, 54, 45, 26, 26, 22, 18, 12)
# PREDIKAT | JUMLAH | PERSEN | GRAFIK | BATAS (267 mm)
DISTRIBUSI_MM = (40, 18, 18, 117, 74)
BAR_PT = 6.5  # 40 full blocks at 6.5 pt ≈ 92 mm: the bar column holds 100% with room for the label
BAR_GREY = RGBColor(0x80, 0x80, 0x80)


def rekap() -> Document:
    doc = new_document("Rekap Predikat Kinerja Pegawai", landscape=True)
    assert abs(sum(PEGAWAI_MM) - text_width(doc)) < 0.01 and abs(sum(DISTRIBUSI_MM) - text_width(doc)) < 0.01
    kop_block(doc)
    title_block(doc, "{{ j }}", loop="j in judul", right=("PERIODE: ", "{{ periode_penilaian }}"))
    pegawai_table(doc)
    control(doc, "{%p for d in distribusi %}")
    distribusi_table(doc)
    control(doc, "{%p endfor %}")
    signatures(doc)
    page_footer(doc, "Rekap Predikat Kinerja — {{ opd }} — {{ periode_penilaian }}")
    return doc


def pegawai_table(doc: Document) -> None:
    par(doc, "A. PREDIKAT KINERJA PEGAWAI", style=S_TEXT, bold=True, keep_next=True)
    grid = Grid(doc, PEGAWAI_MM)
    grid.titles(
        "NO",
        "NAMA / NIP",
        "JABATAN",
        "UNIT KERJA",
        "RATING HASIL KERJA",
        "RATING PERILAKU KERJA",
        "PREDIKAT KINERJA",
        "ANGKA KREDIT",
        "KET",
    )
    grid.control("{%tr for r in pegawai %}")
    cells = grid.row(*(C() for _ in PEGAWAI_MM), cant_split=True)
    par(cells[0], "{{ r.no }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    par(cells[1], "{{ r.nama }}", bold=True)
    par(cells[1], "{{ r.label_nip }}. {{ r.nip }}")
    par(cells[2], "{{ r.jabatan }}")
    par(cells[3], "{{ r.unit }}")
    par(cells[4], "{{ r.rating_hasil_kerja }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    par(cells[5], "{{ r.rating_perilaku_kerja }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    par(cells[6], "{{ r.predikat }}", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    par(cells[7], "{{ r.angka_kredit }}", align=WD_ALIGN_PARAGRAPH.RIGHT)
    par(cells[8], "{{ r.catatan }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    grid.control("{%tr endfor %}")
    control(doc, "{%p if ada_pimpinan %}")
    par(
        doc,
        "* Pimpinan organisasi: dinilai dalam pola distribusi organisasi induknya, tidak dihitung di bagian B.",
        style=S_TEXT,
        italic=True,
    )
    control(doc, "{%p endif %}")
    control(doc, "{%p if pimpinan %}")
    par(doc, "Rating hasil kerja pimpinan yang tidak sesuai capaian kinerja organisasi:", style=S_TEXT, bold=True)
    dash_list(doc, "h in pimpinan", "{{ h }}")
    control(doc, "{%p endif %}")
    par(
        doc,
        "Angka kredit jabatan fungsional: persentase predikat × koefisien tahunan jenjang, pro rata bulan "
        "(Peraturan BKN 3/2023).",
        style=S_TEXT,
        italic=True,
    )
    spacer(doc)


def distribusi_table(doc: Document) -> None:
    par(doc, "{{ d.nomor }}. DISTRIBUSI PREDIKAT KINERJA — {{ d.nama }}", style=S_TEXT, bold=True, keep_next=True)
    par(
        doc,
        "Capaian kinerja organisasi: {{ d.capaian }}; pegawai yang dihitung: {{ d.jumlah_pegawai }}"
        "{% if d.belum_dievaluasi %}; belum dievaluasi: {{ d.belum_dievaluasi }}{% endif %}",
        style=S_TEXT,
        keep_next=True,
    )
    grid = Grid(doc, DISTRIBUSI_MM)
    grid.titles("PREDIKAT", "JUMLAH", "PERSEN", "GRAFIK (█ aktual, ▒ batas pola)", "BATAS POLA DISTRIBUSI")
    grid.control("{%tr for b in d.baris %}")
    # keep_next on every paragraph: the small table stays on one page with its heading.
    cells = grid.row(*(C(valign="center") for _ in DISTRIBUSI_MM), cant_split=True)
    par(cells[0], "{{ b.predikat }}", bold=True, keep_next=True)
    par(cells[1], "{{ b.jumlah }}", align=WD_ALIGN_PARAGRAPH.CENTER, keep_next=True)
    par(cells[2], "{{ b.persen }}", align=WD_ALIGN_PARAGRAPH.CENTER, keep_next=True)
    bar = par(cells[3], "{{ b.batang }}", " {{ b.persen }}", keep_next=True)
    bar.runs[0].font.size = Pt(BAR_PT)
    control(cells[3], "{%p if b.batang_batas %}")
    limit = par(cells[3], "{{ b.batang_batas }}", " {{ b.label_batas }}", keep_next=True)
    limit.runs[0].font.size = Pt(BAR_PT)
    limit.runs[0].font.color.rgb = BAR_GREY
    control(cells[3], "{%p endif %}")
    par(cells[4], "{{ b.batas }}", keep_next=True)
    control(cells[4], "{%p if b.melanggar %}")
    par(cells[4], "TIDAK SESUAI POLA", bold=True, keep_next=True)
    control(cells[4], "{%p endif %}")
    grid.control("{%tr endfor %}")
    total = grid.row(C(1, SHADE_SECTION), C(1, SHADE_SECTION), C(1, SHADE_SECTION), C(2, SHADE_SECTION))
    par(total[0], "JUMLAH", bold=True)
    par(total[1], "{{ d.jumlah_pegawai }}", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    par(total[2], "100%", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    spacer(doc)
    control(doc, "{%p if d.aturan %}")
    par(doc, "Pola distribusi untuk capaian {{ d.capaian }} (SE MenPANRB 3/2023):", style=S_TEXT, keep_next=True)
    dash_list(doc, "a in d.aturan", "{{ a }}")
    control(doc, "{%p endif %}")
    control(doc, "{%p if d.pelanggaran %}")
    par(doc, "Tidak sesuai pola distribusi:", style=S_TEXT, bold=True, keep_next=True)
    dash_list(doc, "p in d.pelanggaran", "{{ p }}")
    control(doc, "{%p elif d.sesuai %}")
    par(doc, "Distribusi predikat kinerja {{ d.sesuai }}.", style=S_TEXT, bold=True)
    control(doc, "{%p endif %}")
    spacer(doc)


def signatures(doc: Document) -> None:
    """The head of the OPD proposes (left); the official who set the capaian sets the predikat (right)."""
    left, right = signature_row(doc)
    for cell, date, verb, who in (
        (left, None, "Mengusulkan,", "kepala"),
        (right, "{{ tempat_tanggal }}", "Menetapkan,", "penetap"),
    ):
        signature(cell, date, (verb, f"{{{{ {who}.jabatan }}}}"), who, optional_nip=True)
