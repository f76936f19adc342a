"""Editing a plan and an evaluation in ``skpdoc serve``: round-trip YAML, validation beside the fields, git commits,
permissions, conflicts and expired sessions, over HTTP with Starlette's TestClient (no JavaScript)."""

from __future__ import annotations

import base64
import json
import re
import stat
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import httpx
import pytest
from starlette.testclient import TestClient

from conftest import STAFF_2
from skpdoc import api, selection
from skpdoc.diff.describe import describe
from skpdoc.model import Workspace
from webclient import HEAD, KABID, KASI, PASSWORD, accounts, client, csrf, git_init, logged_in

PLAN = f"/pegawai/{KASI}/ubah"
EVAL = f"/pegawai/{KASI}/evaluasi/triwulan-1"
TARGET = "utama.0.0.target"
TARGET_ID = "f-hasil_kerja-utama-0-indikator-0-target"


class _Form(HTMLParser):
    """The fields of the edit form as a browser would send them (hidden inputs, text, selected options,
    textareas), without any button."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, str] = {}
        self._in_form = False
        self._select: str | None = None
        self._first: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and a.get("id") == "edit-form":
            self._in_form = True
        if not self._in_form:
            return
        if tag == "input" and "name" in a:
            self.fields[a["name"]] = a.get("value", "")
        elif tag == "select":
            self._select, self._first = a["name"], None
        elif tag == "option" and self._select is not None:
            if self._first is None:
                self._first = a.get("value", "")
                self.fields.setdefault(self._select, self._first)
            if "selected" in a:
                self.fields[self._select] = a.get("value", "")
        elif tag == "textarea":
            self._textarea = a["name"]
            self.fields[self._textarea] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._in_form = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self.fields[self._textarea] += data


def form_of(html: str) -> dict[str, str]:
    parser = _Form()
    parser.feed(html)
    # A browser drops the newline that follows <textarea>; the parser here keeps it.
    return {k: v[1:] if v.startswith("\n") else v for k, v in parser.fields.items()}


def press(c: TestClient, url: str, fields: dict[str, str], aksi: str, **changes: str) -> httpx.Response:
    return c.post(url, data={**fields, **changes, "aksi": aksi})


def problems_beside(html: str, element: str) -> str:
    found = re.search(rf'<div class="field-problems" id="p-{re.escape(element)}"[^>]*>(.*?)</div>', html, re.S)
    assert found, element
    return found.group(1)


def git(ws: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=ws, check=True, capture_output=True, text=True).stdout


def flash(c: TestClient) -> list[list[str]]:
    """The notes the session carries to the next page (Starlette's session cookie: base64 JSON, then a signature)."""
    cookie = c.cookies.get("skpdoc_session")
    assert cookie
    payload = cookie.split(".")[0]
    data = json.loads(base64.b64decode(payload + "=" * (-len(payload) % 4)))
    return list(data.get("flash", []))


def kasi(ws: Path) -> Path:
    return ws / "diskominfo" / f"{KASI}.yaml"


def people(ws: Path) -> Workspace:
    """The typed workspace of the valid specs (the ``dinkes`` OPD of :func:`accounts` has an error of its own)."""
    return selection.load(ws).workspace


@pytest.fixture
def commented(ws: Path) -> Path:
    """``ws`` with comments and quoted strings in the kepala seksi's spec, all committed."""
    spec = kasi(ws)
    text = spec.read_text(encoding="utf-8")
    text = "# SKP Kepala Seksi E-Government\n" + text
    text = text.replace("  jabatan: Kepala Seksi E-Government\n", "  jabatan: 'Kepala Seksi E-Government'  # kutip\n")
    text = text.replace("hasil_kerja:\n  utama:\n", "hasil_kerja:\n  # rencana utama\n  utama:\n")
    text = text.replace("          satuan: Layanan\n", '          satuan: "Layanan"   # satuan\n')
    spec.write_text(text, encoding="utf-8")
    accounts(ws)
    git_init(ws)
    return ws


def test_an_operator_changes_a_target_and_only_that_line_is_written_and_committed(commented: Path) -> None:
    ws = commented
    before = kasi(ws).read_bytes()
    c = logged_in(ws, "ops")
    page = c.get(PLAN)
    assert page.status_code == 200
    fields = form_of(page.text)
    assert fields[TARGET] == "12"
    response = press(c, PLAN, fields, "simpan", **{TARGET: "14"})
    assert response.status_code == 303
    assert response.headers["location"] == f"/pegawai/{KASI}"
    after = kasi(ws).read_bytes()
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b]
    assert changed == [(b"          target: 12", b"          target: 14")]
    assert b"# rencana utama" in after and b"'Kepala Seksi E-Government'  # kutip" in after
    assert b'satuan: "Layanan"   # satuan' in after
    assert git(ws, "log", "-1", "--format=%an|%ae").strip() == "ops|ops@users.skpdoc.invalid"
    assert git(ws, "log", "-1", "--format=%cn").strip() == "Test"  # the repository's own identity commits
    assert git(ws, "log", "-1", "--format=%s").strip() == f"SKP {KASI}: target rhk-1.1: 12 Layanan → 14 Layanan"
    body = git(ws, "log", "-1", "--format=%b")
    assert "- target rhk-1.1 (Jumlah layanan terintegrasi): 12 Layanan → 14 Layanan" in body and "oleh ops" in body
    assert git(ws, "status", "--porcelain", "--", "diskominfo").strip() == ""  # committed, nothing left over
    result = api.diff_revisions("HEAD~1..HEAD", cwd=ws)
    assert [(c.what, c.path, c.old["target"], c.new["target"]) for c in result.changes] == [
        ("target", "hasil_kerja.utama[id=rhk-1].indikator[id=rhk-1.1].target", 12, 14)
    ]
    assert flash(c)[0][0] == "ok"


