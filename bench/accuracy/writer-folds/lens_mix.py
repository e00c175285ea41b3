#!/usr/bin/env python3
"""Fits the lens mix of nl.waardevol.learn.LensMix on the output of WriterFolds.java, and scores it.

    python3 lens_mix.py wio-nl.folds.tsv ../sets/codes-wio-nl.md ai-en.folds.tsv ../sets/codes-ai-en.md \
        [--weights -0.88,0.17,0.33,3.85]

A lens's probability is the logistic of
    bias + a * logit(lens model) + b * logit(likeliest code of the lens) + c * neighbours' vote,
one set of weights for every lens of both corpora, fitted by maximum likelihood (Newton's method).
Prints the weights, then per corpus lens macro-F1 and "valued in the right lens" for the stop-15
rule (0.4 * max(lens model, likeliest code) + 0.6 * vote >= 0.4, with the 5% cut's vote), for the
fitted mix at three thresholds (and for the weights given, from 0.4), for the mix with weights fitted without the writers scored
(each fold of writers left out in turn), how often lenses of each predicted probability were there, and for the mix on the votes of
each other cut-off.
Needs numpy.
"""
import math
import re
import sys

import numpy as np

from blend import lens_map, load, score

SUREST = 1e-4


def logit(p):
    p = min(max(p, SUREST), 1 - SUREST)
    return math.log(p / (1 - p))


def witnesses(row, lens, lens_of, votes):
    codes = [row['code'][c] for c in row['code'] if lens_of[c] == lens]
    likeliest = max(codes or [0])
    lens_model = row['lens'].get(lens, likeliest)
    return [1.0, logit(lens_model), logit(likeliest), votes.get(lens, 0.0)]


def fit(x, y, rounds=50):
    w = np.zeros(x.shape[1])
    for _ in range(rounds):
        p = 1 / (1 + np.exp(-x @ w))
        w -= np.linalg.solve((x.T * (p * (1 - p))) @ x, x.T @ (p - y))
    return w


def design(corpus, rows=None):
    rows = corpus['rows'] if rows is None else rows
    x = [witnesses(r, l, corpus['lens_of'], r['votes']) for r in rows if r['votes'] for l in corpus['lenses']]
    y = [any(corpus['lens_of'][c] == l for c in r['gold']) for r in rows if r['votes'] for l in corpus['lenses']]
    return np.array(x), np.array(y, dtype=float)


def codes_given(lens_of, codes, given_lenses):
    chosen = []
    for lens in given_lenses:
        of_lens = [c for c in codes if lens_of[c] == lens]
        chosen += [c for c in of_lens if codes[c] >= 0.5] or [max(of_lens, key=codes.get)]
    return chosen


def mixed(corpus, weights_of, threshold, cut=None):
    lens_of, lenses = corpus['lens_of'], corpus['lenses']

    def decide(row):
        votes = row['votes'] if cut is None else row['cuts'][cut]
        given = []
        for lens in lenses:
            x = witnesses(row, lens, lens_of, votes)
            if votes:
                yes = 1 / (1 + math.exp(-float(np.dot(weights_of(row), x))))
            else:
                yes = max(row['lens'].get(lens, 0), math.exp(x[2]) / (1 + math.exp(x[2])))
            if yes >= threshold:
                given.append(lens)
        return codes_given(lens_of, row['code'], given)
    return decide


def stop15(corpus):
    lens_of, lenses = corpus['lens_of'], corpus['lenses']

    def decide(row):
        votes = row['cuts'].get(0.05, row['votes'])
        given = []
        for lens in lenses:
            codes = [row['code'][c] for c in row['code'] if lens_of[c] == lens]
            models = max([row['lens'].get(lens, 0)] + codes)
            if (0.4 * models + 0.6 * votes[lens] if votes else models) >= 0.4:
                given.append(lens)
        return codes_given(lens_of, row['code'], given)
    return decide


def calibration(corpus, left_out):
    bins = [[0, 0] for _ in range(10)]
    for row in corpus['rows']:
        if not row['votes']:
            continue
        weights = left_out['w%d' % left_out[id(row)]]
        for lens in corpus['lenses']:
            x = witnesses(row, lens, corpus['lens_of'], row['votes'])
            p = 1 / (1 + math.exp(-float(np.dot(weights, x))))
            had = any(corpus['lens_of'][c] == lens for c in row['gold'])
            bins[min(9, int(p * 10))][0] += 1
            bins[min(9, int(p * 10))][1] += had
    print('    ' + '  '.join('%.1f-%.1f: %.2f (%d)' % (b / 10, (b + 1) / 10, n[1] / n[0], n[0])
                             for b, n in enumerate(bins) if n[0]))


def writer(row):
    return re.sub(r'-[0-9]+$', '', row['group'])


def main():
    args, given = sys.argv[1:], None
    if '--weights' in args:
        at = args.index('--weights')
        given = np.array([float(w) for w in args[at + 1].split(',')])
        args = args[:at] + args[at + 2:]
    corpora = []
    for tsv, codes_md in zip(args[0::2], args[1::2]):
        lens_of = lens_map(codes_md)
        corpora.append(dict(name=tsv, rows=load(tsv), lens_of=lens_of,
                            lenses=sorted(set(lens_of.values()))))
    xs, ys = zip(*(design(c) for c in corpora))
    weights = fit(np.vstack(xs), np.concatenate(ys))
    print('weights (bias, lens model, likeliest code, vote): ' + ', '.join('%.4f' % w for w in weights))
    # The same fit with each fifth of the writers left out in turn, for the rows of those writers.
    left_out = {}
    for fold in range(5):
        parts = []
        for c in corpora:
            writers = sorted({writer(r) for r in c['rows']})
            inside = {w for i, w in enumerate(writers) if i % 5 != fold}
            parts.append(design(c, [r for r in c['rows'] if writer(r) in inside]))
            for r in c['rows']:
                if writer(r) not in inside:
                    left_out[id(r)] = fold
        x, y = zip(*parts)
        left_out['w%d' % fold] = fit(np.vstack(x), np.concatenate(y))
    line = 'lens macro-F1 %.4f, valued in the right lens P %.4f R %.4f F1 %.4f'
    for c in corpora:
        lens_of, lenses = c['lens_of'], c['lenses']
        print('%s: %d passages' % (c['name'], len(c['rows'])))
        print('  stop-15 rule:              ' + line % score(c['rows'], stop15(c), lens_of, lenses))
        for threshold in (0.35, 0.4, 0.45):
            decide = mixed(c, lambda row: weights, threshold)
            print('  mix from %.2f:             ' % threshold + line % score(c['rows'], decide, lens_of, lenses))
        if given is not None:
            decide = mixed(c, lambda row: given, 0.4)
            print('  weights given, from 0.40:   ' + line % score(c['rows'], decide, lens_of, lenses))
        decide = mixed(c, lambda row: left_out['w%d' % left_out[id(row)]], 0.4)
        print('  mix from 0.40, writers out: ' + line % score(c['rows'], decide, lens_of, lenses))
        print('  calibration, writers out (predicted: share that had the lens, of lens decisions):')
        calibration(c, left_out)
        for cut in sorted(c['rows'][0]['cuts']):
            decide = mixed(c, lambda row: weights, 0.4, cut)
            print('  mix from 0.40, cut %.2f:    ' % cut + line % score(c['rows'], decide, lens_of, lenses))


if __name__ == '__main__':
    main()
