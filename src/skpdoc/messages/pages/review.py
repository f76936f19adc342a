"""Words of the review page of ``skpdoc serve`` (``serve.review.*``) and of the diff both it and the history show.

The diff's own words (added, changed, the column heads) are those of
``skpdoc diff`` (:mod:`skpdoc.diff.describe`), so the page reads as its Markdown does.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str | tuple[str, ...]]] = {
    "serve.review.judul": {"id": "Telaah perubahan", "en": "Review changes"},
    "serve.review.pengantar": {
        "id": "Perubahan isi SKP antara dua revisi git, per OPD dan pegawai (sama dengan skpdoc diff).",
        "en": "What changed in the SKPs between two git revisions, per OPD and employee (as skpdoc diff shows it).",
    },
    "serve.review.rentang": {"id": "Revisi atau rentang", "en": "Revision or range"},
    "serve.review.contoh": {
        "id": "main..usulan: cabang usulan dibanding main; main...usulan: sejak cabang usulan dibuat; "
        "HEAD: perubahan yang belum di-commit.",
        "en": "main..usulan: the branch usulan against main; main...usulan: since usulan branched off; "
        "HEAD: the changes not committed yet.",
    },
    "serve.review.tampilkan": {"id": "Tampilkan", "en": "Show"},
    "serve.review.cabang": {"id": "Cabang lain dibanding {current}:", "en": "Other branches against {current}:"},
    "serve.review.rev_salah": {
        "id": "'{rev}' bukan revisi git yang dapat dipakai: tulis nama cabang, tag atau commit "
        "(huruf, angka dan . _ / ~ ^ @ -, tidak diawali '-'), atau dua revisi dengan .. atau ... di antaranya.",
        "en": "'{rev}' is not a git revision that can be used: give a branch, tag or commit name "
        "(letters, digits and . _ / ~ ^ @ -, not starting with '-'), or two of them with .. or ... between.",
    },
    "serve.review.gagal": {"id": "Perubahan tidak dapat dibandingkan: {error}", "en": "Cannot compare: {error}"},
    "serve.review.bukan_git": {
        "id": "Workspace ini bukan repositori git: tidak ada revisi untuk ditelaah.",
        "en": "This workspace is not a git repository: there are no revisions to review.",
    },
    "serve.review.tersembunyi": {
        "id": "{n} perubahan tidak ditampilkan karena Anda tidak berhak melihatnya.",
        "en": "{n} {n:change is|changes are} not shown: you may not see {n:it|them}.",
    },
    # --- the diff (templates/_diff.html), also in an employee's history ---
    "serve.review.diff.tidak_ada": {"id": "Tidak ada perubahan.", "en": "No changes."},
    "serve.review.diff.tidak_terbaca": {
        "id": "Berkas berikut bukan YAML yang dapat dibaca; berkas lainnya tetap dibandingkan:",
        "en": "These files are not readable YAML; the other files are compared all the same:",
    },
    "serve.review.diff.baris": {"id": "baris {line}", "en": "line {line}"},
    "serve.review.diff.buka": {"id": "Buka halaman pegawai", "en": "Open the employee's page"},
}
