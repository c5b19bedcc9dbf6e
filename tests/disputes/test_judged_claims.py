"""Issue 17: denials said by judging the claim — new German news paragraphs written by hand for
these tests (branch disp5; no copies of any article or of the gold): a party leader rejecting
accusations made about her, a court rejecting a broadcaster's named report, a ministry rejecting
an institution's criticism, predicative judgements („Das ist reine Spekulation“, „Das sei
falsch“, „entbehrten jeder Grundlage“), and an admission that confirms nothing said before.
Each runs through the whole product (ingest, pipeline, resolve, disputes) and checks the
relation a reader sees: (type, source statement, target statement)."""

from __future__ import annotations


def _links(found, text: str, source: str) -> list[tuple[str, str]]:
    """(type, target words) of the relations whose source words contain ``source``."""
    return [(kind, target) for kind, words, target in found(text) if source in words]


SPECULATION = (
    "Das Wirtschaftsmagazin „Kapital“ berichtete am Freitag, der Vorstandschef der "
    "Nordbank, Henrik Olsen, werde sein Amt noch vor dem Sommer abgeben. "
    "Olsen selbst reagierte gelassen. „Das ist reine Spekulation, ich habe einen Vertrag "
    "bis 2028 und werde ihn erfüllen“, sagte er am Samstag in Kiel."
)


def test_pure_speculation_denies_the_report_before_it(found):
    links = _links(found, SPECULATION, "reine Spekulation")
    assert links and links[0][0] == "denies"
    assert all("sein Amt noch vor dem Sommer abgeben" in target for _, target in links)


GROUNDLESS = (
    "Die Umweltorganisation Grünes Netz wirft dem Chemiekonzern Varenta vor, jahrelang "
    "belastetes Abwasser in die Weser geleitet zu haben. Die Organisation stützt sich auf "
    "eigene Messungen an drei Stellen des Flusses. "
    "Ein Sprecher des Konzerns erklärte am Mittwoch, die Vorwürfe entbehrten jeder Grundlage."
)


def test_accusations_said_to_lack_any_basis_are_denied(found):
    links = _links(found, GROUNDLESS, "entbehrten jeder Grundlage")
    assert links and links[0][0] == "denies"
    assert any("belastetes Abwasser in die Weser" in target for _, target in links)


NAMED_REPORT = (
    "Der Sender Radio Baltica hatte am Montag berichtet, Richter des Verfassungsgerichts "
    "hätten sich vor dem Urteil über die Wahlrechtsreform mit Vertretern der Regierung "
    "getroffen. "
    "Das Gericht wies den Bericht von Radio Baltica am Dienstag entschieden zurück. "
    "Es habe zu keinem Zeitpunkt ein solches Treffen gegeben, teilte eine Sprecherin mit."
)


def test_a_court_rejects_the_named_report_of_a_broadcaster(found):
    links = _links(found, NAMED_REPORT, "wies den Bericht von Radio Baltica")
    assert links and links[0][0] == "denies"
    assert all("mit Vertretern der Regierung" in target for _, target in links)


CRITICISM = (
    "Der Menschenrechtsausschuss des Europarats hat die Regierung in Tiflis scharf kritisiert. "
    "Die Behörden gingen mit unverhältnismäßiger Gewalt gegen friedliche Demonstranten vor, "
    "heißt es in dem am Donnerstag veröffentlichten Bericht. "
    "Der georgische Botschafter in Straßburg, Lasha Beridze, nannte die Kritik haltlos. "
    "Die Polizei habe lediglich auf Angriffe gewalttätiger Gruppen reagiert, sagte er."
)


def test_an_ambassador_calls_an_institutions_criticism_baseless(found):
    links = _links(found, CRITICISM, "nannte die Kritik haltlos")
    assert links and links[0][0] == "denies"
    # the criticism is told in two sentences: its verb („hat … kritisiert“), then its words
    assert all("Gewalt" in target or "kritisiert" in target for _, target in links)


FALSE = (
    "Bundesbauministerin Karin Wendt hatte im Landtagswahlkampf erklärt, der Bund habe die "
    "Mittel für den sozialen Wohnungsbau in diesem Jahr verdoppelt. "
    "Der Mieterbund sieht das anders. „Das ist falsch“, sagte Verbandspräsident Jochen Rausch "
    "am Montag. Real seien die Zuschüsse wegen der gestiegenen Baukosten sogar gesunken."
)


