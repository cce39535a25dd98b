"""Regenerate the subset CJK fonts shipped in ``shopanalysis/fonts/``.

The package ships a subset of Noto Sans CJK SC (Regular and Bold) so that
charts and PDF reports show Chinese on machines without any CJK font. This
script rebuilds it from the Noto Sans CJK collection that Debian's
``fonts-noto-cjk`` package installs, with fontTools' subsetter, so the result
is reproducible from public sources::

    apt-get install -y fonts-noto-cjk unicode-data
    python tools/make_font_subset.py            # writes shopanalysis/fonts/*.otf
    python tools/make_font_subset.py --list     # prints the character set only

Character set (every code point below that the source font has a glyph for;
the script prints the ones it lacks):

* ASCII U+0020-U+007E and Latin-1 U+00A0-U+00FF;
* General Punctuation U+2000-U+206F, Superscripts and Subscripts,
  Currency Symbols (€ ₩ ...), Letterlike Symbols (℃ № ™), Number Forms
  (Ⅰ-Ⅻ), Arrows U+2190-U+21FF, Mathematical Operators (≤ ≥ ≠ ± ...),
  Enclosed Alphanumerics (①-⑳, ⑴, ⒈), Box Drawing, Geometric Shapes
  (● ■ ▲ ◆ ...), a few Miscellaneous Symbols and Dingbats (★ ☆ ✓ ✔ ...);
* CJK Symbols and Punctuation U+3000-U+303F (、。「」【】〔〕...),
  Enclosed CJK Letters (㈠ ㊣ ...), the unit squares of CJK Compatibility
  (㎡ ㎏ ...), Halfwidth and Fullwidth Forms U+FF00-U+FFEF (，：；！？（）￥);
* every character of GB 2312 (7445: 6763 hanzi in levels 1 and 2 plus the
  682 symbols of rows 1-9: pinyin letters, kana, Greek, Cyrillic ...),
  enumerated by decoding every GB 2312 code point with Python's codec;
* every character of 通用规范汉字表 (Table of General Standard Chinese
  Characters, 2013: 8105 hanzi; level 1 is the 3500 常用字 that replaced the
  1988 现代汉语常用字表), read from the ``kTGH`` field of the Unicode Han
  database (Debian ``unicode-data``: ``Unihan_OtherMappings.txt.bz2``);
  it adds the 190 level-1/level-2 characters missing from GB 2312 (啰 玥 旻
  祎 焗 粿 赟 ...) and the level-3 characters used in names and brands
  (镕 喆 堃 昇 珺 垚 ...);
* a short list of internet and shop words outside both tables (囧 槑 冇 嘢).

Traditional characters outside these tables are not covered; a chart or
report text that needs them falls back to the next font in the list (DejaVu
Sans in matplotlib, the system fonts in WeasyPrint).

The fonts are renamed to the family ``Noto Sans CJK SC Shopanalysis`` (a
modified version under the SIL Open Font License 1.1; the only Reserved Font
Name of Noto Sans CJK is "Source", which is not used) so that matplotlib and
WeasyPrint pick the shipped file and not a system font of the same name.
"""

from __future__ import annotations

import argparse
import bz2
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

SOURCE_DIR = Path("/usr/share/fonts/opentype/noto")
DEBIAN_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")
UNIHAN = Path("/usr/share/unicode/Unihan_OtherMappings.txt.bz2")
OUT_DIR = Path(__file__).resolve().parents[1] / "shopanalysis" / "fonts"

FAMILY = "Noto Sans CJK SC Shopanalysis"
PS_FAMILY = "NotoSansCJKscShopanalysis"

#: style -> (source collection, PostScript name of the SC face inside it)
FACES = {
    "Regular": ("NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular"),
    "Bold": ("NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Bold"),
}

#: Whole Unicode blocks (first, last) kept as they are.
BLOCKS = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x2000, 0x206F),  # General Punctuation
    (0x2070, 0x209F),  # Superscripts and Subscripts
    (0x20A0, 0x20CF),  # Currency Symbols
    (0x2100, 0x214F),  # Letterlike Symbols
    (0x2150, 0x218F),  # Number Forms
    (0x2190, 0x21FF),  # Arrows
    (0x2200, 0x22FF),  # Mathematical Operators
    (0x2460, 0x24FF),  # Enclosed Alphanumerics
    (0x2500, 0x257F),  # Box Drawing
    (0x25A0, 0x25FF),  # Geometric Shapes
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0x3200, 0x32FF),  # Enclosed CJK Letters and Months
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
]

#: Single symbols outside those blocks that shop texts and reports use.
SYMBOLS = (
    "★☆♀♂♠♣♥♦♪♫☎☑☒✓✔✕✖✗✘❤"  # Misc Symbols, Dingbats (the font lacks some)
    "㎎㎏㎜㎝㎞㎡㏄㏎㏑㏒㏕"  # unit squares of CJK Compatibility
    "ɑɡ"  # the pinyin a and g of GB 2312 row 8
)

#: Hanzi in neither GB 2312 nor 通用规范汉字表 that shop titles and chat use.
EXTRA_HANZI = "囧槑冇嘢"


def gb2312_chars() -> set[str]:
    """Return every character of GB 2312 by decoding all its code points."""
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def tgh_chars(unihan: Path = UNIHAN, *, max_index: int = 8105) -> set[str]:
    """Return the characters of 通用规范汉字表 up to a position in the table.

    Parameters
    ----------
    unihan : Path
        ``Unihan_OtherMappings.txt`` (optionally ``.bz2``-compressed).
    max_index : int, default 8105
        3500 for level 1 (常用字), 6500 for levels 1-2, 8105 for all.
    """
    opener = bz2.open if unihan.suffix == ".bz2" else open
    chars = set()
    with opener(unihan, "rt", encoding="utf-8") as fh:
        for line in fh:
            if "\tkTGH\t" not in line:
                continue
            code, _, value = line.rstrip("\n").split("\t")
            for item in value.split():  # e.g. "2013:1234"
                if int(item.split(":")[1]) <= max_index:
                    chars.add(chr(int(code[2:], 16)))
    if len(chars) < min(max_index, 8105) * 0.99:
        raise SystemExit(f"{unihan} has only {len(chars)} kTGH entries; is it Unicode >= 13?")
    return chars


