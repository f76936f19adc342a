"""Many rendered forms as one Word document, whose PDF is then split back into one PDF per form.

LibreOffice spends a good part of each conversion on the document itself
(loading a package, importing styles, creating a view, subsetting fonts), not
on its pages; converting twenty forms as one document and splitting the PDF
took a quarter to a third less time per form than twenty conversions on two
workers (the example's forms and a synthetic OPD: benchmarks/bench_convert.py).

:func:`compose` puts each form in a section of its own, so it keeps its page
size and orientation, header and footer, and starts on a new page:

* page numbering restarts at 1 in every form (``w:pgNumType w:start``);
* "Halaman X dari Y" must count the form's pages, not the document's, and
  LibreOffice has no per-section page count, so each NUMPAGES (or
  SECTIONPAGES) field becomes a PAGEREF to a bookmark at the end of its form:
  the page number of its last page, which is its page count since numbering
  restarted;
* the same bookmarks, exported as PDF named destinations, tell
  :func:`skpdoc.convert.pdfsplit.split` where each form ends. LibreOffice inserts a
  blank page where a form with an odd number of pages is followed by a page
  numbered 1; PDF export leaves those out, and the destinations point at the
  exported pages, so the split is exact anyway.

Only forms that share every document-wide part (styles, numbering, settings,
theme, fonts) can share a document: :func:`group_key` tells which. A form
using something composing would change (numbered lists, which would continue
from one form to the next, bookmarks, notes, comments, tracked changes,
several sections) is left out by :func:`compose` and converted on its own.
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

MARK = "skpdocEnd"  # bookmark names; letters and digits only, so PDF destinations keep them as they are
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
#: Document-wide parts every form of a composed document shares (taken from the first).
_SHARED = {"styles", "stylesWithEffects", "settings", "webSettings", "fontTable", "theme", "numbering"}
_SHARED |= {"footnotes", "endnotes", "customXml"}  # notes: only their separators, forms with notes stay alone
#: Parts that belong to one form and are copied, renamed, for each.
_OWN = {"header", "footer", "image", "hyperlink"}
_BODY = re.compile(r"<w:body>(.*)</w:body>", re.DOTALL)
_SECT = re.compile(r"<w:sectPr[\s>/]")
#: A relationship id in an attribute (r:id, r:embed, r:link ... and VML's o:relid); scanned with a literal
#: prefix, which is many times faster on a large body than a pattern starting with a word boundary.
_RID = re.compile(r'(r:[A-Za-z]+|o:relid)="([^"]*)"')
_GOBACK = re.compile(r'<w:bookmarkStart\b[^>]*\bw:name="_GoBack"[^>]*/>')  # Word's "last edit" mark
_FIELD_TEXT = re.compile(r'(<w:instrText\b[^>]*>)([^<]*)(</w:instrText>)|(w:instr=")([^"]*)(")')
_PAGE_COUNT = re.compile(r"\b(?:NUMPAGES|SECTIONPAGES)\b")
_PARAGRAPH_TAG = re.compile(r"<w:p(?=[\s>/])[^>]*?(/?)>|</w:p>")
#: Things whose meaning changes when forms share a document, or that reference parts not copied.
_UNSUPPORTED = (
    *("<w:numPr", "<w:footnoteReference", "<w:endnoteReference", "<w:commentReference", "<w:ins ", "<w:del "),
    *("<w:pPrChange", "<w:rPrChange", "<w:sectPrChange", "<w:altChunk", "<w:subDoc"),
)
_STYLE = re.compile(r"<w:style\b[^>]*\bw:styleId=\"([^\"]*)\"[^>]*>(.*?)</w:style>", re.DOTALL)
_STYLE_USE = re.compile(r'<w:pStyle w:val="([^"]*)"')
#: What follows w:pgNumType in section properties (the schema fixes the order).
_SECTION_TAIL = (
    *("<w:cols", "<w:formProt", "<w:vAlign", "<w:noEndnote", "<w:titlePg", "<w:textDirection"),
    *("<w:bidi", "<w:rtlGutter", "<w:docGrid", "<w:printerSettings", "</w:sectPr>"),
)


@dataclass
class Composed:
    """A composed .docx, which sources it holds (in order), and those left to convert alone, with why."""

    data: bytes = b""
    members: list[int] = field(default_factory=list)
    alone: list[tuple[int, str]] = field(default_factory=list)
    info: list[dict[str, str]] = field(default_factory=list)  # per member: PDF document information


def group_key(path: Path) -> str | None:
    """Forms with the same key can share a document; None when this one cannot be composed at all.

    Cheap: it reads the zip directory, the relationships and the first bytes of
    the body, not the body itself.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            rels = _relationships(archive, "word/_rels/document.xml.rels")
            shared = []
            for kind, target, _ in rels.values():
                if kind in _SHARED:
                    info = archive.getinfo(_part(target))
                    shared.append(f"{kind}:{info.CRC:08x}:{info.file_size}")
                elif kind not in _OWN:
                    return None
            with archive.open("word/document.xml") as body:
                head = body.read(8192).decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return None
    root = re.search(r"<w:document\b[^>]*>", head)
    if not root or f'xmlns:w="{_W}"' not in root.group(0) or f'xmlns:r="{_R}"' not in root.group(0):
        return None
    return hashlib.sha256("\n".join([root.group(0), *sorted(shared)]).encode()).hexdigest()


