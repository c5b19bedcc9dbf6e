"""Web stage, messages: an error of zitate (``ZitateError`` code and English reason) -> the German
sentence a page shows.

The library, the CLI and the API speak English (stable codes, one line each); the web pages are
German. ``german`` gives the German message of an error code — for a search query
(``E310``) also the German reason — and falls back to the English text, never to nothing; the
code is shown beside it on the page, so a report can still be matched to the API's.
"""

from __future__ import annotations

from ..store.search import MAX_TERMS

MESSAGES = {
    "E003": "Die Eingabe ist leer.",
    "E004": "Die Eingabe ist kein Text (sie enthält Binärdaten).",
    "E005": "Der Text ist nicht gültig kodiert (kein UTF-8).",
    "E007": "Die Eingabe ist zu groß.",
    "E010": "Das Sprachmodell ist nicht installiert.",
    "E101": "Das HTML lässt sich nicht lesen.",
    "E102": "Im Text wurde kein Artikel gefunden.",
    "E110": "Der Artikel lässt sich nicht extrahieren.",
    "E205": "Die Modelle der Zitaterkennung sind nicht installiert.",
    "E206": "Das Sprachmodell der Zitaterkennung ist nicht nutzbar.",
    "E300": "Die Datenbank ist nicht erreichbar.",
    "E301": "Das Datenbankschema lässt sich nicht aktualisieren.",
    "E400": "Die Anfrage ist ungültig.",
    "E404": "Nicht gefunden.",
    "E405": "Falsches Format: bitte Text, HTML oder JSON senden.",
    "E406": "Die Anfrage ist zu groß.",
    "E407": "Die Anfrage ist ungültig.",
    "E420": "Die Analyse ist gerade ausgelastet; bitte in ein paar Sekunden erneut versuchen.",
    "E421": "Die Analyse hat ihr Zeitbudget überschritten; bitte einen kürzeren Text senden.",
    "E422": "Der Analyseprozess ist abgebrochen; bitte erneut versuchen.",
    "E499": "Ein interner Fehler ist aufgetreten.",
}
#: ``E408`` (an HTTP error of the framework) by status.
HTTP = {
    404: "Diese Seite gibt es nicht.",
    405: "Diese Methode ist hier nicht erlaubt.",
    413: "Die Anfrage ist zu groß.",
    415: "Falsches Format der Anfrage.",
}
#: The reasons of ``E310`` (``zitate.store.search.parse_query``) in German.
QUERY_REASONS = {
    "a quotation mark is not closed": "ein Anführungszeichen ist nicht geschlossen",
    "'*' must follow a word (prefix search: Regier*)": "„*“ muss auf ein Wort folgen "
    "(Präfixsuche: Regier*)",
    "it has no word to search for": "sie enthält kein Wort, nach dem gesucht werden kann",
    f"more than {MAX_TERMS} words or phrases": f"sie hat mehr als {MAX_TERMS} Wörter oder Phrasen",
    "it holds a NUL": "sie enthält ein NUL-Zeichen",
}


def german(code: str, reason: str, status: int | None = None) -> str:
    """The German message of error ``code`` whose English message is ``reason`` (``status``:
    the HTTP status of an ``E408``); the English ``reason`` where none is known."""
    if code == "E310":
        for english, german_reason in QUERY_REASONS.items():
            if reason.endswith(english):
                return f"Die Suche ist nicht lesbar: {german_reason}."
        return f"Die Suche ist nicht lesbar: {reason}."
    if code == "E408" and status in HTTP:
        return HTTP[status]
    return MESSAGES.get(code, reason)
