"""``skpdoc serve``: previews of an employee's forms and an OPD's downloads as background jobs, over HTTP.

The tests marked slow run the real LibreOffice through the build; the others stop before it (a refusal, a
permission, the rekap workbook, a job held behind the workspace's build lock).
"""

from __future__ import annotations

import io
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from conftest import qpdf_check
from skpdoc.serve import jobs, preview
from skpdoc.serve.app import create_app
from webclient import HEAD, KABID, KASI, accounts, csrf, logged_in, login

FORMS_OF_KASI = ["skp", "lampiran", "evaluasi-triwulan-1", "dokumen-evaluasi-triwulan-1"]


@pytest.fixture
def team(ws: Path) -> Path:
    accounts(ws)
    return ws


def two_clients(ws: Path, first: str, second: str) -> tuple[TestClient, TestClient]:
    """Two users logged in to the same app (so they share its jobs)."""
    app = create_app(ws)
    a, b = TestClient(app, follow_redirects=False), TestClient(app, follow_redirects=False)
    login(a, first)
    login(b, second)
    return a, b


def start(client: TestClient, slug: str, kind: str, periode: str = "") -> str:
    """POST the download form of the OPD page; the job's id from the redirect."""
    response = client.post(f"/opd/{slug}/unduh/{kind}", data={"csrf": csrf(client, "/"), "periode": periode})
    assert response.status_code == 303, response.text
    found = re.fullmatch(r"/tugas/([A-Za-z0-9_-]+)", response.headers["location"])
    assert found, response.headers["location"]
    return found.group(1)


def wait(client: TestClient, ident: str, seconds: float = 240.0) -> list[dict[str, Any]]:
    """Every status the job went through, polled until it ended."""
    seen: list[dict[str, Any]] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        status = client.get(f"/tugas/{ident}/status").json()
        if not seen or status != seen[-1]:
            seen.append(status)
        if status["state"] in ("done", "failed"):
            return seen
        time.sleep(0.05)
    raise AssertionError(f"job still running after {seconds} s: {seen[-3:]}")


def break_staff(ws: Path) -> None:
    """An error in the kepala seksi's spec: an evaluation rating that does not exist."""
    spec = ws / "diskominfo" / f"{KASI}.yaml"
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text.replace("rating_hasil_kerja: sesuai-ekspektasi", "rating_hasil_kerja: luar-biasa"), "utf-8")


# --- the preview page and the PDF route: who may, and what is refused before LibreOffice ----------------------


def test_the_preview_page_lists_the_employees_forms_and_shows_the_chosen_one_inline(team: Path) -> None:
    c = logged_in(team, "ops")
    page = c.get(f"/pegawai/{KASI}/pratinjau")
    assert page.status_code == 200
    links = re.findall(rf'href="/pegawai/{KASI}/pratinjau\?form=([a-z0-9-]+)"', page.text)
    assert links == FORMS_OF_KASI
    assert f'<iframe class="files-pdf" src="/pegawai/{KASI}/pratinjau/skp"' in page.text
    assert "Rina Marlina, S.Kom." in page.text
    chosen = c.get(f"/pegawai/{KASI}/pratinjau?form=evaluasi-triwulan-1")
    assert f'src="/pegawai/{KASI}/pratinjau/evaluasi-triwulan-1"' in chosen.text
    # The head has no evaluation: SKP and Lampiran only; an unknown choice shows the first form.
    head = c.get(f"/pegawai/{HEAD}/pratinjau?form=../../skpdoc.yaml")
    assert re.findall(r'pratinjau\?form=([a-z0-9-]+)"', head.text) == ["skp", "lampiran"]
    assert f'src="/pegawai/{HEAD}/pratinjau/skp"' in head.text


@pytest.mark.parametrize("path", ["/pegawai/{nip}/pratinjau", "/pegawai/{nip}/pratinjau/skp"])
def test_a_preview_is_for_those_who_may_read_the_employee(team: Path, path: str) -> None:
    url = path.format(nip=KASI)
    assert logged_in(team, "ops-dinkes").get(url).status_code == 403
    # the penilai reads those she assesses and herself, not her own penilai
    assert logged_in(team, "kabid").get(path.format(nip=HEAD)).status_code == 403
    anonymous = TestClient(create_app(team), follow_redirects=False).get(url)
    assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/login?next=")


