"""Ingest stage, data: the selectors, regexes and word lists the cleaning rules use.

Kept apart from the logic (``clean.py``, ``html.py``) so they can be read, reviewed and extended
without touching code. The rules were learned from the debris on real German news pages
(``shared/data/html``): skip links and navigation, photo credits, labels without values,
datelines, media durations, bylines, comment sections, leaked page script and agency credits.
"""

from __future__ import annotations

import re

from lxml import etree

# --- agencies -------------------------------------------------------------------------------

#: News agencies and syndication services seen in German-language credits (lower-cased keys,
#: canonical spelling as value).
AGENCIES: dict[str, str] = {
    "dpa": "dpa",
    "dpa-afx": "dpa-AFX",
    "afx": "dpa-AFX",
    "afp": "AFP",
    "reuters": "Reuters",
    "rtr": "Reuters",
    "ap": "AP",
    "kna": "KNA",
    "epd": "epd",
    "sid": "SID",
    "apa": "APA",
    "sda": "SDA",
    "keystone-sda": "Keystone-SDA",
    "dts": "dts",
    "ddp": "ddp",
    "dapd": "dapd",
    "bloomberg": "Bloomberg",
    "efe": "EFE",
    "ansa": "ANSA",
    "anp": "ANP",
    "belga": "Belga",
    "tass": "TASS",
    "xinhua": "Xinhua",
    "idea": "idea",
    "afp/dpa": "AFP",
    "agenturen": "Agenturen",
}

#: Editor initials that travel with agency credits: "(dpa/jst)", "(AFP, red)".
INITIALS = re.compile(r"^[a-zäöü]{2,4}$|^[Rr]ed\.?$|^[A-Z]{2,3}$")

#: A parenthesis at the very end of a text: "(dpa, AFP, Reuters)", "(dpa/lnw)".
TRAILING_PAREN = re.compile(r"\s*\(([^()]{2,80})\)\s*$")

#: Credit lines: "Mit Material von dpa und AFP", "(mit dpa)", "Quelle: dpa", "MDR (dst)".
CREDIT_LINE = re.compile(
    r"^(?:mit\s+(?:(?:material|informationen)\s+(?:von|der|des)\s+)?(?:nachrichtenagentur(?:en)?\s+)?"
    r"|quellen?\s*:\s*"
    r"|agentur(?:en)?\s*:\s*|\w{2,12}\s*(?=\())(.{2,80})$",
    re.IGNORECASE,
)
CREDIT_SPLIT = re.compile(r"\s*(?:,|/|;|\bund\b|\+|&)\s*")

#: An outlet's own web address in a credit before the agencies: "Quelle: ntv.de, mau/dpa".
OUTLET_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:de|at|ch|com|net|org|eu|info|tv)$", re.I)

#: An agency's story id in the credit line at an article's end: "© dpa-infocom, dpa:250312-99-
#: 123456/3" (the agency before the colon).
AGENCY_STORY_ID = re.compile(r"(?:^|[\s,])([A-Za-z]{2,8}):\d{6}-\d{2}-\d+(?:/\d+)?\s*$")

# --- page debris ----------------------------------------------------------------------------

#: Navigation and skip links: short imperative "go to" phrases and menu words.
NAV_LINE = re.compile(
    r"^(?:(?:direkt\s+|springe\s+|gehe\s+|weiter\s+)?(?:zum|zur|zu\s+den|zurück\s+zu[mr]?)"
    r"\s+\w+(?:[\s-]+\w+){0,3}"
    r"(?:\s+springen)?|(?:inhalt|navigation|suche|menü|seitenanfang)\s+(?:überspringen|öffnen"
    r"|schließen)|hauptinhalt|hauptnavigation|inhaltsverzeichnis|(?:nach\s+)?oben|startseite"
    r"|menü|navigation|suche|teilen|drucken|merken|kopieren|link\s+kopiert|artikel\s+(?:teilen"
    r"|merken|vorlesen|anhören|verschenken)|vorlesen|anhören|weiterlesen|mehr\s+(?:zum\s+thema|"
    r"lesen|anzeigen|dazu)|lesen\s+sie\s+(?:auch|mehr)|auch\s+interessant|das\s+könnte\s+sie\s+"
    r"(?:auch\s+)?interessieren|anzeige|werbung|zur\s+merkliste|jetzt\s+abonnieren"
    r"|newsletter(?:\s+abonnieren)?|kommentare?(?:\s+\(\d+\))?|\d+\s+kommentare?"
    r"|forum:\s*\d+\s+postings?|mehr\s+zu\s+\w+)\s*[.!:›»>]?$",
    re.IGNORECASE,
)

