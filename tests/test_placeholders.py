"""Values still to fill ("[ISI: ...]") and proposals to confirm (belum_dikonfirmasi), end to end.

The validator accepts a placeholder in any field and says what is left once
per spec (R190, R191); no rule judges a placeholder; the forms print a blank
line instead of the hint and are titled KONSEP; ``new`` writes placeholders
and refuses names the workspace does not know.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from conftest import HEAD_NIP, KABID_NIP, REPO, STAFF_NIP, base_files, build_tree
from skpdoc import placeholders, schema
from skpdoc.api import load_workspace
from skpdoc.cli import main
from skpdoc.render import matriks, viewmodel
from skpdoc.spec import parse

DRAFT_NIP = "198703122010011005"

#: A placeholder in every kind of field: text, enum, number, date, rating, NIP, an inline penilai, a list item.
DRAFT = f"""\
pegawai:
  nama: "[ISI: nama lengkap dengan gelar]"
  nip: "{DRAFT_NIP}"
  pangkat: "[ISI: pangkat]"
  golongan: "[ISI: golongan]"
  jabatan: "[ISI: jabatan]"
  jenis_jabatan: pengawas
  unit: "[ISI: unit]"
pejabat_penilai: "{KABID_NIP}"
atasan_pejabat_penilai:
  nama: "[ISI: nama atasan pejabat penilai]"
  nip: "[ISI: NIP atasan]"
  golongan: "[ISI]"
  jabatan: Kepala Dinas Komunikasi dan Informatika
pendekatan: kuantitatif
periode: {{mulai: "[ISI: tanggal mulai]", selesai: 2024-12-31}}
penetapan: {{tanggal: "[ISI: tanggal penetapan]"}}
hasil_kerja:
  utama:
    - id: rhk-1
      intervensi: "[ISI: NIP#rhk atasan]"
      rhk: "[ISI: rencana hasil kerja]"
      indikator:
        - id: rhk-1.1
          aspek: "[ISI: aspek]"
          iki: "[ISI: indikator kinerja individu]"
          target: "[ISI: target]"
          satuan: "[ISI: satuan]"
lampiran:
  konsekuensi: ["[ISI: konsekuensi]"]
evaluasi:
  triwulan-1:
    tanggal: "[ISI: tanggal evaluasi]"
    hasil_kerja:
      rhk-1.1: {{realisasi: "[ISI: realisasi]"}}
    rating_hasil_kerja: "[ISI: rating hasil kerja]"
    rating_perilaku_kerja: sesuai-ekspektasi
    predikat: "[ISI]"
belum_dikonfirmasi:
  - pejabat_penilai
  - hasil_kerja.utama[0].id
