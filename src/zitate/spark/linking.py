"""Spark stage, cross-article entity linking: the document entities of the whole corpus ->
corpus-wide canonical entities, by the rules of ``zitate.resolve.crosslink`` (those of
``zitate.store.linking``), independent of how Spark partitioned the corpus.

Input: an RDD of ``(kind, name, order, article id, position, local id)``, one per document entity
of an analysed article (``order``: its article's place in the input, ``zitate.spark.job``; any
total order of the articles will do). Output: an
RDD ``((article id, local id), (canonical id, canonical name))``; ``link_local`` does the
same in one process.

How: the rules only ever compare names of one kind through a few keys (``crosslink.families``:
the name's normalised key and its surname or acronym, a trailing „s“ off). Each name is put in
the group of its surname or acronym (a name without one: of its key); a key met with two
different surnames (or with and without one) joins their groups — those few unions are
collected and solved on the driver. Within a group the names are linked in the articles' order,
then by position in the article, by ``crosslink.link_in_order``, exactly as the store links
article after article into an empty database (``zitate ingest`` reads them in that order).
Role phrases get an entity of their own. A canonical entity's id is a 63-bit hash of its first
document entity (article id, local id): stable across runs and partitionings, corpus-wide
unique in practice.

A surname with a dot inside („A.B.“) folds to two words; such a name is grouped by it, and a
two-word name with exactly that key may be linked apart from it.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator

from ..resolve.crosslink import families, link_in_order
from ..resolve.names import parse_name


def canonical_id(article_id: str, local_id: str) -> int:
    """The corpus-wide id of the canonical entity first named by ``local_id`` of ``article_id``."""
    digest = hashlib.blake2b(f"{article_id}\t{local_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") & (2**63 - 1)


def link(names):
    """``names`` (see the module docstring) -> ``((article id, local id), (id, name))``."""
    keyed = names.map(_keyed)
    conflicts = (
        keyed.filter(lambda row: row[1] is not None)
        .map(lambda row: ((row[0][0], row[1]), row[0][1]))
        .distinct()
        .groupByKey()
        .mapValues(set)
        .filter(lambda pair: len(pair[1]) > 1)
        .collect()
    )
    roots = names.context.broadcast(union(conflicts))
    return (
        keyed.map(lambda row: (roots.value.get(row[0], row[0]), row[2]))
        .groupByKey()
        .flatMap(link_group)
    )


def link_local(names: Iterable[tuple]) -> dict[tuple[str, str], tuple[int, str]]:
    """``link`` without Spark, the same steps in one process (for a check, or a small corpus):
    ``{(article id, local id): (canonical id, canonical name)}``."""
    keyed = [_keyed(item) for item in names]
    nodes: dict[tuple, set] = defaultdict(set)
    for node, own, _ in keyed:
        if own is not None:
            nodes[(node[0], own)].add(node[1])
    roots = union((key, found) for key, found in nodes.items() if len(found) > 1)
    groups: dict[tuple, list] = defaultdict(list)
    for node, _, item in keyed:
        groups[roots.get(node, node)].append(item)
    return dict(link for pair in groups.items() for link in link_group(pair))


def _keyed(item: tuple) -> tuple:
    """``(group node, own family or None, item)``: node ``(kind, family)``, a role phrase's
    node its own document entity."""
    kind, text, _, article_id, _, local_id = item
    found = families(parse_name(text, kind))
    if not found:
        return ("", article_id, local_id), None, item
    return (kind, found[-1]), found[0], item


def union(conflicts: Iterable[tuple]) -> dict:
    """``{node: root}`` for the nodes of ``conflicts`` (``((kind, key family), {nodes})``):
    each conflict's nodes end up under one root (union-find)."""
    parent: dict = {}

    def find(node):
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for (kind, _), nodes in conflicts:
        first, *rest = sorted(nodes)
        for node in rest:
            a, b = find((kind, first)), find((kind, node))
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {node: find(node) for node in list(parent)}


def link_group(pair) -> Iterator[tuple]:
    """One group's names, linked in their articles' order (``crosslink.link_in_order``)."""
    _, items = pair
    ordered = sorted(items, key=lambda item: (item[2], item[4]))
    members = [((item[3], item[5]), item[3], item[1], item[0]) for item in ordered]
    for ids, name in link_in_order(members):
        first = canonical_id(*ids[0])
        for member in ids:
            yield member, (first, name)
