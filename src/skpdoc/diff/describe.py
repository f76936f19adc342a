"""Each change in words a reviewer reads: a subject, the old and the new value.

Field names stay the YAML keys users write (``jabatan``, ``umpan_balik``);
only the framing words are translated (Indonesian by default, ``en``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from skpdoc.diff.generic import norm
from skpdoc.diff.model import Change
from skpdoc.diff.predikat import contradiction
from skpdoc.reference import CAPAIAN_ORGANISASI, PERIODE, PREDIKAT, RATING
from skpdoc.render.formatting import short

WORDS: dict[str, dict[str, str]] = {
    "id": {
        "added": "ditambah",
        "removed": "dihapus",
        "changed": "diubah",
        "moved": "dipindah",
        "pegawai": "pegawai",
        "berkas": "berkas",
        "penilai": "pejabat penilai",
        "atasan_penilai": "atasan pejabat penilai",
        "ekspektasi": "ekspektasi khusus",
        "lampiran": "lampiran",
        "evaluasi": "evaluasi",
        "kepala": "kepala OPD",
        "capaian": "capaian kinerja organisasi",
        "workspace": "workspace",
        "none": "tidak ada perubahan",
        "changes": "perubahan",
        "employees": "pegawai",
        "title": "Perubahan SKP",
        "what": "Bagian",
        "old": "Lama",
        "new": "Baru",
        "kind": "Jenis",
        "renamed": "id diganti",
        "lost": "RHK bawahan kehilangan rujukan",
        "vs_kuadran": "tidak sesuai kuadran",
        "vs_written": "tidak sesuai predikat tertulis",
    },
    "en": {
        "added": "added",
        "removed": "removed",
        "changed": "changed",
        "moved": "moved",
        "pegawai": "employee",
        "berkas": "file",
        "penilai": "appraising official",
        "atasan_penilai": "appraiser's superior",
        "ekspektasi": "special expectation",
        "lampiran": "attachment",
        "evaluasi": "evaluation",
        "kepala": "head of the OPD",
        "capaian": "organisational performance",
        "workspace": "workspace",
        "none": "no changes",
        "changes": "changes",
        "employees": "employees",
        "title": "SKP changes",
        "what": "What",
        "old": "Old",
        "new": "New",
        "kind": "Change",
        "renamed": "id changed",
        "lost": "subordinate RHK loses its link",
        "vs_kuadran": "does not match the kuadran",
        "vs_written": "does not match the written predikat",
    },
}


def word(key: str, lang: str) -> str:
    return WORDS.get(lang, WORDS["id"]).get(key, key)


@dataclass(frozen=True)
class Line:
    """A change in words; ``extra`` holds the content of a whole added or removed RHK or employee."""

    subject: str
    old: str | None
    new: str | None
    extra: tuple[str, ...] = ()


def show(value: Any) -> str:
    """A value as a reader writes it: 12 not 12.0, lists and mappings in flow style."""
    value = norm(value)
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, str)):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(show(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {show(v)}" for k, v in value.items()) + "}"
    return json.dumps(value, ensure_ascii=False, default=str)


def _field(field: str) -> str:
    return field.replace("_", " ") if field.replace("_", "").replace("-", "").isalnum() else field


def amount(value: Any, satuan: Any = None) -> str:
    """``12 Layanan``, ``100%``: a number with its unit, as the forms print it."""
    if isinstance(value, dict):
        value, satuan = value.get("target"), value.get("satuan")
    if value is None:
        return show(satuan) if satuan is not None else "—"
    if satuan is None or not isinstance(value, (int, float)) or isinstance(value, bool):
        return show(value)
    return f"{show(value)}{'' if satuan == '%' else ' '}{show(satuan)}"


def indicator_text(item: Mapping[str, Any]) -> str:
    """``[kuantitas] Jumlah layanan ...: 12 Layanan`` or the ukuran keberhasilan."""
    kind = item.get("aspek") or item.get("perspektif")
    head = f"[{kind}] " if kind else ""
    if "ukuran_keberhasilan" in item and "iki" not in item:
        return head + show(item["ukuran_keberhasilan"])
    return f"{head}{show(item.get('iki'))}: {amount({k: item[k] for k in ('target', 'satuan') if k in item})}"


def rhk_lines(item: Mapping[str, Any], indent: str = "") -> list[str]:
    lines = []
    for ind in item.get("indikator") or []:
        if isinstance(ind, dict):
            lines.append(f"{indent}indikator {ind.get('id', '?')} {indicator_text(ind)}")
    return lines


def plan_lines(data: Mapping[str, Any]) -> list[str]:
    """The RHKs of a whole spec, one line each with its indicators below."""
    lines = []
    hasil = data.get("hasil_kerja")
    for section in ("utama", "tambahan"):
        items = hasil.get(section) if isinstance(hasil, dict) else None
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict):
                lines.append(f"RHK {section} {item.get('id', '?')}: {show(item.get('rhk'))}")
                lines += rhk_lines(item, "  ")
    return lines


def _person(value: Any, nama: Any) -> str:
    return f"{value} ({nama})" if isinstance(value, str) and nama else show(value)


def _position(change: Change) -> tuple[str, str]:
    return f"#{change.info.get('old', 0) + 1}", f"#{change.info.get('new', 0) + 1}"


def describe(change: Change, lang: str = "id") -> Line:
    """The words for one change."""
    info, what, kind = change.info, change.what, change.kind
    field = str(info.get("field", ""))
    old, new = change.old, change.new
    periode = PERIODE.get(str(info.get("periode")), str(info.get("periode", "")))
    ident = info.get("id")
    en = lang == "en"
    if kind == "moved" and what not in ("berkas", "rhk", "indikator"):
        a, b = _position(change)
        return Line(_generic_subject(change, lang), a, b)
    if what == "pegawai":
        data = new if kind == "added" else old
        person = data.get("pegawai") if isinstance(data, dict) else None
        person = person if isinstance(person, dict) else {}
        text = f"{show(person.get('nama'))} ({change.nip}), {show(person.get('jabatan'))}"
        if info.get("penilai"):
            text += f"; {word('penilai', lang)}: {info['penilai']}"
        body = _pair(kind, text)
        extra = plan_lines(data) if isinstance(data, dict) else []
        return Line(word("pegawai", lang), *body, tuple(extra + lost_lines(change, lang)))
    if what == "opd" and kind == "changed" and not change.path:  # an employee moved to another OPD's folder
        return Line("OPD", show(info.get("old_nama") or old), show(info.get("new_nama") or new))
    if what == "opd" and not field:
        data = new if kind == "added" else old
        return Line("OPD", *_pair(kind, show(data.get("nama") if isinstance(data, dict) else data)))
    if what == "berkas":
        return Line(word("berkas", lang), show(old), show(new))
    if what in ("penilai", "atasan_penilai", "kepala"):
        subject = word(what, lang) + (f" {field}" if field else "")
        if field:
            return Line(subject, show(old), show(new))
        return Line(subject, _person(old, info.get("old_nama")), _person(new, info.get("new_nama")))
    if what == "rhk" and ident:
        if kind in ("added", "removed") and not field:
            item = new if kind == "added" else old
            item = item if isinstance(item, dict) else {}
            subject = f"RHK {info.get('section', '')} {ident}".replace("  ", " ")
            extra = rhk_lines(item) + lost_lines(change, lang)
            return Line(subject, *_pair(kind, show(item.get("rhk"))), tuple(extra))
        if field == "id":
            return Line(f"RHK {word('renamed', lang)}", show(old), show(new), tuple(lost_lines(change, lang)))
        if kind == "moved":
            a = f"{info.get('old_section')} #{info.get('old', 0) + 1}"
            b = f"{info.get('new_section')} #{info.get('new', 0) + 1}"
            return Line(f"RHK {ident}", a, b)
        return Line(f"RHK {ident}" + ("" if field == "rhk" else f" {_field(field)}"), show(old), show(new))
    if what == "intervensi":

        def ref(value: Any, text: Any) -> str:
            return f"{show(value)} ({short(text)})" if text else show(value)

        subject = f"{_field(field)} {ident}"
        return Line(subject, ref(old, info.get("old_ref")), ref(new, info.get("new_ref")))
    if what == "indikator" and ident:
        if kind in ("added", "removed") and not field:
            item = new if kind == "added" else old
            text = indicator_text(item) if isinstance(item, dict) else show(item)
            return Line(f"indikator {ident} (RHK {info.get('rhk_id')})", *_pair(kind, text))
        if kind == "moved":
            a = f"RHK {info.get('old_rhk')} #{info.get('old', 0) + 1}"
            return Line(f"indikator {ident}", a, f"RHK {info.get('rhk_id')} #{info.get('new', 0) + 1}")
        return Line(f"indikator {ident} {_field(field)}", show(old), show(new))
    if what == "target":
        subject = f"target {ident}" + (f" ({short(info['iki'])})" if info.get("iki") else "")
        return Line(subject, amount(old), amount(new))
    if what == "realisasi":
        subject = f"{periode} realisasi {ident}" + (f" ({short(info['iki'])})" if info.get("iki") else "")
        if field and field != "realisasi":
            subject = f"{periode} {_field(field)} {ident}"
            return Line(subject, show(old), show(new))
        satuan = info.get("satuan")

        def measured(value: Any) -> str:
            return amount(value.get("realisasi") if isinstance(value, dict) else value, satuan)

        return Line(subject, measured(old), measured(new))
    if what == "rating":
        return Line(f"{periode} {_field(field)}", _label(RATING, old), _label(RATING, new))
    if what == "predikat":
        if info.get("source") == "kuadran":
            note = _note(word("vs_written", lang), info.get("written"))
            return Line(f"{periode} predikat (kuadran)", _label(PREDIKAT, old), _label(PREDIKAT, new) + note)
        note = _note(word("vs_kuadran", lang), info.get("kuadran"))
        return Line(f"{periode} predikat", _label(PREDIKAT, old), _label(PREDIKAT, new) + note)
    if what == "identitas" and field == "unit":
        return Line("unit", _person(old, info.get("old_nama")), _person(new, info.get("new_nama")))
    if what == "capaian":
        return Line(
            f"{word('capaian', lang)} {periode}", _label(CAPAIAN_ORGANISASI, old), _label(CAPAIAN_ORGANISASI, new)
        )
    if what == "evaluasi" and info.get("periode"):
        if not field:
            return Line(
                f"{word('evaluasi', lang)} {periode}",
                _evaluation(old, info, "old", lang),
                _evaluation(new, info, "new", lang),
            )
        return Line(f"{periode} {_field(field)}" + (f" {ident}" if ident else ""), show(old), show(new))
    if what == "unit" and ident:
        field = field.partition("]")[2].lstrip(".") if field.startswith("[id=") else field
        if kind in ("added", "removed") and not field:
            item = new if kind == "added" else old
            text = show(item.get("nama")) if isinstance(item, dict) else show(item)
            if isinstance(item, dict) and item.get("induk"):
                text += f" (induk: {item['induk']})" if not en else f" (parent: {item['induk']})"
            return Line(f"unit {ident}", *_pair(kind, text))
        return Line(f"unit {ident} {_field(field)}", show(old), show(new))
    return Line(
        _generic_subject(change, lang), show(old) if old is not None else None, show(new) if new is not None else None
    )


def _pair(kind: str, text: str) -> tuple[str | None, str | None]:
    return (None, text) if kind == "added" else (text, None)


def _note(text: str, value: Any) -> str:
    """`` (tidak sesuai kuadran: Baik)`` after a predikat, when the written one and the kuadran's differ."""
    return f" ({text}: {_label(PREDIKAT, value)})" if value is not None else ""