#: Single-word labels that stand alone as page chrome when they carry no value.
BARE_LABEL = re.compile(
    r"^(?:update|aktualisiert|eilmeldung|exklusiv|live|liveblog|ticker|video|audio|podcast"
    r"|bildergalerie|galerie|fotostrecke|grafik|kommentar|analyse|meinung|interview|plus"
    r"|premium|paid|stand|veröffentlicht|erschienen|lesezeit|quelle|quellen|autor|autorin"
    r"|von|foto|bild|teaser|hinweis|info|mehr|rubrik|themen|schlagworte|embed|eigene\s+recherchen)\s*[:.]?$",
    re.IGNORECASE,
)

#: Datelines and reading-time lines: "Stand: 22.04.2024, 06:00 Uhr", "Lesezeit: 3 Min."
DATELINE = re.compile(
    r"^(?:stand|aktualisiert(?:\s+am)?|veröffentlicht(?:\s+am)?|erschienen(?:\s+am)?|update"
    r"|zuletzt\s+aktualisiert|lesezeit|dauer|verfügbar\s+bis|datum)\b[\s:]*"
    r"(?:am\s+)?[\d.:,/\s-]*(?:uhr|min\.?|minuten|\w+\s+\d{4})?[\d.:,\s]*(?:uhr)?\s*\.?$",
    re.IGNORECASE,
)

#: Media durations and availability: "02:57 Min.. Verfügbar bis 06.05.2024.",
#: "05.09.2024 | 2:03 min", "Video herunterladen (37,4 MB | MP4)".
#: The running time of a clip alone on its line, with its date or not: „26.10.2025 | 2:43 min“.
MEDIA_DURATION = re.compile(
    r"^(?:[\d.]+\s*\|\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:min|minuten|std)\.?$", re.I
)

MEDIA_LINE = re.compile(
    r"^(?:[\d.]+\s*\|\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:min|minuten|std)\.*"
    r"(?:\s*verfügbar\s+bis\s+[\d.]+\.?)?$"
    r"|^verfügbar\s+bis\b|^(?:video|audio)\s+herunterladen\b",
    re.IGNORECASE,
)

#: Photo and image credits: "© IMAGO/…", "Foto: dpa", "Bild: Hersteller", "(Bild: …)".
PHOTO_CREDIT = re.compile(
    r"(?:^|\s|\()(?:©|\(c\)|copyright\b)"
    r"|^\(?(?:fotos?|bild(?:er)?|bildquelle|grafik|illustration|video|quelle\s+bild)\s*:"
    r"|^\(?(?:imago|picture[\s-]alliance|getty\s+images|keystone|reuters|dpa|afp|ap)\s*/",
    re.IGNORECASE,
)

#: Broadcast-programme and source lists: "Dieses Thema im Programm: …", "Quellen:".
PROGRAMME_LINE = re.compile(
    r"^(?:dieses\s+thema\s+im\s+programm|sendung|über\s+dieses\s+thema\s+berichtet"
    r"|diese[rs]?\s+(?:artikel|beitrag|text)\s+(?:wurde|ist)\b.{0,80}(?:aktualisiert|erschienen"
    r"|veröffentlicht))",
    re.IGNORECASE,
)

