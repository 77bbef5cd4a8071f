"""The "About safety" page: when not to do this, when to see a professional, and that this is self-care.

It shows `kneecare.core.safety.about_safety()`; `show_safety_page()` is the one way to open it (the main
window's Help and Safety menus, its status-bar link, and later the tray).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from kneecare import APP_NAME
from kneecare.core.safety import DEFAULT_SCREENING_INTERVAL_DAYS, Section, about_safety


def translate_safety(text: str) -> str:
    """A text of kneecare.core.safety in the person's language (listed for lupdate in
    resources/translations/safety_texts.py)."""
    return QCoreApplication.translate("safety", text) if text else text


def page_html(sections: tuple[Section, ...]) -> str:
    parts: list[str] = []
    for section in sections:
        parts.append(f"<h3>{html.escape(section.heading)}</h3>")
        parts.extend(f"<p>{html.escape(p)}</p>" for p in section.paragraphs)
        if section.points:
            items = "".join(f"<li>{html.escape(point)}</li>" for point in section.points)
            parts.append(f"<ul>{items}</ul>")
    return "".join(parts)


class SafetyPage(QDialog):
    """A calm, scrollable page; not modal, so it can stay open beside a session."""

    def __init__(
        self, parent: QWidget | None = None, interval_days: int = DEFAULT_SCREENING_INTERVAL_DAYS
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SafetyPage")
        self.setWindowTitle(self.tr("About safety · %1").replace("%1", APP_NAME))
        self.setModal(False)
        self.resize(620, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        self.browser = QTextBrowser()
        self.browser.setObjectName("safetyText")
        self.browser.setAccessibleName(self.tr("About safety"))
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        font = self.browser.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.browser.setFont(font)
        self.browser.document().setDocumentMargin(4)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.set_interval(interval_days)

    def set_interval(self, interval_days: int) -> None:
        self.browser.setHtml(page_html(about_safety(interval_days, translate_safety)))

    def text(self) -> str:
        return self.browser.toPlainText()


_ORPHAN: list[SafetyPage] = []  # a page opened with no parent window (from the tray) stays referenced


def show_safety_page(
    parent: QWidget | None = None, interval_days: int = DEFAULT_SCREENING_INTERVAL_DAYS
) -> SafetyPage:
    """Open the page, or bring the open one to the front: there is only ever one."""
    page = parent.findChild(SafetyPage) if parent is not None else (_ORPHAN[0] if _ORPHAN else None)
    if page is None:
        page = SafetyPage(parent, interval_days)
        page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        if parent is None:
            _ORPHAN.append(page)
    else:
        page.set_interval(interval_days)
    page.show()
    page.raise_()
    page.activateWindow()
    return page