def lost_lines(change: Change, lang: str) -> list[str]:
    """Subordinates' RHKs whose ``intervensi`` still names what this change removed or renamed."""
    lines = []
    for ref in change.info.get("lost", ()):
        who = f"{ref['nama']} ({ref['nip']})" if ref.get("nama") else str(ref["nip"])
        where = f"{ref['file']}:{ref['line']}" if ref.get("line") else str(ref["file"])
        lines.append(f"{word('lost', lang)}: {who} {ref['rhk']} → {ref['intervensi']} · {where}")
    return lines


def _label(table: Mapping[str, str], value: Any) -> str:
    return table.get(value, show(value)) if isinstance(value, str) else show(value)


def _evaluation(value: Any, info: Mapping[str, Any], side: str, lang: str) -> str | None:
    if not isinstance(value, dict):
        return None if value is None else show(value)
    parts = [
        f"rating hasil kerja {_label(RATING, value.get('rating_hasil_kerja'))}",
        f"rating perilaku kerja {_label(RATING, value.get('rating_perilaku_kerja'))}",
    ]
    found = info.get(f"{side}_predikat")
    if found:
        clash = contradiction(value)
        note = _note(word("vs_written", lang), clash[0] if clash else None)
        parts.append(f"predikat {_label(PREDIKAT, found)}{note}")
    return ", ".join(parts)


