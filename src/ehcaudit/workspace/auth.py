"""Accounts for ``ehcaudit serve --users FILE``: names, roles and scrypt password hashes.

The users file is plain text, one account a line: ``name<TAB>role<TAB>hash``, where ``hash`` is
``scrypt$N$r$p$salt$key`` (base64; the standard library's :func:`hashlib.scrypt`, memory-hard,
N=2**14, r=8, p=1, 16-byte random salt). No password is ever stored in clear. The file is
written atomically and readable by its owner only.

Roles: ``auditor`` grades plans; ``lead`` grades and moderates; ``viewer`` reads only.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from dataclasses import dataclass
from pathlib import Path

ROLES = ("auditor", "lead", "viewer")
NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9 .'_-]{0,59}$")
MIN_PASSWORD = 10
_N, _R, _P = 2**14, 8, 1


class UsersError(Exception):
    """The users file or an account is unusable (one-line reason)."""


@dataclass(frozen=True)
class User:
    name: str
    role: str
    hash: str

    @property
    def may_grade(self) -> bool:
        return self.role in ("auditor", "lead")

    @property
    def may_moderate(self) -> bool:
        return self.role == "lead"


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    key = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${_b64(salt)}${_b64(key)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        algo, n, r, p, salt, key = stored.split("$")
        if algo != "scrypt":
            return False
        want = base64.b64decode(key)
        got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r),
                             p=int(p), dklen=len(want), maxmem=256 * 1024 * 1024)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, want)


_DUMMY = hash_password("not a password at all")


def check_login(users: dict[str, User], name: str, password: str) -> User | None:
    """The user if name and password match; the same work is done for an unknown name."""
    user = users.get(name)
    ok = verify_password(password, user.hash if user else _DUMMY)
    return user if user and ok else None


def load_users(path: str | Path) -> dict[str, User]:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsersError(f"{p}: no such users file (create accounts with `ehcaudit users add NAME`)") from None
    except (OSError, UnicodeDecodeError) as e:
        raise UsersError(f"{p}: cannot read the users file ({getattr(e, 'strerror', None) or e})") from None
    users: dict[str, User] = {}
    for i, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[1] not in ROLES or not parts[2].startswith("scrypt$"):
            raise UsersError(f"{p}: line {i} is not 'name<TAB>role<TAB>scrypt hash'")
        users[parts[0]] = User(*parts)
    return users


def add_user(path: str | Path, name: str, role: str, password: str) -> None:
    """Create or replace an account (atomic write; the file is made owner-only)."""
    name = " ".join(name.split())
    if not NAME_RE.match(name):
        raise UsersError("a name is a letter then up to 59 letters, digits, spaces or . ' _ -")
    if role not in ROLES:
        raise UsersError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise UsersError(f"the password must have at least {MIN_PASSWORD} characters")
    p = Path(path)
    users = load_users(p) if p.exists() else {}
    users[name] = User(name, role, hash_password(password))
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_name(p.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("# ehcaudit workspace accounts: name, role, scrypt hash (never a password)\n")
        for u in users.values():
            f.write(f"{u.name}\t{u.role}\t{u.hash}\n")
    os.chmod(tmp, 0o600)
    tmp.replace(p)
