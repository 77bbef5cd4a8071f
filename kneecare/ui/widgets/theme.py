"""Colours the painted widgets share, taken from the widget's palette so that they follow the system's light
or dark scheme (Qt 6.5+ keeps the palette in step with `QStyleHints.colorScheme()`)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

# How visible the knee that is not being worked stays.
DIM_OPACITY = 0.32


def is_dark(palette: QPalette) -> bool:
    """Dark when the window background is dark: true for the system's dark scheme and for dark palettes."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent(palette: QPalette) -> QColor:
    """The moving marker, the ring and the active knee's highlight."""
    return QColor(palette.color(QPalette.ColorRole.Highlight))


def with_alpha(colour: QColor, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


def muted(palette: QPalette) -> QColor:
    """Secondary text and the ring's track: the text colour, softened toward the background."""
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    return QColor(
        (text.red() * 3 + back.red() * 2) // 5,
        (text.green() * 3 + back.green() * 2) // 5,
        (text.blue() * 3 + back.blue() * 2) // 5,
    )


_style_hints: QObject | None = None


def accessibility_hints() -> QObject | None:
    """Qt's accessibility hints (`QStyleHints.accessibility()`, Qt 6.10+), or None on an older Qt."""
    global _style_hints
    # Keep the QStyleHints wrapper alive: with PySide6 6.12, letting it go made the accessibility hints
    # report "already deleted" at start-up.
    _style_hints = QGuiApplication.styleHints()
    accessibility = getattr(_style_hints, "accessibility", None)
    hints = accessibility() if accessibility is not None else None
    return hints if isinstance(hints, QObject) else None


# What kneecare.platform.motion last read from the desktop where Qt cannot (None: not known).
_desktop_reduced_motion: bool | None = None


def qt_reads_motion_preference() -> bool:
    """Qt 6.12+ reads the system's motion preference itself (`accessibility().motionPreference()`)."""
    return hasattr(accessibility_hints(), "motionPreference") and hasattr(Qt, "MotionPreference")


def set_desktop_reduced_motion(reduce: bool | None) -> None:
    """The desktop's answer read without Qt (the portal, Windows): used when Qt cannot tell."""
    global _desktop_reduced_motion
    _desktop_reduced_motion = reduce


def system_prefers_reduced_motion() -> bool:
    """The desktop's "reduce motion" preference: Qt's (`motionPreference()`, Qt 6.12+) when it has one, else
    the last answer kneecare.platform.motion read; False while nothing is known."""
    hints = accessibility_hints()
    preference = getattr(hints, "motionPreference", None)
    wanted = getattr(getattr(Qt, "MotionPreference", None), "ReducedMotion", None)
    if preference is None or wanted is None:
        return bool(_desktop_reduced_motion)
    return bool(preference() == wanted)


def _danger(dark: bool, high_contrast: bool = False) -> tuple[str, str, str, str]:
    """Background and text of the safety control, enabled and disabled."""
    if high_contrast:
        return (
            ("#ff6b6b", "#000000", "#000000", "#ff6b6b")
            if dark
            else ("#a00000", "#ffffff", "#ffffff", "#a00000")
        )
    if dark:
        return "#f2b8b5", "#4a0d0a", "#5a3432", "#d9a7a3"
    return "#b3261e", "#ffffff", "#efd7d5", "#8a4a45"


def safety_button_style(dark: bool, high_contrast: bool = False) -> str:
    """The "It hurts" button stands out in both schemes, and still reads as itself when disabled."""
    danger, on_danger, soft, soft_text = _danger(dark, high_contrast)
    return (
        f"QPushButton {{ background: {danger}; color: {on_danger}; font-weight: bold;"
        f" border: none; border-radius: 8px; padding: 10px 18px; }}"
        f"QPushButton:disabled {{ background: {soft}; color: {soft_text};"
        f" border: {'2px solid ' + soft_text if high_contrast else 'none'}; }}"
        # The style sheet takes the style's focus frame away: a clear ring shows where the keyboard is.
        f"QPushButton:focus {{ border: 3px solid {on_danger}; outline: 2px solid {danger}; }}"
        f"QPushButton::menu-indicator {{ width: 0; }}"
    )


def safety_panel_style(dark: bool, high_contrast: bool = False) -> str:
    danger = _danger(dark, high_contrast)[0]
    return f"QFrame#safetyPanel {{ border: 2px solid {danger}; border-radius: 8px; }}"


def high_contrast_palette(dark: bool) -> QPalette:
    """The high-contrast look: pure black on white (white on black in a dark scheme), a strong blue (or
    yellow) for the accent, so the ring, the marker and the focus stand out; the painted widgets read it."""
    back, text, accent_colour = (
        ("#000000", "#ffffff", "#ffd700") if dark else ("#ffffff", "#000000", "#0000c8")
    )
    on_accent = "#000000" if dark else "#ffffff"
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, back),
        (roles.Base, back),
        (roles.AlternateBase, back),
        (roles.Button, back),
        (roles.WindowText, text),
        (roles.Text, text),
        (roles.ButtonText, text),
        (roles.ToolTipBase, back),
        (roles.ToolTipText, text),
        (roles.PlaceholderText, text),
        (roles.BrightText, text),
        (roles.Light, text),
        (roles.Midlight, text),
        (roles.Mid, text),
        (roles.Dark, text),
        (roles.Shadow, text),
        (roles.Highlight, accent_colour),
        (roles.HighlightedText, on_accent),
        (roles.Link, accent_colour),
    ):
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a" if dark else "#5c5c5c"))
    return palette


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 .. 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


class Look:
    """Applies the high-contrast look to the whole application, and puts the system's palette back."""

    def __init__(self) -> None:
        self._system: QPalette | None = None
        self.high_contrast = False

    def apply(self, high_contrast: bool) -> None:
        if high_contrast == self.high_contrast:
            return
        from PySide6.QtWidgets import QApplication

        if self._system is None:
            self._system = QApplication.palette()
        dark = is_dark(self._system)
        QApplication.setPalette(high_contrast_palette(dark) if high_contrast else self._system)
        self.high_contrast = high_contrast
