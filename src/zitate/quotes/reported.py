"""The speech-act lexicon: verbs that make a sentence a Reported statement on real news.

Stage: quotation attribution (a lexicon; no model). Input: a sentence with STTS tags and lemmas.
Output: the keys of its full verbs (``verb_keys``: lemma, lemma + separated particle, ``~pp`` for a
past participle, ``zeigen+sich`` for „zeigte sich erfreut“) and the token ids of a speech-act verb
(``speech_act``) — „kritisierte“, „warf ihm … vor“, „würdigte“, „bat um Milde“, „zeigte sich
erfreut“, in the perfect „hat … aufgerufen“ (``perfect_act``) —, and the verbs of saying whose
„, dass“ clause makes them an Indirect cue (``that_clause_cues``: „erinnert daran, dass …“).

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
    mahnen+ein äußern verkünden melden attestieren signalisieren benennen versprechen
    erzählen
    """
)
# Speech acts in the perfect („hat zu einer Lösung aufgerufen“, „hatte sich … geäußert“): the past
# participle's lemma, with a finite „haben“ and no passive „werden“ in the sentence.
AUXILIARY = "haben"
PASSIVE = frozenset({"werden", "worden"})
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


def _reflexive_state(sent: Span, verb: int, participles: bool = False) -> bool:
    """„sich“ after the verb and an adjective after that („zeigte sich tief besorgt“); with
    ``participles`` a past participle too („zeigen sich enttäuscht/VVPP“)."""
    doc = sent.doc
    after = doc[verb + 1 : min(sent.end, verb + 5)]
    reflexive = next((t.i for t in after if t.lower_ == "sich"), None)
    states = {"ADJD", "VVPP"} if participles else {"ADJD"}
    return reflexive is not None and any(t.tag_ in states for t in doc[reflexive + 1 : sent.end])


def speech_act(sent: Span) -> list[int]:
    """Token ids of the first finite speech-act verb of ``sent`` with its separated particle
    („warf … vor“), else of a speech-act participle in the perfect („hat … aufgerufen“,
    ``perfect_act``); ``[]`` if none."""
    return finite_act(sent) or perfect_act(sent)


def perfect_act(sent: Span) -> list[int]:
    """Token ids of a speech-act past participle whose finite verb is „haben“ („Blinken hat zu
    einer Lösung aufgerufen“); ``[]`` for none and for any passive („wurde kritisiert“, „ist
    kritisiert worden“)."""
    finite = [t for t in sent if t.tag_ == "VAFIN"]
    if not finite or any(t.lemma_.lower() in PASSIVE for t in sent if t.tag_.startswith("VA")):
        return []
    if finite[0].lemma_.lower() != AUXILIARY or any(t.tag_ == "VVFIN" for t in sent):
        return []
    for verb in sent:
        if verb.tag_ == "VVPP" and verb.lemma_.lower() in SPEECH_ACTS and verb.i > finite[0].i:
            return [finite[0].i, verb.i]
    return []


def finite_act(sent: Span) -> list[int]:
    """Token ids of the first finite speech-act verb of ``sent`` with its separated particle."""
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.tag_ == "VVFIN":
            particle = [t for t in sent if t.tag_ == "PTKVZ" and t.i > verb.i][:1]
            if particle and f"{lemma}+{particle[0].lower_}" in SPEECH_ACTS:
                return [verb.i, particle[0].i]
            if lemma in REFLEXIVE_STATES and _reflexive_state(sent, verb.i, participles=True):
                return [verb.i]
            if lemma in SPEECH_ACTS and not particle:
                return [verb.i]
    return []


# Verbs of saying, thinking and showing that a „dass“ clause after a comma makes an Indirect cue
# even where the Wikinews lexicon never saw the form („Hänni erinnert daran, dass …“, „Der
# Klimaforscher erwartet, dass …“, „Studien haben gezeigt, dass …“).
THAT_VERBS = frozenset(
    {lemma for lemma in SPEECH_ACTS if "+" not in lemma}
    | _words(
        """
        sagen erklären betonen berichten bestätigen erinnern erwarten vorstellen glauben meinen
        hoffen fürchten befürchten vermuten schätzen annehmen verweisen zeigen herausfinden
        feststellen mitteilen schreiben argumentieren behaupten
        """
    )
)
THAT_WORDS = frozenset({"dass", "ob"})
BRIDGE_TAGS = frozenset({"PAV", "ADV", "PRF", "PTKVZ", "PTKNEG", "VAFIN", "VMFIN", "VAINF"})


def that_clause_cues(sent: Span, inside: set[int]) -> list[int]:
    """Token ids of full verbs of ``THAT_VERBS`` outside quotation marks whose clause ends in
    „, dass“ / „, ob“ (adverbs, „daran“, „sich“ and auxiliaries in between)."""
    doc = sent.doc
    found = []
    for verb in sent:
        if verb.i in inside or verb.tag_ not in {"VVFIN", "VVPP", "VVINF"}:
            continue
        if verb.lemma_.lower() not in THAT_VERBS:
            continue
        j = verb.i + 1
        while j < sent.end - 1 and doc[j].tag_ in BRIDGE_TAGS and j - verb.i <= 3:
            j += 1
        if j + 1 < sent.end and doc[j].text == "," and doc[j + 1].lower_ in THAT_WORDS:
            found.append(verb.i)
    return found