def compose(sources: Sequence[Path]) -> Composed:
    """One .docx holding each source as a section of its own, in order; see the module docstring."""
    out = Composed()
    builder: _Builder | None = None
    for index, source in enumerate(sources):
        try:
            with zipfile.ZipFile(source) as archive:
                if builder is None:
                    builder = _Builder(archive)
                reason = builder.add(archive, len(out.members))
        except (OSError, LookupError, ValueError, zipfile.BadZipFile, ElementTree.ParseError) as exc:
            reason = f"not understood ({exc})"  # (UnicodeDecodeError is a ValueError)
        if reason:
            out.alone.append((index, reason))
        else:
            out.members.append(index)
            out.info.append(builder.info[-1] if builder else {})
    if builder and out.members:
        out.data = builder.finish()
    return out


# -- building the composed package ----------------------------------------------------------------


def _part(target: str) -> str:
    """The zip name of a part that word/document.xml (or a header) refers to as ``target``."""
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"word/{target}")


def _relationships(archive: zipfile.ZipFile, name: str) -> dict[str, tuple[str, str, bool]]:
    """Id → (type, target, external) of a relationships part; empty when it does not exist."""
    try:
        root = ElementTree.fromstring(archive.read(name))
    except KeyError:
        return {}
    return {
        rel.get("Id", ""): (
            rel.get("Type", "").rsplit("/", 1)[-1],
            rel.get("Target", ""),
            rel.get("TargetMode") == "External",
        )
        for rel in root.iter(f"{_PKG_RELS}Relationship")
    }


def _rel(rid: str, kind: str, target: str, external: bool = False) -> str:
    namespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    mode = ' TargetMode="External"' if external else ""
    return f'<Relationship Id="{rid}" Type="{namespace}{kind}" Target="{_escape(target)}"{mode}/>'


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


