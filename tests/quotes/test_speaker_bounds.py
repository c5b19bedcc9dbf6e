"""Speaker spans end where the noun phrase ends and start where it starts (issue 12, item 2;
branch spans), on hand-tagged sentences of the Wikinews dev split: ``speaker_bounds.bound_speaker``
(event phrases after a name, a new clause after a comma, a verb tagged as an adjective, a first
name tagged as a verb, a publication's edition or website, appositions of a name) and the
genitive attributes of ``speakers.np_from`` / ``roles.noun_phrase``."""

from __future__ import annotations

from spacy.tokens import Span

from zitate.quotes.candidates import Found
from zitate.quotes.roles import noun_phrase
from zitate.quotes.speaker_bounds import bound_speaker
from zitate.quotes.speakers import np_from

from .tagged import index, tagged, words


def with_persons(doc, *spans: tuple[int, int]):
    """``doc`` with PER entities over the token ranges ``spans`` (the base pipeline's NER)."""
    doc.ents = [Span(doc, start, end, label="PER") for start, end in spans]
    return doc


def found(doc, cue: str | None, speaker: list[int]) -> Found:
    return Found([], doc[index(doc, cue)] if cue else None, speaker, [], "Indirect", "Speech")


# Wikinews dev 58207 („G8-Gipfel: Nein zu Atomwaffen …“).
OBAMA = (
    "Es/PPER drohe/VVFIN/drohen/Sub ein/ART Rüstungswettlauf/NN und/KON eine/ART weltweite/ADJA "
    "Destabilisierung/NN ,/$, hatte/VAFIN/haben Obama/NE bei/APPR seinem/PPOSAT Treffen/NN "
    "mit/APPR dem/ART russischen/ADJA Staatspräsidenten/NN Dmitri/NE Medwedew/NE in/APPR "
    "Moskau/NE im/APPRART Vorfeld/NN des/ART G8-Treffens/NN gesagt/VVPP/sagen ./$."
)
# Wikinews dev 17060 („Rice-Erklärung zur CIA-Affäre …“).
RICE = (
    "Bei/APPR ihrem/PPOSAT heutigen/ADJA Auftritt/NN in/APPR Brüssel/NE bei/APPR einem/ART "
    "Treffen/NN der/ART NATO-Außenminister/NN sagte/VVFIN/sagen Rice/NE ,/$, die/ART USA/NE "
    "hielten/VVFIN/halten sich/PRF an/APPR die/ART Anti-Folterkonvention/NN ,/$, sowohl/KON "
    "im/APPRART Inland/NN als/KOKOM auch/ADV im/APPRART Ausland/NN ./$."
)
# Wikinews dev 52963 („Eklat während Wahlsendung …“): the tagger took the verb for an adjective.
SUTTNER = "Darauf/PAV entgegnete/ADJA Suttner/NN empört/VVFIN :/$."
# Wikinews dev 39049 („Mönchengladbach: …“): the tagger took the first name for a verb.
CELEBI = (
    "Gülsen/VVFIN Celebi/NE gab/VVFIN/geben an/PTKVZ ,/$, dass/KOUS ihre/PPOSAT Mandantin/NN "
    "„/$( große/ADJA Angst/NN hatte/VAFIN/haben “/$( ./$."
)
# Wikinews dev 55038 and 40211 (the sentences that open the quotations).
HAARETZ = (
    "Das/PDS meldet/VVFIN/melden die/ART israelische/ADJA Tageszeitung/NN Haaretz/NE in/APPR "
    "ihrer/PPOSAT Onlineausgabe/NN ./$."
)
AUTOMOBILWOCHE = (
    "Das/PDS berichtete/VVFIN/berichten die/ART „/$( Automobilwoche/NE “/$( in/APPR "
    "ihrer/PPOSAT Onlineausgabe/NN vom/APPRART 7./ADJA April/NN ./$."
)
# Wikinews dev 48927 („Saturnsonde „Cassini“ …“).
STERN = (
    "Das/ART Flugmanöver/NN wird/VAFIN/werden äußerste/ADJA technische/ADJA Raffinesse/NN "
    "erfordern/VVINF ,/$, wie/PWAV Alan/NE Stern/NN ,/$, Direktor/NN des/ART "
    "Wissenschaftlichen/ADJA Missionsrats/NN der/ART NASA/NE betont/VVFIN/betonen ./$."
)
# Wikinews dev 36276 („Kamel auf türkischem Flughafen …“).
CAN = (
    "Offenbar/ADJD entschied/VVFIN/entscheiden sich/PRF Şükrü/NE Can/NE ,/$, der/ART Leiter/NN "
    "der/ART Flugzeugwartung/NN der/ART Turkish/NE Airlines/NE ,/$, dazu/PAV ,/$, ein/ART "
    "Kamel/NN direkt/ADJD auf/APPR dem/ART Gelände/NN des/ART Ataturk/NE Airport/NE zu/PTKZU "
    "schlachten/VVINF ./$."
)
# Wikinews dev 39049, 68734, 44357.
MOERDER = (
    "Die/ART Frau/NN fuhr/VVFIN/fahren eiligst/ADV nach/APPR Hause/NN ,/$, wo/PWAV jedoch/ADV "
    "bereits/ADV der/ART Mörder/NN –/$( nach/APPR Zeugenaussagen/NN der/ART Ehemann/NN –/$( "
    "wartete/VVFIN/warten ./$."
)
ZENTRUM = (
    "Das/ART neue/ADJA Zentrum/NN ,/$, das/PRELS dem/ART Bundesamt/NN für/APPR Sicherheit/NN "
    "in/APPR der/ART Informationstechnik/NN (/$( BSI/NE )/$( untersteht/VVFIN/unterstehen ,/$, "
    "dient/VVFIN/dienen laut/APPR einer/ART Pressemitteilung/NN des/ART BMI/NE der/ART "
    "Verbesserung/NN des/ART „/$( Informationsaustausch/NN [/$( s/XY ]/$( und/KON zur/APPRART "
    "besseren/ADJA Koordinierung/NN von/APPR Schutz-/TRUNC und/KON Abwehrmaßnahmen/NN gegen/APPR "
    "IT-Sicherheitsvorfälle/NN “/$( ./$."
)
MOENCHE = (
    "Unterdessen/ADV ruft/VVFIN/rufen die/ART Vereinigung/NN aller/PIAT buddhistischen/ADJA "
    "Mönche/NN ,/$, eine/ART in/APPR Rangun/NE ansässige/ADJA Gruppe/NN ,/$, alle/PIAT Mönche/NN "
    "des/ART Landes/NN dazu/PAV auf/PTKVZ ,/$, keine/PIAT Almosen/NN von/APPR Menschen/NN "
    "mit/APPR Verbindungen/NN zur/APPRART Regierung/NN anzunehmen/VVIZU ./$."
)


