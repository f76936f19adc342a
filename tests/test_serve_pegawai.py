"""``skpdoc serve``: the employee page (``/pegawai/<nip>``) and its history (``/pegawai/<nip>/riwayat``).

Over HTTP with Starlette's TestClient on the ``ws`` workspace (head, kabid, kasi of diskominfo),
with real git repositories for the history.
"""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

import pytest

from skpdoc.errors import Problem
from skpdoc.reference import PERILAKU
from skpdoc.serve.fields import Shown, field_id, place
from skpdoc.serve.state import read
from webclient import HEAD, KABID, KASI, accounts, git_init, logged_in

TARGET = field_id(("hasil_kerja", "utama", 0, "indikator", 0, "target"))


@pytest.fixture
def ws(ws: Path) -> Path:
    accounts(ws)
    return ws


def spec(ws: Path, nip: str = KASI) -> Path:
    return ws / "diskominfo" / f"{nip}.yaml"


def edit(ws: Path, old: str, new: str, nip: str = KASI) -> None:
    path = spec(ws, nip)
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def element(page: str, ident: str) -> str:
    """The HTML of the element with id ``ident``, up to its closing tag (elements of one tag do not nest here)."""
    found = re.search(rf'<(\w+) id="{re.escape(ident)}"[^>]*>(.*?)</\1>', page, re.S)
    assert found, f"no element {ident}"
    return found.group(0)


def git(ws: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=ws, check=True, capture_output=True, text=True)
    return done.stdout


# --- the page of a valid spec ------------------------------------------------------------------


def test_the_page_shows_the_skp_as_the_form_reads(ws: Path) -> None:
    page = logged_in(ws, "admin").get(f"/pegawai/{KASI}")
    assert page.status_code == 200
    text = page.text
    # identity, with the NIP in its printed groups and the unit by its name
    assert "Rina Marlina, S.Kom." in element(text, "f-pegawai-nama")
    assert "19870312 201001 1 004" in element(text, "f-pegawai-nip")
    assert "Penata" in element(text, "f-pegawai-pangkat") and "III/c" in element(text, "f-pegawai-golongan")
    assert "Seksi E-Government" in element(text, "f-pegawai-unit")
    # the penilai is a spec of the workspace (linked); the atasan is the penilai's own penilai
    penilai = element(text, "f-pejabat_penilai")
    assert f'href="/pegawai/{KABID}"' in penilai and "Budi Santoso" in penilai
    atasan = element(text, "f-atasan_pejabat_penilai")
    assert f'href="/pegawai/{HEAD}"' in atasan and "Ahmad Fauzi" in atasan
    # the RHK, the superior's RHK it supports (looked up in the kabid's spec), the indicator
    assert "Terselenggaranya layanan e-government" in element(text, "f-hasil_kerja-utama-0-rhk")
    supports = element(text, "f-hasil_kerja-utama-0-intervensi")
    assert "Tersedianya aplikasi layanan publik yang terintegrasi" in supports
    assert "Jumlah layanan terintegrasi" in element(text, "f-hasil_kerja-utama-0-indikator-0-iki")
    assert ">12<" in element(text, TARGET)
    assert "Layanan" in element(text, "f-hasil_kerja-utama-0-indikator-0-satuan")
    assert "Kuantitas" in element(text, "f-hasil_kerja-utama-0-indikator-0-aspek")
    # the seven BerAKHLAK values, each with its cell for the ekspektasi
    for key, (name, _) in PERILAKU.items():
        assert name in text
        element(text, f"f-ekspektasi_khusus_pimpinan-{key}")
    # the evaluation of triwulan I: realisasi with its unit, feedback, ratings and predikat
    assert "3 Layanan" in element(text, "f-evaluasi-triwulan-1-hasil_kerja-rhk-1.1-realisasi")
    assert "Sesuai jadwal" in element(text, "f-evaluasi-triwulan-1-hasil_kerja-rhk-1.1-umpan_balik")
    assert "Sesuai Ekspektasi" in element(text, "f-evaluasi-triwulan-1-rating_hasil_kerja")
    assert "Di Atas Ekspektasi" in element(text, "f-evaluasi-triwulan-1-rating_perilaku_kerja")
    assert "Baik" in element(text, "f-evaluasi-triwulan-1-predikat")
    assert "5 April 2024" in element(text, "f-evaluasi-triwulan-1-tanggal")
    # links: editing (the admin may), the previews of each form, the history
    for url in ("ubah", "evaluasi/triwulan-1", "pratinjau?form=skp", "pratinjau?form=lampiran"):
        assert f'href="/pegawai/{KASI}/{url}"' in text
    assert f'href="/pegawai/{KASI}/pratinjau?form=evaluasi-triwulan-1"' in text  # the form's name for files
    assert f'href="/pegawai/{KASI}/riwayat"' in text
    assert "Tidak ada masalah." in text


