"""Templates are untrusted: each way to exhaust time or memory is a located template error (issue #11, class 3).

Every member is tried through the real CLI (render, build, templates check) with small limits, so each test
finishes in seconds; none may leave a worker process running.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import STAFF_NIP
from docxutil import make_docx, texts
from skpdoc.cli import main
from skpdoc.render import engine, isolate, sandbox
from skpdoc.render.lint import check_template
from skpdoc.resources import data_dir

TIMEOUT = 1.0  # seconds per document in these tests
SLOW = 10.0  # what a test may take at most, worker start-up included


@pytest.fixture(autouse=True)
def _small_limits(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("SKPDOC_RENDER_TIMEOUT", str(TIMEOUT))
    monkeypatch.setenv("SKPDOC_RENDER_MEMORY", "256")
    yield
    isolate.shutdown()


def _rezip(source: Path, target: Path, change: dict[str, bytes], *, header_size: int | None = None) -> Path:
    """``source`` with the members of ``change`` replaced or added (stored with a false size if ``header_size``)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename not in change:
                dst.writestr(info.filename, src.read(info))
        for name, data in change.items():
            dst.writestr(name, data)
    if header_size is not None:  # patch the central directory's uncompressed size of the last member
        raw = bytearray(target.read_bytes())
        central = raw.rfind(b"PK\x01\x02")
        raw[central + 24 : central + 28] = header_size.to_bytes(4, "little")
        target.write_bytes(bytes(raw))
    return target


def _with_document(path: Path, text: str) -> Path:
    return make_docx(path, ["Lampiran {{ pegawai.nama }}", text])


def _bomb(path: Path) -> Path:
    """64 MiB of zeros in a 64 KB file: past the 50 MiB limit (the issue's was 1 GiB in 1 MB)."""
    return _rezip(make_docx(path.with_suffix(".src.docx"), ["x"]), path, {"word/media/bomb.bin": bytes(64 << 20)})


def _not_utf8(path: Path) -> Path:
    source = _with_document(path.with_suffix(".src.docx"), "Catatan {{ pegawai.nip }}")
    with zipfile.ZipFile(source) as archive:
        xml = archive.read("word/document.xml").replace(b"Catatan", "Cat\xe9tan".encode("latin-1"))
    return _rezip(source, path, {"word/document.xml": xml})


#: Each member of the class: (how to make lampiran.docx, what the message says, templates check's code or None).
MEMBERS = {
    "zip-bomb": (_bomb, "terlalu besar", "T006"),
    "range": (lambda p: _with_document(p, "{% for i in range(10**9) %}x{% endfor %}"), "range", "T009"),
    "nested-loops": (
        lambda p: _with_document(p, "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"),
        "batas waktu",
        "T009",
    ),
    "string-repeat": (lambda p: _with_document(p, "{{ 'x' * 10**9 }}"), "1,000,000,000", "T009"),
    "power": (lambda p: _with_document(p, "{{ 9**(9**9) }}"), "pangkat", "T009"),
    "include": (lambda p: _with_document(p, "{% include 'skp.docx' %}"), "{% include %}", "T008"),
    "import": (lambda p: _with_document(p, "{% import 'skp.docx' as skp %}"), "{% import %}", "T008"),
    "not-utf8": (_not_utf8, "bukan teks UTF-8", "T007"),
}


def _no_worker_left(pid: int | None) -> None:
    isolate.shutdown()
    if pid is not None:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


@pytest.mark.parametrize("member", list(MEMBERS))
def test_render_reports_the_template_and_writes_the_other_documents(
    ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], member: str
) -> None:
    make, says, _ = MEMBERS[member]
    make(tmp_path / "tpl" / "lampiran.docx")
    started = time.monotonic()
    out = tmp_path / "out"
    code = main(
        [
            "render",
            str(ws),
            "-o",
            str(out),
            "-q",
            "--form",
            "skp",
            "--form",
            "lampiran",
            "--templates",
            str(tmp_path / "tpl"),
        ]
    )
    assert time.monotonic() - started < SLOW
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert f"{STAFF_NIP}/lampiran.docx: lampiran.docx: " in err and says in err
    assert len(list(out.rglob("skp.docx"))) == 3 and not list(out.rglob("lampiran.docx"))
    _no_worker_left(isolate.pid())


