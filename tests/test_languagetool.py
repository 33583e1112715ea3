"""The LanguageTool adapter, tested against a small local server that speaks LanguageTool's
HTTP API (``/v2/languages`` and ``/v2/check``, response shape as documented at
https://languagetool.org/http-api/). No real LanguageTool server is ever contacted."""

from __future__ import annotations

import json
import re
import socket
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ehcaudit.language import engines
from ehcaudit.language.engines import EngineError, get_engine
from ehcaudit.language.languagetool import (
    LanguageToolEngine,
    default_config,
    is_public_host,
    make_languagetool_engine,
)

# What the fake server "finds": pattern -> (rule id, category id, issue type, message, replacements)
RULES = [
    (
        r"\b(SENCo|Makaton|Jade)\b",
        "MORFOLOGIK_RULE_EN_GB",
        "TYPOS",
        "misspelling",
        "Possible spelling mistake found.",
        ["Sense"],
    ),
    (
        r"\brecieve\b",
        "MORFOLOGIK_RULE_EN_GB",
        "TYPOS",
        "misspelling",
        "Possible spelling mistake found.",
        ["receive"],
    ),
    (
        r"\ba (?=[aeiou])",
        "EN_A_VS_AN",
        "MISC",
        "misspelling",
        "Use \u201can\u201d instead of \u2018a\u2019.",
        ["an"],
    ),
    (
        r"\bthey was\b",
        "THEY_WAS",
        "GRAMMAR",
        "grammar",
        "Did you mean \u2018they were\u2019?",
        ["they were"],
    ),
    (
        r"\b(\w+) \1\b",
        "ENGLISH_WORD_REPEAT_RULE",
        "MISC",
        "duplication",
        "Possible typo: you repeated a word.",
        ["the"],
    ),
    (
        r"\bvery unique\b",
        "VERY_UNIQUE",
        "REDUNDANCY",
        "style",
        "\u2018Unique\u2019 needs no intensifier.",
        ["unique"],
    ),
    (
        r"\bcolor\b",
        "EN_GB_SIMPLE_REPLACE",
        "AMERICAN_ENGLISH_STYLE",
        "locale-violation",
        "American spelling.",
        ["colour"],
    ),
]


def _utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


class _Handler(BaseHTTPRequestHandler):
    server: _FakeLT

    def log_message(self, *args):  # keep test output quiet
        pass

    def _json(self, payload, status=200):
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.server.requests.append(("GET", self.path, {}))
        if self.path.startswith("/v2/languages"):
            self._json(
                [
                    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
                    {"name": "English (US)", "code": "en", "longCode": "en-US"},
                    {"name": "English", "code": "en", "longCode": "en"},
                ]
            )
        else:
            self._json({"error": "not found"}, 404)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        form = {k: v[0] for k, v in urllib.parse.parse_qs(self.rfile.read(length).decode()).items()}
        self.server.requests.append(("POST", self.path, form))
        if not self.path.startswith("/v2/check"):
            return self._json({"error": "not found"}, 404)
        if self.server.delay:
            time.sleep(self.server.delay)
        if self.server.broken:
            body = b"Internal error: something went wrong"
            self.send_response(500)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return None
        text = form.get("text", "")
        disabled = set(filter(None, form.get("disabledRules", "").split(",")))
        matches = []
        for pattern, rid, cat, itype, msg, repl in RULES:
            if rid in disabled:
                continue
            for m in re.finditer(pattern, text, re.IGNORECASE):
                # LanguageTool (Java) counts offsets in UTF-16 code units.
                off, ln = _utf16_len(text[: m.start()]), _utf16_len(m.group(0))
                matches.append(
                    {
                        "message": msg,
                        "shortMessage": "",
                        "offset": off,
                        "length": ln,
                        "replacements": [{"value": r} for r in repl],
                        "context": {
                            "text": text[max(0, m.start() - 20) : m.end() + 20],
                            "offset": 0,
                            "length": ln,
                        },
                        "sentence": text,
                        "type": {"typeName": "Other"},
                        "rule": {
                            "id": rid,
                            "description": msg,
                            "issueType": itype,
                            "category": {"id": cat, "name": cat.title()},
                        },
                        "ignoreForIncompleteSentence": False,
                        "contextForSureMatch": 0,
                    }
                )
        matches.sort(key=lambda x: x["offset"])
        return self._json(
            {
                "software": {"name": "LanguageTool", "version": "6.6", "apiVersion": 1},
                "language": {"name": "English (GB)", "code": form.get("language")},
                "matches": matches,
            }
        )


