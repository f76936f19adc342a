"""The words of tables and reports, and pieces of messages, in Indonesian (default) and English.

Column heads, verdicts, markers, the parts of a hint ("did you mean ...?"):
not problems with a code but names, ``label("rekap.judul", lang)``. A
value is a text (placeholders as in the messages, counting with
``{n:singular|plural}``) or a tuple of column heads (``columns``).
Names start with their area: ``hint.``, ``problem.``, ``rekap.``, ``status.``,
``templates.``. The domain's own terms (predikat, rating, periode names) are Indonesian in
both languages and come from :mod:`skpdoc.reference`.
"""

from __future__ import annotations

from typing import Any

from skpdoc.messages import fill

Label = str | tuple[str, ...]

# name -> lang -> text, or column heads.
LABELS: dict[str, dict[str, Label]] = {
    # --- pieces of hints (skpdoc.hints): "did you mean ...?", JSON types ------------------
    "hint.quote": {"id": 'tulis dalam tanda kutip: "{word}"', "en": 'write it in quotes: "{word}"'},
    "hint.fill": {"id": "isi nilainya atau hapus kuncinya", "en": "fill in a value or remove the key"},
    "hint.predikat": {
        "id": "'{word}' adalah predikat, bukan rating (predikat dihitung dari kedua rating); rating: {choices}",
        "en": "'{word}' is a predikat, not a rating (the predikat follows from both ratings); "
        "a rating is one of: {choices}",
    },
    "hint.decimal": {"id": "tulis desimal dengan titik: {fixed}", "en": "write decimals with a point: {fixed}"},
    "hint.unit": {
        "id": "tulis angkanya saja di `target: {number}` dan satuannya di `satuan: {unit}`",
        "en": "give the number alone in `target: {number}` and the unit in `satuan: {unit}`",
    },
    "hint.close": {"id": "maksud Anda '{choice}'?", "en": "did you mean '{choice}'?"},
    "hint.allowed": {"id": "yang diizinkan: {choices}", "en": "allowed: {choices}"},
    "hint.or": {"id": " atau ", "en": " or "},
    "hint.type.string": {"id": "teks", "en": "text"},
    "hint.type.number": {"id": "angka", "en": "a number"},
    "hint.type.integer": {"id": "bilangan bulat", "en": "a whole number"},
    "hint.type.boolean": {"id": "ya/tidak", "en": "true/false"},
    "hint.type.array": {"id": "daftar", "en": "a list"},
    "hint.type.object": {"id": "mapping (kunci: nilai)", "en": "a mapping (key: value)"},
    "hint.type.null": {"id": "kosong", "en": "empty"},
    # --- a problem's line, and templates check's ---------------------------------------------
    "problem.warning": {"id": "peringatan", "en": "warning"},  # before the code of a warning (validate, lint)
    "templates.at": {"id": "di", "en": "at"},
    "templates.builtin": {"id": "[bawaan]", "en": "[built-in]"},
    # --- rekap: text, Markdown and the workbook ------------------------------------------
    "rekap.judul": {"id": "Rekap predikat kinerja", "en": "Predikat summary"},
    "rekap.pegawai": {
        "id": (
            "No",
            "NIP",
            "Nama",
            "Jabatan",
            "Unit",
            "Rating Hasil Kerja",
            "Rating Perilaku Kerja",
            "Predikat",
            "AK",
        ),
        "en": (
            "No",
            "NIP",
            "Name",
            "Position",
            "Unit",
            "Rating (results)",
            "Rating (behaviour)",
            "Predikat",
            "AK",
        ),
    },
    "rekap.pegawai_pendek": {
        "id": ("No", "NIP", "Nama", "Jabatan", "Unit", "Hasil", "Perilaku", "Predikat", "AK"),
        "en": ("No", "NIP", "Name", "Position", "Unit", "Results", "Behaviour", "Predikat", "AK"),
    },
    "rekap.pendek": {
        "id": "Hasil, Perilaku: rating hasil kerja dan rating perilaku kerja (di atas / sesuai / di bawah ekspektasi)",
        "en": "Results, Behaviour: rating of the results and of the behaviour (above / meets / below expectations)",
    },
    "rekap.distribusi": {"id": ("Predikat", "Jumlah", "Persen"), "en": ("Predikat", "Count", "Share")},
    "rekap.jumlah": {"id": "Jumlah", "en": "Total"},
    "rekap.desimal": {"id": ",", "en": "."},  # the decimal mark of the angka kredit
    "rekap.belum": {"id": "belum dievaluasi", "en": "not evaluated"},
    "rekap.catatan": {
        "id": "* pimpinan organisasi: dihitung dalam distribusi organisasi induknya, tidak dalam tabel distribusi ini",
        "en": "* head of the organisation: counted in the parent's distribution, not in this table",
    },
    "rekap.capaian": {"id": "capaian kinerja organisasi", "en": "organisation's capaian"},
    "rekap.belum_ditetapkan": {"id": "belum ditetapkan", "en": "not set"},
    "rekap.pola": {"id": "pola", "en": "pattern"},
    "rekap.sesuai": {"id": "sesuai pola distribusi", "en": "within the pattern"},
    # Also formatted by skpdoc.status with a plain number: no {n:...} here.
    "rekap.sementara": {
        "id": "sementara: {n} pegawai belum dievaluasi",
        "en": "provisional: {n} not evaluated yet",
    },
    "rekap.belum_dapat": {
        "id": "pola belum dapat dinilai: {n} pegawai belum dievaluasi",
        "en": "the pattern cannot be judged yet: {n} {n:employee|employees} not evaluated yet",
    },
    "rekap.belum_ada": {
        "id": "pola belum dapat dinilai: belum ada pegawai yang dievaluasi",
        "en": "the pattern cannot be judged yet: nobody is evaluated",
    },
    # --- status: text and Markdown ---------------------------------------------------------
    "status.judul": {"id": "Status SKP", "en": "SKP status"},
    "status.periode": {"id": "periode", "en": "period"},
    "status.tanpa_periode": {
        "id": "belum ada evaluasi yang dibuka: hanya rencana (SKP) yang dihitung",
        "en": "no evaluation opened yet: only the plans (SKP) are counted",
    },
    "status.kolom": {
        "id": ("OPD", "Pgw", "SKP", "Usul", "Eval", "Isi", "Nilai", "Galat", "Pola"),
        "en": ("OPD", "Empl", "SKP", "Prop", "Eval", "Fill", "Rated", "Err", "Pola"),
    },
    "status.keterangan": {
        "id": (
            "Pgw pegawai; SKP rencana lengkap; Usul penilai usulan belum dikonfirmasi; Eval evaluasi {periode} "
            "dibuka; Isi realisasi terisi; Nilai kedua rating diisi; Galat spesifikasi dengan kesalahan"
        ),
        "en": (
            "Empl employees; SKP plans complete; Prop penilai proposals not confirmed; Eval {periode} evaluations "
            "opened; Fill realisasi filled; Rated both ratings set; Err specs with errors"
        ),
    },
    "status.kurang_judul": {"id": "Yang belum lengkap", "en": "Still missing"},
    "status.kurang_kolom": {"id": ("OPD", "NIP", "Nama", "Kekurangan"), "en": ("OPD", "NIP", "Name", "Missing")},
    "status.lengkap": {"id": "Semua lengkap.", "en": "Everything is complete."},
    "status.masalah": {
        "id": "{n} kesalahan di luar spesifikasi pegawai (skpdoc.yaml, opd.yaml): jalankan skpdoc validate",
        "en": "{n} {n:error|errors} outside the employees' specs (skpdoc.yaml, opd.yaml): run skpdoc validate",
    },
    "status.pola.tidak-sesuai": {"id": "tidak sesuai", "en": "broken"},
    "status.pola.belum-dapat-dinilai": {"id": "belum dapat dinilai", "en": "too few rated"},
    "status.pola.sesuai-sementara": {"id": "sesuai sejauh ini", "en": "holds so far"},
    "status.pola.sesuai": {"id": "sesuai", "en": "holds"},
    "status.pola.tanpa-capaian": {"id": "tanpa capaian", "en": "no capaian"},
    "status.kurang.rencana": {"id": "rencana: {n} isian", "en": "plan: {n} {n:field|fields} to fill"},
    "status.kurang.penilai": {"id": "pejabat penilai belum dikonfirmasi", "en": "pejabat penilai not confirmed"},
    "status.kurang.usulan": {
        "id": "{n} usulan belum dikonfirmasi",
        "en": "{n} {n:proposal|proposals} not confirmed",
    },
    "status.kurang.evaluasi": {"id": "evaluasi {periode} belum dibuka", "en": "{periode} evaluation not opened"},
    "status.kurang.realisasi": {"id": "realisasi: {n} indikator", "en": "realisasi: {n} {n:indicator|indicators}"},
    "status.kurang.rating": {"id": "rating: {fields}", "en": "rating: {fields}"},
    "status.kurang.isian": {"id": "evaluasi: {fields}", "en": "evaluation: {fields}"},
    "status.kurang.galat": {
        "id": "kesalahan {codes}: jalankan skpdoc validate",
        "en": "errors {codes}: run skpdoc validate",
    },
    "status.rating_hasil_kerja": {"id": "hasil kerja", "en": "results"},
    "status.rating_perilaku_kerja": {"id": "perilaku kerja", "en": "behaviour"},
    # --- pieces of rule messages: why a TMT cannot be (R102), a long list cut (R191) ----------
    "tmt.month": {"id": "bulan {value} tidak ada", "en": "there is no month {value}"},
    "tmt.late": {"id": "sesudah tahun {value}", "en": "it is after {value}"},
    "tmt.young": {
        "id": "ulang tahun ke-18 pemiliknya {value}, jadi TMT paling cepat {earliest}",
        "en": "the 18th birthday is {value}, so the earliest TMT is {earliest}",
    },
    "list.more": {"id": "{shown}; dan {rest} lainnya", "en": "{shown}; and {rest} more"},
    # --- the pola distribusi in words (skpdoc.distribusi.wording): long in the rekap, short on the form ---
    "pola.dan_atau": {"id": " dan/atau ", "en": " and/or "},
    "pola.panjang.terbanyak": {"id": "terbanyak", "en": "the largest group"},
    "pola.panjang.dilarang": {"id": "tidak boleh ada", "en": "none allowed"},
    "pola.panjang.maksimum": {"id": "paling banyak", "en": "at most"},
    "pola.panjang.minimum": {"id": "paling sedikit", "en": "at least"},
    "pola.panjang.wajib_ada": {"id": "wajib ada (paling sedikit 1 pegawai)", "en": "required (at least 1 employee)"},
    "pola.singkat.terbanyak": {"id": "terbanyak", "en": "largest"},
    "pola.singkat.dilarang": {"id": "tidak boleh ada", "en": "none"},
    "pola.singkat.maksimum": {"id": "maks.", "en": "max."},
    "pola.singkat.minimum": {"id": "min.", "en": "min."},
    "pola.singkat.wajib_ada": {"id": "wajib ada", "en": "required"},
    "pola.pegawai": {"id": "{n} pegawai", "en": "{n} {n:employee|employees}"},
}


def _pages() -> None:
    from skpdoc.messages.pages import LABELS as PAGE_LABELS

    clash = PAGE_LABELS.keys() & LABELS.keys()
    assert not clash, clash
    LABELS.update(PAGE_LABELS)


_pages()


def _entry(name: str, lang: str) -> Label:
    entry = LABELS[name]
    return entry.get(lang, entry["id"])


def label(name: str, lang: str, **args: Any) -> str:
    """The text named ``name`` in ``lang``, filled with ``args`` (a whole number counts, as in the messages)."""
    text = _entry(name, lang)
    if not isinstance(text, str):
        raise TypeError(f"{name} is a row of column heads: use columns()")
    return fill(text, lang, args)


def columns(name: str, lang: str) -> tuple[str, ...]:
    """The column heads named ``name`` in ``lang``."""
    heads = _entry(name, lang)
    if isinstance(heads, str):
        raise TypeError(f"{name} is a text: use label()")
    return heads


def raw(name: str, lang: str) -> Label:
    """The text named ``name`` as written in the catalogue, placeholders unfilled."""
    return _entry(name, lang)