#: A trailing "Quellen:" label opens a list of sources that is not article text.
SOURCES_LABEL = re.compile(
    r"^(?:(?:verwendete\s+)?quellen?|mehr\s+zum\s+thema|links|weiterführende\s+links)\s*:?$",
    re.IGNORECASE,
)

#: Comment-section headers: "GuterMensch vor 3 Stunden", "@spaeterpeter".
COMMENT_HEADER = re.compile(
    r"^(?:@\S+|\S{2,40}\s+vor\s+\d+\s+(?:sekunden?|minuten?|stunden?|tagen?|wochen?))$",
    re.IGNORECASE,
)

#: A reader's user name on a line of its own: one token of letters, digits, „_“, „.“ or „-“
#: („Kritiker2010“, „hans_m“), or a first name and an initial („Petra K.“).
COMMENT_HANDLE = re.compile(r"^@?[\w.-]{3,30}$|^[A-ZÄÖÜ][a-zäöüß]+\s[A-ZÄÖÜ]\.$")

#: A comment's time stamp alone on its line: „vor 2 Stunden“, „06.11.2023, 13.47 Uhr“, „am
#: 6.11.2023 um 9:05“ (a date with its time of day; a time alone is no comment's).
COMMENT_TIME = re.compile(
    r"^(?:am\s+)?(?:vor\s+\d+\s+(?:sekunden?|minuten?|stunden?|tagen?|wochen?|monaten?)"
    r"|[\d.\s]{6,12}\d(?:,|\s|\s*um\s|\s*-\s*)+\d{1,2}[.:]\d{2}(?:\s*uhr)?)$",
    re.IGNORECASE,
)

#: Name and time stamp of a comment on one line: "hans_m | vor 2 Stunden", "Petra K. schrieb am
#: 6.11.2023 um 9:05:" (both parts checked by ``clean.comment_head``).
COMMENT_HEAD_LINE = re.compile(r"^(\S+(?:\s[A-ZÄÖÜ]\.)?)(?:\s+[|•·]\s+|,\s+|\s+schrieb\s+)(.+?):?$")

#: Genre words before "von" in a byline ("Ein Beitrag von X"; not "Ein Abschied von Angela Merkel").
BYLINE_GENRES = (
    "beitrag", "gastbeitrag", "bericht", "reportage", "kommentar", "gastkommentar", "feature",
    "kolumne", "glosse", "porträt", "portrait", "interview", "analyse", "essay", "text", "video",
    "podcast", "recherche", "rezension", "kritik", "reisebericht", "erfahrungsbericht",
)  # fmt: skip

#: Bylines: "Von Nina Magoley", "von Manuela Conrad und Jan Kixmüller", "Ein Kommentar von X",
#: "Eine Reportage von X".
BYLINE = re.compile(
    r"^(?i:(?:eine?\s+)?(?:" + "|".join(BYLINE_GENRES) + r")\s+)?[Vv]on\s+"
    r"((?:[A-ZÄÖÜ][\w'’.-]+|de|van|von|der|zu)(?:[\s,]+(?:und\s+)?(?:[A-ZÄÖÜ][\w'’.-]+|de|van"
    r"|von|der|zu)){0,8})(?:\s*[,|]\s*[\w .]{2,40})?$",
)

#: Leaked page script, strong signs (one is enough): a camelCase object key with a value or
#: alone ("showPaywall: false", "isSubscriber:"), a call on a browser global, a bare literal.
SCRIPT_STRONG = (
    re.compile(r"^\W*[a-z]+[A-Z]\w*\s*:\s*(?:true|false|null|undefined|-?\d+|['\"{\[]|$)"),
    re.compile(r"\b(?:console|window|document|localStorage|dataLayer)\s*\.\s*\w+\s*[(=.]"),
    re.compile(r"^(?:true|false|null|undefined|NaN)\s*[,;]?$"),
    re.compile(r"\bfunction\s*\(|=>\s*\{|\b(?:var|let|const)\s+\w+\s*="),
)

