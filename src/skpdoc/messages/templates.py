"""Messages about Word templates (T): ``skpdoc templates check`` findings and ``templates copy``.

A finding prints its code (``T001``); where one code covers several
mistakes, each has its own text under ``<code>.<what>``. What Jinja says of
a syntax error (``detail``) is quoted in its own words.
"""

from __future__ import annotations

# code -> lang -> (message, hint). Placeholders use str.format names.
MESSAGES: dict[str, dict[str, tuple[str, str]]] = {
    # --- templates check ------------------------------------------------------------------
    "T001": {
        "id": ("sintaks salah: {detail}", ""),
        "en": ("syntax error: {detail}", ""),
    },
    "T001.unclosed": {
        "id": ("sintaks salah: tag tidak ditutup", ""),
        "en": ("syntax error: a tag is not closed", ""),
    },
    "T001.nested": {
        "id": ("tag bersarang terlalu dalam", ""),
        "en": ("tags nested too deeply", ""),
    },
    "T001.docx": {
        "id": ("bukan berkas .docx yang valid ({detail})", ""),
        "en": ("not a valid .docx file ({detail})", ""),
    },
    "T002": {
        "id": (
            "tag {tag} terpecah di beberapa run Word; ketik ulang tag itu sekaligus tanpa mengubah format di tengahnya",
            "",
        ),
        "en": (
            "the tag {tag} is split across Word runs; type the tag again in one go, without changing the "
            "formatting inside it",
            "",
        ),
    },
    "T003": {
        "id": ("nama tidak dikenal: {name}", ""),
        "en": ("unknown name: {name}", ""),
    },
    "T004": {
        "id": ("{owner} tidak memiliki '{attr}'{suggestion}", ""),
        "en": ("{owner} has no '{attr}'{suggestion}", ""),
    },
    "T004.close": {
        "id": (" (maksud Anda '{name}'?)", ""),
        "en": (" (did you mean '{name}'?)", ""),
    },
    "T005": {
        "id": ("tag terpotong antar paragraf (pembuka/penutup tidak lengkap)", ""),
        "en": ("a tag is cut across paragraphs (its opening or its closing is missing)", ""),
    },
    "T006.not-docx": {
        "id": ("bukan templat .docx: berikan berkas .docx atau foldernya", ""),
        "en": ("not a .docx template: give a .docx file or its folder", ""),
    },
    "T011": {
        "id": ("nama ini tidak dipakai formulir mana pun, jadi tidak menggantikan templat bawaan; {then}", ""),
        "en": ("no form uses this name, so it replaces no built-in template; {then}", ""),
    },
    "T011.close": {
        "id": ("maksud Anda '{name}'?", ""),
        "en": ("did you mean '{name}'?", ""),
    },
    "T011.list": {
        "id": ("lihat skpdoc templates list", ""),
        "en": ("see skpdoc templates list", ""),
    },
    "T012": {
        "id": (
            "tag {tag} tidak didukung: tag ini mencetak XML Word buatan program (RichText atau Subdoc docxtpl), "
            "sedangkan nilai skpdoc berupa teks; tulis {{{{ … }}}} tanpa r, p, tr atau tc",
            "",
        ),
        "en": (
            "the tag {tag} is not supported: it prints Word XML built by a program (docxtpl's RichText or Subdoc), "
            "and skpdoc's values are text; write {{{{ … }}}} without r, p, tr or tc",
            "",
        ),
    },
    # --- templates copy -------------------------------------------------------------------
    "T010": {
        "id": (
            "templat sudah ada di {folder} dan mungkin sudah Anda sunting; tidak ditimpa",
            "pakai --force untuk menggantinya dengan templat bawaan, atau --to untuk folder lain",
        ),
        "en": (
            "the template already exists in {folder} and may hold your edits; not overwritten",
            "use --force to replace it with the built-in template, or --to for another folder",
        ),
    },
}
