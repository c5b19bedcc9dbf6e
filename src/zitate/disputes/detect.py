"""Disputes stage, detection: one quotation of an analysed article -> whether it denies,
contradicts or confirms another statement, and the words of its sentence that tell what.

Input: the spaCy ``Doc`` of the article and a quotation record with character spans (after
speaker resolution). Output: a ``Dispute`` (relation type, the sentences' tokens, the claim nouns
it names) or ``None``. A statement is a dispute when

- its cue (or, for a cue-less Reported quotation, its own sentence) holds a verb of the lexicon
  („weist … zurück“, „dementierte“, „entgegnete“, „räumte ein“) or a dispute noun („Dementi“);
  a negated confirmation contradicts („Es könne nicht bestätigt werden, dass …“), and so does
  the confirmation that nothing happened („bestätigt, dass es zu keinerlei Plünderungen
  gekommen sei“, „es gebe keine …“) and a cue that sets the statement against what was said
  („…, erklärte eine Kommissionssprecherin dagegen“, „… hingegen“, „… indes“);
- its sentence judges a claim („nannte die Vorwürfe haltlos“, „Das sei falsch“, „eine glatte
  Lüge“, „frei erfunden“, „sprach von einer Lüge“): a judgement word, not negated, beside a
  pointer to the claim (a claim noun, „das“/„dies“/„Beides“) or the name of another party; or
  calls it untrue or unsupported („Das stimmt nicht“, „nicht durch die Theorie gedeckt“, „Dafür
  fehlten belastbare Studien“);
- (``detect_lead``) the sentence that introduces it, no quotation itself, has the statement's
  speaker as subject and a verb of the lexicon („Der AStA wies Luckes Kritik zurück. «…», schrieb
  der AStA.“).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from spacy.tokens import Doc, Span, Token

from ..nlp.stemming import stem_word
from ..quotes.denials import finite_form, lexicon_lemma
from .judge import NEGATIONS, POINTING, claim_noun, judged, judgement, negated
from .lexicon import ANAPHORA, DisputeLexicon
from .sentences import Memo, cached, quote_tokens, sentence_tokens, whole_sentences

# an adverb of opposition in the narrator's cue: „…, erklärte eine Kommissionssprecherin dagegen“
CONTRARY = frozenset({"dagegen", "hingegen", "indes", "indessen"})  # not „wiederum“: „in turn“
MEDIUM = frozenset({"in", "im", "laut", "per", "via", "mittels"})
NOTHING = frozenset({"kein", "keine", "keinen", "keinem", "keiner", "keines", "keinerlei"})
# verbs of a clause whose „kein …“ says that something did not exist or happen: „es gebe keine
# Hinweise“, „zu keinen Zwischenfällen gekommen“
BEING = frozenset({"geben", "kommen"})
BOUNDS = frozenset({"KON", "KOUS", "PRELS"})  # tags that open a clause: „und“, „dass“, „die“
MANNER = 4  # „sieht das Ministerium anders“: the adverb a few words after the verb
FIRST_WORDS = 6  # a word pointing back stands among the first words of a statement
OPENING = 12  # … of the sentence, or after a colon among its first words
QUOTES = frozenset({"„", "»", '"', "«"})  # the quotation mark that may follow the colon
SUBJECT_WORDS = 6  # a lead sentence names the speaker among its first words


@dataclass(frozen=True)
class Dispute:
    """A detected dispute: its relation ``type``, the token ids of its sentences, the claim nouns
    it names („Bericht“, „Vorwürfe“) and whether it points back with an anaphor („diese
    Darstellung“, „Beides“)."""

    type: str
    tokens: tuple[int, ...]
    claim_nouns: tuple[str, ...]
    anaphoric: bool
    pointer: bool = False  # a word that points back: „Das ist …“, „diese Darstellung“
    pointed: tuple[str, ...] = ()  # stems of the nouns it points back at: „eine solche Zusage“


def detect(
    doc: Doc, quote: dict, lexicon: DisputeLexicon, memo: Memo | None = None
) -> Dispute | None:
    """The dispute ``quote`` voices, or ``None`` (see the module docstring); ``memo`` shares
    the work on whole sentences between the quotations of ``doc``."""
    sentence = sentence_tokens(doc, quote, memo)
    if not sentence:
        return None
    cue = quote.get("cue")
    reported = quote.get("type") == "Reported"
    scope = quote_tokens(doc, cue["spans"]) if cue else []
    if cue:
        kind = _verb(scope, lexicon) or _noun(scope, lexicon)
    elif reported:
        kind = cached(
            memo, ("scope",), sentence, lambda: _verb(sentence, lexicon) or _noun(sentence, lexicon)
        )
    else:
        kind = None
    if kind == "confirms" and _nothing(quote_tokens(doc, quote.get("spans"))):
        kind = "contradicts"  # „bestätigt, dass es zu keinerlei Angriffen gekommen sei“
    if kind is None and cue and _contrary(scope):
        kind = "contradicts"  # „Es gibt keinen Plan, …, erklärte eine Sprecherin dagegen“
    if kind is None and reported:
        kind = cached(memo, ("noun",), sentence, lambda: _noun(sentence, lexicon))
    if kind is None:
        scope_words = judged(doc, quote, sentence, memo)
        if scope_words is sentence:
            kind = cached(memo, ("judgement",), sentence, lambda: judgement(sentence, lexicon))
        else:
            kind = judgement(scope_words, lexicon)
    if kind is None and _unconfirmed(quote_tokens(doc, quote.get("spans")), lexicon):
        kind = "contradicts"  # „Es könne nicht bestätigt werden, dass …“
    if kind is None:
        return None
    return cached(memo, ("dispute", kind), sentence, lambda: _dispute(kind, sentence, lexicon))


def detect_lead(
    doc: Doc, quote: dict, lexicon: DisputeLexicon, blocked: set[int], memo: Memo | None = None
) -> Dispute | None:
    """The dispute a statement voices through the sentence that introduces it: „Der AStA wies
    Luckes Kritik am Samstag zurück. «Wenn jemand …», schrieb der AStA.“ That sentence (the one
    before the statement's, or one the statement touches) is no quotation (no token in
    ``blocked``: quotations, cues, headings), opens with the statement's speaker and holds a
    lexicon verb or dispute noun."""
    sentence = sentence_tokens(doc, quote, memo)
    name = ((quote.get("speaker") or {}).get("text") or "").lower().split()
    if not sentence or not name or name[-1] in ANAPHORA:
        return None
    sents = list(cached(memo, ("sentences",), sentence, lambda: whole_sentences(sentence)))
    before = sents[0].start - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before >= 0:
        sents.insert(0, doc[before].sent)
    for sent in sents:
        if memo is None:
            opening = _lead(sent, lexicon, blocked)
        else:
            key = ("lead", id(blocked), sent.start, sent.end)
            opening = memo.get(key, lambda sent=sent: _lead(sent, lexicon, blocked))
        if opening is None or name[-1] not in opening[0]:
            continue  # the sentence does not open with the speaker („Der AStA wies …“)
        kind = opening[1]
        if kind is not None:
            return cached(
                memo,
                ("lead dispute", kind, sent.start),
                sentence,
                lambda sent=sent, kind=kind: _dispute(kind, list(sent) + sentence, lexicon),
            )
    return None


def _lead(sent: Span, lexicon: DisputeLexicon, blocked: set[int]):
    """``(its first words, the kind of its lexicon verb or dispute noun)`` of a sentence that
    may introduce a statement, or ``None`` when it holds quoted words, a cue or a heading."""
    lead = [t for t in sent if not (t.is_space or t.is_punct)]
    if not lead or any(t.i in blocked for t in lead):
        return None  # a quotation's own words, its cue, a heading
    words = frozenset(t.lower_ for t in lead[:SUBJECT_WORDS])
    return words, _verb(lead, lexicon) or _noun(lead, lexicon)


def detect_narrated(
    doc: Doc,
    quote: dict,
    lexicon: DisputeLexicon,
    speaker_words: frozenset[str],
    memo: Memo | None = None,
) -> Dispute | None:
    """The dispute the narrator's verb of a statement's own sentence tells, outside its cue:
    „Dass sich … regulieren ließe, bezweifelt Arbeitswissenschaftler Thomas Langhoff: Eine
    Erhöhung des Rentenalters werde … nicht lösen, schreibt er.“ The verb (finite, of the
    lexicon, not a confirmation, not negated) has as subject the statement's speaker (a proper
    name word among ``speaker_words``, the stems of its name)."""
    if not speaker_words:
        return None
    sentence = sentence_tokens(doc, quote, memo)
    # the statement's words count: the quotes stage may take the narrator's clause in with them
    own = {t.i for t in quote_tokens(doc, (quote.get("cue") or {}).get("spans"))}
    narrators = cached(memo, ("narrators",), sentence, lambda: _narrators(sentence, lexicon))
    for verb, kind, names in narrators:
        if verb not in own and names & speaker_words:
            make = partial(_dispute, kind, sentence, lexicon)
            return cached(memo, ("dispute", kind), sentence, make)
    return None


def _narrators(sentence: list[Token], lexicon: DisputeLexicon):
    """``(verb id, relation, stems of its subject's proper names)`` of each finite lexicon verb
    of ``sentence`` that may tell a dispute (not a confirmation, not negated), in order."""
    out = []
    for verb in sentence:
        if verb.tag_ != "VVFIN" and not finite_form(verb, lexicon.verbs):
            continue
        kind = lexicon.verbs.get(lexicon_lemma(verb, lexicon.verbs))
        if kind is None or kind == "confirms" or negated(verb):
            continue
        names = frozenset(stem_word(w.lower_) for w in _subject(verb) if w.pos_ == "PROPN")
        out.append((verb.i, kind, names))
    return out


def _subject(verb: Token) -> list[Token]:
    """The words that may be ``verb``'s subject: its ``sb`` subtree where the pipeline parses,
    else the words beside it up to a punctuation mark („, bezweifelt Arbeitswissenschaftler
    Thomas Langhoff:“, „Langhoff bezweifelt, …“)."""
    doc, sent = verb.doc, verb.sent
    if doc.has_annotation("DEP"):
        return [w for c in verb.children if c.dep_ == "sb" for w in c.subtree]
    words: list[Token] = []
    for step in (1, -1):
        i = verb.i + step
        while sent.start <= i < sent.end and abs(i - verb.i) <= SUBJECT_WORDS:
            if doc[i].is_punct:
                break
            words.append(doc[i])
            i += step
    return words


def with_lead(doc: Doc, found: Dispute, lexicon: DisputeLexicon, blocked: set[int]) -> Dispute:
    """A denial that points back without naming what („Das sei frei erfunden, sagte ein
    Sprecher“) takes its claim nouns from the sentence before when that one tells the denial
    („Der Kreml hat Berichte dementiert, wonach …“: a lexicon verb or dispute noun, no heading):
    „Berichte“ then names what the newspaper „hatte berichtet“."""
    if found.claim_nouns or not found.pointer or not found.tokens:
        return found
    before = found.tokens[0] - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before < 0:
        return found
    sent = list(doc[before].sent)
    if any(t.i in blocked for t in sent) or not (_verb(sent, lexicon) or _noun(sent, lexicon)):
        return found
    lead = _dispute(found.type, sent + [doc[i] for i in found.tokens], lexicon)
    if not lead.claim_nouns:
        return found
    return Dispute(found.type, lead.tokens, lead.claim_nouns, found.anaphoric, True, lead.pointed)


def _dispute(kind: str, sentence: list[Token], lexicon: DisputeLexicon) -> Dispute:
    nouns = tuple(
        key
        for n, t in enumerate(sentence)
        if (key := claim_noun(t, lexicon)) is not None and not _medium(sentence[max(0, n - 3) : n])
    )
    # it points back („diese Darstellung“, „Beides“), or names no claim at all („widersprach:“)
    anaphoric = not nouns or any(
        sentence[n].lower_ in ANAPHORA and sentence[n].pos_ in ("DET", "PRON")
        for n in _openings(sentence)
    )
    pointed = tuple(
        stem_word(t.lower_)
        for n, t in enumerate(sentence)
        if n and t.pos_ == "NOUN" and sentence[n - 1].lower_ in POINTING
    )
    ids = tuple(t.i for t in sentence)
    return Dispute(kind, ids, nouns, anaphoric, _points(sentence, lexicon), pointed)


def _openings(sentence: list[Token]) -> list[int]:
    """The indices of the first words of ``sentence`` and of the words that open a statement
    inside it after a colon, and its quotation mark („Die Parteichefin reagierte scharf: „Diese
    Behauptung ist falsch.““): where a word pointing back stands. Not after any quotation mark:
    „Laut „Washington Post“ hatte sie …“ quotes a name."""
    starts = [0] + [n + 1 for n, t in enumerate(sentence[:OPENING]) if t.text == ":"]
    starts = [s + 1 if s < len(sentence) and sentence[s].text in QUOTES else s for s in starts]
    return sorted({m for s in starts for m in range(s, min(s + FIRST_WORDS, len(sentence)))})


def _medium(before: list[Token]) -> bool:
    """A claim noun after „in“, „laut“, „per“ is the denial's own medium („hieß es in einer
    Erklärung des Ministeriums“, „teilte per Mitteilung mit“), not the claim it answers."""
    for token in reversed(before):
        if token.lower_ in MEDIUM:
            return True
        if token.pos_ not in ("DET", "ADJ", "PRON"):
            return False
    return False


def _points(sentence: list[Token], lexicon: DisputeLexicon) -> bool:
    """A word among the first of ``sentence`` points back at what was said: a pronoun („Das ist
    falsch“, „Er sei frei erfunden“) or a determiner of a claim noun („diese Darstellung“) — not
    the article of any noun („hält das politisch gewollte Laissez-faire für falsch“)."""
    for n in _openings(sentence):
        token = sentence[n]
        if token.lower_ not in ANAPHORA or token.lower_ == "es":
            continue  # „es“ mostly stands for nothing („Und dann ist es so, dass …“)
        if token.pos_ == "PRON":
            return True
        after = sentence[n + 1] if n + 1 < len(sentence) else None
        words = {after.lower_, after.lemma_.lower()} if after is not None else set()
        if token.pos_ == "DET" and words & lexicon.claim_nouns.keys():
            return True
    return False


def _verb(tokens: list[Token], lexicon: DisputeLexicon) -> str | None:
    """The relation of the first lexicon verb among ``tokens`` (a finite verb with its separated
    particle, „räumte … ein“; a participle or infinitive by its lemma)."""
    for verb in tokens:
        if not verb.tag_.startswith("V"):
            continue
        lemma = lexicon_lemma(verb, lexicon.verbs)  # „widersprachen“, „entgegneten“
        if finite_form(verb, lexicon.verbs):
            particle = _particle(verb)
            if particle and (key := f"{lemma}+{particle[0].lower_}") in lexicon.verbs:
                return lexicon.verbs[key]
            if (kind := _manner(verb, lemma, lexicon)) is not None:
                return kind
        if lemma in lexicon.verbs:
            kind = lexicon.verbs[lemma]
            if not negated(verb):
                return kind
            if kind == "confirms":
                return "contradicts"  # „Es könne nicht bestätigt werden, dass …“
    return None


def admits(tokens: list[Token], lexicon: DisputeLexicon) -> bool:
    """A verb of admission among ``tokens`` („räumte … ein“, „gab zu“, „gestand ein“): the
    speaker confirms something about himself, not what another said."""
    for verb in tokens:
        if not verb.tag_.startswith("VV"):
            continue
        lemma = lexicon_lemma(verb, lexicon.admissions)
        particle = _particle(verb) if finite_form(verb, lexicon.admissions) else []
        keys = {lemma} | ({f"{lemma}+{particle[0].lower_}"} if particle else set())
        if keys & lexicon.admissions:
            return True
    return False


def _manner(verb: Token, lemma: str, lexicon: DisputeLexicon) -> str | None:
    """The relation of a verb with an adverb of manner a few words after it, not negated: „Der
    Mieterbund sieht das anders“, „Das sehe ich anders“ (``sehen+anders``)."""
    doc = verb.doc
    for token in doc[verb.i + 1 : min(verb.i + 1 + MANNER, verb.sent.end)]:
        if token.is_punct:
            return None
        key = f"{lemma}+{token.lower_}"
        if token.pos_ in ("ADV", "ADJ") and key in lexicon.verbs:
            words = {t.lower_ for t in doc[verb.i : token.i]}
            return None if words & NEGATIONS else lexicon.verbs[key]
    return None


def _particle(verb: Token) -> list[Token]:
    """The first separated particle after ``verb`` in its sentence („räumte … ein“), or none:
    read from the verb on, up to the particle (not the whole sentence for every verb)."""
    doc = verb.doc
    end = verb.sent.end
    for i in range(verb.i + 1, end):
        if doc[i].tag_ == "PTKVZ":
            return [doc[i]]
    return []


def _nothing(words: list[Token]) -> bool:
    """The statement's own words say that something did not exist or happen („dass es zu
    keinerlei Zwischenfällen gekommen ist“): confirmed, that contradicts the claim it did. Only
    „keinerlei“ or a „kein …“ whose clause's verb is „geben“ or „kommen“ says so; „dass keine
    Menschen verletzt wurden“ confirms."""
    return any(
        t.lower_ == "keinerlei" or (t.lower_ in NOTHING and bool(_clause_verbs(t) & BEING))
        for t in words
    )


def _clause_verbs(token: Token) -> set[str]:
    """The lemmas of the full verbs of ``token``'s clause: the words between the punctuation,
    conjunction or subjunction before and after it (the pipeline has no dependency parse)."""
    doc, start, end = token.doc, token.i, token.i + 1
    first = token.sent.start
    while start > first and not (doc[start - 1].is_punct or doc[start - 1].tag_ in BOUNDS):
        start -= 1
    while end < token.sent.end and not (doc[end].is_punct or doc[end].tag_ in BOUNDS):
        end += 1
    return {t.lemma_.lower() for t in doc[start:end] if t.tag_.startswith("VV")}


def _contrary(cue: list[Token]) -> bool:
    """The cue sets the statement against what was said before („…, erklärte eine
    Kommissionssprecherin dagegen.“) — not „dagegen“ as the object of a verb of arguing („sprechen
    … Faktoren dagegen, dass …“): the adverb ends its clause and no „dass“ follows. The cue's
    span may end before it („erklärte eine Sprecherin hingegen“): the words up to the clause's
    end count."""
    if cue:
        rest = cue[-1].doc[cue[-1].i + 1 : cue[-1].sent.end]
        cue = cue + list(next((rest[: t.i - rest.start] for t in rest if t.is_punct), rest))
    for token in cue:
        if token.lower_ not in CONTRARY:
            continue
        after = token.doc[token.i + 1 : token.i + 3]
        if not any(t.lower_ == "dass" for t in after) and (not len(after) or after[0].is_punct):
            return True
    return False


def _unconfirmed(tokens: list[Token], lexicon: DisputeLexicon) -> bool:
    """The statement's own words negate a verb of confirmation („könne nicht bestätigt
    werden“, „Das können wir nicht bestätigen“)."""
    return any(
        t.tag_.startswith("V") and lexicon.verbs.get(t.lemma_.lower()) == "confirms" and negated(t)
        for t in tokens
    )


def _noun(tokens: list[Token], lexicon: DisputeLexicon) -> str | None:
    for token in tokens:
        if token.pos_ == "NOUN" and (kind := lexicon.nouns.get(token.lemma_.lower())):
            return kind
        if token.pos_ == "NOUN" and (kind := lexicon.nouns.get(token.lower_)):
            return kind
    return None
