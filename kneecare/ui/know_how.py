"""The "More for your legs" page: short, plain know-how beyond the knee points (stockings, moving, water and
salt, weight, smoking and blood pressure, when to see a professional), reachable from the Help menu."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kneecare import APP_NAME
from kneecare.core.lazy_dataclass import dataclass
from kneecare.i18n import QT_TRANSLATE_NOOP


def _t(text: str) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP("KnowHow", ...)) in the person's language."""
    return QCoreApplication.translate("KnowHow", text)


PAGE_TITLE = QT_TRANSLATE_NOOP("KnowHow", "More for your legs")


@dataclass(frozen=True)
class KnowHow:
    heading: str
    paragraphs: tuple[str, ...]


SECTIONS: tuple[KnowHow, ...] = (
    KnowHow(
        QT_TRANSLATE_NOOP("KnowHow", "Compression stockings"),
        (
            QT_TRANSLATE_NOOP(
                "KnowHow",
                "Firm, graduated stockings can help people whose legs swell again and again, or who have "
                "varicose veins: their steady squeeze keeps fluid from pooling in the lower legs.",
            ),
            QT_TRANSLATE_NOOP(
                "KnowHow",
                "The right strength and size matter. Ask a doctor, nurse or pharmacist to choose them "
                "with you.",
            ),
        ),
    ),
    KnowHow(
        QT_TRANSLATE_NOOP("KnowHow", "Move every hour"),
        (
            QT_TRANSLATE_NOOP(
                "KnowHow",
                "Sitting or standing still for hours lets fluid settle in the lower legs. Get up and walk "
                "for a few minutes at least once an hour. When you cannot leave your seat, a set of ankle "
                "pumps keeps the calf muscles working.",
            ),
            QT_TRANSLATE_NOOP(
                "KnowHow", "Regular walking, cycling or swimming builds up the calf muscle pump over time."
            ),
        ),
    ),
    KnowHow(
        QT_TRANSLATE_NOOP("KnowHow", "Water and salt"),
        (
            QT_TRANSLATE_NOOP(
                "KnowHow",
                "Drink enough water through the day. A lot of salt makes the body hold on to water, so going "
                "easy on salty food can mean less puffiness. Oily fish and leafy greens are good to have on "
                "the plate.",
            ),
        ),
    ),
    KnowHow(
        QT_TRANSLATE_NOOP("KnowHow", "A healthy weight"),
        (
            QT_TRANSLATE_NOOP(
                "KnowHow",
                "Keeping to a healthy weight makes the work of the circulation in your legs lighter; moving "
                "more helps with both.",
            ),
        ),
    ),
    KnowHow(
        QT_TRANSLATE_NOOP("KnowHow", "Smoking, blood pressure and blood sugar"),
        (
            QT_TRANSLATE_NOOP(
                "KnowHow",
                "Stopping smoking, and keeping blood pressure and blood sugar in a healthy range, look after "
                "your blood vessels, in the legs as everywhere else. Your doctor can help with all three.",
            ),
        ),
    ),
    KnowHow(
        QT_TRANSLATE_NOOP("KnowHow", "When to see a professional"),
        (
            QT_TRANSLATE_NOOP(
                "KnowHow",
                "See a doctor or nurse if swelling or pain in a leg does not go away, or keeps coming back.",
            ),
            QT_TRANSLATE_NOOP(
                "KnowHow",
                "Get help promptly, and do not massage the leg, if it suddenly turns warm, red, badly "
                "swollen or painful.",
            ),
            QT_TRANSLATE_NOOP(
                "KnowHow",
                "For swelling that lasts, a trained therapist can offer lymphatic or deep tissue massage.",
            ),
        ),
    ),
)

FOOTNOTE = QT_TRANSLATE_NOOP(
    "KnowHow",
    "KneeCare is a self-care companion. It does not treat or heal any illness, and it does not replace "
    "advice from a health professional.",
)


def page_html(sections: tuple[KnowHow, ...] = SECTIONS) -> str:
    """The page in the person's language."""
    parts = [f"<h2>{html.escape(_t(PAGE_TITLE))}</h2>"]
    for section in sections:
        parts.append(f"<h3>{html.escape(_t(section.heading))}</h3>")
        parts.extend(f"<p>{html.escape(_t(p))}</p>" for p in section.paragraphs)
    parts.append(f"<p><i>{html.escape(_t(FOOTNOTE))}</i></p>")
    return "".join(parts)


class KnowHowPage(QDialog):
    """A calm, scrollable page; not modal, so it can stay open beside a session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KnowHowPage")
        self.setWindowTitle(f"{_t(PAGE_TITLE)} · {APP_NAME}")
        self.setModal(False)
        self.resize(600, 620)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        self.browser = QTextBrowser()
        self.browser.setObjectName("knowHowText")
        self.browser.setAccessibleName(_t(PAGE_TITLE))
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        font = self.browser.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.browser.setFont(font)
        self.browser.setHtml(page_html())
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.browser.toPlainText()


def help_menu(window: QMainWindow) -> QMenu:
    """The window's Help menu: the one already there (found by its title), else a new one at the end."""
    title = QCoreApplication.translate("KnowHow", "&Help")
    existing = getattr(window, "help_menu", None)
    if isinstance(existing, QMenu):
        return existing
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text().replace("&", "") in ("Help", title.replace("&", "")):
            return menu
    return window.menuBar().addMenu(title)


class KnowHowLink(QObject):
    """Adds "More for your legs" to the Help menu and opens one page (raised again when already open).

    A child of the window, so it lives as long as the window does."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.page: KnowHowPage | None = None
        self.action = QAction(QCoreApplication.translate("KnowHow", "&More for your legs"), window)
        self.action.setObjectName("knowHowAction")
        self.action.triggered.connect(self.open)
        help_menu(window).addAction(self.action)

    def open(self) -> KnowHowPage:
        if self.page is None:
            self.page = KnowHowPage(self.window)
        self.page.show()
        self.page.raise_()
        self.page.activateWindow()
        return self.page