@pytest.mark.parametrize(
    "url",
    [
        "/pegawai/199901012020011001/pratinjau",  # no such NIP
        "/pegawai/199901012020011001/pratinjau/skp",
        f"/pegawai/{KASI}/pratinjau/formulir-lain",  # no such form
        f"/pegawai/{KASI}/pratinjau/skp.pdf",
        f"/pegawai/{KASI}/pratinjau/SKP",
        f"/pegawai/{KASI}/pratinjau/evaluasi-triwulan-9",
        f"/pegawai/{KASI}/pratinjau/..%2F..%2Fskpdoc.yaml",
        f"/pegawai/{KASI}/pratinjau/..%2F{HEAD}",
        "/pegawai/..%2Fskpdoc.yaml/pratinjau/skp",
        "/pegawai/..%2F..%2Fetc%2Fpasswd/pratinjau",
        f"/pegawai/{KASI}/pratinjau/%2e%2e",
    ],
)
def test_unknown_people_forms_and_paths_are_404(team: Path, url: str) -> None:
    response = logged_in(team, "admin").get(url)
    assert response.status_code == 404
    assert "%PDF" not in response.text and "instansi:" not in response.text


def test_a_form_the_employee_does_not_have_is_404_too(team: Path) -> None:
    """The head has no evaluation for triwulan-1: the build selects nothing (no LibreOffice starts)."""
    assert logged_in(team, "admin").get(f"/pegawai/{HEAD}/pratinjau/evaluasi-triwulan-1").status_code == 404


def test_a_spec_with_errors_is_refused_with_its_problems_409(team: Path) -> None:
    break_staff(team)
    c = logged_in(team, "ops")
    for url in (f"/pegawai/{KASI}/pratinjau", f"/pegawai/{KASI}/pratinjau/skp"):
        page = c.get(url)
        assert page.status_code == 409, url
        assert page.headers["content-type"].startswith("text/html")
        assert "Formulir ini belum dapat dibuat" in page.text
        assert f"diskominfo/{KASI}.yaml" in page.text and "luar-biasa" in page.text
        assert str(team) not in page.text  # no server path
    # Only what the form prints must be valid: the head's SKP does not print his kepala seksi.
    assert c.get(f"/pegawai/{HEAD}/pratinjau").status_code == 200


