"""Render .docx templates written in docxtpl syntax, compiled once, in a sandbox.

docxtpl parses the template with python-docx, patches its XML, compiles it
with Jinja and serialises the whole package again for every document. Here
the patching and compiling happen once per template (:class:`CompiledTemplate`),
and rendering a document is: render the few XML parts that hold tags, then
write a zip whose unchanged members are copied as they were compressed. The
template syntax is docxtpl's own (its ``patch_xml`` does the translation), so
templates that work with docxtpl work here.

What the engine guarantees:

* values are XML-escaped; a newline in a value becomes a line break, a tab a
  Word tab, and characters XML cannot hold never reach the file
  (:mod:`skpdoc.render.wordxml`);
* templates saved by LibreOffice (quotes inside tags written ``&quot;``) read
  as Word's do; column loops get a table grid that fits (docxtpl's
  ``fix_tables``); a picture repeated by a loop gets an id of its own; tags in
  the document properties are rendered (:mod:`skpdoc.render.properties`);
* what docxtpl can print and skpdoc cannot (``{{r x}}``, ``RichText``,
  ``Subdoc``, ``InlineImage``...) is refused by name, never lost silently
  (:mod:`skpdoc.render.unsupported`);
* a variable the template uses but the context lacks is an error naming the
  template, the variable and the text around it (never a silent blank);
* templates run in Jinja's immutable sandbox, so a user-supplied template
  cannot reach Python internals or change the data;
* the same template and context give byte-identical output;
* a template is bounded: at most :data:`MAX_TEMPLATE_MIB` MiB unpacked (an XML
  part with tags at most :data:`MAX_PART_MIB`), valid UTF-8, self-contained (no
  ``{% include %}``/``{% import %}``/``{% extends %}``); values one expression
  builds are capped (:mod:`skpdoc.render.sandbox`); a template that is not
  built in renders in a worker process with a memory limit and a deadline
  (:mod:`skpdoc.render.isolate`). Each exceeded limit is a :class:`RenderError`
  naming the template and, where known, the text around the tag.

Every problem is a :class:`~skpdoc.hints.Phrase` of the catalogue (codes T020
and above, :mod:`skpdoc.messages.templates`), worded when it is printed in the
reader's language; what Jinja or Python say themselves is quoted inside it.
"""

from __future__ import annotations

import re
import sys
import traceback
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import meta, nodes
from markupsafe import Markup

from skpdoc.errors import SkpdocError
from skpdoc.hints import Phrase
from skpdoc.messages import message
from skpdoc.render import gambar, properties, rows, sandbox, unsupported, wordxml
from skpdoc.render.wordxml import paragraph_text
from skpdoc.render.ziputil import StaticMember, write_zip
from skpdoc.textsafe import visible

#: Parts that may hold template tags: the body, headers, footers, foot/endnotes.
_TEMPLATED = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$")
_PARAGRAPH = wordxml.PARAGRAPH
_TEXT = wordxml.TEXT
_LITERALS = {"{_{": "{{ '{{' }}", "{_%": "{{ '{%' }}", "}_}": "}}", "%_}": "%}"}
_MIB = 1 << 20
#: A template's members, unpacked, together (a built-in one is about 0.2 MiB; a logo or letterhead image adds some).
MAX_TEMPLATE_MIB = 50
#: An XML part holding tags (the largest built-in document.xml is 40 KB): it is compiled in the calling process.
MAX_PART_MIB = 5
#: Tags in a template, and characters inside them (the built-in Matriks has 157 tags): compiling costs about
#: 0.1 ms and 15 KB per tag, in the calling process, so these bound its time and memory (measured in docs/decisions.md).
MAX_TAGS = 5000
MAX_TAG_CHARS = 200_000
_MARKS = re.compile(r"{[{%#]|[}%#]}")
_JOIN_MARKS = wordxml.JOIN_MARKS
#: Members in a template (a built-in one has 14 to 19).
MAX_MEMBERS = 1000
#: Characters one rendered part may have: a Matriks of a large OPD is a few MiB.
MAX_OUTPUT_MIB = 64
#: Word XML parts that may hold pictures (``wp:docPr``): their ids are kept unique.
_DRAWING_PART = re.compile(r"^word/[^/]+\.xml$")


