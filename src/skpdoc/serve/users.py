"""Accounts of ``skpdoc serve``, kept in ``<workspace>/.skpdoc/users.yaml``.

An account is a name, a role (admin, operator, penilai, reviewer), the OPDs
an operator may edit, an argon2id hash of its password and the day it was
made. A password is never stored, printed or logged: only its hash is kept,
and no error takes it as an argument. The file is private to its owner
(mode 0600) and replaced whole, so a reader never sees half of it.
"""

from __future__ import annotations

import datetime
import os
import re
import secrets
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from skpdoc.errors import UsageError
from skpdoc.hints import Suggest, require_known
from skpdoc.workspace import discover, find_root

ROLES = ("admin", "operator", "penilai", "reviewer")
NAME = re.compile(r"[a-z0-9._-]{2,32}")
NIP = re.compile(r"[0-9]{18}")
#: Shorter passwords are refused (U007); long ones are what argon2 is for.
MIN_PASSWORD = 8
USERS_FILE = Path(".skpdoc") / "users.yaml"
_HEADER = "# Accounts of `skpdoc serve`, managed with `skpdoc users`. Passwords are kept only as argon2 hashes.\n"


@dataclass(frozen=True)
class User:
    """One account; ``opds`` limits an operator (empty for the other roles), ``nip`` names a penilai's own spec."""

    name: str
    role: str
    opds: tuple[str, ...]
    password_hash: str = field(repr=False)
    created: str
    nip: str | None = None


@dataclass(frozen=True)
class Users:
    """The accounts of a workspace, in the order of its file, and where they are kept."""

    path: Path
    accounts: tuple[User, ...] = ()

    def get(self, name: str) -> User | None:
        return next((user for user in self.accounts if user.name == name), None)

    def names(self) -> list[str]:
        return [user.name for user in self.accounts]


def users_path(root: Path) -> Path:
    """The accounts file of the workspace holding ``root``."""
    return find_root(Path(root)) / USERS_FILE


