"""Every routine shows a small original drawing: each one a program names exists, is SVG Tiny 1.2 like the
leg diagram, says what it shows in a <title>, and uses only what Qt's SVG renderer draws."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from kneecare.assets import resource

SVG = "{http://www.w3.org/2000/svg}"


def named_illustrations(programs):
    names = set()
    for program in programs.values():
        if program.illustration:
            names.add(program.illustration)
        names.update(s.illustration for s in program.steps if s.illustration)
    return names


def test_every_illustration_a_program_names_is_there(programs):
    names = named_illustrations(programs)
    assert {"ankle-pumps.svg", "calf-stretch.svg", "hamstring-stretch.svg", "leg-elevation.svg"} <= names
    folder = resource("illustrations")
    for name in names:
        assert (folder / name).is_file(), name
    unused = {p.name for p in folder.glob("*.svg")} - names
    assert not unused, f"drawings no program uses: {sorted(unused)}"


def test_each_drawing_is_a_small_svg_tiny_with_a_title_and_no_elliptical_arcs():
    for path in sorted(resource("illustrations").glob("*.svg")):
        text = path.read_text(encoding="utf-8")
        root = ET.fromstring(text)
        assert root.tag == f"{SVG}svg", path.name
        assert (root.get("version"), root.get("baseProfile")) == ("1.2", "tiny"), path.name
        assert root.get("viewBox") == "0 0 400 300", path.name
        title = root.find(f"{SVG}title")
        assert title is not None and title.text and len(title.text) > 10, path.name
        assert "Drawn for this project" in text, path.name  # original work, under the project's licence
        for element in root.iter():
            d = element.get("d")
            assert d is None or not re.search(r"[Aa]", d), f"{path.name}: arcs are not in SVG Tiny 1.2"
            assert element.tag not in (f"{SVG}marker", f"{SVG}filter", f"{SVG}image"), path.name
        assert len(text) < 8000, path.name
