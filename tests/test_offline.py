"""Readability never downloads anything.

textstat 0.7.13 looks words up in NLTK's CMU dictionary and calls ``nltk.download('cmudict')``
when it is missing. ``ehcaudit.language.readability`` switches that look-up off at import so
pyphen's bundled en_GB patterns count every syllable. These tests prove it: with every socket
blocked, ``nltk.download`` patched to fail, and NLTK's data search recorded."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

TEXT = (
    "Jade loves drawing horses and going to the park with her big sister. "
    "The multidisciplinary consultation identified individualised communication preferences."
)


def test_readability_in_a_fresh_process_touches_neither_network_nor_nltk_data(tmp_path):
    # A fresh interpreter, so nothing imported earlier in the session can hide a download.
    script = textwrap.dedent(
        f"""
        import json, socket
        attempts = []
        def refuse(*a, **k):
            attempts.append(repr(a[1:] if a else k))
            raise OSError("network blocked")
        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse

        import nltk, nltk.data
        downloads, lookups = [], []
        def no_download(*a, **k):
            downloads.append(repr(a))
            raise AssertionError("nltk.download called")
        real_find = nltk.data.find
        def find(resource, *a, **k):
            lookups.append(resource)
            return real_find(resource, *a, **k)
        nltk.download = no_download
        nltk.downloader.download = no_download
        nltk.data.find = find

        from ehcaudit.language import readability
        r = readability.measure({TEXT!r})
        print(json.dumps({{"ease": r.reading_ease, "words": r.words, "syllables": r.syllables,
                          "attempts": attempts, "downloads": downloads, "lookups": lookups}}))
        """
    )
    env = {
        "NLTK_DATA": str(tmp_path / "no-nltk-data"),
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
    }
    res = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout.strip().splitlines()[-1])
    assert out["attempts"] == [], "no connection may be attempted"
    assert out["downloads"] == [], "nltk.download must never be called"
    assert out["lookups"] == [], "NLTK's data path must not even be searched"
    assert out["words"] == 20
    assert out["syllables"] > out["words"]  # really counted, not zero
    assert 0 < out["ease"] < 100


def test_readability_in_process_with_sockets_blocked_and_downloader_failing(
    no_network, monkeypatch
):
    import nltk

    def no_download(*a, **k):
        raise AssertionError("nltk.download called")

    monkeypatch.setattr(nltk, "download", no_download)
    monkeypatch.setattr(nltk.downloader, "download", no_download)
    from ehcaudit.language import readability

    # Fresh text each run, so textstat's caches cannot hide a look-up.
    r = readability.measure([TEXT + " Sam enjoys swimming on Tuesdays."])
    assert r.sentences == 3 and r.words == 25
    assert no_network == []


def test_syllables_come_from_pyphen_en_gb():
    import pyphen

    from ehcaudit.language import readability

    dic = pyphen.Pyphen(lang="en_GB")
    for word in ("multidisciplinary", "communication", "horses", "Jade"):
        expected = len(dic.positions(word.lower())) + 1
        assert readability.sentence_stats(word).syllables == expected, word


def test_readability_measure_orders_plain_and_dense_text():
    from ehcaudit.language import readability

    plain = readability.reading_ease("Sam likes swimming. He goes to the pool with his dad.")
    dense = readability.reading_ease(
        "Notwithstanding considerable difficulties, parental representations emphasised an "
        "aspiration towards independence and community-based recreational participation."
    )
    assert plain > 80 > 20 > dense


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "- . -"])
def test_readability_of_nothing_is_zero_not_an_error(text):
    from ehcaudit.language import readability

    r = readability.measure(text)
    assert (r.words, r.sentences, r.reading_ease) == (0, 0, 0.0)
