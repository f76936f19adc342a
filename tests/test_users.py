"""``skpdoc users``: accounts of ``skpdoc serve`` in .skpdoc/users.yaml, passwords only as argon2 hashes."""

from __future__ import annotations

import dataclasses
import io
import json
import stat
from pathlib import Path

import click
import pytest
from argon2 import PasswordHasher

from skpdoc.cli import main
from skpdoc.serve import users

SECRET = "kuda-lumping-7"


def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str | None = None
) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def add(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, ws: Path, name: str, *options: str
) -> tuple[int, str, str]:
    return run(
        capsys, monkeypatch, "users", "add", name, "-w", str(ws), *options, "--password-stdin", stdin=SECRET + "\n"
    )


def test_an_operator_is_added_with_an_argon2_hash_in_a_private_file(
    ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = add(capsys, monkeypatch, ws, "budi", "--role", "operator", "--opd", "diskominfo")
    assert (code, out) == (0, "")
    assert "akun 'budi' (operator) ditambahkan" in err
    path = ws / ".skpdoc" / "users.yaml"
    text = path.read_text(encoding="utf-8")
    assert "$argon2id$" in text and SECRET not in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in path.parent.iterdir()) == ["users.yaml"]  # no temporary file left beside it
    loaded = users.load(ws).get("budi")
    assert loaded is not None and (loaded.role, loaded.opds) == ("operator", ("diskominfo",))

    code, out, err = run(capsys, monkeypatch, "users", "list", "-w", str(ws))
    assert (code, out, err) == (0, "budi  operator  diskominfo\n", "")
    code, out, _ = run(capsys, monkeypatch, "users", "list", "-w", str(ws), "--format", "json")
    assert json.loads(out) == [
        {"name": "budi", "role": "operator", "opds": ["diskominfo"], "nip": None, "created": loaded.created}
    ]
    assert "argon2" not in out


def test_the_password_is_asked_twice_without_echo_when_not_on_stdin(
    ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [SECRET, "something-else", SECRET, SECRET]  # a mismatch first: click asks again
    asked: list[str] = []

    def hidden(prompt: str) -> str:
        asked.append(prompt)
        return answers.pop(0)

    monkeypatch.setattr(click.termui, "hidden_prompt_func", hidden)
    code, out, err = run(capsys, monkeypatch, "users", "add", "admin", "-w", str(ws), "--role", "admin")
    assert (code, out) == (0, "") and answers == []
    assert asked[0].startswith("Kata sandi untuk admin") and asked[1].startswith("Ulangi untuk konfirmasi")
    assert "kedua isian tidak sama" in err and SECRET not in out + err
    account = users.verify(users.load(ws), "admin", SECRET)
    assert account is not None and account.role == "admin"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["Budi", "--role", "admin"], "nama akun 'Budi' tidak sah"),
        (["x", "--role", "admin"], "nama akun 'x' tidak sah"),
        (["budi", "--role", "admn"], "--role: peran 'admn' tidak dikenal\n    maksud Anda 'admin'?"),
        (["budi", "--role", "operator"], "operator 'budi' perlu setidaknya satu OPD"),
        (
            ["budi", "--role", "operator", "--opd", "diskominfx"],
            "--opd: nilai 'diskominfx' tidak diizinkan\n    maksud Anda 'diskominfo'?",
        ),
        (["budi", "--role", "reviewer", "--opd", "diskominfo"], "--opd hanya untuk operator; peran reviewer"),
        (["sari", "--role", "admin"], "akun 'sari' sudah ada"),
    ],
)
def test_a_wrong_account_is_refused_before_the_password_is_asked(
    ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, args: list[str], expected: str
) -> None:
    assert add(capsys, monkeypatch, ws, "sari", "--role", "reviewer")[0] == 0
    before = (ws / ".skpdoc" / "users.yaml").read_text(encoding="utf-8")

    def never(prompt: str) -> str:
        raise AssertionError("asked for a password")

    monkeypatch.setattr(click.termui, "hidden_prompt_func", never)
    code, out, err = run(capsys, monkeypatch, "users", "add", *args[:1], "-w", str(ws), *args[1:])
    assert (code, out) == (2, "")
    assert err.startswith("skpdoc: " + expected), err
    assert (ws / ".skpdoc" / "users.yaml").read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [("pendek\n", "kata sandi terlalu pendek (kurang dari 8 karakter)"), ("", "tidak ada kata sandi di stdin")],
)
def test_a_short_or_missing_password_is_refused_and_never_printed(
    ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, stdin: str, expected: str
) -> None:
    args = ("users", "add", "budi", "-w", str(ws), "--role", "admin", "--password-stdin")
    code, out, err = run(capsys, monkeypatch, *args, stdin=stdin)
    assert (code, out) == (2, "")
    assert err.startswith(f"skpdoc: {expected}") and "pendek\n" not in err.replace(expected, "")
    assert not (ws / ".skpdoc" / "users.yaml").exists()


