"""The dashboard of ``skpdoc serve``: counts per OPD, filters, the pola distribusi charts, a penilai's people.

The chart's figures and words are checked against ``skpdoc rekap --format json``
on the same workspace: the page must say what the CLI says.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO
from skpdoc.cli import main
from skpdoc.distribusi import POLA_DISTRIBUSI, check, count
from skpdoc.rekap import Distribusi
from skpdoc.serve.chart import grafik
from webclient import HEAD, KABID, KASI, accounts, logged_in

KOMINFO = "Dinas Komunikasi dan Informatika"
RATED = "    rating_hasil_kerja: {hasil}\n    rating_perilaku_kerja: {perilaku}\n"


def rate(ws: Path, nip: str, periode: str, hasil: str, perilaku: str) -> None:
    """Give the employee an evaluation of ``periode`` with these ratings (added, or its ratings replaced)."""
    spec = ws / "diskominfo" / f"{nip}.yaml"
    text = spec.read_text(encoding="utf-8")
    if f"  {periode}:" in text:
        text = re.sub(r"rating_hasil_kerja: \S+", f"rating_hasil_kerja: {hasil}", text)
        text = re.sub(r"rating_perilaku_kerja: \S+", f"rating_perilaku_kerja: {perilaku}", text)
        text = re.sub(r"\n    predikat: \S+", "", text)
    else:
        block = f"  {periode}:\n    tanggal: 2024-04-05\n    hasil_kerja:\n      rhk-1.1: {{realisasi: 3}}\n"
        text += ("" if "evaluasi:" in text else "evaluasi:\n") + block + RATED.format(hasil=hasil, perilaku=perilaku)
    spec.write_text(text, encoding="utf-8")


def with_accounts(ws: Path) -> Path:
    """The accounts of every role; their second OPD (dinkes, no employees) gets a name of its own."""
    accounts(ws)
    opd = ws / "dinkes" / "opd.yaml"
    opd.write_text(re.sub(r"(?m)^nama:.*$", "nama: Dinas Kesehatan", opd.read_text()), encoding="utf-8")
    return ws


@pytest.fixture
def rated(ws: Path) -> Path:
    """The small workspace with a capaian for triwulan-1 and everyone rated: the kabid and the kasi are counted
    (the head is rated in the parent's distribution), one Sangat Baik and one Baik, where "baik" asks for at least
    one Butuh Perbaikan or Kurang."""
    with_accounts(ws)
    opd = ws / "diskominfo" / "opd.yaml"
    opd.write_text(opd.read_text() + "capaian_kinerja_organisasi:\n  triwulan-1: baik\n", encoding="utf-8")
    rate(ws, HEAD, "triwulan-1", "sesuai-ekspektasi", "sesuai-ekspektasi")
    rate(ws, KABID, "triwulan-1", "di-atas-ekspektasi", "di-atas-ekspektasi")
    return ws


def rekap_json(ws: Path, periode: str, capsys: pytest.CaptureFixture[str], *opds: str) -> dict[str, Any]:
    capsys.readouterr()
    chosen = [arg for slug in opds for arg in ("--opd", slug)]
    assert main(["rekap", str(ws), "--periode", periode, "--format", "json", *chosen]) == 0
    return dict(json.loads(capsys.readouterr().out))


def figures(page: str) -> dict[str, dict[str, Any]]:
    """Each chart of the page by its caption: the figures table's rows and the words under it."""
    found: dict[str, dict[str, Any]] = {}
    for block in re.findall(r'<figure class="pola[^"]*">(.*?)</figure>', page, re.S):
        caption = html.unescape(re.search(r"<figcaption>(.*?)</figcaption>", block, re.S).group(1))  # type: ignore[union-attr]
        body = block.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
        rows = re.findall(r'<tr( class="broken")?><th scope="row">([^<]*)</th><td>(\d+)</td><td>([^<]*)</td>', body)
        listed = block.split('<ul class="pola-words">', 1)[1]
        words = [html.unescape(w) for w in re.findall(r"<li(?:\s[^>]*)?>(.*?)</li>", listed, re.S)]
        found[caption] = {
            "rows": {html.unescape(name): (int(n), share, bool(broken)) for broken, name, n, share in rows},
            "words": words,
            "svg": re.search(r"<svg .*?</svg>", block, re.S).group(0),  # type: ignore[union-attr]
        }
    return found


def count_row(page: str, name: str) -> list[str]:
    """The cells of the counts table's row of the OPD ``name`` (its name may be a link)."""
    row = re.search(
        rf'<tr><th scope="row">(?:<a href="[^"]*">)?{re.escape(name)}(?:</a>)?</th>((?:<td>[^<]*</td>)+)</tr>', page
    )
    assert row, name
    return re.findall(r"<td>([^<]*)</td>", row.group(1))


def test_every_account_sees_the_counts_and_only_readable_opds_are_links(rated: Path) -> None:
    from skpdoc.api import validate

    kominfo = KOMINFO
    spec = rated / "diskominfo" / f"{KASI}.yaml"  # intervening the head, not the penilai: a warning (R135)
    spec.write_text(spec.read_text().replace(f'"{KABID}#rhk-1"', f'"{HEAD}#rhk-1"'), encoding="utf-8")
    folder = str((rated / "diskominfo").resolve())
    warnings = [p for p in validate([rated]).warnings if str(p.file.resolve()).startswith(folder)]
    assert warnings
    for name in ("admin", "ops", "ops-dinkes", "kabid", "reviewer"):
        page = logged_in(rated, name).get("/").text
        cells = count_row(page, kominfo)
        assert cells[:6] == ["3", "3", "3", "3", "0", str(len(warnings))], name
        assert cells[6] == "tidak sesuai (1)"  # skpdoc status's own words
        linked = '<a href="/opd/diskominfo">' in page
        assert linked == (name in ("admin", "ops", "reviewer")), name
        assert ('<a href="/opd/dinkes">' in page) == (name in ("admin", "ops-dinkes", "reviewer")), name


def test_the_filters_choose_the_periode_and_the_opd(rated: Path) -> None:
    client = logged_in(rated, "admin")
    default = client.get("/").text  # the latest periode opened: triwulan-1 (the only one)
    assert '<option value="triwulan-1" selected>' in default and "Periode: Triwulan I" in default
    names = re.findall(r'<tr><th scope="row">(?:<a href="[^"]*">)?([^<]*)', default.split("</table>")[0])
    assert names == ["Dinas Kesehatan", "Dinas Komunikasi dan Informatika"]
    assert count_row(default, "Dinas Komunikasi dan Informatika")[:5] == ["3", "3", "3", "3", "0"]
    akhir = client.get("/", params={"periode": "akhir"}).text
    assert '<option value="akhir" selected>' in akhir and "Periode: Akhir" in akhir
    assert count_row(akhir, "Dinas Komunikasi dan Informatika")[2:4] == ["0", "0"]  # nobody has an akhir block
    assert "<figure" in akhir and "capaian kinerja organisasi periode ini belum ditetapkan" in akhir
    one = client.get("/", params={"periode": "triwulan-1", "opd": "diskominfo"}).text
    assert '<option value="diskominfo" selected>' in one
    names = re.findall(r'<tr><th scope="row">(?:<a href="[^"]*">)?([^<]*)', one.split("</table>")[0])
    assert names == ["Dinas Komunikasi dan Informatika"]
    assert [c.split(" — ")[0] for c in figures(one)] == ["Pola distribusi Dinas Komunikasi dan Informatika"]
    for bad in ({"periode": "../akhir"}, {"opd": "../../etc"}, {"periode": "<script>"}):
        page = client.get("/", params=bad)
        assert page.status_code == 200 and "Periode: Triwulan I" in page.text  # unknown values: the defaults
        assert len(re.findall(r'<tr><th scope="row">', page.text.split("</table>")[0])) == 2


def test_the_chart_says_what_skpdoc_rekap_says(rated: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = logged_in(rated, "reviewer").get("/", params={"periode": "triwulan-1"}).text
    expected = rekap_json(rated, "triwulan-1", capsys, "diskominfo")["opd"][0]
    charts = figures(page)
    assert [c.split(" — ")[0] for c in charts] == ["Pola distribusi Dinas Kesehatan", f"Pola distribusi {KOMINFO}"]
    caption, chart = next((c, chart) for c, chart in charts.items() if KOMINFO in c)
    assert caption == f"Pola distribusi {KOMINFO} — Triwulan I — capaian kinerja organisasi: Baik"
    predikat = {"Sangat Baik": "sangat-baik", "Baik": "baik", "Butuh Perbaikan": "butuh-perbaikan"}
    for name, slug in predikat.items():
        n, share, _ = chart["rows"][name]
        assert n == expected["distribusi"]["jumlah"][slug]
        assert share == f"{round(expected['distribusi']['persen'][slug])}%"
    # the one limit broken (at least one Butuh Perbaikan or Kurang), in rekap's words, on the shared row
    assert [v["pesan"] for v in expected["pelanggaran"]] == [w.removeprefix("⚠ ") for w in chart["words"][:1]]
    shared = [name for name in chart["rows"] if "(bersama)" in name]
    assert len(shared) == 1 and chart["rows"][shared[0]][2] is True
    assert not any(broken for name, (_, _, broken) in chart["rows"].items() if name not in shared)
    assert all(f"Pola: {rule}" in chart["words"] for rule in expected["distribusi"]["aturan"])
    svg = chart["svg"]
    assert "<title " in svg and "<desc " in svg and "style=" not in svg and "<script" not in svg
    ident = re.search(r'aria-labelledby="(\S+)-title \1-desc"', svg)
    assert ident and f'<title id="{ident.group(1)}-title">' in svg and f'<desc id="{ident.group(1)}-desc">' in svg
    assert len(set(re.findall(r' id="([^"]+)"', page))) == len(re.findall(r' id="([^"]+)"', page))  # unique ids


def test_the_example_workspace_charts_match_the_rekap(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The bundled example (46 employees, two OPDs); the BKPSDM's capaian for the year lowered to "kurang", so that
    its distribution breaks several limits."""
    ws = tmp_path / "specs"
    shutil.copytree(REPO / "specs", ws, ignore=shutil.ignore_patterns(".skpdoc"))
    opd = ws / "bkpsdm" / "opd.yaml"
    text = opd.read_text(encoding="utf-8")
    assert re.search(r"(?m)^  akhir: \S+$", text)
    opd.write_text(re.sub(r"(?m)^  akhir: \S+$", "  akhir: kurang", text), encoding="utf-8")
    from skpdoc.serve import users

    users.add(ws, "admin", "admin", [], "rahasia-sekali")
    client = logged_in(ws, "admin")
    for periode in ("akhir", "triwulan-1"):
        charts = figures(client.get("/", params={"periode": periode}).text)
        expected = rekap_json(ws, periode, capsys)
        distributions = [(o, o["distribusi"] | {"nama": o["nama"]}) for o in expected["opd"]]
        distributions += [(o, d) for o in expected["opd"] for d in o["distribusi_unit"]]
        assert len(charts) == len(distributions)
        for o, d in distributions:
            caption = next(c for c in charts if c.startswith(f"Pola distribusi {d['nama']} — "))
            chart = charts[caption]
            shares = {name: n for name, (n, _, _) in chart["rows"].items() if "(bersama)" not in name}
            assert list(shares.values()) == list(d["jumlah"].values())
            broken = [v["pesan"] for v in o["pelanggaran"] if v["unit"] == d.get("unit")]
            assert [w.removeprefix("⚠ ") for w in chart["words"] if w.startswith("⚠")] == broken
            if periode == "akhir" and o["slug"] == "bkpsdm":
                assert len(broken) >= 2 and any(b for _, _, b in chart["rows"].values())


def test_a_penilai_sees_the_people_they_assess(rated: Path) -> None:
    page = logged_in(rated, "kabid").get("/").text
    assert "Pegawai yang Anda nilai" in page
    section = page.split("Pegawai yang Anda nilai", 1)[1].split("</section>", 1)[0]
    assert re.findall(r'href="/pegawai/(\d+)"', section) == [KASI]
    assert "Rina Marlina, S.Kom." in section and "Baik" in section
    assert "Pegawai yang Anda nilai" not in logged_in(rated, "admin").get("/").text


def test_without_any_evaluation_only_the_plans_are_counted(ws: Path) -> None:
    spec = ws / "diskominfo" / f"{KASI}.yaml"
    spec.write_text(spec.read_text().split("evaluasi:\n")[0], encoding="utf-8")
    with_accounts(ws)
    page = logged_in(ws, "ops").get("/").text
    assert '<option value="" selected>— belum ada evaluasi —</option>' in page
    assert count_row(page, "Dinas Komunikasi dan Informatika")[:5] == ["3", "3", "-", "-", "0"]
    assert "Pola distribusi dihitung setelah evaluasi suatu periode dibuka." in page and "<svg" not in page


def test_the_dashboard_in_english(rated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKPDOC_LANG", "en")
    page = logged_in(rated, "kabid").get("/").text
    for words in ("Warnings", "Employees you assess", "range the pola allows", "All OPDs", "Show", "Pola: Baik"):
        assert words in page, words
    assert "Pegawai yang Anda nilai" not in page and "rentang yang diizinkan" not in page


def test_spec_text_in_the_chart_is_escaped(rated: Path) -> None:
    opd = rated / "diskominfo" / "opd.yaml"
    opd.write_text(re.sub(r"(?m)^nama:.*$", 'nama: "<script>x</script>"', opd.read_text()), encoding="utf-8")
    page = logged_in(rated, "admin").get("/").text
    assert "<script>x</script>" not in page
    assert re.search(r'<title id="[^"]+">Pola distribusi &lt;script&gt;x&lt;/script&gt; — ', page)
    assert "style=" not in page


def test_the_chart_draws_the_pola_s_bands_and_the_rekap_s_violations() -> None:
    """A unit of the chart: "sangat-kurang" allows no Sangat Baik, asks 60% Sangat Kurang and 10% of Kurang and
    Butuh Perbaikan together; 1 Sangat Baik of 5 rated breaks the first and the second."""
    given = ["sangat-baik", "baik", "sangat-kurang", "sangat-kurang", "kurang"]
    broken = tuple(check("sangat-kurang", given))
    d = Distribusi(None, "Dinas <X>", "1", "sangat-kurang", count(given), broken, 1)
    chart = grafik(d, "akhir", "t", "id")
    rows = {r.nama: r for r in chart.baris}
    assert list(rows)[:5] == ["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"]
    assert rows["Sangat Baik"].batas == (Fraction(0), Fraction(0)) and rows["Sangat Baik"].melanggar
    assert rows["Sangat Kurang"].batas == (Fraction(60, 100), Fraction(1)) and rows["Sangat Kurang"].melanggar
    assert rows["Baik"].batas == (Fraction(0), Fraction(1)) and not rows["Baik"].melanggar  # no limit of its own
    shared = rows["Kurang/Misconduct dan/atau Butuh Perbaikan"]
    assert (
        shared.bersama
        and shared.jumlah == 1
        and shared.batas == (Fraction(10, 100), Fraction(1))
        and not shared.melanggar
    )
    assert {p.batas.predikat for p in broken} == {("sangat-baik",), ("sangat-kurang",)}
    assert (chart.total, chart.belum_dievaluasi) == (5, 1) and rows["Sangat Kurang"].persen == "40%"
    assert "Dinas &lt;X&gt;" in chart.svg and "style=" not in chart.svg
    assert chart.svg.count('class="row broken"') == 2
    assert len(POLA_DISTRIBUSI["sangat-kurang"]) == 3  # the three limits above: a change there changes this test
