"""The Matriks Peran dan Hasil: the view model, the rendered .docx and its PDF, the template's lint."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

import skpdoc
from conftest import HEAD_NIP, KABID, KABID_NIP, REPO, STAFF, STAFF_NIP
from docxutil import make_docx
from skpdoc.cli import main
from skpdoc.errors import UsageError
from skpdoc.model import Workspace, ordered_people
from skpdoc.render import formatting as fmt
from skpdoc.render.engine import CompiledTemplate
from skpdoc.render.lint import check_template
from skpdoc.render.matriks import BELUM_DIINTERVENSI, TEMPLATE, MatriksForm, MatriksPimpinan, build

BUILTIN = REPO / "templates" / "docx"
FUNGSIONAL_NIP = "199203292019031002"
PELAKSANA_NIP = "199602142022061003"

# Kabid: a second RHK nobody supports.
KABID_MORE = (
    KABID
    + f"""\
    - id: rhk-2
      intervensi: "{HEAD_NIP}#rhk-1"
      rhk: Tersusunnya peta rencana SPBE
      indikator:
        - id: rhk-2.1
          aspek: kuantitas
          iki: Jumlah dokumen peta rencana
          target: 1
          satuan: Dokumen
"""
)

# Kasi: two RHK on the kabid's rhk-1, and a tambahan RHK linked to nothing.
STAFF_MORE = STAFF.replace(
    "          satuan: Layanan\nevaluasi:",
    f"""\
          satuan: Layanan
    - id: rhk-2
      intervensi: "{KABID_NIP}#rhk-1"
      rhk: Termutakhirkannya katalog aplikasi
      indikator:
        - id: rhk-2.1
          aspek: kualitas
          iki: Persentase aplikasi tercatat
          target: 100
          satuan: "%"
  tambahan:
    - id: tambahan-1
      rhk: Terlaksananya tugas panitia hari jadi
      indikator:
        - id: tambahan-1.1
          aspek: kuantitas
          iki: Jumlah laporan panitia
          target: 2
          satuan: Laporan
evaluasi:""",
)


def person(nip: str, nama: str, jabatan: str, extra: str, intervensi: str, rhk: str) -> str:
    return f"""\
pegawai:
  nama: {nama}
  nip: "{nip}"
  jabatan: {jabatan}
{extra}  unit: aptika
pejabat_penilai: "{KABID_NIP}"
pendekatan: kuantitatif
hasil_kerja:
  utama:
    - id: rhk-1
      intervensi: "{intervensi}"
      rhk: {rhk}
      indikator:
        - id: rhk-1.1
          aspek: kuantitas
          iki: Jumlah keluaran
          target: 4
          satuan: Laporan
