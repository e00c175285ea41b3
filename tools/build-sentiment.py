#!/usr/bin/env python3
"""Builds src/main/resources/nl/waardevol/stance/pattern-{nl,en}.tsv from the Pattern
subjectivity lexicons (CLiPS, De Smedt & Daelemans 2012; PDDL), see the README beside the output.

Each adjective form gets the mean polarity of its senses; forms whose mean polarity is weak
(|p| < 0.3) or that are mostly objective (mean subjectivity < 0.4) are left out, so that only
clearly evaluative adjectives are listed. Output: form<TAB>polarity, sorted by form.

Usage: python3 tools/build-sentiment.py PATTERN_DIR   (holding nl-sentiment.xml, en-sentiment.xml)
"""
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Adjectives that in interviews about school mostly name a kind of thing or carry no judgement
# ("speciaal onderwijs", "het is belangrijk dat", "ze is vrij", "own pace", "kind of").
NOT_EVALUATIVE = {
    "nl": {"arm", "belangrijk", "direct", "groot", "precies", "rijk", "serieus", "speciaal", "vol",
           "vrij", "zeker", "snel"},
    "en": {"free", "full", "important", "kind", "own", "rich", "serious", "special", "sure",
           "quick", "fine", "poor"},
}
TARGET = ROOT / "src" / "main" / "resources" / "nl" / "waardevol" / "stance"


def build(source, target, language):
    senses = defaultdict(list)
    for word in ET.parse(source).getroot().iter("word"):
        form = word.get("form", "").strip().lower()
        if not form or " " in form or form in NOT_EVALUATIVE[language] or word.get("pos", "JJ") not in ("JJ", ""):
            continue
        senses[form].append((float(word.get("polarity", 0)), float(word.get("subjectivity", 0))))
    lines = []
    for form in sorted(senses):
        polarity = sum(p for p, _ in senses[form]) / len(senses[form])
        subjectivity = sum(s for _, s in senses[form]) / len(senses[form])
        if abs(polarity) >= 0.3 and subjectivity >= 0.4:
            lines.append(f"{form}\t{polarity:.2f}")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{target.name}: {len(lines)} of {len(senses)} forms")


if __name__ == "__main__":
    pattern = Path(sys.argv[1])
    build(pattern / "nl-sentiment.xml", TARGET / "pattern-nl.tsv", "nl")
    build(pattern / "en-sentiment.xml", TARGET / "pattern-en.tsv", "en")
