"""Error codes and messages of zitate, kept in one place.

Every error a user can see carries a stable ``code`` (used in JSONL error records and API
responses) and a message that names the input and the reason.
"""

from __future__ import annotations

from enum import StrEnum


class Errors(StrEnum):
    """Message templates, formatted with ``str.format`` keyword arguments."""

    E001 = "file not found"
    E002 = "is a directory without supported files"
    E003 = "empty input"
    E004 = "binary file, not text (NUL bytes or undecodable content)"
    E005 = "not valid {encoding} text ({detail}); convert it or pass --encoding"
    E006 = "cannot read: {detail}"
    E007 = "input too large: {size} bytes exceed the limit of {limit} bytes"
    E010 = "model directory {path} not found; run `zitate train base` or reinstall zitate"
    E011 = "training data not found at {path}; pass --data pointing at shared/data"
    E012 = "the analysed Doc does not match article.text ({detail})"
    E013 = "cannot analyse the article: {detail}"
    E020 = "unsupported option value {value!r} for {option}"
    E101 = "not a readable HTML page ({detail})"
    E102 = "no article text found on the page"
    E103 = "corrupt or truncated gzip data ({detail})"
    E104 = "broken WARC record at offset {offset} ({detail})"
    E105 = "line {line}: {detail}"
    E106 = "refused to fetch {host}: private, loopback or link-local address (pass --allow-private)"
    E107 = "fetch failed: {detail}"
    E108 = "unsupported file type {suffix!r}"
    E109 = "no article records in the archive"
    E110 = "cannot extract the article: {detail}"
    E111 = "no article text found in the {what} ({detail})"
    # E200–E299: quotation attribution (zitate.quotes, zitate.bench.quotes)
    E200 = "quotation benchmark not found at {path}; pass --data pointing at shared/data"
    E201 = "malformed quotation document: {detail}"
    E202 = "prediction folder {path} not found"
    E203 = "unknown quotation predictor {name!r}; known: {known}"
    E204 = "cue lexicon {path} not found or unreadable; run `python -m zitate.quotes.lexicon`"
    E205 = "attribution models {path} not found or unreadable; run `zitate train quotes`"
    E206 = "no usable base pipeline for quotation attribution: {detail}"
    E207 = "no speaker gold for split {split!r} at {path}; see gold/speakers/README.md"
    E208 = "malformed speaker gold {path}: {detail}"
    # E300–E399: storage (zitate.store, zitate ingest)
    E300 = "cannot open database {url}: {detail}"
    E301 = "cannot migrate the database schema: {detail}"
    E302 = "cannot store the article: {detail}"
    E303 = "unsupported database URL {url!r}; use sqlite:///PATH or postgresql://USER@HOST/DB"
    # E310–E319: search and export (zitate.store.search, zitate quotes|export, bench search)
    E310 = "cannot search for {query!r}: {reason}"
    E311 = "cannot write {path}: {detail}"
    E312 = "the benchmark database {url} holds {found}, not {wanted} quotations; pass a new --db"
    # E320–E329: cross-article entities (zitate.store.entities, zitate entities …)
    E320 = "no canonical entity with id {id}; see `zitate entities list`"
    E321 = "cannot merge: {detail}"
    E322 = "cannot split entity {id}: {detail}"
    E323 = "cannot rename entity {id}: {detail}"
    # E330–E339: disputes (zitate.disputes, zitate.store.disputes, zitate disputes, bench disputes)
    E330 = "no dispute gold for split {split!r} at {path}; see gold/disputes/README.md"
    E331 = "malformed dispute gold {path}: {detail}"
    E332 = "unknown relation type {value!r}; use denies, contradicts or confirms"
    E324 = "cannot set the profile of entity {id}: {detail}"
    E325 = "cannot compute statistics: {detail}"
    # E400–E499: HTTP API (zitate.api)
    E400 = "bad request: {detail}"
    E401 = "missing API token; send the header Authorization: Bearer TOKEN"
    E402 = "wrong API token"
    E403 = "ingest is disabled: the server has no API token configured (ZITATE_API_TOKEN)"
    E404 = "{what} {id!r} not found"
    E405 = "unsupported content type {ctype!r}; send text/plain, text/html or application/json"
    E406 = "request body too large: more than {limit} bytes"
    E407 = "invalid request: {detail}"
    E408 = "HTTP {status}: {detail}"
    E420 = "the analysis queue ({lane} texts) is full; try again in a few seconds"
    E421 = "the analysis took longer than its time budget of {budget:g} s; send a shorter text"
    E422 = "the analysis process failed ({detail}); try again"
    E499 = "internal server error"
    # E500–E509: Spark job and bulk load (zitate.spark, zitate.store.load)
    E500 = "failed while {stage}: {detail}"
    E501 = "pyspark is not installed ({detail}); pip install 'zitate[spark]' (needs Java 17+)"
    E502 = "{path} is not a `zitate spark run` output: no articles/ Parquet dataset"
    E503 = "the Spark job failed: {detail}"


class ZitateError(Exception):
    """An error with a stable code, raised for bad input and bad configuration."""

    def __init__(self, code: Errors, input: str | None = None, **fields: object) -> None:
        self.code = code.name
        self.input = input
        self.reason = code.value.format(**fields)
        super().__init__(_message(input, self.reason))

    def __reduce__(self):
        """Pickled as its code, input and reason (an error crosses from an ingest worker
        process to the one that stores the articles)."""
        return _restore, (self.code, self.input, self.reason)

    def to_record(self) -> dict:
        """The error record of ``shared/OUTPUT.md``: ``{"input", "error": {"code", "message"}}``."""
        return {"input": self.input, "error": {"code": self.code, "message": self.reason}}


def unexpected(code: Errors, input: str | None, err: BaseException) -> ZitateError:
    """An unexpected exception while handling one input, as that input's error (``code`` E013,
    E110 or E302, whose template has a ``detail``): the exception's type and the first line of
    its message, at most 200 characters."""
    lines = str(err).strip().splitlines()
    detail = f"{type(err).__name__}: {lines[0]}" if lines else type(err).__name__
    return ZitateError(code, input, detail=detail[:200])


def _restore(code: str, input: str | None, reason: str) -> ZitateError:
    """A ``ZitateError`` rebuilt from its pickled fields."""
    err = ZitateError.__new__(ZitateError)
    err.code, err.input, err.reason = code, input, reason
    Exception.__init__(err, _message(input, reason))
    return err


def _message(input: str | None, reason: str) -> str:
    return f"{input}: {reason}" if input else reason
