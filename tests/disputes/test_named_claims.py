"""Issue 17 on the shapes of real agency news without quotation marks (the 10kGNAD rows of
``gold/disputes``): a denial of „die Vorwürfe“ answers the statement whose own sentence names them
(„erhebt schwere Vorwürfe“) though it stands paragraphs before; a cue that sets a statement
against the report before it („…, erklärte eine Sprecherin dagegen“); a passive sentence that
names an accusation („wurden … wegen des Vorwurfs der Bestechung festgenommen“) is the claim the
accused deny. Texts written by hand for these tests, no copies of any article; each runs through
the whole product as ``zitate extract`` does."""

from __future__ import annotations

ACCUSER = (
    "Graz – Rund um den Verkauf eines Grundstücks werden Fragen laut. Das Grundstück wurde ohne "
    "Ausschreibung an eine Investorengruppe verkauft. Der frühere Projektleiter Martin Huber "
    "erhebt nun schwere Vorwürfe gegen die Käufer und die Gemeinde. Er wurde kurz nach dem "
    "Verkauf gekündigt. Die Opposition im Gemeinderat fordert volle Aufklärung. Für alle "
    "Genannten gilt die Unschuldsvermutung. Der Krankenanstaltenverbund hat die Vorwürfe am "
    "Samstag zurückgewiesen."
)


def test_denial_of_the_accusations_answers_the_sentence_that_names_them(found):
    links = [(k, t) for k, s, t in found(ACCUSER) if s.startswith("Der Krankenanstaltenverbund")]
    # nothing but the noun ties them: no verb of accusing, four sentences between
    assert links and all("erhebt nun schwere Vorwürfe" in t for _, t in links)
    assert {k for k, _ in links} == {"denies"}


REPORT = (
    "Brüssel – Die EU-Kommission hat einen Pressebericht über eine geplante Steuer "
    "zurückgewiesen. Die Zeitung Le Monde berichtete am Freitag, die Kommission wolle im Herbst "
    "eine europäische Digitalsteuer vorschlagen. Es gibt keinen solchen Vorschlag, erklärte eine "
    "Kommissionssprecherin dagegen. Die Mitgliedstaaten beraten im Oktober über den Haushalt."
)


def test_statement_set_against_the_report_contradicts_it(found):
    links = [(k, t) for k, s, t in found(REPORT) if s.startswith("Es gibt keinen solchen")]
    assert links and all("Digitalsteuer" in t for _, t in links)


ARGUING = (
    "Wien – Proteste wie in Hamburg seien auch in Österreich denkbar, heißt es im Bericht des "
    "Verfassungsschutzes. Zumindest für den Moment sprechen aber einige Faktoren dagegen, dass "
    "sich solche Szenen bald wiederholen. Die Szene ist kleiner und loser organisiert."
)


def test_dagegen_as_object_of_arguing_is_no_contradiction(found):
    # „sprechen … dagegen, dass …“ weighs a prospect; it answers no statement
    assert not [s for _, s, _ in found(ARGUING) if "Faktoren dagegen" in s]


ARRESTED = (
    "Kiew – Im Streit um ein Freiwilligenbataillon hat die Regierung durchgegriffen. Daraufhin "
    "wurden acht Angehörige des Bataillons, darunter der Kommandeur, wegen des Vorwurfs der "
    "Erpressung festgenommen. Die Beschuldigten weisen die Vorwürfe zurück."
)


def test_passive_accusation_named_by_noun_is_the_claim_denied(found):
    links = [t for _, s, t in found(ARRESTED) if s.startswith("Die Beschuldigten")]
    assert links and all("wegen des Vorwurfs der Erpressung festgenommen" in t for t in links)


LAWFUL = (
    "Berlin – Der Nachrichtendienst habe nur Verbindungen im Ausland überwacht, sagte ein "
    "Sprecher des Dienstes am Montag. In einem internen Vermerk warnen die Verfasser vor "
    "schweren Risiken, sollte bekannt werden, dass die Operation nicht durch das Gesetz gedeckt "
    "gewesen sei, das den Schutz der Telekommunikation regelt."
)


def test_an_article_is_no_pointer_to_a_claim(found):
    # „nicht durch das Gesetz gedeckt“ speaks of the law, not of what the spokesman said
    assert not [s for _, s, _ in found(LAWFUL) if "Vermerk" in s or "nicht durch das" in s]


AGREEING = (
    "Wien – Die Umweltorganisation Global 2000 wirft dem Energiekonzern vor, die Messwerte des "
    "Kraftwerks geschönt zu haben. Der Konzern hat die Vorwürfe am Montag zurückgewiesen. Alle "
    "Werte seien korrekt gemeldet worden. Auch die Landesregierung wies die Vorwürfe zurück. Man "
    "habe die Messungen selbst überprüft, sagte ein Sprecher."
)


def test_a_second_rejection_of_the_same_accusations_agrees_with_the_first(found):
    links = found(AGREEING)
    assert ("denies", "Der Konzern hat die Vorwürfe am Montag zurückgewiesen.",
            "die Messwerte des Kraftwerks geschönt zu haben") in links  # fmt: skip
    # both name „die Vorwürfe“; the government does not deny what the company said
    assert not [t for _, _, t in links if t.startswith("Der Konzern hat")]


RUMOURS = (
    "Graz – Die Polizei klagt über den Aufwand, den falsche Meldungen verursachen. Auch Gerüchte "
    "über Plünderungen von Geschäften wurden in Online-Foren bereitwillig verbreitet. Ein "
    "Einkaufszentrum in der Grenzgemeinde wurde dabei genannt. Dessen Besitzer Anton Berger "
    "bestätigt, dass es zu keinerlei Plünderungen in seinem Einkaufszentrum gekommen sei."
)


def test_confirming_that_nothing_happened_contradicts_the_rumours(found):
    links = [(k, t) for k, s, t in found(RUMOURS) if "keinerlei Plünderungen" in s]
    # a confirmation of „keinerlei …“ contradicts the rumours (told in the passive, unsaid) or
    # the naming of the shopping centre in them
    rumour = ("Gerüchte über Plünderungen", "Einkaufszentrum in der Grenzgemeinde")
    assert links and all(k == "contradicts" and any(w in t for w in rumour) for k, t in links)
