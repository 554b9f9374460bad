#!/usr/bin/python3
"""Reference values for src/analysis, computed with NetworkX and NumPy.

Run with Debian's interpreter, which has python3-networkx:

    /usr/bin/python3 scripts/reference/networkx_reference.py [output-dir]

It writes one JSON fixture per graph (default: src/analysis/fixtures/). The fixtures are committed;
CI regenerates them and diffs. Output is deterministic: sorted keys, fixed seeds, floats as repr.
Signed measures have no NetworkX implementation, so they come from an independent brute force here.
Eigenvector centrality and PageRank are solved exactly (ARPACK to machine precision, a dense linear
solve), not by NetworkX's power iteration at its default tolerance (1e-6), which is only within about
1e-5 of the answer; Simpul's iteration must come within 1e-9 of these.
"""

import itertools
import json
import math
import os
import random
import sys
import warnings
from fractions import Fraction
from pathlib import Path

# NetworkX iterates sets of nodes, whose order follows string hashing: pin it, or the last digit of
# some sums (and the edge order of the projected graph) changes from run to run.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})

import networkx as nx  # noqa: E402

import numpy as np  # noqa: E402  (exact eigenvector, PageRank and PN centrality references)

LOUVAIN_SEEDS = [1, 2, 3, 4, 5]


def clean(value):
    """NaN becomes None (JSON null); fractions become floats; dict keys become strings."""
    if isinstance(value, Fraction):
        return float(value)
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {str(k): clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value]
    return value


def with_length(G, invert):
    """A copy whose 'length' attribute is 1/weight (invert) or weight.

    Inverse lengths are exact fractions: NetworkX compares path lengths with ==, and in floating point
    1/3 + 1/6 != 1/2, so float lengths would drop tied shortest paths that Simpul (comparing with a
    tolerance, METHODS.md section 1) rightly counts.
    """
    H = G.copy()
    for _, _, d in H.edges(data=True):
        w = d.get("weight", 1)
        d["length"] = Fraction(1, w) if invert else w
    return H


def best_louvain(G, weight):
    """Highest modularity over a few seeds, the bar our Louvain must reach (minus 0.02)."""
    best = None
    for seed in LOUVAIN_SEEDS:
        parts = nx.community.louvain_communities(G, weight=weight, seed=seed)
        q = nx.community.modularity(G, parts, weight=weight)
        best = q if best is None else max(best, q)
    return best


def exact(values):
    """Exact references, rounded to 13 significant digits so that the last bits of LAPACK/ARPACK
    arithmetic, which may differ between builds, never change the fixture; tests ask for 1e-9."""
    return {k: float(f"{v:.13g}") for k, v in values.items()}


def eigenvector_exact(G, weight=None):
    """Eigenvector centrality solved to machine precision (ARPACK, tol=0), not by NetworkX's power
    iteration stopped at a tolerance: the value Simpul's iteration must reach within 1e-9."""
    return exact(nx.eigenvector_centrality_numpy(G, weight=weight, max_iter=100_000, tol=0))


def pagerank_exact(G, weight):
    """PageRank as the solution of x = xG (G NetworkX's Google matrix, alpha 0.85, dangling rank spread
    uniformly), sum 1, by a dense linear solve: the fixed point NetworkX's iteration approaches."""
    nodes = list(G)
    with warnings.catch_warnings():  # NetworkX 2.8 warns that 3.0 returns an ndarray; asarray takes both
        warnings.simplefilter("ignore", FutureWarning)
        M = nx.google_matrix(G, alpha=0.85, nodelist=nodes, weight=weight)
    n = len(nodes)
    system = np.eye(n) - np.asarray(M).T
    system[-1, :] = 1.0
    rhs = np.zeros(n)
    rhs[-1] = 1.0
    x = np.linalg.solve(system, rhs)
    return exact(dict(zip(nodes, (float(v) for v in x))))


