"""``skpdoc templates check``: find template mistakes before a batch run does.

The kinds of finding, each located by the text of the paragraph or table
cell it is in (what the author sees in Word):

* Jinja syntax errors;
* what the engine refuses to load (:mod:`skpdoc.render.engine`): a template
  past the size limits (a zip bomb), an XML part that is not UTF-8, a tag that
  loads another template (``{% include %}``, ``{% import %}``, ``{% extends %}``);
* expressions sure to exceed a limit from their literals alone
  (``range(10**9)``, ``9**(9**9)``, ``'x' * 10**9``): the rest is found only
  when rendering, where the worker's memory limit and deadline stop it;
* tags that Word split across runs (formatting changed in the middle of a
  tag, a spell-check mark) or across paragraphs;
* names that the view model does not have: every ``{{ a.b.c }}`` is checked
  against the fields of :class:`~skpdoc.render.viewmodel.Form` (of
  :class:`~skpdoc.render.matriks.MatriksForm` for ``matriks-peran-hasil.docx``, of
  :class:`~skpdoc.render.rekap.RekapForm` for ``rekap-predikat.docx``), following
  loop variables into the element types of the lists they iterate.
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import re
import typing
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes

from skpdoc.errors import UsageError
from skpdoc.hints import Phrase
from skpdoc.messages import labels
from skpdoc.render import engine, matriks, rekap, sandbox, unsupported, wordxml
from skpdoc.render.pipeline import WORKSPACE_TEMPLATES, TemplateSet, unusable_reason
from skpdoc.render.viewmodel import Form
from skpdoc.resources import data_dir

_TAG = re.compile(r"{{.*?}}|{%.*?%}|{#.*?#}", re.DOTALL)
_OPEN = re.compile(r"{[{%#]")
_CLOSE = re.compile(r"[}%#]}")
_RUN_TEXTS = re.compile(r"<w:r[ >].*?</w:r>", re.DOTALL)
#: Names Jinja provides itself inside templates.
_JINJA_NAMES = frozenset({"loop", "range", "dict", "lipsum", "cycler", "joiner", "namespace", "true", "false", "none"})


@dataclass(frozen=True)
class Finding:
    template: str
    part: str
    # T001 syntax, T002 split tag, T003 unknown name, T004 unknown field, T005 tag across paragraphs,
    # T006 past a size limit or unreadable, T007 not UTF-8, T008 include/import/extends, T009 sure to exceed a limit,
    # T011 a workspace template whose name no form uses, T012 a docxtpl tag skpdoc does not support
    code: str
    message: str  # a Phrase of the catalogue (or another text with render(lang)), worded when printed
    where: str
    severity: str = "error"
    builtin: bool = False  # one of skpdoc's own templates, named "[bawaan] <name>" (not the user's copy)

    def text(self, lang: str = "id") -> str:
        """The message in ``lang``."""
        render = getattr(self.message, "render", None)
        return str(render(lang)) if render is not None else self.message

    def format(self, lang: str = "id") -> str:
        """``template (part): CODE message`` and where, in ``lang``."""
        label = "" if self.severity == "error" else labels.label("problem.warning", lang) + " "
        template = f"{labels.label('templates.builtin', lang)} {self.template}" if self.builtin else self.template
        head = f"{template} ({self.part}): {label}{self.code} {self.text(lang)}"
        if not self.where:  # a whole-file finding has no place
            return head
        return f"{head}\n    {labels.label('templates.at', lang)}: “{self.where}”"


def check(target: Path) -> tuple[int, list[Finding]]:
    """``skpdoc templates check TARGET``: how many templates were looked at, and the findings.

    ``target`` is a folder (its ``*.docx``) or one file given explicitly, which
    is checked whatever it is called, or refused with its reason. A workspace's
    own ``templates/`` is held to what a build holds it to: no link out of the
    workspace (``--templates`` folders may be anywhere).
    """
    if not os.path.lexists(target):
        raise UsageError(code="F002", subject=str(target))
    if os.path.isdir(target) and target.suffix.lower() != ".docx":  # a folder named x.docx is refused below
        entries, folder = templates_in(target), target
    else:
        entries, folder = [target], target.parent
    root = _workspace_of(folder)
    findings: list[Finding] = []
    for path in entries:
        if path.suffix.lower() != ".docx":
            findings.append(Finding(path.name, "-", "T006", Phrase("T006.not-docx"), ""))
            continue
        findings += check_template(path, root)
    return len(entries), findings


def check_workspace(root: Path) -> tuple[int, list[Finding]]:
    """What a build of the workspace at ``root`` would use, checked: its ``templates/`` first, then the built-ins.

    Each name is checked once, in the file a build would open
    (:class:`~skpdoc.render.pipeline.TemplateSet`): an override instead of
    the built-in it replaces, the built-in for every name not overridden.
    Findings name the file, so an error in ``templates/skp-jpt.docx`` is not
    mistaken for one of skpdoc's own. A ``.docx`` in ``templates/`` whose
    name no form uses replaces nothing (a typo in the name): one warning.
    """
    from skpdoc.workspace import templates_folder

    builtin = data_dir("templates/docx")
    own = templates_folder(root)  # a templates/ linking out of the workspace is not used by a build either
    templates = TemplateSet([own, builtin], {own: root}) if own is not None else TemplateSet([builtin])
    known = [p.name for p in templates_in(builtin)]
    names = sorted({p.name for folder in templates.folders for p in templates_in(folder)})
    findings: list[Finding] = []
    for name in names:
        folder = next(f for f in templates.folders if os.path.lexists(f / name))
        shown = _shown(folder / name) if folder != builtin else name
        found = check_template(folder / name, templates.confined.get(folder))
        findings += [dataclasses.replace(f, template=shown, builtin=folder == builtin) for f in found]
        if folder != builtin and name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            then = Phrase("T011.close", name=close[0]) if close else Phrase("T011.list")
            findings.append(Finding(shown, "-", "T011", Phrase("T011", then=then), "", severity="warning"))
    return len(names), findings


def _shown(path: Path) -> str:
    """``path`` relative to the current folder when it is below it (as the user would type it)."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _workspace_of(folder: Path) -> Path | None:
    """The workspace whose own templates folder ``folder`` is, or None."""
    real = Path(os.path.realpath(folder))
    if real.name == WORKSPACE_TEMPLATES and os.path.lexists(real.parent / "skpdoc.yaml"):
        return real.parent
    return None


