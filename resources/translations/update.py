"""Refreshes KneeCare's translation files: pyside6-lupdate reads the translated sources into
kneecare_<lang>.ts (translations already made are kept), pyside6-lrelease compiles them to .qm.

Run from the checkout after changing user-visible text: `python resources/translations/update.py`
(`--release-only` compiles without reading the sources; `--into DIR` works on copies in DIR; language
codes such as `de fr` limit it to those catalogues). Then
translate what Qt Linguist (`pyside6-linguist kneecare_de.ts`) shows as unfinished:
tests/gui/test_translations.py fails until that is done.
"""

from __future__ import annotations

import ast
import dataclasses
import json
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
# Every catalogue kept here; a language is offered once kneecare/core/languages.py lists it.
# "en" holds only English's plural forms (the counted texts, %n), for kneecare.i18n.counted.
LANGUAGES = ("en", "de", "fr", "es", "it", "pt_BR", "nl", "pl", "ja", "ar")
PLURALS_ONLY = ("en",)
PROGRAM_TEXTS = HERE / "program_texts.py"
PLURAL_TEXTS = HERE / "plural_texts.py"
SAFETY_TEXTS = HERE / "safety_texts.py"
# The files whose strings go through tr(); add a file here when its texts are translated.
SOURCES = (
    "kneecare/ui/main_window.py",
    "kneecare/ui/window_menus.py",
    "kneecare/ui/setup_panel.py",
    "kneecare/ui/session_view.py",
    "kneecare/ui/text.py",
    "kneecare/ui/shortcuts_help.py",
    "kneecare/tray/tray.py",
    "kneecare/tray/text.py",
    "kneecare/ui/ratings.py",
    "kneecare/ui/safety_page.py",
    "kneecare/ui/screening.py",
    "kneecare/ui/history/words.py",
    "kneecare/ui/history/table.py",
    "kneecare/ui/history/overview.py",
    "kneecare/ui/history/window.py",
    "kneecare/ui/history/controller.py",
    "kneecare/ui/safety_dialog.py",
    "kneecare/ui/widgets/charts.py",
    "kneecare/store/exchange.py",
    "kneecare/store/sync.py",
    "kneecare/store/sync_folder.py",
    "kneecare/ui/sync.py",
    "kneecare/ui/know_how.py",
    "kneecare/ui/routine_gate.py",
    "kneecare/ui/cue_settings.py",
    "kneecare/ui/widgets/leg_diagram.py",
    "kneecare/ui/widgets/breathing.py",
    "kneecare/ui/widgets/illustration.py",
    "kneecare/cues/voice.py",
    "kneecare/app.py",
    "kneecare/startup/problems.py",
    "kneecare/startup/store_gate.py",
    "kneecare/ui/reminder_settings.py",
    "kneecare/tray/companion.py",
    "kneecare/core/rule_errors.py",
    "kneecare/ui/report.py",
    "kneecare/ui/report_dialog.py",
    "kneecare/ui/helps_words.py",
    # The programs' and the safety rules' texts, written by write_program_texts below.
    "resources/translations/program_texts.py",
    "resources/translations/safety_texts.py",
    "resources/translations/plural_texts.py",
)
# Calls that say a counted text: counted("context", "text with %n", n) or a QT_TRANSLATE_N_NOOP mark.
COUNTED_CALLS = ("counted", "QT_TRANSLATE_N_NOOP")


def _catalogue(
    docstring: str,
    entries: Iterable[tuple[str, str]],
    imports: str = "from kneecare.i18n import QT_TRANSLATE_NOOP",
    call: str = "QT_TRANSLATE_NOOP({context}, {text})",
) -> str:
    """A Python file that marks each (context, text) for lupdate (the three catalogues below), each as
    `call` with its context and text written out."""
    lines = [
        f'"""{docstring}"""',
        "",
        "# ruff: noqa: E501",
        imports,
        "",
        "# fmt: off",
        "TEXTS = [",
        *(
            "    " + call.format(context=json.dumps(c), text=json.dumps(t, ensure_ascii=False)) + ","
            for c, t in entries
        ),
        "]",
        "# fmt: on",
        "",
    ]
    return "\n".join(lines)


