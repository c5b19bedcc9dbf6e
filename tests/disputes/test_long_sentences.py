"""Issue 16: the disputes stage reads each sentence once per document (``Memo``), not once per
quotation — the quotations of a long sentence share it. With a memo every quotation gets the
same dispute as without, on real news shapes and on the same texts with every full stop made a
comma (one long sentence, many quotations)."""

from __future__ import annotations

import pytest

from zitate.disputes.detect import detect, detect_lead, detect_narrated
from zitate.disputes.lexicon import get_lexicon
from zitate.disputes.relations import _blocked, _name_words
from zitate.disputes.sentences import Memo, sentence_tokens

DENIALS = (
    "Die Staatsanwaltschaft prüft Vorwürfe gegen die Landesvorsitzende der Partei, Sabine "
    "Krämer. Mehrere frühere Mitarbeiter werfen ihr vor, Spenden von Unternehmen nicht "
    "ordnungsgemäß verbucht zu haben. Krämer wies die Anschuldigungen am Dienstag entschieden "
    "zurück. „Das ist eine Kampagne, die mit der Wahrheit nichts zu tun hat“, sagte sie bei "
    "einer Pressekonferenz in Mainz. Alle Spenden seien korrekt aufgeführt worden. "
    "Der Botschafter des Landes bezeichnete die Erklärung als einseitig und falsch. Die "
    "Streitkräfte hätten ausschließlich militärische Stellungen angegriffen, sagte er in New "
    "York. Der Unternehmer Hans Albrecht hatte behauptet, die Stadt habe ihm ein Baugrundstück "
    "zugesagt. Die Stadt bestreitet das. Dass sich das Problem so lösen ließe, bezweifelt "
    "Arbeitswissenschaftler Thomas Langhoff: Eine Erhöhung des Rentenalters werde den Mangel "
    "nicht lösen, schreibt er."
)


def _all(doc, quotes, entities, memo):
    words = get_lexicon()
    blocked = _blocked(doc, quotes, None)
    out = []
    for quote in quotes:
        speaker = quote.get("speaker") or {}
        names = _name_words(speaker.get("entity"), speaker.get("text"), entities)
        out.append(
            (
                detect(doc, quote, words, memo),
                detect_lead(doc, quote, words, blocked, memo),
                detect_narrated(doc, quote, words, names, memo),
            )
        )
    return out


@pytest.mark.parametrize("stops", [True, False], ids=["sentences", "one-long-sentence"])
def test_a_memo_gives_every_quotation_the_same_dispute(analyse, stops):
    text = DENIALS if stops else DENIALS.replace(".", ",")
    doc, quotes, entities = analyse(text)
    assert len(quotes) >= (6 if stops else 2)
    if not stops:
        assert max(len(s) for s in doc.sents) > 100  # quotations in one long sentence
    plain = _all(doc, quotes, entities, None)
    assert any(found is not None for found, _, _ in plain)  # the text holds denials
    assert _all(doc, quotes, entities, Memo()) == plain


def test_the_quotations_of_one_sentence_share_its_token_list(analyse):
    doc, quotes, _ = analyse(DENIALS.replace(".", ","))
    memo = Memo()
    lists = [sentence_tokens(doc, q, memo) for q in quotes]
    assert [[t.i for t in x] for x in lists] == [
        [t.i for t in sentence_tokens(doc, q)] for q in quotes
    ]
    shared = {id(x) for x in lists}
    assert len(shared) < len(lists)  # built once per set of sentences
    assert len(memo.sentences) == len(shared)
