"""`skpdoc build` going OPD by OPD: the same documents, keys, manifest and report as describing the whole workspace
at once; a no-change build that describes nothing; a change anywhere still seen; an interrupted build resuming.

Memory is shown to follow the largest OPD by benchmarks/bench_kabupaten.py, not here (never a timed test).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO
from skpdoc import selection
from skpdoc.build import build, documents
from skpdoc.render import opd as opd_docs
from skpdoc.render import viewmodel
from skpdoc.render.pipeline import TemplateSet, plan

sys.path.insert(0, str(REPO / "benchmarks"))
from synth import make_workspace

#: Three OPDs as benchmarks/synth.py writes them (a head, two bidang of a kabid and three kasi, staff): 31 people.
SIZES = [12, 10, 9]


@pytest.fixture
def kab(tmp_path: Path) -> Path:
    return make_workspace(tmp_path / "kab", sum(SIZES), sizes=SIZES)


def whole_at_once(ws_path: Path, out: Path, periode: list[str]) -> dict[str, str]:
    """Every document's key as describing all of them in one go gives it (how build worked before #16)."""
    ws = selection.load(ws_path).workspace
    template_set = TemplateSet.for_workspace(ws)
    opds = list(ws.opds)
    jobs: list[Any] = plan(ws, periode=periode)
    jobs += opd_docs.plan_opd(ws, periode=periode, opds=opds)  # with their views, made for every OPD at once
    compiled = documents.templates(template_set, jobs)
    root = out / str(ws.tahun)
    return {doc.name: doc.key for doc in (documents.describe(ws, job, root, compiled, False, "") for job in jobs)}


def manifest(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "2024" / "manifest.json").read_text(encoding="utf-8"))
    return data