def test_the_refusal_speaks_english_when_the_workspace_does(team: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKPDOC_LANG", "en")
    break_staff(team)
    page = logged_in(team, "ops").get(f"/pegawai/{KASI}/pratinjau/skp")
    assert page.status_code == 409
    assert "This form cannot be made yet" in page.text and "Formulir ini" not in page.text


# --- downloads: starting a job, who may, and the job's pages ------------------------------------------------------


def test_a_download_needs_the_csrf_token_a_known_opd_and_the_right_to_read_it(team: Path) -> None:
    ops = logged_in(team, "ops")
    assert ops.post("/opd/diskominfo/unduh/rekap", data={"periode": ""}).status_code == 403  # no token
    token = csrf(ops, "/")
    assert ops.post("/opd/tidak-ada/unduh/rekap", data={"csrf": token}).status_code == 404
    assert ops.post("/opd/..%2F..%2Fetc/unduh/rekap", data={"csrf": token}).status_code == 404
    assert ops.post("/opd/diskominfo/unduh/semuanya", data={"csrf": token}).status_code == 404
    bad = ops.post("/opd/diskominfo/unduh/rekap", data={"csrf": token, "periode": "../../x"})
    assert bad.status_code == 400 and "Periode tidak dikenal" in bad.text
    other = logged_in(team, "ops-dinkes")
    assert other.post("/opd/diskominfo/unduh/bundle", data={"csrf": csrf(other, "/")}).status_code == 403
    assert logged_in(team, "kabid").post("/opd/diskominfo/unduh/rekap", data={"csrf": token}).status_code == 403


def test_the_rekap_workbook_is_made_as_a_job_and_downloaded(team: Path) -> None:
    from openpyxl import load_workbook

    c = logged_in(team, "ops")
    ident = start(c, "diskominfo", "rekap", "triwulan-1")
    seen = wait(c, ident)
    assert seen[-1] == {"state": "done", "done": 1, "total": 1, "text": "Selesai."}
    page = c.get(f"/tugas/{ident}")
    assert page.status_code == 200
    assert f'href="/tugas/{ident}/berkas"' in page.text and "http-equiv" not in page.text
    assert "<progress" in page.text
    download = c.get(f"/tugas/{ident}/berkas")
    assert download.status_code == 200
    assert download.headers["content-disposition"] == 'attachment; filename="rekap-diskominfo-2024-triwulan-1.xlsx"'
    book = load_workbook(io.BytesIO(download.content))
    cells = [str(cell) for row in book.worksheets[0].iter_rows(values_only=True) for cell in row if cell]
    assert any("Rina Marlina" in cell for cell in cells)
    assert any("Dinas Komunikasi dan Informatika" in cell for cell in cells)


def test_only_the_owner_or_an_admin_sees_a_job(team: Path) -> None:
    app = create_app(team)
    clients = {name: TestClient(app, follow_redirects=False) for name in ("ops", "reviewer", "admin", "kabid")}
    for name, c in clients.items():
        login(c, name)
    ident = start(clients["ops"], "diskominfo", "rekap")
    wait(clients["ops"], ident)
    for suffix in ("", "/status", "/berkas"):
        assert clients["reviewer"].get(f"/tugas/{ident}{suffix}").status_code == 403
        assert clients["kabid"].get(f"/tugas/{ident}{suffix}").status_code == 403
        assert clients["admin"].get(f"/tugas/{ident}{suffix}").status_code == 200
        assert clients["ops"].get(f"/tugas/{ident}{suffix}").status_code == 200
        assert clients["ops"].get(f"/tugas/tidak-ada{suffix}").status_code == 404
    anonymous = TestClient(app, follow_redirects=False).get(f"/tugas/{ident}/berkas")
    assert anonymous.status_code == 303


def test_an_opd_with_an_error_fails_its_bundle_job_with_the_problem_shown(team: Path) -> None:
    """The kabid's spec is broken: the kasi's forms, which print her RHK, cannot be made either."""
    spec = team / "diskominfo" / f"{KABID}.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("jenis_jabatan: administrator", "jenis_jabatan: raja"))
    c = logged_in(team, "ops")
    ident = start(c, "diskominfo", "bundle")
    assert wait(c, ident)[-1]["state"] == "failed"
    page = c.get(f"/tugas/{ident}")
    assert page.status_code == 200
    assert "Berkas ini belum dapat dibuat" in page.text
    assert f"diskominfo/{KABID}.yaml" in page.text and "raja" in page.text
    assert f"diskominfo/{KASI}.yaml" in page.text  # refers to the broken spec
    assert str(team) not in page.text  # files as the workspace names them, not the server's paths
    assert "http-equiv" not in page.text and "jobs.js" not in page.text  # ended: no more refreshing
    assert c.get(f"/tugas/{ident}/berkas").status_code == 404


def test_the_dashboard_answers_while_a_bundle_job_waits_for_the_build(team: Path) -> None:
    """The job holds the worker thread, not the server: with the workspace's build held by someone else (as by a
    preview), its job is running, and other pages answer at once."""
    c = logged_in(team, "ops")
    with preview.building(team):
        ident = start(c, "diskominfo", "bundle")
        deadline = time.monotonic() + 10
        while c.get(f"/tugas/{ident}/status").json()["state"] != "running" and time.monotonic() < deadline:
            time.sleep(0.02)
        started = time.perf_counter()
        assert c.get("/").status_code == 200
        assert time.perf_counter() - started < 5
        status = c.get(f"/tugas/{ident}/status").json()
        assert status["state"] == "running"
        assert status["text"] == "Menunggu pembuatan dokumen lain selesai…"
        page = c.get(f"/tugas/{ident}")
        assert '<noscript><meta http-equiv="refresh" content="2"></noscript>' in page.text
        assert '<script src="/static/jobs.js" defer></script>' in page.text and "<progress" in page.text
        break_staff(team)  # so the build, once it runs, stops before LibreOffice
    assert wait(c, ident)[-1]["state"] == "failed"


# --- the runner itself --------------------------------------------------------------------------------------------


@pytest.fixture
def gate() -> Iterator[threading.Event]:
    event = threading.Event()
    yield event
    event.set()


def test_the_runner_runs_jobs_in_turn_keeps_one_copy_and_limits_each_owner(gate: threading.Event) -> None:
    runner = jobs.Runner(max_open=2)
    order: list[str] = []

    def held(target: Path, report: Any) -> None:
        gate.wait(10)
        order.append("held")
        target.write_text("a")

    def quick(target: Path, report: Any) -> None:
        order.append("quick")
        report(1, 1, "rekap")
        target.write_text("b")

    first = runner.submit("ops", "bundle", "diskominfo", "a.pdf", held)
    second = runner.submit("ops", "rekap", "diskominfo", "b.xlsx", quick, same=("akhir",))
    assert runner.submit("ops", "rekap", "diskominfo", "b.xlsx", quick, same=("akhir",)) is second
    with pytest.raises(jobs.TooMany):
        runner.submit("ops", "rekap", "diskominfo", "c.xlsx", quick, same=("triwulan-1",))
    other = runner.submit("admin", "rekap", "diskominfo", "b.xlsx", quick, same=("akhir",))
    assert runner.ahead_of(other) == 2 and second.state is jobs.State.WAITING
    gate.set()
    deadline = time.monotonic() + 10
    while other.state is not jobs.State.DONE and time.monotonic() < deadline:
        time.sleep(0.01)
    assert order == ["held", "quick", "quick"]
    assert first.result.read_text() == "a" and first.result.parent.stat().st_mode & 0o077 == 0
    assert second.progress == jobs.Progress(jobs.State.DONE, 1, 1, "selesai")


def test_a_finished_job_expires_with_its_file() -> None:
    runner = jobs.Runner(keep_seconds=0.0)

    def work(target: Path, report: Any) -> None:
        target.write_text("x")

    job = runner.submit("ops", "rekap", "diskominfo", "r.xlsx", work)
    deadline = time.monotonic() + 10
    while job.state is not jobs.State.DONE and time.monotonic() < deadline:
        time.sleep(0.01)
    assert job.result.is_file()
    time.sleep(0.01)
    assert runner.get(job.id) is None
    assert not job.result.exists()


def test_a_failing_job_keeps_its_error_and_leaves_no_file() -> None:
    runner = jobs.Runner()

    def failing(target: Path, report: Any) -> None:
        target.write_text("half")
        raise OSError("disk full")

    job = runner.submit("ops", "bundle", "diskominfo", "a.pdf", failing)
    deadline = time.monotonic() + 10
    while job.state is not jobs.State.FAILED and time.monotonic() < deadline:
        time.sleep(0.01)
    assert isinstance(job.error, OSError) and not job.result.exists()


def test_the_output_folder_keeps_itself_out_of_git(ws: Path) -> None:
    import subprocess

    from webclient import git_init

    git_init(ws)
    folder = preview.out_dir(ws)
    (folder / "2024").mkdir()
    (folder / "2024" / "x.pdf").write_bytes(b"%PDF")
    status = subprocess.run(["git", "status", "--porcelain"], cwd=ws, capture_output=True, text=True, check=True)
    assert ".skpdoc" not in status.stdout


# --- with LibreOffice ---------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_the_preview_is_the_builds_pdf_and_comes_from_the_cache_the_second_time(
    team: Path, soffice: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    from skpdoc.build import pdfs
    from skpdoc.convert import Converter

    started: list[object] = []  # conversions
    offices: list[object] = []  # LibreOffice starts
    real, real_init = pdfs.convert, Converter.__init__

    def counted(*args: Any, **kwargs: Any) -> Any:
        started.append(args)
        return real(*args, **kwargs)

    def counted_init(self: Converter, *args: Any, **kwargs: Any) -> None:
        offices.append(args)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(pdfs, "convert", counted)
    monkeypatch.setattr(Converter, "__init__", counted_init)
    c = logged_in(team, "kabid")  # the kepala seksi's penilai
    url = f"/pegawai/{KASI}/pratinjau/evaluasi-triwulan-1"
    clock = time.perf_counter()
    first = c.get(url)
    first_seconds = time.perf_counter() - clock
    assert first.status_code == 200, first.text
    assert first.headers["content-type"] == "application/pdf"
    assert first.headers["content-disposition"] == f'inline; filename="{KASI}-evaluasi-triwulan-1.pdf"'
    assert first.content.startswith(b"%PDF")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(first.content)).pages)
    assert "Rina Marlina" in text and "Triwulan I" in text.replace("TRIWULAN I", "Triwulan I")
    assert len(started) == 1  # LibreOffice ran for it
    clock = time.perf_counter()
    second = c.get(url)
    cached_seconds = time.perf_counter() - clock
    assert second.status_code == 200 and second.content == first.content
    assert len(started) == 1  # ... and not again: the build found it current
    print(f"preview: first {first_seconds:.2f} s, from the cache {cached_seconds:.2f} s")
    # The build's own output: the same file skpdoc build makes, in the private folder of the app.
    built = team / ".skpdoc" / "serve-out" / "2024" / "diskominfo" / KASI / "evaluasi-triwulan-1.pdf"
    assert built.read_bytes() == first.content
    # A change to what the form prints makes it again.
    spec = team / "diskominfo" / f"{KASI}.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("Sesuai jadwal", "Lebih cepat"), encoding="utf-8")
    clock = time.perf_counter()
    third = c.get(url)
    print(f"preview after an edit, LibreOffice already running: {time.perf_counter() - clock:.2f} s")
    assert third.status_code == 200 and third.content != first.content and len(started) == 2
    assert len(offices) == 1  # converted by the LibreOffice kept running since the first preview
    assert "Lebih cepat" in " ".join(p.extract_text() for p in PdfReader(io.BytesIO(third.content)).pages)


