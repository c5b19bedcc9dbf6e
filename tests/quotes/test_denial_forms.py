"""Verbs of denial where the base pipeline's lemmatiser or tagger misses them: the strong past
„widersprachen“ (lemma left as the word) and the weak past „entgegneten“ (tagged as a
zu-infinitive) still name their infinitive and count as finite (``zitate.quotes.denials``)."""

from __future__ import annotations

from zitate.quotes.denials import DISPUTE_VERBS, dispute_verb, finite_form, lexicon_lemma


class _Token:
    """A token as the pipeline gives it: word, STTS tag and lemma (as read off a real run)."""

    def __init__(self, text: str, tag: str, lemma: str) -> None:
        self.lower_, self.tag_, self.lemma_ = text.lower(), tag, lemma


def test_strong_and_weak_pasts_name_their_infinitive():
    assert lexicon_lemma(_Token("widersprachen", "VVFIN", "widersprachen"), DISPUTE_VERBS) == (
        "widersprechen"
    )
    assert lexicon_lemma(_Token("entgegneten", "VVIZU", "entgegneen"), DISPUTE_VERBS) == (
        "entgegnen"
    )
    assert finite_form(_Token("entgegneten", "VVIZU", "entgegneen"), DISPUTE_VERBS)
    assert not finite_form(_Token("zurückgewiesen", "VVPP", "zurückweisen"), DISPUTE_VERBS)


def test_other_words_keep_their_lemma():
    token = _Token("berücksichtigten", "VVFIN", "berücksichtigen")
    assert lexicon_lemma(token, DISPUTE_VERBS) == "berücksichtigen"
    assert not finite_form(_Token("erwarten", "VVINF", "erwarten"), DISPUTE_VERBS)


def test_a_sentence_with_widersprachen_holds_a_denial_verb():
    from zitate.quotes.pipeline import attribution_pipeline

    doc = attribution_pipeline()("Augenzeugen widersprachen dieser Darstellung.")
    found = dispute_verb(doc)
    assert found is not None and found[1] == "contradicts"