"""

#: Hints of DRAFT that no form prints as a heading.
HINTS = re.compile(r"\[ISI|nama lengkap dengan gelar|tanggal penetapan|NIP#rhk atasan|tanggal mulai", re.IGNORECASE)


def _workspace(tmp_path: Path, **extra: str) -> Path:
    files = {**base_files(), f"diskominfo/{DRAFT_NIP}.yaml": DRAFT, **extra}
    return build_tree(tmp_path / "ws", files)


def _validate(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, Any]]]:
    code = main(["validate", "--format", "json-list", *args])
    return code, json.loads(capsys.readouterr().out)


def test_a_spec_full_of_placeholders_is_valid_with_one_warning_of_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = _workspace(tmp_path)
    code, problems = _validate(capsys, str(ws))
    assert code == 0
    assert [p["code"] for p in problems] == ["R190", "R191"]
    to_fill, proposed = problems
    assert to_fill["severity"] == proposed["severity"] == "warning"
    assert (to_fill["line"], to_fill["path"]) == (2, "pegawai.nama")  # at the first field to fill
    assert to_fill["message"].startswith("21 isian belum diisi: pegawai.nama; pegawai.pangkat;")
    assert to_fill["message"].endswith("dan 15 lainnya")  # six paths in full, the rest counted
    assert (
        proposed["path"] == "belum_dikonfirmasi" and proposed["line"] == DRAFT.count("\n", 0, DRAFT.index("belum")) + 1
    )
    assert "pejabat_penilai = 197912102005011003 (Budi Santoso, S.T., M.T.)" in proposed["message"]
    assert "hasil_kerja.utama[0].id = rhk-1" in proposed["message"]
    assert "hapus barisnya" in proposed["hint"]
    assert main(["validate", "--strict", str(ws)]) == 1


def test_the_warnings_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, problems = _validate(capsys, "--lang", "en", str(_workspace(tmp_path)))
    assert code == 0
    assert problems[0]["message"].startswith("21 fields still to fill: ") and "and 15 more" in problems[0]["message"]
    assert problems[1]["message"].startswith("2 proposals not confirmed yet: pejabat_penilai = ")


def test_a_file_given_alone_still_lists_its_proposals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = _workspace(tmp_path, **{f"_draft/{DRAFT_NIP}.yaml": DRAFT})
    code, problems = _validate(capsys, str(ws / "_draft" / f"{DRAFT_NIP}.yaml"))
    assert code == 0
    assert [p["code"] for p in problems] == ["W006", "R190", "R191"]
    assert "pejabat_penilai = 197912102005011003;" in problems[2]["message"]  # no workspace: no name


@pytest.mark.parametrize(
    ("old", "new", "quiet"),
    [
        # each would raise its rule with a real value; a placeholder raises nothing but R190
        (f'pejabat_penilai: "{KABID_NIP}"', 'pejabat_penilai: "[ISI: NIP pejabat penilai]"', "R140"),
        ("jenis_jabatan: pengawas", 'jenis_jabatan: "[ISI]"\n  jenjang: ahli-muda', "R114"),
        ("pendekatan: kuantitatif", 'pendekatan: "[ISI: kuantitatif atau kualitatif]"', "R125"),
        ('  pangkat: "[ISI: pangkat]"', "  pangkat: Pembina", "R110"),
        (
            '  - id: rhk-1\n      intervensi: "[ISI: NIP#rhk atasan]"',
            '  - id: "[ISI]"\n      intervensi: "[ISI]"',
            "R131",
        ),
        ("  triwulan-1:\n", '  akhir: "[ISI: evaluasi akhir]"\n  triwulan-1:\n', "R163"),
    ],
)
def test_no_rule_judges_a_placeholder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, quiet: str
) -> None:
    assert old in DRAFT
    ws = build_tree(tmp_path / "ws", {**base_files(), f"diskominfo/{DRAFT_NIP}.yaml": DRAFT.replace(old, new, 1)})
    code, problems = _validate(capsys, str(ws))
    assert code == 0, problems
    assert {p["code"] for p in problems} == {"R190", "R191"}, quiet


def test_placeholders_in_opd_yaml_raise_no_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = base_files()
    files["diskominfo/opd.yaml"] = files["diskominfo/opd.yaml"].replace(
        "  - {id: egov, nama: Seksi E-Government, induk: aptika}",
        '  - {id: egov, nama: Seksi E-Government, induk: "[ISI: unit induk]"}\n'
        'capaian_kinerja_organisasi: {triwulan-1: "[ISI: capaian]", akhir: baik}',
    )
    code, problems = _validate(capsys, str(build_tree(tmp_path / "ws", files)))
    assert code == 0
    assert [(p["code"], p["file"].endswith("opd.yaml"), p["path"]) for p in problems] == [
        ("R190", True, "unit[1].induk")
    ]


def test_a_proposal_that_names_nothing_is_located(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = DRAFT.replace("  - hasil_kerja.utama[0].id\n", "  - hasil_kerja.utama[3].id\n  - pegawai..nama\n")
    ws = build_tree(tmp_path / "ws", {**base_files(), f"diskominfo/{DRAFT_NIP}.yaml": text})
    code, problems = _validate(capsys, str(ws))
    assert code == 0
    stale = [p for p in problems if p["code"] == "R192"]
    assert [(p["path"], p["severity"]) for p in stale] == [
        ("belum_dikonfirmasi[1]", "warning"),
        ("belum_dikonfirmasi[2]", "warning"),
    ]
    assert "'hasil_kerja.utama[3].id' bukan path" in stale[0]["message"]
    assert "1 usulan" in next(p for p in problems if p["code"] == "R191")["message"]


def test_the_schema_still_reports_real_errors_beside_placeholders() -> None:
    text = DRAFT.replace("pendekatan: kuantitatif", "pendekatan: kuantitas").replace(
        "  jenis_jabatan: pengawas", "  jenis_jabatan: pengawas\n  hobi: catur"
    )
    doc, _ = parse(Path("x.yaml"), text)
    assert doc is not None
    assert sorted((p.code, p.path) for p in schema.check(doc, "pegawai")) == [
        ("S001", ("pegawai", "hobi")),
        ("S004", ("pendekatan",)),
    ]
    clean, _ = parse(Path("x.yaml"), DRAFT)
    assert clean is not None and schema.check(clean, "pegawai") == []


def test_tahun_cannot_be_left_to_fill(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = build_tree(tmp_path / "ws", {**base_files(), "skpdoc.yaml": 'instansi: "[ISI]"\ntahun: "[ISI]"\ntempat: X\n'})
    code, problems = _validate(capsys, str(ws))
    assert code == 1
    assert ("S003", "tahun") in {(p["code"], p["path"]) for p in problems}
    assert next(p for p in problems if p["code"] == "R190")["message"] == "1 isian belum diisi: instansi"


# --- forms ------------------------------------------------------------------------------------


def _text(docx: Path) -> str:
    xml = zipfile.ZipFile(docx).read("word/document.xml").decode()
    return " ".join(re.sub(r"<[^>]+>", " ", xml).split())


def test_forms_print_blanks_and_are_titled_konsep(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = _workspace(tmp_path)
    out = tmp_path / "out"
    assert main(["render", str(ws), "-o", str(out)]) == 0
    assert "12 dokumen ditulis" in (err := capsys.readouterr().err) and "4 KONSEP" in err
    for docx in sorted((out / DRAFT_NIP).glob("*.docx")):
        text = _text(docx)
        assert viewmodel.KONSEP_ISI in text, docx.name
        assert HINTS.search(text) is None, docx.name
        assert placeholders.BLANK in text
    for nip in (HEAD_NIP, KABID_NIP, STAFF_NIP):
        for docx in (out / nip).glob("*.docx"):
            assert "KONSEP" not in _text(docx), docx


def test_konsep_per_form_and_for_proposals_only(tmp_path: Path) -> None:
    ws = load_workspace(_workspace(tmp_path))
    draft = ws.pegawai[DRAFT_NIP]
    skp = viewmodel.build(ws, draft, "skp")
    assert skp.konsep and skp.judul[-1] == viewmodel.KONSEP_ISI
    assert skp.utama[0].indikator[0].target == placeholders.BLANK
    assert skp.periode_penilaian == f"{placeholders.BLANK} SD 31 DESEMBER TAHUN 2024"
    evaluasi = viewmodel.build(ws, draft, "evaluasi", "triwulan-1")
    assert (evaluasi.rating_hasil_kerja, evaluasi.predikat) == (placeholders.BLANK, placeholders.BLANK)
    # Only a proposal left: KONSEP with its own line.
    staff = Path(tmp_path / "ws" / "diskominfo" / f"{STAFF_NIP}.yaml")
    staff.write_text(staff.read_text() + "belum_dikonfirmasi: [pejabat_penilai]\n", encoding="utf-8")
    ws = load_workspace(tmp_path / "ws")
    form = viewmodel.build(ws, ws.pegawai[STAFF_NIP], "lampiran")
    assert form.konsep and form.judul[-1] == viewmodel.KONSEP_USULAN
    # The Matriks: the part that shows the draft is KONSEP, the others not.
    parts = {part.slug: part.form.konsep for part in matriks.split(matriks.build(ws, "diskominfo"))}
    assert parts[KABID_NIP] == matriks.KONSEP  # the draft is rated by the kepala bidang: listed, name to fill
    assert parts[HEAD_NIP] == ""  # the head's section lists the kepala bidang and his RHK, all filled
    # The draft's RHK, linked to nothing yet, is printed (blank) with the RHK outside the pohon: in the last part.
    assert list(parts.values())[-1] == matriks.KONSEP


def test_build_counts_drafts_and_rebuilds_a_filled_form(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = _workspace(tmp_path)
    out = tmp_path / "out"
    assert main(["build", str(ws), "-o", str(out), "--no-pdf", "--form", "skp"]) == 0
    err = capsys.readouterr().err
    assert "4 dibuat" in err and "1 KONSEP" in err
    spec = ws / "diskominfo" / f"{DRAFT_NIP}.yaml"
    spec.write_text(spec.read_text().replace('target: "[ISI: target]"', "target: 12"), encoding="utf-8")
    assert main(["build", str(ws), "-o", str(out), "--no-pdf", "--form", "skp"]) == 0
    assert "1 dibuat, 3 sudah terbaru" in capsys.readouterr().err  # the filled target changed its document's key


def test_the_example_workspace_has_nothing_left_to_fill(capsys: pytest.CaptureFixture[str]) -> None:
    code, problems = _validate(capsys, str(REPO / "specs"))
    assert code == 0
    assert not {p["code"] for p in problems} & {"R190", "R191", "R192"}
    ws = load_workspace(REPO / "specs")
    for pegawai in ws.pegawai.values():
        assert not viewmodel.build(ws, pegawai, "skp").konsep, pegawai.file
        for periode in pegawai.evaluasi:
            assert not viewmodel.build(ws, pegawai, "evaluasi", periode).konsep, pegawai.file


# --- skpdoc new -------------------------------------------------------------------------------

NEW = ["--nip", "199001012015031001", "--nama", "Andi", "--jabatan", "Pranata Komputer", "--golongan", "III/a"]


@pytest.mark.parametrize(
    ("option", "value", "hint"),
    [
        ("--opd", "diskominfu", "maksud Anda 'diskominfo'?"),
        ("--unit", "aptik", "maksud Anda 'aptika'?"),
        ("--penilai", KABID_NIP[:-1] + "4", f"maksud Anda '{KABID_NIP}'?"),
        ("--jenjang", "ahli-pertma", "maksud Anda 'ahli-pertama'?"),
    ],
)
def test_new_refuses_what_the_workspace_does_not_know(
    ws: Path, capsys: pytest.CaptureFixture[str], option: str, value: str, hint: str
) -> None:
    args = ["new", "-w", str(ws), *NEW, "--jenis", "fungsional", "--opd", "diskominfo", option, value]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert f"{option}: " in err and value in err and hint in err
    assert not (ws / "diskominfo" / "199001012015031001.yaml").exists()


def test_new_lists_the_opds_when_nothing_is_close(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "-w", str(ws), *NEW, "--jenis", "pelaksana", "--opd", "bappeda"]) == 2
    assert "yang diizinkan: diskominfo" in capsys.readouterr().err


def test_new_writes_placeholders_and_guesses_nothing(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["new", "-w", str(ws), *NEW, "--jenis", "fungsional", "--opd", "diskominfo", "--penilai", KABID_NIP]) == 0
    )
    text = (ws / "diskominfo" / "199001012015031001.yaml").read_text()
    assert "ahli-pertama\n" not in text and 'jenjang: "[ISI: jenjang: pemula | ' in text
    assert 'target: "[ISI: target (angka)]"' in text and "2024-01-02" not in text
    assert "belum_dikonfirmasi:\n  - hasil_kerja.utama[0].intervensi" in text
    code, problems = _validate(capsys, str(ws))
    assert code == 0 and [p["code"] for p in problems] == ["R190", "R191"]
    assert problems[0]["message"].startswith("10 isian belum diisi: pegawai.jenjang; penetapan.tanggal;")