class _Builder:
    """The composed package, built form by form."""

    def __init__(self, first: zipfile.ZipFile) -> None:
        document = first.read("word/document.xml").decode("utf-8")
        self.root = document[: document.find("<w:body>")]
        self.parts: dict[str, bytes] = {}
        self.rels: list[str] = []
        rels = _relationships(first, "word/_rels/document.xml.rels")
        for rid, (kind, target, external) in rels.items():
            if kind in _SHARED:
                self.rels.append(_rel(rid, kind, target, external))
                self.parts[_part(target)] = first.read(_part(target))
        owned = {_part(t) for k, t, _ in rels.values() if k in _OWN} | {"word/document.xml", "[Content_Types].xml"}
        for name in first.namelist():  # docProps and other package-level parts
            if name not in owned and not name.startswith("word/_rels/") and name not in self.parts:
                self.parts[name] = first.read(name)
        types = ElementTree.fromstring(first.read("[Content_Types].xml"))
        self.defaults = {d.get("Extension", ""): d.get("ContentType", "") for d in types.iter(f"{_TYPES}Default")}
        self.overrides = {o.get("PartName", ""): o.get("ContentType", "") for o in types.iter(f"{_TYPES}Override")}
        self.overrides = {p: t for p, t in self.overrides.items() if p.lstrip("/") in self.parts}
        self.media: dict[str, tuple[str, str]] = {}  # sha1 of an image → its relationship id and target
        self.forms: list[tuple[str, str, int]] = []  # body and section properties of each member
        self.numbered = _numbered_styles(self.parts.get("word/styles.xml", b"").decode("utf-8"))
        self.info: list[dict[str, str]] = []

    def add(self, archive: zipfile.ZipFile, k: int) -> str | None:
        """Add one form as member ``k``; or say why it cannot be, and then add nothing."""
        saved = (len(self.rels), dict(self.parts), dict(self.overrides), dict(self.media), dict(self.defaults))
        try:
            reason = self._add(archive, k)
        except BaseException:
            reason = "failed"
            raise
        finally:
            if reason:  # take back what it had added
                self.rels = self.rels[: saved[0]]
                self.parts, self.overrides, self.media, self.defaults = saved[1:]
        return reason

    def _add(self, archive: zipfile.ZipFile, k: int) -> str | None:
        document = archive.read("word/document.xml").decode("utf-8")
        found = _BODY.search(document)
        if not found:
            return "no document body"
        if document[: found.start()] != self.root:
            return "its document element differs"
        body = found.group(1)
        sections = list(_SECT.finditer(body))
        if len(sections) != 1 or not body.rstrip().endswith("</w:sectPr>"):
            return "not exactly one section"
        content, sect = body[: sections[0].start()], body[sections[0].start() :].rstrip()
        if any(tag in content for tag in _UNSUPPORTED) or self.numbered & set(_STYLE_USE.findall(content)):
            return "numbered lists, notes, comments or tracked changes"
        content = _GOBACK.sub("", content)
        if "<w:bookmarkStart" in content:  # names could clash, and fields refer to them by name
            return "bookmarks of its own"
        content = re.sub(r"<w:bookmarkEnd\b[^>]*/>", "", content)  # that of _GoBack, now unpaired
        mark = f"{MARK}{k}"
        used = {rid for _, rid in _RID.findall(content + sect)}
        renamed = self._own_parts(archive, k, mark, used)
        if isinstance(renamed, str):
            return renamed

        def rename(xml: str) -> str:
            return _RID.sub(lambda m: f'{m.group(1)}="{renamed.get(m.group(2), m.group(2))}"', xml)

        content, sect = _fields(rename(content), mark), _section(rename(sect))
        self.info.append(_document_info(archive))
        self.forms.append((content, sect, k))
        return None

    def _own_parts(self, archive: zipfile.ZipFile, k: int, mark: str, used: set[str]) -> dict[str, str] | str:
        """Copy the headers, footers, images and links the form uses: old relationship id → new; or why not."""
        renamed: dict[str, str] = {}
        staged: dict[str, bytes] = {}
        rels = _relationships(archive, "word/_rels/document.xml.rels")
        if missing := used - set(rels):
            return f"relationships that do not exist ({min(missing)})"
        for rid, (kind, target, external) in rels.items():
            if rid not in used:  # such as the pictures of conditions the form did not meet
                continue
            if kind in _SHARED:
                return f"a reference to its {kind} part"
            if kind in ("header", "footer"):
                name = f"word/{kind}-{k}-{rid}.xml"
                links = self._part_links(archive, _part(target), name)
                if links is None:
                    return f"a {kind} with parts that cannot be copied"
                staged[name] = _fields(archive.read(_part(target)).decode("utf-8"), mark).encode("utf-8")
                staged.update(links)
                renamed[rid] = f"f{k}{rid}"
                self.rels.append(_rel(renamed[rid], kind, name[len("word/") :]))
                self.overrides[f"/{name}"] = (
                    f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"
                )
            elif kind == "image" and not external:
                renamed[rid] = self._image(archive, _part(target))
            else:  # a hyperlink, or a linked image
                renamed[rid] = f"f{k}{rid}"
                self.rels.append(_rel(renamed[rid], kind, target, external))
        self.parts.update(staged)
        return renamed

    def _part_links(self, archive: zipfile.ZipFile, part: str, name: str) -> dict[str, bytes] | None:
        """The relationships part of a copied header or footer, its images pointing to the shared copies."""
        folder, _, base = part.rpartition("/")
        rels = _relationships(archive, f"{folder}/_rels/{base}.rels")
        if not rels:
            return {}
        lines = []
        for rid, (kind, target, external) in rels.items():
            if kind == "image" and not external:
                target = "../" + self.media[self._image(archive, _part(target))][1]  # relative to the part
            elif kind != "hyperlink" and not external:
                return None
            lines.append(_rel(rid, kind, target, external))
        xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        xml += f'<Relationships xmlns="{_PKG_RELS[1:-1]}">{"".join(lines)}</Relationships>'
        return {f"word/_rels/{name[len('word/') :]}.rels": xml.encode("utf-8")}

    def _image(self, archive: zipfile.ZipFile, part: str) -> str:
        """The shared relationship id of an image, stored once however many forms show it."""
        data = archive.read(part)
        digest = hashlib.sha1(data).hexdigest()
        if digest not in self.media:
            extension = part.rsplit(".", 1)[-1].lower()
            name = f"media/skpdoc-{digest[:20]}.{extension}"
            self.media[digest] = (f"img{len(self.media)}", name)
            self.parts[f"word/{name}"] = data
            self.rels.append(_rel(f"img{len(self.media) - 1}", "image", name))
            if extension not in self.defaults:
                kind = {"jpg": "jpeg", "svg": "svg+xml", "emf": "x-emf", "wmf": "x-wmf"}.get(extension, extension)
                self.defaults[extension] = f"image/{kind}"
        return self.media[digest][0]

    def finish(self) -> bytes:
        """The composed .docx (stored, not compressed: it is read once, by LibreOffice, on this machine)."""
        # Each form's section ends in its last paragraph, but the last form's is the body's own.
        body = [_close(content, sect, k) for content, sect, k in self.forms[:-1]]
        content, sect, k = self.forms[-1]
        body += [_close(content, "", k), sect]
        document = self.root + "<w:body>" + "".join(body) + "</w:body></w:document>"
        types = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        types += f'<Types xmlns="{_TYPES[1:-1]}">'
        types += "".join(f'<Default Extension="{e}" ContentType="{t}"/>' for e, t in self.defaults.items())
        types += "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in self.overrides.items())
        overrides_main = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        types += f'<Override PartName="/word/document.xml" ContentType="{overrides_main}"/></Types>'
        rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        rels += f'<Relationships xmlns="{_PKG_RELS[1:-1]}">{"".join(self.rels)}</Relationships>'
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
            archive.writestr("[Content_Types].xml", types)
            archive.writestr("word/document.xml", document)
            archive.writestr("word/_rels/document.xml.rels", rels)
            for name, data in self.parts.items():
                archive.writestr(name, data)
        return buffer.getvalue()


