"""Documents of a whole OPD rather than one employee: the Rekap Predikat and the Matriks Peran dan Hasil.

They open the OPD's bundle, after the cover and the contents. A Rekap is
made for each periode that has evaluations in the OPD (and was selected);
the Matriks once per OPD. Files: ``<opd>/rekap-<periode>.docx`` and
``<opd>/matriks.docx`` beside the employees' ``<nip>/`` folders.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from skpdoc.model import Workspace
from skpdoc.reference import PERIODE
from skpdoc.rekap import rekap
from skpdoc.render import matriks
from skpdoc.render import rekap as rekap_form

#: --form name → template; ``rekap`` is per periode.
OPD_FORMS = {"rekap": rekap_form.TEMPLATE, "matriks": matriks.TEMPLATE}
TITLES = {"rekap": "Rekap Predikat Kinerja", "matriks": "Matriks Peran dan Hasil"}


@dataclass(frozen=True)
class OpdJob:
    """One OPD document to produce."""

    opd: str
    form: str
    periode: str | None
    template: str

    @property
    def output(self) -> PurePosixPath:
        suffix = f"-{self.periode}" if self.periode else ""
        return PurePosixPath(f"{self.form}{suffix}.docx")

    @property
    def title(self) -> str:
        return TITLES[self.form] + (f" — {PERIODE[self.periode]}" if self.periode else "")


def plan_opd(
    ws: Workspace, *, forms: Sequence[str] = (), periode: Sequence[str] = (), opds: Sequence[str] = ()
) -> list[OpdJob]:
    """The OPD documents that apply: a Rekap per periode with evaluations, and the Matriks."""
    jobs: list[OpdJob] = []
    for slug in ws.opds:
        if opds and slug not in opds:
            continue
        if not forms or "rekap" in forms:
            given = {p for pegawai in ws.pegawai.values() if pegawai.opd == slug for p in pegawai.evaluasi}
            for name in PERIODE:
                if name in given and (not periode or name in periode):
                    jobs.append(OpdJob(slug, "rekap", name, OPD_FORMS["rekap"]))
        if not forms or "matriks" in forms:
            jobs.append(OpdJob(slug, "matriks", None, OPD_FORMS["matriks"]))
    return jobs


def view(ws: Workspace, job: OpdJob) -> rekap_form.RekapForm | matriks.MatriksForm:
    """The context object of the document (it has ``context()`` like :class:`~skpdoc.render.viewmodel.Form`)."""
    if job.form == "rekap":
        assert job.periode is not None
        (found,) = rekap(ws, job.periode, [job.opd])
        return rekap_form.build(ws, found)
    return matriks.build(ws, job.opd)
