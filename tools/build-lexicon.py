#!/usr/bin/env python3
"""Builds src/main/resources/nl/waardevol/redact/lexicon.txt, the name lexicon of `waardevol`.

Inputs (see src/main/resources/nl/waardevol/redact/README.md for sources and licences):
  tools/lexicon/*.txt                  hand-compiled Dutch names, common words, non-names
  Faker's person providers             Debian package python3-fake-factory (MIT)
  /usr/share/dict/dutch                Debian package wdutch (OpenTaal, BSD or CC-BY 3.0)
  /usr/share/dict/american-english     Debian package wamerican (SCOWL)
  (the word lists only filter out names from the other locales that are also ordinary words)

Usage:
  apt-get install wdutch wamerican
  apt-get download python3-fake-factory && dpkg -x python3-fake-factory_*.deb /tmp/faker
  python3 tools/build-lexicon.py /tmp/faker/usr/lib/python3/dist-packages
"""
import importlib
import re
import sys
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LISTS = ROOT / "tools" / "lexicon"
TARGET = ROOT / "src" / "main" / "resources" / "nl" / "waardevol" / "redact" / "lexicon.txt"
# Locales whose names are common in the Netherlands; the first two are taken whole, the others
# without names that are also ordinary words.
CORE_LOCALES = ["nl_NL", "en_US", "en_GB"]
OTHER_LOCALES = ["tr_TR", "fr_FR", "it_IT", "es_ES", "pl_PL"]
SURNAME_LOCALES = ["en_US", "en_GB", "tr_TR"]
NAME = re.compile(r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)*")


def lines(path):
    return [l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]


def words(path):
    return {w for w in path.read_text(encoding="utf-8").split("\n") if w and w == w.lower()}


def faker(site, locale):
    sys.modules.setdefault("unidecode", types.SimpleNamespace(unidecode=lambda s: s))
    sys.path.insert(0, site)
    return importlib.import_module("faker.providers.person." + locale).Provider


def main(site):
    dutch = words(Path("/usr/share/dict/dutch"))
    english = words(Path("/usr/share/dict/american-english"))
    first = set(lines(LISTS / "first-names.txt"))
    for locale in CORE_LOCALES:
        first |= set(faker(site, locale).first_names)
    for locale in OTHER_LOCALES:
        first |= {n for n in faker(site, locale).first_names if n.lower() not in dutch | english}
    surnames = set(lines(LISTS / "surnames.txt"))
    for locale in SURNAME_LOCALES:
        surnames |= {n for n in faker(site, locale).last_names if locale.startswith("en") or n.lower() not in dutch | english}
    first = {n for n in first if NAME.fullmatch(n) and len(n) >= 2 and " " not in n}
    surnames = {n for n in surnames if NAME.fullmatch(n) and len(n) >= 2}
    out = ["# The name lexicon of waardevol, built by tools/build-lexicon.py; see README.md here.",
           "# Sections: first names, surnames (particles written in front: 'de Vries'),",
           "# names that are also very common words (nl, en), names that are everyday words in lower",
           "# case (lower-nl), and capitalised words the lists hold",
           "# that are not taken for names."]
    sections = {
        "first": sorted(first),
        "surname": sorted(surnames),
        "common-nl": sorted(l.split()[1] for l in lines(LISTS / "common-words.txt") if l.startswith("nl ")),
        "common-en": sorted(l.split()[1] for l in lines(LISTS / "common-words.txt") if l.startswith("en ")),
        "lower-nl": sorted(l.split()[1] for l in lines(LISTS / "common-words.txt") if l.startswith("lower ")),
        "not-name": sorted(lines(LISTS / "not-names.txt")),
    }
    for name, entries in sections.items():
        out.append("[" + name + "]")
        out.extend(entries)
    TARGET.write_text("\n".join(out) + "\n", encoding="utf-8")
    print({name: len(entries) for name, entries in sections.items()})


if __name__ == "__main__":
    main(sys.argv[1])