def program_catalogue() -> str:
    """resources/translations/program_texts.py as it should be: every program text, marked for lupdate."""
    sys.path.insert(0, str(ROOT))
    from kneecare.assets import program_files
    from kneecare.core.library import load_library
    from kneecare.i18n import PROGRAM_CONTEXT, program_texts

    return _catalogue(
        "The programs' texts (resources/programs/*.toml) for pyside6-lupdate, written by update.py:\n"
        "do not edit. kneecare.i18n.translate_program looks each up when the programs are loaded.",
        ((PROGRAM_CONTEXT, t) for t in program_texts(load_library(program_files()))),
    )


def safety_catalogue() -> str:
    """resources/translations/safety_texts.py as it should be: every text of kneecare.core.safety the
    person sees, marked for lupdate under "safety" (the UI translates them where it shows them)."""
    sys.path.insert(0, str(ROOT))
    from kneecare.core import safety

    found: dict[str, None] = {}
    for rule in safety.RULES:
        found.update(dict.fromkeys((rule.question, rule.reason, rule.advice)))
    found.update(
        dict.fromkeys(
            (
                safety.PROVIDER_CONFIRMATION,
                safety.RED_FLAG.question,
                safety.RED_FLAG.advice,
                safety.SAFETY_PAUSE_TEXT,
                safety.SEE_A_PROFESSIONAL,
                *dataclasses.astuple(safety.FOLLOW_UP),
                safety.HELD_LINE,
                safety.HELD_TRAY,
                safety.HELD_REMINDER_TITLE,
                safety.HELD_REMINDER_BODY,
                safety.STANDING_LINE,
            )
        )
    )

    def collect(text: str) -> str:
        found[text] = None
        return text

    safety.about_safety(translate=collect)
    return _catalogue(
        "The safety texts (kneecare/core/safety.py) for pyside6-lupdate, written by update.py:\n"
        'do not edit. The UI translates each under the "safety" context where it shows it.',
        (("safety", t) for t in found),
    )


def counted_texts() -> list[tuple[str, str]]:
    """(context, text) of every counted text in SOURCES, in order, once each (read from the syntax tree:
    pyside6-lupdate takes a count for a plural only when it is a number written out)."""
    found: dict[tuple[str, str], None] = {}
    for source in SOURCES:
        if source == "resources/translations/plural_texts.py":
            continue
        for node in ast.walk(ast.parse((ROOT / source).read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            context, text = node.args[0], node.args[1]
            if name in COUNTED_CALLS and isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                found[(str(context.value), str(text.value))] = None
    return list(found)


def plural_catalogue() -> str:
    """resources/translations/plural_texts.py as it should be: every counted text, as a plural for lupdate."""
    return _catalogue(
        "The counted texts (kneecare.i18n.counted) for pyside6-lupdate, written by update.py: do not\n"
        "edit. Each is a plural entry (numerus): every language gives as many forms as its rules have.",
        counted_texts(),
        imports="from PySide6.QtCore import QCoreApplication",
        call="QCoreApplication.translate({context}, {text}, None, 1)",
    )


def write_program_texts() -> None:
    PROGRAM_TEXTS.write_text(program_catalogue(), encoding="utf-8")
    SAFETY_TEXTS.write_text(safety_catalogue(), encoding="utf-8")
    PLURAL_TEXTS.write_text(plural_catalogue(), encoding="utf-8")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (a venv's bin), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is missing: it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def ts_file(language: str, folder: Path = HERE) -> Path:
    return folder / f"kneecare_{language}.ts"


def update(language: str, folder: Path = HERE) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-locations",
            "none",
            "-no-obsolete",
            *(["-pluralonly", "-target-language", language] if language in PLURALS_ONLY else []),
            *SOURCES,
            "-ts",
            str(ts_file(language, folder)),
        ],
        cwd=ROOT,
        check=True,
    )


def release(language: str, folder: Path = HERE) -> Path:
    source = ts_file(language, folder)
    target = source.with_suffix(".qm")
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], cwd=ROOT, check=True
    )
    return target


def main(argv: list[str]) -> int:
    folder = Path(argv[argv.index("--into") + 1]).resolve() if "--into" in argv else HERE
    chosen = [a for a in argv if a in LANGUAGES]  # `update.py de` refreshes only German's catalogue
    if "--release-only" not in argv and folder == HERE:
        write_program_texts()
    for language in chosen or LANGUAGES:
        if "--release-only" not in argv:
            update(language, folder)
        release(language, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
