"""skpdoc.convert with a real LibreOffice: real .docx in, real PDFs out, read back with pypdf."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader

from skpdoc.convert import Converter, LibreOfficeMissing, check_pdf, find_soffice
from skpdoc.convert import tasks as convert_tasks
from skpdoc.convert.tasks import Pending, Task, plan_chunks
from skpdoc.errors import SkpdocError
from skpdoc.hints import Phrase

pytestmark = pytest.mark.slow


def make_docx(path: Path, pages: list[str]) -> Path:
    """A .docx with one paragraph per page, separated by page breaks."""
    document = docx.Document()
    for number, text in enumerate(pages):
        if number:
            document.add_page_break()  # type: ignore[no-untyped-call]
        document.add_paragraph(text)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def pdf_pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def in_english(failed: list[tuple[Path, str]]) -> list[tuple[Path, str]]:
    """The causes of a report as an English reader gets them (each is a Phrase: Indonesian as text)."""
    english = [(path, cause.render("en")) for path, cause in failed if isinstance(cause, Phrase)]
    assert len(english) == len(failed)
    return english


def embedded(font: Any) -> bool:
    """Whether a PDF font dictionary carries its font program."""
    if font["/Subtype"] == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    return any(key in font["/FontDescriptor"] for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def processes(pgids: list[int]) -> list[tuple[int, str, str]]:
    """(pid, name, state) of every process, zombies included, in one of the process groups."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text()
        except (OSError, ValueError):
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        state, _, pgrp = stat.rsplit(")", 1)[1].split()[:3]
        if int(pgrp) in pgids:
            found.append((int(entry.name), name, state))
    return found


def running_under(root: Path) -> list[int]:
    """Processes (not zombies) whose command line names ``root``."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if str(root) in (entry / "cmdline").read_text() and "\nState:\tZ" not in (entry / "status").read_text():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def office_pid(converter: Converter, tmp_path: Path) -> int:
    """The soffice.bin of a one-worker converter, after a first conversion."""
    warm = make_docx(tmp_path / "warm" / "warm.docx", ["warm"])
    assert converter.convert([(warm, warm.with_suffix(".pdf"))]).failed == []
    [pid] = [pid for pid, name, _ in processes(converter.process_groups) if name == "soffice.bin"]
    return pid


@pytest.fixture(scope="module")
def converter() -> Iterator[Converter]:
    with Converter(jobs=2, timeout=30) as shared:
        yield shared


@pytest.fixture
def composing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Compose even the handful of forms a test converts (by default fewer than 8 per worker go alone)."""
    monkeypatch.setattr(convert_tasks, "COMPOSE_FROM", 0)


def test_converts_documents_with_two_workers(converter: Converter, tmp_path: Path) -> None:
    pages = {f"form-{n}": [f"Formulir {n} halaman {p} Zoë Weiß" for p in range(1, n % 3 + 2)] for n in range(8)}
    items = [
        (make_docx(tmp_path / f"{name}.docx", text), tmp_path / "pdf" / name / "out.pdf")
        for name, text in pages.items()
    ]
    seen: list[Path] = []

    report = converter.convert(items, progress=seen.append)

    assert report.failed == []
    assert report.converted == [pdf for _, pdf in items]
    assert sorted(seen) == sorted(src for src, _ in items)
    for text, (_, pdf) in zip(pages.values(), items, strict=True):
        assert pdf_pages(pdf) == text
        resources: Any = PdfReader(pdf).pages[0]["/Resources"]
        fonts = resources["/Font"]
        assert fonts and all(embedded(font.get_object()) for font in fonts.values())
    assert sorted(p.name for p in (tmp_path / "pdf").rglob("*")) == sorted(["out.pdf"] * 8 + list(pages))