class RenderError(SkpdocError):
    """A template could not be compiled or rendered.

    ``problem`` is a :class:`~skpdoc.hints.Phrase` (any text is printed as it
    is); it reads as Indonesian text wherever it is used as a ``str``.
    ``where`` is the text of the template around the tag, as the author wrote it.
    """

    def __init__(self, template: str, problem: str, where: str = "") -> None:
        self.template, self.problem, self.where = template, problem, where
        super().__init__(
            f"{template}: {problem}", hint=message("T020", "id", "message", {"where": where}) if where else ""
        )

    def format(self, lang: str = "id") -> str:
        """``template: problem`` and, where known, the text around the tag, in ``lang``."""
        text = f"{self.template}: {worded(self.problem, lang)}"
        if self.where:
            text += "\n    " + message("T020", lang, "message", {"where": self.where})
        return visible(text)

    def __reduce__(self) -> tuple[Any, ...]:  # rebuilt from its fields (the problem keeps its code)
        return (RenderError, (self.template, self.problem, self.where))


def worded(text: str, lang: str) -> str:
    """``text`` in ``lang`` when it is a :class:`~skpdoc.hints.Phrase` (or renders itself), else as it is."""
    render = getattr(text, "render", None)
    return str(render(lang)) if render is not None else str(text)


def said(exc: BaseException) -> str:
    """What an exception says: the :class:`~skpdoc.hints.Phrase` it was raised with (kept for the reader's
    language; ``str(exc)`` would be its Indonesian text), else its text."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Phrase) else str(exc)


def _finalize(value: Any) -> Any:
    if type(value) is str:  # nearly every value
        return wordxml.value_xml(value)
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    if isinstance(value, gambar.Gambar):  # a picture: embedded in the package by gambar.embed after rendering
        return Markup(value.run_xml())
    name = unsupported.docxtpl_object(value)
    if name is not None:
        raise unsupported.refuse(name)
    listing = unsupported.listing_text(value)
    return wordxml.value_xml(listing if listing is not None else str(value))


def environment(finalize: Any = _finalize) -> sandbox.LimitedSandbox:
    """The Jinja environment every template is compiled in (``finalize``: how a value prints)."""
    return sandbox.LimitedSandbox(
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        finalize=finalize,
        keep_trailing_newline=True,
    )


_ENV = environment()
_PROPERTIES_ENV = environment(properties.finalize)


def patch(xml: str) -> str:
    """docxtpl's translation of Word XML with tags into Jinja source."""
    from docxtpl import DocxTemplate

    patched: str = wordxml.unescape_tags(DocxTemplate.patch_xml(None, xml))  # patch_xml uses no instance state
    # docxtpl's escapes for a literal {{ or {% in the printed text. docxtpl replaces them in the rendered
    # output, where they would also rewrite the data; here they become Jinja string literals before compiling.
    for marker, literal in _LITERALS.items():
        patched = patched.replace(marker, literal)
    # One paragraph per line, as docxtpl does, so error line numbers point at a paragraph.
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", patched)


@dataclass
class _Part:
    name: str
    source: str  # patched Jinja source, kept for error messages
    template: jinja2.Template
    fix_tables: bool  # it has column loops, colspan, hm or removed cells: the grid is rebuilt after rendering
    names: frozenset[str]
    pictures: bool  # it has a picture inside a loop or macro, which repeats it with the same id


@dataclass
class _Properties:
    """``docProps/core.xml`` and its properties that hold tags, each compiled."""

    xml: str
    fields: list[properties.Field]
    templates: list[jinja2.Template]
    names: frozenset[str]