def test_that_is_false_denies_the_ministers_claim(found):
    links = _links(found, FALSE, "Das ist falsch")
    assert links and links[0][0] == "denies"
    assert all("Mittel für den sozialen Wohnungsbau" in target for _, target in links)


ADMISSION = (
    "Die Zahl der Verkehrstoten in der Stadt ist im vergangenen Jahr gestiegen. "
    "„Jeder einzelne Unfall ist einer zu viel“, sagte die Leiterin der Verkehrspolizei, "
    "Anja Berger. "
    "Oberbürgermeister Tobias Lenz räumte ein, dass die Stadt beim Ausbau sicherer Radwege "
    "hinter ihren Zielen zurückgeblieben sei."
)


def test_an_admission_of_ones_own_failure_confirms_no_one_elses_statement(found):
    # „räumte ein“ of his own city's failure: the police chief said nothing he confirms
    assert _links(found, ADMISSION, "hinter ihren Zielen zurückgeblieben") == []


NO_TALK_OF = (
    "Russische Staatsmedien meldeten, die Armee habe den Ort Kostjantyniwka vollständig "
    "eingeschlossen. Von einer Einkesselung könne keine Rede sein, erklärte der ukrainische "
    "Generalstab am Abend."
)


def test_no_talk_of_it_denies_the_claim_before(found):
    links = _links(found, NO_TALK_OF, "keine Rede sein")
    assert links and links[0][0] == "denies"
    assert all("vollständig eingeschlossen" in target for _, target in links)


FAKE_NEWS = (
    "Die Zeitung „Le Matin“ berichtete, der Minister habe sich vor der Vergabe heimlich mit "
    "Vertretern des Konzerns getroffen. Ein Sprecher des Ministeriums nannte den Bericht "
    "„Fake News“."
)


def test_a_judgement_in_quotation_marks_is_no_name(found):
    links = _links(found, FAKE_NEWS, "nannte den Bericht")
    assert links and links[0][0] == "denies"
    assert all("mit Vertretern des Konzerns getroffen" in target for _, target in links)


NOT_THE_FACTS = (
    "Der Sender NTV Georgia berichtete am Sonntag, die Staatsanwaltschaft habe Beweise gegen "
    "den Oppositionspolitiker manipuliert. „Das entspricht nicht den Tatsachen“, sagte ein "
    "Sprecher der Generalstaatsanwaltschaft am Montag."
)


def test_not_matching_the_facts_denies_the_broadcasters_report(found):
    links = _links(found, NOT_THE_FACTS, "entspricht nicht den Tatsachen")
    assert links and links[0][0] == "denies"
    assert all("Beweise gegen den Oppositionspolitiker" in target for _, target in links)


AFTER_A_COLON = (
    "Mehrere Abgeordnete werfen der Parteichefin vor, Kritiker in der Fraktion eingeschüchtert "
    "zu haben. Die Parteichefin reagierte scharf: „Diese Behauptung ist nachweislich falsch.“"
)


def test_a_pointer_after_the_colon_points_back_at_the_accusation(found):
    links = _links(found, AFTER_A_COLON, "Diese Behauptung ist nachweislich falsch")
    assert links and links[0][0] == "denies"
    assert all("Kritiker in der Fraktion eingeschüchtert" in target for _, target in links)


ONE_SIDED = (
    "Die Kommission wirft dem Netzwerk vor, Desinformation vor der Wahl nicht wirksam zu "
    "bekämpfen. Das Unternehmen nannte die Einschätzung der Kommission einseitig."
)
ONE_SIDED_CLOSURE = (
    "Die Regierung hat die Grenze zum Nachbarland einseitig geschlossen, teilte das "
    "Innenministerium mit. Der Bürgermeister der Grenzstadt kritisierte den Schritt."
)


def test_calling_an_assessment_one_sided_denies_it_but_a_one_sided_act_is_no_denial(found):
    links = _links(found, ONE_SIDED, "nannte die Einschätzung der Kommission einseitig")
    assert links and links[0][0] == "denies"
    assert all("Desinformation vor der Wahl" in target for _, target in links)
    # „einseitig geschlossen“ says how something was done, of no claim
    assert not any(kind == "denies" for kind, _, _ in found(ONE_SIDED_CLOSURE))