def test_a_place_and_occasion_after_a_name_are_the_event_s():
    doc = with_persons(tagged(OBAMA), (10, 11), (18, 20))
    speaker = list(range(index(doc, "Obama"), index(doc, "gesagt")))
    assert words(doc, bound_speaker(doc, found(doc, "hatte", speaker), speaker)) == "Obama"


def test_a_noun_phrase_before_its_own_verb_is_a_new_clause():
    doc = tagged(RICE)
    at = index(doc, "Rice")
    doc = with_persons(doc, (at, at + 1))
    speaker = [at, at + 1, at + 2, at + 3]
    assert words(doc, bound_speaker(doc, found(doc, "sagte", speaker), speaker)) == "Rice"


def test_a_verb_tagged_as_adjective_is_no_part_of_the_name():
    doc = with_persons(tagged(SUTTNER), (2, 3))
    assert words(doc, bound_speaker(doc, found(doc, "empört", [1, 2]), [1, 2])) == "Suttner"


def test_a_first_name_tagged_as_verb_belongs_to_the_name():
    doc = with_persons(tagged(CELEBI), (0, 2))
    assert words(doc, bound_speaker(doc, found(doc, "gab", [1]), [1])) == "Gülsen Celebi"


def test_a_publication_names_its_online_edition():
    doc = tagged(HAARETZ)
    speaker = [2, 3, 4, 5]
    assert words(doc, bound_speaker(doc, found(doc, "meldet", speaker), speaker)) == (
        "die israelische Tageszeitung Haaretz in ihrer Onlineausgabe"
    )
    doc = tagged(AUTOMOBILWOCHE)
    speaker = [2, 3, 4, 5]
    assert words(doc, bound_speaker(doc, found(doc, "berichtete", speaker), speaker)) == (
        "die „ Automobilwoche “ in ihrer Onlineausgabe vom 7. April"
    )