def measures(G, weighted):
    directed = G.is_directed()
    result = {
        "density": nx.density(G),
        "degree_centrality": nx.degree_centrality(G),
        "betweenness": nx.betweenness_centrality(G),
        "betweenness_raw": nx.betweenness_centrality(G, normalized=False),
        "closeness": nx.closeness_centrality(G),
        "harmonic": nx.harmonic_centrality(G),
        "pagerank": pagerank_exact(G, "weight"),
        "pagerank_unweighted": pagerank_exact(G, None),
        "core_number": nx.core_number(G),
        "clustering": nx.clustering(G),
        "average_clustering": nx.average_clustering(G),
        "constraint": nx.constraint(G),
        "effective_size": nx.effective_size(G),
    }
    result["eigenvector"] = eigenvector_exact(G)
    if directed:
        result["in_degree_centrality"] = nx.in_degree_centrality(G)
        result["out_degree_centrality"] = nx.out_degree_centrality(G)
        result["reciprocity"] = nx.reciprocity(G)
        result["weak_components"] = nx.number_weakly_connected_components(G)
        result["strong_components"] = nx.number_strongly_connected_components(G)
        result["louvain_best_modularity"] = best_louvain(G, "weight" if weighted else None)
    else:
        result["transitivity"] = nx.transitivity(G)
        result["components"] = nx.number_connected_components(G)
        result["louvain_best_modularity"] = best_louvain(G, "weight" if weighted else None)
    if weighted:
        inverse = with_length(G, invert=True)
        raw = with_length(G, invert=False)
        result["betweenness_inverse_weight"] = nx.betweenness_centrality(inverse, weight="length")
        result["betweenness_weight"] = nx.betweenness_centrality(raw, weight="length")
        result["closeness_inverse_weight"] = nx.closeness_centrality(inverse, distance="length")
        result["harmonic_inverse_weight"] = nx.harmonic_centrality(inverse, distance="length")
        result["eigenvector_weighted"] = eigenvector_exact(G, weight="weight")
        result["constraint_weighted"] = nx.constraint(G, weight="weight")
        result["effective_size_weighted"] = nx.effective_size(G, weight="weight")
        if not directed:
            result["clustering_weighted"] = nx.clustering(G, weight="weight")
    return result


def unsigned_fixture(name, source, G, weighted):
    nodes = [str(v) for v in G.nodes()]
    edges = [
        [str(u), str(v), d.get("weight", 1) if weighted else 1, 1] for u, v, d in G.edges(data=True)
    ]
    return {
        "name": name,
        "source": source,
        "directed": G.is_directed(),
        "weighted": weighted,
        "nodes": nodes,
        "edges": edges,
        "measures": measures(G, weighted),
    }


def directed_random():
    G = nx.gnm_random_graph(40, 170, seed=7, directed=True)
    rng = random.Random(7)
    for _, _, d in G.edges(data=True):
        d["weight"] = rng.randint(1, 5)
    return G


# Signed graphs: (name, nodes, edges as (u, v, sign)); undirected.
SIGNED = [
    ("signed-balanced", "abcdef", [("a", "b", 1), ("b", "c", 1), ("a", "c", 1), ("d", "e", 1),
                                   ("e", "f", 1), ("a", "d", -1), ("b", "e", -1), ("c", "f", -1)]),
    ("signed-unbalanced", "abcdefg", [("a", "b", 1), ("b", "c", 1), ("a", "c", -1), ("c", "d", 1),
                                      ("d", "e", -1), ("e", "f", 1), ("f", "d", 1), ("f", "g", -1),
                                      ("g", "a", 1), ("b", "e", -1)]),
    ("signed-all-negative-triangle", "abc", [("a", "b", -1), ("b", "c", -1), ("a", "c", -1)]),
    ("signed-disconnected", "abcdefgh", [("a", "b", -1), ("b", "c", -1), ("a", "c", -1),
                                         ("d", "e", 1), ("e", "f", -1), ("f", "d", 1),
                                         ("g", "h", 1)]),
    ("signed-isolates", "abcdef", [("a", "b", 1), ("b", "c", -1), ("c", "a", -1)]),
    ("signed-single-tie", "ab", [("a", "b", -1)]),
    ("signed-empty", "", []),
    ("signed-two-optima", "abcd", [("a", "b", 1), ("b", "c", 1), ("c", "d", 1), ("d", "a", -1)]),
]