def test_a_bad_value_shows_its_message_beside_the_field_and_writes_nothing(commented: Path) -> None:
    ws = commented
    before = kasi(ws).read_bytes()
    c = logged_in(ws, "ops")
    fields = form_of(c.get(PLAN).text)
    checked = press(c, PLAN, fields, "periksa", **{TARGET: "banyak"})
    assert checked.status_code == 200
    beside = problems_beside(checked.text, TARGET_ID)
    assert "banyak" in beside or "angka" in beside
    refused = press(c, PLAN, fields, "simpan", **{TARGET: "banyak"})
    assert refused.status_code == 422
    assert problems_beside(refused.text, TARGET_ID) == beside
    assert form_of(refused.text)[TARGET] == "banyak"  # the input is kept
    assert 'aria-invalid="true"' in refused.text
    assert kasi(ws).read_bytes() == before
    assert git(ws, "rev-list", "--count", "HEAD").strip() == "1"


def test_the_htmx_check_answers_with_the_problems_beside_each_field(commented: Path) -> None:
    c = logged_in(commented, "ops")
    fields = form_of(c.get(PLAN).text)
    answer = c.post(f"/pegawai/{KASI}/periksa", data={**fields, TARGET: "banyak"})
    assert answer.status_code == 200
    assert 'id="problems"' in answer.text and "<form" not in answer.text
    assert f'id="p-{TARGET_ID}" hx-swap-oob="true"><p class="problem">' in answer.text
    clean = c.post(f"/pegawai/{KASI}/periksa", data=fields)
    assert f'id="p-{TARGET_ID}" hx-swap-oob="true"></div>' in clean.text  # a fixed field is cleared
    assert c.post(f"/pegawai/{KASI}/periksa", data={**fields, "csrf": "x"}).status_code == 403


