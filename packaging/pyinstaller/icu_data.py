"""The bundle's smaller ICU data library: Qt Core's ICU data (libicudata, 31 MiB) rebuilt with only what Qt
calls ICU for (collation, time-zone names, case mapping) in the languages KneeCare speaks.

Qt 6 formats dates and numbers with its own CLDR tables; it asks ICU only for QCollator (`coll/`), time-zone
display names and calendars (`zone/`, the locale's main data, zoneinfo64, metaZones...), locale-aware case
mapping (code, no data) and QStringConverter's legacy codecs (`*.cnv`; KneeCare reads and writes UTF-8
only, and Qt 6's system codec on Unix is UTF-8). Break iteration, units, currencies, language and region
names, number spelling, transliteration, character names and spoofing checks are never reached from Qt.
A locale whose data is left out falls back to ICU's root data, as ICU does for a locale it lacks.

The library is one symbol, `icudt<N>_dat`, holding an ICU common-data file ("CmnD": a table of contents of
named items, then the items); it is rebuilt with binutils' `as` and `ld` (PyInstaller needs binutils on
Linux already), under the same soname, so libicuuc finds it unchanged.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

# Item trees and files Qt never makes ICU read (see the docstring).
UNUSED_TREES = frozenset({"brkitr", "curr", "lang", "rbnf", "region", "translit", "unit"})
UNUSED_FILES = re.compile(r"(\.cnv|\.spp)$|^(unames\.icu|confusables\.cfu|confusablesWholeScript\.cfu)$")
# A locale's item: "de.res", "pt_BR.res", "sr_Latn_BA.res", "de__PHONEBOOK.res" (not "root", "pool",
# "res_index", "zoneinfo64", "supplementalData"... which every locale needs).
LOCALE_ITEM = re.compile(r"^(?!res_index\.)([a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")
ALIGN = 16
# readelf's line for the data symbol: "1: 0000000000001000 0x1e8bb80 OBJECT GLOBAL DEFAULT 5 icudt73_dat".
SYMBOL = re.compile(r"\s([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+\w+\s+\d+\s+(icudt\d+_dat)")


@dataclass(frozen=True)
class CommonData:
    """An ICU common-data file: its header bytes and its items, name -> bytes, in name order."""

    header: bytes
    items: dict[str, bytes]

    @staticmethod
    def parse(blob: bytes) -> CommonData:
        header_size = struct.unpack_from("<H", blob, 0)[0]
        if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
            raise ValueError("not an ICU common-data file (magic or format is not CmnD)")
        if blob[8] != 0:
            raise ValueError("only little-endian ICU data is handled")
        toc = header_size
        count = struct.unpack_from("<I", blob, toc)[0]
        entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
        names = [blob[toc + n : blob.index(b"\0", toc + n)].decode("ascii") for n, _ in entries]
        starts = [toc + d for _, d in entries] + [len(blob)]
        items = {names[i]: blob[starts[i] : starts[i + 1]] for i in range(count)}
        return CommonData(blob[:header_size], items)

    def write(self) -> bytes:
        names = sorted(self.items)  # ICU finds an item by binary search on the names
        table = 4 + 8 * len(names)
        name_bytes = b"".join(n.encode("ascii") + b"\0" for n in names)
        name_offsets, offset = [], table
        for n in names:
            name_offsets.append(offset)
            offset += len(n) + 1
        data_start = _aligned(len(self.header) + offset) - len(self.header)
        parts, data_offsets, offset = [], [], data_start
        for n in names:
            item = self.items[n]
            data_offsets.append(offset)
            padded = item + b"\0" * (_aligned(len(item)) - len(item))
            parts.append(padded)
            offset += len(padded)
        toc = struct.pack("<I", len(names)) + b"".join(
            struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
        )
        gap = b"\0" * (data_start - table - len(name_bytes))
        return self.header + toc + name_bytes + gap + b"".join(parts)


def _aligned(n: int) -> int:
    return (n + ALIGN - 1) // ALIGN * ALIGN


def kept(name: str, languages: Iterable[str]) -> bool:
    """Whether Qt can need the item `name` ("icudt73l/coll/de.res") for one of `languages` (base codes)."""
    path = name.split("/", 1)[1] if "/" in name else name
    tree, _, item = path.rpartition("/")
    if tree in UNUSED_TREES or UNUSED_FILES.search(item):
        return False
    locale = LOCALE_ITEM.match(item)
    return locale is None or locale.group(1) in set(languages)


def base_languages(codes: Iterable[str]) -> set[str]:
    """ICU's language codes for KneeCare's ("pt_BR" -> "pt"), with English, Qt's own fallback."""
    return {code.split("_")[0] for code in codes} | {"en"}


def smaller(blob: bytes, languages: Iterable[str]) -> bytes:
    data = CommonData.parse(blob)
    wanted = set(languages)
    return CommonData(data.header, {n: b for n, b in data.items.items() if kept(n, wanted)}).write()


def symbol_data(library: Path) -> tuple[str, bytes]:
    """The name and bytes of the `icudt<N>_dat` symbol of an ICU data library (readelf, from binutils)."""
    symbols = subprocess.run(
        ["readelf", "-W", "--dyn-syms", str(library)], capture_output=True, text=True, check=True
    ).stdout
    found = SYMBOL.search(symbols)
    if found is None:
        raise ValueError(f"{library}: no icudt*_dat symbol")
    address, size, name = int(found.group(1), 16), int(found.group(2), 0), found.group(3)
    sections = subprocess.run(
        ["readelf", "-W", "--sections", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, section_offset = int(fields[3], 16), int(fields[4], 16)
            start = section_offset + address - section_address
            return name, library.read_bytes()[start : start + size]
    raise ValueError(f"{library}: no .rodata section")


def soname(library: Path) -> str:
    dynamic = subprocess.run(
        ["readelf", "-W", "-d", str(library)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", dynamic)
    return found.group(1) if found else library.name


def build(library: Path, languages: Iterable[str], work: Path) -> Path:
    """Writes a smaller copy of the ICU data `library` into `work` and returns its path."""
    name, blob = symbol_data(library)
    work.mkdir(parents=True, exist_ok=True)
    data = work / f"{name}.dat"
    data.write_bytes(smaller(blob, languages))
    source = work / "icudata.s"
    source.write_text(
        f"\t.section .rodata\n\t.globl {name}\n\t.type {name}, @object\n\t.balign 16\n{name}:\n"
        f'\t.incbin "{data.name}"\n\t.size {name}, . - {name}\n'
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    out = work / library.name
    subprocess.run(["as", "-o", "icudata.o", source.name], cwd=work, check=True)
    subprocess.run(
        ["ld", "-shared", "-soname", soname(library), "-o", str(out), "icudata.o"], cwd=work, check=True
    )
    return out


def available() -> bool:
    """Whether binutils' readelf, as and ld are here to rebuild the library."""
    return all(shutil.which(tool) for tool in ("readelf", "as", "ld"))
