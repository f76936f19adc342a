"""The OPD page of ``skpdoc serve`` (who may open it, employees in the forms' order, the rekap, the downloads)
and the pohon kinerja it draws (:mod:`skpdoc.serve.pohon`, tested on its own over real workspaces)."""

from __future__ import annotations

import dataclasses
import html
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, RHK_2, STAFF, build_tree
from skpdoc import selection
from skpdoc.cli import main
from skpdoc.model import Workspace, ordered_people
from skpdoc.serve import users
from skpdoc.serve.pohon import Pohon, Simpul, pohon
from webclient import HEAD, KABID, KASI, PASSWORD, accounts, client, logged_in

TAMBAHAN = """\
  tambahan:
    - id: tambahan-1
      rhk: Terlaksananya tugas piket
      indikator:
        - {id: tambahan-1.1, aspek: kuantitas, iki: Jumlah piket, target: 12, satuan: Kali}
"""

#: A second OPD whose staff supports the Diskominfo head's RHK (another OPD's RHK: a warning, R135).
BKPSDM_HEAD, BKPSDM_STAFF = "196901011990031001", "199001012015031001"


def spec(ws: Path, nip: str, opd: str = "diskominfo") -> Path:
    return ws / opd / f"{nip}.yaml"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def load(ws: Path) -> Workspace:
    return selection.load(ws).workspace


def shape(node: Simpul) -> tuple[Any, ...]:
    """A node and its subtree as (nip, rhk id, [subtrees])."""
    return (node.pegawai.nip, node.rhk.id, [shape(child) for child in node.anak])


def placed(tree: Pohon) -> list[tuple[str, str]]:
    return [(n.pegawai.nip, n.rhk.id) for n in tree.simpul()]


def every_rhk(ws: Workspace, slug: str) -> list[tuple[str, str]]:
    return [(p.nip, r.id) for p, _ in ordered_people(ws, slug) for r in p.rhk]


# --- the pohon kinerja, on its own ------------------------------------------------------


def test_the_tree_follows_intervensi_from_the_heads_rhk_down(ws: Path) -> None:
    tree = pohon(load(ws), "diskominfo")
    assert tree.kepala is not None and tree.kepala.nip == HEAD
    assert [shape(n) for n in tree.akar] == [(HEAD, "rhk-1", [(KABID, "rhk-1", [(KASI, "rhk-1", [])])])]
    assert not tree.lepas and not tree.tidak_didukung and not tree.bermasalah


def test_unsupported_rhk_of_a_penilai_and_loose_rhk_are_flagged(ws: Path) -> None:
    head_rhk_2 = """\
    - id: rhk-2
      intervensi_teks: Penugasan dari Bupati
      rhk: Terselenggaranya statistik sektoral
      indikator:
        - {id: rhk-2.1, perspektif: penerima-layanan, iki: Indeks statistik, target: 3, satuan: Indeks}
"""
    edit(spec(ws, HEAD), "          satuan: Indeks\n", "          satuan: Indeks\n" + head_rhk_2)
    kasi = spec(ws, KASI)
    kasi.write_text(STAFF.replace("evaluasi:\n", RHK_2 + TAMBAHAN + "evaluasi:\n"), encoding="utf-8")
    edit(
        kasi,
        f'intervensi: "{KABID}#rhk-1"\n      rhk: Terkelolanya',
        "intervensi_teks: Arahan Sekda\n      rhk: Terkelolanya",
    )
    ws_ = load(ws)
    assert KASI in ws_.pegawai
    tree = pohon(ws_, "diskominfo")
    assert [shape(n) for n in tree.akar] == [
        (HEAD, "rhk-1", [(KABID, "rhk-1", [(KASI, "rhk-1", [])])]),
        (HEAD, "rhk-2", []),
    ]
    # the head rates the kabid: his rhk-2 is carried by nobody; the kasi rates nobody, so hers are not judged
    assert [(n.pegawai.nip, n.rhk.id) for n in tree.tidak_didukung] == [(HEAD, "rhk-2")]
    loose = {(lp.simpul.pegawai.nip, lp.simpul.rhk.id): (lp.alasan, lp.target, lp.bermasalah) for lp in tree.lepas}
    assert loose == {
        (KASI, "rhk-2"): ("teks", "Arahan Sekda", True),
        (KASI, "tambahan-1"): ("tambahan", "", False),
    }
    assert sorted(placed(tree)) == sorted(every_rhk(ws_, "diskominfo"))  # every RHK once


