#!/usr/bin/env python3
"""New labelled training passages, kept only where they are new enough.

    tools/merge-training.py LANG OUT.csv LABELLED.csv...

Writes the rows of language LANG (nl or en) to OUT.csv, leaving out a row that shares more than 20%
of its word 4-grams with any evaluation passage (bench/accuracy/sets, held-out or development), or
more than 40% with a passage of training/ or a row kept before it; prints each row left out and why.
Convert the result with tools/labelled-to-coded.py before adding it to training/.
"""
import csv, os, re, sys
lang, out, files = sys.argv[1], sys.argv[2], sys.argv[3:]
M = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def grams(text):
    w = re.findall(r"\w+", text.lower())
    return {tuple(w[i:i+4]) for i in range(len(w) - 3)}
def texts(path, col):
    with open(path, encoding="utf-8", newline="") as f:
        return [(r.get("id") or r.get("doc_id"), grams(r[col])) for r in csv.DictReader(f) if r.get("language", lang) == lang]
evals = []
for s in ("heldout", "dev"):
    evals += texts(f"{M}/bench/accuracy/sets/{s}-{lang}.csv", "text")
book = "wio-nl" if lang == "nl" else "ai-en"
train = texts(f"{M}/training/{book}.csv", "text")
def add(idx, i, g):
    for x in g: idx.setdefault(x, set()).add(i)
eval_idx, train_idx = {}, {}
for i, (_, g) in enumerate(evals): add(eval_idx, i, g)
for i, (_, g) in enumerate(train): add(train_idx, i, g)
def worst(g, idx):
    if not g: return 0.0
    counts = {}
    for x in g:
        for i in idx.get(x, ()): counts[i] = counts.get(i, 0) + 1
    return max(counts.values(), default=0) / len(g)
kept, header = [], None
dropped = 0
for path in files:
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f); header = reader.fieldnames
        for r in reader:
            g = grams(r["text"])
            e = worst(g, eval_idx); t = worst(g, train_idx)
            if e > 0.2 or t > 0.4:
                dropped += 1
                print(f"dropped {r['id']}: {e:.0%} like an evaluation passage, {t:.0%} like a training passage", file=sys.stderr)
                continue
            kept.append(r); add(train_idx, len(train), g); train.append((r["id"], g))
with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=header, lineterminator="\r\n"); w.writeheader(); w.writerows(kept)
print(f"{lang}: kept {len(kept)}, dropped {dropped}", file=sys.stderr)
