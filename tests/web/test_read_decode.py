"""One rule from bytes to text for both faces: ``rome read FILE`` and ``POST /api/read`` with the bytes as the body
(``read.source.decode``).  The edge: a few bytes, pure ASCII, Latin-1, UTF-8 with a mark, UTF-16 and UTF-32, binary.

Before, the API read a body as UTF-8 with replacement characters, so the four bytes of "Café" in Latin-1 were
refused as not text, while the CLI asked charset-normalizer, which read them as UTF-16 ("䍡曩") and a PNG's header
as text too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from romestatute.cli.main import main
from romestatute.read.source import decode

TODAY = "2026-12-01"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"

#: (bytes, the text read, or None where it is refused as not text)
CASES: list[tuple[bytes, str | None]] = [
    (b"a", "a"),
    (b"ok", "ok"),
    (b"Cafe", "Cafe"),
    ("Café".encode("latin-1"), "Café"),                          # 4 bytes: the case the API refused
    ("é".encode("latin-1"), "é"),                                # 1 byte
    ("à là".encode("latin-1"), "à là"),                          # cp1250 would read « ŕ lŕ »
    ("\u201cCour\u201d".encode("cp1252"), "\u201cCour\u201d"),  # Windows-1252's quotes, Latin-1's controls
    ("Café".encode(), "Café"),
    (b"\xef\xbb\xbf" + "Café".encode(), "Café"),          # UTF-8 with its mark: the mark dropped
    ("Café".encode("utf-16"), "Café"),                          # UTF-16 with its mark (NUL bytes, yet text)
    (b"\xfe\xff" + "Café".encode("utf-16-be"), "Café"),
    ("Café".encode("utf-32"), "Café"),
    ("Café".encode("utf-16-le"), None),                         # no mark: NUL bytes, binary
    (b"\x00", None),
    (b"ab\x00cd", None),
    (PNG[:8], None),                                             # a PNG's signature alone
    (PNG, None),
    (b"\x01\x02\x03", None),
    (b"\x80\x81", None),                                         # C1 controls / undefined in Windows-1252
]


@pytest.mark.parametrize(("data", "want"), CASES)
def test_decode(data: bytes, want: str | None) -> None:
    if want is None:
        with pytest.raises(Exception, match="not text") as caught:
            decode(data)
        assert getattr(caught.value, "field", None) == "text"
        return
    text, encoding, caveats = decode(data)
    assert text == want
    if encoding == "utf-8":  # pure ASCII too; a UTF-8 mark is dropped without a word
        assert caveats == []
    else:
        assert len(caveats) == 1 and encoding in {"cp1252", "utf-16", "utf-32"}
        assert ("UTF-16" in caveats[0]) == (encoding == "utf-16")
        assert ("Windows-1252" in caveats[0]) == (encoding == "cp1252")


def _cli(capsys: pytest.CaptureFixture[str], tmp_path: Path, data: bytes, *lang: str) -> tuple[int, str]:
    """``rome read FILE --json``'s exit code and its output (stdout, or the error's line on stderr)."""
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    capsys.readouterr()
    try:
        main(["read", str(path), "--json", "--today", TODAY, *lang])
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out if code == 0 else out.err


def _api(client: Any, data: bytes, lang: str = "en") -> Any:
    return client.post(f"/api/read?today={TODAY}&lang={lang}", content=data, headers={"content-type": "text/plain"})


@pytest.mark.parametrize(("data", "want"), CASES)
def test_the_cli_and_the_api_agree(client: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path, data: bytes,
                                   want: str | None) -> None:
    code, output = _cli(capsys, tmp_path, data)
    r = _api(client, data)
    if want is None:
        assert code == 2 and "not text" in output and output.count("\n") == 1 and "Traceback" not in output
        assert r.status_code == 422 and r.json()["field"] == "text" and "not text" in r.json()["error"]
        return
    assert code == 0, output
    assert r.status_code == 200, r.text
    cli_answer, api_answer = json.loads(output), r.json()
    assert cli_answer["text"] == api_answer["text"] == want
    assert cli_answer["caveats"] == api_answer["caveats"]  # the decoding's caveat, said the same way


def test_latin_1_and_binary_in_french(client: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = "Café".encode("latin-1")
    code, output = _cli(capsys, tmp_path, data, "--lang", "fr")
    api = _api(client, data, "fr").json()
    assert code == 0 and json.loads(output)["caveats"] == api["caveats"]
    assert "Le texte n’était pas en UTF-8\u00a0; il a été lu en Windows-1252 (Latin-1)." in api["caveats"]
    code, output = _cli(capsys, tmp_path, PNG, "--lang", "fr")
    r = _api(client, PNG, "fr")
    assert code == 2 and "ce n’est pas du texte" in output
    assert r.status_code == 422 and r.headers["content-language"] == "fr" and "ce n’est pas du texte" in r.json()["error"]


def test_a_declared_charset_is_used(client: Any) -> None:
    data = "Côte d’Ivoire".encode("utf-16-le")  # no mark, so NUL bytes: binary unless the request says UTF-16 LE
    assert _api(client, data).status_code == 422
    r = client.post(f"/api/read?today={TODAY}", content=data, headers={"content-type": "text/plain; charset=utf-16le"})
    assert r.status_code == 200 and r.json()["text"] == "Côte d’Ivoire"
    assert any("as the request declared" in c for c in r.json()["caveats"])
    plain = client.post(f"/api/read?today={TODAY}", content="Café".encode(),
                        headers={"content-type": "text/plain; charset=utf-8"})  # the habit of most clients
    assert plain.json()["text"] == "Café" and not any("UTF" in c for c in plain.json()["caveats"])
    odd = client.post(f"/api/read?today={TODAY}", content=b"Caf\xe9", headers={"content-type": "text/plain; charset=base64"})
    assert odd.status_code == 200 and odd.json()["text"] == "Café"  # not a text encoding: the usual rule


def test_a_long_cyrillic_legacy_text_is_still_detected() -> None:
    data = ("Россия вышла из Международного уголовного суда. " * 40).encode("cp1251")
    text, encoding, _caveats = decode(data)
    assert encoding == "cp1251" and text.startswith("Россия")
    short = "Россия".encode("cp1251")  # too short to tell: read as Windows-1252, as every short legacy text
    assert decode(short)[1] == "cp1252"