def test_broken_inputs_fail_with_a_cause_and_the_others_convert(converter: Converter, tmp_path: Path) -> None:
    good = make_docx(tmp_path / "good.docx", ["Baik"])
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(good.read_bytes()[:3000])
    missing = tmp_path / "missing.docx"
    items = [(path, tmp_path / f"{path.stem}.pdf") for path in (empty, good, truncated, missing)]

    report = converter.convert(items)

    assert report.converted == [tmp_path / "good.pdf"]
    assert in_english(report.failed) == [
        (empty, "the file is empty (0 bytes)"),
        (truncated, "not a valid .docx, the file is damaged or truncated (File is not a zip file)"),
        (missing, "the file does not exist"),
    ]
    assert report.failed[0][1] == "berkasnya kosong (0 bita)"  # as text, a cause reads in Indonesian
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == ["good.pdf"]


def test_a_document_libreoffice_cannot_open_fails_twice_and_is_reported(converter: Converter, tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    with zipfile.ZipFile(bad, "w") as archive:  # passes the zip check; LibreOffice refuses it
        archive.writestr("word/document.xml", "<<< not xml")
    good = make_docx(tmp_path / "good.docx", ["Baik"])

    report = converter.convert([(bad, tmp_path / "bad.pdf"), (good, tmp_path / "good.pdf")])

    assert report.converted == [tmp_path / "good.pdf"]
    assert in_english(report.failed) == [(bad, "LibreOffice could not open the document (tried 2 times)")]
    assert report.failed == [(bad, "LibreOffice tidak dapat membuka dokumen itu (dicoba 2 kali)")]


def test_a_hung_libreoffice_is_killed_restarted_and_the_document_retried(tmp_path: Path) -> None:
    docs = [(make_docx(tmp_path / f"d{n}.docx", [f"Dokumen {n}"]), tmp_path / f"d{n}.pdf") for n in range(3)]
    with Converter(jobs=1, timeout=3) as conv:
        hung = office_pid(conv, tmp_path)
        before = conv.process_groups
        os.kill(hung, signal.SIGSTOP)
        started = time.monotonic()

        report = conv.convert(docs)

        assert report.failed == []
        assert [pdf_pages(pdf) for _, pdf in docs] == [["Dokumen 0"], ["Dokumen 1"], ["Dokumen 2"]]
        assert 3 <= time.monotonic() - started < 30
        assert set(conv.process_groups).isdisjoint(before)
        assert processes(before) == []  # the stopped one is killed and reaped, not a zombie
        assert list(tmp_path.glob(".*.tmp")) == []


def test_a_crashed_libreoffice_is_restarted_and_the_document_retried(tmp_path: Path) -> None:
    src = make_docx(tmp_path / "d.docx", ["Setelah crash"])
    with Converter(jobs=1, timeout=20) as conv:
        os.kill(office_pid(conv, tmp_path), signal.SIGKILL)
        report = conv.convert([(src, tmp_path / "d.pdf")])
    assert report.failed == []
    assert pdf_pages(tmp_path / "d.pdf") == ["Setelah crash"]


def test_workers_are_recycled(tmp_path: Path) -> None:
    docs = [(make_docx(tmp_path / f"d{n}.docx", [f"D{n}"]), tmp_path / f"d{n}.pdf") for n in range(5)]
    with Converter(jobs=1, recycle_after=2) as conv:
        first = conv.convert(docs[:1])
        groups = conv.process_groups
        second = conv.convert(docs[1:])  # recycled after d1, and again after d3
        assert first.failed == second.failed == []
        assert set(conv.process_groups).isdisjoint(groups)
        assert conv._spawned == 3
    assert [pdf_pages(pdf) for _, pdf in docs] == [[f"D{n}"] for n in range(5)]


def test_pdfa_output_declares_pdfa_2b(tmp_path: Path) -> None:
    src = make_docx(tmp_path / "a.docx", ["Arsip"])
    with Converter(jobs=1, pdfa=True) as conv:
        assert conv.convert([(src, tmp_path / "a.pdf")]).failed == []
    xmp = PdfReader(tmp_path / "a.pdf").xmp_metadata
    assert xmp is not None
    xml = xmp.stream.get_data().decode()
    assert re.search(r"pdfaid:part(>|=\")2", xml)
    assert re.search(r"pdfaid:conformance(>|=\")B", xml)


def test_close_leaves_no_process_profile_or_pipe(tmp_path: Path) -> None:
    src = make_docx(tmp_path / "d.docx", ["x"])
    conv = Converter(jobs=2)
    conv.convert([(src, tmp_path / "d.pdf")])
    groups, root = conv.process_groups, conv._root
    assert len(processes(groups)) >= 6  # per worker: python, oosplash, soffice.bin

    conv.close()
    conv.close()

    assert processes(groups) == []
    assert not root.exists()
    assert not [p for p in Path("/tmp").glob("OSL_PIPE_*") if f"skpdoc-{groups[0]}-" in p.name]
    with pytest.raises(RuntimeError):
        conv.convert([(src, tmp_path / "d.pdf")])


def test_ctrl_c_mid_batch_leaves_no_half_written_pdf_and_no_process(tmp_path: Path) -> None:
    docs = [(make_docx(tmp_path / f"d{n}.docx", [f"D{n}"]), tmp_path / "pdf" / f"d{n}.pdf") for n in range(6)]

    def interrupt(_: Path) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt), Converter(jobs=2) as conv:
        groups = conv.process_groups
        conv.convert(docs, progress=interrupt)
    assert processes(groups) == []
    [written] = (tmp_path / "pdf").iterdir()  # the one done when Ctrl-C came; the other worker's is gone
    assert check_pdf(written) is None


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM])
def test_nothing_is_left_when_the_parent_is_killed(signum: int) -> None:
    script = (
        "import time; from skpdoc.convert import Converter; print(Converter(jobs=2)._root, flush=True); time.sleep(60)"
    )
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert parent.stdout
    root = Path(parent.stdout.readline().strip())
    time.sleep(2)  # LibreOffice starting or started
    assert len(running_under(root)) >= 4  # per worker: python and oosplash, soon soffice.bin

    parent.send_signal(signum)

    assert parent.wait() == (-signal.SIGKILL if signum == signal.SIGKILL else 128 + signum)
    for _ in range(100):
        if not running_under(root) and not root.exists():
            break
        time.sleep(0.1)
    assert running_under(root) == []
    assert not root.exists()