#: Weak signs (two needed, or one with many code characters).
SCRIPT_SIGNS = (
    re.compile(r"\b[a-z]+[A-Z]\w*\s*:"),
    re.compile(r"\b\w+\s*:\s*(?:true|false|null|undefined)\b"),
    re.compile(r"[{};]\s*$|^\s*[{}]|\}\s*\)|\(\s*\{"),
    re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]*)?>"),
    re.compile(r"\btypeof\s|\breturn\s+\w+;|!==?|===?"),
)

#: Consent walls for embedded content and promotion of the outlet's own products.
CONSENT_OR_PROMO = re.compile(
    r"externen?\s+inhalt|drittanbieter|drittplattform|datenschutzerklärung|cookie"
    r"|ich\s+bin\s+damit\s+einverstanden|inhalt\s+(?:laden|anzeigen|aktivieren)"
    r"|empfohlener\s+redaktioneller\s+inhalt|^embed$"
    r"|newsletter\b.{0,120}\b(?:abonnieren|anmelden|informiert\s+sie|kostenlos)"
    r"|(?:abonnieren|anmelden)\b.{0,60}\bnewsletter"
    r"|jetzt\s+(?:abonnieren|testen|weiterlesen|registrieren)|mit\s+\w*\s*plus\s+weiterlesen"
    r"|\bpartnermarke\b|\baudioversion\b|\bvorlesefunktion\b|finden\s+sie\b.{0,30}\b(?:auf|unter)\s+(?:www\.|https?://)",
    re.IGNORECASE,
)

#: Calls on the reader to take part or to tip off the newsroom: "Teile deine Tipps mit der
#: Community.", "Haben Sie Hinweise zum Thema? Melden Sie sich vertraulich via Signal".
READER_PROMPT = re.compile(
    r"\b(?:teile|teilt|teilen\s+sie)\b.{0,80}\b(?:community|kommentar\w*|mit\s+uns)\b"
    r"|\b(?:schreib|schreibt|schreiben\s+sie)\b.{0,60}\b(?:uns|redaktion|kommentar\w*)\b"
    r"|\b(?:melde\s+dich|meldet\s+euch|melden\s+sie(?:\s+sich)?)\b.{0,80}\b(?:uns|redaktion"
    r"|reporter\w*)\b|\bhinweise\s+zu[mr]?\s+(?:thema|themengebiet|recherche)\b"
    r"|\bvertraulich\b.{0,60}\b(?:signal|threema|briefkasten|securedrop)\b"
    r"|\bfreuen\s+uns\s+über\s+(?:ihr|dein|euer)\s+feedback\b",
    re.IGNORECASE,
)

#: A lead-in to a teaser of another article: "Lesen Sie hier: …", "Mehr zum Thema: …".
RELATED_LEAD = re.compile(
    r"^(?:lesen\s+sie\s+(?:auch|hier|mehr|dazu|weiter)|mehr\s+zum\s+thema|auch\s+interessant"
    r"|passend\s+dazu|zum\s+thema|siehe\s+auch|das\s+könnte\s+sie\s+(?:auch\s+)?interessieren"
    r"|empfehlungen?\s+der\s+redaktion)\s*:",
    re.IGNORECASE,
)

#: Staff credits at the end of a feature: "Redaktion: A, B", "Faktencheck: C", "Grafik: D".
STAFF_CREDIT = re.compile(
    r"^(?:redaktion|schlussredaktion|faktencheck|mitarbeit|recherche|texte?|grafik(?:en)?"
    r"|illustration(?:en)?|gestaltung|design|layout|übersetzung|produktion|datenanalyse|daten"
    r"|kamera|schnitt|lektorat|koordination|bildredaktion|programmierung|visualisierung"
    r"|korrektorat|social\s+media)(?:\s*(?:und|&|,|/)\s*\w+)*\s*:\s*[A-ZÄÖÜ]",
    re.IGNORECASE,
)

