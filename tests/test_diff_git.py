"""`skpdoc diff --rev` on real git repositories, and the textconv and difftool recipes of the README.

Each scenario commits one kind of change and checks the whole output in the three formats.
"""

from __future__ import annotations

import json
import shlex
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import DIFF_OPD, HEAD_NIP, KABID_NIP, STAFF_2, STAFF_NIP, base_files, build_tree, git, pin_git
from skpdoc import spec
from skpdoc.cli import main

STAFF_FILE = f"diskominfo/{STAFF_NIP}.yaml"
NEW_NIP = "199505172020122003"
NEW = f"""\
pegawai:
  nama: Siti Aminah, A.Md.
  nip: "{NEW_NIP}"
  pangkat: Pengatur
  golongan: II/c
  jabatan: Pengelola Layanan Operasional
  jenis_jabatan: pelaksana
  unit: egov
pejabat_penilai: "{KABID_NIP}"
pendekatan: kuantitatif
hasil_kerja:
  utama:
    - id: rhk-1
      intervensi: "{KABID_NIP}#rhk-1"
      rhk: Terlayaninya permintaan layanan
      indikator:
        - id: rhk-1.1
          aspek: kuantitas
          iki: Jumlah permintaan yang dilayani
          target: 120
          satuan: Permintaan
"""


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workspace in a git repository with one commit; git runs with a pinned author and no user config."""
    pin_git(monkeypatch)
    monkeypatch.setenv("NO_COLOR", "1")
    root = build_tree(tmp_path / "repo", {**base_files(), "diskominfo/opd.yaml": DIFF_OPD, STAFF_FILE: STAFF_2})
    git(root, "init", "-q", "-b", "main")
    commit(root, "SKP 2024")
    monkeypatch.chdir(root)
    return root


def commit(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


def edit(repo: Path, rel: str, old: str, new: str) -> None:
    path = repo / rel
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["diff", *args])
    out, err = capsys.readouterr()
    return code, out, err


def three_formats(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[str, str, dict[str, Any]]:
    """Text, Markdown and JSON of one diff; each exits 1 (changes found)."""
    outputs = []
    for fmt in ("text", "markdown", "json"):
        code, out, _ = run(capsys, *args, "--format", fmt)
        assert code == 1, fmt
        outputs.append(out)
    return outputs[0], outputs[1], json.loads(outputs[2])


def envelope(repo: Path, changes: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "version": 1,
        "old": {"label": "HEAD~1", "commit": git(repo, "rev-parse", "HEAD~1").strip()},
        "new": {"label": "HEAD", "commit": git(repo, "rev-parse", "HEAD").strip()},
        "changes": changes,
    }


STAFF_ENTRY = {"entity": "pegawai", "nip": STAFF_NIP, "nama": "Rina Marlina, S.Kom.", "opd": "diskominfo"}


def test_a_changed_target(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(repo, STAFF_FILE, "target: 12\n", "target: 10\n")
    commit(repo, "target layanan 10")
    text, markdown, data = three_formats(capsys, "--rev", "HEAD~1..HEAD")
    assert text == (
        f"Rina Marlina, S.Kom. · NIP {STAFF_NIP} · {STAFF_FILE}\n"
        "  ~ target rhk-1.1 (Jumlah layanan terintegrasi): 12 Layanan → 10 Layanan\n"
    )
    assert markdown == (
        "## Perubahan SKP\n\n"
        "`HEAD~1` → `HEAD` · 1 perubahan: 1 pegawai\n\n"
        f"### Rina Marlina, S.Kom. · NIP {STAFF_NIP}\n\n"
        f"`{STAFF_FILE}`\n\n"
        "| Jenis | Bagian | Lama | Baru |\n"
        "|---|---|---|---|\n"
        "| diubah | target rhk-1.1 (Jumlah layanan terintegrasi) | 12 Layanan | 10 Layanan |\n"
    )
    assert data == envelope(
        repo,
        [
            {
                **STAFF_ENTRY,
                "file": STAFF_FILE,
                "old_file": STAFF_FILE,
                "path": "hasil_kerja.utama[id=rhk-1].indikator[id=rhk-1.1].target",
                "line": 21,
                "old_line": 21,
                "kind": "changed",
                "what": "target",
                "old": {"target": 12, "satuan": "Layanan"},
                "new": {"target": 10, "satuan": "Layanan"},
                "text": "target rhk-1.1 (Jumlah layanan terintegrasi): 12 Layanan → 10 Layanan",
            }
        ],
    )
    assert (repo / STAFF_FILE).read_text().splitlines()[20].strip() == "target: 10"


def test_reordered_rhks_are_one_move(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (repo / STAFF_FILE).read_text()
    first = text[text.index("    - id: rhk-1\n") : text.index("    - id: rhk-2\n")]
    (repo / STAFF_FILE).write_text(text.replace(first, "").replace("evaluasi:\n", first + "evaluasi:\n"))
    commit(repo, "urutan RHK")
    text, markdown, data = three_formats(capsys, "--rev", "HEAD~1..HEAD")
    assert text == (
        f"Rina Marlina, S.Kom. · NIP {STAFF_NIP} · {STAFF_FILE}\n  > RHK rhk-1 dipindah: utama #1 → utama #2\n"
    )
    assert markdown.endswith("| dipindah | RHK rhk-1 | utama #1 | utama #2 |\n")
    assert "`HEAD~1` → `HEAD` · 1 perubahan: 1 pegawai" in markdown
    assert data == envelope(
        repo,
        [
            {
                **STAFF_ENTRY,
                "file": STAFF_FILE,
                "old_file": STAFF_FILE,
                "path": "hasil_kerja.utama[id=rhk-1]",
                "line": 23,
                "old_line": 14,
                "kind": "moved",
                "what": "rhk",
                "old": "hasil_kerja.utama[0]",
                "new": "hasil_kerja.utama[1]",
                "text": "RHK rhk-1 dipindah: utama #1 → utama #2",
            }
        ],
    )


def test_a_renamed_file_is_the_same_employee(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    git(repo, "mv", STAFF_FILE, "diskominfo/rina.yaml")
    commit(repo, "ganti nama berkas")
    text, markdown, data = three_formats(capsys, "--rev", "HEAD~1..HEAD")
    assert text == (
        f"Rina Marlina, S.Kom. · NIP {STAFF_NIP} · diskominfo/rina.yaml\n"
        f"  > berkas dipindah: {STAFF_FILE} → diskominfo/rina.yaml\n"
    )
    assert markdown.endswith(f"| dipindah | berkas | {STAFF_FILE} | diskominfo/rina.yaml |\n")
    assert data == envelope(
        repo,
        [
            {
                **STAFF_ENTRY,
                "file": "diskominfo/rina.yaml",
                "old_file": STAFF_FILE,
                "path": "",
                "line": None,
                "old_line": None,
                "kind": "moved",
                "what": "berkas",
                "old": STAFF_FILE,
                "new": "diskominfo/rina.yaml",
                "text": f"berkas dipindah: {STAFF_FILE} → diskominfo/rina.yaml",
            }
        ],
    )


def test_comments_key_order_and_quoting_are_not_changes(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(repo, STAFF_FILE, "pendekatan: kuantitatif\n", "pendekatan: 'kuantitatif'   # sesuai SE 3/2023\n")
    edit(
        repo,
        STAFF_FILE,
        "          target: 12\n          satuan: Layanan\n",
        '          satuan: "Layanan"\n          target: 12.0\n',
    )
    edit(repo, "diskominfo/opd.yaml", "nama: Dinas", "# OPD contoh\nnama:   Dinas")
    commit(repo, "rapikan")
    assert git(repo, "diff", "--stat", "HEAD~1", "HEAD").strip()  # the files did change
    for fmt in ("text", "markdown", "json"):
        code, out, err = run(capsys, "--rev", "HEAD~1..HEAD", "--format", fmt)
        assert code == 0 and err == "tidak ada perubahan\n"
        if fmt == "text":
            assert out == ""
        elif fmt == "markdown":
            assert out == "## Perubahan SKP\n\n`HEAD~1` → `HEAD` · tidak ada perubahan\n"
        else:
            assert json.loads(out) == envelope(repo, [])


def test_an_added_employee(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build_tree(repo, {f"diskominfo/{NEW_NIP}.yaml": NEW})
    commit(repo, "pegawai baru")
    text, markdown, data = three_formats(capsys, "--rev", "HEAD~1..HEAD")
    assert text == (
        f"Siti Aminah, A.Md. · NIP {NEW_NIP} · diskominfo/{NEW_NIP}.yaml\n"
        f"  + pegawai: Siti Aminah, A.Md. ({NEW_NIP}), Pengelola Layanan Operasional; "
        "pejabat penilai: Budi Santoso, S.T., M.T.\n"
        "      RHK utama rhk-1: Terlayaninya permintaan layanan\n"
        "        indikator rhk-1.1 [kuantitas] Jumlah permintaan yang dilayani: 120 Permintaan\n"
    )
    assert markdown.endswith(
        f"| ditambah | pegawai |  | Siti Aminah, A.Md. ({NEW_NIP}), Pengelola Layanan Operasional; pejabat "
        "penilai: Budi Santoso, S.T., M.T.<br>RHK utama rhk-1: Terlayaninya permintaan layanan<br>  indikator "
        "rhk-1.1 [kuantitas] Jumlah permintaan yang dilayani: 120 Permintaan |\n"
    )
    [change] = data["changes"]
    assert change["new"]["pegawai"]["nip"] == NEW_NIP and change["new"]["hasil_kerja"]["utama"][0]["id"] == "rhk-1"
    change["new"] = None
    assert data == envelope(
        repo,
        [
            {
                "entity": "pegawai",
                "nip": NEW_NIP,
                "nama": "Siti Aminah, A.Md.",
                "opd": "diskominfo",
                "file": f"diskominfo/{NEW_NIP}.yaml",
                "old_file": None,
                "path": "",
                "line": 1,
                "old_line": None,
                "kind": "added",
                "what": "pegawai",
                "old": None,
                "new": None,
                "text": f"pegawai: Siti Aminah, A.Md. ({NEW_NIP}), Pengelola Layanan Operasional; "
                "pejabat penilai: Budi Santoso, S.T., M.T.",
            }
        ],
    )


def test_working_tree_paths_and_merge_base(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(repo, STAFF_FILE, "target: 12\n", "target: 14\n")
    edit(repo, "diskominfo/opd.yaml", "triwulan-1: baik", "triwulan-1: istimewa")
    code, out, err = run(capsys)  # HEAD against the working tree
    assert code == 1 and err == "2 perubahan: 1 pegawai, 1 OPD\n"
    assert out.endswith(
        "\n\nOPD Dinas Komunikasi dan Informatika · diskominfo/opd.yaml\n  ~ capaian kinerja organisasi Triwulan I: Baik → Istimewa\n"
    )
    assert run(capsys, STAFF_FILE)[1] == run(capsys, "--rev", "HEAD", STAFF_FILE)[1]
    assert "opd.yaml" not in run(capsys, STAFF_FILE)[1]
    git(repo, "checkout", "-q", "-b", "usulan")
    commit(repo, "usulan")
    git(repo, "checkout", "-q", "main")
    edit(repo, f"diskominfo/{KABID_NIP}.yaml", "target: 10\n", "target: 11\n")
    commit(repo, "main berjalan")
    code, out, _ = run(capsys, "--rev", "main...usulan", "-q")
    assert code == 1 and KABID_NIP not in out and "12 Layanan → 14 Layanan" in out  # only the branch's own changes
    assert KABID_NIP in run(capsys, "--rev", "main..usulan")[1]


def test_errors_exit_2_with_located_yaml_problems(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(repo, STAFF_FILE, "  jabatan: Kepala", "  jabatan: [Kepala")
    commit(repo, "rusak")
    assert main(["validate", STAFF_FILE]) == 1
    validated = capsys.readouterr().out.splitlines()[0]
    assert validated.startswith(f"{STAFF_FILE}:6:12: Y001 YAML tidak valid: ")
    code, out, err = run(capsys, "--rev", "HEAD~1..HEAD")
    assert code == 2 and out == ""
    assert err.startswith(f"HEAD:{validated}\n")  # the same problem, in the revision it comes from
    assert err.endswith(
        "skpdoc: 1 berkas bukan YAML yang dapat dibaca\n    perbaiki berkas di atas, lalu bandingkan lagi\n"
    )
    code, _, err = run(capsys, "--rev", "no-such-branch", "--lang", "en")
    assert code == 2 and err == (
        "skpdoc: unknown revision 'no-such-branch'\n    check the branch, tag or commit name (`git log --oneline`)\n"
    )
    outside = tmp_path / "not-a-repo"
    outside.mkdir()
    assert run(capsys, "--rev", "HEAD", str(outside))[0] == 2
    assert main(["diff", "--rev", "HEAD", str(tmp_path / "elsewhere.yaml")]) == 2


def test_textconv_makes_git_diff_and_log_semantic(repo: Path) -> None:
    command = f"{shlex.quote(sys.executable)} -m skpdoc diff --textconv"
    git(repo, "config", "diff.skpdoc.textconv", command)
    (repo / ".gitattributes").write_text("*/[0-9]*.yaml diff=skpdoc\n*/opd.yaml diff=skpdoc\n")
    commit(repo, "gitattributes")
    edit(repo, STAFF_FILE, "pendekatan: kuantitatif\n", "pendekatan: kuantitatif  # komentar\n")
    commit(repo, "komentar")
    assert "@@" not in git(repo, "diff", "HEAD~1", "HEAD")  # nothing to show
    edit(repo, STAFF_FILE, "target: 12\n", "target: 10\n")
    commit(repo, "target")
    changed = [
        line
        for line in git(repo, "log", "-p", "-1").splitlines()
        if line.startswith(("-", "+")) and not line.startswith(("---", "+++"))
    ]
    assert changed == [
        "-hasil_kerja.utama[id=rhk-1].indikator[id=rhk-1.1].target: 12 Layanan",
        "+hasil_kerja.utama[id=rhk-1].indikator[id=rhk-1.1].target: 10 Layanan",
    ]


def test_difftool_recipes(repo: Path) -> None:
    edit(repo, STAFF_FILE, "target: 12\n", "target: 10\n")
    commit(repo, "target")
    command = f'{shlex.quote(sys.executable)} -m skpdoc diff "$LOCAL" "$REMOTE"'
    git(repo, "config", "difftool.skpdoc.cmd", command)
    expected = "  ~ target rhk-1.1 (Jumlah layanan terintegrasi): 12 Layanan → 10 Layanan\n"
    out = git(repo, "difftool", "-y", "-t", "skpdoc", "HEAD~1", "HEAD")
    assert out.endswith(expected)  # two temporary files: paired whatever their names
    out = git(repo, "difftool", "-d", "-t", "skpdoc", "HEAD~1", "HEAD")
    assert out == f"Rina Marlina, S.Kom. · NIP {STAFF_NIP} · {STAFF_FILE}\n" + expected  # two folders


def test_an_edited_predikat_is_a_change(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue #6: editing only ``predikat`` said "tidak ada perubahan" and exited 0."""
    edit(repo, STAFF_FILE, "predikat: baik", "predikat: sangat-baik")
    commit(repo, "predikat")
    text, markdown, data = three_formats(capsys, "--rev", "HEAD~1..HEAD")
    assert text.splitlines()[1:] == ["  ~ Triwulan I predikat: Baik → Sangat Baik (tidak sesuai kuadran: Baik)"]
    assert markdown.endswith("| diubah | Triwulan I predikat | Baik | Sangat Baik (tidak sesuai kuadran: Baik) |\n")
    [change] = data["changes"]
    line = (repo / STAFF_FILE).read_text().splitlines().index("    predikat: sangat-baik") + 1
    assert {k: change[k] for k in ("path", "what", "old", "new", "line", "old_line")} == {
        "path": "evaluasi.triwulan-1.predikat",
        "what": "predikat",
        "old": "baik",
        "new": "sangat-baik",
        "line": line,
        "old_line": line,
    }


