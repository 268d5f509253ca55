"""Builds the certificate fonts from Debian's fonts-nanum (SIL OFL 1.1).

NanumGothic has Reserved Font Names, and the OFL forbids a modified font (a subset is
modified) from using them, so the subset is renamed "Jikim Gothic". Run from this folder:
    pip install fonttools && python3 make-fonts.py
"""
from fontTools import subset
from fontTools.ttLib import TTFont

RANGES = "U+0020-007E,U+00A0-00FF,U+2010-2027,U+2030-205E,U+2190-2199,U+2460-24FF,U+3000-303F,U+3131-318E,U+AC00-D7A3,U+FF01-FF5E"
for src, style, out in [
    ("/usr/share/fonts/truetype/nanum/NanumGothic.ttf", "Regular", "JikimGothic-Regular.ttf"),
    ("/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf", "Bold", "JikimGothic-Bold.ttf"),
]:
    opts = subset.Options()
    opts.layout_features = ["*"]
    opts.hinting = False
    opts.name_IDs = ["*"]
    font = TTFont(src)
    s = subset.Subsetter(opts)
    s.populate(unicodes=subset.parse_unicodes(RANGES))
    s.subset(font)
    names = {1: "Jikim Gothic", 2: style, 3: f"Jikim Gothic {style}", 4: f"Jikim Gothic {style}",
             6: f"JikimGothic-{style}", 16: "Jikim Gothic", 17: style}
    table = font["name"]
    for rec in list(table.names):
        if rec.nameID in names:
            table.setName(names[rec.nameID], rec.nameID, rec.platformID, rec.platEncID, rec.langID)
    for tag in [t for t in font.keys() if t.startswith("TSI")]:
        del font[tag]
    font.save(out)
    print(out)
