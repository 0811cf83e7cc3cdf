"""Build pipeline/lexicons/counties.txt, the county-level divisions of mainland China, from an administrative
code list (adcode,name,…): the `adcodes.csv` that the MIT-licensed `cpca` package ships (from the national
statistics bureau's division codes). Run once; the output is committed, the package needs no download.

    python scripts/build_counties.py path/to/adcodes.csv > pipeline/lexicons/counties.txt

Each county, district or county-level city is listed by its bare name (罗平 for 罗平县, 沾益 for 沾益区): the rules
already read a name with its suffix as a place. A bare name is listed when it is at least two characters and rare in
jieba's dictionary (a frequency below RARE): 和平, 朝阳, 鼓楼 and 弥勒 are everyday words or names and are left
out, and so are names that open with a numeral (三台县: 三台 is three of something).
"""

from __future__ import annotations

import csv
import sys

import jieba

SUFFIXES = ("自治县", "自治旗", "县", "区", "市", "旗")
RARE = 100  # jieba's frequency under which a bare county name is taken to be the place
NUMERALS = "一二三四五六七八九十两百千万"  # 三台, 五华: a numeral and a classifier (三台显示器) before a place


def main(path: str) -> None:
    jieba.dt.initialize()
    frequencies = jieba.dt.FREQ
    names: set[str] = set()
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            code, name = row["adcode"], row["name"].strip()
            if code[4:6] == "00" or not name or name in ("市辖区",):
                continue  # provinces and prefectures are in places.txt
            suffix = next((s for s in SUFFIXES if name.endswith(s)), None)
            if suffix is None or suffix.startswith("自治"):
                continue
            bare = name[: -len(suffix)]
            if len(bare) >= 2 and frequencies.get(bare, 0) < RARE and bare[0] not in NUMERALS:
                names.add(bare)
    print("# County-level divisions of mainland China (counties, districts, county-level cities, banners) by their")
    print("# bare names, where these are no everyday words: places only next to another place (云南罗平, 罗平、师宗).")
    print("# Built by scripts/build_counties.py from the division codes in cpca's adcodes.csv (MIT licence).")
    for name in sorted(names):
        print(name)


if __name__ == "__main__":
    main(sys.argv[1])