def test_an_rhk_intervening_a_spec_with_errors_is_unlinked(ws: Path) -> None:
    edit(spec(ws, KABID), f'      intervensi: "{HEAD}#rhk-1"\n', "")  # R131: the kabid's spec has an error
    ws_ = load(ws)
    assert KABID not in ws_.pegawai and KASI in ws_.pegawai
    tree = pohon(ws_, "diskominfo")
    assert [shape(n) for n in tree.akar] == [(HEAD, "rhk-1", [])]
    assert [(lp.simpul.pegawai.nip, lp.alasan, lp.target) for lp in tree.lepas] == [
        (KASI, "tidak-dikenal", f"{KABID}#rhk-1")
    ]
    assert tree.bermasalah == list(tree.lepas)


def test_supporters_in_another_opd_and_a_circle(ws: Path) -> None:
    head = spec(ws, HEAD).read_text(encoding="utf-8")
    head = head.replace(HEAD, BKPSDM_HEAD).replace("Ir. Ahmad Fauzi, M.Si.", "Dra. Sri Lestari")
    head = head.replace("Kepala Dinas Komunikasi dan Informatika", "Kepala BKPSDM")
    staff = (
        STAFF.split("evaluasi:\n")[0]
        .replace(KASI, BKPSDM_STAFF)
        .replace(f'"{KABID}"', f'"{BKPSDM_HEAD}"')
        .replace(f"{KABID}#rhk-1", f"{HEAD}#rhk-1")
        .replace("  unit: egov\n", "")
        .replace("Rina Marlina, S.Kom.", "Joko Susilo")
    )
    opd = f'nama: Badan Kepegawaian\nkepala: "{BKPSDM_HEAD}"\n'
    build_tree(ws, {"bkpsdm/opd.yaml": opd, f"bkpsdm/{BKPSDM_HEAD}.yaml": head, f"bkpsdm/{BKPSDM_STAFF}.yaml": staff})
    ws_ = load(ws)
    assert BKPSDM_STAFF in ws_.pegawai, [p.format() for p in selection.load(ws).errors]
    own = pohon(ws_, "bkpsdm")
    assert [(lp.simpul.pegawai.nip, lp.alasan, lp.bermasalah) for lp in own.lepas] == [
        (BKPSDM_STAFF, "opd-lain", False)
    ]
    theirs = pohon(ws_, "diskominfo")  # shown there too, after the OPD's own supporters
    assert [shape(n) for n in theirs.akar] == [
        (HEAD, "rhk-1", [(KABID, "rhk-1", [(KASI, "rhk-1", [])]), (BKPSDM_STAFF, "rhk-1", [])])
    ]
    # a circle (kabid's RHK supports the kasi's, which supports the kabid's) never reaches the head
    kabid, kasi = ws_.pegawai[KABID], ws_.pegawai[KASI]
    circle = {
        KABID: dataclasses.replace(kabid, rhk=(dataclasses.replace(kabid.rhk[0], intervensi=(KASI, "rhk-1")),)),
        KASI: kasi,
    }
    looped = dataclasses.replace(ws_, pegawai={**ws_.pegawai, **circle})
    tree = pohon(looped, "diskominfo")
    assert [shape(n) for n in tree.akar] == [(HEAD, "rhk-1", [(BKPSDM_STAFF, "rhk-1", [])])]
    assert [(lp.alasan, shape(lp.simpul)) for lp in tree.lepas] == [
        ("terputus", (KABID, "rhk-1", [(KASI, "rhk-1", [])]))
    ]


# --- the page -----------------------------------------------------------------------------


@pytest.fixture
def site(ws: Path) -> Path:
    accounts(ws)
    return ws


