#!/usr/bin/env python3
"""Scores ways of deciding on lenses on the output of WriterFolds.java (see README.md here).

    python3 blend.py FOLDS.tsv ../sets/codes-wio-nl.md

Prints lens macro-F1 and "valued in the right lens" (precision, recall, F1) for the old rule
(a lens when its lens model or one of its codes reaches 0.5) and for
share * neighbours + (1 - share) * max(lens model, likeliest code) >= threshold.
"""
import re
import sys


def lens_map(codes_md):
    lens_of, lens = {}, None
    for line in open(codes_md, encoding='utf-8'):
        found = re.match(r'## lens `([^`]+)`', line)
        if found:
            lens = found.group(1)
        code = re.match(r'- `([^`]+)`', line)
        if code and lens:
            lens_of[code.group(1)] = lens
    return lens_of


def pairs(text, sep=';'):
    return dict(part.split('=', 1) for part in text.split(sep) if part)


def probabilities(text, sep):
    return {k: float(v) for k, v in (part.split(':') for part in text.split(sep) if part)}


def load(path):
    rows = []
    for line in open(path, encoding='utf-8'):
        fields = line.rstrip('\n').split('\t')
        group, votes, _, gold, _, lenses, codes, code_stances = fields[:8]
        cuts = {}
        for cut in (fields[8].split('|') if len(fields) > 8 else []):
            share, cut_votes = cut.split(':', 1)
            cuts[float(share)] = {k: float(v) for k, v in pairs(cut_votes).items()}
        rows.append(dict(
            group=group,
            cuts=cuts,
            votes={k: float(v) for k, v in pairs(votes).items()},
            gold=pairs(gold),
            lens={k: float(v) for k, v in pairs(lenses).items()},
            code={k: float(v) for k, v in pairs(codes).items()},
            code_stance={c: probabilities(s, ',') for c, s in pairs(code_stances).items()}))
    return rows


def likeliest(probs):
    return max(probs.items(), key=lambda kv: kv[1])[0]


def score(rows, decide, lens_of, lenses):
    tp, fp, fn = ({l: 0 for l in lenses} for _ in range(3))
    valued = [0, 0, 0]
    for row in rows:
        codes = decide(row)
        given = {lens_of[c] for c in codes}
        gold = {lens_of[c] for c in row['gold']}
        for lens in lenses:
            tp[lens] += lens in given and lens in gold
            fp[lens] += lens in given and lens not in gold
            fn[lens] += lens not in given and lens in gold
        said = {lens_of[c] for c in codes if likeliest(row['code_stance'][c]) == 'appreciative'}
        true = {lens_of[c] for c, s in row['gold'].items() if s == 'appreciative'}
        valued[0] += len(said & true)
        valued[1] += len(said - true)
        valued[2] += len(true - said)
    f1 = lambda t, p, n: 2 * t / (2 * t + p + n) if t else 0.0
    macro = sum(f1(tp[l], fp[l], fn[l]) for l in lenses) / len(lenses)
    t, p, n = valued
    return macro, t / max(1, t + p), t / max(1, t + n), f1(t, p, n)


def old_rule(lens_of, lenses):
    def decide(row):
        chosen = []
        for lens in lenses:
            codes = [c for c in row['code'] if lens_of[c] == lens]
            if max([row['lens'].get(lens, 0)] + [row['code'][c] for c in codes]) >= 0.5:
                chosen += [c for c in codes if row['code'][c] >= 0.5] or [max(codes, key=row['code'].get)]
        return chosen
    return decide


def blended(lens_of, lenses, share, threshold):
    def decide(row):
        chosen = []
        for lens in lenses:
            codes = [c for c in row['code'] if lens_of[c] == lens]
            models = max([row['lens'].get(lens, 0)] + [row['code'][c] for c in codes])
            yes = (1 - share) * models + share * row['votes'][lens] if row['votes'] else models
            if yes >= threshold:
                chosen += [c for c in codes if row['code'][c] >= 0.5] or [max(codes, key=row['code'].get)]
        return chosen
    return decide


def main():
    rows = load(sys.argv[1])
    lens_of = lens_map(sys.argv[2])
    lenses = sorted(set(lens_of.values()))
    line = 'lens macro-F1 %.4f, valued in the right lens P %.4f R %.4f F1 %.4f'
    print('%d passages' % len(rows))
    print('old rule:                    ' + line % score(rows, old_rule(lens_of, lenses), lens_of, lenses))
    for share in (0, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0):
        for threshold in (0.35, 0.4, 0.45, 0.5):
            print('share %.1f, threshold %.2f: ' % (share, threshold)
                  + line % score(rows, blended(lens_of, lenses, share, threshold), lens_of, lenses))


if __name__ == '__main__':
    main()