"""


# Rated by the kabid, but his only RHK intervenes the head's (a warning, not an error).
FUNGSIONAL = person(
    FUNGSIONAL_NIP,
    "Dimas Pratama, S.Kom.",
    "Pranata Komputer Ahli Pertama",
    "  pangkat: Penata Muda\n  golongan: III/a\n  jenis_jabatan: fungsional\n  jenjang: ahli-pertama\n",
    f"{HEAD_NIP}#rhk-1",
    "Tersedianya kajian indeks SPBE",
)
# Rated by the kabid and supporting the kabid's rhk-1, like the kasi.
PELAKSANA = person(
    PELAKSANA_NIP,
    "Sari Dewi",
    "Pengadministrasi Perkantoran",
    "  pangkat: Pengatur\n  golongan: II/c\n  jenis_jabatan: pelaksana\n",
    f"{KABID_NIP}#rhk-1",
    "Terdokumentasinya surat layanan aplikasi",
)


@pytest.fixture
def flagged(ws: Path) -> Workspace:
    """The small workspace with one of each case the matrix flags."""
    folder = ws / "diskominfo"
    (folder / f"{KABID_NIP}.yaml").write_text(KABID_MORE)
    (folder / f"{STAFF_NIP}.yaml").write_text(STAFF_MORE)
    (folder / f"{FUNGSIONAL_NIP}.yaml").write_text(FUNGSIONAL)
    (folder / f"{PELAKSANA_NIP}.yaml").write_text(PELAKSANA)
    return skpdoc.load_workspace(ws)


def section(form: MatriksForm, nip: str) -> MatriksPimpinan:
    return next(s for s in form.pimpinan if s.pimpinan.nip == fmt.nip(nip))


def test_the_small_workspace_has_a_section_per_leader(ws: Path) -> None:
    model = skpdoc.load_workspace(ws)
    form = build(model, "diskominfo")
    assert [s.pimpinan.nip for s in form.pimpinan] == [fmt.nip(HEAD_NIP), fmt.nip(KABID_NIP)]
    head, kabid = form.pimpinan
    assert head.unit == "DINAS KOMUNIKASI DAN INFORMATIKA" and kabid.unit == "BIDANG APLIKASI INFORMATIKA"
    (rhk,) = kabid.utama
    assert (rhk.no, rhk.rhk, rhk.catatan) == ("1", model.pegawai[KABID_NIP].rhk[0].rhk, "")
    (pendukung,) = rhk.pendukung
    assert (pendukung.no, pendukung.nama, pendukung.jabatan) == (
        "1.1",
        "Rina Marlina, S.Kom.",
        "Kepala Seksi E-Government",
    )
    assert [i.teks for r in pendukung.rhk for i in r.indikator] == ["Jumlah layanan terintegrasi: 12 Layanan"]
    assert head.utama[0].pendukung[0].nama == "Budi Santoso, S.T., M.T."
    assert head.utama[0].indikator[0].teks == "Indeks SPBE: 3,5 Indeks"
    assert [n.nomor for n in form.pohon] == ["1", "1.1", "1.1.1"]
    assert [n.tingkat for n in form.pohon] == [0, 1, 2] and form.di_luar_pohon == ()
    with pytest.raises(UsageError, match="diskominfoo"):
        build(model, "diskominfoo")


def test_grouping_per_subordinate_and_the_flags(flagged: Workspace) -> None:
    form = build(flagged, "diskominfo")
    kabid = section(form, KABID_NIP)
    supported, unsupported = kabid.utama
    # The kasi's two RHK under rhk-1 make one group; the pelaksana follows (structural posts first).
    assert [(p.no, p.nama, len(p.rhk)) for p in supported.pendukung] == [
        ("1.1", "Rina Marlina, S.Kom.", 2),
        ("1.2", "Sari Dewi", 1),
    ]
    assert [r.rhk for r in supported.pendukung[0].rhk] == [
        "Terselenggaranya layanan e-government",
        "Termutakhirkannya katalog aplikasi",
    ]
    assert supported.pendukung[0].rhk[1].indikator[0].teks == "Persentase aplikasi tercatat: 100%"
    assert unsupported.pendukung == () and unsupported.catatan == BELUM_DIINTERVENSI
    assert [(c.nama, c.teks, c.bagian) for c in kabid.rhk_lepas] == [
        ("Rina Marlina, S.Kom.", "Terlaksananya tugas panitia hari jadi", "Tambahan")
    ]
    (tanpa,) = kabid.tanpa_intervensi
    assert tanpa.nama == "Dimas Pratama, S.Kom."
    assert "Kepala Dinas Komunikasi dan Informatika" in tanpa.teks
    counts = (
        kabid.jumlah_rhk,
        kabid.jumlah_belum_diintervensi,
        kabid.jumlah_pendukung,
        kabid.jumlah_rhk_lepas,
        kabid.jumlah_tanpa_intervensi,
    )
    assert counts == ("2", "1", "2", "1", "1")
    # The head's RHK gathers everyone who intervenes it, from any unit: the kabid (two RHK) and the fungsional.
    head = section(form, HEAD_NIP)
    assert [(p.nama, len(p.rhk)) for p in head.utama[0].pendukung] == [
        ("Budi Santoso, S.T., M.T.", 2),
        ("Dimas Pratama, S.Kom.", 1),
    ]
    # The kasi rates nobody and nobody intervenes her RHK: no section of her own.
    assert fmt.nip(STAFF_NIP) not in [s.pimpinan.nip for s in form.pimpinan]
    assert [n.rhk for n in form.di_luar_pohon] == ["Terlaksananya tugas panitia hari jadi"]


def test_the_example_workspace() -> None:
    model = skpdoc.load_workspace(REPO / "specs")
    for slug in model.opds:
        form = build(model, slug)
        members = [p for p, _ in ordered_people(model, slug)]
        leaders = [p.nip for p in members if any(q.penilai_nip == p.nip for q in model.pegawai.values())]
        assert [s.pimpinan.nip for s in form.pimpinan] == [fmt.nip(n) for n in leaders]
        assert form.pimpinan[0].pimpinan.nip == fmt.nip(model.opds[slug].kepala)
        # Every RHK that intervenes an RHK of the OPD is in exactly one row of the matrices.
        rows = [
            (p.nama, x.rhk) for s in form.pimpinan for r in s.utama + s.tambahan for p in r.pendukung for x in p.rhk
        ]
        linked = [
            (p.nama, r.rhk)
            for p in model.pegawai.values()
            for r in p.rhk
            if r.intervensi and model.intervened(r) and model.pegawai[r.intervensi[0]].opd == slug
        ]
        assert sorted(rows) == sorted(linked) and len(set(rows)) == len(rows)
        for s in form.pimpinan:
            for r in s.utama + s.tambahan:
                assert (r.catatan == BELUM_DIINTERVENSI) == (not r.pendukung)
        # The pohon holds every RHK of the OPD once, each under the RHK it intervenes.
        nodes = form.pohon + form.di_luar_pohon
        assert len(nodes) == sum(len(p.rhk) for p in members)
        by_nomor = {n.nomor: n for n in nodes}
        owned = {(p.nama, r.rhk): r for p in members for r in p.rhk}
        for node in nodes:
            if node.tingkat:
                parent = by_nomor[node.nomor.rsplit(".", 1)[0]]
                assert parent.tingkat == node.tingkat - 1
                superior = model.intervened(owned[node.nama, node.rhk])
                assert superior is not None and superior.rhk == parent.rhk


def rendered(model: Workspace, slug: str) -> bytes:
    return CompiledTemplate(BUILTIN / TEMPLATE).render(build(model, slug).context())


def matrix_tables(document: docx.document.Document) -> list[docx.table.Table]:
    return [t for t in document.tables if t.rows[0].cells[1].text == "PEGAWAI YANG MENGINTERVENSI"]


def test_the_rendered_docx(flagged: Workspace) -> None:
    data = rendered(flagged, "diskominfo")
    assert rendered(flagged, "diskominfo") == data  # same input, same bytes
    document = docx.Document(io.BytesIO(data))
    assert "{{" not in document.element.xml and "{%" not in document.element.xml
    head_table, kabid_table = matrix_tables(document)
    rows = [[c.text for c in row.cells] for row in kabid_table.rows]
    assert rows[1] == ["(1)", "(2)", "(3)", "(4)"] and rows[2][0] == "A. UTAMA"
    assert rows[3][0] == "1" and rows[3][1].startswith("RHK Pimpinan: Tersedianya aplikasi layanan publik")
    # The kasi's two RHK: one merged cell with her name, NIP and jabatan, one row per RHK.
    first, second = kabid_table.rows[4], kabid_table.rows[5]
    assert first.cells[1]._tc is second.cells[1]._tc
    assert first.cells[1].text == f"Rina Marlina, S.Kom.\nNIP. {fmt.nip(STAFF_NIP)}\nKepala Seksi E-Government"
    assert (first.cells[2].text, second.cells[2].text) == (
        "Terselenggaranya layanan e-government",
        "Termutakhirkannya katalog aplikasi",
    )
    assert second.cells[3].text == "-\tPersentase aplikasi tercatat: 100%"
    assert rows[6][:3] == [
        "1.2",
        "Sari Dewi\nNIP. 19960214 202206 1 003\nPengadministrasi Perkantoran",
        "Terdokumentasinya surat layanan aplikasi",
    ]
    assert rows[7][1].startswith("RHK Pimpinan: Tersusunnya peta rencana SPBE")
    assert rows[8][1] == BELUM_DIINTERVENSI
    assert [r[0] for r in rows[9:]] == ["B. TAMBAHAN", "-"]
    assert len(head_table.rows) > 4
    everything = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "Terlaksananya tugas panitia hari jadi" in everything and "Tambahan" in everything
    assert "Dimas Pratama, S.Kom." in everything and "POHON KINERJA" in "\n".join(p.text for p in document.paragraphs)
    section = document.sections[0]
    assert section.page_width > section.page_height  # landscape


def test_the_example_matriks_as_pdf(soffice: str, tmp_path: Path) -> None:
    model = skpdoc.load_workspace(REPO / "specs")
    form = build(model, "diskominfo")
    path = tmp_path / "matriks-diskominfo.docx"
    path.write_bytes(rendered(model, "diskominfo"))
    profile = f"-env:UserInstallation=file://{tmp_path / 'profile'}"
    subprocess.run(
        [soffice, "--headless", profile, "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True,
        capture_output=True,
        timeout=240,
    )
    reader = PdfReader(tmp_path / "matriks-diskominfo.pdf")
    pages = [page.extract_text() for page in reader.pages]
    assert all(page.mediabox.width > page.mediabox.height for page in reader.pages)  # A4 landscape
    assert pages[0].rstrip().endswith(f"1/{len(pages)}") and pages[-1].rstrip().endswith(f"{len(pages)}/{len(pages)}")
    # Each leader starts a page; the pohon comes last.
    starts = [n for n, text in enumerate(pages) if text.startswith("MATRIKS PERAN DAN HASIL")]
    assert len(starts) == len(form.pimpinan) and starts[0] == 0
    for start, leader in zip(starts, form.pimpinan, strict=True):
        assert leader.unit in pages[start] and leader.pimpinan.nama in pages[start]
    (pohon,) = [n for n, text in enumerate(pages) if text.startswith("POHON KINERJA")]
    assert pohon > starts[-1]
    # Every other page opens with a repeated heading row.
    repeated = (
        "NO PEGAWAI YANG MENGINTERVENSI",
        "RHK BAWAHAN YANG TIDAK MENGINTERVENSI",
        "BAWAHAN YANG TIDAK MEMILIKI",
        "NOMOR RENCANA HASIL KERJA",
    )
    continued = [text for n, text in enumerate(pages) if n not in starts and n != pohon]
    assert continued and all(text.startswith(repeated) for text in continued)
    full = "\n".join(pages)
    assert BELUM_DIINTERVENSI in full and "Jumlah layanan publik yang terintegrasi" in full


def test_the_template_passes_the_lint(tmp_path: Path) -> None:
    assert check_template(BUILTIN / TEMPLATE) == []
    (tmp_path / "builtin").mkdir()
    shutil.copyfile(BUILTIN / TEMPLATE, tmp_path / "builtin" / TEMPLATE)
    assert main(["templates", "check", str(tmp_path / "builtin")]) == 0
    # A user's copy is checked against the matrix's own names, not the SKP's.
    path = make_docx(
        tmp_path / TEMPLATE,
        ["{%p for s in pimpinan %}", "{{ s.pimpinan.nama }} {{ s.unitt }}", "{%p endfor %}", "{{ pegawai.nama }}"],
    )
    found = [(f.code, f.message) for f in check_template(path)]
    assert found == [
        ("T004", "MatriksPimpinan tidak memiliki 'unitt' (maksud Anda 'unit'?)"),
        ("T003", "nama tidak dikenal: pegawai"),
    ]