def test_only_accounts_reading_the_opd_open_its_page(site: Path) -> None:
    for name, expected in (("admin", 200), ("ops", 200), ("reviewer", 200), ("ops-dinkes", 403), ("kabid", 403)):
        response = logged_in(site, name).get("/opd/diskominfo")
        assert response.status_code == expected, name
        assert ("Rina Marlina" in response.text) == (expected == 200), name
    assert logged_in(site, "ops-dinkes").get("/opd/dinkes").status_code == 200
    anonymous = client(site).get("/opd/diskominfo")
    assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/login?next=/opd/diskominfo")


@pytest.mark.parametrize(
    "path", ["/opd/nope", "/opd/..%2F..", "/opd/..%2Fdiskominfo", "/opd/%2e%2e", "/opd/.skpdoc", "/opd/diskominfo%00"]
)
def test_an_unknown_or_crafted_slug_is_not_found(site: Path, path: str) -> None:
    response = logged_in(site, "admin").get(path)
    assert response.status_code == 404
    assert "Rina Marlina" not in response.text


def test_employees_are_grouped_by_unit_in_the_order_of_the_forms(tmp_path: Path) -> None:
    ws = tmp_path / "specs"
    shutil.copytree(REPO / "specs", ws, ignore=shutil.ignore_patterns(".skpdoc"))
    users.add(ws, "admin", "admin", [], PASSWORD)
    page = logged_in(ws, "admin").get("/opd/diskominfo").text
    people = page.split('<section id="pegawai">', 1)[1].split("</section>", 1)[0]
    ordered = ordered_people(load(ws), "diskominfo")
    assert re.findall(r'data-nip="(\d+)"', people) == [p.nip for p, _ in ordered]
    runs: list[str] = []
    for _, units in ordered:  # consecutive employees of one unit share a heading
        unit = " › ".join(units) or "Dinas Komunikasi dan Informatika"
        runs += [] if runs and runs[-1] == unit else [unit]
    assert [html.unescape(h) for h in re.findall(r'scope="colgroup">([^<]*)<', people)] == runs
    assert len(runs) < len(ordered)  # the example has units of several people
    assert people.count('href="/pegawai/') == len(ordered)