def _fields(xml: str, mark: str) -> str:
    """Page-count fields → the page number of the form's end mark (numbering restarts per form)."""

    def replace(found: re.Match[str]) -> str:
        if found.group(1):
            return found.group(1) + _PAGE_COUNT.sub(f"PAGEREF {mark}", found.group(2)) + found.group(3)
        return found.group(4) + _PAGE_COUNT.sub(f"PAGEREF {mark}", found.group(5)) + found.group(6)

    return _FIELD_TEXT.sub(replace, xml) if "PAGES" in xml else xml


def _section(sect: str) -> str:
    """The form's section properties: on a new page (not continuous), page numbers from 1 unless it says."""
    sect = re.sub(r"<w:type\b[^>]*/>", "", sect)
    if found := re.search(r"<w:pgNumType\b([^>]*?)/>", sect):
        if "w:start=" not in found.group(1):
            sect = sect.replace(found.group(0), f'<w:pgNumType{found.group(1)} w:start="1"/>')
        return sect
    at = min(i for i in (sect.find(tag) for tag in _SECTION_TAIL) if i >= 0)
    return sect[:at] + '<w:pgNumType w:start="1"/>' + sect[at:]


def _close(content: str, sect: str, k: int) -> str:
    """The form's body ended by its end mark and, in the paragraph holding it, its section properties.

    A form ending in a table gets a paragraph after it, as LibreOffice adds one
    when it opens that form alone (a Writer document cannot end in a table); a
    form ending in a paragraph gets both in that paragraph, so that no line is
    added to it.
    """
    bookmark = f'<w:bookmarkStart w:id="{k + 1}" w:name="{MARK}{k}"/><w:bookmarkEnd w:id="{k + 1}"/>'
    end = content.rstrip()
    start = _last_paragraph(end)
    if start < 0:
        return f"{content}<w:p>{f'<w:pPr>{sect}</w:pPr>' if sect else ''}{bookmark}</w:p>"
    paragraph = end[start:]
    if paragraph.endswith("/>") and paragraph.startswith("<w:p"):  # <w:p/>
        paragraph = paragraph[:-2] + "></w:p>"
    opening = paragraph.index(">") + 1
    if paragraph.startswith("<w:pPr/>", opening):
        paragraph = paragraph[:opening] + paragraph[opening + len("<w:pPr/>") :]
    if not sect:
        pass
    elif paragraph.startswith("<w:pPr>", opening):
        close = paragraph.index("</w:pPr>")
        paragraph = paragraph[:close] + sect + paragraph[close:]
    else:
        paragraph = paragraph[:opening] + f"<w:pPr>{sect}</w:pPr>" + paragraph[opening:]
    return end[:start] + paragraph[: -len("</w:p>")] + bookmark + "</w:p>"