def test_without_uno_batch_soffice_is_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SKPDOC_UNO_PYTHON", "")
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    docs = [make_docx(tmp_path / "a" / "form.docx", ["A"]), empty, make_docx(tmp_path / "b" / "form.docx", ["B", "B2"])]
    with Converter(jobs=2) as conv:
        assert conv.python is None
        report = conv.convert([(src, src.with_suffix(".pdf")) for src in docs])
    assert in_english(report.failed) == [(empty, "the file is empty (0 bytes)")]
    assert [pdf_pages(pdf) for pdf in report.converted] == [["A"], ["B", "B2"]]


def test_missing_libreoffice_is_a_plain_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(LibreOfficeMissing) as caught:
        find_soffice()
    assert isinstance(caught.value, SkpdocError)
    assert "apt-get install libreoffice-writer-nogui (Debian/Ubuntu)" in caught.value.format("en")
    with pytest.raises(LibreOfficeMissing):
        Converter()


def broken_copy(good: Path, path: Path) -> Path:
    """``good`` with a body that is not XML (a closing tag that does not match): it composes, LibreOffice refuses."""
    with zipfile.ZipFile(good) as archive, zipfile.ZipFile(path, "w") as copy:
        for item in archive.infolist():
            data = archive.read(item)
            copy.writestr(item, data.replace(b"</w:t>", b"</w:x>", 1) if item.filename == "word/document.xml" else data)
    return path


def test_composed_forms_are_split_into_their_own_pdfs(converter: Converter, tmp_path: Path, composing: None) -> None:
    pages = {f"form-{n}": [f"Formulir {n} halaman {p}" for p in range(1, n % 3 + 2)] for n in range(7)}
    items = [
        (make_docx(tmp_path / f"{name}.docx", text), tmp_path / "pdf" / f"{name}.pdf") for name, text in pages.items()
    ]
    seen: list[Path] = []

    report = converter.convert(items, progress=seen.append, compose=True)

    assert report.failed == [] and report.composed == 7
    assert sorted(seen) == sorted(src for src, _ in items)
    assert [pdf_pages(pdf) for _, pdf in items] == list(pages.values())


