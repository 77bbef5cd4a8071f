"""A translator's helper: moves a catalogue's entries to and from JSON, so a language can be translated in
any text editor. `python resources/translations/tsjson.py export fr [--all] > fr.json` writes the
unfinished entries (every entry with --all); `... import fr fr.json` puts the translations back and marks
them finished. Then run `python resources/translations/update.py fr` to tidy and compile the catalogue.

Each JSON entry: {"context", "source", "comment" (or null), "note" (the developer's hint, or null),
"numerus" (true when the source has %n and the translation is a list of plural forms, as many as the
language has), "translation"}. `import` also takes entries of just {"id", "translation"}, the id being the
one `export` gave (the entry's place in the catalogue, valid until the catalogue changes).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def ts_path(language: str) -> Path:
    return HERE / f"kneecare_{language}.ts"


def _messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def export(language: str, everything: bool = False) -> list[dict[str, Any]]:
    root = ET.parse(ts_path(language)).getroot()
    found = []
    for number, (context, message) in enumerate(_messages(root)):
        translation = message.find("translation")
        assert translation is not None
        unfinished = translation.get("type") == "unfinished" or not (
            translation.text or translation.findall("numerusform")
        )
        if not (everything or unfinished):
            continue
        numerus = message.get("numerus") == "yes"
        text: str | list[str] = (
            [form.text or "" for form in translation.findall("numerusform")]
            if numerus
            else (translation.text or "")
        )
        found.append(
            {
                "id": number,
                "context": context,
                "source": message.findtext("source") or "",
                "comment": message.findtext("comment"),
                "note": message.findtext("extracomment"),
                "numerus": numerus,
                "translation": text,
            }
        )
    return found


def apply(language: str, entries: list[dict[str, Any]]) -> tuple[int, list[str]]:
    """Fills the catalogue from `entries`; returns how many were filled and the ones it could not place."""
    path = ts_path(language)
    tree = ET.parse(path)
    messages = _messages(tree.getroot())
    by_key = {
        (context, message.findtext("source") or "", message.findtext("comment")): message
        for context, message in messages
    }
    filled, missing = 0, []
    for entry in entries:
        if "source" in entry:
            message = by_key.get((entry["context"], entry["source"], entry.get("comment")))
        else:  # {"id", "translation"}: the id `export` gave, valid while the catalogue is unchanged
            message = messages[entry["id"]][1] if 0 <= entry["id"] < len(messages) else None
        text = entry.get("translation")
        if message is None:
            missing.append(
                f"{entry.get('context')}: {entry.get('source', entry.get('id'))!r} is not in the catalogue"
            )
            continue
        if not text:
            continue
        translation = message.find("translation")
        assert translation is not None
        for child in list(translation):
            translation.remove(child)
        if isinstance(text, list):
            translation.text = None
            for form in text:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled, missing


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "export":
        json.dump(export(argv[1], "--all" in argv), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if len(argv) == 3 and argv[0] == "import":
        filled, missing = apply(argv[1], json.loads(Path(argv[2]).read_text(encoding="utf-8")))
        print(f"filled {filled} entries", *missing, sep="\n")
        return 1 if missing else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
