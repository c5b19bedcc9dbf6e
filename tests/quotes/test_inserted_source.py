"""A source frame „so X“ inserted between dashes inside a sentence names its speaker, as „…, so
X.“ at its end does (issue 12, quotation attribution, dev4).

Excerpt of a dev4 row (10kGNAD test row 757, derStandard on vigilante groups in Austria: the
criminologist Walter Fuchs, then the Burgenland security partners of Johann Tschürtz) run
through the committed base pipeline, the shipped ``zitate_quotes`` model and
``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

BURGENLAND = (
    "Walter Fuchs vom Institut für Rechts- und Kriminalsoziologie (IRKS) sagt, Bürgerwehren "
    "würden immer wieder gegründet. Aktuelle Zahlen habe er keine, eine etwaige Häufung könne mit"
    " der derzeitigen Krisenlage zu tun haben. Ob sie das Sicherheitsgefühl wirklich zu erhöhen "
    "vermögen, sieht Fuchs skeptisch. Zudem hätten solche Privatinitiativen in der Regel keinen "
    "langen Atem: Sie scheitern oft an Langeweile oder an ihrer Lächerlichkeit. Generell "
    "unterscheidet Fuchs zwischen kommerziellen Sicherheitsunternehmen, Vereinsgründungen, die "
    "aus der Bevölkerung kommen oder politisch angestoßen sein können und Initiativen, die durch "
    "staatliche Seite gefördert werden – wo etwa Patrouillendienste zugleich als Jobinitiative "
    "dienen. Beispiele könne man etwa in Deutschland oder den Niederlanden beobachten. Ähnlich "
    "mutet auch ein aktuelles Projekt im Burgenland an: Ab Sommer patrouillieren in "
    "Pilotgemeinden halbamtliche Sicherheitspartner und sorgen – so FP-Sicherheitsreferent und "
    "Landeshauptmannstellvertreter Johann Tschürtz – für eine nachhaltige Erhöhung des "
    "Sicherheitsgefühls in der Gemeindebevölkerung. Ersatzpolizei sei das, den ins Auge gefassten"
    " Uniformen (Dienstkleidung) zum Trotz, aber keineswegs. Vielmehr eine Jobchance für die "
    "Zielgruppe 50 plus. Die Tätigkeit der dann bei einem privaten Sicherheitsdienstleister "
    "Beschäftigten falle auch in den Bereich Nachbarschaftshilfe, oder auch Schulwegsicherung. "
    "Aber eben schon hauptsächlich Patrouille fahren, Nachschau halten und Polizei alarmieren. "
    "Die Kosten sollen sich Gemeinden, Land und AMS teilen. In welcher Höhe, könne man noch nicht"
    " sagen, teilte Tschürtz mit."
)


def test_the_source_between_dashes_speaks_not_the_expert_before(analyse):
    """„Ab Sommer patrouillieren in Pilotgemeinden halbamtliche Sicherheitspartner und sorgen –
    so FP-Sicherheitsreferent und Landeshauptmannstellvertreter Johann Tschürtz – für eine
    nachhaltige Erhöhung …“: Tschürtz is the source, and the Konjunktiv sentence after it
    („Ersatzpolizei sei das, …“) goes on with him — not with Walter Fuchs quoted before."""
    _, quotes, entities = analyse(BURGENLAND)
    names = {e["id"]: e["name"] for e in entities}
    for opening in ("Ab Sommer patrouillieren", "Ersatzpolizei sei das"):
        found = [q for q in quotes if opening in q["text"]]
        assert found, [q["text"][:40] for q in quotes]
        assert names.get(found[0]["speaker"]["entity"]) == "Johann Tschürtz", names
    sommer = next(q for q in quotes if "Ab Sommer patrouillieren" in q["text"])
    assert sommer["cue"]["text"] == "so"
    assert "Tschürtz" not in sommer["text"]
    assert "für eine nachhaltige Erhöhung" in sommer["text"]


def test_a_phrase_after_a_preposition_is_no_speaker_of_the_next_sentence(analyse):
    """„Vielmehr eine Jobchance für die Zielgruppe 50 plus. Die Tätigkeit der dann bei einem
    privaten Sicherheitsdienstleister Beschäftigten falle auch in den Bereich …“: „die
    Zielgruppe“, the object of „für“, is no subject and speaks not; the Konjunktiv sentence
    goes on with Tschürtz."""
    _, quotes, entities = analyse(BURGENLAND)
    names = {e["id"]: e["name"] for e in entities}
    found = [q for q in quotes if q["text"].startswith("Die Tätigkeit der dann")]
    assert found, [q["text"][:40] for q in quotes]
    assert "Zielgruppe" not in found[0]["speaker"]["text"]
    assert names.get(found[0]["speaker"]["entity"]) == "Johann Tschürtz", names
