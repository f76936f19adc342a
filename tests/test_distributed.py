"""`skpdoc build` on a Dask cluster: the same forms and bundles as a local build, surviving a killed worker.

The cluster is a LocalCluster of two worker processes, each with its own
LibreOffice (skpdoc.distributed.worker), on a copy of the example workspace's
bkpsdm OPD (132 documents). Its processes keep their LibreOffice profiles
under this module's own temporary folder (TMPDIR), so that counting them
ignores other LibreOffice runs sharing the machine.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from conftest import REPO, soffice_processes
from docxutil import make_docx
from skpdoc.build import build
from skpdoc.cli import main
from skpdoc.distributed import local_workers, open_cluster
from skpdoc.distributed.client import ClusterConverter
from skpdoc.distributed.plan import TASK_FORMS, cut, task_size
from skpdoc.distributed.worker import plugin_name
from skpdoc.errors import UsageError

OWN_TMP = Path(tempfile.mkdtemp(prefix="skpdoc-test-dask-"))
OPD = "bkpsdm"
SPEC = "198502112010011002.yaml"  # an employee of the OPD, edited by the incremental test


def pages_of(root: Path, only: set[str] | None = None) -> dict[str, list[str]]:
    """Each form's PDF below ``root`` (by its path there, or those in ``only``): the text of each of its pages."""
    return {
        str(pdf.relative_to(root)): [" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages]
        for pdf in sorted(root.rglob("*.pdf"))
        if pdf.parent != root and (only is None or str(pdf.relative_to(root)) in only)
    }


def bundle_of(root: Path) -> tuple[int, list[str]]:
    """The OPD's bundle: its page count and its outline's titles (its pages are the forms compared one by one)."""
    reader = PdfReader(root / f"{OPD}.pdf")

    def titles(items: list[Any]) -> list[str]:
        return [title for item in items for title in (titles(item) if isinstance(item, list) else [item.title])]

    return len(reader.pages), titles(reader.outline)


def written_since(root: Path, stamp: int) -> set[str]:
    """The PDFs below ``root`` written after ``stamp`` (ns)."""
    return {str(p.relative_to(root)) for p in root.rglob("*.pdf") if p.stat().st_mtime_ns > stamp}


def stray(root: Path) -> list[Path]:
    """Half-written files: a build writes beside the target under a hidden name, then renames."""
    return [p for p in root.rglob("*") if p.name.startswith(".") or p.suffix == ".tmp"]


# -- without LibreOffice ---------------------------------------------------------------------------


def test_local_cluster_spec_is_local_colon_a_count() -> None:
    assert local_workers("local:4") == 4
    for wrong in ("local", "local:0", "4", "local:two", "tcp://host:8786"):
        with pytest.raises(UsageError) as caught:
            local_workers(wrong)
        assert caught.value.format("en").startswith(f"--cluster {wrong}: must be local:N")


def test_forms_that_share_a_document_travel_together_in_tasks_of_a_few_seconds(tmp_path: Path) -> None:
    first = make_docx(tmp_path / "p0.docx", ["Isi"])
    plain = [first, *(Path(shutil.copy(first, tmp_path / f"p{n}.docx")) for n in range(1, 130))]
    numbered = tmp_path / "numbered.docx"  # a form compose leaves alone (no group key): in a task of its own kind
    with zipfile.ZipFile(first) as archive, zipfile.ZipFile(numbered, "w") as copy:
        for item in archive.infolist():
            copy.writestr(item, archive.read(item).replace(b"xmlns:r=", b"xmlns:rr=", 1))
    sources = [*plain[:64], numbered, *plain[64:]]

    tasks = cut(sources, threads=2)

    assert sorted(i for task in tasks for i in task) == list(range(len(sources)))
    assert [64] in tasks  # alone, after the others
    assert sorted(len(task) for task in tasks if task != [64]) == [32, 32, 33, 33]  # 130: two tasks per thread
    assert task_size(10_000, 16) == TASK_FORMS and task_size(6, 2) == 2 and task_size(1, 8) == 1


def test_without_dask_a_cluster_build_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed: ImportError
    code = main(["build", "--lang", "en", str(REPO / "specs"), "-o", str(tmp_path), "--cluster", "local:2"])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "--scheduler and --cluster need Dask, which is not installed" in err
    assert "pip install 'skpdoc[dask]'" in err and "Traceback" not in err
    assert not (tmp_path / "2024").exists()  # stopped before rendering anything


def test_a_wrong_cluster_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["build", str(REPO / "specs"), "-o", str(tmp_path)]
    assert main([*args, "--cluster", "lokal:2"]) == 2
    assert "--cluster lokal:2: harus local:N" in capsys.readouterr().err
    assert main([*args, "--cluster", "local:2", "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "pilih salah satu: --scheduler atau --cluster" in capsys.readouterr().err


def test_an_unreachable_scheduler_is_one_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("skpdoc.distributed.cluster.CONNECT_TIMEOUT", 1.0)
    with socket.socket() as probe:  # a port taken, then let go: nothing listens there
        probe.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{probe.getsockname()[1]}"
    code = main(["build", "--lang", "en", str(REPO / "specs"), "-o", str(tmp_path), "--scheduler", address])
    err = capsys.readouterr().err
    assert code == 1 and f"could not connect to the Dask scheduler {address}" in err and "Traceback" not in err


def test_a_tls_scheduler_without_tls_settings_says_what_to_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("skpdoc.distributed.cluster.CONNECT_TIMEOUT", 1.0)
    code = main(
        ["build", "--lang", "en", str(REPO / "specs"), "-o", str(tmp_path), "--scheduler", "tls://10.0.0.5:8786"]
    )
    err = capsys.readouterr().err
    assert code == 1 and "tls://10.0.0.5:8786 uses TLS, but Dask has no TLS settings" in err, err
    assert "docs/distributed.md, section TLS" in err and "Traceback" not in err


# -- on a LocalCluster of two workers, each with its LibreOffice -----------------------------------


@pytest.fixture(scope="module")
def converter() -> Iterator[ClusterConverter]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TMPDIR", str(OWN_TMP))  # the workers' LibreOffice profiles (they read it when they start)
        patch.setattr(tempfile, "tempdir", str(OWN_TMP))
        with open_cluster(cluster="local:2") as cluster:
            cluster.client.wait_for_workers(2)
            yield cluster
    deadline = time.monotonic() + 20
    while soffice_processes(OWN_TMP) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert soffice_processes(OWN_TMP) == 0  # every worker's LibreOffice stopped with the cluster


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws = tmp_path_factory.mktemp("ws")
    shutil.copy(REPO / "specs" / "skpdoc.yaml", ws)
    for folder in (REPO / "specs").iterdir():
        if folder.is_dir():
            shutil.copytree(folder, ws / folder.name)  # every OPD: the forms print their superiors'
    return ws


@dataclass
class Local:
    """The OPD built locally, as ever: what the cluster's build must equal."""

    out: Path
    pages: dict[str, list[str]]
    bundle: tuple[int, list[str]]


@pytest.fixture(scope="module")
def local(workspace: Path, tmp_path_factory: pytest.TempPathFactory) -> Local:
    """The OPD built locally: its folder, its forms' pages, its bundle."""
    out = tmp_path_factory.mktemp("local")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tempfile, "tempdir", str(OWN_TMP))
        report = build(workspace, out, opds=[OPD], jobs=2)
    assert report.ok and report.built == 132 and len(report.bundles) == 1
    return Local(out, pages_of(out / "2024"), bundle_of(out / "2024"))


@pytest.mark.slow
def test_a_cluster_build_equals_a_local_one(
    converter: ClusterConverter, workspace: Path, local: Local, tmp_path: Path
) -> None:
    before = converter.traffic.forms
    report = build(workspace, tmp_path, opds=[OPD], warm=converter)

    assert report.ok and report.built == 132 and report.bundles == [tmp_path / "2024" / f"{OPD}.pdf"]
    assert converter.traffic.forms - before == 132  # every document converted on the cluster
    assert pages_of(tmp_path / "2024") == local.pages  # every form, page by page
    assert bundle_of(tmp_path / "2024") == local.bundle
    manifest = json.loads((tmp_path / "2024" / "manifest.json").read_text())
    assert manifest == json.loads((local.out / "2024" / "manifest.json").read_text())  # page ranges, keys
    assert not stray(tmp_path)

    # An edit: the cluster converts what a local rebuild converts, into the same pages, and nothing else.
    edited_locally = tmp_path / "local-edited"
    shutil.copytree(local.out, edited_locally)
    spec = workspace / OPD / SPEC
    original = spec.read_text(encoding="utf-8")
    stamp = time.time_ns()
    try:
        spec.write_text(original.replace("nama: ", "nama: Dr. ", 1), encoding="utf-8")
        before = converter.traffic.forms
        again = build(workspace, tmp_path, opds=[OPD], warm=converter)
        alone = build(workspace, edited_locally, opds=[OPD], jobs=2)
    finally:
        spec.write_text(original, encoding="utf-8")
    assert again.ok and 0 < again.built == alone.built < 132 and again.skipped == alone.skipped
    assert converter.traffic.forms - before == again.built
    rebuilt = written_since(tmp_path / "2024", stamp)
    assert rebuilt == written_since(edited_locally / "2024", stamp) and len(rebuilt) == again.built + 1  # + bundle
    assert pages_of(tmp_path / "2024", rebuilt) == pages_of(edited_locally / "2024", rebuilt)
    assert bundle_of(tmp_path / "2024") == bundle_of(edited_locally / "2024")


@pytest.mark.slow
def test_a_worker_killed_mid_build_loses_nothing(
    converter: ClusterConverter, workspace: Path, local: Local, tmp_path: Path
) -> None:
    client = converter.client
    offices = soffice_processes(OWN_TMP)
    killed: list[str] = []

    def kill_a_busy_worker(_: str) -> None:
        if killed:
            return
        busy = [worker for worker, keys in client.processing().items() if keys]
        if busy:
            pids = client.run(os.getpid)
            os.kill(pids[busy[0]], signal.SIGKILL)  # the worker process and, through its guard, its LibreOffice
            killed.append(busy[0])

    report = build(workspace, tmp_path, opds=[OPD], warm=converter, progress=kill_a_busy_worker)

    assert killed, "no worker was busy while the forms came in"
    assert report.ok and report.built == 132 and len(report.bundles) == 1
    assert pages_of(tmp_path / "2024") == local.pages
    assert bundle_of(tmp_path / "2024") == local.bundle
    assert not stray(tmp_path)
    client.wait_for_workers(2, timeout=60)  # the nanny started another, with a LibreOffice of its own
    deadline = time.monotonic() + 30
    while soffice_processes(OWN_TMP) != offices and time.monotonic() < deadline:
        time.sleep(0.2)
    assert soffice_processes(OWN_TMP) == offices  # the dead worker's LibreOffice went with it


@pytest.mark.slow
def test_a_form_libreoffice_refuses_fails_alone(converter: ClusterConverter, tmp_path: Path) -> None:
    good = [make_docx(tmp_path / f"good{n}.docx", [f"Baik {n}"]) for n in range(11)]
    bad = tmp_path / "bad.docx"
    with zipfile.ZipFile(good[0]) as archive, zipfile.ZipFile(bad, "w") as copy:  # composes; LibreOffice refuses
        for item in archive.infolist():
            data = archive.read(item)
            copy.writestr(item, data.replace(b"</w:t>", b"</w:x>", 1) if item.filename == "word/document.xml" else data)
    items = [(src, src.with_suffix(".pdf")) for src in [*good[:5], bad, *good[5:]]]
    seen: list[Path] = []

    report = converter.convert(items, progress=seen.append)

    assert [(path, cause.render("en")) for path, cause in report.failed] == [
        (bad, "LibreOffice could not open the document (tried 2 times)")
    ]
    assert sorted(seen) == sorted(src for src, _ in items)
    assert [[page.extract_text().strip() for page in PdfReader(pdf).pages] for pdf in report.converted] == [
        [f"Baik {n}"] for n in range(11)
    ]
    assert not bad.with_suffix(".pdf").exists()


@pytest.mark.slow
def test_a_task_failing_as_a_whole_is_tried_form_by_form_then_reported(
    converter: ClusterConverter, tmp_path: Path
) -> None:
    pdfa = ClusterConverter(converter.client, pdfa=True)  # a second kind of converter on the same workers ...
    converter.client.unregister_worker_plugin(plugin_name(True))  # ... whose LibreOffice is gone: every task fails
    items = [(make_docx(tmp_path / f"d{n}.docx", [f"Isi {n}"]), tmp_path / f"d{n}.pdf") for n in range(8)]
    tasks = pdfa.traffic.tasks

    report = pdfa.convert(items)

    assert report.converted == [] and [src for src, _ in report.failed] == [src for src, _ in items]
    for _, cause in report.failed:
        assert cause.render("en").startswith(
            "failed on a Dask worker: RuntimeError: this worker has no skpdoc-office-pdfa"
        )
    together = cut([src for src, _ in items], pdfa.threads())
    assert len(together) < len(items)  # (forms did travel together first)
    assert pdfa.traffic.tasks - tasks == len(together) + len(items)  # then each alone, once: no endless retry
    assert not list(tmp_path.glob("*.pdf"))


@pytest.mark.slow
def test_a_broken_template_fails_only_its_forms_on_the_cluster(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(workspace, ws)
    make_docx(ws / "templates" / "lampiran.docx", ["{{ pegawai.tidak_ada }}"])
    monkeypatch.setenv("TMPDIR", str(OWN_TMP))
    out = tmp_path / "out"
    args = ["build", str(ws), "-o", str(out), "-q", "--opd", OPD, "--form", "skp", "--form", "lampiran"]

    assert main([*args, "--cluster", "local:2"]) == 1

    err = capsys.readouterr().err
    assert "tidak_ada" in err and f"bundel {OPD} tidak ditulis" in err
    assert len(list((out / "2024").rglob("skp.pdf"))) == len(list((ws / OPD).glob("1*.yaml")))
    assert not list((out / "2024").rglob("lampiran.pdf")) and not (out / "2024" / f"{OPD}.pdf").exists()