def test_passwd_replaces_the_hash_and_keeps_the_rest(
    ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    add(capsys, monkeypatch, ws, "budi", "--role", "operator", "--opd", "diskominfo")
    old = users.load(ws).get("budi")
    new_secret = "gamelan-jawa-42"
    args = ("users", "passwd", "budi", "-w", str(ws), "--password-stdin")
    code, out, err = run(capsys, monkeypatch, *args, stdin=new_secret + "\r\n")
    assert (code, out, err) == (0, "", "kata sandi akun 'budi' diganti\n")
    loaded = users.load(ws)
    assert users.verify(loaded, "budi", SECRET) is None
    account = users.verify(loaded, "budi", new_secret)
    assert old is not None and account is not None
    assert (account.role, account.opds, account.created) == (old.role, old.opds, old.created)
    assert account.password_hash != old.password_hash
    assert new_secret not in (ws / ".skpdoc" / "users.yaml").read_text(encoding="utf-8")

    code, _, err = run(capsys, monkeypatch, "users", "passwd", "bud", "-w", str(ws), "--password-stdin", stdin="x\n")
    assert (code, err) == (2, "skpdoc: tidak ada akun 'bud'\n    maksud Anda 'budi'?\n")


def test_remove_takes_the_account_away(
    ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    add(capsys, monkeypatch, ws, "budi", "--role", "penilai", "--nip", "197203151998031001")
    code, out, err = run(capsys, monkeypatch, "users", "remove", "budi", "-w", str(ws))
    assert (code, out, err) == (0, "", "akun 'budi' dihapus dari " + str(ws / ".skpdoc" / "users.yaml") + "\n")
    assert users.verify(users.load(ws), "budi", SECRET) is None
    code, out, err = run(capsys, monkeypatch, "users", "list", "-w", str(ws), "--lang", "en")
    assert (code, out) == (0, "")
    assert err.startswith("no accounts yet")
    assert run(capsys, monkeypatch, "users", "remove", "budi", "-w", str(ws))[0] == 2
    assert stat.S_IMODE((ws / ".skpdoc" / "users.yaml").stat().st_mode) == 0o600


def test_an_unknown_name_costs_a_hash_too(
    ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    add(capsys, monkeypatch, ws, "budi", "--role", "admin")
    loaded = users.load(ws)
    checked: list[str] = []
    real = PasswordHasher.verify

    def spy(self: PasswordHasher, hash: str | bytes, password: str | bytes) -> bool:
        checked.append(str(hash))
        return real(self, hash, password)

    monkeypatch.setattr(PasswordHasher, "verify", spy)
    assert users.verify(loaded, "nobody", SECRET) is None
    assert users.verify(loaded, "budi", "wrong-password") is None
    assert users.verify(loaded, "budi", SECRET) == loaded.get("budi")
    assert len(checked) == 3 and all(h.startswith("$argon2id$") for h in checked)
    assert checked[0] != checked[1] == checked[2]  # a hash of its own for the unknown name, as costly as a real one


def test_a_damaged_accounts_file_is_refused_plainly(
    ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (ws / ".skpdoc").mkdir()
    (ws / ".skpdoc" / "users.yaml").write_text("users:\n- name: budi\n  role: raja\n  hash: x\n", encoding="utf-8")
    code, out, err = run(capsys, monkeypatch, "users", "list", "-w", str(ws))
    assert (code, out) == (2, "")
    assert err.startswith(f"skpdoc: {ws / '.skpdoc' / 'users.yaml'}: daftar akun tidak dapat dibaca: users[0]")


def test_a_workspace_made_by_init_keeps_accounts_and_the_session_key_out_of_git(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import subprocess

    from conftest import pin_git

    pin_git(monkeypatch)
    root = tmp_path / "skp"
    assert main(["init", str(root), "--instansi", "Pemerintah Kabupaten Contoh", "--tahun", "2025"]) == 0
    (root / ".skpdoc" / "users.yaml").write_text("akun: []\n")
    (root / ".skpdoc" / "serve-secret").write_bytes(b"x" * 32)
    ignored = subprocess.run(
        ["git", "check-ignore", ".skpdoc/users.yaml", ".skpdoc/serve-secret"], cwd=root, capture_output=True, text=True
    )
    assert ignored.stdout.split() == [".skpdoc/users.yaml", ".skpdoc/serve-secret"], ignored


def test_a_penilai_is_known_by_the_nip_of_their_own_spec(
    ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(capsys, monkeypatch, "users", "add", "rudi", "-w", str(ws), "--role", "penilai")
    assert code == 2 and "perlu NIP-nya sendiri" in err and "--nip" in err
    code, _, err = run(capsys, monkeypatch, "users", "add", "rudi", "-w", str(ws), "--role", "admin", "--nip", "1" * 18)
    assert code == 2 and "--nip hanya untuk penilai" in err
    code, _, err = run(capsys, monkeypatch, "users", "add", "rudi", "-w", str(ws), "--role", "penilai", "--nip", "1972")
    assert code == 2 and "bukan NIP" in err
    assert not (ws / ".skpdoc" / "users.yaml").exists()  # nothing written, no password asked
    add(capsys, monkeypatch, ws, "rudi", "--role", "penilai", "--nip", "197203151998031001")
    loaded = users.load(ws).get("rudi")
    assert loaded is not None and loaded.nip == "197203151998031001"
    users.set_password(ws, "rudi", SECRET + "-baru")
    assert users.load(ws).get("rudi") == dataclasses.replace(
        loaded, password_hash=users.load(ws).accounts[0].password_hash
    )