@pytest.mark.slow
def test_two_previews_at_once_both_succeed(team: Path, soffice: str) -> None:
    app = create_app(team)
    a, b = TestClient(app, follow_redirects=False), TestClient(app, follow_redirects=False)
    login(a, "admin")
    login(b, "admin")
    results: dict[str, bytes] = {}

    def fetch(c: TestClient, form: str) -> None:
        response = c.get(f"/pegawai/{KASI}/pratinjau/{form}")
        assert response.status_code == 200, response.text
        results[form] = response.content

    threads = [threading.Thread(target=fetch, args=(c, f)) for c, f in ((a, "skp"), (b, "lampiran"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert sorted(results) == ["lampiran", "skp"]
    assert all(data.startswith(b"%PDF") for data in results.values())


@pytest.mark.slow
def test_a_bundle_job_runs_with_progress_while_the_server_answers(team: Path, soffice: str, tmp_path: Path) -> None:
    from pypdf import PdfReader

    c = logged_in(team, "ops")
    ident = start(c, "diskominfo", "bundle")
    seen: list[dict[str, Any]] = []
    answered: list[float] = []  # dashboard latencies while the job ran
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        status = c.get(f"/tugas/{ident}/status").json()
        if not seen or status != seen[-1]:
            seen.append(status)
        if status["state"] in ("done", "failed"):
            break
        clock = time.perf_counter()
        assert c.get("/").status_code == 200
        if c.get(f"/tugas/{ident}/status").json()["state"] == "running":
            answered.append(time.perf_counter() - clock)
        time.sleep(0.05)
    assert seen[-1]["state"] == "done", seen
    assert answered and max(answered) < 5, answered
    counts = [s for s in seen if s["total"]]
    assert counts and counts[-1]["done"] == counts[-1]["total"]
    assert any(0 < s["done"] < s["total"] for s in counts) or len(counts) >= 2, seen
    download = c.get(f"/tugas/{ident}/berkas")
    assert download.status_code == 200
    assert download.headers["content-disposition"] == 'attachment; filename="diskominfo-2024.pdf"'
    saved = tmp_path / "bundle.pdf"
    saved.write_bytes(download.content)
    assert qpdf_check(saved) == []
    reader = PdfReader(saved)
    text = " ".join(page.extract_text() for page in reader.pages)
    for name in ("Ahmad Fauzi", "Budi Santoso", "Rina Marlina"):
        assert name in text
    built = PdfReader(team / ".skpdoc" / "serve-out" / "2024" / "diskominfo.pdf")
    assert len(reader.pages) == len(built.pages) >= 8  # SKP and Lampiran of three, the kasi's evaluation, rekap
    print(f"bundle job: {len(reader.pages)} pages; dashboard while it ran: max {max(answered) * 1000:.0f} ms")
