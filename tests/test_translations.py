"""Every marked string has a finished Spanish translation, and the compiled .qm files are current."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from peerdesk import i18n

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
LUPDATE, LRELEASE = BIN / "pyside6-lupdate", BIN / "pyside6-lrelease"


def _messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def _ts_files(lang: str = "es") -> list[Path]:
    return sorted(TRANSLATIONS.glob(f"*_{lang}.ts"))


def test_no_unfinished_or_empty_translations():
    files = _ts_files()
    assert files, "no Spanish .ts files"
    unfinished = []
    for path in files:
        for context, message in _messages(path):
            node = message.find("translation")
            kind = node.get("type") if node is not None else "missing"
            text = "".join(node.itertext()).strip() if node is not None else ""
            if kind in ("unfinished", "missing") or not text:
                unfinished.append(f"{path.name}: {context}: {message.findtext('source')!r}")
    assert not unfinished, "\n".join(unfinished[:40]) + f"\n({len(unfinished)} in all)"


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
def test_every_marked_string_in_the_code_is_in_a_ts_file(tmp_path):
    """lupdate over the whole package finds no string that the committed .ts files lack."""
    fresh = tmp_path / "all_es.ts"
    subprocess.run(
        [str(LUPDATE), "-extensions", "py", str(ROOT / "peerdesk"), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    known = {
        (context, message.findtext("source"))
        for path in _ts_files()
        for context, message in _messages(path)
    }
    missing = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in _messages(fresh)
        if (context, message.findtext("source")) not in known
    ]
    assert not missing, "run scripts/update-translations.sh:\n" + "\n".join(missing[:40])


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed")
def test_compiled_qm_files_match_their_sources(tmp_path):
    for ts in _ts_files():
        out = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(out)], check=True)
        assert out.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"{ts.name}: recompile"


def test_documents_translate_without_qt(monkeypatch):
    monkeypatch.setattr(i18n, "_default_language", None)
    try:
        i18n.set_language("es")
        assert i18n.long_date(dt.date(2026, 11, 26)) == "jueves 26 de noviembre de 2026"
        i18n.set_language("en")
        assert i18n.long_date(dt.date(2026, 11, 26)) == "Thursday 26 November 2026"
    finally:
        i18n.set_language("en")


def test_system_language(monkeypatch):
    for var in ("PEERDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert i18n.system_language() == "es"
    monkeypatch.setenv("PEERDESK_LANG", "fr")
    assert i18n.system_language() == "en"  # no French: English


def test_domain_messages_follow_the_language(tmp_path):
    """Domain sentences are translated when they are produced, in the language then in force."""
    from peerdesk.domain import dates, keys
    from peerdesk.domain.attendance_import import import_attendance

    try:
        i18n.set_language("es")
        assert str(keys.WrongPassphrase()) == "Frase de contraseña incorrecta."
        with pytest.raises(ValueError, match="no es una fecha: «31/31/2025»"):
            dates.parse_date("31/31/2025", "dmy")
        problem = tmp_path / "a.csv"
        problem.write_text("Group,Name\nMonday circle,Ana\n", encoding="utf-8")
        result = import_attendance(problem, dry_run=True)
        assert result.problems[0].message == "no se encontró la columna «date»"
        i18n.set_language("en")
        assert str(keys.WrongPassphrase()) == "Wrong passphrase."
    finally:
        i18n.set_language("en")
