"""Shared test helpers: file trees written from text, and a small valid workspace."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent

HEAD_NIP = "197503152000031002"
KABID_NIP = "197912102005011003"
STAFF_NIP = "198703122010011004"

CONFIG = """\
instansi: Pemerintah Kabupaten Contoh
tahun: 2024
tempat: Kota Contoh
"""

OPD = f"""\
nama: Dinas Komunikasi dan Informatika
singkatan: Diskominfo
kepala: "{HEAD_NIP}"
unit:
  - {{id: aptika, nama: Bidang Aplikasi Informatika}}
  - {{id: egov, nama: Seksi E-Government, induk: aptika}}
"""

#: The OPD's capaian, for tests of the pola distribusi (a lone "baik" breaks the pola of a "baik" OPD).
CAPAIAN = """\
capaian_kinerja_organisasi:
  triwulan-1: baik
"""

HEAD = f"""\
pegawai:
  nama: Ir. Ahmad Fauzi, M.Si.
  nip: "{HEAD_NIP}"
  pangkat: Pembina Utama Muda
  golongan: IV/c
  jabatan: Kepala Dinas Komunikasi dan Informatika
  jenis_jabatan: jpt-pratama
pejabat_penilai:
  nama: Drs. H. Sekda, M.Si.
  nip: "196804121990031005"
  pangkat: Pembina Utama Madya
  golongan: IV/d
  jabatan: Sekretaris Daerah
  instansi: Pemerintah Kabupaten Contoh
atasan_pejabat_penilai:
  nama: H. Bupati
  jabatan: Bupati Contoh
pendekatan: kuantitatif
hasil_kerja:
  utama:
    - id: rhk-1
      intervensi_teks: Meningkatnya kualitas layanan publik berbasis elektronik
      rhk: Meningkatnya indeks SPBE Kabupaten
      indikator:
        - id: rhk-1.1
          perspektif: penerima-layanan
          iki: Indeks SPBE
          target: 3.5
          satuan: Indeks
"""

KABID = f"""\
pegawai:
  nama: Budi Santoso, S.T., M.T.
  nip: "{KABID_NIP}"
  pangkat: Pembina
  golongan: IV/a
  jabatan: Kepala Bidang Aplikasi Informatika
  jenis_jabatan: administrator
  unit: aptika
pejabat_penilai: "{HEAD_NIP}"
pendekatan: kuantitatif
hasil_kerja:
  utama:
    - id: rhk-1
      intervensi: "{HEAD_NIP}#rhk-1"
      rhk: Tersedianya aplikasi layanan publik yang terintegrasi
      indikator:
        - id: rhk-1.1
          aspek: kuantitas
          iki: Jumlah aplikasi terintegrasi
          target: 10
          satuan: Aplikasi
"""

#: A valid staff spec; corpus cases are variations of it.
STAFF = f"""\
pegawai:
  nama: Rina Marlina, S.Kom.
  nip: "{STAFF_NIP}"
  pangkat: Penata
  golongan: III/c
  jabatan: Kepala Seksi E-Government
  jenis_jabatan: pengawas
  unit: egov
pejabat_penilai: "{KABID_NIP}"
pendekatan: kuantitatif
penetapan: {{tanggal: 2024-01-15}}
hasil_kerja:
  utama:
    - id: rhk-1
      intervensi: "{KABID_NIP}#rhk-1"
      rhk: Terselenggaranya layanan e-government
      indikator:
        - id: rhk-1.1
          aspek: kuantitas
          iki: Jumlah layanan terintegrasi
          target: 12
          satuan: Layanan
evaluasi:
  triwulan-1:
    tanggal: 2024-04-05
    hasil_kerja:
      rhk-1.1: {{realisasi: 3, umpan_balik: Sesuai jadwal}}
    rating_hasil_kerja: sesuai-ekspektasi
    rating_perilaku_kerja: di-atas-ekspektasi
    predikat: baik
"""

#: The diff tests' starting point: the OPD without singkatan (a transfer adds one) and with a capaian,
#: and the staff spec with a second RHK.
DIFF_OPD = OPD.replace("singkatan: Diskominfo\n", "") + CAPAIAN
RHK_2 = f"""\
    - id: rhk-2
      intervensi: "{KABID_NIP}#rhk-1"
      rhk: Terkelolanya helpdesk aplikasi
      indikator:
        - id: rhk-2.1
          aspek: kuantitas
          iki: Jumlah tiket yang diselesaikan
          target: 600
          satuan: Tiket