def _last_paragraph(content: str) -> int:
    """Where the body's last top-level paragraph starts, or -1 if the body does not end with a paragraph.

    Top-level: not inside another paragraph (a text box). Candidates are tried
    from the end: the first whose paragraph closes exactly at the end, without
    closing more than it opened, is the one.
    """
    if not content.endswith(("</w:p>", "/>")):
        return -1
    at = len(content)
    while (
        at := max(content.rfind("<w:p>", 0, at), content.rfind("<w:p ", 0, at), content.rfind("<w:p/>", 0, at))
    ) >= 0:
        depth = 0
        for tag in _PARAGRAPH_TAG.finditer(content, at):
            depth += -1 if tag.group(0) == "</w:p>" else 0 if tag.group(1) else 1
            if depth <= 0:
                break
        if depth == 0 and tag.end() == len(content):
            return at  # (a paragraph closing earlier is inside the last one, in a text box: go on back)
    return -1


def _numbered_styles(styles: str) -> set[str]:
    """Paragraph styles that number their paragraphs, themselves or through the style they are based on."""
    numbered, based = set(), {}
    for style, body in _STYLE.findall(styles):
        if "<w:numPr" in body:
            numbered.add(style)
        if parent := re.search(r'<w:basedOn w:val="([^"]*)"', body):
            based[style] = parent.group(1)
    for style in based:
        chain, seen = style, set()
        while chain in based and chain not in seen and chain not in numbered:
            seen.add(chain)
            chain = based[chain]
        if chain in numbered:
            numbered.add(style)
    return numbered


def _document_info(archive: zipfile.ZipFile) -> dict[str, str]:
    """What LibreOffice puts in a form's PDF document information: title, subject, keywords, author."""
    try:
        root = ElementTree.fromstring(archive.read("docProps/core.xml"))
    except KeyError:
        return {}
    names = {"title": "/Title", "subject": "/Subject", "keywords": "/Keywords", "creator": "/Author"}
    return {names[el.tag.rsplit("}", 1)[-1]]: el.text for el in root if el.tag.rsplit("}", 1)[-1] in names and el.text}