@pytest.mark.parametrize("member", list(MEMBERS))
def test_build_reports_the_template_and_builds_the_other_documents(
    ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], member: str
) -> None:
    make, says, _ = MEMBERS[member]
    make(ws / "templates" / "lampiran.docx")
    started = time.monotonic()
    code = main(
        ["build", str(ws), "-o", str(tmp_path / "out"), "-q", "--no-pdf", "--form", "skp", "--form", "lampiran"]
    )
    assert time.monotonic() - started < SLOW
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert "gagal: diskominfo/" in err and "lampiran.docx: " in err and says in err
    assert len(list((tmp_path / "out").rglob("skp.docx"))) == 3
    _no_worker_left(isolate.pid())


@pytest.mark.parametrize("member", list(MEMBERS))
def test_templates_check_reports_each_member(tmp_path: Path, capsys: pytest.CaptureFixture[str], member: str) -> None:
    make, _, code = MEMBERS[member]
    make(tmp_path / "tpl" / "lampiran.docx")
    for other in (tmp_path / "tpl").glob("*.src.docx"):
        other.unlink()
    started = time.monotonic()
    assert main(["templates", "check", str(tmp_path / "tpl")]) == 1
    assert time.monotonic() - started < SLOW
    out = capsys.readouterr().out
    assert out.startswith("lampiran.docx (") and f": {code} " in out
    assert isolate.pid() is None  # checking renders nothing


# --- the engine and the worker ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "{{ 'x' * 10**9 }}",
        "{{ [1] * 10**9 }}",
        "{{ 9**(9**9) }}",
        "{{ '%999999999d' % 1 }}",
        "{{ '%*d' % (10**9, 1) }}",
        "{{ '{:>999999999}'.format(1) }}",
        "{{ '{:{w}}'.format(1, w=10**9) }}",
        "{{ 'x'.center(10**9) }}",
        "{{ 'x'|center(10**9) }}",
        "{{ 'a\nb'|indent(10**9) }}",
        "{{ [1]|batch(10**9, 0)|list }}",
        "{{ ('x' * 10**6)|replace('x', 'yy') }}",
        "{{ lipsum(10**6) }}",
        "{% set ns = namespace(s='x' * 10**6) %}{% for i in range(3) %}{% set ns.s = ns.s + ns.s %}{% endfor %}",
    ],
)
def test_in_process_guards_refuse_before_building(tmp_path: Path, text: str) -> None:
    template = engine.CompiledTemplate(_with_document(tmp_path / "t.docx", text))
    started = time.monotonic()
    with pytest.raises(engine.RenderError) as caught:
        template.render({"pegawai": {"nama": "A"}}, isolate=False)
    assert time.monotonic() - started < 1
    assert caught.value.template == "t.docx" and caught.value.where.startswith(text[:20].split("\n")[0])


def test_nothing_is_evaluated_while_compiling(tmp_path: Path) -> None:
    """Jinja folds constant expressions at compile time, in the calling process: not here."""
    started = time.monotonic()
    engine.CompiledTemplate(_with_document(tmp_path / "t.docx", "{{ 'x'|center(10**8) }} {{ 'y' * 10**8 }}"))
    assert time.monotonic() - started < 1


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}", "batas waktu 1 detik"),
        # ~ is not checked in process: the doubling string meets the worker's memory limit
        (
            "{% set ns = namespace(s='x' * 10**6) %}{% for i in range(30) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
            "memori",
        ),
        ("{% for i in range(100000) %}{{ 'x' * 10**6 }}{% endfor %}", "melebihi 64 MiB"),
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "rekursi"),
        ("{{ 1 / 0 }}", "ZeroDivisionError"),
    ],
)
def test_the_worker_bounds_what_the_guards_miss(tmp_path: Path, text: str, says: str) -> None:
    template = engine.CompiledTemplate(_with_document(tmp_path / "t.docx", text))
    started = time.monotonic()
    with pytest.raises(engine.RenderError) as caught:
        template.render({"pegawai": {"nama": "A"}})
    assert time.monotonic() - started < SLOW
    assert caught.value.template == "t.docx" and says in caught.value.problem
    # the same worker, or a fresh one, renders the next document
    good = engine.CompiledTemplate(_with_document(tmp_path / "good.docx", "{{ pegawai.nip }}"))
    assert texts(good.render({"pegawai": {"nama": "A", "nip": "1"}}))[1] == "1"


