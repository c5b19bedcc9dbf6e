"""Features of sentences and quotations for the learned parts of attribution.

Stage: quotation attribution. Input: a ``Doc`` from the base pipeline (``tag_`` STTS, ``lemma_``,
``morph`` with ``Mood`` on finite verbs; ``ents`` when present) or, degraded, an untagged ``Doc``;
the cue lexicon; the labels of the previous sentences. Output: lists of feature strings for
``zitate.quotes.perceptron`` — one list per sentence (its quotation type) and per quotation (its
medium).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..nlp.mood import FINITE_TAGS as FINITE
from .lexicon import CueLexicon


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SOURCE_WORDS = _words(
    "laut zufolge gemäß demnach wonach angaben ansicht meinung auffassung berichten informationen"
)
SUBORDINATORS = _words("dass ob wie weil da")
MEDIUM_WORDS = _words(
    "interview brief erklärung mitteilung pressemitteilung presseerklärung zeitung rede "
    "pressekonferenz bericht blog twitter website stellungnahme fernsehen radio schreiben "
    "schrieb schreibt geschrieben veröffentlicht veröffentlichte studie umfrage "
    "gedanken glaubt glaubte hofft hoffte befürchtet fürchtet"
)


def is_sub(token: Token) -> bool:
    """A finite verb in Konjunktiv (``Mood=Sub``)."""
    return "Sub" in token.morph.get("Mood")


def sentence_features(
    sent: Span,
    inside: set[int],
    lexicon: CueLexicon,
    previous: Sequence[str],
    rule: str,
) -> list[str]:
    """Features of one sentence: verbs and mood, cue words, source phrases, quotation marks,
    the labels of the two previous sentences and what the rules found (``rule``)."""
    prev1 = previous[-1] if previous else "BOS"
    prev2 = previous[-2] if len(previous) > 1 else "BOS"
    tokens = list(sent)  # one ``Token`` per word, shared by the feature functions below
    outside = [t for t in tokens if t.i not in inside]
    quoted = (len(tokens) - len(outside)) / max(len(tokens), 1)
    features = [
        "bias",
        f"prev={prev1}",
        f"prev2={prev1}|{prev2}",
        f"rule={rule}",
        f"quoted={round(quoted * 4)}",
        f"len={min(len(sent) // 8, 6)}",
        f"first={tokens[0].lower_}",
        f"firsttag={tokens[0].tag_}",
        f"tags2={tokens[0].tag_}|{tokens[1].tag_ if len(tokens) > 1 else ''}",
    ]
    features += _verb_features(outside, prev1)
    features += _word_features(tokens, outside, lexicon)
    return features


def _verb_features(outside: list[Token], prev1: str) -> list[str]:
    verbs = [t for t in outside if t.tag_ in FINITE]
    subs = [is_sub(t) for t in verbs]
    nsub = min(sum(subs), 2)
    features = [f"nsub={nsub}", f"nsub|prev={nsub}|{prev1}"]
    if verbs:
        features.append(f"sub_first={subs[0]}")
    for verb, sub in zip(verbs, subs, strict=True):
        mood = "Sub" if sub else "Ind"
        features += [f"fin={verb.lemma_.lower()}|{mood}", f"finform={verb.lower_}"]
    for token in outside:
        tag = token.tag_
        if tag.startswith("VV"):
            features.append(f"vv={token.lemma_.lower()}")
        elif tag == "PTKVZ":
            features.append(f"ptkvz={token.lower_}")
    return features


def _word_features(tokens: list[Token], outside: list[Token], lexicon: CueLexicon) -> list[str]:
    features = []
    for token in outside:
        low = token.lower_
        if lexicon.is_cue(low):
            features.append(f"cue={low}")
            features.append("cue_any")
        if low in SOURCE_WORDS:
            features.append(f"src={low}")
        if low in SUBORDINATORS and token.tag_ in {"KOUS", "PWAV", "KOKOM", ""}:
            features.append(f"sub={low}")
        if low in MEDIUM_WORDS:
            features.append(f"mw={low}")
        if token.tag_ == "NN" and lexicon.is_cue(token.lemma_.lower()):
            features.append(f"cuenn={token.lemma_.lower()}")
    if any(t.is_quote for t in tokens):
        features.append("has_marks")
    return features


def quotation_features(
    doc: Doc,
    quote: Sequence[int],
    cue: Sequence[int],
    speaker: Sequence[int],
    qtype: str,
    prev_medium: str,
    speaker_medium: str | None = None,
    sentences: dict[int, tuple[dict[int, str], dict[int, str]]] | None = None,
) -> list[str]:
    """Features of one quotation for its medium: type, cue words, speaker head and entity label,
    medium words near it, the previous quotation's medium and ``speaker_medium``, the medium of
    the last quotation with the same speaker words. ``sentences`` keeps the medium words and
    full verbs of each sentence across the quotations of one document (each sentence is read
    once, not once per quotation in it: a long sentence holds many)."""
    features = [f"type={qtype}", f"prevmed={prev_medium}", f"type|prev={qtype}|{prev_medium}"]
    if speaker_medium is not None:
        features.append(f"spkmed={speaker_medium}")
    cue_words = sorted(doc[i].lower_ for i in cue)
    features += [f"cue={w}" for w in cue_words]
    features += [f"cuelemma={doc[i].lemma_.lower()}" for i in cue]
    features.append(f"cues={' '.join(cue_words)}")
    if speaker:
        features += _speaker_features(doc, speaker)
    else:
        features.append("nospeaker")
    start = min(quote, default=0)
    sent = doc[start].sent
    window = set(range(sent.start, sent.end)) - set(quote)  # its order is the features' order
    words = sentences.get(sent.start) if sentences is not None else None
    if words is None:
        words = _medium_words(sent)
        if sentences is not None:
            sentences[sent.start] = words
    medium, verbs = words
    features += [f"mw={medium[i]}" for i in window if i in medium]
    features += [f"vv={verbs[i]}" for i in window if i in verbs]
    return features


def _medium_words(sent: Span) -> tuple[dict[int, str], dict[int, str]]:
    """The medium words (token id -> lowercased word) and the full verbs (id -> lowercased
    lemma) of ``sent``."""
    medium = {t.i: t.lower_ for t in sent if t.lower_ in MEDIUM_WORDS}
    verbs = {t.i: t.lemma_.lower() for t in sent if t.tag_.startswith("VV")}
    return medium, verbs


def _speaker_features(doc: Doc, speaker: Sequence[int]) -> list[str]:
    nouns = [doc[i] for i in speaker if doc[i].tag_ in {"NN", "NE", "PPER"}]
    head = nouns[-1] if nouns else doc[speaker[-1]]
    features = [f"spk={head.lower_}", f"spktag={head.tag_}"]
    if head.ent_type_:
        features.append(f"spkent={head.ent_type_}")
    if head.tag_ == "NN":
        features.append(f"spksuffix={head.lower_[-4:]}")
    return features


def speaker_key(doc: Doc, speaker: Sequence[int]) -> str:
    """The lowercased words of a speaker mention (``""`` when there is none)."""
    return " ".join(doc[i].lower_ for i in sorted(speaker))