def test_the_rekap_table_says_what_skpdoc_rekap_says(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = tmp_path / "specs"
    shutil.copytree(REPO / "specs", ws, ignore=shutil.ignore_patterns(".skpdoc"))
    users.add(ws, "admin", "admin", [], PASSWORD)
    page = logged_in(ws, "admin").get("/opd/bkpsdm", params={"periode": "triwulan-2"}).text
    assert main(["rekap", str(ws), "--opd", "bkpsdm", "--periode", "triwulan-2", "--format", "json"]) == 0
    expected = json.loads(capsys.readouterr().out)["opd"][0]
    rekap = page.split('<section id="rekap">', 1)[1]
    assert "<h2>Rekap Triwulan II</h2>" in rekap
    rows = re.findall(r"<tr><td class=\"no\">\d+</td><td class=\"text\"[^>]*>(\d+)</td>(.*?)</tr>", rekap, re.S)
    assert [nip for nip, _ in rows] == [p["nip"] for p in expected["pegawai"]]
    from skpdoc.reference import PREDIKAT

    for (_, cells), person in zip(rows, expected["pegawai"], strict=True):
        assert PREDIKAT[person["predikat"]] in cells
    assert 'value="triwulan-2"' in page


def test_a_spec_with_errors_is_listed_flagged_and_the_rekap_refused_as_the_cli_does(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(spec(site, KASI), "pendekatan: kuantitatif", "pendekatan: sembarang")
    page = logged_in(site, "ops").get("/opd/diskominfo").text
    assert page.count("data-nip=") == 3
    errors = page.split('<tbody class="unit-errors">', 1)[1].split("</tbody>", 1)[0]
    assert re.findall(r'data-nip="(\d+)"', errors) == [KASI]
    assert f'href="/pegawai/{KASI}"' in errors and '<span class="badge bad">galat</span>' in errors
    assert "kesalahan" in errors  # what is missing: the errors' codes, as skpdoc status words them
    assert main(["rekap", str(site), "--opd", "diskominfo"]) != 0
    refused = capsys.readouterr().err
    rekap = page.split('<section id="rekap">', 1)[1]
    assert "Rekap belum dapat dibuat" in rekap
    codes = re.findall(r": (?:peringatan )?([A-Z]\d{3}) ", refused)
    shown = re.findall(r'<li class="[^"]*"><code>([^<]*)</code> <span class="code">([A-Z]\d{3})</span>', rekap)
    assert codes and [code for _, code in shown] == codes
    assert all(where.startswith(f"diskominfo/{KASI}.yaml") for where, _ in shown)
    assert str(site) not in rekap  # the server's folders are not shown, only paths in the workspace
    pohon_part = page.split('<section id="pohon">', 1)[1].split("</section>", 1)[0]
    assert "1 spesifikasi bergalat tidak masuk pohon" in pohon_part


def test_the_page_flags_unsupported_and_unlinked_rhk(site: Path) -> None:
    edit(spec(site, KASI), f'intervensi: "{KABID}#rhk-1"', "intervensi_teks: Arahan Sekda")
    page = logged_in(site, "reviewer").get("/opd/diskominfo").text
    tree = page.split('<section id="pohon">', 1)[1].split("</section>", 1)[0]
    unsupported = re.findall(
        r'<span class="rhk-text">([^<]*)</span>(?:(?!</summary>|</div>).)*flag-unsupported', tree, re.S
    )
    assert unsupported == ["Tersedianya aplikasi layanan publik yang terintegrasi"]  # the kabid's, now alone
    assert "flag-unlinked" in tree and "mengintervensi RHK di luar workspace: Arahan Sekda" in tree
    assert "3 RHK; 1 RHK utama pejabat penilai tidak didukung; 1 RHK belum tersambung ke RHK atasan." in tree
    assert "<details open><summary>" in tree  # the top of the tree is open, without any script


def test_spec_text_is_escaped_on_the_opd_page(site: Path) -> None:
    edit(spec(site, KASI), "rhk: Terselenggaranya layanan e-government", 'rhk: "<script>x</script>"')
    edit(spec(site, KASI), "nama: Rina Marlina, S.Kom.", 'nama: "<b>Rina</b>"')
    page = logged_in(site, "admin").get("/opd/diskominfo").text
    assert "<script>x</script>" not in page and "<b>Rina</b>" not in page
    assert '<span class="rhk-text">&lt;script&gt;x&lt;/script&gt;</span>' in page
    assert page.count("&lt;b&gt;Rina&lt;/b&gt;") >= 3  # the employees, the tree and the rekap
    assert "style=" not in page
    assert len(re.findall(r"<script", page)) == len(re.findall(r'<script src="/static/[^"]+"', page))


def test_the_download_buttons_post_with_the_csrf_token_and_the_periode(site: Path) -> None:
    c = logged_in(site, "ops")
    page = c.get("/opd/diskominfo", params={"periode": "triwulan-1"}).text
    token = re.search(r'name="csrf" value="([^"]+)"', page)
    assert token
    for what in ("bundle", "rekap"):
        form = re.search(rf'<form method="post" action="/opd/diskominfo/unduh/{what}">(.*?)</form>', page, re.S)
        assert form, what
        assert f'<input type="hidden" name="csrf" value="{token.group(1)}">' in form.group(1)
        assert '<input type="hidden" name="periode" value="triwulan-1">' in form.group(1)


def test_the_opd_page_in_english(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKPDOC_LANG", "en")
    page = logged_in(site, "admin").get("/opd/diskominfo").text
    for words in ("Employees", "Position", "On this page", "The OPD&#39;s PDF bundle", "← All OPDs", "rated"):
        assert words in page, words
    assert "Pegawai" not in page.split("<main>", 1)[1].split('<section id="rekap">')[0]


def test_an_opd_without_employees(site: Path) -> None:
    page = logged_in(site, "ops-dinkes").get("/opd/dinkes").text
    assert "OPD ini belum mempunyai pegawai." in page
    assert "Pohon kinerja belum dapat disusun: opd.yaml OPD ini bergalat" in page  # its head is not in it (R153)
