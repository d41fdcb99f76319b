"""Help ▸ About: what peerdesk is, its version, and the licences of what it is built with.

The packaged app ships Qt, reportlab, SQLCipher and the DejaVu fonts inside it; their licences
ask that users can see them, so the versions are read at run time from the modules actually
loaded, and the fonts' licence is shown in full.
"""

from __future__ import annotations

import html
import importlib
from importlib import metadata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
)

from peerdesk import __version__
from peerdesk.paths import resource_path

PURPOSE = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "Offline attendance, confidential notes, resources and funder reports for peer-support groups.",
)
DEJAVU_LICENCE = ("fonts", "LICENSE-DejaVu.txt")

# (component, what it does here, licence, how to read its version: (module, attribute[, format])
# or a distribution name for importlib.metadata)
COMPONENTS = (
    (
        "Qt",
        QT_TRANSLATE_NOOP("AboutDialog", "the window"),
        "LGPLv3",
        ("PySide6.QtCore", "qVersion"),
    ),
    (
        "PySide6",
        QT_TRANSLATE_NOOP("AboutDialog", "Qt for Python"),
        "LGPLv3",
        ("PySide6", "__version__"),
    ),
    (
        "SQLCipher",
        QT_TRANSLATE_NOOP("AboutDialog", "the encrypted database"),
        "BSD-style",
        ("sqlcipher3", "sqlite_version", "SQLite {}"),
    ),
    (
        "peewee",
        QT_TRANSLATE_NOOP("AboutDialog", "database access"),
        "MIT",
        ("peewee", "__version__"),
    ),
    (
        "reportlab",
        QT_TRANSLATE_NOOP("AboutDialog", "PDF documents"),
        "BSD",
        ("reportlab", "Version"),
    ),
    (
        "Pillow",
        QT_TRANSLATE_NOOP("AboutDialog", "images in PDFs"),
        "MIT-CMU",
        ("PIL", "__version__"),
    ),
    ("openpyxl", QT_TRANSLATE_NOOP("AboutDialog", "Excel files"), "MIT", "openpyxl"),
    ("argon2-cffi", QT_TRANSLATE_NOOP("AboutDialog", "passphrase hashing"), "MIT", "argon2-cffi"),
    (
        "cryptography",
        QT_TRANSLATE_NOOP("AboutDialog", "key wrapping"),
        "Apache-2.0 or BSD",
        ("cryptography", "__version__"),
    ),
    (
        "platformdirs",
        QT_TRANSLATE_NOOP("AboutDialog", "where data is kept"),
        "MIT",
        ("platformdirs", "__version__"),
    ),
    ("DejaVu fonts", QT_TRANSLATE_NOOP("AboutDialog", "PDF text"), "Bitstream Vera licence", None),
)


def component_version(source) -> str:
    """The running version of a component, or "" when it cannot be told."""
    try:
        if isinstance(source, str):
            return metadata.version(source)
        if source is not None:
            value = getattr(importlib.import_module(source[0]), source[1])
            text = str(value() if callable(value) else value)
            return source[2].format(text) if len(source) > 2 else text
    except (ImportError, AttributeError, metadata.PackageNotFoundError):
        pass
    return ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


def components() -> list[tuple[str, str, str, str]]:
    """(name, purpose, licence, version) for every component shown, the purpose in the window's language."""
    return [
        (name, _tr(purpose), licence, component_version(source))
        for name, purpose, licence, source in COMPONENTS
    ]


def dejavu_licence_text() -> str:
    try:
        return resource_path(*DEJAVU_LICENCE).read_text(encoding="utf-8")
    except OSError:
        return _tr(
            "The licence file is missing from this installation: see https://dejavu-fonts.github.io/."
        )


def _components_html() -> str:
    rows = "".join(
        f"<tr><td><b>{html.escape(name)}</b>&nbsp;&nbsp;</td>"
        f"<td>{html.escape(version)}&nbsp;&nbsp;</td>"
        f"<td>{html.escape(licence)}&nbsp;&nbsp;</td>"
        f"<td>{html.escape(purpose)}</td></tr>"
        for name, purpose, licence, version in components()
    )
    heads = "".join(
        f"<th align='left'>{html.escape(_tr(head))}</th>"
        for head in (
            QT_TRANSLATE_NOOP("AboutDialog", "Component"),
            QT_TRANSLATE_NOOP("AboutDialog", "Version"),
            QT_TRANSLATE_NOOP("AboutDialog", "Licence"),
            QT_TRANSLATE_NOOP("AboutDialog", "Used for"),
        )
    )
    return f"<table cellspacing='0' cellpadding='2'><tr>{heads}</tr>{rows}</table>"


class AboutDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About peerdesk"))
        self.setMinimumWidth(620)

        from peerdesk.ui.app import app_icon

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAccessibleName(self.tr("peerdesk icon"))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(
            f"<h2>peerdesk {html.escape(__version__)}</h2>{html.escape(_tr(PURPOSE))}"
        )
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Name and version"))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = QHBoxLayout()
        heading.addWidget(icon)
        heading.addWidget(self.title, 1)

        intro = QLabel(
            self.tr(
                "peerdesk is free software under the GNU GPL, version 3 or later. It is built with:"
            )
        )
        intro.setWordWrap(True)
        self.credits = QLabel(_components_html())
        self.credits.setTextFormat(Qt.TextFormat.RichText)
        self.credits.setAccessibleName(self.tr("Components and licences"))
        self.credits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        qt_note = QLabel(
            self.tr(
                "Qt is used under the GNU LGPL version 3: its libraries ship as separate files in "
                "the app folder and can be replaced."
            )
        )
        qt_note.setWordWrap(True)

        self.licence_toggle = QToolButton()
        self.licence_toggle.setText(self.tr("DejaVu fonts licence"))
        self.licence_toggle.setCheckable(True)
        self.licence_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.licence_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.licence_toggle.setAutoRaise(True)
        self.licence_toggle.toggled.connect(self._show_licence)
        self.licence = QPlainTextEdit(dejavu_licence_text())
        self.licence.setReadOnly(True)
        self.licence.setAccessibleName(self.tr("DejaVu fonts licence text"))
        self.licence.setMinimumHeight(220)
        self.licence.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(intro)
        layout.addWidget(self.credits)
        layout.addWidget(qt_note)
        layout.addWidget(self.licence_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.licence, 1)
        layout.addWidget(buttons)

    def _show_licence(self, shown: bool) -> None:
        self.licence.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.licence_toggle.setArrowType(arrow)
        self.resize(self.width(), self.sizeHint().height())

    @classmethod
    def launch(cls, parent=None) -> None:
        """Show the dialog modally; tests monkeypatch this seam."""
        cls(parent).exec()