class CompiledTemplate:
    """A .docx template, patched and compiled once, rendered many times."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        self.parts: list[_Part] = []
        self.styles: bytes | None = None
        #: the relationship parts and content types as they are: a document printing an image extends them
        self.package: dict[str, bytes] = {}
        #: built-in templates are trusted and render in this process; any other renders in a bounded worker
        self.trusted = _is_builtin(path)
        self._tags = self._tag_chars = 0  # over all parts, against MAX_TAGS and MAX_TAG_CHARS
        self.properties: _Properties | None = None
        static: list[StaticMember] = []
        drawing_ids: list[int] = []  # in the parts that are not rendered
        archive = open_template(path)
        with archive:
            for info in archive.infolist():
                data = read_member(archive, info, self.name)
                if _TEMPLATED.match(info.filename) and b"{" in data:
                    self.parts.append(self._compile(info.filename, decode_part(self.name, info.filename, data)))
                elif info.filename == properties.CORE and b"{" in data:
                    self.properties = self._compile_properties(decode_part(self.name, info.filename, data))
                elif _DRAWING_PART.match(info.filename) and b"<wp:docPr" in data:
                    drawing_ids += wordxml.drawing_ids(data.decode("utf-8", "replace"))
                static.append(StaticMember.from_bytes(info.filename, data))
                if info.filename == "word/styles.xml":
                    self.styles = data  # font sizes, for the estimate of rows' heights (skpdoc.render.rows)
                if info.filename == "[Content_Types].xml" or info.filename.endswith(".rels"):
                    self.package[info.filename] = data
        if not any(p.name == "word/document.xml" for p in self.parts) and not any(
            m.name == "word/document.xml" for m in static
        ):
            raise RenderError(self.name, Phrase("T021"))
        rendered = {p.name for p in self.parts} | ({properties.CORE} if self.properties else set())
        #: the context names the template reads: only these decide whether a document changed
        self.names: frozenset[str] = frozenset().union(
            *(p.names for p in self.parts), self.properties.names if self.properties else ()
        )
        self.members = [m if m.name not in rendered else StaticMember(m.name) for m in static]
        #: drawing ids of the parts not rendered, and the first id above every one the template has
        self._drawing_ids = frozenset(drawing_ids)
        self._free_id = 1 + max(
            [*drawing_ids, *(i for p in self.parts for i in wordxml.drawing_ids(p.source))], default=0
        )

    def _compile(self, name: str, xml: str) -> _Part:
        where = unclosed_tag(xml)
        if where is not None:  # before patch(): docxtpl's patterns scan from each unclosed tag to the end
            raise RenderError(self.name, Phrase("T022.unclosed"), where)
        for tag, where in unsupported.xml_tags(xml):
            raise RenderError(self.name, unsupported.tag_problem(tag), where)
        source = patch(xml)
        template, names, pictures = self._jinja(_ENV, source, _in_source(source))
        return _Part(name, source, template, wordxml.needs_table_fix(xml), names, pictures)

    def _compile_properties(self, xml: str) -> _Properties | None:
        found = properties.fields(xml)
        compiled = [self._jinja(_PROPERTIES_ENV, f.source, _in_field(f)) for f in found]
        if not compiled:
            return None
        names = frozenset().union(*(n for _, n, _ in compiled))
        return _Properties(xml, found, [t for t, _, _ in compiled], names)

    def _jinja(
        self, env: jinja2.Environment, source: str, where: Callable[[int | None], str]
    ) -> tuple[jinja2.Template, frozenset[str], bool]:
        """``source`` compiled in ``env``, the names it reads and whether it repeats a picture (a loop or macro
        around a ``wp:docPr``); ``where(line)`` locates a problem."""
        tags, chars = tag_load(source)
        self._tags, self._tag_chars = self._tags + tags, self._tag_chars + chars
        if self._tags > MAX_TAGS or self._tag_chars > MAX_TAG_CHARS:
            raise RenderError(self.name, too_many_tags(self._tags, self._tag_chars))
        try:
            tree = env.parse(source)
            for problem, line in sandbox.forbidden(tree):
                raise RenderError(self.name, problem, where(line))
            names = frozenset(meta.find_undeclared_variables(tree))
            pictures = _repeats_pictures(tree)
            template = env.from_string(tree)
        except jinja2.TemplateSyntaxError as exc:
            raise RenderError(self.name, Phrase("T022", detail=exc.message or ""), where(exc.lineno)) from exc
        except (RecursionError, MemoryError, SyntaxError) as exc:  # tags nested thousands deep
            raise RenderError(self.name, Phrase("T025", kind=type(exc).__name__)) from exc
        return template, names, pictures

    def render(self, context: dict[str, Any], *, isolate: bool | None = None) -> bytes:
        """The rendered .docx as bytes.

        ``isolate`` (default: unless the template is built in) renders in the worker process of
        :mod:`skpdoc.render.isolate`, bounded in memory and time; the context must then pickle.
        """
        if not self.trusted if isolate is None else isolate:
            from skpdoc.render import isolate as worker

            return worker.render(self.path, self.name, context)
        outputs: dict[str, bytes] = {}
        ids = wordxml.DrawingIds(self._drawing_ids, self._free_id)
        for part in self.parts:
            xml = self._run(part.name, part.template, context, _in_source(part.source))
            outputs[part.name] = self._finish(part, xml, ids).encode("utf-8")
        if self.properties is not None:
            props = self.properties
            texts = [
                self._run(properties.CORE, t, context, _in_field(f))
                for t, f in zip(props.templates, props.fields, strict=True)
            ]
            outputs[properties.CORE] = properties.fill(props.xml, props.fields, texts).encode("utf-8")
        images = gambar.found_in(context)
        media = gambar.embed(outputs, self.package, images) if images else []
        if not media:
            return write_zip(self.members, outputs)
        replaced = {m.name for m in media}
        members = [m for m in self.members if m.name not in replaced]
        known = {m.name for m in members}
        added = [StaticMember(name) for name in sorted(outputs) if name not in known]  # a part's new .rels
        return write_zip([*members, *added, *media], outputs)

    def _finish(self, part: _Part, xml: str, ids: wordxml.DrawingIds) -> str:
        """A rendered part made Word XML again: breaks of values, table grids, drawing ids, tall rows."""
        xml = wordxml.resolve_breaks(xml.replace("\n<w:p", "<w:p"))
        try:
            if part.fix_tables:
                xml = wordxml.fix_tables(xml)
            if part.pictures:
                xml = ids.fix(xml)
            if part.name == "word/document.xml":
                xml = rows.split_tall_rows(xml, self.styles)  # a row taller than a page would be clipped
        except SyntaxError as exc:  # lxml's XMLSyntaxError: tags that cut Word's XML apart (a paragraph from a cell)
            raise RenderError(self.name, Phrase("T026", part=part.name, detail=str(exc))) from exc
        return xml

    def _run(
        self, part: str, template: jinja2.Template, context: dict[str, Any], where: Callable[[int | None], str]
    ) -> str:
        """``template`` rendered; whatever it raises becomes a :class:`RenderError` located by ``where(line)``."""
        try:
            return _generate(part, template, context)
        except jinja2.UndefinedError as exc:
            problem = Phrase("T027", name=_undefined_name(exc))
            raise RenderError(self.name, problem, where(_template_line())) from exc
        except sandbox.TooLarge as exc:  # the sandbox's own limit, worded in the catalogue
            raise RenderError(self.name, said(exc), where(_template_line())) from exc
        except jinja2.TemplateError as exc:
            raise RenderError(self.name, Phrase("T028", detail=str(exc)), where(_template_line())) from exc
        except Exception as exc:  # the template's own doing (or a value's): reported at its tag, never a traceback
            raise RenderError(self.name, _fault(exc), where(_template_line())) from exc


class FailedTemplate:
    """Stands in for a template that could not be loaded: rendering raises its error, so a build reports
    each document that needs it and still builds the others."""

    names: frozenset[str] = frozenset()

    def __init__(self, error: RenderError) -> None:
        self.error = error

    def render(self, context: dict[str, Any], *, isolate: bool | None = None) -> bytes:
        """Raise the error that loading the template raised."""
        raise RenderError(self.error.template, self.error.problem, self.error.where)


def _generate(part: str, template: jinja2.Template, context: dict[str, Any]) -> str:
    """The part rendered, streamed so that output past :data:`MAX_OUTPUT_MIB` stops it early."""
    chunks: list[str] = []
    size = 0
    for chunk in template.generate(context):
        size += len(chunk)
        if size > MAX_OUTPUT_MIB * _MIB:
            raise sandbox.TooLarge(Phrase("T033", part=part, limit=MAX_OUTPUT_MIB))
        chunks.append(chunk)
    return "".join(chunks)


def _fault(exc: BaseException) -> str:
    if isinstance(exc, MemoryError):
        return Phrase("T029")
    if isinstance(exc, (sandbox.Deadline, unsupported.Unsupported)):
        return said(exc)
    if isinstance(exc, RecursionError):
        return Phrase("T030")
    if isinstance(exc, OverflowError):  # the sandbox's range() past MAX_RANGE, a float too large
        return Phrase("T031", detail=str(exc))
    return Phrase("T032", kind=type(exc).__name__, detail=str(exc))


def open_template(path: Path) -> zipfile.ZipFile:
    """The template's zip, refused if it has more than :data:`MAX_MEMBERS` members or unpacks past
    :data:`MAX_TEMPLATE_MIB` MiB (as its headers say; :func:`read_member` holds them to it)."""
    name = path.name
    try:
        if path.stat().st_size > MAX_TEMPLATE_MIB * _MIB:
            raise RenderError(name, _too_big(path.stat().st_size))
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile, ValueError) as exc:
        raise RenderError(name, Phrase("T001.docx", detail=str(exc))) from exc
    infos = archive.infolist()
    total = sum(info.file_size for info in infos)
    if len(infos) > MAX_MEMBERS or total > MAX_TEMPLATE_MIB * _MIB:
        archive.close()
        many = len(infos) > MAX_MEMBERS
        raise RenderError(name, Phrase("T035", count=len(infos), limit=MAX_MEMBERS) if many else _too_big(total))
    return archive


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, template: str) -> bytes:
    """A member's bytes, read no further than its limit whatever its header claims."""
    limit = (MAX_PART_MIB if _TEMPLATED.match(info.filename) else MAX_TEMPLATE_MIB) * _MIB
    try:
        with archive.open(info) as member:
            data = member.read(limit + 1)
    except (OSError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        # a corrupt or truncated member, an unknown compression method, an encrypted member
        raise RenderError(template, Phrase("T036", part=info.filename, detail=str(exc))) from exc
    if len(data) > limit:
        raise RenderError(template, Phrase("T037", part=info.filename, limit=limit // _MIB))
    return data


def decode_part(template: str, part: str, data: bytes) -> str:
    """An XML part's text; Word writes UTF-8, anything else is a damaged or hand-made file."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RenderError(template, Phrase("T038", part=part, offset=exc.start)) from exc


def unclosed_tag(xml: str) -> str | None:
    """The text around the first tag opened and not closed before the next opens, if any (one linear pass)."""
    text = _JOIN_MARKS.sub("", xml)
    opened = -1
    for mark in _MARKS.finditer(text):
        if mark.group()[0] == "{":
            if opened >= 0:
                break
            opened = mark.start()
        else:
            opened = -1
    if opened < 0:
        return None
    start, end = text.rfind("<w:p>", 0, opened), text.find("</w:p>", opened)
    start = max(start, text.rfind("<w:p ", 0, opened))
    return paragraph_text(text[max(start, 0) : end if end >= 0 else opened + 2000])[:120]


def tag_load(source: str) -> tuple[int, int]:
    """How many tags ``source`` has and how many characters are inside them (one pass, whatever is unclosed)."""
    tags = chars = 0
    opened = -1
    for mark in _MARKS.finditer(source):
        if mark.group()[0] == "{":
            if opened < 0:
                tags, opened = tags + 1, mark.end()
        elif opened >= 0:
            chars, opened = chars + mark.start() - opened, -1
    return tags, chars + (len(source) - opened if opened >= 0 else 0)


def too_many_tags(tags: int, chars: int) -> Phrase:
    """The problem of a template past :data:`MAX_TAGS` or :data:`MAX_TAG_CHARS`."""
    return Phrase(
        "T039", tags=f"{tags:,}", chars=f"{chars:,}", max_tags=f"{MAX_TAGS:,}", max_chars=f"{MAX_TAG_CHARS:,}"
    )


def _too_big(size: int) -> Phrase:
    return Phrase("T034", size=f"{size / _MIB:.1f}", limit=MAX_TEMPLATE_MIB)


def _is_builtin(path: Path) -> bool:
    from skpdoc.resources import data_dir

    return path.resolve().is_relative_to(data_dir("templates/docx").resolve())


def _repeats_pictures(tree: nodes.Template) -> bool:
    """Whether a picture of the template (``wp:docPr``) is inside a loop or a macro, which may print it twice."""
    return any(
        "<wp:docPr" in data.data
        for block in tree.find_all((nodes.For, nodes.Macro, nodes.CallBlock))
        for data in block.find_all(nodes.TemplateData)
    )


def _in_source(source: str) -> Callable[[int | None], str]:
    """Where a problem at a line of a part's patched source is: the text of its paragraph."""
    return lambda line: _text_at(source, line)


def _in_field(field: properties.Field) -> Callable[[int | None], str]:
    """Where a problem in a document property is: the property and its text."""
    return lambda line: field.shown


def _template_line() -> int | None:
    """The line of the template being rendered when the current exception was raised."""
    tb = sys.exc_info()[2]
    line = None
    for frame, lineno in traceback.walk_tb(tb):
        if frame.f_code.co_filename == "<template>":
            line = lineno
    return line


def _text_at(source: str, line: int | None) -> str:
    if not line:
        return ""
    lines = source.splitlines()
    for index in range(min(line, len(lines)) - 1, -1, -1):
        text = paragraph_text(lines[index])
        if text:
            return text[:120]
    return ""


def _undefined_name(exc: jinja2.UndefinedError) -> str:
    message = str(exc)
    found = re.search(r"has no attribute '([^']+)'", message) or re.search(r"'([^']+)' is undefined", message)
    return found.group(1) if found else message


@lru_cache(maxsize=64)
def _load(path: Path, mtime_ns: int, size: int) -> CompiledTemplate:
    return CompiledTemplate(path)


def load(path: Path) -> CompiledTemplate:
    """The compiled template at ``path``, cached while the file is unchanged."""
    stat = path.stat()
    return _load(path.resolve(), stat.st_mtime_ns, stat.st_size)
