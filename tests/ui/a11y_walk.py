"""Reading a widget tree the way a screen reader does: which focusable controls have no name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QStackedWidget, QWidget


def effective_name(widget: QWidget) -> str:
    """The name assistive technology reads: Qt derives it from the accessible name, the text of a
    button, or the buddy label of a field."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _describe(widget: QWidget) -> str:
    chain = []
    w = widget
    while w is not None and len(chain) < 4:
        chain.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return " < ".join(chain)


def _reveal(widget: QWidget, root: QWidget) -> None:
    """Bring every stack (tab pages, wizard pages) between root and widget to widget's page."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not root:
        if isinstance(parent, QStackedWidget):
            parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def _unnamed_now(root: QWidget) -> set[str]:
    found = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.focusProxy() is not None:
            continue
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if widget.isWindow() and widget is not root:
            continue
        if not effective_name(widget):
            found.add(_describe(widget))
    return found


def unnamed_controls(root: QWidget) -> set[str]:
    """Every focusable control (shown, or shown once its tab/page is current) without a name."""
    found = _unnamed_now(root)
    for stack in root.findChildren(QStackedWidget):
        for index in range(stack.count()):
            page = stack.widget(index)
            _reveal(page, root)
            found |= _unnamed_now(root)
    return found


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits inside root, in order, starting from the first one."""
    chain, widget = [], root.nextInFocusChain()
    while widget is not root:
        if (
            root.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(root)
            and widget.isEnabled()
            and widget.focusProxy() is None
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def tab_order_offenders(root: QWidget) -> list[str]:
    """Pairs of controls side by side on one row where Tab goes right to left."""
    chain = tab_chain(root)
    bad = []
    for i, a in enumerate(chain):
        for b in chain[i + 1 :]:
            ra = a.rect().translated(a.mapTo(root, a.rect().topLeft()))
            rb = b.rect().translated(b.mapTo(root, b.rect().topLeft()))
            same_row = abs(ra.center().y() - rb.center().y()) < min(ra.height(), rb.height()) / 2
            if same_row and rb.right() < ra.left():
                bad.append(f"{_label(a)} before {_label(b)}")
    return bad


def _label(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return (
        widget.accessibleName() or (text if isinstance(text, str) else "") or type(widget).__name__
    )