def test_a_bare_noun_after_a_name_and_comma_is_its_apposition():
    doc = with_persons(tagged(STERN), (9, 11))
    speaker = list(range(index(doc, "Direktor"), index(doc, "betont")))
    assert words(doc, bound_speaker(doc, found(doc, "betont", speaker), speaker)) == (
        "Alan Stern , Direktor des Wissenschaftlichen Missionsrats der NASA"
    )


def test_a_name_after_its_cue_takes_its_apposition_between_commas():
    doc = with_persons(tagged(CAN), (3, 5))
    assert words(doc, bound_speaker(doc, found(doc, "entschied", [3, 4]), [3, 4])) == (
        "Şükrü Can , der Leiter der Flugzeugwartung der Turkish Airlines"
    )


def test_der_before_a_masculine_singular_noun_opens_no_genitive():
    doc = tagged(MOERDER)
    at = index(doc, "Zeugenaussagen")
    assert words(doc, np_from(doc, at, len(doc))) == "Zeugenaussagen"
    assert words(doc, noun_phrase(doc, at, len(doc))) == "Zeugenaussagen"


def test_a_name_in_the_genitive_takes_no_genitive_of_its_own():
    doc = tagged(ZENTRUM)
    at = index(doc, "einer")
    assert words(doc, noun_phrase(doc, at, len(doc))) == "einer Pressemitteilung des BMI"


def test_aller_opens_a_genitive_attribute():
    doc = tagged(MOENCHE)
    assert words(doc, np_from(doc, 2, len(doc))) == "die Vereinigung aller buddhistischen Mönche"


# Wikinews train 13440 („Union erneut im Streit um Gesundheitspolitik“).
WIDMANN_MAUZ = (
    "Den/ART Unmut/NN der/ART CDU/NE über/APPR Stoibers/NE Äußerungen/NN brachte/VVFIN/bringen "
    "die/ART gesundheitspolitische/ADJA Sprecherin/NN der/ART Unionsfraktion/NN im/APPRART "
    "Bundestag/NN ,/$, Annette/NE Widmann-Mauz/NE ,/$, zum/APPRART Ausdruck/NN :/$."
)


def test_a_role_noun_takes_the_institution_it_works_in():
    doc = tagged(WIDMANN_MAUZ)
    start = index(doc, "die")
    speaker = list(range(start, index(doc, "im")))
    assert words(doc, bound_speaker(doc, found(doc, "brachte", speaker), speaker)) == (
        "die gesundheitspolitische Sprecherin der Unionsfraktion im Bundestag"
    )


# Wikinews train 37530 („„Münstersche Zeitung“: Über Nacht …“).
SCHUMACHER = (
    "Am/APPRART Freitag/NN dann/ADV hatte/VAFIN/haben Verlagsleiter/NN Lutz/NE Schumacher/NE "
    "aus/APPR heiterem/ADJA Himmel/NN den/ART 18/CARD Mitarbeitern/NN erklärt/VVPP/erklären "
    ",/$, dass/KOUS sie/PPER nunmehr/ADV ihre/PPOSAT letzte/ADJA Ausgabe/NN "
    "produziert/VVPP hätten/VAFIN/haben/Sub ./$."
)


def test_aus_before_a_bare_phrase_after_a_name_is_how_not_who():
    doc = with_persons(tagged(SCHUMACHER), (5, 7))
    speaker = list(range(4, index(doc, "den")))
    assert words(doc, bound_speaker(doc, found(doc, "hatte", speaker), speaker)) == (
        "Verlagsleiter Lutz Schumacher"
    )
