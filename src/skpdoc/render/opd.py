"""Documents of a whole OPD rather than one employee: the Rekap Predikat and the Matriks Peran dan Hasil.

They open the OPD's bundle, after the cover and the contents. A Rekap is
made for each periode that has evaluations in the OPD (and was selected).
The Matriks is made in parts (:func:`skpdoc.render.matriks.split`): a
document per leader and per branch of the pohon kinerja, because each part
prints people's names and RHK and a one-spec edit should re-convert only the
parts that print it. Files: ``<opd>/rekap-<periode>.docx`` and
``<opd>/matriks/<part>.docx`` beside the employees' ``<nip>/`` folders.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from skpdoc.model import Workspace
from skpdoc.reference import PERIODE
from skpdoc.rekap import rekap
from skpdoc.render import matriks
from skpdoc.render import rekap as rekap_form
from skpdoc.render.pipeline import file_name

#: --form name → template; ``rekap`` is per periode, ``matriks`` in parts.
OPD_FORMS = {"rekap": rekap_form.TEMPLATE, "matriks": matriks.TEMPLATE}
TITLES = {"rekap": "Rekap Predikat Kinerja", "matriks": "Matriks Peran dan Hasil"}


@dataclass(frozen=True)
class OpdJob:
    """One OPD document to produce, with the context its template gets."""

    opd: str
    form: str
    periode: str | None
    template: str
    bagian: str | None = None  # the part of the Matriks: matriks.Bagian.slug
    title: str = ""  # its bookmark; under ``group`` when that is set
    group: str = ""
    view: rekap_form.RekapForm | matriks.MatriksForm | None = field(default=None, compare=False, repr=False)

    @property
    def output(self) -> PurePosixPath:
        if self.bagian is not None:
            return PurePosixPath(self.form, f"{self.bagian}.docx")
        return PurePosixPath(file_name(self.form, self.periode))


def plan_opd(
    ws: Workspace, *, forms: Sequence[str] = (), periode: Sequence[str] = (), opds: Sequence[str] = ()
) -> list[OpdJob]:
    """The OPD documents that apply: a Rekap per periode with evaluations, and the parts of the Matriks."""
    jobs: list[OpdJob] = []
    for slug in ws.opds:
        if opds and slug not in opds:
            continue
        if not forms or "rekap" in forms:
            given = {p for pegawai in ws.pegawai.values() if pegawai.opd == slug for p in pegawai.evaluasi}
            for name in PERIODE:
                if name in given and (not periode or name in periode):
                    (found,) = rekap(ws, name, [slug])
                    title = f"{TITLES['rekap']} — {PERIODE[name]}"
                    view = rekap_form.build(ws, found)
                    jobs.append(OpdJob(slug, "rekap", name, OPD_FORMS["rekap"], title=title, view=view))
        if not forms or "matriks" in forms:
            for part in matriks.split(matriks.build(ws, slug)):
                jobs.append(
                    OpdJob(
                        slug,
                        "matriks",
                        None,
                        OPD_FORMS["matriks"],
                        bagian=part.slug,
                        title=part.judul,
                        group=TITLES["matriks"],
                        view=part.form,
                    )
                )
    return jobs
