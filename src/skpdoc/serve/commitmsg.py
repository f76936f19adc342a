"""The commit message of a save from the browser, written from the semantic diff of the file.

``SKP 198703122010011004: target rhk-1.1: 12 Layanan → 14 Layanan (+2 perubahan lain)``: the first change
in the subject, the others counted; the body lists every change in the words of ``skpdoc diff``
(:func:`skpdoc.diff.describe.describe`) and names the account that saved it. The subject keeps what a
reader of ``git log --oneline`` needs: the detail in parentheses (an indicator's IKI) and long texts on
both sides are left to the body. Spec text is made visible (:func:`skpdoc.textsafe.visible`), so a
control character in an RHK cannot reach a terminal showing ``git log``.
"""

from __future__ import annotations

import re

from skpdoc.diff import DiffResult
from skpdoc.diff.describe import Line, describe, sentence, word
from skpdoc.diff.model import Change
from skpdoc.messages.labels import label
from skpdoc.textsafe import visible

#: A subject longer than this is cut (git's tools show about this much on one line).
SUBJECT_WIDTH = 100
#: Old and new values longer than this together are not repeated in the subject ("RHK rhk-1 diubah").
VALUES_WIDTH = 48
_DETAIL = re.compile(r" \([^()]*\)$")


def _one_line(text: str) -> str:
    return " ".join(visible(text).split())


def lines(result: DiffResult, lang: str) -> list[str]:
    """Each change of ``result`` as one line, as ``skpdoc diff`` words it."""
    return [_one_line(sentence(describe(c, lang), c.kind, lang)) for c in result.changes]


def headline(change: Change, lang: str) -> str:
    """One change as the subject says it: without the detail in parentheses, and without two long texts."""
    line = describe(change, lang)
    subject = _DETAIL.sub("", line.subject)
    if change.kind == "changed" and len(line.old or "") + len(line.new or "") > VALUES_WIDTH:
        return _one_line(f"{subject} {word('changed', lang)}")
    return _one_line(sentence(Line(subject, line.old, line.new), change.kind, lang))


def message(nip: str, result: DiffResult, lang: str, user: str) -> str:
    """The whole commit message: the subject, a blank line, every change, who saved it."""
    changes = lines(result, lang)
    first = headline(result.changes[0], lang) if result.changes else label("serve.edit.commit.tanpa_perubahan", lang)
    more = label("serve.edit.commit.lain", lang, n=len(changes) - 1) if len(changes) > 1 else ""
    head = f"SKP {nip}: "
    room = SUBJECT_WIDTH - len(head) - len(more) - (1 if more else 0)
    if len(first) > room:
        first = first[: max(room - 1, 10)].rstrip() + "…"
    subject = f"{head}{first}" + (f" {more}" if more else "")
    body = [f"- {line}" for line in changes]
    body += ["", label("serve.edit.commit.oleh", lang, user=user)]
    return "\n".join([subject, "", *body]) + "\n"