def test_the_opd_by_opd_build_writes_what_describing_the_whole_workspace_gives(kab: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    done: list[str] = []
    totals: list[int] = []
    report = build(kab, out, periode=["akhir"], pdf=False, progress=done.append, total=totals.append)
    expected = whole_at_once(kab, out, ["akhir"])
    # 31 people with 4 forms each, the 3 OPDs' rekap and the parts of their matriks
    assert len(expected) > 31 * 4 + 3 and report.ok and (report.built, report.skipped) == (len(expected), 0)
    assert totals == [len(expected)] and sorted(done) == sorted(expected)  # announced up front, each once
    outputs = manifest(out)["outputs"]
    assert {name: entry["key"] for name, entry in outputs.items()} == expected
    assert all((out / "2024" / name).is_file() for name in expected)
    assert len({entry["basis"] for entry in outputs.values()}) == 1
    # the names of a whole build are what it prunes against: nothing of its own goes
    again = build(kab, out, pdf=False)
    assert again.ok and all((out / "2024" / name).is_file() for name in expected)


def test_nothing_changed_describes_no_document_and_reports_the_same(
    kab: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    first = build(kab, out, periode=["akhir"], pdf=False)
    text = (out / "2024" / "manifest.json").read_text(encoding="utf-8")
    described: list[str] = []
    real = viewmodel.build

    def counting(*args: Any, **kwargs: Any) -> Any:
        described.append(args[2])
        return real(*args, **kwargs)

    monkeypatch.setattr(viewmodel, "build", counting)
    listed: list[str] = []
    plan_opd = opd_docs.plan_opd
    monkeypatch.setattr(opd_docs, "plan_opd", lambda *a, **k: listed.append("again") or plan_opd(*a, **k))
    done: list[str] = []
    totals: list[int] = []
    second = build(kab, out, periode=["akhir"], pdf=False, progress=done.append, total=totals.append)
    assert described == [] and listed == []  # nor made the matriks to list the OPDs' own documents
    assert (second.built, second.skipped, second.drafts, second.ok) == (0, first.built, first.drafts, True)
    assert totals == [first.built] and len(done) == first.built
    assert (out / "2024" / "manifest.json").read_text(encoding="utf-8") == text  # nothing written


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _heads(kab: Path) -> dict[str, str]:
    return {
        folder.name: folder.joinpath("opd.yaml").read_text().split('kepala: "')[1].split('"')[0]
        for folder in sorted(kab.iterdir())
        if folder.is_dir()
    }


def test_a_superior_in_another_opd_is_seen_when_only_the_superior_changes(kab: Path, tmp_path: Path) -> None:
    """The head of the second OPD is rated by the head of the first: editing the first's RHK (its file alone)
    rebuilds the second's forms that print it, although nothing of the second OPD changed."""
    heads = _heads(kab)
    first, second = heads["opd-001"], heads["opd-002"]
    spec = kab / "opd-002" / f"{second}.yaml"
    text = spec.read_text(encoding="utf-8")
    inline = text[text.index("pejabat_penilai:") : text.index("pendekatan:")]
    text = text.replace(inline, f'pejabat_penilai: "{first}"\n')
    text = text.replace("intervensi_teks: Sasaran strategis daerah", f'intervensi: "{first}#rhk-1"')
    spec.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert build(kab, out, periode=["akhir"], pdf=False).ok
    before = {name: entry["key"] for name, entry in manifest(out)["outputs"].items()}
    _edit(kab / "opd-001" / f"{first}.yaml", "dokumen dan layanan kegiatan nomor 1 ", "dokumen kegiatan nomor 1 ")
    report = build(kab, out, periode=["akhir"], pdf=False)
    after = {name: entry["key"] for name, entry in manifest(out)["outputs"].items()}
    changed = {name for name in after if after[name] != before[name]}
    assert f"opd-002/{second}/skp.docx" in changed  # prints its superior's RHK, from another OPD
    assert report.built == len(changed) and after == whole_at_once(kab, out, ["akhir"])


@pytest.mark.parametrize(
    "where",
    ["skpdoc.yaml", "opd.yaml", "spec", "template"],
)
def test_a_change_anywhere_is_seen(kab: Path, tmp_path: Path, where: str) -> None:
    out = tmp_path / "out"
    build(kab, out, periode=["akhir"], pdf=False)
    head = _heads(kab)["opd-003"]
    if where == "skpdoc.yaml":
        _edit(kab / "skpdoc.yaml", "Kota Contoh", "Kota Lain")
    elif where == "opd.yaml":
        _edit(kab / "opd-003" / "opd.yaml", "Dinas Contoh 3", "Dinas Contoh Tiga")
    elif where == "spec":
        _edit(kab / "opd-003" / f"{head}.yaml", f"Pegawai {head}, S.Kom.", f"Pegawai {head}, M.Kom.")
    else:
        from skpdoc.resources import data_dir

        (kab / "templates").mkdir()
        built_in = (data_dir("templates/docx") / "lampiran.docx").read_bytes()
        (kab / "templates" / "lampiran.docx").write_bytes(built_in + b"\0")  # another file, the same template
    report = build(kab, out, periode=["akhir"], pdf=False)
    outputs = manifest(out)["outputs"]
    assert report.built > 0 and {name: entry["key"] for name, entry in outputs.items()} == whole_at_once(
        kab, out, ["akhir"]
    )
    if where == "template":  # its documents, rekeyed by the template's hash, and no other
        assert report.built == sum(1 for entry in outputs.values() if entry["template"] == "lampiran.docx")
    # and the build after it is again one that describes nothing
    assert build(kab, out, periode=["akhir"], pdf=False).built == 0


def test_a_manifest_without_bases_is_trusted_for_keys_only_and_gets_them(kab: Path, tmp_path: Path) -> None:
    """A manifest an earlier skpdoc of the same version wrote (no ``basis``): every document is described, none
    rebuilt, and the bases are written for the next build."""
    out = tmp_path / "out"
    build(kab, out, periode=["akhir"], pdf=False)
    path = out / "2024" / "manifest.json"
    data = manifest(out)
    for entry in data["outputs"].values():
        del entry["basis"]
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    report = build(kab, out, periode=["akhir"], pdf=False)
    assert (report.built, report.skipped) == (0, len(data["outputs"]))
    assert all("basis" in entry for entry in manifest(out)["outputs"].values())


def test_an_employees_forms_alone_are_built_from_any_opd(kab: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    heads = _heads(kab)
    nips = [heads["opd-001"], heads["opd-003"]]
    done: list[str] = []
    report = build(kab, out, nips=nips, periode=["akhir"], pdf=False, progress=done.append)
    assert sorted(done) == sorted(
        f"{slug}/{heads[slug]}/{form}"
        for slug in ("opd-001", "opd-003")
        for form in ("skp.docx", "lampiran.docx", "evaluasi-akhir.docx", "dokumen-evaluasi-akhir.docx")
    )
    assert report.ok and report.built == 8 and not list((out / "2024").glob("*/rekap-*.docx"))


def test_an_interrupted_build_resumes_in_the_opd_it_stopped_in(kab: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    seen: list[str] = []
    first_opd = SIZES[0] * 4  # the first OPD's people's forms come first; stop inside the second OPD

    def interrupt(name: str) -> None:
        seen.append(name)
        if len(seen) == first_opd + 10:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build(kab, out, periode=["akhir"], pdf=False, progress=interrupt)
    assert {name.split("/")[0] for name in seen} == {"opd-001", "opd-002"}
    kept = manifest(out)["outputs"]
    assert set(kept) <= set(seen) and len(kept) >= first_opd  # at least the first OPD was saved
    resumed = build(kab, out, periode=["akhir"], pdf=False)
    expected = whole_at_once(kab, out, ["akhir"])
    assert resumed.ok and (resumed.skipped, resumed.built) == (len(kept), len(expected) - len(kept))
    assert {name: entry["key"] for name, entry in manifest(out)["outputs"].items()} == expected


def test_an_opd_listing_edited_by_hand_is_listed_again(kab: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = build(kab, out, periode=["akhir"], pdf=False)
    path = out / "2024" / "manifest.json"
    data = manifest(out)
    listing = data["opd_documents"]["opd-002"]["documents"]
    assert listing[-1]["form"] == "matriks"
    del listing[-1]  # a part of the matriks forgotten
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    report = build(kab, out, periode=["akhir"], pdf=False)
    assert (report.built, report.skipped, report.ok) == (0, first.built, True)
    assert len(manifest(out)["opd_documents"]["opd-002"]["documents"]) == len(listing) + 1


def test_each_opd_gets_its_bundle_and_a_no_change_build_touches_nothing(tmp_path: Path, soffice: str) -> None:
    """With LibreOffice: one converter for both OPDs, each OPD's bundle of its own documents, nothing redone."""
    from pypdf import PdfReader

    kab = make_workspace(tmp_path / "kab", 18, sizes=[9, 9])
    out = tmp_path / "out"
    done: list[str] = []
    totals: list[int] = []
    report = build(kab, out, periode=["akhir"], forms=["skp", "matriks"], progress=done.append, total=totals.append)
    root = out / "2024"
    assert report.ok and report.bundles == [root / "opd-001.pdf", root / "opd-002.pdf"]
    assert totals == [report.built] and len(done) == report.built
    data = manifest(out)
    for slug in ("opd-001", "opd-002"):
        mine = [entry for name, entry in data["outputs"].items() if name.startswith(f"{slug}/")]
        bundle = data["bundles"][slug]
        assert len(PdfReader(root / f"{slug}.pdf").pages) == bundle["pages"]
        assert bundle["pages"] == bundle["front_pages"] + sum(entry["pages"] for entry in mine)
        assert all(entry["bundle_pages"][1] <= bundle["pages"] for entry in mine)
    text = (root / "manifest.json").read_text(encoding="utf-8")
    written = {path: path.stat().st_mtime_ns for path in root.rglob("*.pdf")}
    again = build(kab, out, periode=["akhir"], forms=["skp", "matriks"])
    assert (again.built, again.skipped, again.bundles, again.ok) == (0, report.built, [], True)
    assert (root / "manifest.json").read_text(encoding="utf-8") == text
    assert {path: path.stat().st_mtime_ns for path in root.rglob("*.pdf")} == written