def brute_force_frustration(nodes, edges):
    """All optimal two-camp splits with the first node in camp +1."""
    if not nodes:
        return {"index": 0, "optima": 1, "in_all": [], "in_some": []}
    index = {v: i for i, v in enumerate(nodes)}
    best, optima = None, []
    for bits in itertools.product([1, -1], repeat=len(nodes) - 1):
        camps = (1,) + bits
        frustrated = [
            i for i, (u, v, s) in enumerate(edges) if s != camps[index[u]] * camps[index[v]]
        ]
        if best is None or len(frustrated) < best:
            best, optima = len(frustrated), [frustrated]
        elif len(frustrated) == best:
            optima.append(frustrated)
    in_all = sorted(set.intersection(*[set(f) for f in optima]))
    in_some = sorted(set.union(*[set(f) for f in optima]))
    return {"index": best, "optima": len(optima), "in_all": in_all, "in_some": in_some}


def triangle_census(nodes, edges):
    sign = {}
    for u, v, s in edges:
        sign[frozenset((u, v))] = s
    census = [0, 0, 0, 0]
    for a, b, c in itertools.combinations(nodes, 3):
        pairs = [frozenset((a, b)), frozenset((b, c)), frozenset((a, c))]
        if all(p in sign for p in pairs):
            census[sum(1 for p in pairs if sign[p] < 0)] += 1
    return dict(zip(["ppp", "ppn", "pnn", "nnn"], census))


def pn_centrality(nodes, edges):
    """Everett & Borgatti (2014): (I - A/(2n-2))^-1 1 with A = P - 2N."""
    n = len(nodes)
    if n < 2:
        return None
    index = {v: i for i, v in enumerate(nodes)}
    A = np.zeros((n, n))
    for u, v, s in edges:
        value = 1 if s > 0 else -2
        A[index[u], index[v]] = A[index[v], index[u]] = value
    try:
        scores = np.linalg.solve(np.eye(n) - A / (2 * n - 2), np.ones(n))
    except np.linalg.LinAlgError:  # two nodes joined by a conflict tie: the matrix is singular
        return None
    return exact({v: float(scores[index[v]]) for v in nodes})


def signed_fixture(name, nodes, edges):
    nodes = list(nodes)
    G = nx.Graph()
    G.add_nodes_from(nodes)
    G.add_edges_from((u, v) for u, v, s in edges)
    return {
        "name": name,
        "source": "hand-made; brute force over all two-camp splits",
        "directed": False,
        "weighted": False,
        "nodes": nodes,
        "edges": [[u, v, 1, s] for u, v, s in edges],
        "measures": {
            "density": nx.density(G) if nodes else 0,
            "components": nx.number_connected_components(G),
            "frustration": brute_force_frustration(nodes, edges),
            "triangles": triangle_census(nodes, edges),
            "pn_centrality": pn_centrality(nodes, edges),
        },
    }


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parents[2] / "src/analysis/fixtures")
    out.mkdir(parents=True, exist_ok=True)
    women = nx.davis_southern_women_graph()
    fixtures = [
        unsigned_fixture("karate", "networkx.karate_club_graph() (weighted, NetworkX >= 2.8)",
                         nx.karate_club_graph(), True),
        unsigned_fixture("florentine", "networkx.florentine_families_graph()",
                         nx.florentine_families_graph(), False),
        unsigned_fixture("les-miserables", "networkx.les_miserables_graph() (weighted)",
                         nx.les_miserables_graph(), True),
        unsigned_fixture(
            "davis-southern-women",
            "networkx.bipartite.weighted_projected_graph(davis_southern_women_graph(), women)",
            nx.bipartite.weighted_projected_graph(women, women.graph["top"]),
            True,
        ),
        unsigned_fixture("directed-random", "networkx.gnm_random_graph(40, 170, seed=7, directed=True), "
                         "weights random.Random(7).randint(1, 5)", directed_random(), True),
    ] + [signed_fixture(*spec) for spec in SIGNED]
    for fixture in fixtures:
        fixture["networkx"] = nx.__version__
        path = out / f"{fixture['name']}.json"
        path.write_text(json.dumps(clean(fixture), indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
