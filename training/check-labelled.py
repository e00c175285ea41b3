#!/usr/bin/env python3
"""Checks a labelled set (bench/accuracy/sets format): python3 check-labelled.py FILE.csv
(prints problems, then counts). The writers of the training corpus ran it on their files."""
import csv, re, sys, collections
HEADER = "id,language,role,question,text,stance,categories,codes,valued,hindered,wished,phenomena,why".split(",")
PHEN = set("plain-appreciative plain-deficit neutral negation litotes not-only double-negation contrast wish wish-complaint implicit-praise implicit-deficit irony reported-speech question mixed-codes morphology attitude-behaviour".split())
ROLES = {"ouder", "jongere", "kind", "professional", "netwerk"}
STANCES = ["appreciative", "deficit", "wish", "neutral"]
def codebook(md):
    lens, codes, order = None, {}, []
    for line in open(md, encoding="utf-8"):
        m = re.match(r"## lens `([^`]+)`", line)
        if m: lens = m.group(1); order.append(lens)
        m = re.match(r"- `([^`]+)`", line)
        if m and lens: codes[m.group(1)] = lens
    return codes, order
import os
SETS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench", "accuracy", "sets")
books = {"nl": codebook(os.path.join(SETS, "codes-wio-nl.md")), "en": codebook(os.path.join(SETS, "codes-ai-en.md"))}
path = sys.argv[1]
problems = []
rows = list(csv.reader(open(path, encoding="utf-8", newline="")))
if rows[0] != HEADER: problems.append("header differs: %r" % rows[0])
ids, texts = set(), {}
count = collections.Counter(); lenses = collections.Counter(); phen = collections.Counter(); roles = collections.Counter(); codecount = collections.Counter()
for n, r in enumerate(rows[1:], start=2):
    where = "%s:%d" % (path, n)
    if len(r) != 13: problems.append("%s: %d columns, not 13" % (where, len(r))); continue
    d = dict(zip(HEADER, r))
    if d["id"] in ids: problems.append("%s: id %s twice" % (where, d["id"]))
    ids.add(d["id"])
    if d["language"] not in books: problems.append("%s: language %r" % (where, d["language"])); continue
    codes, order = books[d["language"]]
    if d["role"] not in ROLES: problems.append("%s: role %r" % (where, d["role"]))
    if d["stance"] not in STANCES: problems.append("%s: stance %r" % (where, d["stance"]))
    words = len(d["text"].split())
    if not 8 <= words <= 90: problems.append("%s: %d words" % (where, words))
    if "\n" in d["text"]: problems.append("%s: line break in text" % where)
    key = re.sub(r"\W+", " ", d["text"].lower()).strip()
    if key in texts: problems.append("%s: same text as line %d" % (where, texts[key]))
    texts[key] = n
    split = lambda s: [x for x in s.split(";") if x]
    cs = split(d["codes"])
    for c in cs:
        if c not in codes: problems.append("%s: unknown code %r" % (where, c))
    want = [l for l in order if any(codes.get(c) == l for c in cs)]
    if split(d["categories"]) != want: problems.append("%s: categories %r, codes give %r" % (where, d["categories"], ";".join(want)))
    v, h, w = split(d["valued"]), split(d["hindered"]), split(d["wished"])
    for c in v + h + w:
        if c not in cs: problems.append("%s: %r in valued/hindered/wished but not in codes" % (where, c))
    if len(set(v) | set(h) | set(w)) != len(v) + len(h) + len(w): problems.append("%s: a code in two of valued/hindered/wished" % where)
    for p in split(d["phenomena"]):
        if p not in PHEN: problems.append("%s: unknown phenomenon %r" % (where, p))
        phen[p] += 1
    if not d["why"].strip(): problems.append("%s: empty why" % where)
    count[d["stance"]] += 1; roles[d["role"]] += 1
    for l in want: lenses[l] += 1
    for c in cs: codecount[c] += 1
for p in problems: print(p)
total = len(rows) - 1
print("rows", total, "problems", len(problems))
print("stances", {s: "%d (%.0f%%)" % (count[s], 100.0 * count[s] / max(total, 1)) for s in STANCES})
print("roles", dict(roles)); print("lenses", dict(lenses)); print("phenomena", dict(sorted(phen.items())))
lang = rows[1][1] if total else "nl"
print("codes", {c: codecount[c] for c in books.get(lang, books["nl"])[0]})