def test_rhk_and_indicators_are_added_moved_and_removed_without_javascript(commented: Path) -> None:
    ws = commented
    c = logged_in(ws, "ops")
    fields = form_of(c.get(PLAN).text)
    added = press(c, PLAN, fields, "tambah-rhk:utama")
    assert added.status_code == 200
    fields = form_of(added.text)
    assert fields["utama.1.id"] == "rhk-2" and fields["utama.1.0.id"] == "rhk-2.1"
    assert kasi(ws).read_bytes() == kasi(ws).read_bytes()  # nothing saved yet
    fields.update(
        {
            "utama.1.rhk": "Terkelolanya helpdesk aplikasi",
            "utama.1.intervensi": f"{KABID}#rhk-1",
            "utama.1.0.aspek": "kuantitas",
            "utama.1.0.iki": "Jumlah tiket yang diselesaikan",
            "utama.1.0.target": "600",
            "utama.1.0.satuan": "Tiket",
        }
    )
    more = form_of(press(c, PLAN, fields, "tambah-indikator:utama:1").text)
    assert more["utama.1.1.id"] == "rhk-2.2" and more["utama.1.0.target"] == "600"
    more.update({"utama.1.1.aspek": "waktu", "utama.1.1.iki": "Waktu penyelesaian", "utama.1.1.target": "12"})
    more["utama.1.1.satuan"] = "Bulan"
    swapped = form_of(press(c, PLAN, more, "naik-indikator:utama:1:1").text)
    assert (swapped["utama.1.0.id"], swapped["utama.1.1.id"]) == ("rhk-2.2", "rhk-2.1")
    moved = form_of(press(c, PLAN, swapped, "naik-rhk:utama:1").text)
    assert (moved["utama.0.id"], moved["utama.1.id"]) == ("rhk-2", "rhk-1")
    assert moved["utama.0.1.target"] == "600"
    removed = form_of(press(c, PLAN, moved, "hapus-indikator:utama:0:0").text)
    assert [k for k in removed if k.startswith("utama.0.") and k.endswith(".id")] == ["utama.0.id", "utama.0.0.id"]
    assert removed["utama.0.0.id"] == "rhk-2.1"
    saved = press(c, PLAN, removed, "simpan")
    assert saved.status_code == 303, saved.text
    text = kasi(ws).read_text(encoding="utf-8")
    assert text.index("id: rhk-2") < text.index("id: rhk-1\n") and "rhk-2.2" not in text
    assert "# rencana utama" in text and 'satuan: "Layanan"   # satuan' in text
    assert api.validate([kasi(ws)]).ok()
    # removing an RHK, and a tambahan added and removed again, leave no trace
    fields = form_of(c.get(PLAN).text)
    fields = form_of(press(c, PLAN, fields, "tambah-rhk:tambahan").text)
    assert fields["tambahan.0.id"] == "tambahan-1"
    fields = form_of(press(c, PLAN, fields, "hapus-rhk:tambahan:0").text)
    fields = form_of(press(c, PLAN, fields, "hapus-rhk:utama:0").text)
    assert fields["utama.0.id"] == "rhk-1" and "utama.1.id" not in fields
    assert press(c, PLAN, fields, "simpan").status_code == 303
    text = kasi(ws).read_text(encoding="utf-8")
    assert "rhk-2" not in text and "tambahan" not in text and "id: rhk-1" in text


def test_the_intervened_rhk_is_picked_from_the_penilais_rhk_with_their_text(commented: Path) -> None:
    page = logged_in(commented, "ops").get(PLAN).text
    select = re.search(r'<select id="f-hasil_kerja-utama-0-intervensi".*?</select>', page, re.S)
    assert select
    options = re.findall(r'<option value="([^"]*)"( selected)?>([^<]*)</option>', select.group(0))
    assert (f"{KABID}#rhk-1", " selected", "rhk-1 — Tersedianya aplikasi layanan publik yang terintegrasi") in options
    assert all(value.startswith(KABID) for value, _, _ in options if value)