#: Agency material without naming the agency: "Mit Agenturmaterial.", "(Agenturmaterial)".
AGENCY_MATERIAL = re.compile(
    r"^\(?mit\s+(?:agentur|nachrichtenagentur)material\.?\)?\.?$|^\(?agenturmaterial\)?\.?$",
    re.IGNORECASE,
)

#: The rest of an expert box whose name stands above it: "... ist Senior Fellow bei …".
BIO_CONTINUATION = re.compile(r"^(?:\.\.\.|…)\s*(?:ist|war|arbeitet|lehrt|forscht|leitet)\b")

#: A reference to a source website: "nytimes.com: …", "foxnews.com: Title (Englisch)",
#: "Quelle: ntv.de".
_TLD = r"\.(?:com|de|org|net|at|ch|eu|uk|fr|gov|tv)"
SOURCE_REF = re.compile(
    rf"^[\w-]+(?:\.[\w-]+)*{_TLD}\s*:|^quellen?\s*:\s*[\w-]+(?:\.[\w-]+)*{_TLD}\.?$",
    re.IGNORECASE,
)

#: Characters typical of code, not of prose.
CODE_CHARS = set("{}[]();=<>|\\$_`")
#: Of those, the ones prose hardly uses.
CODE_ONLY_CHARS = set("{}[]=<>\\$`")
#: A sentence boundary of prose: a lower-case word, its full stop (or ! ?), a capitalised word.
PROSE_SENTENCE_END = re.compile(r"[a-zäöüß]{2}[.!?]\s+[A-ZÄÖÜ]")

# --- titles ---------------------------------------------------------------------------------

#: Separators between a headline and the site name in ``<title>`` and ``og:title``.
TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—·•»›:]|-{1,2})\s+")

#: Site-suffix parts: site names, sections, dates (matched against each trailing part).
SITE_PART = re.compile(
    r"^(?:[\w.-]+\.(?:de|at|ch|com|net|org|eu|info)|[A-ZÄÖÜ0-9][\w.&-]*(?:\s+[A-ZÄÖÜ0-9&][\w.&-]*)"
    r"{0,3}|\d{1,2}\.\d{1,2}\.\d{2,4}|[a-zäöü][\w.-]*\s+(?:online|aktuell|news)|[A-Za-z0-9.-]+)$"
)

#: A date (and time) as title suffix: "30.01.2024", "06.11.2023, 11.41 Uhr".
DATE_PART = re.compile(r"\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}(?:,?\s*\d{1,2}[.:]\d{2}(?:\s*Uhr)?)?")
#: A block that is a date (and time) alone: the page's timestamp above the headline.
DATE_ONLY = re.compile(r"\s*" + DATE_PART.pattern + r"\s*")

#: Outlet rules as dated, declarative data: which title source the outlet's pages put the
#: headline in when og:title holds a social-media variant. (2026-11: t-online.de and nzz.ch
#: give a rewritten og:title; their JSON-LD ``headline`` is the page headline.)
TITLE_SOURCE_BY_DOMAIN: dict[str, str] = {
    "t-online.de": "jsonld",
    "nzz.ch": "jsonld",
}

# --- text-file structure --------------------------------------------------------------------

#: An opening dateline with agency: "Berlin (dpa) - ", "Washington (AFP/dpa) – ".
OPENING_DATELINE = re.compile(r"^[A-ZÄÖÜ][\w./ -]{1,40}\s\(([^()]{2,30})\)\s*[-–—:]\s")
#: The Swiss and Austrian form with a slash: "Zürich/SDA - …", "Wien/APA – …".
OPENING_SLASH_DATELINE = re.compile(
    r"^[A-ZÄÖÜ][\w.-]{1,30}(?:/[A-ZÄÖÜ][\w.-]{1,30})*/(\w[\w-]{1,14})\s+[-–—]\s"
)