def _generic_subject(change: Change, lang: str) -> str:
    field = str(change.info.get("field", ""))
    prefix = {
        "ekspektasi": word("ekspektasi", lang),
        "lampiran": word("lampiran", lang),
        "workspace": word("workspace", lang),
        "opd": "OPD",
        "unit": "unit",
        "periode": "periode",
        "pendekatan": "pendekatan",
        "penetapan": "penetapan",
    }.get(change.what)
    if change.what == "identitas" and field:
        return _field(field)
    if change.what == "evaluasi" and change.info.get("periode"):
        return f"{PERIODE.get(str(change.info['periode']), change.info['periode'])} {_field(field)}"
    if prefix is not None:
        return f"{prefix} {_field(field)}".strip()
    return change.path or change.what


def sentence(line: Line, kind: str, lang: str = "id") -> str:
    """One line: ``subject: old → new`` (``subject dipindah: ...`` for moves)."""
    if kind == "moved":
        return f"{line.subject} {word('moved', lang)}: {line.old} → {line.new}"
    if kind == "added":
        return f"{line.subject}: {line.new}" if line.new is not None else line.subject
    if kind == "removed":
        return f"{line.subject}: {line.old}" if line.old is not None else line.subject
    return f"{line.subject}: {line.old} → {line.new}"
