"""NLP stage, texts of any length: text -> one analysed ``Doc``, the long ones in pieces.

spaCy refuses a text over ``nlp.max_length`` (1,000,000 characters, E088), and the memory of
its models grows with the text. ``analyse`` runs a text of up to ``PIECE_CHARS`` through the
pipeline as it is (so every normal article is analysed exactly as before); a longer one is cut
at paragraph boundaries (a blank line, else a line break, else a space) into pieces of at most
``PIECE_CHARS``, the base components (tokens, tags, lemmas, sentences, entities) run on each
piece, ``Doc.from_docs`` joins the pieces into one ``Doc`` of the whole text, and the components
that read the whole document (``zitate_turns``, ``zitate_quotes`` and what follows them) run on
that.

``analyse_all`` analyses a batch (short texts together through ``nlp.pipe``) and isolates the
texts: a text whose analysis raises gets its exception in its place, the others their ``Doc``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

log = logging.getLogger(__name__)

#: The longest text analysed in one piece; the 40 pages of shared/data/html have < 20,000.
PIECE_CHARS = 100_000
#: The first component that reads the whole document rather than a piece of it.
DOCUMENT_COMPONENTS = ("zitate_turns", "zitate_quotes")


def analyse(nlp: Language, text: str) -> Doc:
    """The ``Doc`` of ``text`` through all of ``nlp``; ``doc.text == text`` for any length."""
    if len(text) <= PIECE_CHARS:
        return nlp(text)
    base, whole = _split_pipeline(nlp)
    docs = []
    for piece in split_text(text, PIECE_CHARS):
        doc = nlp.make_doc(piece)
        for _name, proc in base:
            doc = proc(doc)
        docs.append(doc)
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    for _name, proc in whole:
        doc = proc(doc)
    return doc


def analyse_all(
    nlp: Language, texts: Sequence[str], batch_size: int | None = None
) -> list[Doc | Exception]:
    """The ``Doc`` of each text, or the exception its analysis raised (logged), in order."""
    out: list[Doc | Exception | None] = [None] * len(texts)
    short = [i for i, text in enumerate(texts) if len(text) <= PIECE_CHARS]
    try:
        docs = nlp.pipe([texts[i] for i in short], batch_size=batch_size or len(short) or 1)
        for i, doc in zip(short, docs, strict=True):
            out[i] = doc
    except Exception:  # noqa: BLE001 - one bad text: analyse them one by one below
        log.warning("a batch of %d texts failed; analysing them one by one", len(short))
        for i in short:
            out[i] = None
    for i, text in enumerate(texts):
        if out[i] is None:
            try:
                out[i] = analyse(nlp, text)
            except Exception as err:  # noqa: BLE001 - becomes this text's error record
                log.warning("analysis failed: %r", err, exc_info=True)
                out[i] = err
    return out  # type: ignore[return-value]


def split_text(text: str, size: int) -> list[str]:
    """``text`` in consecutive pieces of at most ``size`` characters that join to ``text``;
    each piece ends after a blank line, else a line break, else a space, where it can."""
    pieces, start = [], 0
    while len(text) - start > size:
        end = start + size
        cut = -1
        for sep in ("\n\n", "\n", " "):
            at = text.rfind(sep, start + size // 2, end)
            if at != -1:
                cut = at + len(sep)
                break
        cut = cut if cut > start else end
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def _split_pipeline(nlp: Language) -> tuple[list, list]:
    """(components run per piece, components run on the joined document)."""
    names = nlp.pipe_names
    first = next((names.index(n) for n in DOCUMENT_COMPONENTS if n in names), len(names))
    return nlp.pipeline[:first], nlp.pipeline[first:]
