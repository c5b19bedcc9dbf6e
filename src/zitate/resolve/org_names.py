"""Organisation speakers named by a common noun: the organisation entity of the article it is.

Stage: resolve (a base of ``zitate.resolve.source_nouns.SourceNouns``, used by
``zitate.resolve.resolver``). Input: a speaker phrase (``Span``) and the article's entities.
Output: the organisation ``Entity`` the phrase names, or None:

- ``_org_named``: the phrase's head is the one-word name of an organisation the NER found
  elsewhere in the article, with or without the article a German organisation name takes
  („Das Welternährungsprogramm kümmert sich …“ after „vom Welternährungsprogramm (WFP)“), or
  its „EU-“ short form („EU-Kommission“ for „Europäische Kommission“, „EU-Parlament“ for
  „Europäisches Parlament“);
- ``_member_org``: „die UN-Organisation“, „die EU-Behörde“ — a generic organisation noun whose
  first part names a larger body — is one of that body's organisations: the organisation
  named last before it in its sentence or the one before that is not the larger body
  („Lob kommt vom Welternährungsprogramm (WFP) der Vereinten Nationen … teilte die
  UN-Organisation mit“);
- ``_org_before``: „die Organisation“ (a noun that tells no kind of body) with no statement of
  an organisation right before: the organisation named last in its sentence or the one before
  („… wird von der Hilfsorganisation Ärzte ohne Grenzen (MSF) unterstützt. …, erklärte die
  Organisation.“).
"""

from __future__ import annotations

from spacy.tokens import Span

from .grouping import DEFINITE
from .mentions import Entity
from .phrases import GENERIC_ORGS, speaker_head
from .unnamed import UnnamedSources

# Organisation nouns that tell nothing of the kind of body („die Organisation“); „die Zeitung“,
# „der Konzern“ take up only a body of their kind.
NEUTRAL_ORGS = frozenset({"organisation", "institution", "einrichtung"})
# Larger bodies whose compounds with a generic organisation noun name one of their members
# („UN-Organisation“), with the names the article may give them.
UN_NAMES = ("UN", "UNO", "Uno", "Vereinte Nationen")
UMBRELLAS = {
    "un": UN_NAMES,
    "uno": UN_NAMES,
    "eu": ("EU", "Europäische Union"),
    "nato": ("NATO", "Nato"),
    "au": ("AU", "Afrikanische Union"),
}


class OrganisationNames(UnnamedSources):
    """Organisation phrases -> organisation entities; mixed into the resolver."""

    def _org_named(self, span: Span) -> Entity | None:
        words = [t for t in span if not t.is_punct]
        if len(words) == 2 and words[0].lower_ in DEFINITE:
            words = words[1:]
        if len(words) != 1 or words[0].tag_ not in ("NN", "NE"):
            return None
        text = words[0].text
        if not text[:1].isupper():
            return None
        found = [e for e in self.entities if e.kind == "ORG" and _named(text, e.names)]
        return min(found, key=lambda e: e.salience(span.start_char)) if found else None

    def _member_org(self, span: Span) -> Entity | None:
        head = speaker_head(span)
        if head is None:
            return None
        token = span.doc[head]
        prefix, _, tail = token.text.partition("-")
        umbrella_names = UMBRELLAS.get(prefix.lower())
        if umbrella_names is None or tail.lower() not in GENERIC_ORGS:
            return None
        if head != span.start + 1 or head + 1 != span.end or span[0].lower_ not in DEFINITE:
            return None
        for _, entity in self._orgs_before(span):
            if not set(entity.names) & {prefix, *umbrella_names}:
                return entity
        return None

    def _org_before(self, span: Span, head: int) -> Entity | None:
        if head != span.start + 1 or head + 1 != span.end or span[0].lower_ not in DEFINITE:
            return None
        if span.doc[head].lower_ not in NEUTRAL_ORGS:
            return None  # „der Zeitung“ is no police named before it
        found = self._orgs_before(span)
        return found[0][1] if found else None


def _named(text: str, names: list[str]) -> bool:
    """Whether ``text`` („Welternährungsprogramm“, „EU-Kommission“) is one of ``names`` or the
    „EU-“ form of one („Europäische Kommission“, „der Europäischen Kommission“)."""
    if text in names:
        return True
    prefix, _, noun = text.partition("-")
    if prefix != "EU" or not noun[:1].isupper():
        return False
    for name in names:
        words = name.split()
        if len(words) == 2 and words[0].startswith("Europäisch") and words[1] in (noun, noun + "s"):
            return True
    return False