#: A place dateline before the teaser: "Neuss · Was kann …".
PLACE_DOT = re.compile(r"^[A-ZÄÖÜ][\w./-]*(?:\s[A-ZÄÖÜ][\w./-]*){0,3}\s+·\s+")

#: ``prune.mark_article_body``: the parent of most paragraph text is the article container
#: when it holds at least this share of all paragraph text and this many characters.
BODY_SHARE = 0.5
BODY_MIN_CHARS = 1000

#: A block of at most this many words made of this share of link text is a teaser of another
#: page ("related articles", "Mehr zum Thema", newsblog links), not article text.
LINK_BLOCK_MAX_WORDS = 25
LINK_BLOCK_SHARE = 0.75

#: Teaser (standfirst) elements by their class, id, itemprop or data-* attribute values.
TEASER_ATTR = re.compile(
    r"(?:^|[\s_-])(?:intro|teaser(?:text)?|lead|lede|standfirst|summary|abstract|excerpt"
    r"|article-?lead|article-?intro|description)(?:$|[\s_-])",
    re.IGNORECASE,
)
TEASER_MIN_WORDS = 10

#: A headline line: short, no final full stop (question or exclamation mark allowed).
HEADLINE_MAX_WORDS = 22
TEASER_MAX_WORDS = 80

# --- page widgets (pruned from the tree before extraction, ``prune.py``) --------------------

#: Pull quotes: a short blockquote with its own attribution (caption, footer, cite), in or
#: beside it. Quoted embeds of social networks carry their own markup and are left to trafilatura.
PULL_QUOTE_XPATH = etree.XPath(
    "//blockquote[string-length(normalize-space(.)) < 160]"
    "[.//footer or .//cite or .//figcaption or parent::figure/figcaption"
    " or following-sibling::*[1][self::figure or self::figcaption or self::footer or .//figure]]"
    "[not(contains(@class, 'twitter') or contains(@class, 'instagram'))]"
)

#: The attribution caption of a (long) quote box: ``<figure><blockquote/><figcaption/>``.
QUOTE_CAPTION_XPATH = etree.XPath("//figure[blockquote]/figcaption")

#: Image and video captions (with their credits): ``<figure><img/><figcaption/>``.
IMAGE_CAPTION_XPATH = etree.XPath(
    "//figure[.//img or .//picture or .//video][not(.//blockquote)]//figcaption"
)

#: A byline at the end of a teaser: "… wieder lebendig. Von Eva Kirchner-Rätsch".
TEASER_BYLINE = re.compile(r"^(.*[.!?“\"])\s+((?:[Vv]on)\s+[A-ZÄÖÜ][^.!?]{2,80})$")

#: Polls and votes inside the article: "Welches dieser Mittel ist dein Favorit?" + buttons.
POLL_XPATH = etree.XPath(
    "//*[@type='poll' or @data-type='poll'"
    " or re:test(@class, '(?:^|[\\s_-])(?:poll|umfrage|voting)(?:$|[\\s_-])', 'i')]",
    namespaces={"re": "http://exslt.org/regular-expressions"},
)

#: The attribute values ``POLL_XPATH`` tests. Its regex test calls Python for every element, so
#: ``prune.poll_widgets`` runs it only where one of these values holds a stem of its words
#: (lower-cased; "vot" as the case-blind regex also takes "ı" and "İ" for the "i" of "voting").
POLL_ATTRIBUTES = etree.XPath("//@class | //@type | //@data-type", smart_strings=False)
POLL_STEMS = ("poll", "umfrage", "vot")

#: Anchors that link nowhere (``<a name="…">``, jump targets): trafilatura counts their text as
#: link text, so a paragraph wrapped in one fails its link-density test and is dropped.
TARGET_ANCHOR_XPATH = etree.XPath("//a[not(@href)]")