def test_a_renamed_rhk_lists_subordinates_outside_the_paths(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue #6: a superior's RHK id changed; the staff's intervensi still names the old id."""
    kabid = f"diskominfo/{KABID_NIP}.yaml"
    edit(repo, kabid, "- id: rhk-1\n", "- id: rhk-aplikasi\n")
    commit(repo, "id RHK kabid")
    code, out, _ = run(capsys, "--rev", "HEAD~1..HEAD", kabid)  # the staff file is outside the PATH
    staff = (repo / STAFF_FILE).read_text().splitlines()
    lines = [n for n, line in enumerate(staff, 1) if f'intervensi: "{KABID_NIP}#rhk-1"' in line]
    assert code == 1 and out == (
        f"Budi Santoso, S.T., M.T. · NIP {KABID_NIP} · {kabid}\n"
        "  ~ RHK id diganti: rhk-1 → rhk-aplikasi\n"
        + "".join(
            f"      RHK bawahan kehilangan rujukan: Rina Marlina, S.Kom. ({STAFF_NIP}) {rhk} → {KABID_NIP}#rhk-1"
            f" · {STAFF_FILE}:{line}\n"
            for rhk, line in zip(("rhk-1", "rhk-2"), lines, strict=True)
        )
    )
    data = json.loads(run(capsys, "--rev", "HEAD~1..HEAD", "--format", "json")[1])
    [change] = data["changes"]
    assert [(r["path"], r["line"]) for r in change["lost_references"]] == [
        ("hasil_kerja.utama[id=rhk-1].intervensi", lines[0]),
        ("hasil_kerja.utama[id=rhk-2].intervensi", lines[1]),
    ]


BKPSDM = """\
nama: Badan Kepegawaian dan Pengembangan Sumber Daya Manusia
singkatan: BKPSDM
kepala: "196805101990031001"
unit:
  - {id: umum-keuangan, nama: Subbagian Umum dan Keuangan}
capaian_kinerja_organisasi:
  triwulan-1: baik
"""


def test_a_transfer_between_opds_under_a_path(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue #6: a transfer showed as a bare file move, and as a new employee when narrowed to the new OPD."""
    edit(
        repo,
        "diskominfo/opd.yaml",
        "nama: Dinas Komunikasi dan Informatika\n",
        "nama: Dinas Komunikasi dan Informatika\nsingkatan: Diskominfo\n",
    )
    build_tree(repo, {"bkpsdm/opd.yaml": BKPSDM})
    git(repo, "mv", STAFF_FILE, f"bkpsdm/{STAFF_NIP}.yaml")
    edit(repo, f"bkpsdm/{STAFF_NIP}.yaml", "unit: egov", "unit: umum-keuangan")
    commit(repo, "Rina di BKPSDM")
    git(repo, "mv", f"bkpsdm/{STAFF_NIP}.yaml", STAFF_FILE)
    edit(repo, STAFF_FILE, "unit: umum-keuangan", "unit: egov")
    edit(repo, "bkpsdm/opd.yaml", "triwulan-1: baik", "triwulan-1: istimewa")  # outside the path
    build_tree(repo, {"bkpsdm/catatan.yaml": "tidak: [valid\n"})  # outside the path: never read
    commit(repo, "mutasi Rina ke Diskominfo")
    parsed: list[str] = []
    real_parse = spec.parse

    def spy(file: Path, text: str) -> Any:
        parsed.append(str(file))
        return real_parse(file, text)

    monkeypatch.setattr(spec, "parse", spy)
    text, _, data = three_formats(capsys, "--rev", "HEAD~1..HEAD", "diskominfo")
    assert text == (
        f"Rina Marlina, S.Kom. · NIP {STAFF_NIP} · {STAFF_FILE}\n"
        f"  > berkas dipindah: bkpsdm/{STAFF_NIP}.yaml → {STAFF_FILE}\n"
        "  ~ OPD: BKPSDM → Diskominfo\n"
        "  ~ unit: umum-keuangan (Subbagian Umum dan Keuangan) → egov (Seksi E-Government)\n"
    )
    assert sorted(set(parsed)) == [  # the moved file, and the two opd.yaml that name the OPDs and units
        f"HEAD:{STAFF_FILE}",
        "HEAD:diskominfo/opd.yaml",
        f"HEAD~1:bkpsdm/{STAFF_NIP}.yaml",
        "HEAD~1:bkpsdm/opd.yaml",
    ]
    unit_line = (repo / STAFF_FILE).read_text().splitlines().index("  unit: egov") + 1
    assert [(c["path"], c["what"], c["old"], c["new"], c["line"]) for c in data["changes"]] == [
        ("", "berkas", f"bkpsdm/{STAFF_NIP}.yaml", STAFF_FILE, None),
        ("", "opd", "bkpsdm", "diskominfo", None),
        ("pegawai.unit", "identitas", "umum-keuangan", "egov", unit_line),
    ]
    code, out, _ = run(capsys, "--rev", "HEAD~1..HEAD", "bkpsdm/opd.yaml")
    assert code == 1 and out == (
        "OPD Badan Kepegawaian dan Pengembangan Sumber Daya Manusia · bkpsdm/opd.yaml\n"
        "  ~ capaian kinerja organisasi Triwulan I: Baik → Istimewa\n"
    )


def test_a_single_file_keeps_the_names_of_penilai(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue #6: narrowed to one file, the penilai's spec was not read and his name was lost."""
    edit(repo, STAFF_FILE, f'pejabat_penilai: "{KABID_NIP}"', f'pejabat_penilai: "{HEAD_NIP}"')
    edit(repo, "diskominfo/opd.yaml", "triwulan-1: baik", "triwulan-1: istimewa")
    code, out, err = run(capsys, STAFF_FILE)  # the working tree
    assert (code, err) == (1, "1 perubahan: 1 pegawai\n")
    assert out.splitlines()[1:] == [
        f"  ~ pejabat penilai: {KABID_NIP} (Budi Santoso, S.T., M.T.) → {HEAD_NIP} (Ir. Ahmad Fauzi, M.Si.)"
    ]


def test_a_broken_file_does_not_hide_the_other_changes(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue #6: one file that is not YAML stopped the whole diff."""
    edit(repo, STAFF_FILE, "target: 12\n", "target: 10\n")
    edit(repo, f"diskominfo/{KABID_NIP}.yaml", "  jabatan: Kepala", "  jabatan: [Kepala")
    commit(repo, "satu rusak")
    problem = f"HEAD:diskominfo/{KABID_NIP}.yaml:6:12: Y001 YAML tidak valid: "
    expected = "  ~ target rhk-1.1 (Jumlah layanan terintegrasi): 12 Layanan → 10 Layanan"
    for fmt in ("text", "markdown", "json"):
        code, out, err = run(capsys, "--rev", "HEAD~1..HEAD", "--format", fmt)
        assert code == 2 and err.startswith(problem), fmt
        assert err.endswith(
            "skpdoc: 1 berkas bukan YAML yang dapat dibaca\n    perbaiki berkas di atas, lalu bandingkan lagi\n"
        )
        if fmt == "text":
            assert out == f"Rina Marlina, S.Kom. · NIP {STAFF_NIP} · {STAFF_FILE}\n{expected}\n"
        elif fmt == "json":  # the kepala bidang is neither removed nor changed: he is unknown
            assert [(c["nip"], c["text"]) for c in json.loads(out)["changes"]] == [(STAFF_NIP, expected.strip()[2:])]
        else:
            assert "1 perubahan: 1 pegawai" in out and KABID_NIP not in out


# --- the library API (the CLI is a thin layer over it) -----------------------------------------------


def test_the_api_compares_revisions_folders_and_files_as_the_cli_does(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from skpdoc import api

    edit(repo, STAFF_FILE, "target: 12\n", "target: 10\n")
    commit(repo, "target turun")
    result = api.diff_revisions("HEAD~1..HEAD", cwd=repo)
    assert result.changed
    as_json = json.loads(api.diff_report(result, "json"))
    code, out, _ = run(capsys, "--rev", "HEAD~1..HEAD", "--format", "json")
    assert code == 1 and json.loads(out) == as_json
    assert [c["what"] for c in as_json["changes"]] == ["target"]
    assert "12 Layanan → 10 Layanan" in api.diff_report(result, "text", "id")
    assert "| 12 Layanan | 10 Layanan |" in api.diff_report(result, "markdown")
    assert api.diff_report(result, "summary", "en").startswith("1 ")
    old = tmp_path / "old.yaml"
    old.write_text(git(repo, "show", f"HEAD~1:{STAFF_FILE}"))
    by_files = api.diff(old, repo / STAFF_FILE)
    assert [c.kind for c in by_files.changes] == [c.kind for c in result.changes]
    text, problems = api.diff_textconv(repo / STAFF_FILE)
    assert problems == [] and "target: 10" in text
    assert not api.diff_revisions("HEAD", cwd=repo).changed  # the working tree is as committed
    with pytest.raises(ValueError):
        api.diff_report(result, "xml")
