"""The main window only composes: session pages, the sidebar panes, menus and status bar."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from peerdesk.ui import clipboard, look
from peerdesk.ui.backups import BackupScheduler
from peerdesk.ui.idle import IdleWatcher
from peerdesk.ui.lock_screen import UnlockPage
from peerdesk.ui.panes.attendance_pane import AttendancePane
from peerdesk.ui.panes.members_pane import MembersPane
from peerdesk.ui.panes.reports_pane import ReportsPane
from peerdesk.ui.panes.resources_pane import ResourcesPane
from peerdesk.ui.session import Session
from peerdesk.ui.welcome import RecoveryKeyPage, WelcomePage

PANE_TYPES = (AttendancePane, MembersPane, ResourcesPane, ReportsPane)
# Menus that panes name in menu_actions() (English keys, translated when the menu is made).
PANE_MENUS = (QT_TRANSLATE_NOOP("MainWindow", "&Attendance"),)


def show_message(parent, title: str, text: str) -> None:
    """Informational message box; a seam that tests monkeypatch."""
    QMessageBox.information(parent, title, text)


class MainWindow(QMainWindow):
    WELCOME, RECOVERY, UNLOCK, WORKSPACE = range(4)

    def __init__(self, session: Session, settings: QSettings | None = None) -> None:
        super().__init__()
        self.session = session
        self.qsettings = settings or QSettings()
        self.setMinimumSize(900, 600)

        self.welcome = WelcomePage(session)
        self.recovery = RecoveryKeyPage(session)
        self.unlock_page = UnlockPage(session)
        self.panes = [cls() for cls in PANE_TYPES]
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setFixedWidth(max(170, look.chars(self.sidebar, 18)))
        self.pane_stack = QStackedWidget()
        for pane in self.panes:
            self.sidebar.addItem(QListWidgetItem(pane.display_title()))
            self.pane_stack.addWidget(pane)
        self._stale: set[int] = set()  # panes not yet filled since the last unlock
        self.sidebar.currentRowChanged.connect(self._pane_changed)
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sidebar)
        row.addWidget(self.pane_stack, 1)

        self.pages = QStackedWidget()
        for page in (self.welcome, self.recovery, self.unlock_page, workspace):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)

        self.org_label = QLabel()
        self.file_label = QLabel()
        self.state_label = QLabel()
        for label, name in (
            (self.org_label, self.tr("Organisation")),
            (self.file_label, self.tr("Database file")),
            (self.state_label, self.tr("Lock state")),
        ):
            label.setAccessibleName(name)
            self.statusBar().addWidget(label)
        self.backups = BackupScheduler(session, self)
        self._build_menus()

        self.idle = IdleWatcher(parent=self)
        self.idle.idle.connect(self.lock)
        QApplication.instance().installEventFilter(self.idle)

        self.welcome.created.connect(self._on_created)
        self.recovery.done.connect(self._show_workspace)
        session.unlocked.connect(self._on_unlocked)
        session.locked.connect(self._on_locked)
        self._restore_ui_state()

        if session.is_unlocked:
            self._on_unlocked()
        elif session.needs_setup():
            self._set_locked_ui()
            self.pages.setCurrentIndex(self.WELCOME)
        else:
            self._set_locked_ui()
            self._show_unlock()

    # -- menus ---------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.pane_actions = []
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        file_menu.addAction(self.lock_action)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.show_settings)
        file_menu.addAction(self.settings_action)
        self.pane_actions.append(self.settings_action)
        file_menu.addActions(self.backups.actions)
        self.pane_actions.extend(self.backups.actions)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for index, pane in enumerate(self.panes):
            action = QAction(pane.display_title(), self)
            action.setShortcut(QKeySequence(pane.shortcut))
            action.triggered.connect(lambda _checked=False, i=index: self.show_pane(i))
            self.go_menu.addAction(action)
            self.pane_actions.append(action)
        find = QAction(self.tr("&Search this pane"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        self.go_menu.addSeparator()
        self.go_menu.addAction(find)
        self.pane_actions.append(find)

        # Actions that panes contribute (imports, exports, kiosk…), under the menu they name.
        self.menus = {"&File": file_menu, "&Go": self.go_menu}
        for pane in self.panes:
            for menu_name, action in pane.menu_actions():
                if menu_name not in self.menus:
                    self.menus[menu_name] = self.menuBar().addMenu(self.tr(menu_name))
                self.menus[menu_name].addAction(action)
                self.pane_actions.append(action)
        # Also on the window itself, so shortcuts work even where the menu bar is native or hidden.
        self.addActions([self.lock_action, quit_action, *self.pane_actions])

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.setShortcut(QKeySequence.StandardKey.HelpContents)
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        about = QAction(self.tr("&About peerdesk"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def shortcut_text(self) -> str:
        from peerdesk.ui.dialogs import shortcuts_dialog

        rows = shortcuts_dialog.collect(self)
        return "\n".join(f"{s.keys}\t{s.what}\t{s.where}" for s in rows)

    def show_settings(self) -> None:
        from peerdesk.ui.dialogs.settings_dialog import SettingsDialog

        if self.session.is_unlocked and SettingsDialog.launch(self):
            self.idle.set_minutes(self.session.idle_minutes())
            self.idle.start()
            self._update_status()

    def show_shortcuts(self):
        from peerdesk.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        return ShortcutsDialog.launch(self)

    def show_about(self) -> None:
        from peerdesk.ui.dialogs.about_dialog import AboutDialog

        AboutDialog.launch(self)

    # -- navigation ----------------------------------------------------------------------------
    def show_pane(self, index: int) -> None:
        if self.session.is_unlocked:
            self.sidebar.setCurrentRow(index)

    def current_pane(self):
        return self.pane_stack.currentWidget()

    def focus_search(self) -> None:
        pane = self.current_pane()
        if self.session.is_unlocked and hasattr(pane, "search"):
            pane.search.setFocus()
            pane.search.selectAll()

    # -- lock and unlock -----------------------------------------------------------------------
    def lock(self) -> None:
        if self.session.is_unlocked:
            for pane in self.panes:
                pane.before_lock()
        self.session.lock()

    def _on_created(self, recovery_key: str) -> None:
        self.recovery.show_key(recovery_key)
        self.pages.setCurrentIndex(self.RECOVERY)

    def _pane_changed(self, index: int) -> None:
        self.pane_stack.setCurrentIndex(index)
        self._fill_current_pane()

    def _fill_current_pane(self) -> None:
        """Panes load their data when first shown after an unlock: start-up does no more than the
        visible pane needs."""
        index = self.pane_stack.currentIndex()
        if index in self._stale and self.session.is_unlocked:
            self._stale.discard(index)
            self.panes[index].on_unlocked()

    def _on_unlocked(self) -> None:
        self._stale = set(range(len(self.panes)))
        self._fill_current_pane()
        self.idle.set_minutes(self.session.idle_minutes())
        self.idle.start()
        self.lock_action.setEnabled(True)
        for action in self.pane_actions:
            action.setEnabled(True)
        self._update_status()
        if self.pages.currentIndex() != self.RECOVERY:
            self._show_workspace()

    def _show_workspace(self) -> None:
        self.pages.setCurrentIndex(self.WORKSPACE)
        if self.sidebar.currentRow() < 0:
            self.sidebar.setCurrentRow(0)
        self.focus_search()

    def _on_locked(self) -> None:
        # Dialogs first, so nothing confidential stays on screen behind the lock page.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog | QMessageBox) and widget.isVisible():
                widget.reject()
        self._stale = set()
        for pane in self.panes:
            pane.on_locked()
        clipboard.clear_if_ours()
        self._set_locked_ui()
        self._show_unlock()

    def _set_locked_ui(self) -> None:
        self.idle.stop()
        self.lock_action.setEnabled(False)
        for action in self.pane_actions:
            action.setEnabled(False)
        self._update_status()

    def _show_unlock(self) -> None:
        self.unlock_page.prepare()
        self.pages.setCurrentIndex(self.UNLOCK)

    def _update_status(self) -> None:
        unlocked = self.session.is_unlocked
        organisation = self.session.organisation() if unlocked else ""
        self.org_label.setText(organisation)
        self.file_label.setText(str(self.session.vault.db_path))
        self.state_label.setText(self.tr("🔓 Unlocked") if unlocked else self.tr("🔒 Locked"))
        title = "peerdesk"
        if organisation:
            title += f" — {organisation}"
        if self.session.demo:
            title = self.tr("DEMO") + " — " + title
        self.setWindowTitle(title)

    # -- window state --------------------------------------------------------------------------
    def _restore_ui_state(self) -> None:
        geometry = self.qsettings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        try:
            pane = int(self.qsettings.value("window/pane", 0))
        except (TypeError, ValueError):
            pane = 0
        self.sidebar.setCurrentRow(pane if 0 <= pane < len(self.panes) else 0)

    def save_ui_state(self) -> None:
        self.qsettings.setValue("window/geometry", self.saveGeometry())
        self.qsettings.setValue("window/pane", max(0, self.sidebar.currentRow()))
        self.qsettings.sync()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.save_ui_state()
        QApplication.instance().removeEventFilter(self.idle)
        self.lock()
        super().closeEvent(event)
