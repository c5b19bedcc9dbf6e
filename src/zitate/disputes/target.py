"""Disputes stage, targeting: a detected denial and candidate statements -> the claims it answers,
each with a confidence. Pure functions, used within one article and across stored articles.

Input: ``Statement`` views (words, the sentence around them, speaker, cue lemma, the entities their
sentence names — document entity ids within an article, canonical entity ids across articles) and
the ``Denial`` view of the disputing statement. Output: ``(statement, confidence)`` pairs, best
first. The claim is chosen by what the denial refers to, not by position alone:

- the claim noun it names („den Bericht“, „die Vorwürfe“, „diese Darstellung“) fitting the cue of
  the statement („berichtete“, „warf … vor“, „erklärte“), or named in the statement's own
  sentence („erhebt nun schwere Vorwürfe“, „Dem Bericht der Zeitung zufolge“);
- the speaker it names („der BBC“, „der Kommission“): the statement of that speaker;
- statements made *about* the denier (the accused is named in the claim's sentence);
- topical overlap of their content words (Snowball German stems on both sides,
  ``zitate.nlp.stemming``);
- the verb of confirmation the denial negates, the claim's own cue („bestätigte den Auftritt“ …
  „könne nicht bestätigt werden“);
- nearness, and a pointer back („das“, „Beides“, „diese Darstellung“) to the statement just
  before; a statement told *after* the denial is a claim only when the denial names its speaker or
  its noun is the claim's own verb („die Berichte“ of what CNN „berichtete“).

A headline or subheading is a claim only when it carries an attributed statement (a cue and a
speaker). Several claims are returned when they score close to the best one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..nlp.stemming import WORD, stem_word
from .lexicon import DisputeLexicon

_STOP_WORDS = (
    "der die das den dem des ein eine einer eines einem einen und oder aber nicht kein keine "
    "ist sind war waren sei seien habe haben hat hatte hatten wird werden wurde wurden würde "
    "sich sie er es wir ihr ich man mit von vom zu zum zur auf aus bei für gegen in im an am "
    "als auch noch nur so wie dass daß da dann doch schon sehr mehr diese dieser dieses jetzt "
    "hier nach über um unter vor seit bis alle allen sein seine seiner ihre ihren ihrem einem "
    "sagte sagt erklärte teilte mit hieß heißt laut zurück "
    # when it was said is no topic: „sagte Lucke am Samstag“, „sagte Dolzer am Samstag“
    "montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend morgen abend "
    "januar februar märz april juni juli august september oktober november dezember "
    "heute gestern vorgestern woche wochenende "
    "wenn weil denn sondern"
)
STOP = frozenset(_STOP_WORDS.split(" "))
UMLAUTS = str.maketrans("äöü", "aou")  # a noun's plural and its verb compare without them
MIN_SCORE = 1.6  # below this nothing is a claim the denial answers (chosen on dev gold)
MIN_CONFIRM = 1.8  # a confirmation needs more evidence: „bestätigte“ is mostly neutral
MIN_KINDS = 2  # one kind of reference alone (a loosely fitting noun, a shared word) is chance
CLOSE = 0.8  # further claims within this share of the best one's score …
NEAR = 2  # … and within this many sentences of it (one account told in two statements)
PARAGRAPH = 3  # within one paragraph the statement just before reaches this many sentences
HEAD = 4  # a compound's head this long („konz“ of „autokonz“) names the same party
SAME_VERB = 4  # a negated confirmation answers the same verb's claim this few sentences before


def stems(text: str) -> frozenset[str]:
    """Content-word stems of ``text``: stop words, short words and numbers dropped, each word
    reduced by the Snowball German stemmer („Vorwürfe“ -> „vorwurf“, „Berichte“ -> „bericht“)."""
    return frozenset(
        stem_word(word)
        for word in WORD.findall(text.lower())
        if word not in STOP and len(word) >= 4 and not word.isdigit()
    )


@dataclass
class Statement:
    """A statement that may be a claim: ``key`` (quote id, or (article, quote id) across
    articles), its words, its sentence, where it stands, who said it with which cue, and the
    entities its sentence names."""

    key: object
    text: str
    sentence: str
    order: int  # document order (sentence index within an article; 0 across articles)
    speaker: object | None = None
    speaker_words: frozenset[str] = frozenset()
    cue: str = ""
    mentions: frozenset = frozenset()
    heading: bool = False
    attributed: bool = True
    demand: bool = False  # it asks for an act („forderte …“, „haben … vorgeschlagen“): no fact
    reported: bool = True  # someone is said to have made it, named or not („wurde spekuliert“)
    stems: frozenset[str] = field(default=frozenset())
    paragraph: int = -1  # which paragraph of the article (-1: unknown)
    head: object | None = None  # of a Konjunktiv continuation: the statement it continues

    def __post_init__(self) -> None:
        if not self.stems:
            self.stems = stems(self.text + " " + self.sentence)


@dataclass
class Denial:
    """The disputing statement: relation ``type``, its sentence (and the Konjunktiv sentences that
    continue it), the claim nouns and entities it names, and who says it."""

    type: str
    text: str
    order: int
    speaker: object | None
    speaker_words: frozenset[str]
    claim_nouns: tuple[str, ...]
    anaphoric: bool
    mentions: frozenset
    stems: frozenset[str]
    pointer: bool = False  # it opens with a word pointing back („Das ist …“, „diese Darstellung“)
    negated: str = ""  # the confirmation it negates („könne nicht bestätigt werden“): its lemma
    pointed: tuple[str, ...] = ()  # stems of nouns it points back at („eine solche Zusage“)
    paragraph: int = -1  # which paragraph of the article (-1: unknown)
    common: frozenset[str] = frozenset()  # stems of the whole story (in many of its sentences)
    # a confirmation by a verb of admission („räumte ein“) or without words of its own (Reported)
    admission: bool = False
    admits: bool = False  # … by a verb of admission, with words of its own („räumte ein, dass …“)


def score(denial: Denial, claim: Statement, lexicon: DisputeLexicon, nearest: bool) -> float:
    """How well ``claim`` fits as the statement ``denial`` answers (0: not at all)."""
    if claim.heading and not claim.attributed:
        return 0.0  # a headline summarises; it is a claim only with its own speaker and cue
    if denial.speaker is not None and claim.speaker == denial.speaker:
        return 0.0
    if claim.demand and denial.type != "confirms":
        return 0.0  # rejecting a proposal („hat dies als wirkungslos zurückgewiesen“) refuses it
    same_name = denial.speaker_words & claim.speaker_words
    if same_name and (claim.speaker is None or denial.speaker is None):
        return 0.0  # the same name on both sides
    value = 0.0
    kinds = 0  # how many kinds of reference point at this claim
    # a Reported statement without a cue is told by its own verb: „Der Ausschuss hat die
    # Regierung scharf kritisiert“ is the „Kritik“ a denial names
    cue = claim.cue.lower().split() or [w for w in WORD.findall(claim.text.lower()) if len(w) >= 5]
    cue = [w.translate(UMLAUTS) for w in cue]  # „Vorwürfe“ is a „Vorwurf“
    named = False  # the denial names this claim: its speaker, or its noun's own verb
    fitted = False  # a claim noun of the denial fits its cue
    own = False  # … and the cue is the noun's own verb („die Berichte“ of „berichtete“)
    for noun in denial.claim_nouns:
        fits = tuple(f.translate(UMLAUTS) for f in lexicon.claim_nouns.get(noun, ()))
        if any(w == f or w[:5] == f[:5] for w in cue for f in fits):
            value += 1.6  # „den Bericht“ of what was „berichtet“, „die Vorwürfe“ of „warf … vor“
            kinds += 1
            fitted = True
            own = any(w[:5] == fits[0][:5] for w in cue)  # the noun's own verb: „berichtete“
            named = own
            break
    if not fitted and lexicon.verbs.get(claim.cue) not in ("denies", "contradicts"):
        # (a rejection of the same „Vorwürfe“ by another party agrees with it: no claim)
        # the claim's own sentence names it by the same noun: „erhebt schwere Vorwürfe“, „so der
        # Vorwurf“, „Dem Bericht der Zeitung zufolge“ — of „wies die Vorwürfe zurück“ (the word
        # itself: a compound judges rather than names, „verbreitete Trumps Falschbehauptung“)
        for noun in denial.claim_nouns:
            # … or by a noun of the same kind: „die Anschuldigungen“ of „erhebt schwere Vorwürfe“
            kin = (f for f in lexicon.claim_nouns.get(noun, ()) if f in lexicon.claim_nouns)
            if {stem_word(noun), *map(stem_word, kin)} & claim.stems:
                value += 1.2
                kinds += 1
                fitted = True
                break
    if claim.speaker is not None and claim.speaker in denial.mentions:
        value += 1.4  # the denial names the claim's speaker („wies den Bericht der BBC zurück“)
        named = True
        kinds += 1
    elif claim.speaker_words and claim.speaker_words & denial.stems:
        value += 1.0
        named = True
        kinds += 1
    gap = denial.order - claim.order
    if denial.negated and claim.cue == denial.negated and 0 <= gap <= SAME_VERB:
        value += 1.6  # „bestätigte den Auftritt“ … „könne nicht zweifelsfrei bestätigt werden“
        kinds += 1
    if gap < 0 and not named:
        return 0.0  # a claim told after its denial only when the denial names it
    about = True  # the claim is about the denier
    if denial.speaker is not None and denial.speaker in claim.mentions:
        value += 1.2  # a statement about the denier: the accusation
        kinds += 1
    elif denial.speaker_words and (
        denial.speaker_words & claim.stems or _heads(denial.speaker_words, claim.stems)
    ):
        value += 0.8  # … named by its name, or by a compound of its noun („dem Autokonzern“)
        kinds += 1
    else:
        about = False
    if set(denial.pointed) & claim.stems and gap > 0:
        value += 1.4  # „keine Belege für eine solche Zusage“ of „… habe ihm … zugesagt“
        kinds += 1
    shared = denial.stems & claim.stems
    if shared:
        value += 3.0 * len(shared) / math.sqrt(len(denial.stems) * len(claim.stems))
        kinds += 1
    if gap >= 0:
        value += 0.9 / (1 + gap / 2)
    elif own:
        kinds += 1  # „Grundlose Berichte …“ in the lead, „CNN berichtete, …“ further down
    else:
        value -= 1.0  # a claim is mostly reported before its denial
    # the nearest statement before, in the same paragraph (a blank line counts as a sentence);
    # a fitting noun or a word pointing back reaches one further („Das ist aber …“ opening the
    # next paragraph, „wies die Kritik zurück“ after a sentence that is no statement)
    reach = 2 if fitted or denial.pointer else 1
    if denial.paragraph >= 0 and claim.paragraph == denial.paragraph:
        reach = PARAGRAPH  # „… wurde nach Angaben des US-Kommandos geentert. [a sentence]
        # Russland sprach von einem Verstoß gegen das Völkerrecht.“: one paragraph, one account
    # an admission („räumte ein, dass …“ of his own failure) confirms what is named or said
    # about the speaker, a confirmation without words of its own („bestätigte den Eingang der
    # Klage“) what shares its words: only a pointer back („räumte das ein“) or a fitting noun
    # makes the statement just before its claim, not nearness alone — or that statement being
    # about the speaker („warf dem Autokonzern vor, …“ … „Der Konzern räumte ein, …“)
    position = not denial.admission or denial.pointer or fitted or (about and denial.admits)
    if position and nearest and gap <= reach and (denial.anaphoric or fitted):
        # „weist diese Darstellung zurück“, „widersprach:“, „widerspricht der Darstellung“ —
        # what was just said
        value += 1.3 if denial.pointer else 1.1 if denial.anaphoric else 0.0
        # a pointer back is enough on its own — to a statement someone is said to have made,
        # named or not („Über die Ursachen wurde viel spekuliert, dass …“)
        said = claim.speaker is not None or claim.reported
        kinds += 2 if denial.anaphoric and said else 1
    return value if kinds >= MIN_KINDS else 0.0


def choose(
    denial: Denial,
    claims: list[Statement],
    lexicon: DisputeLexicon,
    limit: int = 3,
    by_name: bool = True,
) -> list[tuple[Statement, float]]:
    """The claims ``denial`` answers, best first, each with a confidence in (0, 1); ``by_name``:
    first among the statements of the speakers the denial names."""
    # the statement just before, of another voice (the denier's own next sentence is none)
    earlier = [
        c
        for c in claims
        if c.order <= denial.order and (denial.speaker is None or c.speaker != denial.speaker)
    ]
    named = {c.speaker for c in earlier if c.speaker is not None} & (
        denial.mentions - {denial.speaker}
    )
    if by_name and named:
        # the denial names whose statements it answers („Wenn Herr Lucke jetzt davon spricht,
        # dass er Opfer ist, …“, „wies die Vorwürfe der Opposition zurück“): theirs, not the
        # statement just before of someone it does not name — unless none of theirs fits (the
        # one named may be the topic: „wies den Bericht zurück, wonach Minister Müller …“)
        own = [c for c in claims if c.speaker in named]
        found = choose(denial, own, lexicon, limit, by_name=False)
        if found:
            return found
    nearest = max(earlier, key=lambda c: c.order) if earlier else None
    # the statement just before and, when it continues an account in the Konjunktiv, the
    # account's head („warf ihr vor, … getäuscht zu haben. Die Mehrkosten seien … bekannt
    # gewesen. Berg entgegnete, …“)
    near = {nearest.key, nearest.head} if nearest is not None else set()
    scored = [(c, score(denial, c, lexicon, c.key in near)) for c in claims]
    scored = [(c, s) for c, s in scored if s > 0]
    if not scored:
        return []
    scored.sort(key=lambda cs: -cs[1])
    floor = MIN_CONFIRM if denial.type == "confirms" else MIN_SCORE
    best = scored[0][1]
    if best < floor:
        return []
    first = scored[0][0]
    chosen = [
        (c, s)
        for c, s in scored
        if s >= max(floor, CLOSE * best) and abs(c.order - first.order) <= NEAR
    ][:limit]
    if len(chosen) > 1:
        # several statements of one account fit alike (all name Lucke, all are his „Kritik“):
        # the denial answers those whose own words it takes up („Täter-Opfer-Umkehr“ of „die
        # Opfer zu Tätern mache“), not every statement of their speaker
        own = [(c, s) for c, s in chosen if _own_words(denial, c, lexicon)]
        chosen = own or chosen[:1]
    return [(c, round(1 - math.exp(-s / 2.5), 3)) for c, s in chosen]


def _heads(names: frozenset[str], words: frozenset[str]) -> bool:
    """A word of ``words`` is a compound whose head is one of ``names`` („autokonz“ of „konz“):
    the party named by a longer noun of its own kind („dem Autokonzern“ of „Der Konzern“). Only
    for a one-word name (a common noun: „Konzern“), never a person's („Merz“ is no head of
    „Schmerz“), and with a modifier of three letters or more."""
    if len(names) != 1:
        return False
    (name,) = names
    return len(name) >= HEAD and any(len(w) >= len(name) + 3 and w.endswith(name) for w in words)


def _own_words(denial: Denial, claim: Statement, lexicon: DisputeLexicon) -> set[str]:
    """The words ``denial`` shares with the words of ``claim`` beyond the names of both sides,
    the claim nouns it names („Kritik“) and the words of the whole story (``Denial.common``)."""
    names = denial.speaker_words | claim.speaker_words | denial.common
    nouns = {stem_word(n) for n in denial.claim_nouns}
    # the claim's own words, not its sentence: a cue may lie in the sentence of another
    # statement („…, indem er die Opfer zu Tätern mache, kritisierte Lucke weiter.“ is the cue
    # sentence of the quotation after it too)
    return {w for w in denial.stems & stems(claim.text) if w not in names and w not in nouns}