def test_a_penilai_rates_her_staff_and_nobody_else(commented: Path) -> None:
    ws = commented
    c = logged_in(ws, "kabid")
    page = c.get(EVAL)
    assert page.status_code == 200
    fields = form_of(page.text)
    assert fields["e.rating_hasil_kerja"] == "sesuai-ekspektasi" and fields["hk.0.id"] == "rhk-1.1"
    ratings = {"e.rating_hasil_kerja": "di-atas-ekspektasi", "hk.0.realisasi": "4"}
    saved = press(c, EVAL, fields, "simpan", **ratings)
    assert saved.status_code == 303, saved.text
    text = kasi(ws).read_text(encoding="utf-8")
    assert "rating_hasil_kerja: di-atas-ekspektasi" in text
    assert "predikat: sangat-baik" in text  # the written predikat follows the kuadran
    assert "rhk-1.1: {realisasi: 4, umpan_balik: Sesuai jadwal}" in text
    assert git(ws, "log", "-1", "--format=%an").strip() == "kabid"
    assert api.validate([kasi(ws)]).ok()
    # the head's evaluation and the kepala seksi's plan are not hers to change, read or written
    head_eval = f"/pegawai/{HEAD}/evaluasi/triwulan-1"
    token = csrf(c, EVAL)
    for url in (head_eval, PLAN):
        assert c.get(url).status_code == 403
        assert c.post(url, data={"csrf": token, "aksi": "simpan", "dasar": "x"}).status_code == 403
    assert c.post(f"/pegawai/{KASI}/periksa", data={"csrf": token, "bagian": "rencana"}).status_code == 403


def test_a_new_evaluation_is_written_in_periode_order(commented: Path) -> None:
    ws = commented
    c = logged_in(ws, "ops")
    url = f"/pegawai/{KASI}/evaluasi/triwulan-2"
    fields = form_of(c.get(url).text)
    assert fields["e.tanggal"] == "" and fields["hk.0.realisasi"] == ""
    values = {
        "e.tanggal": "2024-07-05",
        "e.rating_hasil_kerja": "sesuai-ekspektasi",
        "e.rating_perilaku_kerja": "sesuai-ekspektasi",
        "hk.0.realisasi": "7",
        "hk.0.umpan_balik": "Baris satu\r\nbaris dua",
    }
    assert press(c, url, fields, "simpan", **values).status_code == 303
    data = people(ws).pegawai[KASI]
    assert list(data.evaluasi) == ["triwulan-1", "triwulan-2"]
    text = kasi(ws).read_text(encoding="utf-8")
    assert "    tanggal: 2024-07-05\n" in text and "umpan_balik: |-\n          Baris satu\n          baris dua" in text
    assert text.index("triwulan-1:") < text.index("triwulan-2:")


@pytest.mark.parametrize("name", ["reviewer", "ops-dinkes"])
def test_a_reviewer_and_another_opds_operator_are_refused(commented: Path, name: str) -> None:
    ws = commented
    before = kasi(ws).read_bytes()
    c = logged_in(ws, name)
    token = csrf(c, "/")
    for url in (PLAN, EVAL):
        assert c.get(url).status_code == 403
        response = c.post(url, data={"csrf": token, "aksi": "simpan", "dasar": "", TARGET: "99"})
        assert response.status_code == 403
    assert kasi(ws).read_bytes() == before


def test_a_post_without_the_csrf_token_is_refused(commented: Path) -> None:
    ws = commented
    c = logged_in(ws, "ops")
    fields = form_of(c.get(PLAN).text)
    del fields["csrf"]
    before = kasi(ws).read_bytes()
    assert press(c, PLAN, fields, "simpan", **{TARGET: "14"}).status_code == 403
    assert kasi(ws).read_bytes() == before


def test_unknown_people_and_periods_are_not_found(commented: Path) -> None:
    c = logged_in(commented, "admin")
    assert c.get("/pegawai/199901012020011001/ubah").status_code == 404
    assert c.get(f"/pegawai/{KASI}/evaluasi/triwulan-9").status_code == 404
    assert c.get(f"/pegawai/{KASI}/evaluasi/..%2F..%2Fskpdoc").status_code == 404
    assert c.get("/pegawai/..%2Fskpdoc/ubah").status_code == 404


