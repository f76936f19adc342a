"""Next year's workspace from this one (``skpdoc tahun-baru``): the plans carried over, the year's facts dropped.

What carries over is what an SKP is made of year after year: the employee's
identity, the penilai, the RHK with their intervensi and indicators, the
targets, the ekspektasi and the lampiran. What belongs to the year is
dropped: evaluations, ``penetapan`` (a new SKP is signed in January: its
date becomes ``[ISI: ...]``), the ``periode`` of an employee who joined late,
the organisations' ``capaian_kinerja_organisasi``. Every carried target (and
the penilai) is listed in ``belum_dikonfirmasi``: a proposal the officer
confirms in the dialog kinerja.

The NIP rules look back, not forward (TMT CPNS and the first PPPK year may
not be *after* the year), so a later year never breaks them; an earlier one
could, and is refused. What the NIP does tell about the coming year is the
retirement age: an employee reaching it during the year gets a ``periode``
ending with the month he or she reaches it, to confirm; one who reached it
before the year is reported.

Specs are edited as text: each top-level block that goes (evaluasi, ...) is
cut out at the positions libyaml gives and the new blocks are written in
skpdoc's layout, so comments, quoting and indentation elsewhere stay byte for
byte. The result is parsed again and must hold exactly the expected data;
when it does not (a flow-style document, say), the file goes through
:mod:`skpdoc.yamledit` instead. Text costs 3-8 ms a spec, ruamel 80-150 ms
(benchmarks/bench_tahun_baru.py): a kabupaten of 8,000 employees is carried
over in about a minute rather than a quarter of an hour.
The new workspace is written into a temporary folder beside ``-o`` and
renamed into place only when complete.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yaml.nodes import MappingNode

from skpdoc import paths, placeholders, scaffold, spec, workspace, yamledit
from skpdoc.errors import Problem, Severity, SkpdocError, UsageError
from skpdoc.reference import JPT
from skpdoc.rules import gambar
from skpdoc.rules.identity import birth_date
from skpdoc.scaffold import Note

#: Top-level keys of a spec that belong to the year and do not carry over.
DROPPED = ("evaluasi", "penetapan", "periode")
CAPAIAN = "capaian_kinerja_organisasi"
#: Written without quotes: dates and YAML paths, which a plain scalar reads back as the same text.
_RESERVED = frozenset({"null", "true", "false", "yes", "no", "on", "off", "y", "n"})
_PLAIN = re.compile(r"\d{4}-\d{2}-\d{2}|[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*|\[\d+\])*")


class UnreadableSpecs(SkpdocError):
    """Some files of the workspace cannot be read as YAML; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(code="N015", count=len({p.file for p in problems}))
        self.problems = problems


@dataclass
class NewYearReport:
    """What ``tahun-baru`` wrote: counts for the summary, and the notes on particular employees."""

    root: Path
    tahun: int
    pegawai: int = 0
    opd: int = 0
    usulan: int = 0
    isian: int = 0
    notes: list[Note] = field(default_factory=list)

    def summary(self) -> Note:
        return Note(
            "N018",
            {
                "tahun": self.tahun,
                "path": workspace.display(self.root),
                "pegawai": self.pegawai,
                "opd": self.opd,
                "usulan": self.usulan,
                "isian": self.isian,
            },
        )


