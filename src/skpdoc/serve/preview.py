"""The documents ``skpdoc serve`` makes: an employee's form as PDF, an OPD's bundle and its rekap workbook.

Everything goes through :func:`skpdoc.api.build` (and :func:`skpdoc.api.rekap`), exactly as ``skpdoc build``
and ``skpdoc rekap --format xlsx`` make them, into one private output folder of the workspace,
``.skpdoc/serve-out``. The build is incremental, keyed by what each document prints: a form asked for again
while its spec is unchanged is read back from that folder without LibreOffice.

One build at a time per workspace (:func:`building`): the build itself refuses a second one into the same
folder (F013), and two would fight over LibreOffice on a two-core server anyway. The folder carries its own
``.gitignore`` (``*``), so it never shows up in ``git status`` of the workspace, whatever its own .gitignore
says.
"""

from __future__ import annotations

import contextlib
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from skpdoc.build.bundles import FORM_TITLES
from skpdoc.errors import SkpdocError
from skpdoc.reference import PERIODE
from skpdoc.render.pipeline import file_name
from skpdoc.render.viewmodel import FORMS, PERIODIC

if TYPE_CHECKING:
    from skpdoc.convert import Converter
    from skpdoc.model import Workspace

#: The private output folder of the web app, inside the workspace (kept out of git by its own .gitignore).
OUT = Path(".skpdoc") / "serve-out"


@dataclass(frozen=True)
class Form:
    """One form of an employee as a URL names it: ``skp``, ``lampiran``, ``evaluasi-triwulan-1`` ..."""

    form: str
    periode: str | None

    @property
    def name(self) -> str:
        return Path(file_name(self.form, self.periode)).stem

    @property
    def title(self) -> str:
        """The title the bundle's outline gives the form (domain words: the same in both languages)."""
        return FORM_TITLES[self.form] + (f" — {PERIODE[self.periode]}" if self.periode else "")


#: Every name a preview URL may carry; anything else is answered 404 before any file is looked at.
KNOWN: dict[str, Form] = {
    f.name: f
    for f in (Form(form, periode) for form in FORMS for periode in (list(PERIODE) if form in PERIODIC else [None]))
}


class BuildFailed(SkpdocError):
    """The build ran but did not produce what was asked: each failed document with its cause."""

    def __init__(self, failures: list[tuple[str, object]]) -> None:
        super().__init__(code="", text="; ".join(f"{name}: {cause}" for name, cause in failures))
        self.failures = failures  # (document, cause): a cause renders itself in a language with .render(lang)


