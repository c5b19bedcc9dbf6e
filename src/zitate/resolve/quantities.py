"""A share of a group as speaker („rund 97 Prozent der Teilnehmer“, „drei Viertel der
Befragten“, „die Mehrheit der Abgeordneten“).

Stage: resolve (used by ``zitate.resolve.resolver``). Input: a speaker phrase (``Span``).
Output: ``group_share(span)``: whether the phrase names a part of a group of people by a
quantity noun with a plural genitive — many people, never one person of the article.
"""

from __future__ import annotations

from spacy.tokens import Span

# Nouns of a share („Prozent“, „Hälfte“); a number before „Prozent“ is part of the phrase.
SHARE_NOUNS = frozenset(
    {
        "prozent", "hälfte", "drittel", "viertel", "fünftel", "mehrheit", "minderheit",
        "großteil", "teil", "anteil",
    }
)  # fmt: skip
PLURAL_GENITIVE = frozenset({"der"})


def group_share(span: Span) -> bool:
    """Whether ``span`` is „(rund) N Prozent der X“ / „die Mehrheit der X“: a quantity noun
    followed by a genitive „der“ and a noun."""
    doc = span.doc
    for token in span:
        if token.tag_ in ("NN", "NE"):
            nxt = token.i + 1
            return (
                token.lower_ in SHARE_NOUNS
                and nxt + 1 < len(doc)
                and doc[nxt].lower_ in PLURAL_GENITIVE
                and doc[nxt + 1].tag_ in ("NN", "ADJA")
            )
    return False