def new_year(source: Path, tahun: int, out: Path, *, git: bool = True) -> NewYearReport:
    """Write the workspace of ``tahun`` into ``out`` (new or empty) from the workspace holding ``source``."""
    root = workspace.find_root(source)
    _check_readable(root / workspace.CONFIG_NAME)
    config = yamledit.load(root / workspace.CONFIG_NAME)
    lama = config.data.get("tahun") if isinstance(config.data, dict) else None
    if not isinstance(lama, int):
        raise UsageError(code="E001", subject=str(root / workspace.CONFIG_NAME), count=1)
    if tahun <= lama:
        raise UsageError(code="N013", subject=str(tahun), tahun=tahun, lama=lama, berikut=lama + 1)
    _check_output(root, out, tahun)
    found, refused, _ = workspace.discover(root)
    unreadable = list(refused.values())
    opd_docs: dict[Path, yamledit.Editable] = {}
    specs: dict[Path, spec.Document] = {}
    for opd in found.values():
        if opd.opd is not None and opd.opd not in refused:
            doc, problems = spec.load(workspace.display(opd.opd))  # the fast check first: ruamel's errors are raw
            unreadable += _blocking(problems) if doc is not None else problems
            if doc is not None and not _blocking(problems):
                opd_docs[opd.opd] = yamledit.loads(doc.text, opd.opd)
        for path in opd.pegawai:
            if path in refused:
                continue
            doc, problems = spec.load(workspace.display(path))
            unreadable += _blocking(problems) if doc is not None else problems
            if doc is not None:
                specs[path] = doc
    if unreadable:
        raise UnreadableSpecs(sorted(unreadable, key=Problem.sort_key))

    report = NewYearReport(out, tahun, opd=len(found))
    config.data["tahun"] = tahun
    files: dict[str, str] = {workspace.CONFIG_NAME: config.dumps()}
    for path, editable in opd_docs.items():
        _drop_capaian(editable.data)
        files[path.relative_to(root).as_posix()] = editable.dumps()
    for path, doc in specs.items():
        rel = path.relative_to(root).as_posix()
        carried = carry(doc, tahun, lama, rel, report)
        files[rel] = carried
        report.pegawai += 1
    instansi = str(config.data.get("instansi", ""))
    images = _images(root, [(config.data, "skpdoc"), *((e.data, "opd") for e in opd_docs.values())])
    _write_all(root, out, files, instansi, tahun, images)
    if git:
        report.notes += scaffold.setup_git(out, scaffold.git_top(out) if shutil.which("git") else None)
    return report


def _check_readable(path: Path) -> None:
    doc, problems = spec.load(workspace.display(path))
    if doc is None or _blocking(problems):
        raise UnreadableSpecs(problems)


def _blocking(problems: list[Problem]) -> list[Problem]:
    """Problems that make the data unsafe to carry over: the file or its YAML (duplicate keys among them)."""
    return [p for p in problems if p.severity is Severity.ERROR and p.code.startswith(("F", "Y"))]


def _check_output(root: Path, out: Path, tahun: int) -> None:
    if os.path.lexists(out) and (out.is_symlink() or not out.is_dir() or any(out.iterdir())):
        raise UsageError(code="N014", subject=str(out))
    real = Path(os.path.realpath(out))
    if real == root or root in real.parents:
        raise UsageError(code="N019", subject=str(out), root=root, tahun=tahun)


def _drop_capaian(data: Any) -> None:
    """The organisation's (and each unit's) capaian are the year's ratings."""
    if not isinstance(data, dict):
        return
    data.pop(CAPAIAN, None)
    for unit in data.get("unit") or ():
        if isinstance(unit, dict):
            unit.pop(CAPAIAN, None)


# --- one spec -------------------------------------------------------------


def carry(doc: spec.Document, tahun: int, lama: int, rel: str, report: NewYearReport) -> str:
    """The text of ``doc`` for ``tahun``: the year's blocks dropped, new ones added, proposals listed."""
    data = doc.data
    blocks: dict[str, Any] = {}
    penetapan: dict[str, Any] = {}
    old = data.get("penetapan")
    if isinstance(old, dict) and isinstance(old.get("tempat"), str):
        penetapan["tempat"] = old["tempat"]
    penetapan["tanggal"] = placeholders.fill(f"tanggal penetapan SKP {tahun}, paling lambat akhir Januari")
    blocks["penetapan"] = penetapan
    report.isian += 1
    marks = proposals(data)
    end = _retirement(data, tahun, rel, report)
    if end is not None:
        blocks["periode"] = {"mulai": f"{tahun}-01-01", "selesai": end.isoformat()}
        marks.append("periode")
    elif _retired_before(data, tahun, rel, report):
        marks.insert(0, "pegawai")
    earlier = [m for m in _as_list(data.get(placeholders.UNCONFIRMED)) if isinstance(m, str)]
    kept = [m for m in earlier if not m.startswith(DROPPED) and m not in marks]
    listed = kept + marks
    report.usulan += len(marks)
    expected = {k: v for k, v in data.items() if k not in DROPPED and k != placeholders.UNCONFIRMED}
    expected |= blocks
    if listed:
        expected[placeholders.UNCONFIRMED] = listed
    text = _cut_and_paste(doc, blocks, listed, lama)
    if text is not None:
        again, problems = spec.parse(doc.file, text)
        if again is not None and not _blocking(problems) and again.data == expected:
            return text
    return _with_ruamel(doc.text, blocks, listed)