def test_the_page_speaks_english_with_the_setting(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKPDOC_LANG", "en")
    text = logged_in(ws, "admin").get(f"/pegawai/{KASI}").text
    assert "Appraising official" in text and "Edit the plan" in text and "No problems." in text
    assert "Pejabat penilai kinerja" not in text


# --- problems beside their fields ----------------------------------------------------------------


def test_a_target_of_the_wrong_type_shows_its_problem_beside_the_target(ws: Path) -> None:
    edit(ws, "target: 12", "target: dua belas")
    problems = read(ws).problems_of(spec(ws))
    wanted = [p for p in problems if p.path == ("hasil_kerja", "utama", 0, "indikator", 0, "target")]
    assert len(wanted) == 1
    text = logged_in(ws, "admin").get(f"/pegawai/{KASI}").text
    target = element(text, TARGET)
    assert "has-problem" in target and "dua belas" in target
    assert "harus berupa angka" in html.unescape(target)
    assert html.unescape(wanted[0].message("id")) in html.unescape(target)
    assert "Masalah lain di berkas ini" not in text  # placed beside its field, not at the top
    assert "1 galat" in text
    # the rest of the page is still there
    assert "Terselenggaranya layanan e-government" in text and "3 Layanan" in text


def test_a_problem_of_a_field_the_page_does_not_show_goes_to_the_top_with_its_line(ws: Path) -> None:
    path = spec(ws)
    path.write_text(path.read_text(encoding="utf-8") + "catatan_lain: x\n", encoding="utf-8")
    problems = read(ws).problems_of(path)
    assert problems and all(p.path[:1] == ("catatan_lain",) or not p.path for p in problems)
    text = logged_in(ws, "admin").get(f"/pegawai/{KASI}").text
    other = text.partition("Masalah lain di berkas ini")[2].partition("</ul>")[0]
    assert f"diskominfo/{KASI}.yaml:{problems[0].line}:{problems[0].column}" in other
    assert html.unescape(problems[0].message("id")) in html.unescape(other)


def test_a_spec_that_is_not_yaml_shows_its_problems_only(ws: Path) -> None:
    spec(ws).write_text("pegawai: [\n  nama: Rina\n", encoding="utf-8")
    page = logged_in(ws, "admin").get(f"/pegawai/{KASI}")
    assert page.status_code == 200
    assert "tidak dapat dibaca sebagai YAML" in page.text
    assert re.search(rf"diskominfo/{KASI}\.yaml:\d+:\d+", page.text)
    assert "Y001" in page.text
    assert 'id="hasil-kerja"' not in page.text and 'id="f-pegawai-nama"' not in page.text


def test_problems_go_beside_the_nearest_element_shown_on_their_path() -> None:
    shown = Shown()
    for path in [("hasil_kerja",), ("hasil_kerja", "utama", 0), ("hasil_kerja", "utama", 0, "rhk")]:
        shown.show(path)

    def problem(*path: str | int) -> Problem:
        return Problem(Path("x.yaml"), "S003", path=tuple(path))

    exact, nested, deeper, top = (
        problem("hasil_kerja", "utama", 0, "rhk"),
        problem("hasil_kerja", "utama", 0, "indikator", 3, "foo"),
        problem("hasil_kerja", "tambahan"),
        problem("belum_dikonfirmasi", 0),
    )
    placed = place([exact, nested, deeper, top, problem()], shown)
    assert placed.of("f-hasil_kerja-utama-0-rhk") == [exact]
    assert placed.of("f-hasil_kerja-utama-0") == [nested]
    assert placed.of("f-hasil_kerja") == [deeper]
    assert placed.other == [top, problem()]
    assert field_id(("evaluasi", "triwulan-1", "hasil_kerja", "rhk-1.1", "realisasi")) == (
        "f-evaluasi-triwulan-1-hasil_kerja-rhk-1.1-realisasi"
    )
    assert field_id(("a b", '"<x>"')) == "f-a_b-__x__"  # any key of a broken spec makes a safe id


# --- text from specs is escaped -------------------------------------------------------------------


def test_spec_text_is_printed_never_run(ws: Path) -> None:
    edit(ws, "rhk: Terselenggaranya layanan e-government", 'rhk: "<script>alert(1)</script>"')
    edit(ws, "umpan_balik: Sesuai jadwal", "umpan_balik: '<img src=x onerror=alert(2)>'")
    text = logged_in(ws, "admin").get(f"/pegawai/{KASI}").text
    assert "<script>alert(1)" not in text and "<img src=x" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in element(text, "f-hasil_kerja-utama-0-rhk")
    assert "&lt;img src=x onerror=alert(2)&gt;" in text


# --- who may open it ------------------------------------------------------------------------------


def test_an_operator_of_another_opd_is_refused(ws: Path) -> None:
    client = logged_in(ws, "ops-dinkes")
    assert client.get(f"/pegawai/{KASI}").status_code == 403
    assert client.get(f"/pegawai/{KASI}/riwayat").status_code == 403


def test_a_penilai_reads_her_staff_and_herself_but_not_her_head(ws: Path) -> None:
    client = logged_in(ws, "kabid")
    kasi = client.get(f"/pegawai/{KASI}")
    assert kasi.status_code == 200
    # she rates the kasi's evaluation, never edits a plan; her head's name is not a link for her
    assert f'href="/pegawai/{KASI}/evaluasi/triwulan-1"' in kasi.text
    assert f'href="/pegawai/{KASI}/ubah"' not in kasi.text
    assert client.get(f"/pegawai/{KABID}").status_code == 200
    own = client.get(f"/pegawai/{KABID}").text
    assert "Ahmad Fauzi" in own and f'href="/pegawai/{HEAD}"' not in own
    assert client.get(f"/pegawai/{HEAD}").status_code == 403
    assert client.get(f"/pegawai/{HEAD}/riwayat").status_code == 403


def test_a_reviewer_reads_every_page_and_is_offered_no_edit(ws: Path) -> None:
    text = logged_in(ws, "reviewer").get(f"/pegawai/{KASI}").text
    assert "Rina Marlina" in text
    assert "/ubah" not in text and "/evaluasi/triwulan-1" not in text
    assert f"/pegawai/{KASI}/pratinjau?form=skp" in text


@pytest.mark.parametrize(
    "url",
    [
        "/pegawai/199901012020011001",
        "/pegawai/..%2F..%2Fskpdoc",
        f"/pegawai/..%2Fdiskominfo%2F{KASI}",
        "/pegawai/%2E%2E/riwayat",
        "/pegawai/skpdoc.yaml",
        "/pegawai/199901012020011001/riwayat",
    ],
)
def test_a_nip_not_in_the_workspace_is_not_found(ws: Path, url: str) -> None:
    response = logged_in(ws, "admin").get(url)
    assert response.status_code == 404
    assert "Pemerintah Kabupaten" not in response.text  # nothing of skpdoc.yaml


def test_the_pages_ask_for_a_login_first(ws: Path) -> None:
    from webclient import client

    anonymous = client(ws)
    for url in (f"/pegawai/{KASI}", f"/pegawai/{KASI}/riwayat"):
        response = anonymous.get(url)
        assert response.status_code == 303 and response.headers["location"].startswith("/login?next=")


# --- the history ----------------------------------------------------------------------------------


def test_the_history_lists_each_commit_with_its_author_and_semantic_diff(ws: Path) -> None:
    git_init(ws)
    edit(ws, "target: 12", "target: 14")
    git(ws, "-c", "user.name=Siti Operator", "-c", "user.email=siti@example.org", "commit", "-qam", "Target naik")
    client = logged_in(ws, "admin")
    text = client.get(f"/pegawai/{KASI}/riwayat").text
    commits = re.findall(r'<article class="commit".*?</article>', text, re.S)
    assert len(commits) == 2
    newest, first = commits
    assert "Siti Operator" in newest and "Target naik" in newest
    assert "target rhk-1.1" in newest
    assert "<del>12 Layanan</del>" in newest and "<ins>14 Layanan</ins>" in newest
    assert "Test" in first and "awal" in first
    # the first commit has no parent: the employee arrives with the whole plan
    assert "ditambah" in first and "indikator rhk-1.1 [kuantitas] Jumlah layanan terintegrasi: 12 Layanan" in first
    # the employee page names the latest commits and links to this page
    page = client.get(f"/pegawai/{KASI}").text
    assert "Target naik" in page and "Siti Operator" in page


def test_the_history_follows_a_rename_and_shows_what_is_not_committed(ws: Path) -> None:
    git_init(ws)
    moved = ws / "diskominfo" / "kasi.yaml"
    git(ws, "mv", str(spec(ws)), str(moved))
    git(ws, "commit", "-qm", "Nama berkas")
    path = moved
    path.write_text(path.read_text(encoding="utf-8").replace("target: 12", "target: 13"), encoding="utf-8")
    text = logged_in(ws, "admin").get(f"/pegawai/{KASI}/riwayat").text
    assert "Nama berkas" in text and "awal" in text  # the commit before the rename too
    pending = text.partition("Perubahan yang belum di-commit")[2].partition("</section>")[0]
    assert "<del>12 Layanan</del>" in pending and "<ins>13 Layanan</ins>" in pending


def test_a_workspace_outside_git_has_no_history_and_says_so(ws: Path) -> None:
    client = logged_in(ws, "admin")
    history = client.get(f"/pegawai/{KASI}/riwayat")
    assert history.status_code == 200
    assert "bukan repositori git" in history.text
    assert "bukan repositori git" in client.get(f"/pegawai/{KASI}").text


def test_the_history_stops_where_git_took_another_persons_file_for_a_rename(ws: Path) -> None:
    """A spec removed and a similar one added in one commit is a "rename" to git: the old one's history (here a
    note on the kepala seksi's evaluation) is not the newcomer's to show."""
    edit(ws, "predikat: baik", "predikat: baik\n    catatan_rekomendasi: RAHASIA-teguran")
    git_init(ws)
    newcomer = "199001012015031001"
    text = spec(ws).read_text(encoding="utf-8").replace(KASI, newcomer).replace("Rina Marlina", "Dewi Lestari")
    (ws / "diskominfo" / f"{newcomer}.yaml").write_text(text, encoding="utf-8")
    spec(ws).unlink()
    git(ws, "add", "-A")
    git(ws, "commit", "-qm", "Mutasi")
    page = logged_in(ws, "admin").get(f"/pegawai/{newcomer}/riwayat").text
    assert "Mutasi" in page and "RAHASIA" not in page and "awal" not in page


def test_the_rhk_another_opd_supports_is_named_only_to_who_may_read_it(ws: Path) -> None:
    """An intervensi may name anyone's RHK: the text is shown only to an account that may read its owner (or
    when the owner is the employee's penilai)."""
    other = ws / "dinkes" / "199001012015031001.yaml"
    text = spec(ws).read_text(encoding="utf-8").replace(KASI, "199001012015031001")
    other.write_text(text.replace(f'intervensi: "{KABID}#rhk-1"', f'intervensi: "{KASI}#rhk-1"'), encoding="utf-8")
    page = logged_in(ws, "ops-dinkes").get("/pegawai/199001012015031001").text
    assert "Terselenggaranya layanan e-government" in page  # its own RHK, whose text is the same
    assert page.count("Terselenggaranya layanan e-government") == 1  # ... but not the kepala seksi's, named
    assert f"{KASI}#rhk-1" in page
    admin = logged_in(ws, "admin").get("/pegawai/199001012015031001").text
    assert admin.count("Terselenggaranya layanan e-government") == 2