def check_folder(folder: Path, root: Path | None = None) -> list[Finding]:
    """Every finding in every .docx of ``folder`` (see :func:`check_template` for ``root``)."""
    findings: list[Finding] = []
    for path in templates_in(folder):
        findings += check_template(path, root)
    return findings


def templates_in(folder: Path) -> list[Path]:
    """The entries of ``folder`` named ``*.docx``, whatever they are (each is examined before it is opened)."""
    return sorted(folder.glob("*.docx"))


def check_template(path: Path, root: Path | None = None) -> list[Finding]:
    """The findings in the template at ``path``.

    It is examined before anything opens it, as a build does
    (:meth:`skpdoc.render.pipeline.TemplateSet.path`): an entry that is not a
    regular file (a FIFO would block, ``/dev/zero`` never ends), a file past
    the engine's size limit, or a link out of ``root`` (the workspace, for its
    own ``templates/``) is one T006 finding and is never read.
    """
    reason = unusable_reason(path, root)
    if reason is not None:
        return [Finding(path.name, "-", "T006", reason, "")]
    findings: list[Finding] = []
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        return [Finding(path.name, "-", "T001", Phrase("T001.docx", detail=str(exc)), "")]
    archive.close()
    try:  # the same limits as rendering: a zip bomb is reported, not unpacked
        archive = engine.open_template(path)
        with archive:
            members = [(info.filename, engine.read_member(archive, info, path.name)) for info in archive.infolist()]
    except engine.RenderError as exc:
        return [Finding(path.name, "-", "T006", exc.problem, "")]
    tags = chars = 0
    for name, data in members:
        if engine._TEMPLATED.match(name):
            try:
                xml = engine.decode_part(path.name, name, data)
            except engine.RenderError as exc:
                findings.append(Finding(path.name, name, "T007", exc.problem, ""))
                continue
            where = engine.unclosed_tag(xml)
            if where is not None:
                findings.append(Finding(path.name, name, "T001", Phrase("T001.unclosed"), where))
                continue
            for tag, place in unsupported.xml_tags(xml):
                findings.append(Finding(path.name, name, "T012", Phrase("T012", tag=tag), place))
            load = engine.tag_load(engine.patch(xml))
            tags, chars = tags + load[0], chars + load[1]
            if tags > engine.MAX_TAGS or chars > engine.MAX_TAG_CHARS:  # parsing more would cost what it refuses
                return [*findings, Finding(path.name, name, "T006", engine.too_many_tags(tags, chars), "")]
            findings += _check_part(path.name, name, xml)
    return findings


def _check_part(template: str, part: str, xml: str) -> list[Finding]:
    found = list(_split_tags(template, part, xml))
    source = engine.patch(xml)
    env = engine.environment()
    try:
        tree = env.parse(source)
    except jinja2.TemplateSyntaxError as exc:
        syntax = Phrase("T001", detail=exc.message or "")
        return [*found, Finding(template, part, "T001", syntax, _where(source, exc.lineno))]
    except RecursionError:
        return [*found, Finding(template, part, "T001", Phrase("T001.nested"), "")]
    checker = _NameChecker(template, part, source)
    for code, problems in (("T008", sandbox.forbidden(tree)), ("T009", sandbox.abuse(tree))):
        for message, line in problems:
            finding = Finding(template, part, code, message, _where(source, line))
            if finding not in checker.findings:
                checker.findings.append(finding)
    checker.visit_all(tree.body, _root_scope(template))
    return found + checker.findings


