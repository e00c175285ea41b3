#!/usr/bin/env python3
"""Turns labelled sets (bench/accuracy/sets format) into one coded table that 'waardevol train' reads.

    tools/labelled-to-coded.py OUT.csv LABELLED.csv [LABELLED.csv ...]

Each labelled passage becomes a row: doc_id is its id, region 'training', its role, question and
text; valence is its stance; codes, valued, hindered and wished as labelled. The phenomena and the
labeller's why stay as extra columns, so the table documents itself.
"""
import csv
import sys

STANCE = {"appreciative", "deficit", "wish", "neutral"}
COLUMNS = ["doc_id", "region", "role", "passage", "speaker", "start", "end", "language", "valence",
           "categories", "codes", "valued", "hindered", "wished", "matched", "text", "question",
           "phenomena", "why"]


def main(out, sources):
    rows = []
    for source in sources:
        with open(source, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                if row["stance"] not in STANCE:
                    sys.exit(f"{source}: {row['id']} has stance {row['stance']!r}")
                rows.append({
                    "doc_id": row["id"], "region": "training", "role": row["role"], "passage": "1",
                    "speaker": "", "start": "0", "end": str(len(row["text"])),
                    "language": row["language"], "valence": row["stance"],
                    "categories": row["categories"], "codes": row["codes"],
                    "valued": row["valued"], "hindered": row["hindered"], "wished": row["wished"],
                    "matched": "", "text": row["text"], "question": row["question"],
                    "phenomena": row["phenomena"], "why": row["why"],
                })
    rows.sort(key=lambda r: r["doc_id"])
    with open(out, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{out}: {len(rows)} passages", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
