"""Each file in tests/corpus/ is a broken variant of the staff spec; its second line says
which problems (CODE@LINE) validation must report, and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import STAFF_NIP
from skpdoc import validate

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.yaml"))


def expected(case: Path) -> list[str]:
    line = case.read_text(encoding="utf-8", errors="replace").splitlines()[1]
    assert line.startswith("# expect: "), f"{case.name}: second line must be '# expect: CODE@LINE ...'"
    return sorted(line.removeprefix("# expect: ").split())


@pytest.mark.parametrize("case", CORPUS, ids=[c.stem for c in CORPUS])
def test_corpus_case(ws: Path, case: Path) -> None:
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").write_bytes(case.read_bytes())
    report = validate([ws])
    assert sorted(f"{p.code}@{p.line}" for p in report.problems) == expected(case)
    assert not report.ok()


def test_corpus_is_not_empty() -> None:
    assert len(CORPUS) >= 30
