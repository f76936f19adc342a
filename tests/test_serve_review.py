"""``skpdoc serve``: the review page (``/telaah?rev=...``), the semantic diff of a branch per OPD and employee.

The ``ws`` workspace becomes a git repository with a branch ``usulan`` made here (a target of the kasi
and the head's RHK text changed), compared as ``skpdoc diff --rev main..usulan --format markdown`` does.
"""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

import pytest

from skpdoc import api
from webclient import HEAD, KASI, accounts, git_init, logged_in


def git(ws: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=ws, check=True, capture_output=True)


def edit(ws: Path, nip: str, old: str, new: str) -> None:
    path = ws / "diskominfo" / f"{nip}.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def repo(ws: Path) -> Path:
    """``ws`` with accounts, committed on ``main``, and a branch ``usulan`` changing the kasi and the head."""
    accounts(ws)
    git_init(ws)
    git(ws, "checkout", "-q", "-b", "usulan")
    edit(ws, KASI, "target: 12", "target: 14")
    edit(ws, HEAD, "rhk: Meningkatnya indeks SPBE Kabupaten", "rhk: Meningkatnya indeks SPBE dan layanan digital")
    git(ws, "commit", "-qam", "Usulan perubahan")
    git(ws, "checkout", "-q", "main")
    return ws


def cells(markdown: str) -> list[list[str]]:
    """The change rows of ``skpdoc diff --format markdown``: [kind, what, old, new] each."""
    rows = []
    for line in markdown.splitlines():
        if line.startswith("| ") and not line.startswith("| Jenis") and "---" not in line:
            rows.append([c.strip() for c in line.strip("|").split(" | ")])
    return rows


def test_the_review_shows_the_branch_as_skpdoc_diff_markdown_does(repo: Path) -> None:
    page = logged_in(repo, "reviewer").get("/telaah", params={"rev": "main..usulan"})
    assert page.status_code == 200
    text = html.unescape(page.text)
    markdown = api.diff_report(api.diff_revisions("main..usulan", cwd=repo), "markdown", "id")
    rows = cells(markdown)
    assert len(rows) == 2
    for kind, what, old, new in rows:
        assert kind in text and what in text and old in text and new in text
    # per OPD, per employee, each linked to the employee's page
    assert "OPD Dinas Komunikasi dan Informatika" in text
    assert f'href="/pegawai/{KASI}"' in page.text and f'href="/pegawai/{HEAD}"' in page.text
    target = re.search(r'<tr class="diff-changed">(?:(?!</tr>).)*target rhk-1\.1.*?</tr>', page.text, re.S)
    assert target and "<del>12 Layanan</del>" in target.group(0) and "<ins>14 Layanan</ins>" in target.group(0)
    assert "2 perubahan: 2 pegawai" in text
    # the form keeps the range asked for, and offers the other branch
    assert 'value="main..usulan"' in page.text
    assert 'href="/telaah?rev=main...usulan"' in page.text  # a branch is offered since it branched off


def test_three_dots_and_a_single_revision_are_ranges_too(repo: Path) -> None:
    client = logged_in(repo, "reviewer")
    assert "<ins>14 Layanan</ins>" in client.get("/telaah", params={"rev": "main...usulan"}).text
    edit(repo, KASI, "target: 12", "target: 15")  # on main's working tree, not committed
    text = client.get("/telaah", params={"rev": "HEAD"}).text
    assert "<ins>15 Layanan</ins>" in text and "working tree" in text


def test_only_changes_the_account_may_read_are_shown_the_others_counted(repo: Path) -> None:
    kabid = logged_in(repo, "kabid").get("/telaah", params={"rev": "main..usulan"}).text
    assert "14 Layanan" in kabid
    assert "indeks SPBE dan layanan digital" not in kabid and "Ahmad Fauzi" not in kabid
    assert "1 perubahan tidak ditampilkan" in kabid
    other = logged_in(repo, "ops-dinkes").get("/telaah", params={"rev": "main..usulan"}).text
    assert "14 Layanan" not in other and "Rina Marlina" not in other
    assert "2 perubahan tidak ditampilkan" in other


def test_spec_text_in_a_diff_is_printed_never_run(repo: Path) -> None:
    git(repo, "checkout", "-q", "usulan")
    edit(repo, KASI, "rhk: Terselenggaranya layanan e-government", 'rhk: "<script>alert(1)</script>"')
    git(repo, "commit", "-qam", "xss")
    git(repo, "checkout", "-q", "main")
    text = logged_in(repo, "admin").get("/telaah", params={"rev": "main..usulan"}).text
    assert "<script>alert(1)" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text


def test_an_unknown_revision_gets_a_message_not_an_error(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    client = logged_in(repo, "reviewer")
    response = client.get("/telaah", params={"rev": "main..tidak-ada"})
    assert response.status_code == 400
    assert "revisi 'tidak-ada' tidak dikenal" in html.unescape(response.text)
    monkeypatch.setenv("SKPDOC_LANG", "en")
    response = client.get("/telaah", params={"rev": "tidak-ada"})
    assert response.status_code == 400 and "unknown revision 'tidak-ada'" in html.unescape(response.text)


@pytest.mark.parametrize(
    "rev",
    ["--output={out}", "main..--output={out}", "-h", "main...-x", "main;touch {out}", "$(touch {out})", "a b", "a:b"],
)
def test_a_revision_that_is_not_one_never_reaches_git(repo: Path, tmp_path: Path, rev: str) -> None:
    out = tmp_path / "dibuat"
    response = logged_in(repo, "reviewer").get("/telaah", params={"rev": rev.format(out=out)})
    assert response.status_code == 400
    assert "bukan revisi git yang dapat dipakai" in html.unescape(response.text)
    assert not out.exists()


@pytest.mark.parametrize("rev", ["main", "main..usulan", "main...usulan", "HEAD~1", "v1.0^..HEAD", "@{1}..", "..HEAD"])
def test_revision_names_pass_the_check(rev: str) -> None:
    from skpdoc.serve.pages.review import valid_rev

    assert valid_rev(rev)


def test_the_page_without_a_range_shows_the_form(repo: Path) -> None:
    page = logged_in(repo, "ops").get("/telaah")
    assert page.status_code == 200
    assert 'name="rev"' in page.text and "Telaah perubahan" in page.text and "diff-table" not in page.text


def test_a_workspace_outside_git_says_there_is_nothing_to_review(ws: Path) -> None:
    accounts(ws)
    page = logged_in(ws, "reviewer").get("/telaah", params={"rev": "main..usulan"})
    assert page.status_code == 200
    assert "bukan repositori git" in page.text
