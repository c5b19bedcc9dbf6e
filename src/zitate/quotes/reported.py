"""The speech-act lexicon: verbs that make a sentence a Reported statement on real news.

Stage: quotation attribution (a lexicon; no model). Input: a sentence with STTS tags and lemmas.
Output: the keys of its full verbs (``verb_keys``: lemma, lemma + separated particle, ``~pp`` for a
past participle, ``zeigen+sich`` for „zeigte sich erfreut“) and the token ids of a speech-act verb
(``speech_act``) — „kritisierte“, „warf ihm … vor“, „würdigte“, „bat um Milde“, „zeigte sich
erfreut“.

The Wikinews train split labels such sentences Reported only now and then (its annotators left
most of them out), so the model learns only 20 verbs from it (``training.reported_verbs``); a
reader of real news sees every one of them as somebody's statement. The list below was written by
hand from German speech-act verbs (no data set), and ``model`` uses it only for a sentence whose
subject names a speaker.
"""

from __future__ import annotations

from spacy.tokens import Span


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Lemma or lemma + separated particle of a finite verb („warf … vor“ → ``werfen+vor``).
SPEECH_ACTS = _words(
    """
    kritisieren verurteilen würdigen loben begrüßen bitten appellieren mahnen ermahnen mahnen+an
    anmahnen verlangen fordern fordern+ein fordern+auf beklagen bemängeln monieren beanstanden
    prangern+an anprangern widersprechen dementieren bestreiten weisen+zurück zurückweisen
    zeigen+sich pochen plädieren beharren bekräftigen unterstreichen räumen+ein einräumen geben+zu
    zugeben bedauern beteuern danken gratulieren entschuldigen verteidigen rechtfertigen drängen
    werben beschuldigen bezichtigen werfen+vor vorwerfen kündigen+an ankündigen rufen+auf aufrufen
    warnen raten empfehlen bezeichnen nennen werten sprechen+aus
    """
)
REFLEXIVE_STATES = frozenset({"zeigen"})  # „zeigte sich erfreut / besorgt / enttäuscht“


def verb_keys(sent: Span) -> set[str]:
    """The finite full verbs of ``sent`` as lemma plus separated particle („wies … zurück“ →
    ``weisen+zurück``; „zeigte sich erfreut“ → ``zeigen+sich``) and its past participles
    (``bezeichnen~pp``)."""
    keys = set()
    for verb in sent:
        if verb.tag_ == "VVFIN":
            lemma = verb.lemma_.lower()
            parts = [t.lower_ for t in sent if t.tag_ == "PTKVZ" and t.i > verb.i]
            keys.add(lemma + (f"+{parts[0]}" if parts else ""))
            if lemma in REFLEXIVE_STATES and _reflexive_state(sent, verb.i):
                keys.add(f"{lemma}+sich")
        elif verb.tag_ == "VVPP":
            keys.add(f"{verb.lemma_.lower()}~pp")
    return keys


def _reflexive_state(sent: Span, verb: int) -> bool:
    """„sich“ after the verb and an adjective after that („zeigte sich tief besorgt“)."""
    doc = sent.doc
    after = doc[verb + 1 : min(sent.end, verb + 5)]
    reflexive = next((t.i for t in after if t.lower_ == "sich"), None)
    return reflexive is not None and any(t.tag_ == "ADJD" for t in doc[reflexive + 1 : sent.end])


def speech_act(sent: Span) -> list[int]:
    """Token ids of the first finite speech-act verb of ``sent`` with its separated particle
    („warf … vor“); ``[]`` if none. Participles („hat … kritisiert“) are left out: on Wikinews
    dev and the real-news gold they cost more precision than they found."""
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.tag_ == "VVFIN":
            particle = [t for t in sent if t.tag_ == "PTKVZ" and t.i > verb.i][:1]
            if particle and f"{lemma}+{particle[0].lower_}" in SPEECH_ACTS:
                return [verb.i, particle[0].i]
            if lemma in REFLEXIVE_STATES and _reflexive_state(sent, verb.i):
                return [verb.i]
            if lemma in SPEECH_ACTS and not particle:
                return [verb.i]
    return []
