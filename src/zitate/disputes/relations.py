"""Disputes stage, within one article: resolved quotations -> ``denies``/``contradicts``/
``confirms`` relations to the statements they answer.

Input: the analysed ``Doc`` of an article, its quotation records after speaker resolution
(``zitate.resolve.resolve_speakers``: character spans, ``speaker.entity``), its entity records
(mentions) and, optionally, its paragraphs (to know headlines). Output: relation records
``{"type", "source", "target", "confidence"}`` in document order.

A quotation is a dispute when ``detect`` says so („weist diese Darstellung zurück“, „nannte die
Vorwürfe haltlos“, „Das sei falsch“, „räumte ein“); ``target.choose`` picks the claims it answers
among the article's other statements by what the denial refers to. The Konjunktiv sentences that
continue the denier without a cue of their own (IndirectFreeIndirect, FreeIndirect: „Eine Gefahr
der Einkesselung bestehe nicht“) answer the same claims. A denial whose claim is not in its own
article is left for the cross-article step after storage (``zitate.store.disputes``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc

from ..quotes.dataset import CONTINUING
from .detect import (
    Dispute,
    admits,
    detect,
    detect_lead,
    detect_narrated,
    with_lead,
)
from .judge import negated
from .lexicon import ADDITIVE, DEMANDS, LEXICON_NAME, NOBODY, get_lexicon
from .polarity import contradicted
from .sentences import Memo, cached, quote_tokens, sentence_tokens
from .sides import Sides, allied
from .target import Denial, Statement, choose, stems
from .unsaid import unsaid_claims
from .voices import demands, named, told_after

MIN_WORDS = 4  # a shorter statement („vorsichtig optimistisch“) is not a claim
TOPIC_STEM = 12  # a stem this long („fachkraftemangel“) names the topic of a speakerless claim
POLARITY = 0.5  # the confidence of a contradiction read from polarity alone
COMMON = 4  # a stem in this many sentences of an article is a word of the whole story
OWN_VOICE = frozenset({"sein", "seine", "seiner", "ihr", "ihre", "ihrer"})
INDEFINITE = frozenset({"einer", "einem", "eine"})  # „hieß es in einer Aussendung“
CONTINUED = {"denies": "contradicts", "contradicts": "contradicts"}  # a confirmation stops


def find_relations(
    doc: Doc,
    quotes: Sequence[dict],
    entities: Sequence[dict] = (),
    paragraphs: Sequence | None = None,
    lexicon: str = LEXICON_NAME,
) -> list[dict]:
    """The dispute relations between the resolved ``quotes`` of ``doc`` (module docstring)."""
    return find_disputes(doc, quotes, entities, paragraphs, lexicon)[0]


def find_disputes(
    doc: Doc,
    quotes: Sequence[dict],
    entities: Sequence[dict] = (),
    paragraphs: Sequence | None = None,
    lexicon: str = LEXICON_NAME,
    unsaid: list[dict] | None = None,
) -> tuple[list[dict], dict[str, dict]]:
    """``(relations, disputes)``: the relations, and for each quotation that voices a dispute its
    ``{"type", "claims"}`` (the claim nouns it names) — what the cross-article step after
    storage reads to answer a denial whose claim is not in its own article. A denial that no
    statement of the article fits may answer a sentence that states a claim without a speaker
    (``zitate.disputes.unsaid``); those claims are appended to ``unsaid`` when it is given (the
    caller adds them to the record's quotations), and only then looked for."""
    words = get_lexicon(lexicon)
    sent_index = {s.start: n for n, s in enumerate(doc.sents)}
    text = doc.text  # built once: ``Doc.text`` joins every token each time it is read
    memo = Memo()  # what the quotations of one long sentence share, read once
    statements = [_statement(doc, text, q, entities, paragraphs, sent_index, memo) for q in quotes]
    _heads(quotes, statements)
    later_voice = told_after(doc, text, quotes, statements)
    # a headline that itself reports the dispute („Ukraine widerspricht Darstellung über
    # Einkesselung“) summarises it: neither its source nor a claim it answers
    blocked = _blocked(doc, quotes, paragraphs)
    headings = _blocked(doc, [], paragraphs)
    summaries = {
        q["id"] for q, s in zip(quotes, statements, strict=True)
        if s.heading and detect(doc, q, words, memo) is not None
    }  # fmt: skip
    relations: list[dict] = []
    voices = {q["id"]: _entity(q) for q in quotes}
    sides = Sides(quotes, entities)  # one voice neither denies nor confirms itself
    voice: dict[str, str] = {}  # quote id -> the denial whose voice it goes on in
    last = ""  # the quotation that set ``answered``
    answered: tuple[str, list[tuple[str, float]], str | None, int] | None = None
    passive = _passive_claims(doc, text, quotes, entities, paragraphs, sent_index, unsaid, memo)
    disputes: dict[str, tuple] = {}  # quote id -> (targets, speaker entity, sentence) of a denial
    marks: dict[str, dict] = {}
    common: frozenset[str] | None = None  # the story's words, counted at the first denial
    polar: dict = {}  # quote id -> the verbs its words assert and negate (``polarity``)
    backwards = sorted(
        ((q, s) for q, s in zip(quotes, statements, strict=True) if q["id"] not in summaries),
        key=lambda qs: -qs[1].order,
    )  # the claims a statement may contradict by polarity, latest first
    for quote, statement in zip(quotes, statements, strict=True):
        # a headline or subheading summarises the dispute the body tells: no source of its own
        found = None if statement.heading else detect(doc, quote, words, memo)
        if found is None and not statement.heading:
            found = detect_lead(doc, quote, words, blocked, memo)
        if found is None and not statement.heading:
            found = detect_narrated(doc, quote, words, statement.speaker_words, memo)
        follows = found is not None and _follows(quote, statement.order, disputes)
        nobody = statement.speaker is None and quote["type"] not in CONTINUING
        if found is not None and nobody and not follows:
            found = None  # no one says it: who contradicts whom needs a who
        if found is not None and follows:
            # „Das ist eine Lüge“, sagte er / „Er sei frei erfunden“, hieß es: the denier goes on
            origin, (targets, *_) = max(disputes.items(), key=lambda d: d[1][2])
            voice[quote["id"]] = voice.get(origin, origin)  # said in the denier's voice
            disputes[quote["id"]] = (targets, _entity(quote), statement.order)
            marks[quote["id"]] = {"type": found.type, "claims": list(found.claim_nouns)}
            for key, conf in targets:
                relations.append(_relation(found.type, quote["id"], key, conf))
            answered = (found.type, targets, _speaker_key(quote), statement.order)
            last = quote["id"]
            continue
        if found is not None:
            own = set(found.tokens)
            found = with_lead(doc, found, words, headings)
            lead = set(found.tokens) - own  # the sentence that tells the denial is no claim
            denial = _denial(doc, quote, found, statement, quotes, statements, words)
            denial.common = common if common is not None else (common := _common(doc))
            claims = [
                s
                for q, s in zip(quotes, statements, strict=True)
                if q["id"] != quote["id"]
                and q["id"] not in summaries
                and _claim_like(q, quote)
                and not sides.same(q, quote)
                and not allied(doc, q, found.claim_nouns, words)
                and not (lead and any(t.i in lead for t in quote_tokens(doc, q.get("spans"))))
            ]
            targets = [(c.key, conf) for c, conf in choose(denial, claims, words)]
            speakerless = not targets and bool(passive)
            if speakerless:
                targets = _answer_unsaid(denial, passive, words, unsaid)
            targets = _inherit(targets, disputes, _entity(quote), statement.order, voices)
            disputes[quote["id"]] = (targets, _entity(quote), statement.order)
            marks[quote["id"]] = {"type": found.type, "claims": list(found.claim_nouns)}
            for key, conf in targets:
                relations.append(_relation(found.type, quote["id"], key, conf))
            answered = (found.type, targets, _speaker_key(quote), statement.order)
            last = quote["id"]
            if speakerless:
                answered = None  # the denier's next sentences argue on; they answer no one
            continue
        going_on = answered and answered[1] and answered[0] in CONTINUED
        going_on = going_on and quote["id"] not in later_voice
        if going_on and _continues(quote, statement.order, answered):
            for key, conf in answered[1]:
                relations.append(_relation(CONTINUED[answered[0]], quote["id"], key, conf))
            answered = (*answered[:3], statement.order)  # the next sentence may go on with it
            voice[quote["id"]] = voice.get(last, last)
            continue
        answered = None
        if not statement.heading and statement.speaker is not None:
            common = common if common is not None else (common := _common(doc))
            key = contradicted(doc, quote, statement, backwards, words, common, polar)
            if key is not None:  # „nicht informiert worden“ of „Man habe die Behörden informiert“
                relations.append(_relation("contradicts", quote["id"], key, POLARITY))
                marks[quote["id"]] = {"type": "contradicts", "claims": []}
    # no relation within one voice; a continuation speaks in its denier's voice, whatever the
    # speaker resolve gave it („Er sei frei erfunden, hieß es in einer Erklärung“)
    by_id = {q["id"]: q for q in quotes}
    relations = [
        r for r in relations
        if r["target"] not in by_id
        or not sides.same(by_id[voice.get(r["source"], r["source"])], by_id[r["target"]])
    ]  # fmt: skip
    return relations, marks


def _heads(quotes: Sequence[dict], statements: list[Statement]) -> None:
    """Mark each Konjunktiv continuation with the statement it continues: the one of the same
    speaker in the sentence before (or before that one's continuation)."""
    ordered = sorted(zip(quotes, statements, strict=True), key=lambda qs: qs[1].order)
    last: dict[str, Statement] = {}  # speaker -> the head of its latest account
    for quote, statement in ordered:
        key = statement.speaker
        if key is None:
            continue
        head = last.get(key)
        if quote["type"] in CONTINUING and head is not None and head.order >= statement.order - 2:
            statement.head = head.key
            last[key] = Statement(head.key, "", "", statement.order)  # the account goes on
        elif quote["type"] not in CONTINUING:
            last[key] = statement


def _passive_claims(doc, text, quotes, entities, paragraphs, sent_index, unsaid, memo=None):
    """``{statement key: (Statement, quotation record)}`` of the article's speakerless claims,
    or ``{}`` when the caller takes none (``unsaid`` is None)."""
    if unsaid is None:
        return {}
    headings = [(p.start, p.end) for p in paragraphs or [] if p.kind in ("title", "heading")]
    out = {}
    for claim in unsaid_claims(doc, quotes, headings):
        statement = _statement(doc, text, claim, entities, paragraphs, sent_index, memo)
        statement.reported = True  # someone is said to make it: the passive hides who
        out[claim["id"]] = (statement, claim)
    return out


def _answer_unsaid(denial: Denial, passive: dict, words, unsaid: list[dict]) -> list:
    """The speakerless claims ``denial`` answers: those ``choose`` finds (a pointer back to the
    sentence before: „Beides weist der 42-Jährige zurück“), else the earlier one whose topic —
    a long compound — the denial names („heilt man Fachkräftemangel nicht“ of „Begründet wird
    das Vorhaben mit dem Fachkräftemangel“). Each chosen claim is added to ``unsaid`` once."""
    statements = [s for s, _ in passive.values()]
    chosen = [(c.key, conf) for c, conf in choose(denial, statements, words)]
    if not chosen:
        topical = [
            s for s in statements
            if s.order < denial.order
            and any(len(w) >= TOPIC_STEM for w in denial.stems & s.stems)
        ]  # fmt: skip
        chosen = [(s.key, 0.5) for s in topical[-1:]]
    for key, _ in chosen:
        if all(q["id"] != key for q in unsaid):
            unsaid.append(passive[key][1])
    return chosen


def _follows(quote: dict, order: int, disputes: dict) -> bool:
    """A denial that goes on with the denial of the sentence before, whose targets it shares:
    its speaker is only a pronoun („sagte er“) or an impersonal „hieß es (in einer Erklärung)“,
    which the resolve stage may have linked to anyone."""
    last = max(disputes.values(), key=lambda d: d[2], default=None)
    if last is None or not last[0] or not 0 <= order - last[2] <= 1:
        return False
    speaker = ((quote.get("speaker") or {}).get("text") or "").lower()
    cue = ((quote.get("cue") or {}).get("text") or "").lower()
    return speaker in ("er", "sie") or cue.startswith(("hieß es", "heißt es"))


def _inherit(targets, disputes: dict, speaker: str | None, order: int, voices: dict) -> list:
    """A denial whose best claim is the denial just before it answers what that one answered:
    of the same voice („Er sei frei erfunden, hieß es“ after „wies den Bericht zurück“), or of
    another voice that answered a third one's claim („Der Mieterbund sieht das anders. „Das ist
    falsch“, sagte Verbandspräsident Rausch.“: both answer the minister). ``voices`` maps each
    quotation to its speaker entity: a claim of the denier's own is never inherited."""
    if targets and targets[0][0] not in disputes:
        return targets
    key, last = max(disputes.items(), key=lambda kd: kd[1][2], default=(None, None))
    if last is None or not last[0] or order - last[2] > 1:
        return targets
    before, other, _ = last
    if speaker is None or other is None or speaker == other:
        return before
    joined = targets and targets[0][0] == key
    third = all(voices.get(k) is not None and voices.get(k) != speaker for k, _ in before)
    return before if joined and third else targets


def _continues(quote: dict, order: int, answered) -> bool:
    """A statement that goes on with the denial: a Konjunktiv continuation of the same speaker
    („Eine Gefahr der Einkesselung bestehe nicht“), or the next sentence said by the denier's own
    voice („sagte sein Sprecher“, „hieß es in einer Erklärung“) — not one that adds an argument
    of its own („Zudem …“)."""
    key = _speaker_key(quote)
    if order > answered[3] + 1:
        return False  # a sentence of another account lies between („hatte bereits am Freitag …“)
    if quote["text"].split(" ", 1)[0].lower() in ADDITIVE:
        return False  # „Zudem würden Feuerwehr-Beamte … mehr arbeiten“: an argument of its own
    if quote["type"] in CONTINUING and (key is None or key == answered[2]):
        return True
    if quote["type"] not in ("Indirect", *CONTINUING):
        return False
    speaker = ((quote.get("speaker") or {}).get("text") or "").lower()
    cue = ((quote.get("cue") or {}).get("text") or "").lower()
    if speaker in ("er", "sie") and key in (None, answered[2]):
        return True  # „Die Streitkräfte hätten nur Stellungen von Rebellen angegriffen, sagte er“
    if cue.startswith(("hieß es", "heißt es")):
        # „…, hieß es (in einer Erklärung)“ goes on in the denier's voice — not „…, heißt es in
        # der Klagsschrift“ of another named source
        first = speaker.split(" ")[0]
        return key in (None, answered[2]) or first in OWN_VOICE or first in INDEFINITE
    return speaker.split(" ")[0] in OWN_VOICE


def _same_voice(quote: dict, entity: str | None) -> bool:
    """``quote`` is said by the voice ``entity``: the same speaker key, a pronoun („sagte sie“),
    or no speaker on a Konjunktiv continuation."""
    key = _speaker_key(quote)
    if key is not None:
        return key == entity
    if quote["type"] in CONTINUING:
        return True
    speaker = ((quote.get("speaker") or {}).get("text") or "").lower()
    return speaker in ("er", "sie")


def _speaker_key(quote: dict) -> str | None:
    """The speaker's entity, or the words of its mention where it has none („die Parteichefin“)."""
    speaker = quote.get("speaker") or {}
    if speaker.get("entity"):
        return speaker["entity"]
    words = (speaker.get("text") or "").split()
    if len(words) == 1 and words[0].islower():
        return None  # a pronoun or a stray word read as speaker („wonach“, „demnach“)
    if words and words[0].lower() in NOBODY:
        return None  # a negated noun is no one („Von diesen Leuten geht keine Gefahr aus“)
    text = " ".join(words).lower()
    return text if text and text not in ("er", "sie", "es") else None


def _relation(kind: str, source: str, target: str, confidence: float) -> dict:
    return {"type": kind, "source": source, "target": target, "confidence": confidence}


def _entity(quote: dict) -> str | None:
    return (quote.get("speaker") or {}).get("entity")


def _claim_like(claim: dict, source: dict) -> bool:
    """A statement that can be answered: long enough, sharing no words with the denial (a
    quotation inside it, or the same words read twice as two quotations); whose side it is on is
    ``sides.Sides``."""
    if len(claim["text"].split()) < MIN_WORDS:
        return False
    a, b = _extent(source)
    c, d = _extent(claim)
    return d <= a or b <= c


def _extent(quote: dict) -> tuple[int, int]:
    spans = quote.get("spans") or [[0, 0]]
    return spans[0][0], spans[-1][1]


def _statement(
    doc: Doc, text: str, quote: dict, entities, paragraphs, sent_index, memo: Memo | None = None
) -> Statement:
    sentence = sentence_tokens(doc, quote, memo)
    start = sentence[0].idx if sentence else _extent(quote)[0]
    end = sentence[-1].idx + len(sentence[-1]) if sentence else _extent(quote)[1]
    speaker = quote.get("speaker") or {}
    heading = any(
        p.start <= start < p.end and p.kind in ("title", "heading") for p in paragraphs or []
    )
    cue = quote.get("cue")
    cue_tokens = [doc[i] for i in _cue_ids(doc, cue)] if cue else []
    cue_lemma = next((t.lemma_.lower() for t in cue_tokens if t.pos_ in ("VERB", "NOUN")), "")
    if not cue_lemma and cue_tokens:
        cue_lemma = cue_tokens[0].lower_
    if not cue_lemma and quote.get("type") == "Reported":
        # a Reported statement is its own cue: „Der Sicherheitsrat hat … kritisiert“
        own = [t for t in quote_tokens(doc, quote.get("spans")) if t.tag_.startswith("VV")]
        cue_lemma = own[0].lemma_.lower() if own else ""
    # the verbs' lemmas join a noun made of them: „zugesagt“ (zusagen) and „Zusage“
    verbs = " ".join(t.lemma_ for t in quote_tokens(doc, quote.get("spans")) if t.pos_ == "VERB")
    # a word never spans a space: the stems of the parts are those of the whole, and the
    # sentence's (shared by the quotations of a long sentence) are read once
    own = cached(memo, ("stems",), sentence, lambda: stems(text[start:end]))
    mentions = cached(memo, ("mentions",), sentence, lambda: _mentioned(entities, start, end))
    return Statement(
        stems=stems(quote["text"]) | own | stems(verbs),
        paragraph=bisect.bisect(_breaks(text), start),
        key=quote["id"],
        text=quote["text"],
        sentence=text[start:end],
        order=sent_index.get(sentence[0].sent.start, 0) if sentence else 0,
        speaker=_speaker_key(quote),
        speaker_words=_name_words(speaker.get("entity"), named(quote), entities),
        cue=cue_lemma,
        mentions=frozenset(mentions),
        heading=heading,
        attributed=bool(cue and speaker.get("text")),
        reported=_speaker_key(quote) is not None or _impersonal(cue_tokens),
        demand=cue_lemma in DEMANDS or demands(doc, quote),
    )


def _common(doc: Doc) -> frozenset[str]:
    """Stems in at least ``COMMON`` sentences of ``doc``: the words of the whole story („AStA“,
    „Lucke“, „Hamburg“), which tell no statement of it from another."""
    counts: Counter[str] = Counter()
    for sent in doc.sents:
        counts.update(stems(sent.text))
    return frozenset(w for w, n in counts.items() if n >= COMMON)


@lru_cache(maxsize=4)
def _breaks(text: str) -> tuple[int, ...]:
    """Where the paragraphs of ``text`` end (its blank lines), once per article text."""
    return tuple(m.start() for m in re.finditer(r"\n\s*\n", text))


def _impersonal(cue_tokens) -> bool:
    """A cue that reports a statement without a speaker: a passive („wurde viel spekuliert“)
    or „hieß es“."""
    return any(t.lemma_.lower() in ("werden", "heißen") for t in cue_tokens)


def _negated_confirmation(doc: Doc, quote: dict, words) -> str:
    """The lemma of the confirmation verb the statement's own words negate („Die Echtheit der
    Bilder könne noch nicht zweifelsfrei bestätigt werden“ -> „bestätigen“), or ''."""
    for token in quote_tokens(doc, quote.get("spans")):
        lemma = token.lemma_.lower()
        if token.tag_.startswith("V") and words.verbs.get(lemma) == "confirms" and negated(token):
            return lemma
    return ""


def _denial(doc, quote, found: Dispute, statement: Statement, quotes, statements, words) -> Denial:
    """The denial view: its sentences plus what the same voice goes on to say in the sentences
    right after it — Konjunktiv continuations, and its next statements under its own name or a
    pronoun („„Das ist eine Kampagne“, sagte sie. Alle Spenden seien korrekt verbucht.“): their
    words tell what the denial is about."""
    text = " ".join(doc[i].text for i in found.tokens) + " " + quote["text"]
    entity = _speaker_key(quote)
    last = statement.order
    later = sorted(
        ((s.order, _extent(q)[0], q) for q, s in zip(quotes, statements, strict=True)
         if s.order > statement.order and not s.heading),
        key=lambda t: t[:2],
    )  # fmt: skip
    for order, _, other in later:
        if order > last + 1:
            break
        if not _same_voice(other, entity):
            break
        text += " " + other["text"]
        last = order
    return Denial(
        type=found.type,
        text=text,
        order=statement.order,
        speaker=entity,
        speaker_words=statement.speaker_words,
        claim_nouns=found.claim_nouns,
        anaphoric=found.anaphoric,
        mentions=statement.mentions,
        stems=stems(text) - statement.speaker_words,
        pointer=found.pointer,
        pointed=found.pointed,
        negated=_negated_confirmation(doc, quote, words),
        paragraph=statement.paragraph,
        admission=found.type == "confirms"
        and (quote["type"] == "Reported" or admits([doc[i] for i in found.tokens], words)),
        admits=found.type == "confirms"
        and quote["type"] != "Reported"
        and admits([doc[i] for i in found.tokens], words),
    )


def _blocked(doc: Doc, quotes: Sequence[dict], paragraphs) -> set[int]:
    """Token ids no lead sentence may hold: quotations, their cues, headlines and subheadings."""
    spans = [s for q in quotes for s in q.get("spans") or []]
    spans += [s for q in quotes for s in (q.get("cue") or {}).get("spans") or []]
    spans += [(p.start, p.end) for p in paragraphs or [] if p.kind in ("title", "heading")]
    return {t.i for t in quote_tokens(doc, spans)}


def _cue_ids(doc: Doc, cue: dict) -> list[int]:
    ids: list[int] = []
    for a, b in cue.get("spans") or []:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None:
            ids.extend(t.i for t in span)
    return ids


def _mentioned(entities, start: int, end: int) -> set[str]:
    return {
        e["id"] for e in entities for a, b in e.get("mentions") or [] if start <= a and b <= end
    }


def _name_words(entity: str | None, text: str | None, entities) -> frozenset[str]:
    """Stems of the speaker's proper name (or of its mention when it has no entity)."""
    names = [e["name"] for e in entities if e["id"] == entity] if entity else []
    source = " ".join(names) if names else (text or "")
    return frozenset(w for w in stems(source) if w[:1].isalpha()) if source else frozenset()
