"""The bundle's ICU data rewriter (packaging/pyinstaller/icu_data.py): an ICU common-data file survives a
parse and rewrite item for item, and only the items Qt can need for KneeCare's languages are kept."""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).parents[2]


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "icu_data", ROOT / "packaging" / "pyinstaller" / "icu_data.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["icu_data"] = module
    spec.loader.exec_module(module)
    return module


icu_data = load()
LANGUAGES = icu_data.base_languages(["de", "fr", "es", "it", "pt_BR", "nl", "pl", "ja", "ar"])


def common_data(items: dict[str, bytes]) -> bytes:
    """A little-endian CmnD file as ICU's pkgdata lays it out (32-byte header, items 16-byte aligned)."""
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0)
    header += b"CmnD" + bytes([1, 0, 0, 0]) + bytes([0, 0, 0, 0])
    header += b"\0" * (32 - len(header))
    return icu_data.CommonData(header, items).write()


def test_languages_are_icus_codes_with_english():
    assert {"de", "fr", "es", "it", "pt", "nl", "pl", "ja", "ar", "en"} == LANGUAGES


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("icudt73l/de.res", True),
        ("icudt73l/de_CH.res", True),
        ("icudt73l/pt_BR.res", True),
        ("icudt73l/coll/de__PHONEBOOK.res", True),
        ("icudt73l/coll/ja.res", True),
        ("icudt73l/zone/ar_SA.res", True),
        ("icudt73l/en_US_POSIX.res", True),
        ("icudt73l/root.res", True),
        ("icudt73l/pool.res", True),
        ("icudt73l/res_index.res", True),
        ("icudt73l/coll/res_index.res", True),
        ("icudt73l/coll/ucadata.icu", True),
        ("icudt73l/zoneinfo64.res", True),
        ("icudt73l/metaZones.res", True),
        ("icudt73l/supplementalData.res", True),
        ("icudt73l/cnvalias.icu", True),
        ("icudt73l/ru.res", False),
        ("icudt73l/coll/zh.res", False),
        ("icudt73l/zone/sv.res", False),
        ("icudt73l/sr_Latn_BA.res", False),
        ("icudt73l/brkitr/de.res", False),
        ("icudt73l/brkitr/cjdict.dict", False),
        ("icudt73l/unit/de.res", False),
        ("icudt73l/curr/root.res", False),
        ("icudt73l/lang/ja.res", False),
        ("icudt73l/region/fr.res", False),
        ("icudt73l/rbnf/en.res", False),
        ("icudt73l/translit/root.res", False),
        ("icudt73l/ibm-943_P15A-2003.cnv", False),
        ("icudt73l/unames.icu", False),
        ("icudt73l/confusables.cfu", False),
        ("icudt73l/rfc3491.spp", False),
    ],
)
def test_only_what_qt_can_ask_for_in_our_languages_is_kept(name, kept):
    assert icu_data.kept(name, LANGUAGES) is kept


def test_a_common_data_file_survives_parse_and_rewrite_and_loses_only_the_dropped_items():
    items = {
        "icudt73l/coll/de.res": b"collation de" * 3,
        "icudt73l/coll/ru.res": b"collation ru",
        "icudt73l/de.res": b"main de",
        "icudt73l/root.res": b"root" * 40,
        "icudt73l/unit/de.res": b"units",
        "icudt73l/zoneinfo64.res": bytes(range(256)),
    }
    blob = common_data(items)
    parsed = icu_data.CommonData.parse(blob)
    assert {n: b.rstrip(b"\0") for n, b in parsed.items.items()} == {
        n: b.rstrip(b"\0") for n, b in items.items()
    }
    assert parsed.write() == blob
    count = struct.unpack_from("<I", blob, 32)[0]
    offsets = [struct.unpack_from("<II", blob, 36 + 8 * i)[1] for i in range(count)]
    assert all((32 + o) % 16 == 0 for o in offsets)  # ICU reads items in place: each one aligned
    small = icu_data.CommonData.parse(icu_data.smaller(blob, LANGUAGES))
    assert sorted(small.items) == [
        "icudt73l/coll/de.res",
        "icudt73l/de.res",
        "icudt73l/root.res",
        "icudt73l/zoneinfo64.res",
    ]
    assert small.items["icudt73l/zoneinfo64.res"] == bytes(range(256))


def test_a_file_that_is_not_icu_common_data_is_refused():
    with pytest.raises(ValueError, match="CmnD"):
        icu_data.CommonData.parse(b"\x20\x00\xda\x27" + b"\0" * 8 + b"ResB" + b"\0" * 16)