def load(root: Path) -> Users:
    """The accounts of the workspace holding ``root`` (none when it has no accounts file yet)."""
    path = users_path(root)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Users(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(code="U008", subject=str(path), detail=_reason(exc)) from None
    return Users(path, _parse(path, text))


def add(root: Path, name: str, role: str, opds: Iterable[str], password: str, nip: str | None = None) -> User:
    """Add an account; refuses a bad name, role, OPD or NIP, a taken name and a short password."""
    users = load(root)
    opds = check_new(users, name, role, opds, nip)
    user = User(name, role, opds, _hash(password), datetime.date.today().isoformat(), nip)
    _save(Users(users.path, (*users.accounts, user)))
    return user


def check_new(users: Users, name: str, role: str, opds: Iterable[str], nip: str | None = None) -> tuple[str, ...]:
    """Refuse what :func:`add` would refuse, but the password (asked only after); returns the OPDs, once each.

    A penilai is known by the NIP of their own spec (``--nip``): it is whose
    evaluations they may rate (the specs naming that NIP as pejabat_penilai).
    """
    opds = tuple(dict.fromkeys(opds))  # in the order given
    if not NAME.fullmatch(name):
        raise UsageError(code="U001", name=name)
    if role not in ROLES:
        raise UsageError(code="U002", subject="--role", role=role, suggestion=Suggest.among(role, list(ROLES)))
    if role == "operator" and not opds:
        raise UsageError(code="U003", name=name)
    if role != "operator" and opds:
        raise UsageError(code="U004", role=role)
    if opds:
        known, _, _ = discover(users.path.parent.parent)
        require_known("--opd", opds, sorted(known))
    if role == "penilai" and nip is None:
        raise UsageError(code="U010", name=name)
    if role != "penilai" and nip is not None:
        raise UsageError(code="U011", role=role)
    if nip is not None and not NIP.fullmatch(nip):
        raise UsageError(code="U012", subject="--nip", nip=nip)
    if users.get(name) is not None:
        raise UsageError(code="U005", name=name)
    return opds


def remove(root: Path, name: str) -> User:
    """Remove the account ``name``; returns it."""
    users = load(root)
    user = existing(users, name)
    _save(Users(users.path, tuple(u for u in users.accounts if u.name != name)))
    return user


def set_password(root: Path, name: str, password: str) -> User:
    """Give the account ``name`` a new password; returns it as now stored."""
    users = load(root)
    old = existing(users, name)
    user = User(old.name, old.role, old.opds, _hash(password), old.created, old.nip)
    _save(Users(users.path, tuple(user if u.name == name else u for u in users.accounts)))
    return user


def verify(users: Users, name: str, password: str) -> User | None:
    """The account when ``password`` is its password, else None.

    An unknown name costs one hash as well, so the time of an answer does not
    tell which names exist.
    """
    user = users.get(name)
    try:
        _hasher().verify(user.password_hash if user else _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        return None
    return user


@cache
def _hasher() -> PasswordHasher:
    return PasswordHasher()  # argon2id with the library's current recommended costs


@cache
def _dummy_hash() -> str:
    return _hasher().hash(secrets.token_urlsafe(16))


def _hash(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise UsageError(code="U007", minimum=MIN_PASSWORD)
    return _hasher().hash(password)


def existing(users: Users, name: str) -> User:
    """The account ``name``; refuses (U006, with the nearest name) one that does not exist."""
    user = users.get(name)
    if user is None:
        raise UsageError(code="U006", name=name, suggestion=Suggest.among(name, users.names()))
    return user


def _parse(path: Path, text: str) -> tuple[User, ...]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise UsageError(code="U008", subject=str(path), detail=_reason(exc)) from None
    entries = (data or {}).get("users") if isinstance(data, dict | None) else None
    if not isinstance(entries, list | None):
        raise UsageError(code="U008", subject=str(path), detail="users")
    users: list[User] = []
    for index, entry in enumerate(entries or []):
        user = _user(entry)
        if user is None or user.name in {u.name for u in users}:
            raise UsageError(code="U008", subject=str(path), detail=f"users[{index}]")
        users.append(user)
    return tuple(users)


def _user(entry: Any) -> User | None:
    """The account an entry of the file describes, or None when it is not one."""
    if not isinstance(entry, dict):
        return None
    name, role, opds, hashed = entry.get("name"), entry.get("role"), entry.get("opds", []), entry.get("hash")
    if not (isinstance(name, str) and NAME.fullmatch(name) and role in ROLES and isinstance(hashed, str)):
        return None
    if not (isinstance(opds, list) and all(isinstance(o, str) for o in opds)):
        return None
    nip = entry.get("nip")
    if nip is not None and not (isinstance(nip, str) and NIP.fullmatch(nip)):
        return None
    return User(name, str(role), tuple(opds), hashed, str(entry.get("created", "")), nip)


def _save(users: Users) -> None:
    entries = [
        {
            "name": u.name,
            "role": u.role,
            "opds": list(u.opds),
            **({"nip": u.nip} if u.nip else {}),
            "hash": u.password_hash,
            "created": u.created,
        }
        for u in users.accounts
    ]
    _write_private(users.path, _HEADER + yaml.safe_dump({"users": entries}, sort_keys=False, allow_unicode=True))


def _write_private(path: Path, text: str) -> None:
    """Like :func:`skpdoc.files.write_atomic`, but the file stays readable by its owner alone.

    ``write_atomic`` opens its files to everyone (outputs are meant to be
    shared) before the rename; the hashes must never be, not even for a moment.
    The temporary file is named as ``write_atomic`` names its own, so the
    clean-up of an interrupted write finds it too.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _reason(exc: Exception) -> str:
    return getattr(exc, "strerror", None) or getattr(exc, "problem", None) or type(exc).__name__