"""
STAFF_2 = STAFF.replace("evaluasi:\n", RHK_2 + "evaluasi:\n")


def build_tree(root: Path, files: dict[str, str]) -> Path:
    """Write ``{relative path: text}`` below ``root`` (text is dedented)."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def base_files() -> dict[str, str]:
    return {
        "skpdoc.yaml": CONFIG,
        "diskominfo/opd.yaml": OPD,
        f"diskominfo/{HEAD_NIP}.yaml": HEAD,
        f"diskominfo/{KABID_NIP}.yaml": KABID,
        f"diskominfo/{STAFF_NIP}.yaml": STAFF,
    }


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    """A small valid workspace: head (JPT), kepala bidang, kepala seksi."""
    return build_tree(tmp_path / "ws", base_files())


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never read or write the user's real cache."""
    monkeypatch.setenv("SKPDOC_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "skpdoc-cache"))


#: Modules whose tests (nearly all) run LibreOffice, and single tests that do: marked slow here, in one place,
#: so that ``make unit-fast`` (-m "not slow") leaves them out; CI runs everything.
SLOW_MODULES = {"test_build_pdf", "test_text_kept", "test_convert", "test_compose", "test_processes", "test_pdfa"}
SLOW_TESTS = {
    "test_a_kabupaten_adopts_skpdoc_from_its_siasn_roster_to_the_next_year",
    "test_render_pdf_converts_what_it_renders",
    "test_build_without_the_worker_pool_uses_batch_soffice",
}
#: Fixtures that start LibreOffice or Chromium for the tests using them.
SLOW_FIXTURES = {"soffice", "built", "browser"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        module = item.module.__name__ if isinstance(item, pytest.Function) and item.module else ""
        name = item.name.split("[", 1)[0]
        if module in SLOW_MODULES or name in SLOW_TESTS or SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def soffice() -> str:
    """LibreOffice's ``soffice``, which ``make test`` installs; a test that needs it fails plainly without it."""
    path = shutil.which("soffice")
    if path is None:
        pytest.fail("LibreOffice is required (make test installs it: apt-get install libreoffice-writer-nogui)")
    return path


@pytest.fixture(autouse=True)
def _no_office_in_fast_tests(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Under ``make unit-fast`` a test not marked slow may not start the real LibreOffice (a stand-in ``soffice`` a
    test writes is fine): it fails, naming the mark to add, so the quick target stays quick."""
    if not os.environ.get("SKPDOC_FAST_TESTS") or request.node.get_closest_marker("slow") is not None:
        return
    from skpdoc.convert import converter

    real = converter.find_soffice

    def guarded() -> str:
        found = real()
        if "/libreoffice/" in os.path.realpath(found).lower():
            raise AssertionError("this test starts LibreOffice: mark it slow (tests/conftest.py SLOW_TESTS)")
        return found

    monkeypatch.setattr(converter, "find_soffice", guarded)


def qpdf_check(path: Path) -> list[str]:
    """``qpdf --check``: its complaints (exit 2 errors, 3 warnings); pikepdf's own check without the qpdf command."""
    if shutil.which("qpdf") is None:
        import pikepdf

        with pikepdf.open(path) as pdf:
            check = getattr(pdf, "check_pdf_syntax", None) or pdf.check  # the name since pikepdf 10
            return [f"qpdf: {line}" for line in check()]
    run = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    if run.returncode == 0 and "No syntax or stream encoding errors found" in run.stdout:
        return []
    return [f"qpdf --check (exit {run.returncode}): {(run.stdout + run.stderr).strip()[-2000:]}"]


@pytest.fixture(autouse=True)
def _every_bundle_passes_qpdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every bundle a test writes (in this process) is checked by ``qpdf --check`` as it is written."""
    from skpdoc.bundle import assemble

    write = assemble.Bundle.write

    def checked(self: assemble.Bundle, target: Path, *args: Any, **kwargs: Any) -> assemble.BundleResult:
        result = write(self, target, *args, **kwargs)
        assert qpdf_check(target) == [], target
        return result

    monkeypatch.setattr(assemble.Bundle, "write", checked)


@pytest.fixture(autouse=True)
def _default_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests expect Indonesian unless they choose: a developer's own SKPDOC_LANG=en changes nothing."""
    monkeypatch.delenv("SKPDOC_LANG", raising=False)


def staff_like(seq: int, hasil: str, perilaku: str, periode: str = "triwulan-1") -> tuple[str, str]:
    """(NIP, spec) of another kepala seksi like STAFF, rated ``hasil``/``perilaku`` in ``periode``."""
    nip = STAFF_NIP[:-3] + f"{seq:03d}"
    tanggal = {"triwulan-1": "2024-04-05", "akhir": "2024-12-20"}[periode]
    text = STAFF.replace(STAFF_NIP, nip).replace("    predikat: baik\n", "").replace("Rina Marlina", f"Staf {seq}")
    text = text.replace("  triwulan-1:\n    tanggal: 2024-04-05", f"  {periode}:\n    tanggal: {tanggal}")
    text = text.replace("rating_hasil_kerja: sesuai-ekspektasi", f"rating_hasil_kerja: {hasil}")
    text = text.replace("rating_perilaku_kerja: di-atas-ekspektasi", f"rating_perilaku_kerja: {perilaku}")
    return nip, text


def add_staff(ws: Path, ratings: list[tuple[str, str]], periode: str = "triwulan-1", first: int = 101) -> list[str]:
    """Write one more staff spec per (hasil, perilaku); returns their NIPs."""
    nips = []
    for seq, (hasil, perilaku) in enumerate(ratings, first):
        nip, text = staff_like(seq, hasil, perilaku, periode)
        (ws / "diskominfo" / f"{nip}.yaml").write_text(text, encoding="utf-8")
        nips.append(nip)
    return nips


#: git with a pinned author and no user or system configuration: tests never depend on, or touch, the user's.
PINNED_GIT = {
    "GIT_AUTHOR_NAME": "Penguji",
    "GIT_AUTHOR_EMAIL": "penguji@example.go.id",
    "GIT_COMMITTER_NAME": "Penguji",
    "GIT_COMMITTER_EMAIL": "penguji@example.go.id",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def pin_git(monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in PINNED_GIT.items():
        monkeypatch.setenv(key, value)


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout


@contextmanager
def own_tempdir(folder: Path) -> Iterator[None]:
    """Temporary folders (LibreOffice's profiles among them) under ``folder``, so that a test module can count the
    LibreOffice processes of its own runs and ignore others sharing the machine."""
    previous = tempfile.tempdir
    tempfile.tempdir = str(folder)
    try:
        yield
    finally:
        tempfile.tempdir = previous


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium (Debian's, through its chromium-driver) for the browser tests, 1366x768."""
    from livesite import chromium

    driver = chromium()
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """The shared Chromium with no cookies and the laptop window, for one test."""
    browser.delete_all_cookies()
    browser.set_window_size(1366, 768)
    browser.get_log("browser")  # drained: what a test reads of the console is its own
    yield browser
    browser.delete_all_cookies()


@pytest.fixture(autouse=True)
def _no_preview_office_left() -> Iterator[None]:
    """The LibreOffice ``skpdoc serve`` keeps running for previews is stopped after each test (an app made with a
    TestClient outside ``with`` never runs its shutdown)."""
    yield
    import sys

    preview = sys.modules.get("skpdoc.serve.preview")
    if preview is not None:
        preview.close()


@pytest.fixture
def own_threads_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Threads earlier tests left running (Dask's client keeps its "IO loop" thread for the process) are not this
    test's: ``threading.active_count`` counts only the main thread and those started during the test. The fast YAML
    reader declines while other threads run (skpdoc.fastyaml), which would otherwise depend on the tests before."""
    import threading

    real = threading.active_count
    left = real() - 1
    monkeypatch.setattr(threading, "active_count", lambda: real() - left)


def soffice_processes(profiles_below: Path) -> int:
    """LibreOffice processes whose profile lies below ``profiles_below`` (a test module's own temporary folder)."""
    count = 0
    marker = str(profiles_below).encode()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if b"soffice" in cmdline and marker in cmdline:
                count += 1
    return count
