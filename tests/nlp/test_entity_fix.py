"""The document-level entity correction (``zitate_entity_fix``) on real news sentences: the
pages of ``shared/data/html`` and the 10kGNAD rows that the speaker gold annotates."""

from __future__ import annotations

import pytest

GRISS = (
    "Wien – Irmgard Griss wird bei der Bundespräsidentenwahl im Frühjahr kandidieren. "
    "Jeder Beitrag sei aber willkommen, so Griss. "
    "Wahlentscheidend müsse die Persönlichkeit der Kandidaten sein, der Wahlkampf dürfe keine "
    "Materialschlacht werden, forderte Griss."
)  # 10kGNAD test row 545 (derStandard)
PUDSCHEDL = (
    "Die Zuwanderung war sehr wichtig, weil sich auch Arbeitskräftemangel beseitigt hat, zum "
    "Beispiel in Vorarlberg, sagte Bank-Austria-Ökonom Walter Pudschedl am Montag in einem "
    "Pressegespräch. Das heißt, neue Ausländer verdrängen alte Ausländer, so Pudschedl."
)  # 10kGNAD test row 750
LYBKE = (
    "Judy Lybke ist der Kopf hinter diesem Erfolg. "
    "Als Galerist gehe man schrittweise mit der künstlerischen Entwicklung mit, die Chemie muss "
    "stimmen, findet Lybke. "
    "Indem man in der DDR keine Arbeit bekam, wurde man kriminalisiert, betont Lybke."
)  # fundus__de__NTV_2023_04_28
KOMBA = (
    'Die Gewerkschaft Komba zeigt sich entrüstet über "die offensichtliche Praxisferne" dieser '
    'Idee. In einer Stellungnahme für die Anhörung schreibt Komba: "In einem Berufsfeld mit so '
    'extremen Belastungen heilt man Fachkräftemangel nicht."'
)  # fundus__de__WDR_2024_04_22 (the second sentence shortened at its end)
GUEVERCIN = (
    "Eren Güvercin hingegen mahnt eine breite Debatte ein, allen voran innerhalb der muslimischen "
    "Community selbst. Güvercin sieht Parallelen zu rechtsextremen Bewegungen wie den Identitären."
)  # fundus__at__DerStandard_2024_05_03
FED = (
    "Zwar stünde das Missmanagement wichtiger Risiken durch die Regionalbank im Kern hinter dem "
    "Untergang des Instituts, erklärte die Fed. Unter anderem hätten schärfere Kapital- und "
    "Liquiditätsanforderungen laut Fed die Widerstandsfähigkeit der SVB verbessern können."
)  # fundus__de__SpiegelOnline_2023_04_28
SANTA_CLARA = (
    "Die Aufsicht der Fed über die in Santa Clara ansässige Regionalbank habe sich als "
    "unzureichend erwiesen, die Regulierungsstandards seien zu schwach, teilte die "
    "US-Notenbank mit."
)  # fundus__de__SpiegelOnline_2023_04_28


def labels(doc, word: str) -> list[str]:
    """The entity label of each occurrence of ``word`` ('' where no entity covers it)."""
    return [t.ent_type_ for t in doc if t.text == word]


def test_entity_fix_runs_right_after_the_ner(nlp):
    names = nlp.pipe_names
    assert names.index("zitate_entity_fix") == names.index("ner") + 1


@pytest.mark.parametrize(
    ("text", "surname"), [(GRISS, "Griss"), (PUDSCHEDL, "Pudschedl"), (LYBKE, "Lybke")]
)
def test_a_surname_alone_is_the_person_the_document_named_in_full(nlp, text, surname):
    """„so Griss“ after „Irmgard Griss“: the surname is the person, not an organisation or a
    place, and not left out."""
    assert set(labels(nlp(text), surname)) == {"PER"}


def test_a_name_the_document_gives_an_organisation_stays_one(nlp):
    """„Die Gewerkschaft Komba“ names a trade union: „schreibt Komba“ is that union."""
    doc = nlp(KOMBA)
    assert labels(doc, "Komba") == ["ORG", "ORG"]


def test_a_name_the_document_puts_after_a_definite_article_is_no_person(nlp):
    """„erklärte die Fed“: news put no article before a person's name, so „laut Fed“ is the
    central bank, not a person."""
    assert "PER" not in labels(nlp(FED), "Fed")


def test_a_first_name_after_a_preposition_of_place_is_no_person(nlp):
    """„in Santa Clara“: „Clara“ is a first name of the registers, the words a place."""
    doc = nlp(SANTA_CLARA)
    assert "PER" not in labels(doc, "Clara")


TRENTINO = (
    "Trient - Ein Jogger ist am Monte Bondone westlich von Trient von einem Bären  angegriffen "
    "worden. Das Tier fügte dem 45-Jährigen, der mit seinem Hund  unterwegs war, eine Bisswunde am "
    "Kopf zu und verletzte ihn mit seinen Krallen,  berichtete die Lokalzeitung Trentino."
)  # 10kGNAD test row 706
KURDISTANS = (
    "Diyarbakir – Bei Einsätzen gegen die verbotene Arbeiterpartei Kurdistans (PKK) haben "
    "türkische Sicherheitskräfte im Südosten des Landes binnen zwei Tagen 23 mutmaßliche Rebellen "
    "getötet."
)  # 10kGNAD test row 167


def test_a_name_after_an_organisation_class_noun_is_that_organisation(nlp):
    assert labels(nlp(TRENTINO), "Trentino") == ["ORG"]  # the NER: LOC


def test_a_genitive_place_after_a_class_noun_stays_a_place(nlp):
    assert "ORG" not in labels(nlp(KURDISTANS), "Kurdistans")