def test_the_second_of_two_concurrent_saves_gets_a_conflict_and_keeps_its_input(commented: Path) -> None:
    ws = commented
    first, second = logged_in(ws, "ops"), logged_in(ws, "admin")
    mine, theirs = form_of(first.get(PLAN).text), form_of(second.get(PLAN).text)
    assert press(first, PLAN, mine, "simpan", **{TARGET: "14"}).status_code == 303
    rhk_text = "Terselenggaranya layanan e-government yang andal"
    conflict = press(second, PLAN, theirs, "simpan", **{TARGET: "13", "utama.0.rhk": rhk_text})
    assert conflict.status_code == 409
    kept = form_of(conflict.text)
    assert kept[TARGET] == "13" and kept["utama.0.rhk"] == rhk_text
    shown = re.search(r'<section class="conflict".*?</section>', conflict.text, re.S)
    assert shown
    their_change = shown.group(0).split("<h3>")[1]  # the first table: the other person's change
    assert "target rhk-1.1" in their_change and "12 Layanan" in their_change and "14 Layanan" in their_change
    assert "target: 14" in kasi(ws).read_text(encoding="utf-8")
    assert kept["dasar"] != theirs["dasar"]  # the form now carries the current file's hash
    again = press(second, PLAN, kept, "simpan")
    assert again.status_code == 303
    text = kasi(ws).read_text(encoding="utf-8")
    assert "target: 13" in text and rhk_text in text
    assert git(ws, "log", "--format=%an").split() == ["admin", "ops", "Test"]


def test_an_expired_session_keeps_the_input_through_the_login(commented: Path) -> None:
    ws = commented
    c = logged_in(ws, "ops")
    fields = form_of(c.get(PLAN).text)
    c.cookies.clear()  # the session expired while the form was open
    same_site = {"Sec-Fetch-Site": "same-origin"}  # what the browser says of a form of the site's own page
    lost = c.post(PLAN, data={**fields, TARGET: "15", "aksi": "simpan"}, headers=same_site)
    assert lost.status_code == 303
    target = urlsplit(lost.headers["location"])
    assert target.path == "/login"
    back = unquote(parse_qs(target.query)["next"][0])
    assert back.startswith(f"{PLAN}?pulih=")
    assert "target: 12" in kasi(ws).read_text(encoding="utf-8")  # nothing written without a login
    assert c.get(back).status_code == 303  # the key alone opens nothing
    other = logged_in(ws, "admin")
    key = back.split("pulih=")[1]
    elsewhere = other.get(f"/pegawai/{KABID}/ubah?pulih={key}")  # another person's form: her own values
    assert form_of(elsewhere.text)[TARGET] == "10" and "dipulihkan" not in elsewhere.text
    another_browser = other.get(back)  # the link, opened in another browser by someone who may edit: nothing
    assert form_of(another_browser.text)[TARGET] == "12" and "dipulihkan" not in another_browser.text
    login = c.post("/login", data={"csrf": csrf(c), "name": "ops", "password": PASSWORD, "next": back})
    assert login.headers["location"] == back
    restored = c.get(back)
    assert restored.status_code == 200
    assert form_of(restored.text)[TARGET] == "15" and "dipulihkan" in restored.text
    assert form_of(c.get(back).text)[TARGET] == "12"  # used once
    assert press(c, PLAN, form_of(restored.text), "simpan").status_code == 303
    assert "target: 15" in kasi(ws).read_text(encoding="utf-8")


def test_a_workspace_outside_git_is_saved_and_says_it_was_not_committed(ws: Path) -> None:
    accounts(ws)
    c = logged_in(ws, "ops")
    fields = form_of(c.get(PLAN).text)
    assert press(c, PLAN, fields, "simpan", **{TARGET: "14"}).status_code == 303
    assert "target: 14" in kasi(ws).read_text(encoding="utf-8")
    assert flash(c) == [["warn", c.app.state.site.t("edit.disimpan_tanpa_git")]]  # type: ignore[attr-defined]


def test_an_rhk_with_markup_round_trips_and_prints_as_text(commented: Path) -> None:
    ws = commented
    c = logged_in(ws, "ops")
    evil = '<script>alert("x")</script> & <b>tebal</b>'
    fields = form_of(c.get(PLAN).text)
    assert press(c, PLAN, fields, "simpan", **{"utama.0.rhk": evil}).status_code == 303
    assert people(ws).pegawai[KASI].rhk[0].rhk == evil
    page = c.get(PLAN).text
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;" in page
    assert form_of(page)["utama.0.rhk"] == evil


