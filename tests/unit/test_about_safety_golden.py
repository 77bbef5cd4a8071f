"""The "About safety" page, word for word, against a golden copy (tests/unit/data/about_safety.golden.txt),
so that no sentence of it can change unnoticed. When you change the page on purpose, regenerate the copy
and read its diff before you commit it:

    .venv/bin/python -m tests.unit.test_about_safety_golden
"""

from __future__ import annotations

from pathlib import Path

from kneecare.core.safety import Section, about_safety

GOLDEN = Path(__file__).parent / "data" / "about_safety.golden.txt"


def render(sections: tuple[Section, ...]) -> str:
    lines: list[str] = []
    for section in sections:
        lines.append(f"# {section.heading}")
        lines.extend(section.paragraphs)
        lines.extend(f"- {point}" for point in section.points)
        lines.append("")
    return "\n".join(lines)


def test_the_about_safety_page_is_exactly_the_reviewed_text():
    assert render(about_safety()) == GOLDEN.read_text(encoding="utf-8"), (
        "the About safety page changed: regenerate with python -m tests.unit.test_about_safety_golden"
    )


def test_every_text_of_the_page_goes_through_the_translation_and_the_interval_is_filled_after():
    page = about_safety(30, translate=lambda text: f"«{text}»")
    texts = [t for s in page for t in (s.heading, *s.paragraphs, *s.points)]
    assert texts and all(t.startswith("«") and t.endswith("»") for t in texts)
    assert sum(t.count("every 30 days") for t in texts) == 1
    assert not any("{days}" in t for t in texts)


if __name__ == "__main__":
    GOLDEN.write_text(render(about_safety()), encoding="utf-8")
    print(f"wrote {GOLDEN}")
