"""Render .docx templates written in docxtpl syntax, compiled once, in a sandbox.

docxtpl parses the template with python-docx, patches its XML, compiles it
with Jinja and serialises the whole package again for every document. Here
the patching and compiling happen once per template (:class:`CompiledTemplate`),
and rendering a document is: render the few XML parts that hold tags, then
write a zip whose unchanged members are copied as they were compressed. The
template syntax is docxtpl's own (its ``patch_xml`` does the translation), so
templates that work with docxtpl work here.

What the engine guarantees:

* values are XML-escaped and a newline in a value becomes a line break;
* a variable the template uses but the context lacks is an error naming the
  template, the variable and the text around it (never a silent blank);
* templates run in Jinja's immutable sandbox, so a user-supplied template
  cannot reach Python internals or change the data;
* the same template and context give byte-identical output.
"""

from __future__ import annotations

import re
import sys
import traceback
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import meta
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from skpdoc.errors import SkpdocError
from skpdoc.render.ziputil import StaticMember, write_zip

#: Parts that may hold template tags: the body, headers, footers, foot/endnotes.
_TEMPLATED = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$")
_BREAK = Markup('</w:t><w:br/><w:t xml:space="preserve">')
_PARAGRAPH = re.compile(r"<w:p[ >].*?</w:p>", re.DOTALL)
_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")
_NEEDS_TABLE_FIX = re.compile(r"{%\s*(tc|colspan|hm)\b")


class RenderError(SkpdocError):
    """A template could not be compiled or rendered."""

    def __init__(self, template: str, problem: str, where: str = "") -> None:
        hint = f"di sekitar teks: “{where}”" if where else ""
        super().__init__(f"{template}: {problem}", hint=hint)
        self.template, self.problem, self.where = template, problem, where


def _finalize(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    return Markup(escape(str(value).rstrip()).replace("\n", _BREAK))  # a YAML "|" block ends in a newline


def environment() -> ImmutableSandboxedEnvironment:
    """The Jinja environment every template is compiled in."""
    return ImmutableSandboxedEnvironment(
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        keep_trailing_newline=True,
    )


_ENV = environment()


def patch(xml: str) -> str:
    """docxtpl's translation of Word XML with tags into Jinja source."""
    from docxtpl import DocxTemplate

    patched: str = DocxTemplate.patch_xml(None, xml)  # uses no instance state
    # One paragraph per line, as docxtpl does, so error line numbers point at a paragraph.
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", patched)


def paragraph_text(xml: str) -> str:
    """The visible text of a bit of Word XML."""
    return "".join(_TEXT.findall(xml)).strip()


@dataclass
class _Part:
    name: str
    source: str  # patched Jinja source, kept for error messages
    template: jinja2.Template
    fix_tables: bool
    names: frozenset[str]


class CompiledTemplate:
    """A .docx template, patched and compiled once, rendered many times."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        self.parts: list[_Part] = []
        static: list[StaticMember] = []
        try:
            archive = zipfile.ZipFile(path)
        except (OSError, zipfile.BadZipFile) as exc:
            raise RenderError(self.name, f"bukan berkas .docx yang valid ({exc})") from exc
        with archive:
            for info in archive.infolist():
                data = archive.read(info)
                if _TEMPLATED.match(info.filename) and b"{" in data:
                    self.parts.append(self._compile(info.filename, data.decode("utf-8")))
                static.append(StaticMember.from_bytes(info.filename, data))
        if not any(p.name == "word/document.xml" for p in self.parts) and not any(
            m.name == "word/document.xml" for m in static
        ):
            raise RenderError(self.name, "berkas .docx tanpa word/document.xml")
        rendered = {p.name for p in self.parts}
        #: the context names the template reads: only these decide whether a document changed
        self.names: frozenset[str] = frozenset().union(*(p.names for p in self.parts)) if self.parts else frozenset()
        self.members = [m if m.name not in rendered else StaticMember(m.name) for m in static]

    def _compile(self, name: str, xml: str) -> _Part:
        source = patch(xml)
        try:
            template = _ENV.from_string(source)
        except jinja2.TemplateSyntaxError as exc:
            raise RenderError(self.name, f"sintaks templat salah: {exc.message}", _text_at(source, exc.lineno)) from exc
        names = frozenset(meta.find_undeclared_variables(_ENV.parse(source)))
        return _Part(name, source, template, bool(_NEEDS_TABLE_FIX.search(source)), names)

    def render(self, context: dict[str, Any]) -> bytes:
        """The rendered .docx as bytes."""
        outputs: dict[str, bytes] = {}
        for part in self.parts:
            try:
                xml = part.template.render(context)
            except jinja2.UndefinedError as exc:
                where = _text_at(part.source, _template_line())
                raise RenderError(self.name, f"variabel tidak dikenal: {_undefined_name(exc)}", where) from exc
            except jinja2.TemplateError as exc:
                raise RenderError(self.name, str(exc), _text_at(part.source, _template_line())) from exc
            xml = xml.replace("\n<w:p", "<w:p")
            xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
            if part.fix_tables:
                xml = _fix_tables(xml)
            outputs[part.name] = xml.encode("utf-8")
        return write_zip(self.members, outputs)


def _fix_tables(xml: str) -> str:
    """docxtpl's repair of table grids after column loops (``{%tc %}``)."""
    from docxtpl import DocxTemplate
    from lxml import etree

    tree = DocxTemplate.fix_tables(None, xml)
    return str(etree.tostring(tree, encoding="unicode"))


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