def test_a_renamed_indicator_keeps_its_realisasi(commented: Path) -> None:
    ws = commented
    c = logged_in(ws, "ops")
    fields = form_of(c.get(PLAN).text)
    assert press(c, PLAN, fields, "simpan", **{"utama.0.0.id": "rhk-1.9"}).status_code == 303
    person = people(ws).pegawai[KASI]
    assert [i.id for i in person.rhk[0].indikator] == ["rhk-1.9"]
    assert "rhk-1.9" in person.evaluasi["triwulan-1"].hasil_kerja
    lines = [describe(change).subject for change in api.diff_revisions("HEAD~1..HEAD", cwd=ws).changes]
    assert lines and all("rhk-1" in line for line in lines)


def test_an_unchanged_form_writes_nothing(commented: Path) -> None:
    ws = commented
    c = logged_in(ws, "ops")
    before = kasi(ws).read_bytes()
    for url in (PLAN, EVAL):
        assert press(c, url, form_of(c.get(url).text), "simpan").status_code == 303
    assert kasi(ws).read_bytes() == before
    assert git(ws, "rev-list", "--count", "HEAD").strip() == "1"


def test_the_form_is_only_for_people_logged_in(commented: Path) -> None:
    anonymous = client(commented)
    response = anonymous.get(PLAN)
    assert response.status_code == 303 and response.headers["location"].startswith("/login")


def test_the_commit_message_names_the_first_change_and_counts_the_others(commented: Path) -> None:
    ws = commented
    c = logged_in(ws, "ops")
    fields = form_of(c.get(PLAN).text)
    longer = "Terselenggaranya layanan e-government yang terintegrasi, andal dan aman bagi seluruh perangkat daerah"
    changes = {"utama.0.rhk": longer, TARGET: "14", "utama.0.0.iki": "Jumlah layanan publik terintegrasi"}
    assert press(c, PLAN, fields, "simpan", **changes).status_code == 303
    subject, _, body = git(ws, "log", "-1", "--format=%B").partition("\n\n")
    assert subject == f"SKP {KASI}: RHK rhk-1 diubah (+2 perubahan lain)"  # two long texts stay in the body
    assert body.count("\n- ") + body.startswith("- ") == 3 and longer in body


def test_a_heads_plan_offers_perspektif_and_the_intervened_text(commented: Path) -> None:
    page = logged_in(commented, "ops").get(f"/pegawai/{HEAD}/ubah").text
    fields = form_of(page)
    assert fields["utama.0.0.perspektif"] == "penerima-layanan" and "utama.0.0.aspek" not in fields
    assert fields["utama.0.intervensi_teks"].startswith("Meningkatnya kualitas layanan publik")
    assert "utama.0.intervensi" not in fields  # his penilai is outside the workspace: nothing to pick from


def test_a_file_with_windows_line_ends_keeps_them(ws: Path) -> None:
    spec = kasi(ws)
    spec.write_bytes(spec.read_bytes().replace(b"\n", b"\r\n"))
    accounts(ws)
    c = logged_in(ws, "ops")
    before = spec.read_bytes()
    assert press(c, PLAN, form_of(c.get(PLAN).text), "simpan", **{TARGET: "14"}).status_code == 303
    after = spec.read_bytes()
    assert after.count(b"\r\n") == before.count(b"\r\n") and b"\n" not in after.replace(b"\r\n", b"")
    changed = [(a, b) for a, b in zip(before.split(b"\r\n"), after.split(b"\r\n"), strict=True) if a != b]
    assert changed == [(b"          target: 12", b"          target: 14")]