def test_a_worker_stuck_past_its_timer_is_killed_and_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a signal cannot interrupt (big numbers in C) the parent kills: here the parent gives up first."""
    monkeypatch.setattr(isolate, "GRACE", -0.5)
    loops = "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"
    template = engine.CompiledTemplate(_with_document(tmp_path / "t.docx", loops))
    good = engine.CompiledTemplate(_with_document(tmp_path / "good.docx", "{{ pegawai.nama }}"))
    good.render({"pegawai": {"nama": "A"}})
    first = isolate.pid()
    with pytest.raises(engine.RenderError, match="batas waktu"):
        template.render({"pegawai": {"nama": "A"}})
    assert isolate.pid() is None and first is not None
    with pytest.raises(ProcessLookupError):
        os.kill(first, 0)
    monkeypatch.setattr(isolate, "GRACE", 1.0)
    assert texts(good.render({"pegawai": {"nama": "B"}}))[0] == "Lampiran B"
    assert isolate.pid() not in (None, first)


def test_a_dead_worker_is_replaced(tmp_path: Path) -> None:
    good = engine.CompiledTemplate(_with_document(tmp_path / "good.docx", "{{ pegawai.nama }}"))
    good.render({"pegawai": {"nama": "A"}})
    first = isolate.pid()
    assert first is not None
    os.kill(first, signal.SIGKILL)
    deadline = time.monotonic() + 5
    while isolate.pid() is not None and time.monotonic() < deadline:  # the kill is delivered asynchronously
        time.sleep(0.01)
    assert texts(good.render({"pegawai": {"nama": "B"}}))[0] == "Lampiran B"


def test_built_in_templates_render_in_process_and_user_copies_render_the_same(tmp_path: Path, ws: Path) -> None:
    from skpdoc.api import load_workspace
    from skpdoc.render import viewmodel

    workspace = load_workspace(ws)
    form = viewmodel.build(workspace, workspace.pegawai[STAFF_NIP], "skp", None)
    builtin = data_dir("templates/docx") / "skp-ja-jf-kuantitatif.docx"
    here = engine.load(builtin).render(form.context())
    assert isolate.pid() is None  # the common case starts no process
    copy = tmp_path / builtin.name
    copy.write_bytes(builtin.read_bytes())
    assert engine.load(copy).render(form.context()) == here
    assert isolate.pid() is not None


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (_bomb, "terlalu besar"),
        # a header that claims 1 KiB for 64 MiB: read no further than the claim, then the checksum fails
        (
            lambda p: _rezip(
                make_docx(p.with_suffix(".s.docx"), ["x"]), p, {"a.bin": bytes(64 << 20)}, header_size=1024
            ),
            "tidak dapat dibaca",
        ),
        (
            lambda p: _rezip(make_docx(p.with_suffix(".s.docx"), ["x"]), p, {f"m/{i}": b"" for i in range(1001)}),
            "1018 bagian (batas 1000)",
        ),
        (
            lambda p: _rezip(
                make_docx(p.with_suffix(".s.docx"), ["x"]), p, {"word/document.xml": b"{{ x }}" * (1 << 20)}
            ),
            "melebihi 5 MiB",
        ),
        (_not_utf8, "bukan teks UTF-8"),
        (lambda p: _with_document(p, "{% extends 'skp.docx' %}"), "{% extends %}"),
        (lambda p: _with_document(p, "{% from 'skp.docx' import x %}"), "{% from ... import %}"),
    ],
)
def test_loading_refuses_what_is_past_a_limit(tmp_path: Path, make, says: str) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path / "t.docx")
    with pytest.raises(engine.RenderError) as caught:
        engine.CompiledTemplate(path)
    assert caught.value.template == "t.docx" and says in caught.value.problem


def test_static_checks_find_literal_abuse_only(tmp_path: Path) -> None:
    flagged = _with_document(
        tmp_path / "bad.docx", "{{ 'x'|center(10**9) }} {% for r in range(10**6) %}{% endfor %} {{ 10**100000 }}"
    )
    assert [f.code for f in check_template(flagged)] == ["T009", "T009", "T009"]
    fine = _with_document(tmp_path / "ok.docx", "{{ '-' * 40 }} {% for r in range(10) %}{{ 2**10 }}{% endfor %}")
    assert check_template(fine) == []


def test_the_cli_leaves_no_worker_behind(ws: Path, tmp_path: Path) -> None:
    """A real ``skpdoc`` process: its worker, killed at the timeout or at exit, is gone when it has exited."""
    if not Path("/proc/self/environ").exists():
        pytest.skip("needs /proc")
    MEMBERS["nested-loops"][0](tmp_path / "tpl" / "lampiran.docx")
    marker = uuid.uuid4().hex
    env = {**os.environ, "SKPDOC_TEST_MARKER": marker, "NO_COLOR": "1"}
    args = ["render", str(ws), "-o", str(tmp_path / "out"), "-q", "--templates", str(tmp_path / "tpl")]
    done = subprocess.run([sys.executable, "-m", "skpdoc", *args], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "batas waktu" in done.stderr and "Traceback" not in done.stderr
    assert _processes_with(marker) == []


def _processes_with(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if f"SKPDOC_TEST_MARKER={marker}".encode() in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def test_sandbox_checks_pass_ordinary_values() -> None:
    for op, left, right in [("*", "-", 80), ("**", 2, 64), ("%", "%05.2f", 1.5), ("+", "a", "b"), ("*", 10**6, 10**6)]:
        sandbox.check_binop(op, left, right)


def test_compiling_is_bounded_by_the_number_and_size_of_tags(tmp_path: Path) -> None:
    many = _with_document(tmp_path / "many.docx", "{{ pegawai.nama }}" * (engine.MAX_TAGS + 1))
    with pytest.raises(engine.RenderError, match="terlalu rumit"):
        engine.CompiledTemplate(many)
    # thousands of unclosed tags would make docxtpl's patterns scan to the end from each: refused in one pass
    unclosed = make_docx(tmp_path / "unclosed.docx", ["{% if a" for _ in range(3000)])
    started = time.monotonic()
    with pytest.raises(engine.RenderError, match="tag tidak ditutup"):
        engine.CompiledTemplate(unclosed)
    assert time.monotonic() - started < 1
    assert [f.code for f in check_template(many)] == ["T006"]
    assert [f.code for f in check_template(unclosed)] == ["T001"]


def test_the_watchdog_interrupts_the_template_then_ends_a_worker_nobody_stops(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where there is no SIGALRM (Windows) the worker's watchdog thread interrupts the template at its time; if
    the template goes on (the parent gone, nobody to kill the worker), it ends the process a little later."""
    from skpdoc.render import _worker

    monkeypatch.setattr(isolate, "GRACE", 0.1)
    saved = signal.getsignal(signal.SIGINT)
    exits: list[int] = []
    try:
        watchdog = _worker._Watchdog(exit=exits.append, last_resort=0.2)
        watchdog.arm(0.3)
        started = time.monotonic()
        with pytest.raises(sandbox.Deadline, match=r"batas waktu 0\.3 detik"):
            while time.monotonic() - started < 5:  # a template looping in Python
                pass
        assert 0.3 <= time.monotonic() - started < 1.5 and not exits
        while not exits and time.monotonic() - started < 5:  # ... that went on after the interruption
            pass
        assert exits == [1] and 0.6 <= time.monotonic() - started < 2
        # the next document has its own time; one that ends in time is not interrupted afterwards
        watchdog = _worker._Watchdog(exit=exits.append, last_resort=0.2)
        watchdog.arm(0.2)
        watchdog.disarm()
        time.sleep(0.5)
        assert exits == [1]
    finally:
        signal.signal(signal.SIGINT, saved)


def test_constants_are_not_folded_while_compiling() -> None:
    """The sandbox overrides Jinja's private CodeGenerator._output_child_to_const (a tripwire, docs/decisions.md):
    a Jinja release that renames it would silently fold ``'ab' ~ 'cd'`` at compile time again, unbounded."""
    from skpdoc.render import sandbox

    assert "'abcd'" not in sandbox.LimitedSandbox().compile("{{ 'ab' ~ 'cd' }}", raw=True)