_LOCKS: dict[Path, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()
#: One LibreOffice worker per workspace kept running between previews (started by the first), so a preview
#: waits for its conversion only, not for LibreOffice to start (~2 s). Used under the workspace's build lock.
_WARM: dict[Path, Converter] = {}


@contextlib.contextmanager
def building(root: Path) -> Iterator[None]:
    """Hold the workspace's build lock: previews and jobs of every app on this workspace take turns."""
    key = Path(root).resolve()
    with _LOCKS_GUARD:
        lock = _LOCKS.setdefault(key, threading.Lock())
    with lock:
        yield


def out_dir(root: Path) -> Path:
    """``<root>/.skpdoc/serve-out``, made with a ``.gitignore`` that keeps all of it out of git."""
    folder = Path(root) / OUT
    folder.mkdir(parents=True, exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.is_file():
        ignore.write_text("# Pratinjau dan unduhan skpdoc serve: dibuat ulang kapan saja\n*\n", encoding="utf-8")
    return folder


def forms_of(ws: Workspace, nip: str) -> list[Form]:
    """The forms the build makes for the (valid) employee ``nip``, in the order of the OPD's bundle."""
    from skpdoc.render.pipeline import plan

    periods = list(PERIODE)
    found = [Form(job.form, job.periode) for job in plan(ws, nips=[nip])]
    return sorted(found, key=lambda f: (periods.index(f.periode) + 1 if f.periode else 0, FORMS.index(f.form)))


def form_pdf(root: Path, nip: str, opd: str, form: Form) -> bytes | None:
    """The PDF of one form of employee ``nip`` (of OPD ``opd``), built like ``skpdoc build --nip --form``.

    None when the form does not apply (no evaluation for that periode). Raises
    :class:`~skpdoc.errors.InvalidSpecs` when what the form prints has errors, :class:`BuildFailed` when its
    conversion fails, and any other :class:`~skpdoc.errors.SkpdocError` of the build (LibreOffice missing).
    The bytes are read under the lock: a build started right after cannot swap the file mid-read.
    """
    from skpdoc import api

    periode = [form.periode] if form.periode else []
    with building(root):
        warm = _warm(root)
        try:
            report = api.build(root, out_dir(root), nips=[nip], forms=[form.form], periode=periode, warm=warm)
        except BaseException:
            close(root)  # whatever failed, the next preview starts a fresh LibreOffice
            raise
        if report.failed:
            close(root)
            raise BuildFailed([(f.output, f.cause) for f in report.failed])
        if report.built + report.skipped == 0:
            return None  # the build selected nothing: the form does not apply to this employee
        target = report.root / opd / nip / f"{form.name}.pdf"
        return target.read_bytes()


def _warm(root: Path) -> Converter | None:
    """The workspace's running preview converter, started now if there is none (None without LibreOffice: the
    build then says it is missing, in the user's language)."""
    from skpdoc.convert import Converter

    key = Path(root).resolve()
    if key not in _WARM:
        try:
            _WARM[key] = Converter(1)
        except SkpdocError:
            return None
    return _WARM[key]


def close(root: Path | None = None) -> None:
    """Stop the preview converter of ``root`` (of every workspace when None): at shutdown, or after a failure."""
    for key in [Path(root).resolve()] if root is not None else list(_WARM):
        converter = _WARM.pop(key, None)
        if converter is not None:
            converter.close()


#: Reports a build's progress: (documents done, documents in all, step); total is 0 until known.
Report = Callable[[int, int, str], None]


def bundle_pdf(root: Path, slug: str, periode: str | None, target: Path, report: Report) -> None:
    """Build the OPD's documents and bundle like ``skpdoc build --opd SLUG [--periode P]``; copy the bundle to
    ``target``. Raises as :func:`form_pdf`; a bundle left unwritten because a document failed is
    :class:`BuildFailed`."""
    from skpdoc import api

    counted = {"done": 0, "total": 0}

    def total(n: int) -> None:
        counted["total"] = n
        report(0, n, "dokumen")

    def progress(name: str) -> None:
        counted["done"] += 1
        done, whole = counted["done"], counted["total"]
        report(done, whole, "bundel" if done >= whole else "dokumen")

    report(0, 0, "antre_build")
    with building(root):
        report(0, 0, "memeriksa")
        result = api.build(
            root, out_dir(root), opds=[slug], periode=[periode] if periode else [], progress=progress, total=total
        )
        if result.failed or slug in result.bundles_skipped:
            raise BuildFailed([(f.output, f.cause) for f in result.failed])
        shutil.copyfile(result.root / f"{slug}.pdf", target)


def rekap_xlsx(root: Path, slug: str, periode: str | None, lang: str, target: Path, report: Report) -> None:
    """Write the OPD's rekap workbook to ``target`` like ``skpdoc rekap --opd SLUG --format xlsx``, for the
    latest evaluated periode when none is given. Raises :class:`~skpdoc.errors.InvalidSpecs` when the OPD has
    errors. No build and no LibreOffice: it does not wait for the build lock."""
    from skpdoc import api
    from skpdoc.rekap.workbook import write_xlsx

    report(0, 1, "rekap")
    ws, _, result = api.rekap(root, periode=periode, opds=[slug])
    write_xlsx(ws, result, target, lang)
    report(1, 1, "rekap")