def test_proposals_to_confirm_follow_a_moved_rhk_and_go_with_a_removed_one(ws: Path) -> None:
    spec = kasi(ws)
    spec.write_text(
        STAFF_2 + "belum_dikonfirmasi:\n  - hasil_kerja.utama[1].indikator[0].target\n  - hasil_kerja.utama[0].rhk\n",
        encoding="utf-8",
    )
    accounts(ws)
    c = logged_in(ws, "ops")
    fields = form_of(press(c, PLAN, form_of(c.get(PLAN).text), "naik-rhk:utama:1").text)
    assert press(c, PLAN, fields, "simpan").status_code == 303
    text = spec.read_text(encoding="utf-8")
    assert "  - hasil_kerja.utama[0].indikator[0].target\n  - hasil_kerja.utama[1].rhk\n" in text
    fields = form_of(press(c, PLAN, form_of(c.get(PLAN).text), "hapus-rhk:utama:0").text)
    assert press(c, PLAN, fields, "simpan").status_code == 303
    text = spec.read_text(encoding="utf-8")
    assert "belum_dikonfirmasi:\n  - hasil_kerja.utama[0].rhk\n" in text and "target\n" not in text.split("belum")[1]
    # an RHK with realisasi cannot go: its evaluation would point at nothing (R136, an error the edit brings in)
    refused = press(c, PLAN, form_of(press(c, PLAN, form_of(c.get(PLAN).text), "hapus-rhk:utama:0").text), "simpan")
    assert refused.status_code == 422 and "rhk-1.1" in refused.text
    assert "id: rhk-1\n" in spec.read_text(encoding="utf-8")


def test_an_opened_round_is_filled_in_through_the_form(commented: Path) -> None:
    ws = commented
    api.open_round(ws, "triwulan-2", opds=["diskominfo"])
    c = logged_in(ws, "kabid")
    url = f"/pegawai/{KASI}/evaluasi/triwulan-2"
    page = c.get(url)
    fields = form_of(page.text)
    assert fields["e.rating_hasil_kerja"].startswith("[ISI") and fields["e.tanggal"].startswith("[ISI")
    values = {
        "e.tanggal": "2024-07-04",
        "e.rating_hasil_kerja": "sesuai-ekspektasi",
        "e.rating_perilaku_kerja": "sesuai-ekspektasi",
        "hk.0.realisasi": "6",
    }
    saved = press(c, url, fields, "simpan", **values)
    assert saved.status_code == 303, saved.text
    assert api.validate([kasi(ws)]).ok(strict=True)
    evaluation = people(ws).pegawai[KASI].evaluasi["triwulan-2"]
    assert (evaluation.rating_hasil_kerja, evaluation.hasil_kerja["rhk-1.1"].realisasi) == ("sesuai-ekspektasi", 6)


def test_filling_a_starters_empty_lists_and_mappings_writes_them_one_item_a_line(commented: Path) -> None:
    ws = commented
    spec = kasi(ws)
    spec.write_text(
        spec.read_text(encoding="utf-8").replace(
            "evaluasi:\n",
            "ekspektasi_khusus_pimpinan: {}\nlampiran:\n  konsekuensi: ['[ISI: konsekuensi]']\nevaluasi:\n",
        ),
        encoding="utf-8",
    )
    c = logged_in(ws, "ops")
    fields = form_of(c.get(PLAN).text)
    assert fields["lampiran.konsekuensi"] == "[ISI: konsekuensi]"
    changes = {
        "ekspektasi.akuntabel": "Mengunggah bukti dukung tepat waktu",
        "lampiran.konsekuensi": "Capaian kinerja menjadi dasar perhitungan TPP\nCapaian kinerja unit menjadi bahan pertimbangan",
    }
    assert press(c, PLAN, fields, "simpan", **changes).status_code == 303
    text = spec.read_text(encoding="utf-8")
    assert "ekspektasi_khusus_pimpinan:\n  akuntabel: Mengunggah bukti dukung tepat waktu\n" in text
    assert "  konsekuensi:\n  - Capaian kinerja menjadi dasar perhitungan TPP\n" in text.replace("    - ", "  - ")


def test_every_field_the_schema_gives_has_its_label_in_both_languages() -> None:
    from skpdoc.messages.labels import LABELS
    from skpdoc.serve import editform

    keys = {*editform.RHK_KEYS, *editform.IND_KEYS, *editform.EVAL_FIELDS, *editform.REALISASI_ORDER}
    wanted = {f"serve.edit.kolom.{key}" for key in keys} | {f"serve.edit.lampiran.{k}" for k in editform.LAMPIRAN}
    wanted |= {f"serve.edit.bagian.{section}" for section in editform.SECTIONS}
    assert not {name for name in wanted if set(LABELS.get(name, {})) != {"id", "en"}}


