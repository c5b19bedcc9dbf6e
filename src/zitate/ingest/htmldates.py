"""Ingest stage, web pages: htmldate's last-resort date parser bounded to the languages of the
pages zitate reads.

Input: nothing (``bound_date_parser()`` is called once, when ``ingest.html`` is imported).
Output: htmldate (and trafilatura, which calls it) parse a date expression they cannot read
by their own rules with dateparser for German and English only, instead of all of its 200
locales. With all locales, the first such expression in a process (an odd ``<time>`` text,
``2020-0‭1-14``) compiled every locale's regexes: 6–8 s on this machine, more than 10 s under
load, for one page — in a batch, in the API, in the fuzz harness. German news dates are German
or English (month names, „vor 3 Stunden“); the dates found on the 40 pages of
``shared/data/html`` are the same either way.
"""

from __future__ import annotations

from functools import lru_cache

LANGUAGES = ["de", "en"]


#: htmldate's settings of its parser (``htmldate.extractors.get_external_parser``, 1.11)
SETTINGS = {
    "NORMALIZE": True,
    "PARSERS": ["custom-formats", "absolute-time"],
    "PREFER_DATES_FROM": "past",
    "PREFER_LOCALE_DATE_ORDER": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
}


@lru_cache(maxsize=1)
def date_parser():
    """dateparser's ``DateDataParser`` with htmldate's settings, for ``LANGUAGES``."""
    from dateparser import DateDataParser

    return DateDataParser(languages=LANGUAGES, settings=SETTINGS)


def bound_date_parser() -> None:
    """Make htmldate's external parser ``date_parser()`` (its name is looked up per call)."""
    import htmldate.extractors

    htmldate.extractors.get_external_parser = date_parser
