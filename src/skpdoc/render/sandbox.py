"""The Jinja environment templates run in, and the in-process limits on what one expression may build.

Templates are untrusted (a workspace's ``templates/`` folder replaces built-in
ones). Jinja's immutable sandbox already keeps them away from Python
internals and caps ``range`` at ``MAX_RANGE``; it does not bound how large a
value an expression builds. This module adds cheap checks *before* the work is
done, for the operations that build large values from small input:

* ``*``, ``**``, ``%`` and ``+`` (``'x' * 10**9``, ``9**(9**9)``,
  ``'%999999999d' % 1``, a string doubled in a loop);
* the str methods and filters that take a width or a count (``center``,
  ``ljust``, ``indent``, ``batch``, ``replace``, ``format``...), and ``lipsum``;
* nothing is evaluated at compile time: Jinja folds constant expressions while
  compiling (``{{ 'x'|center(10**9) }}`` would run in the compiling process,
  with no limit), so the code generator here never folds anything but text.

These are a first line only: a template can still loop for hours with small
output. What really bounds a user template is :mod:`skpdoc.render.isolate`,
which renders it in a worker process with a memory limit and a deadline.
:func:`forbidden` and :func:`abuse` are the static checks shared by the
engine (at compile time) and ``skpdoc templates check``. Every problem here is
a phrase of the catalogue (:class:`~skpdoc.hints.Phrase`, T024 and T045 to T052),
worded in the reader's language when printed; an exception raised with one
carries it as its only argument (``engine.said(exc)``).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterator
from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.sandbox import MAX_RANGE, ImmutableSandboxedEnvironment

from skpdoc.hints import Phrase

#: The most characters or items one operation may produce (a whole form's XML is about 100 KB).
MAX_VALUE = 1 << 20
#: The most bits an integer may have after ``*`` or ``**`` (about 20,000 decimal digits).
MAX_INT_BITS = 1 << 16
#: The most iterations nested loops over literal ranges may make, for ``templates check`` (a form makes hundreds).
MAX_LOOPS = 10**7
#: The most paragraphs ``lipsum`` may make.
MAX_LIPSUM = 100

_BINOPS: dict[str, Callable[[Any, Any], Any]] = {
    "*": operator.mul,
    "**": operator.pow,
    "%": operator.mod,
    "+": operator.add,
}
#: ``%d``, ``%-12s``, ``%*d``, ``%.5f``: the width and precision of printf-style conversions.
_PRINTF = re.compile(r"%(?:\([^)]*\))?[#0 +\-]*(\*|\d+)?(?:\.(\*|\d+))?")
#: ``{:>20}``, ``{0:.3f}``: the spec of str.format fields; ``{:{w}}`` takes its width from an argument.
_FORMAT_SPEC = re.compile(r"{[^{}]*:([^{}]*)}")
_NESTED_SPEC = re.compile(r"{[^{}]*:[^{}]*{")


class TooLarge(SecurityError):
    """An operation would build a value past the limits above."""


class Deadline(Exception):
    """Raised inside a rendering template when its time is up (by the worker's timer)."""


def _sized(value: Any) -> bool:
    return isinstance(value, (str, list, tuple))


def _check_size(size: int, what: str) -> None:
    """``what``: a T047 operation, or the name of a filter or method."""
    if size > MAX_VALUE:
        raise TooLarge(Phrase("T045", what=what, size=f"{size:,}", limit=f"{MAX_VALUE:,}"))


def _check_bits(bits: int, what: str) -> None:
    if bits > MAX_INT_BITS:
        raise TooLarge(Phrase("T046", what=what, bits=f"{bits:,}", limit=f"{MAX_INT_BITS:,}"))


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_format(fmt: str, pattern: re.Pattern[str], args: tuple[Any, ...]) -> None:
    """Refuse a format whose widths or precisions (literal or ``*``) exceed :data:`MAX_VALUE`."""
    for match in pattern.finditer(fmt):
        spec = "".join(g or "" for g in match.groups())
        for number in re.findall(r"\d+", spec):
            if len(number) > 7 or int(number) > MAX_VALUE:
                raise TooLarge(_too_wide(number))
        if "*" in spec:
            _check_width_args(args)
    if pattern is _FORMAT_SPEC and _NESTED_SPEC.search(fmt):
        _check_width_args(args)


def _check_width_args(args: tuple[Any, ...]) -> None:
    for arg in args:
        if _is_int(arg) and abs(arg) > MAX_VALUE:
            raise TooLarge(_too_wide(str(arg)))


def _too_wide(width: str) -> Phrase:
    return Phrase("T048", width=width, limit=f"{MAX_VALUE:,}")


def check_binop(op: str, left: Any, right: Any) -> None:
    """Raise :class:`TooLarge` if ``left op right`` would be too large; otherwise do nothing."""
    if op == "**" and _is_int(left) and _is_int(right) and right > 0 and abs(left) > 1:
        _check_bits(right * abs(left).bit_length(), Phrase("T047.power"))
    elif op == "*":
        if _is_int(left) and _is_int(right):
            _check_bits(left.bit_length() + right.bit_length(), Phrase("T047.product"))
        elif _sized(left) and _is_int(right):
            _check_size(len(left) * right, Phrase("T047.repeat"))
        elif _is_int(left) and _sized(right):
            _check_size(left * len(right), Phrase("T047.repeat"))
    elif op == "+" and _sized(left) and _sized(right):
        _check_size(len(left) + len(right), Phrase("T047.join"))
    elif op == "%" and isinstance(left, str):
        _check_format(left, _PRINTF, right if isinstance(right, tuple) else (right,))


def _width_arg(position: int, keyword: str) -> Callable[[tuple[Any, ...], dict[str, Any]], Any]:
    def pick(args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        return args[position] if len(args) > position else kwargs.get(keyword)

    return pick


#: str methods and filters whose output grows with an argument: where that argument is.
_WIDTH_METHODS = {
    "center": _width_arg(0, "width"),
    "ljust": _width_arg(0, "width"),
    "rjust": _width_arg(0, "width"),
    "zfill": _width_arg(0, "width"),
    "expandtabs": _width_arg(0, "tabsize"),
}
_WIDTH_FILTERS = {
    "center": _width_arg(0, "width"),
    "indent": _width_arg(0, "width"),
    "wordwrap": _width_arg(0, "width"),
    "truncate": _width_arg(0, "length"),
    "batch": _width_arg(0, "linecount"),
    "slice": _width_arg(0, "slices"),
}


def _check_width(name: str, value: Any, width: Any) -> None:
    if _is_int(width):
        # indent and expandtabs add the width once per line / per tab
        mark = {"indent": "\n", "expandtabs": "\t"}.get(name)
        grows = value.count(mark) + 1 if mark and isinstance(value, str) else 1
        _check_size(abs(width) * grows, name)


def _check_replace(value: Any, args: tuple[Any, ...]) -> None:
    if isinstance(value, str) and len(args) >= 2 and isinstance(args[0], str) and isinstance(args[1], str):
        count = len(value) + 1 if not args[0] else value.count(args[0])
        _check_size(len(value) + count * max(0, len(args[1]) - len(args[0])), "replace")


def _guard_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """``func`` (a built-in filter) checking its width/count argument first."""

    skip = 1 if hasattr(func, "jinja_pass_arg") else 0  # filters marked pass_eval_context etc. take that first

    def guarded(*given: Any, **kwargs: Any) -> Any:
        value, args = given[skip], given[skip + 1 :]
        if name in _WIDTH_FILTERS:
            _check_width(name, value, _WIDTH_FILTERS[name](args, kwargs))
        elif name == "replace":
            _check_replace(str(value), args)
        elif name == "format" and isinstance(value, str):
            _check_format(value, _PRINTF, args)
        return func(*given, **kwargs)

    # Keep the filter's pass_* marks (e.g. pass_eval_context for replace/indent), which Jinja reads from the function.
    guarded.__dict__.update(func.__dict__)
    return guarded


def _lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:  # Jinja's parameter names
    from jinja2.utils import generate_lorem_ipsum

    for count in (n, min, max):
        if not _is_int(count) or count > MAX_LIPSUM:
            raise TooLarge(Phrase("T049", limit=MAX_LIPSUM, count=str(count)))
    return generate_lorem_ipsum(n, html, min, max)


class _TextOnlyFolding(CodeGenerator):
    """Fold template text only, never an expression: compiling must not run the template's code."""

    def _output_child_to_const(self, node: nodes.Expr, frame: Frame, finalize: Any) -> str:
        if not isinstance(node, nodes.TemplateData):
            raise nodes.Impossible()
        return super()._output_child_to_const(node, frame, finalize)


class LimitedSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with the size checks above."""

    intercepted_binops = frozenset(_BINOPS)
    code_generator_class = _TextOnlyFolding

    def __init__(self, **options: Any) -> None:
        super().__init__(optimized=False, **options)  # the optimizer folds constants too
        for name in [*_WIDTH_FILTERS, "replace", "format"]:
            self.filters[name] = _guard_filter(name, self.filters[name])
        self.globals["lipsum"] = _lipsum

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        check_binop(operator, left, right)
        return _BINOPS[operator](left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # Jinja's signature
        # str.format comes wrapped by the sandbox (functools.wraps keeps the bound method as __wrapped__)
        owner = getattr(getattr(__obj, "__wrapped__", __obj), "__self__", None)
        name = getattr(__obj, "__name__", "")
        if isinstance(owner, str):
            if name in _WIDTH_METHODS:
                _check_width(name, owner, _WIDTH_METHODS[name](args, kwargs))
            elif name == "replace":
                _check_replace(owner, args)
            elif name in ("format", "format_map"):
                _check_format(owner, _FORMAT_SPEC, (*args, *kwargs.values()))
        return super().call(__context, __obj, *args, **kwargs)


# --- static checks, shared by the engine and ``templates check`` -------------------------

_FORBIDDEN: dict[type[nodes.Node], str] = {
    nodes.Include: "{% include %}",
    nodes.Import: "{% import %}",
    nodes.FromImport: "{% from ... import %}",
    nodes.Extends: "{% extends %}",
}


def forbidden(tree: nodes.Template) -> Iterator[tuple[Phrase, int]]:
    """``(problem, line)`` of each tag that loads another template: a template is one self-contained .docx."""
    for node in tree.find_all(tuple(_FORBIDDEN)):
        yield Phrase("T024", tag=_FORBIDDEN[type(node)]), node.lineno


_CONST_OPS: dict[type[nodes.Node], str] = {nodes.Mul: "*", nodes.Pow: "**", nodes.Add: "+", nodes.Mod: "%"}


def _constant(node: nodes.Node) -> Any:
    """The value of a constant expression, computed only within the limits (:class:`TooLarge` past them)."""
    if isinstance(node, nodes.Const):
        return node.value
    if isinstance(node, nodes.Neg):
        value = _constant(node.node)
        return -value if _is_int(value) else None
    op = _CONST_OPS.get(type(node))
    if op is not None and isinstance(node, nodes.BinExpr):
        left, right = _constant(node.left), _constant(node.right)
        if left is None or right is None:
            return None
        check_binop(op, left, right)
        try:
            return _BINOPS[op](left, right)
        except (ArithmeticError, TypeError, ValueError):
            return None
    return None


def _range_length(node: nodes.Node) -> int | None:
    """How many items ``range(...)`` with literal bounds has (None if not that, or not computable)."""
    if not (isinstance(node, nodes.Call) and isinstance(node.node, nodes.Name) and node.node.name == "range"):
        return None
    bounds = [_constant(arg) for arg in node.args]
    if not bounds or not all(_is_int(b) for b in bounds):
        return None
    return len(range(*bounds))


def _nested_loops(node: nodes.Node, outer: int) -> Iterator[tuple[Phrase, int]]:
    for child in node.iter_child_nodes():
        if isinstance(child, nodes.For):
            try:
                total = outer * (_range_length(child.iter) or 1)
            except (TooLarge, OverflowError, ValueError):
                continue  # reported by abuse() itself
            if total > MAX_LOOPS:
                yield Phrase("T050", total=f"{total:,}", limit=f"{MAX_LOOPS:,}"), child.lineno
                continue
            yield from _nested_loops(child, total)
        else:
            yield from _nested_loops(child, outer)


def abuse(tree: nodes.Template) -> Iterator[tuple[Phrase, int]]:
    """``(message, line)`` of what is sure to exceed a limit from the literals alone: ``range(10**9)``,
    ``9**(9**9)``, ``'x' * 10**9``, ``'x'|center(10**9)``, loops over literal ranges nested past
    :data:`MAX_LOOPS`. Anything computed from the data is found only by rendering (in the worker)."""
    yield from _nested_loops(tree, 1)
    for node in tree.find_all((nodes.BinExpr, nodes.Call, nodes.Filter)):
        try:
            if isinstance(node, nodes.BinExpr):
                _constant(node)
            elif (length := _range_length(node)) is not None and length > MAX_RANGE:
                yield Phrase("T051", limit=f"{MAX_RANGE:,}"), node.lineno
            elif isinstance(node, nodes.Filter) and node.name in _WIDTH_FILTERS and node.args:
                _check_width(node.name, "", _constant(node.args[0]))
        except TooLarge as exc:
            yield exc.args[0], node.lineno  # the Phrase it was raised with
        except (OverflowError, ValueError):  # len(range(...)) past sys.maxsize, a step of 0
            yield Phrase("T052", limit=f"{MAX_RANGE:,}"), node.lineno