class _FakeLT(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[tuple[str, str, dict]] = []
        self.broken = False
        self.delay = 0.0  # seconds before answering /v2/check

    def handle_error(self, request, client_address):
        pass  # a client that gave up (timeout test) is not a failure of the fake server

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def checks(self) -> list[dict]:
        return [
            form
            for method, path, form in self.requests
            if method == "POST" and path.startswith("/v2/check")
        ]


@pytest.fixture()
def lt_server(monkeypatch):
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    srv = _FakeLT()
    t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    t.start()
    yield srv
    srv.shutdown()
    srv.server_close()
    t.join(timeout=5)


@pytest.fixture(autouse=True)
def _fresh_engines(monkeypatch):
    # setenv then delenv: monkeypatch restores (removes) the variables after the test even when
    # they were absent before, so nothing leaks into the rest of the session.
    for var in (engines.ENV_URL, engines.ENV_ALLOW_PUBLIC):
        monkeypatch.setenv(var, "")
        monkeypatch.delenv(var)
    engines.configure(None, False)
    engines.clear_cache()
    yield
    engines.configure(None, False)
    engines.clear_cache()


def test_findings_are_mapped_to_kinds_offsets_and_suggestions(lt_server):
    eng = make_languagetool_engine(lt_server.url)
    text = "We will recieve a apple and they was very unique."
    issues = eng.check(text)
    by_rule = {i.rule: i for i in issues}
    assert set(by_rule) == {
        "lt:MORFOLOGIK_RULE_EN_GB",
        "lt:EN_A_VS_AN",
        "lt:THEY_WAS",
        "lt:VERY_UNIQUE",
    }
    sp = by_rule["lt:MORFOLOGIK_RULE_EN_GB"]
    assert (sp.kind, sp.text, sp.suggestions) == ("spelling", "recieve", ("receive",))
    assert text[sp.start : sp.end] == "recieve"
    # a/an is a grammar error even though LanguageTool files it under MISC/misspelling
    assert by_rule["lt:EN_A_VS_AN"].kind == "grammar"
    assert by_rule["lt:THEY_WAS"].kind == "grammar"
    assert by_rule["lt:THEY_WAS"].text == "they was"
    assert by_rule["lt:THEY_WAS"].suggestions == ("they were",)
    assert by_rule["lt:VERY_UNIQUE"].kind == "style"  # opinion: never counted as an error
    assert "intensifier" in by_rule["lt:VERY_UNIQUE"].message


def test_never_downloads_or_starts_languagetool_itself(lt_server, monkeypatch):
    import subprocess

    import language_tool_python.server as lt_server_mod

    def forbidden(*a, **k):
        raise AssertionError("language-tool-python tried to download or start LanguageTool")

    monkeypatch.setattr(lt_server_mod.LanguageTool, "_start_local_server", forbidden)
    monkeypatch.setattr(lt_server_mod.LanguageTool, "_start_server_on_free_port", forbidden)
    monkeypatch.setattr(subprocess, "Popen", forbidden)
    eng = make_languagetool_engine(lt_server.url)
    assert [i.kind for i in eng.check("They was late.")] == ["grammar"]
    # only the configured server was asked, and only /v2/languages and /v2/check
    assert {path.split("?")[0] for _, path, _ in lt_server.requests} == {
        "/v2/languages",
        "/v2/check",
    }


def test_doubled_word_is_grammar_and_american_spelling_is_spelling(lt_server):
    eng = make_languagetool_engine(lt_server.url)
    issues = eng.check("He chose the the blue color.")
    kinds = {i.rule: i.kind for i in issues}
    assert kinds == {
        "lt:ENGLISH_WORD_REPEAT_RULE": "grammar",
        "lt:EN_GB_SIMPLE_REPLACE": "spelling",
    }


def test_british_english_and_disabled_rules_are_sent(lt_server):
    eng = make_languagetool_engine(lt_server.url)
    eng.check("Jade enjoys swimming, drawing and music.")
    (form,) = lt_server.checks()
    assert form["language"] == "en-GB"
    sent = set(form["disabledRules"].split(","))
    assert sent == set(default_config().disabled_rules)
    for rule in (
        "OXFORD_SPELLING_Z_NOT_S",
        "SERIAL_COMMA_ON",
        "EN_QUOTES",
        "WHITESPACE_RULE",
        "UPPERCASE_SENTENCE_START",
    ):
        assert rule in sent
    # plan text travels in the POST body, never in a URL
    assert all("Jade" not in path for _, path, _ in lt_server.requests)


def test_check_many_batches_and_maps_offsets_back_to_each_block(lt_server):
    eng = make_languagetool_engine(lt_server.url)
    texts = [
        "Clean text here.",
        "",
        "Staff will recieve training.",
        "\U0001f600 They was happy to recieve it.",
    ]
    result = eng.check_many(texts)
    assert len(lt_server.checks()) == 1  # one request for the lot
    assert [[(i.text, i.kind) for i in r] for r in result] == [
        [],
        [],
        [("recieve", "spelling")],
        [("They was", "grammar"), ("recieve", "spelling")],
    ]
    for text, issues in zip(texts, result, strict=True):
        for i in issues:
            assert text[i.start : i.end] == i.text  # offsets point into that block, emoji and all


def test_large_batches_are_split_into_several_requests(lt_server):
    eng = make_languagetool_engine(lt_server.url)
    texts = [f"Paragraph {n} says they will recieve help. " * 40 for n in range(30)]
    result = eng.check_many(texts)
    assert len(lt_server.checks()) > 1
    assert all(len(r) == 40 and all(i.text == "recieve" for i in r) for r in result)


def test_vocabulary_words_are_not_misspellings(lt_server, tmp_path):
    vocab = tmp_path / "vocab.txt"
    vocab.write_text("# our words\nrecieve\n", encoding="utf-8")
    text = "They recieve a apple."
    assert {i.text for i in make_languagetool_engine(lt_server.url).check(text)} == {
        "recieve",
        "a ",
    }
    eng = make_languagetool_engine(lt_server.url, vocabulary=vocab)
    assert [i.rule for i in eng.check(text)] == ["lt:EN_A_VS_AN"]


def test_send_vocabulary_is_never_a_misspelling(lt_server):
    text = "The SENCo uses Makaton with Jade."
    flagged = {(i.text, i.kind) for i in make_languagetool_engine(lt_server.url).check(text)}
    assert flagged == {("Jade", "spelling")}  # the server flags all three; ours are dropped


def test_unreadable_vocabulary_is_a_one_line_error(lt_server, tmp_path):
    with pytest.raises(EngineError, match="vocabulary .*missing.txt"):
        make_languagetool_engine(lt_server.url, vocabulary=tmp_path / "missing.txt")


@pytest.mark.parametrize(
    "url",
    [
        "https://api.languagetool.org",
        "https://api.languagetool.org/v2/",
        "api.languagetool.org",
        "https://languagetool.org/api",
        "https://api.languagetoolplus.com/v2",
        "http://API.LanguageTool.org:443",
    ],
)
def test_public_service_is_refused_without_the_flag_and_nothing_is_contacted(url, no_network):
    with pytest.raises(EngineError) as e:
        make_languagetool_engine(url)
    msg = str(e.value)
    assert "\n" not in msg
    assert "refusing the public service" in msg and "--allow-public-languagetool" in msg
    assert no_network == []


def test_public_service_with_the_flag_is_attempted(no_network):
    # With permission the adapter goes ahead (and here meets the blocked network).
    with pytest.raises(EngineError) as e:
        make_languagetool_engine("https://api.languagetool.org", allow_public=True)
    assert "refusing" not in str(e.value)
    assert no_network, "with the flag the public server is contacted"


def test_public_host_detection_is_not_fooled_by_look_alikes():
    assert is_public_host("https://api.languagetool.org/v2")
    assert not is_public_host("http://languagetool.council.gov.uk:8081")
    assert not is_public_host("http://notlanguagetool.org")
    assert not is_public_host("http://127.0.0.1:8081")


def test_a_server_that_is_down_gives_one_line_error():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(EngineError) as e:
        make_languagetool_engine(f"http://127.0.0.1:{port}")
    msg = str(e.value)
    assert "\n" not in msg and f"127.0.0.1:{port}" in msg and "cannot be used" in msg
    assert msg.endswith("(Connection refused)")


def test_a_server_that_fails_mid_run_gives_one_line_error(lt_server):
    eng = make_languagetool_engine(lt_server.url)
    lt_server.broken = True
    with pytest.raises(EngineError) as e:
        eng.check("Some text.")
    assert "\n" not in str(e.value) and "failed" in str(e.value)


def test_a_server_that_hangs_times_out_with_one_line_error(lt_server):
    from dataclasses import replace

    cfg = replace(default_config(), timeout_seconds=0.2)
    eng = LanguageToolEngine(lt_server.url + "/", config=cfg)
    lt_server.delay = 1.0
    with pytest.raises(EngineError) as e:
        eng.check("Some text.")
    assert str(e.value).endswith("check failed (timed out)")


@pytest.mark.parametrize("url", ["", "ftp://example.org", "http://"])
def test_bad_urls_are_refused(url):
    with pytest.raises(EngineError):
        make_languagetool_engine(url)


def test_get_engine_uses_languagetool_when_configured(lt_server, monkeypatch):
    eng = get_engine(languagetool_url=lt_server.url)
    assert isinstance(eng, LanguageToolEngine) and eng.name == "languagetool"
    assert get_engine(languagetool_url=lt_server.url) is eng  # built once, reused
    engines.clear_cache()
    monkeypatch.setenv(engines.ENV_URL, lt_server.url + "/v2/")
    env_eng = get_engine()
    assert isinstance(env_eng, LanguageToolEngine)
    assert [i.kind for i in env_eng.check("They was late.")] == ["grammar"]


def test_configure_then_get_engine(lt_server):
    engines.configure(lt_server.url)
    assert isinstance(get_engine(), LanguageToolEngine)


def test_get_engine_refuses_public_url_from_the_environment(monkeypatch, no_network):
    monkeypatch.setenv(engines.ENV_URL, "https://api.languagetool.org")
    with pytest.raises(EngineError, match="refusing the public service"):
        get_engine()
    assert no_network == []


def test_permission_for_the_public_service_can_come_from_the_environment(monkeypatch, no_network):
    monkeypatch.setenv(engines.ENV_URL, "https://api.languagetool.org")
    monkeypatch.setenv(engines.ENV_ALLOW_PUBLIC, "1")
    with pytest.raises(EngineError) as e:
        get_engine()
    assert "refusing" not in str(e.value)
    assert no_network, "with permission the public server is contacted"


def test_default_engine_is_harper_or_a_clear_error():
    try:
        eng = get_engine()
    except EngineError as e:  # the Harper backend is built by another part of issue 4
        assert "\n" not in str(e) and "Harper" in str(e)
    else:
        assert not isinstance(eng, LanguageToolEngine)
        assert hasattr(eng, "check") and hasattr(eng, "check_many")


# -- the shared command-line options ------------------------------------------------------------


def _cli_app():
    import typer

    from ehcaudit.cli.engine_options import (
        ALLOW_PUBLIC_OPTION,
        LANGUAGETOOL_OPTION,
        apply_engine_options,
    )

    app = typer.Typer()

    @app.command()
    def proof(
        text: str,
        languagetool_url: str | None = LANGUAGETOOL_OPTION,
        allow_public_languagetool: bool = ALLOW_PUBLIC_OPTION,
    ) -> None:
        apply_engine_options(languagetool_url, allow_public_languagetool)
        try:
            issues = get_engine().check(text)
        except EngineError as e:
            typer.echo(f"error: {e}", err=True)
            raise typer.Exit(1) from None
        typer.echo(" ".join(f"{i.kind}:{i.text}" for i in issues))

    return app


def test_cli_options_choose_languagetool_for_the_process_without_touching_the_environment(
    lt_server,
):
    import os

    from typer.testing import CliRunner

    res = CliRunner().invoke(_cli_app(), ["They was here.", "--languagetool-url", lt_server.url])
    assert res.exit_code == 0, res.output
    assert res.stdout.strip() == "grammar:They was"
    assert engines.languagetool_settings() == (lt_server.url, False)  # forked workers see it
    assert engines.ENV_URL not in os.environ


def test_no_languagetool_setting_leaks_between_tests():
    import os

    assert engines.ENV_URL not in os.environ
    assert engines.languagetool_settings() == (None, False)


def test_cli_option_refuses_public_service_as_a_usage_error(no_network):
    from typer.testing import CliRunner

    res = CliRunner().invoke(
        _cli_app(), ["Text.", "--languagetool-url", "https://api.languagetool.org/v2"]
    )
    assert res.exit_code == 2
    flat = " ".join(res.output.replace("\u2502", " ").split())  # rich wraps the usage panel
    assert "refusing the public LanguageTool service" in flat
    assert no_network == []


def test_cli_option_read_from_the_environment(lt_server, monkeypatch):
    from typer.testing import CliRunner

    monkeypatch.setenv(engines.ENV_URL, lt_server.url)
    res = CliRunner().invoke(_cli_app(), ["We recieve it."])
    assert res.exit_code == 0, res.output
    assert res.stdout.strip() == "spelling:recieve"


def test_cli_server_down_is_one_line(monkeypatch):
    from typer.testing import CliRunner

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv(engines.ENV_URL, "")
    res = CliRunner().invoke(
        _cli_app(), ["Text.", "--languagetool-url", f"http://127.0.0.1:{port}"]
    )
    assert res.exit_code == 2  # stopped before any input is read
    (line,) = res.stderr.strip().splitlines()
    assert line == (
        f"error: LanguageTool server http://127.0.0.1:{port}/: cannot be used (Connection refused)"
    )
    assert res.stdout == ""


# -- end to end: the real proofread command against the local protocol server -------------------


def test_proofread_command_with_a_languagetool_server(lt_server, tmp_path):
    import json

    from typer.testing import CliRunner

    from ehcaudit.cli import app

    doc = tmp_path / "letter.md"
    doc.write_text(
        "Dear parents,\n\nThe SENCo will recieve the reports. They was sent in May.\n",
        encoding="utf-8",
    )
    res = CliRunner().invoke(
        app, ["proofread", str(doc), "--format", "json", "--languagetool-url", lt_server.url]
    )
    assert res.exit_code == 0, res.output
    (document,) = json.loads(res.stdout)["documents"]
    found = {(f["kind"], f["text"], tuple(f["suggestions"])) for f in document["findings"]}
    assert ("spelling", "recieve", ("receive",)) in found
    assert ("grammar", "They was", ("they were",)) in found
    assert not any(f["text"] == "SENCo" for f in document["findings"])  # SEND vocabulary
    assert lt_server.checks() and all(f["language"] == "en-GB" for f in lt_server.checks())


def test_proofread_command_refuses_the_public_service(tmp_path, no_network):
    from typer.testing import CliRunner

    from ehcaudit.cli import app

    doc = tmp_path / "letter.md"
    doc.write_text("Some text.\n", encoding="utf-8")
    res = CliRunner().invoke(
        app, ["proofread", str(doc), "--languagetool-url", "https://api.languagetool.org"]
    )
    assert res.exit_code == 2
    assert "refusing the public LanguageTool service" in " ".join(
        res.output.replace("\u2502", " ").split()
    )
    assert no_network == []
