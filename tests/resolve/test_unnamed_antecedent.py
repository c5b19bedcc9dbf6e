"""Pronouns that take up an unnamed person brought in after the last named one (issue 12,
resolve stage): „…, knurrt ein Polizist. …, sagt er“ and „Und einer der beiden nimmt … –
praktisch alles erfunden, sagt er“ are said by someone unnamed, not by the man named before.

Excerpts of real German news (10kgnad derStandard row 532, spiegel.de page of
``shared/data/html``) run through the committed base pipeline, the shipped ``zitate_quotes``
model and ``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

from zitate.resolve.phrases import someone_new


def speakers(quotes, entities) -> dict[str, str | None]:
    names = {e["id"]: e["name"] for e in entities}
    return {q["text"][:30]: names.get((q["speaker"] or {}).get("entity")) for q in quotes}


def test_someone_new_opens_the_sentence_or_closes_a_frame(nlp):
    """An indefinite person noun before the finite verb or after it at the clause's end, and
    „einer der …“ opening the sentence, bring someone in; a generic „Eine Bundespräsidentin,
    die …“ (derStandard, row 545) does not."""
    doc = nlp(
        "Der Faymann soll das alles mal sehen, knurrt ein Polizist. Und einer der beiden nimmt "
        "dann die Geschichte auseinander. Eine Bundespräsidentin, die aus der Zivilgesellschaft "
        "kommt, ist niemandem anderen verpflichtet als dem Volk."
    )
    found = [
        (phrase.text, gender)
        for sent in doc.sents
        for phrase, gender in someone_new(sent, len(doc))
    ]
    assert found == [("ein Polizist", "m"), ("einer", "m")]


def test_er_after_an_unnamed_policeman_is_not_the_named_man(analyse):
    """derStandard (10kgnad row 532): „sagt er“ is the policeman who growled, not Reinhold
    Höflechner named before him."""
    _, quotes, entities = analyse(
        "Bürgermeister Reinhold Höflechner steht noch immer irgendwie im Eindruck der letzten "
        "Tage. Er sei total froh, dass jetzt ein Zaun gebaut wird. Bullige Dolmetscher rennen "
        "auf die streitenden Männer zu und brüllen sie an – heftig, dann ist Ruhe. Wenig "
        "später eine Schlägerei am anderen Ende. Der Faymann soll das alles mal sehen, knurrt "
        "ein Polizist. "
        "Laut interner Kommunikation, sagt er, befänden sich mehr als 130.000 Flüchtlinge auf "
        "der Balkanroute."
    )
    said = speakers(quotes, entities)
    assert said.get("befänden sich mehr als 130.000") is None
    assert "befänden sich mehr als 130.000" in said


def test_er_after_one_of_two_men_is_not_the_reporter(analyse):
    """spiegel.de (Relotius): „sagt er“ is one of the two men, not Moreno who asked them."""
    _, quotes, entities = analyse(
        "Moreno hält den beiden Männern in zwei Interviews sein Handy mit einem Foto von Claas "
        "Relotius vor und fragt sie, ob sie den Reporter kennen. Beide sagen Nein. Und einer der "
        "beiden nimmt dann in dem langen Interview die Geschichte Stück für Stück auseinander – "
        "praktisch alles erfunden, sagt er."
    )
    said = speakers(quotes, entities)
    assert [q for q in said if "erfunden" in q or "einer der beiden" in q]
    assert all(n is None for q, n in said.items() if "erfunden" in q or "einer der beiden" in q)


PRECHT = (
    "Es gibt einige richtig nette Politiker, mit denen rede ich über diese Dinge, und ich rede "
    "mit denen ganz konkret, und je länger wir reden, umso mehr fangen die an, mir zu erzählen, "
    "welche winzig kleinen, aber hartnäckigen Probleme sie Tag für Tag davon abhalten, überhaupt "
    "irgendetwas verändern zu können. Und denen erscheint das, was ich ihnen dann sage, wie ein "
    "Science-Fiction-Film, von dem sie sagen, kann ja alles sein, aber was hat das mit mir zu tun."
)


def test_plural_sie_takes_up_some_of_a_group(analyse):
    """deutschlandfunk.de (Precht, Titanic): „von dem sie sagen“ are the politicians of
    „einige richtig nette Politiker“ (a plural determiner, an adverb before the adjective),
    named by their noun; also inside the interview answer that quotes them."""
    for text in (PRECHT, f"Fischer: Wer denkt darüber nach?\n\nPrecht: {PRECHT}"):
        _, quotes, entities = analyse(text)
        said = speakers(quotes, entities)
        assert [n for q, n in said.items() if q.startswith("kann ja alles sein")] == ["Politiker"]
