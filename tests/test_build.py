from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import skpdoc
from conftest import HEAD_NIP, KABID, KABID_NIP, STAFF, STAFF_NIP
from skpdoc.build import build
from skpdoc.cli import main
from skpdoc.errors import UsageError
from skpdoc.model import ordered_people
from skpdoc.resources import data_dir


def test_docx_only_build_layout_manifest_and_skips(ws: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = build(ws, out, pdf=False)
    # 8 forms of the three employees, the OPD's rekap of triwulan I and its matriks in three parts: the head's
    # section, the kabid's and the pohon kinerja
    assert (first.built, first.skipped, first.failed) == (12, 0, [])
    root = out / "2024"
    assert (root / "diskominfo" / STAFF_NIP / "evaluasi-triwulan-1.docx").is_file()
    manifest = json.loads((root / "manifest.json").read_text())
    entry = manifest["outputs"][f"diskominfo/{STAFF_NIP}/skp.docx"]
    assert entry["template"] == "skp-ja-jf-kuantitatif.docx" and entry["inputs"]["spec"] == f"{STAFF_NIP}.yaml"
    assert set(entry["inputs"]) == {"spec", "spec_sha256", "template_sha256", "view_sha256"}
    # what the next build compares to start LibreOffice early when something changed
    assert {Path(p).name for p in manifest["sources"]} >= {
        f"{STAFF_NIP}.yaml",
        "opd.yaml",
        "skpdoc.yaml",
        "lampiran.docx",
    }
    rekap = manifest["outputs"]["diskominfo/rekap-triwulan-1.docx"]
    assert (rekap["opd"], rekap["form"], rekap["template"]) == ("diskominfo", "rekap", "rekap-predikat.docx")
    matriks = sorted(p.name for p in (root / "diskominfo" / "matriks").iterdir())
    assert matriks == [f"{HEAD_NIP}.docx", f"{KABID_NIP}.docx", "pohon-1.docx"]
    second = build(ws, out, pdf=False)
    assert (second.built, second.skipped) == (0, 12)


def test_the_library_builds_without_the_cli(ws: Path, tmp_path: Path) -> None:
    from skpdoc import api

    out = tmp_path / "out"
    done: list[str] = []
    totals: list[int] = []
    kwargs: dict[str, Any] = {"forms": ["skp", "rekap"], "pdf": False, "progress": done.append, "total": totals.append}
    report = api.build(ws / "diskominfo", out, **kwargs)
    root = out / "2024"
    assert (report.root, report.built, report.skipped, report.failed, report.ok) == (root, 4, 0, [], True)
    assert (report.bundles, report.bundles_skipped, report.opds_skipped, report.drafts) == ([], [], [], 0)
    names = [f"diskominfo/{nip}/skp.docx" for nip in (HEAD_NIP, KABID_NIP, STAFF_NIP)]
    assert totals == [4] and sorted(done) == sorted([*names, "diskominfo/rekap-triwulan-1.docx"])
    assert all((root / name).is_file() for name in done)
    assert not list(root.rglob("*.pdf")) and not (root / f"diskominfo/{STAFF_NIP}/lampiran.docx").exists()
    again = api.build(ws, out, nips=[STAFF_NIP], forms=["skp"], pdf=False)
    assert (again.built, again.skipped, again.ok) == (0, 1, True)


def test_a_manifest_as_earlier_builds_wrote_it_is_read_and_kept_byte_for_byte(ws: Path, tmp_path: Path) -> None:
    """An out/ folder built before (the manifest's keys and values unchanged) is rebuilt incrementally."""
    out = tmp_path / "out"
    build(ws, out, pdf=False)
    path = out / "2024" / "manifest.json"
    written = json.loads(path.read_text(encoding="utf-8"))
    assert set(written) == {"outputs", "bundles", "skpdoc", "sources", "workspace", "opd_documents"}
    # the OPD's own documents as listed, so that a no-change build need not make the matriks to list them
    listed = written["opd_documents"]["diskominfo"]["documents"]
    assert [(item["form"], item["periode"], item["bagian"]) for item in listed] == [
        ("rekap", "triwulan-1", None),
        ("matriks", None, HEAD_NIP),
        ("matriks", None, KABID_NIP),
        ("matriks", None, "pohon-1"),
    ]
    assert (written["skpdoc"], written["workspace"], written["bundles"]) == (skpdoc.__version__, str(ws), {})
    skp = written["outputs"][f"diskominfo/{STAFF_NIP}/skp.docx"]
    template = data_dir("templates/docx") / "skp-ja-jf-kuantitatif.docx"
    assert skp == {
        "docx": f"diskominfo/{STAFF_NIP}/skp.docx",
        "pdf": None,
        "key": skp["key"],
        "nip": STAFF_NIP,
        "form": "skp",
        "periode": None,
        "template": "skp-ja-jf-kuantitatif.docx",
        "inputs": {
            "spec": f"{STAFF_NIP}.yaml",
            "spec_sha256": _sha256(ws / "diskominfo" / f"{STAFF_NIP}.yaml"),
            "template_sha256": _sha256(template),
            "view_sha256": skp["inputs"]["view_sha256"],
        },
        "basis": skp["basis"],  # the workspace's digest the key was made under (skpdoc.build.documents.basis)
    }
    rekap = written["outputs"]["diskominfo/rekap-triwulan-1.docx"]
    assert {name: rekap[name] for name in ("docx", "pdf", "opd", "form", "periode", "template")} == {
        "docx": "diskominfo/rekap-triwulan-1.docx",
        "pdf": None,
        "opd": "diskominfo",
        "form": "rekap",
        "periode": "triwulan-1",
        "template": "rekap-predikat.docx",
    }
    assert "nip" not in rekap and rekap["inputs"]["spec"] == "opd.yaml"
    # As a build with PDFs and a bundle leaves it, written the way skpdoc has always written it.
    outputs = {
        name: {**entry, "pdf": name.removesuffix(".docx") + ".pdf", "pages": 2, "bundle_pages": [3 + 2 * n, 4 + 2 * n]}
        for n, (name, entry) in enumerate(sorted(written["outputs"].items()))
    }
    bundle = {"path": "diskominfo.pdf", "key": "0f" * 32, "pages": 3 + 2 * len(outputs), "front_pages": 3}
    before = {**written, "outputs": outputs, "bundles": {"diskominfo": bundle}}
    text = json.dumps(before, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    path.write_text(text, encoding="utf-8")
    again = build(ws, out, pdf=False)
    assert (again.built, again.skipped) == (0, 12)
    assert path.read_text(encoding="utf-8") == text


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_editing_one_spec_rebuilds_it_and_the_forms_that_print_its_text(ws: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(ws, out, pdf=False)
    rekap_written = (out / "2024" / "diskominfo" / "rekap-triwulan-1.docx").stat().st_mtime_ns
    kabid = ws / "diskominfo" / f"{KABID_NIP}.yaml"
    kabid.write_text(KABID.replace("Tersedianya aplikasi layanan publik", "Tersedianya aplikasi layanan publik baru"))
    report = build(ws, out, pdf=False)
    # the kabid's SKP, the staff's SKP and evaluasi, which print his RHK as "RHK pimpinan yang diintervensi", and
    # the three parts of the matriks (the head's section lists it as supporting his); not the rekap, which prints
    # no RHK
    assert report.built == 6 and report.skipped == 6
    assert (out / "2024" / "diskominfo" / "rekap-triwulan-1.docx").stat().st_mtime_ns == rekap_written
    manifest = json.loads((out / "2024" / "manifest.json").read_text())
    assert manifest["outputs"][f"diskominfo/{STAFF_NIP}/skp.docx"]["key"]


def test_only_the_penilai_name_change_reaches_subordinates(ws: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(ws, out, pdf=False)
    kabid = ws / "diskominfo" / f"{KABID_NIP}.yaml"
    kabid.write_text(KABID.replace("Budi Santoso, S.T., M.T.", "Budi Santoso, S.T., M.Kom."))
    report = build(ws, out, pdf=False)
    # kabid: skp + lampiran; staff: skp, lampiran, evaluasi, dokumen (all show the penilai); the rekap and the
    # three parts of the matriks, which list him; head: untouched
    assert report.built == 10 and report.skipped == 2


def test_an_edit_reconverts_only_the_parts_of_the_matriks_that_print_it(ws: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(ws, out, pdf=False)
    manifest = out / "2024" / "manifest.json"
    before = {name: entry["key"] for name, entry in json.loads(manifest.read_text())["outputs"].items()}
    staff = ws / "diskominfo" / f"{STAFF_NIP}.yaml"
    staff.write_text(
        STAFF.replace("Terselenggaranya layanan e-government", "Terselenggaranya layanan e-government terpadu")
    )
    report = build(ws, out, pdf=False)
    after = {name: entry["key"] for name, entry in json.loads(manifest.read_text())["outputs"].items()}
    # the staff's SKP and evaluasi print the RHK, the kabid's section of the matriks and the pohon list it; the
    # head's section (the kabid's RHK only), the staff's lampiran and dokumen evaluasi and the rekap do not
    assert sorted(name for name in after if after[name] != before[name]) == [
        f"diskominfo/{STAFF_NIP}/evaluasi-triwulan-1.docx",
        f"diskominfo/{STAFF_NIP}/skp.docx",
        f"diskominfo/matriks/{KABID_NIP}.docx",
        "diskominfo/matriks/pohon-1.docx",
    ]
    assert (report.built, report.skipped) == (4, 8)


def test_hierarchy_order_and_units(ws: Path) -> None:
    model = skpdoc.load_workspace(ws)
    order = [(p.nip, units) for p, units in ordered_people(model, "diskominfo")]
    assert order == [
        (HEAD_NIP, ()),
        (KABID_NIP, ("Bidang Aplikasi Informatika",)),
        (STAFF_NIP, ("Bidang Aplikasi Informatika", "Seksi E-Government")),
    ]


def test_an_unknown_periode_is_refused_also_when_only_opd_documents_are_asked_for(ws: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="akhir"):
        build(ws, tmp_path, pdf=False, forms=["rekap"], periode=["akhirr"])
    with pytest.raises(UsageError, match="matriks"):
        build(ws, tmp_path, pdf=False, forms=["matrik"])


def test_build_cli_refuses_unknown_opd(ws: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["build", str(ws), "-o", str(tmp_path), "--no-pdf", "--opd", "diskominf"]) == 2
    assert "maksud Anda 'diskominfo'?" in capsys.readouterr().err
    assert main(["build", str(ws), "-o", str(tmp_path), "--no-pdf", "-q"]) == 0


def test_a_whole_build_deletes_what_the_workspace_no_longer_produces(ws: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(ws, out, pdf=False)
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").unlink()
    build(ws, out, pdf=False, forms=["skp"])  # a partial build leaves the rest alone
    assert (out / "2024" / "diskominfo" / STAFF_NIP / "skp.docx").is_file()
    report = build(ws, out, pdf=False)
    assert report.ok and not (out / "2024" / "diskominfo" / STAFF_NIP).exists()
    outputs = json.loads((out / "2024" / "manifest.json").read_text())["outputs"]
    assert outputs and not [name for name in outputs if STAFF_NIP in name]
    assert (out / "2024" / "diskominfo" / HEAD_NIP / "skp.docx").is_file()


def test_a_folder_shared_by_two_workspaces_is_never_pruned(ws: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(ws, out, pdf=False)
    other = tmp_path / "other"
    shutil.copytree(ws, other)
    (other / "diskominfo").rename(other / "kominfo")  # the same people under another OPD
    build(other, out, pdf=False)
    build(other, out, pdf=False)
    assert (out / "2024" / "diskominfo" / STAFF_NIP / "skp.docx").is_file()
    assert (out / "2024" / "kominfo" / STAFF_NIP / "skp.docx").is_file()
