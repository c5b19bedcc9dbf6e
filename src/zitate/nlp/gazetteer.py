"""NLP stage, gazetteer features for the NER: each token -> a small class id from name lists.

``zitate.GazetteerHashEmbed.v1`` is spaCy's ``MultiHashEmbed.v2`` with one more embedded
column: the token's gazetteer class (bit 1: a known first name, bit 2: a German place name;
0: neither), looked up in ``zitate/data/ner_gazetteer.json`` (built by
``zitate.train.gazetteer`` from ``shared/data/gazetteers``). A hyphenated token takes the class
of its first part („Lea-Sophie“, „Baden-Baden“). The NER learns how far to trust the hint: a
first name that is also a word („Ernst“) or a place that names a club or a government stays
the model's decision.
"""

import json
from importlib import resources

from spacy.attrs import ORTH
from spacy.ml.featureextractor import FeatureExtractor
from spacy.ml.staticvectors import StaticVectors
from spacy.util import registry
from thinc.api import (
    HashEmbed,
    Maxout,
    Model,
    chain,
    concatenate,
    list2ragged,
    ragged2list,
    with_array,
)

GAZETTEER = "ner_gazetteer.json"
FIRST, PLACE = 1, 2


def load_gazetteer() -> dict[str, int]:
    """``ner_gazetteer.json`` -> {word: class bits}; empty when the file is absent."""
    path = resources.files("zitate") / "data" / GAZETTEER
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    classes: dict[str, int] = {}
    for word in data["first_names"]:
        classes[word] = classes.get(word, 0) | FIRST
    for word in data["places"]:
        classes[word] = classes.get(word, 0) | PLACE
    return classes


def word_class(word: str, classes: dict[str, int]) -> int:
    found = classes.get(word)
    if found is None and "-" in word:
        found = classes.get(word.split("-", 1)[0])
    return found or 0


def GazetteerFeatures(attrs: list, classes: dict[str, int]) -> Model:
    """Docs -> the ``attrs`` columns of ``doc.to_array`` plus the gazetteer class column."""
    cache: dict[int, int] = {}

    def forward(model: Model, docs, is_train: bool):
        features = []
        for doc in docs:
            array = doc.to_array([*attrs, ORTH])
            strings = doc.vocab.strings
            column = array[:, -1]
            for i, orth in enumerate(column.tolist()):
                cls = cache.get(orth)
                if cls is None:
                    cls = cache[orth] = word_class(strings[orth], classes)
                column[i] = cls
            features.append(model.ops.asarray2i(array, dtype="uint64"))
        return features, lambda d_features: []

    return Model("extract_features", forward, attrs={"columns": [*attrs, "GAZETTEER"]})


@registry.architectures("zitate.GazetteerHashEmbed.v1")
def GazetteerHashEmbed(
    width: int, attrs: list[str], rows: list[int], include_static_vectors: bool, gazetteer_rows: int
) -> Model:
    """``MultiHashEmbed.v2`` (same layers and seeds) over ``attrs`` + the gazetteer class."""
    classes = load_gazetteer()
    all_rows = [*rows, gazetteer_rows]
    seed = 7
    embeddings = []
    for i, n in enumerate(all_rows):
        seed += 1
        embeddings.append(HashEmbed(width, n, column=i, seed=seed, dropout=0.0))
    concat_size = width * (len(embeddings) + include_static_vectors)
    max_out = with_array(Maxout(width, concat_size, nP=3, dropout=0.0, normalize=True))
    extract = GazetteerFeatures(list(attrs), classes)
    tables = with_array(concatenate(*embeddings))
    if not include_static_vectors:
        return chain(extract, list2ragged(), tables, max_out, ragged2list())
    features = chain(extract, list2ragged(), tables)
    vectors = StaticVectors(width, dropout=0.0)
    return chain(concatenate(features, vectors), max_out, ragged2list())


assert FeatureExtractor  # the spaCy layer this one extends (same "extract_features" name)
