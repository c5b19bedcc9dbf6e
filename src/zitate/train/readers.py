"""Training, corpus readers: DocBin files -> spaCy ``Example`` streams for ``spacy train``.

``zitate.TaggedCorpus.v1`` is spaCy's corpus reader with one change: the predicted side of each
example carries the reference's STTS tags. The NER model embeds the tag of each token (the
tagger runs before it at inference time), so during training it sees the teacher's tags where
at inference it sees the tagger's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.training import Corpus, Example


@spacy.registry.readers("zitate.TaggedCorpus.v1")
def create_tagged_corpus(
    path: Path, gold_preproc: bool = True, max_length: int = 0, limit: int = 0
) -> Callable[[Language], Iterator[Example]]:
    corpus = Corpus(path, gold_preproc=gold_preproc, max_length=max_length, limit=limit)

    def read(nlp: Language) -> Iterator[Example]:
        for eg in corpus(nlp):
            if len(eg.predicted) == len(eg.reference):
                for pred, ref in zip(eg.predicted, eg.reference, strict=True):
                    pred.tag_ = ref.tag_
            yield eg

    return read
