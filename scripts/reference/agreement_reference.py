#!/usr/bin/python3
"""Independent agreement coefficients for Simpul's tests and bench (METHODS.md section 8).

Reads a JSON list of tables on stdin: {"level": "nominal|ordinal|interval|ratio", "coders": [...],
"units": [{"id": ..., "values": [value or null, ...]}, ...]}; writes a JSON list of coefficients:
Krippendorff's alpha from NLTK's AnnotationTask (ordinal and ratio distances passed to it, since NLTK
ships only the nominal and interval ones), percent agreement and Scott's pi from NLTK, Cohen's kappa
(unweighted, linear, quadratic) and Fleiss' kappa from statsmodels. Run with Debian's interpreter, where
python3-nltk and python3-statsmodels are installed.
"""
import json
import sys
import time

import numpy as np
from nltk.metrics.agreement import AnnotationTask
from nltk.metrics.distance import binary_distance, interval_distance
from statsmodels.stats.inter_rater import aggregate_raters, cohens_kappa, fleiss_kappa


def ordinal_distance(pairable):
    counts = {}
    for v in pairable:
        counts[v] = counts.get(v, 0) + 1
    ordered = sorted(counts)
    before, running = {}, 0
    for v in ordered:
        before[v] = running
        running += counts[v]

    def distance(a, b):
        lo, hi = min(a, b), max(a, b)
        return (before[hi] + counts[hi] - before[lo] - (counts[lo] + counts[hi]) / 2) ** 2

    return distance


def ratio_distance(a, b):
    return 0.0 if a + b == 0 else ((a - b) / (a + b)) ** 2


def alpha(table):
    level = table["level"]
    triples, pairable = [], []
    for unit in table["units"]:
        present = [(c, v) for c, v in zip(table["coders"], unit["values"]) if v is not None]
        if len(present) < 2:
            continue
        for coder, value in present:
            triples.append((coder, unit["id"], value))
            pairable.append(value)
    distance = {
        "nominal": binary_distance,
        # NLTK's interval distance is already squared: (a - b) ** 2.
        "interval": interval_distance,
        "ratio": ratio_distance,
        "ordinal": ordinal_distance(pairable),
    }[level]
    started = time.perf_counter()
    value = AnnotationTask(data=triples, distance=distance).alpha()
    return value, (time.perf_counter() - started) * 1000


def two_coder(table):
    pairs = [u["values"] for u in table["units"] if u["values"][0] is not None and u["values"][1] is not None]
    task = AnnotationTask(data=[(c, str(i), v) for i, p in enumerate(pairs) for c, v in zip("AB", p)])
    categories = sorted({v for p in pairs for v in p})
    index = {c: i for i, c in enumerate(categories)}
    matrix = np.zeros((len(categories), len(categories)))
    for a, b in pairs:
        matrix[index[a], index[b]] += 1
    out = {"percentAgreement": task.avg_Ao(), "scottPi": task.pi(), "cohenKappa": cohens_kappa(matrix).kappa}
    if table["level"] != "nominal":
        out["cohenKappaLinear"] = cohens_kappa(matrix, wt="linear").kappa
        out["cohenKappaQuadratic"] = cohens_kappa(matrix, wt="quadratic").kappa
    return out


def fleiss(table):
    complete = [u["values"] for u in table["units"] if all(v is not None for v in u["values"])]
    labels = sorted({str(v) for row in complete for v in row})
    codes = np.array([[labels.index(str(v)) for v in row] for row in complete])
    counts, _ = aggregate_raters(codes)
    return fleiss_kappa(counts, method="fleiss")


def main():
    results = []
    for table in json.load(sys.stdin):
        value, ms = alpha(table)
        result = {"krippendorffAlpha": value, "alphaMs": ms}
        if len(table["coders"]) == 2:
            result.update(two_coder(table))
        elif table["level"] == "nominal":
            result["fleissKappa"] = fleiss(table)
        results.append(result)
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
