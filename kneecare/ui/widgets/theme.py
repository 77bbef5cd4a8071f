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


def system_prefers_reduced_motion() -> bool:
    """The desktop's "reduce motion" preference (`motionPreference()`, Qt 6.12+); False if Qt cannot tell."""
    hints = accessibility_hints()
    preference = getattr(hints, "motionPreference", None)
    wanted = getattr(getattr(Qt, "MotionPreference", None), "ReducedMotion", None)
    if preference is None or wanted is None:
        return False
    return bool(preference() == wanted)


def _danger(dark: bool) -> tuple[str, str, str, str]:
    """Background and text of the safety control, enabled and disabled."""
    if dark:
        return "#f2b8b5", "#4a0d0a", "#5a3432", "#d9a7a3"
    return "#b3261e", "#ffffff", "#efd7d5", "#8a4a45"


def safety_button_style(dark: bool) -> str:
    """The "It hurts" button stands out in both schemes, and still reads as itself when disabled."""
    danger, on_danger, soft, soft_text = _danger(dark)
    return (
        f"QPushButton {{ background: {danger}; color: {on_danger}; font-weight: bold;"
        f" border: none; border-radius: 8px; padding: 10px 18px; }}"
        f"QPushButton:disabled {{ background: {soft}; color: {soft_text}; }}"
        f"QPushButton::menu-indicator {{ width: 0; }}"
    )


def safety_panel_style(dark: bool) -> str:
    danger = _danger(dark)[0]
    return f"QFrame#safetyPanel {{ border: 2px solid {danger}; border-radius: 8px; }}"
