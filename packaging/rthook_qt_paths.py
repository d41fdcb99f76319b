# PyInstaller run-time hook (see build.spec): replaces PyInstaller's own PySide6 hook, which imports
# QtCore at every start only to register a qt.conf; the wheel's Qt finds its prefix from where
# libQt6Core lies, and the bundle keeps the wheel's layout. Headless commands then start without Qt.
import os
import sys

os.environ["QT_PLUGIN_PATH"] = os.path.join(
    sys._MEIPASS, "PySide6", *([] if sys.platform.startswith("win") else ["Qt"]), "plugins"
)
