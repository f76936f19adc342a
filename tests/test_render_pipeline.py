"""Planning and writing documents, with small stand-in templates (the real forms are tested in test_forms.py)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

import skpdoc
from conftest import HEAD_NIP, KABID_NIP, STAFF_NIP
from docxutil import make_docx
from skpdoc.cli import main
from skpdoc.errors import UsageError
from skpdoc.render.pipeline import Job, TemplateSet, plan

NAMES = [
    "skp-ja-jf-kuantitatif.docx",
    "skp-jpt-kuantitatif.docx",
    "lampiran.docx",
    "evaluasi-ja-jf-kuantitatif.docx",
    "evaluasi-jpt-kuantitatif.docx",
    "dokumen-evaluasi.docx",
]


@pytest.fixture
def stand_ins(tmp_path: Path) -> Path:
    folder = tmp_path / "stand-ins"
    for name in NAMES:
        make_docx(folder / name, [f"{name}: {{{{ pegawai.nama }}}} / {{{{ penilai.nama }}}} / {{{{ periode }}}}"])
    return folder


def first_line(path: Path) -> str:
    return str(docx.Document(io.BytesIO(path.read_bytes())).paragraphs[0].text)


def test_plan_lists_every_form_that_applies(ws: Path) -> None:
    jobs = plan(skpdoc.load_workspace(ws))
    assert [str(j.output) for j in jobs if j.nip == STAFF_NIP] == [
        f"{STAFF_NIP}/skp.docx",
        f"{STAFF_NIP}/lampiran.docx",
        f"{STAFF_NIP}/evaluasi-triwulan-1.docx",
        f"{STAFF_NIP}/dokumen-evaluasi-triwulan-1.docx",
    ]
    assert [j.template for j in jobs if j.nip == HEAD_NIP] == ["skp-jpt-kuantitatif.docx", "lampiran.docx"]


def test_plan_filters_and_refuses_unknown_names(ws: Path) -> None:
    model = skpdoc.load_workspace(ws)
    assert plan(model, forms=["evaluasi"], periode=["akhir"]) == []
    assert plan(model, forms=["skp"], nips=[KABID_NIP]) == [Job(KABID_NIP, "skp", None, "skp-ja-jf-kuantitatif.docx")]
    with pytest.raises(UsageError):
        plan(model, forms=["skpp"])
    with pytest.raises(UsageError):
        plan(model, periode=["triwulan-5"])


def test_render_writes_every_document_with_override_templates(ws: Path, stand_ins: Path, tmp_path: Path) -> None:
    report = skpdoc.api.render([ws], tmp_path / "out", templates=stand_ins)
    assert report.failed == []
    assert len(report.written) == 8
    staff = tmp_path / "out" / STAFF_NIP
    assert (
        first_line(staff / "skp.docx")
        == "skp-ja-jf-kuantitatif.docx: Rina Marlina, S.Kom. / Budi Santoso, S.T., M.T. / "
    )
    assert first_line(staff / "evaluasi-triwulan-1.docx").endswith("/ TRIWULAN I")
    assert not list((tmp_path / "out").rglob("*.tmp"))


def test_workspace_templates_folder_overrides_by_name(ws: Path, stand_ins: Path, tmp_path: Path) -> None:
    make_docx(ws / "templates" / "lampiran.docx", ["LAMPIRAN KAMI {{ pegawai.nip }}"])
    skpdoc.api.render([ws], tmp_path / "out", templates=stand_ins, forms=["lampiran"])
    # --templates comes first, so the stand-in wins; without it the workspace folder does.
    assert first_line(tmp_path / "out" / STAFF_NIP / "lampiran.docx").startswith("lampiran.docx:")
    model = skpdoc.load_workspace(ws)
    assert TemplateSet.for_workspace(model).path("lampiran.docx") == ws / "templates" / "lampiran.docx"


def test_one_broken_template_loses_no_other_document(ws: Path, stand_ins: Path, tmp_path: Path) -> None:
    make_docx(stand_ins / "lampiran.docx", ["{{ pegawai.tidak_ada }}"])
    report = skpdoc.api.render([ws], tmp_path / "out", templates=stand_ins)
    assert len(report.failed) == 3 and len(report.written) == 5
    assert {j.form for j, _ in report.failed} == {"lampiran"}
    assert "tidak_ada" in report.failed[0][1].problem


def test_render_a_single_spec_file(ws: Path, stand_ins: Path, tmp_path: Path) -> None:
    report = skpdoc.api.render([ws / "diskominfo" / f"{KABID_NIP}.yaml"], tmp_path / "out", templates=stand_ins)
    assert sorted(p.name for p in report.written) == ["lampiran.docx", "skp.docx"]


def test_render_cli(ws: Path, stand_ins: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(ws), "-o", str(tmp_path / "out"), "--templates", str(stand_ins), "--form", "skp"]) == 0
    assert "3 dokumen ditulis" in capsys.readouterr().err
    make_docx(stand_ins / "skp-jpt-kuantitatif.docx", ["{{ nope }}"])
    assert main(["render", str(ws), "-o", str(tmp_path / "out2"), "--templates", str(stand_ins), "--form", "skp"]) == 1
    err = capsys.readouterr().err
    assert f"{HEAD_NIP}/skp.docx: skp-jpt-kuantitatif.docx: variabel tidak dikenal: nope" in err


def test_render_refuses_invalid_specs(ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = ws / "diskominfo" / f"{STAFF_NIP}.yaml"
    spec.write_text(spec.read_text().replace("golongan: III/c", "golongan: III/e"))
    assert main(["render", str(ws), "-o", str(tmp_path / "out")]) == 1
    assert "S004" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
