"""``ehcaudit serve`` (the audit group's workspace) and ``ehcaudit users add`` (its accounts)."""

from __future__ import annotations

import ipaddress
import sys
from pathlib import Path

import typer

from ehcaudit.cli.application import app
from ehcaudit.cli.common import err
from ehcaudit.store import DEFAULT_STORE, GradeStore, StoreError

DEFAULT_USERS = Path("reports") / "ehcaudit-users.txt"

users_app = typer.Typer(help="Accounts for `ehcaudit serve --users FILE` (needed off this computer).",
                        no_args_is_help=True)
app.add_typer(users_app, name="users")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@app.command()
def serve(
    store: Path | None = typer.Option(None, "--store", help="Results store written by `ehcaudit audit` (default: reports/ehcaudit.db)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on. Anything but loopback needs --users."),
    port: int = typer.Option(8765, "--port", min=1, max=65535, help="Port to listen on."),
    users: Path | None = typer.Option(None, "--users", help="Accounts file made by `ehcaudit users add`: every page then needs a login."),
    certfile: Path | None = typer.Option(None, "--certfile", help="TLS certificate (PEM): serve over HTTPS."),
    keyfile: Path | None = typer.Option(None, "--keyfile", help="TLS private key (PEM) for --certfile."),
) -> None:
    """Open the audit group's workspace: grade plans, moderate, see agreement with the tool.

    Exit status: 0 stopped; 1 the store is missing or unusable, or the port is taken; 2 usage error (an address off
    this computer without --users, a bad users file, a certificate without its key).
    """

    store = store or DEFAULT_STORE
    if not is_loopback(host) and users is None:
        err(f"error: --host {host} would show plans about children to the whole network; "
            "create accounts with `ehcaudit users add NAME` and pass --users FILE")
        raise typer.Exit(2)
    if (certfile is None) != (keyfile is None):
        err("error: --certfile and --keyfile go together")
        raise typer.Exit(2)
    for p in (certfile, keyfile):
        if p is not None and not p.is_file():
            err(f"error: {p}: no such file")
            raise typer.Exit(2)
    accounts = None
    if users is not None:
        # lazy: the workspace (starlette: about 0.26 s), uvicorn (50 ms) and socket only for
        # `serve`, not `ehcaudit --help`
        from ehcaudit.workspace.auth import UsersError, load_users

        try:
            accounts = load_users(users)
        except UsersError as e:
            err(f"error: {e}")
            raise typer.Exit(2) from None
        if not accounts:
            err(f"error: {users}: no accounts (add one with `ehcaudit users add NAME --users {users}`)")
            raise typer.Exit(2)
    if not store.is_file():
        err(f"error: {store}: no such store (run `ehcaudit audit` first)")
        raise typer.Exit(1)

    try:
        GradeStore(store).close()  # applies pending migrations now, with a one-line error
    except StoreError as e:
        err(f"error: {e}")
        raise typer.Exit(1) from None

    import uvicorn

    from ehcaudit.workspace.app import LOOPBACK_HOSTS, Config, create_app

    allowed = list(LOOPBACK_HOSTS) if is_loopback(host) and accounts is None else ["*"]
    cfg = Config(store=store.resolve(), users=accounts, https=certfile is not None,
                 allowed_hosts=allowed, plan_roots=[Path.cwd(), store.resolve().parent.parent])
    import socket

    try:  # a port already in use: one line now, not uvicorn's log after the address is printed
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host.strip("[]"), port))
    except OSError as e:
        err(f"error: cannot listen on {host}:{port} ({e.strerror or e})")
        raise typer.Exit(1) from None
    scheme = "https" if certfile else "http"
    shown = f"[{host}]" if ":" in host else host
    print(f"ehcaudit workspace on {scheme}://{shown}:{port}/ (store {store}; Ctrl+C to stop)", flush=True)
    try:
        uvicorn.run(create_app(cfg), host=host, port=port, log_level="warning", access_log=False,
                    ssl_certfile=str(certfile) if certfile else None,
                    ssl_keyfile=str(keyfile) if keyfile else None, server_header=False)
    except OSError as e:
        err(f"error: cannot listen on {host}:{port} ({e.strerror or e})")
        raise typer.Exit(1) from None


@users_app.command("add")
def users_add(
    name: str = typer.Argument(..., help="The person's name, as shown on grades."),
    role: str = typer.Option("auditor", "--role", help="auditor (grades), lead (grades and moderates) or viewer (reads)."),
    users: Path = typer.Option(DEFAULT_USERS, "--users", help="Accounts file (default: reports/ehcaudit-users.txt)."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from standard input (scripts)."),
) -> None:
    """Create or replace an account; the password is hashed with scrypt, never stored."""
    # lazy: the workspace's auth module (about 0.12 s) only for this command, not `ehcaudit --help`
    from ehcaudit.workspace.auth import UsersError, add_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        add_user(users, name, role, password)
    except UsersError as e:
        err(f"error: {e}")
        raise typer.Exit(2) from None
    print(f"account {' '.join(name.split())} ({role}) saved in {users}")