def _split_tags(template: str, part: str, xml: str) -> Iterator[Finding]:
    for paragraph in engine._PARAGRAPH.findall(xml):
        text = wordxml.paragraph_text(paragraph)
        if len(_OPEN.findall(text)) != len(_CLOSE.findall(text)):
            yield Finding(template, part, "T005", Phrase("T005"), text[:120])
            continue
        runs = ["".join(engine._TEXT.findall(run)) for run in _RUN_TEXTS.findall(paragraph)]
        if len(runs) < 2:
            continue
        bounds, position = [], 0
        for run in runs:
            bounds.append((position, position + len(run)))
            position += len(run)
        joined = "".join(runs)
        for tag in _TAG.finditer(joined):
            if not any(start <= tag.start() and tag.end() <= end for start, end in bounds):
                yield Finding(
                    template,
                    part,
                    "T002",
                    Phrase("T002", tag=repr(tag.group(0))),
                    text[:120],
                    severity="warning",
                )


def _where(source: str, line: int | None) -> str:
    return engine._text_at(source, line)


# --- names against the view model -------------------------------------------------

Scope = dict[str, Any]


def _root_scope(template: str) -> Scope:
    # The OPD documents (Matriks Peran dan Hasil, Rekap) have their own contexts; every other form shares Form.
    context = {matriks.TEMPLATE: matriks.MatriksForm, rekap.TEMPLATE: rekap.RekapForm}.get(template, Form)
    return dict(typing.get_type_hints(context))


def _element(kind: Any) -> Any:
    """The type of the items of a ``tuple[X, ...]`` / ``list[X]``; Any otherwise."""
    args = typing.get_args(kind)
    if typing.get_origin(kind) in (tuple, list) and args:
        return args[0]
    return Any


class _NameChecker:
    def __init__(self, template: str, part: str, source: str) -> None:
        self.template, self.part, self.source = template, part, source
        self.findings: list[Finding] = []

    def report(self, code: str, message: Phrase, node: nodes.Node) -> None:
        finding = Finding(self.template, self.part, code, message, _where(self.source, node.lineno))
        if finding not in self.findings:
            self.findings.append(finding)

    def visit_all(self, body: list[nodes.Node], scope: Scope) -> None:
        for node in body:
            self.visit(node, scope)

    def visit(self, node: nodes.Node, scope: Scope) -> Any:
        if isinstance(node, nodes.For):
            items = self.visit(node.iter, scope)
            inner = {**scope, "loop": Any}
            self.bind(node.target, _element(items), inner)
            if node.test is not None:
                self.visit(node.test, inner)
            self.visit_all(node.body, inner)
            self.visit_all(node.else_, scope)
            return Any
        if isinstance(node, nodes.Assign):
            self.visit(node.node, scope)
            self.bind(node.target, Any, scope)
            return Any
        if isinstance(node, (nodes.Macro, nodes.CallBlock)):
            inner = {**scope, **{arg.name: Any for arg in getattr(node, "args", [])}, "caller": Any}
            self.visit_all(node.body, inner)
            return Any
        if isinstance(node, nodes.Name):
            if node.ctx == "load" and node.name not in scope and node.name not in _JINJA_NAMES:
                self.report("T003", Phrase("T003", name=node.name), node)
                return Any
            return scope.get(node.name, Any)
        if isinstance(node, nodes.Getattr):
            owner = self.visit(node.node, scope)
            return self.attribute(owner, node.attr, node)
        for child in node.iter_child_nodes():
            self.visit(child, scope)
        return Any

    def bind(self, target: nodes.Node, kind: Any, scope: Scope) -> None:
        if isinstance(target, nodes.Name):
            scope[target.name] = kind
        elif isinstance(target, nodes.Tuple):
            for item in target.items:
                self.bind(item, Any, scope)

    def attribute(self, owner: Any, attr: str, node: nodes.Node) -> Any:
        if not (isinstance(owner, type) and dataclasses.is_dataclass(owner)):
            return Any  # str methods, loop.index, items of unknown shape
        hints = typing.get_type_hints(owner)
        if attr not in hints:
            close = difflib.get_close_matches(attr, list(hints), n=1)
            extra = Phrase("T004.close", name=close[0]) if close else ""
            self.report("T004", Phrase("T004", owner=owner.__name__, attr=attr, suggestion=extra), node)
            return Any
        return hints[attr]