def test_workers_held_back_start_only_for_enough_documents(tmp_path: Path) -> None:
    docs = [(make_docx(tmp_path / f"d{n}.docx", [f"Dokumen {n}"]), tmp_path / f"d{n}.pdf") for n in range(3)]
    with Converter(jobs=2, start=1) as conv:
        assert conv.convert(docs).failed == []
        assert conv.running == 1  # three documents: not worth a second LibreOffice
        conv.start_all()  # the caller knows better (build: the pages last time)
        assert conv.running == 2
        assert conv.convert(docs).failed == []
    assert [pdf_pages(pdf) for _, pdf in docs] == [[f"Dokumen {n}"] for n in range(3)]


def test_a_few_forms_go_alone_the_biggest_first_and_many_are_composed(tmp_path: Path) -> None:
    # A one-spec rebuild: its few forms in one chunk would leave the second worker idle.
    def planned(lines: list[int]) -> list[Task]:
        pending = Pending(None)
        for n, count in enumerate(lines):
            pending.queue.append(Task(n, make_docx(tmp_path / f"f{n}.docx", ["Isi"] * count), tmp_path / f"f{n}.pdf"))
        plan_chunks(pending, 2, tmp_path / "chunks")
        return list(pending.queue)

    few = planned([1, 80, 20])
    assert [task.index for task in few] == [1, 2, 0] and not [task for task in few if task.members]
    many = planned([1] * 2 * convert_tasks.COMPOSE_FROM)
    assert {task.index for task in many} < {-n for n in range(1, 8)}  # chunks only, each of several forms


def test_a_chunk_libreoffice_cannot_open_is_converted_form_by_form(
    converter: Converter, tmp_path: Path, composing: None
) -> None:
    good = [make_docx(tmp_path / f"good{n}.docx", [f"Baik {n}"]) for n in range(3)]
    bad = broken_copy(good[0], tmp_path / "bad.docx")
    items = [(src, src.with_suffix(".pdf")) for src in (good[0], bad, good[1], good[2])]

    report = converter.convert(items, compose=True)

    assert in_english(report.failed) == [(bad, "LibreOffice could not open the document (tried 2 times)")]
    assert [pdf_pages(pdf) for pdf in report.converted] == [["Baik 0"], ["Baik 1"], ["Baik 2"]]
    assert report.composed == 2  # chunks of 2: good1 and good2; good0 went one by one with bad


def test_a_chunk_in_a_hung_libreoffice_is_killed_and_its_forms_converted_one_by_one(
    tmp_path: Path, composing: None
) -> None:
    docs = [(make_docx(tmp_path / f"d{n}.docx", [f"Dokumen {n}"]), tmp_path / f"d{n}.pdf") for n in range(4)]
    with Converter(jobs=1, timeout=3) as conv:
        hung = office_pid(conv, tmp_path)
        os.kill(hung, signal.SIGSTOP)

        report = conv.convert(docs, compose=True)

    assert report.failed == []
    assert report.composed == 2  # chunks of 2: the first, sent to the stopped LibreOffice, went one by one
    assert [pdf_pages(pdf) for _, pdf in docs] == [[f"Dokumen {n}"] for n in range(4)]


def test_pdfa_output_is_never_composed(tmp_path: Path, composing: None) -> None:
    docs = [(make_docx(tmp_path / f"a{n}.docx", [f"Arsip {n}"]), tmp_path / f"a{n}.pdf") for n in range(2)]
    with Converter(jobs=1, pdfa=True) as conv:
        report = conv.convert(docs, compose=True)
    assert report.failed == [] and report.composed == 0
    assert [pdf_pages(pdf) for _, pdf in docs] == [["Arsip 0"], ["Arsip 1"]]
