"""The workspace's settings (:class:`Config`), read by every other module of the workspace."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from pathlib import Path

from ehcaudit.workspace.auth import User

LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]


@dataclass
class Config:
    store: Path
    users: dict[str, User] | None = None  # None: loopback mode, the auditor types their name
    secret: str = field(default_factory=lambda: secrets.token_hex(32))
    https: bool = False
    allowed_hosts: list[str] = field(default_factory=lambda: list(LOOPBACK_HOSTS))
    plan_roots: list[Path] = field(default_factory=list)  # where relative plan paths are looked for
