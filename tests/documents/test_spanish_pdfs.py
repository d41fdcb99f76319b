"""PDFs print in the language of peerdesk.i18n: Spanish labels when it is set to "es"."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from peerdesk import i18n
from peerdesk.documents.handout import HandoutDoc, HandoutEntry, build_handout
from peerdesk.documents.signin_sheet import SignInSheet, build_signin_sheet


@pytest.fixture
def spanish():
    i18n.set_language("es")
    try:
        yield
    finally:
        i18n.set_language("en")


def _text(path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_signin_sheet_in_spanish(tmp_path, spanish):
    sheet = SignInSheet(
        organisation="Centro Zoë",
        group_name="Círculo de duelo",
        date=dt.date(2026, 11, 26),
        time_text="18:30",
        location="Sala 2",
        facilitator="Ana",
        confidentiality="Lo que se dice aquí, se queda aquí.",
        style="first_initial",
        roster=["José M.", "Zoë K."],
        blank_rows=2,
    )
    path = tmp_path / "hoja.pdf"
    build_signin_sheet(path, sheet)
    text = _text(path)
    for label in (
        "Hoja de firmas",
        "¿Primera vez?",
        "Iniciales",
        "Presente",
        "Lugar",
        "Página 1 de 1",
    ):
        assert label in text, label
    assert "jueves 26 de noviembre de 2026" in text
    assert "First time?" not in text and "Page 1" not in text


def test_handout_in_spanish(tmp_path, spanish):
    doc = HandoutDoc(
        title="",
        entries=[HandoutEntry("Línea de crisis", "hotline", phone="988", hours="24 h")],
    )
    path = tmp_path / "hoja.pdf"
    build_handout(path, doc)
    text = _text(path)
    for label in ("Recursos", "Líneas de ayuda", "Teléfono:", "Horario:"):
        assert label in text, label
    assert "Hotlines" not in text and "Phone:" not in text


def test_language_is_back_to_english_after(tmp_path):
    assert i18n.language() == "en"
    assert i18n.translate("SignInSheet", "First time?") == "First time?"