def proposals(data: dict[str, Any]) -> list[str]:
    """The paths an officer must confirm: the penilai, then every target (or ukuran keberhasilan) in order."""
    marks: list[str] = [key for key in ("pejabat_penilai", "atasan_pejabat_penilai") if key in data]
    hasil = data.get("hasil_kerja")
    for section in ("utama", "tambahan"):
        items = hasil.get(section) if isinstance(hasil, dict) else None
        for i, rhk in enumerate(_as_list(items)):
            for j, indikator in enumerate(_as_list(rhk.get("indikator") if isinstance(rhk, dict) else None)):
                for key in ("target", "ukuran_keberhasilan"):
                    if isinstance(indikator, dict) and key in indikator:
                        marks.append(placeholders.path_text(("hasil_kerja", section, i, "indikator", j, key)))
                        break
    return marks


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


# --- retirement (batas usia pensiun, PP 11/2017 art. 239 as amended by PP 17/2020) ---------


def retirement_age(data: dict[str, Any]) -> int | None:
    """58 for jabatan administrasi and fungsional up to ahli muda, 60 for JPT and ahli madya, 65 for ahli
    utama; None for a PPPK (a contract, not an age, ends the employment)."""
    pegawai = data.get("pegawai")
    if not isinstance(pegawai, dict) or pegawai.get("status") == "pppk":
        return None
    if pegawai.get("jenis_jabatan") in JPT or pegawai.get("jenjang") == "ahli-madya":
        return 60
    return 65 if pegawai.get("jenjang") == "ahli-utama" else 58


def last_day(data: dict[str, Any]) -> dt.date | None:
    """The last day of service: the end of the month in which the employee reaches the retirement age."""
    pegawai = data.get("pegawai")
    nip = pegawai.get("nip") if isinstance(pegawai, dict) else None
    age = retirement_age(data)
    born = birth_date(nip) if isinstance(nip, str) and len(nip) == 18 and nip.isdigit() else None
    if age is None or born is None:
        return None
    year, month = born.year + age, born.month
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _retirement(data: dict[str, Any], tahun: int, rel: str, report: NewYearReport) -> dt.date | None:
    end = last_day(data)
    if end is None or end.year != tahun or end.month == 12:
        return None
    report.notes.append(Note("N016", _who(data, end, tahun, rel)))
    return end


def _retired_before(data: dict[str, Any], tahun: int, rel: str, report: NewYearReport) -> bool:
    end = last_day(data)
    if end is None or end.year >= tahun:
        return False
    report.notes.append(Note("N017", _who(data, end, tahun, rel)))
    return True


def _who(data: dict[str, Any], end: dt.date, tahun: int, rel: str) -> dict[str, Any]:
    pegawai = data["pegawai"]
    return {
        "nama": pegawai.get("nama", ""),
        "nip": pegawai.get("nip", ""),
        "usia": retirement_age(data),
        "bulan": f"{end.year}-{end.month:02d}",
        "selesai": end.isoformat(),
        "tahun": tahun,
        "path": rel,
    }


# --- writing the text -----------------------------------------------------


def _cut_and_paste(doc: spec.Document, blocks: dict[str, Any], listed: list[str], lama: int) -> str | None:
    """The spec's text with the year's blocks cut out and the new ones pasted in; None when the layout is not
    plain block style (the caller then uses ruamel).

    A top-level block is its key's line to the next key's, less the blank lines and column-0 comments just
    before the next key: those introduce the next key and stay, whatever happens to this one.
    """
    root = doc.tree()
    if not isinstance(root, MappingNode) or root.flow_style or not root.value:
        return None
    if any(key.start_mark.column != 0 for key, _ in root.value):
        return None
    lines = doc.text.splitlines(keepends=True)
    names = [str(key.value) for key, _ in root.value]
    starts = [key.start_mark.line for key, _ in root.value]
    stops = [*starts[1:], len(lines)]
    ends = [_content_end(lines, start, stop) for start, stop in zip(starts, stops, strict=True)]
    new = _block_text(blocks)
    anchor = next((n for n in ("penetapan", "periode", "hasil_kerja") if n in names), None)
    out: list[str] = lines[: starts[0]]
    trailing: list[str] = []  # the comments introducing the current key
    for index, name in enumerate(names):
        dropped = name in DROPPED or name == placeholders.UNCONFIRMED
        if name == anchor:  # the new blocks take a dropped block's place, or go before hasil_kerja's comments
            out += [*trailing, new] if dropped else [new, *trailing]
            new = ""
        else:
            out += trailing
        trailing = lines[ends[index] : stops[index]]
        if not dropped:
            out += lines[starts[index] : ends[index]]
    if out and not out[-1].endswith(("\n", "\r")):
        out[-1] += "\n"
    out += [new, *trailing]
    if out and not out[-1].endswith(("\n", "\r")):
        out[-1] += "\n"
    if listed:
        out.append(f"# Usulan dari SKP {lama}: periksa setiap nilai, lalu hapus barisnya di sini bila sudah benar.\n")
        out.append(f"{placeholders.UNCONFIRMED}:\n" + "".join(f"  - {_q(m)}\n" for m in listed))
    return "".join(out)


