"""Messages about Word templates (T): ``skpdoc templates check`` findings and ``templates copy``.

A finding prints its code (``T001``); where one code covers several
mistakes, each has its own text under ``<code>.<what>``. What Jinja says of
a syntax error (``detail``) is quoted in its own words.

T020 and above are the engine's (:class:`skpdoc.render.engine.RenderError`):
why a template cannot be loaded or rendered, printed after the template's
name, with T020 ("near the text") as the hint when the place is known.
Numbers come formatted (``1,000,000``): a format spec here only counts.
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
    # --- the engine: loading and rendering (skpdoc.render.engine, isolate, sandbox) ---------------
    "T020": {
        "id": ("di sekitar teks: “{where}”", ""),
        "en": ("near the text: “{where}”", ""),
    },
    "T021": {
        "id": ("berkas .docx tanpa word/document.xml", ""),
        "en": ("a .docx file without word/document.xml", ""),
    },
    "T022": {
        "id": ("sintaks templat salah: {detail}", ""),
        "en": ("syntax error in the template: {detail}", ""),
    },
    "T022.unclosed": {
        "id": ("sintaks templat salah: tag tidak ditutup", ""),
        "en": ("syntax error in the template: a tag is not closed", ""),
    },
    "T023": {
        "id": (
            "tag {{{{{kind} …}}}} tidak didukung: tag ini mencetak XML Word buatan program (RichText, Subdoc "
            "docxtpl), sedangkan nilai skpdoc berupa teks; tulis {{{{ … }}}}",
            "",
        ),
        "en": (
            "the tag {{{{{kind} …}}}} is not supported: it prints Word XML built by a program (docxtpl's RichText, "
            "Subdoc), and skpdoc's values are text; write {{{{ … }}}}",
            "",
        ),
    },
    "T024": {
        "id": ("{tag} tidak didukung: templat .docx tidak dapat memuat templat lain", ""),
        "en": ("{tag} is not supported: a .docx template cannot load another template", ""),
    },
    "T025": {
        "id": ("templat terlalu rumit untuk dikompilasi ({kind})", ""),
        "en": ("the template is too complex to compile ({kind})", ""),
    },
    "T026": {
        "id": (
            "hasil render {part} bukan XML yang utuh ({detail}); tag pembuka dan penutupnya harus berada di "
            "paragraf, baris atau sel yang sama",
            "",
        ),
        "en": (
            "the rendered {part} is not whole XML ({detail}); a tag's opening and its closing must be in the same "
            "paragraph, row or cell",
            "",
        ),
    },
    "T027": {
        "id": ("variabel tidak dikenal: {name}", ""),
        "en": ("unknown variable: {name}", ""),
    },
    "T028": {  # Jinja's own words (a SecurityError of its sandbox, a failed assertion)
        "id": ("kesalahan templat: {detail}", ""),
        "en": ("template error: {detail}", ""),
    },
    "T029": {
        "id": ("render kehabisan memori (batas memori terlampaui); periksa perulangan dan operasi pada teks", ""),
        "en": ("rendering ran out of memory (past the memory limit); check the loops and the operations on text", ""),
    },
    "T030": {
        "id": ("rekursi terlalu dalam (macro yang memanggil dirinya sendiri?)", ""),
        "en": ("recursion too deep (a macro calling itself?)", ""),
    },
    "T031": {
        "id": ("bilangan atau range terlalu besar ({detail})", ""),
        "en": ("a number or range too large ({detail})", ""),
    },
    "T032": {  # any other exception of the template (or of a value): its class and Python's words
        "id": ("kesalahan saat render: {kind}: {detail}", ""),
        "en": ("error while rendering: {kind}: {detail}", ""),
    },
    "T033": {
        "id": ("hasil render {part} melebihi {limit} MiB", ""),
        "en": ("the rendered {part} is larger than {limit} MiB", ""),
    },
    "T034": {
        "id": (
            "templat terlalu besar: {size} MiB setelah diekstrak (batas {limit} MiB); perkecil gambar di dalamnya",
            "",
        ),
        "en": (
            "the template is too large: {size} MiB unpacked (limit {limit} MiB); make the pictures in it smaller",
            "",
        ),
    },
    "T035": {
        "id": ("berisi {count} bagian (batas {limit})", ""),
        "en": ("it holds {count} {count:part|parts} (limit {limit})", ""),
    },
    "T036": {
        "id": ("bagian {part} tidak dapat dibaca ({detail})", ""),
        "en": ("the part {part} cannot be read ({detail})", ""),
    },
    "T037": {
        "id": ("bagian {part} melebihi {limit} MiB setelah diekstrak", ""),
        "en": ("the part {part} is larger than {limit} MiB unpacked", ""),
    },
    "T038": {
        "id": ("{part} bukan teks UTF-8 (bita {offset}); buka dan simpan ulang templat dengan Word", ""),
        "en": ("{part} is not UTF-8 text (byte {offset}); open the template in Word and save it again", ""),
    },
    "T039": {
        "id": (
            "templat terlalu rumit: {tags} tag berisi {chars} karakter (batas {max_tags} tag, {max_chars} karakter)",
            "",
        ),
        "en": (
            "the template is too complex: {tags} {tags:tag|tags} holding {chars} {chars:character|characters} "
            "(limit {max_tags} tags, {max_chars} characters)",
            "",
        ),
    },
    "T040": {
        "id": ("render melebihi batas waktu {seconds} detik (perulangan terlalu besar?)", ""),
        "en": ("rendering took longer than the limit of {seconds} {seconds:second|seconds} (a loop too large?)", ""),
    },
    "T041": {
        "id": ("proses render berhenti tiba-tiba (melebihi batas memori {limit} MiB?)", ""),
        "en": ("the rendering process stopped suddenly (past its memory limit of {limit} MiB?)", ""),
    },
    "T042": {
        "id": ("proses render berhenti tiba-tiba (kehabisan memori?)", ""),
        "en": ("the rendering process stopped suddenly (out of memory?)", ""),
    },
    "T043": {
        "id": ("render melebihi batas memori {limit} MiB", ""),
        "en": ("rendering went past the memory limit of {limit} MiB", ""),
    },
    "T044": {
        "id": ("render kehabisan memori", ""),
        "en": ("rendering ran out of memory", ""),
    },
    "T045": {  # {what}: a T047 operation, or the name of a filter or str method (center, indent, replace...)
        "id": ("{what} akan menghasilkan {size} karakter/butir (batas {limit})", ""),
        "en": ("{what} would make {size} characters or items (limit {limit})", ""),
    },
    "T046": {
        "id": ("{what} akan menghasilkan bilangan {bits} bit (batas {limit})", ""),
        "en": ("{what} would make a number of {bits} bits (limit {limit})", ""),
    },
    "T047.power": {
        "id": ("pangkat", ""),
        "en": ("a power", ""),
    },
    "T047.product": {
        "id": ("perkalian", ""),
        "en": ("a multiplication", ""),
    },
    "T047.repeat": {
        "id": ("perkalian teks", ""),
        "en": ("repeating text", ""),
    },
    "T047.join": {
        "id": ("penggabungan", ""),
        "en": ("joining", ""),
    },
    "T048": {
        "id": ("lebar format {width} terlalu besar (batas {limit})", ""),
        "en": ("the format width {width} is too large (limit {limit})", ""),
    },
    "T049": {
        "id": ("lipsum dibatasi {limit} (diminta {count})", ""),
        "en": ("lipsum is limited to {limit} ({count} asked)", ""),
    },
    "T050": {
        "id": ("perulangan bersarang sebanyak {total} kali (batas {limit})", ""),
        "en": ("nested loops running {total} times (limit {limit})", ""),
    },
    "T051": {
        "id": ("range terlalu besar: lebih dari {limit} butir", ""),
        "en": ("range too large: more than {limit} items", ""),
    },
    "T052": {
        "id": ("range tidak dapat dibuat: lebih dari {limit} butir atau langkah 0", ""),
        "en": ("range cannot be made: more than {limit} items, or a step of 0", ""),
    },
    "T053": {
        "id": (
            "objek {name} (docxtpl) tidak didukung: skpdoc mencetak setiap nilai sebagai teks "
            "(gambar: nilai skpdoc.render.gambar.Gambar)",
            "",
        ),
        "en": (
            "the object {name} (docxtpl) is not supported: skpdoc prints every value as text "
            "(pictures: a skpdoc.render.gambar.Gambar value)",
            "",
        ),
    },
    "T054": {
        "id": ("templat tidak ditemukan di {folders}", ""),
        "en": ("the template is not found in {folders}", ""),
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