def charset(unihan: Path = UNIHAN) -> set[str]:
    """Return the set of characters the subset should cover."""
    chars = {chr(cp) for first, last in BLOCKS for cp in range(first, last + 1)}
    chars |= set(SYMBOLS) | set(EXTRA_HANZI) | gb2312_chars() | tgh_chars(unihan)
    return chars


def _find_face(collection: Path, ps_name: str) -> TTFont:
    """Return the face of a font collection with the given PostScript name."""
    for font in TTCollection(collection).fonts:
        if font["name"].getDebugName(6) == ps_name:
            return font
    raise SystemExit(f"no face {ps_name} in {collection}")


def _rename(font: TTFont, style: str) -> None:
    """Give the subset its own family name (name table and CFF)."""
    ps_name = f"{PS_FAMILY}-{style}"
    full_name = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    version = font["name"].getDebugName(5).split(";")[0]
    name = font["name"]
    name.names = [r for r in name.names if r.nameID not in (1, 2, 3, 4, 6, 16, 17)]
    for name_id, text in {
        1: FAMILY,
        2: style,
        3: f"{version};shopanalysis subset;{ps_name}",
        4: full_name,
        6: ps_name,
    }.items():
        name.setName(text, name_id, 3, 1, 0x409)
        name.setName(text, name_id, 1, 0, 0)
    name.setName(
        "Subset of Noto Sans CJK SC for the shopanalysis package, made with "
        "tools/make_font_subset.py (fontTools): GB 2312, 通用规范汉字表, Latin-1, "
        "punctuation and symbols.",
        10, 3, 1, 0x409,
    )
    cff = font["CFF "].cff
    cff.fontNames = [ps_name]
    top = cff.topDictIndex[0]
    top.FullName = full_name
    top.FamilyName = FAMILY


def make_subset(style: str, chars: set[str], *, source_dir: Path = SOURCE_DIR) -> TTFont:
    """Subset one face of Noto Sans CJK SC to the given characters."""
    collection, ps_name = FACES[style]
    font = _find_face(source_dir / collection, ps_name)
    options = subset.Options()
    options.name_IDs = ["*"]  # keep copyright, licence (13, 14) and credits
    options.name_languages = ["*"]
    options.notdef_outline = True  # a visible box for a missing glyph
    options.glyph_names = False
    # Horizontal text only: drop vertical and locale (JP/KR/TC) alternates.
    options.layout_features = ["ccmp", "liga", "kern", "mark", "fwid", "hwid", "pwid", "palt", "halt"]
    options.drop_tables += ["VORG", "vhea", "vmtx"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in chars])
    subsetter.subset(font)
    _rename(font, style)
    font.recalcTimestamp = False  # keep head.modified: the same input gives the same bytes
    return font


def licence_text(copyright_file: Path = DEBIAN_COPYRIGHT) -> str:
    """Return the OFL 1.1 text of Noto Sans CJK with its copyright notice.

    The licence body is taken from the Debian package's copyright file (the
    "License: SIL-1.1" paragraph); the notice is the one in the fonts' name
    table and upstream's LICENSE.
    """
    lines = copyright_file.read_text(encoding="utf-8").splitlines()
    # The last "License: SIL-1.1" line opens the paragraph with the text.
    start = len(lines) - lines[::-1].index("License: SIL-1.1")
    body = []
    for line in lines[start:]:
        if not line.startswith(" "):
            break
        body.append("" if line.strip() == "." else line[1:])
    header = [
        "Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'.",
        "Noto is a trademark of Google Inc.",
        "",
        f"The files {PS_FAMILY}-*.otf in this folder are a Modified Version of Noto Sans CJK SC",
        "(a subset, renamed): see README.md. They are licensed under the SIL Open Font License,",
        "Version 1.1, which follows.",
        "",
    ]
    return "\n".join(header + body).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    """Build the subsets and print what they cover."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source-dir", type=Path, default=SOURCE_DIR)
    parser.add_argument("--unihan", type=Path, default=UNIHAN)
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    parser.add_argument("--styles", nargs="+", default=list(FACES), choices=list(FACES))
    parser.add_argument("--list", action="store_true", help="print the character set and exit")
    args = parser.parse_args(argv)

    chars = charset(args.unihan)
    if args.list:
        print("".join(sorted(chars)))
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "OFL.txt").write_text(licence_text(), encoding="utf-8")
    for style in args.styles:
        font = make_subset(style, chars, source_dir=args.source_dir)
        path = args.out / f"{PS_FAMILY}-{style}.otf"
        font.save(path)
        covered = set(map(chr, TTFont(path)["cmap"].getBestCmap()))
        hanzi = {c for c in covered if "\u3400" <= c <= "\u9fff" or ord(c) >= 0x20000}
        wanted = set(SYMBOLS) | set(EXTRA_HANZI) | gb2312_chars() | tgh_chars(args.unihan)
        print(
            f"{path.name}: {path.stat().st_size / 1e6:.2f} MB, {len(covered)} characters "
            f"({len(hanzi)} hanzi), {len(TTFont(path).getGlyphOrder())} glyphs; "
            f"not in the source font: {''.join(sorted(wanted - covered)) or 'none'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