def test_a_change_that_breaks_a_subordinates_link_is_saved_with_a_warning(commented: Path) -> None:
    ws = commented
    c = logged_in(ws, "ops")
    url = f"/pegawai/{KABID}/ubah"
    fields = form_of(c.get(url).text)
    checked = press(c, url, fields, "periksa", **{"utama.0.id": "rhk-9"})
    assert f"diskominfo/{KASI}.yaml" in checked.text and "/tmp/" not in checked.text.split('id="problems"')[1][:2000]
    assert press(c, url, fields, "simpan", **{"utama.0.id": "rhk-9"}).status_code == 303
    assert "id: rhk-9" in (ws / "diskominfo" / f"{KABID}.yaml").read_text(encoding="utf-8")
    kind, text = flash(c)[-1]
    assert kind == "warn" and f"diskominfo/{KASI}.yaml" in text


def test_a_repository_naming_nobody_gets_the_servers_identity_as_committer(
    ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-global-config"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    accounts(ws)
    who = ["-c", "user.name=Awal", "-c", "user.email=awal@example.org"]
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=ws, check=True)
    subprocess.run(["git", "add", "-A"], cwd=ws, check=True)
    subprocess.run(["git", *who, "commit", "-q", "-m", "awal"], cwd=ws, check=True)
    c = logged_in(ws, "ops")
    assert press(c, PLAN, form_of(c.get(PLAN).text), "simpan", **{TARGET: "14"}).status_code == 303
    assert git(ws, "log", "-1", "--format=%an|%cn|%ce").strip() == "ops|skpdoc serve|serve@skpdoc.invalid"


def test_a_text_that_yaml_would_read_as_something_else_stays_text(commented: Path) -> None:
    ws = commented
    c = logged_in(ws, "ops")
    changes = {"utama.0.0.satuan": "yes", "utama.0.0.iki": "1:20", "lampiran.konsekuensi": "No\nTPP"}
    assert press(c, PLAN, form_of(c.get(PLAN).text), "simpan", **changes).status_code == 303
    person = people(ws).pegawai[KASI]
    indicator = person.rhk[0].indikator[0]
    assert (indicator.satuan, indicator.iki) == ("yes", "1:20")
    assert api.validate([kasi(ws)]).ok()


@pytest.mark.parametrize("headers", [{}, {"Sec-Fetch-Site": "cross-site"}, {"Origin": "https://elsewhere.example"}])
def test_a_form_posted_from_another_site_is_not_kept_for_a_login(commented: Path, headers: dict[str, str]) -> None:
    """Another site's page could post a form to pre-fill a user's form after her login: only forms of the
    site's own pages (the browser says so) are kept."""
    ws = commented
    fields = form_of(logged_in(ws, "ops").get(PLAN).text)
    stranger = client(ws)
    lost = stranger.post(PLAN, data={**fields, TARGET: "1", "aksi": "simpan"}, headers=headers)
    assert lost.status_code == 303 and "pulih" not in unquote(lost.headers["location"])


def test_uncommitted_changes_are_committed_apart_and_hooks_do_not_block_a_save(commented: Path) -> None:
    ws = commented
    spec = kasi(ws)
    # an edit from the command line, not committed, and a hook that refuses every commit
    spec.write_text(spec.read_text(encoding="utf-8").replace("Rina Marlina", "Rina M."), encoding="utf-8")
    hook = ws / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho validasi gagal >&2\nexit 1\n")
    hook.chmod(0o755)
    spec.chmod(0o600)
    c = logged_in(ws, "ops")
    assert press(c, PLAN, form_of(c.get(PLAN).text), "simpan", **{TARGET: "14"}).status_code == 303
    assert stat.S_IMODE(spec.stat().st_mode) == 0o600  # a private spec stays private
    log = git(ws, "log", "--format=%an|%s").splitlines()
    assert log[0].startswith(f"ops|SKP {KASI}: target")
    assert "belum di-commit" in log[1] and not log[1].startswith("ops|")
    ops_commit = git(ws, "show", "--format=", "HEAD")
    assert "target: 14" in ops_commit and "Rina M." not in ops_commit  # hers alone
    assert git(ws, "status", "--porcelain", "--", "diskominfo").strip() == ""  # nothing left uncommitted
