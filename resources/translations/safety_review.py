"""The safety texts' review files (resources/translations/review/<lang>.csv), made the way clinical
questionnaires are translated: forward translation, an independent back-translation into English made
without the source, and reconciliation. This module says which entries are safety texts and reads and
writes the review files; tests/gui/test_safety_review.py checks every language has every row.

`python resources/translations/safety_review.py blind fr > fr-blind.json` lists the French safety
translations without their sources (what the back-translator gets); `... skeleton fr` writes the review
file's rows with the back-translation and note columns empty.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REVIEW = HERE / "review"
COLUMNS = ("context", "source", "translation", "back_translation", "note")

# Whole contexts that are safety texts: the rules and advice, the screening, the daily question and its
# follow-up, the safety notes and the About safety page.
SAFETY_CONTEXTS = frozenset(
    {"safety", "screening", "SafetyGate", "SafetyDialog", "SafetyNoteDialog", "SafetyPage"}
)
# Entries of other contexts that are safety texts: "firm but never painful" in every pressing step, and the
# in-session stop (sharp pain, numbness, tingling).
_SAFETY_WORDS = re.compile(
    r"never painful|never hurts|numb|tingl|sharp pain|ended for safety|for safety", re.I
)
_SAFETY_ELSEWHERE = frozenset({"programs", "plan", "MainWindow", "text"})


@dataclass(frozen=True)
class Row:
    context: str
    source: str
    translation: str
    back_translation: str = ""
    note: str = ""


def is_safety_text(context: str, source: str) -> bool:
    if len(source) <= 1:  # a key letter ("Y", "N"): checked by the answer-key tests, not by back-translation
        return False
    return context in SAFETY_CONTEXTS or (context in _SAFETY_ELSEWHERE and bool(_SAFETY_WORDS.search(source)))


def safety_entries(ts: Path) -> list[Row]:
    """The catalogue's safety entries, in catalogue order, with their current translations."""
    rows = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if is_safety_text(name, source):
                translation = message.find("translation")
                text = "" if translation is None else (translation.text or "")
                rows.append(Row(name, source, text))
    return rows


def review_file(language: str) -> Path:
    return REVIEW / f"{language}.csv"


def read_review(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as f:
        return [Row(**{k: r.get(k) or "" for k in COLUMNS}) for r in csv.DictReader(f)]


def write_review(path: Path, rows: list[Row]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow((row.context, row.source, row.translation, row.back_translation, row.note))


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] in ("blind", "skeleton"):
        language = argv[1]
        rows = safety_entries(HERE / f"kneecare_{language}.ts")
        if argv[0] == "blind":
            blind = [{"id": i, "text": r.translation} for i, r in enumerate(rows)]
            json.dump(blind, sys.stdout, ensure_ascii=False, indent=1)
            print()
        else:
            write_review(review_file(language), rows)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