def _content_end(lines: list[str], start: int, stop: int) -> int:
    """Where a top-level block ends: blank lines and comments at column 0 before the next key belong to that key."""
    end = stop
    while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
        end -= 1
    return end


def _block_text(blocks: dict[str, Any]) -> str:
    out = []
    for key, mapping in blocks.items():
        out.append(f"{key}:\n" + "".join(f"  {k}: {_q(v)}\n" for k, v in mapping.items()))
    return "".join(out)


def _with_ruamel(text: str, blocks: dict[str, Any], listed: list[str]) -> str:
    editable = yamledit.loads(text)
    data = editable.data
    keys = list(data)
    removed = {*DROPPED, placeholders.UNCONFIRMED}
    anchor = next((n for n in ("penetapan", "periode", "hasil_kerja") if n in keys), None)
    before = keys[: keys.index(anchor)] if anchor is not None else keys
    position = sum(1 for key in before if key not in removed)
    for key in removed:
        data.pop(key, None)
    for offset, (key, mapping) in enumerate(blocks.items()):
        data.insert(position + offset, key, yamledit.CommentedMap(mapping))
    if listed:
        data[placeholders.UNCONFIRMED] = yamledit.CommentedSeq(listed)
    return editable.dumps()


def _q(value: str) -> str:
    """Dates and YAML paths stay plain (``2025-01-01``, ``hasil_kerja.utama[0]``); other text is quoted so that
    it reads back as the same string."""
    if _PLAIN.fullmatch(value) and value not in _RESERVED:
        return value
    return json.dumps(value, ensure_ascii=False)


# --- the new folder -------------------------------------------------------


def _images(root: Path, settings: list[tuple[object, str]]) -> list[str]:
    """The kop and lambang images the settings name that can be read (validate names the others), as written."""
    found: list[str] = []
    for data, kind in settings:
        for _, value in gambar.named(data, kind):
            if value not in found and isinstance(gambar.locate_image(root, value), Path):
                found.append(value)
    return found


def _write_all(root: Path, out: Path, files: dict[str, str], instansi: str, tahun: int, images: list[str]) -> None:
    """Everything into a temporary folder beside ``out``, renamed into place at the end: all or nothing."""
    parent = Path(os.path.realpath(out.parent)) if out.parent != Path("") else Path.cwd()
    parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=parent))
    try:
        for rel, text in files.items():
            target = building / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        _copy_templates(root, building)
        for image in images:  # the kop's logo, the Garuda: the settings carried over name them
            (building / image).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(root / image, building / image)
        # The officer's own scaffolding (an edited README, a custom hook) carries over; missing parts are made new.
        # The schemas are always the installed skpdoc's, so the editor checks what validate checks.
        made = scaffold.scaffold_files(instansi)
        for rel, text in made.items():
            own = root / rel
            target = building / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if own.is_file() and paths.within(root, own):
                shutil.copyfile(own, target)
            else:
                target.write_text(text, encoding="utf-8")
        for rel, text in scaffold.schema_files().items():
            (building / rel).parent.mkdir(parents=True, exist_ok=True)
            (building / rel).write_text(text, encoding="utf-8")
        os.chmod(building, 0o755)  # mkdtemp makes the folder private; a workspace is shared
        os.rename(building, out)  # replaces an empty folder; refuses (OSError) if one appeared meanwhile
    except BaseException as exc:
        shutil.rmtree(building, ignore_errors=True)
        if isinstance(exc, OSError):  # a full disk, a read-only folder: the user's to fix, not a bug
            raise SkpdocError(code="F012", subject=str(out), detail=exc.strerror or str(exc)) from exc
        raise


def _copy_templates(root: Path, building: Path) -> None:
    """The workspace's own Word templates, regular files inside the workspace only (as builds use them)."""
    folder = workspace.templates_folder(root)
    if folder is None:
        return
    for current, _, names in os.walk(folder):
        for name in names:
            source = Path(current, name)
            if source.is_file() and paths.within(root, source):
                target = building / source.relative_to(root)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
