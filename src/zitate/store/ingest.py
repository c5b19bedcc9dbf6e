"""Storage stage, batch ingest: ``Article``s -> database rows, one transaction per article.

Input: ``Article``s from ``zitate.ingest.iter_articles`` and a function that analyses one article
into an ``Analysis`` (the record of ``shared/OUTPUT.md`` and whether the models ran on it), or a
list of articles into a list of analyses (``ingest_batch``: one ``nlp.pipe`` for the batch, then
one transaction per article). Output: rows in the database and an ``IngestStats`` tally.

Before it is analysed, a new article is also checked against the stored originals (their MinHash
signatures and LSH band keys, ``signatures``): a near-duplicate of an earlier article is stored
with ``duplicate_of`` set and not analysed; an original's signature is stored with it.

An article is looked up by id before it is analysed: stored with the same model version, it is
skipped without running the models (``unchanged``), so ingesting the same input twice changes
nothing, and an ingest killed half-way resumes where it stopped — a killed transaction leaves no
rows. A stored article from another model version is skipped too (``outdated``) unless
``reprocess`` is set; then its analysis is replaced. An ``--only-article`` row is analysed when a
later ingest runs the models. The article's document entities are linked to cross-article
entities (``zitate.store.linking``) in the same transaction; then its open denials are matched
to claims of other stored articles, and theirs to its claims (``zitate.store.disputes``). The
transaction takes the near-duplicate lock, then the linker's lock, before its first write.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from ..errors import Errors, ZitateError, unexpected
from ..ingest import dedup
from ..ingest.article import Article as ArticleIn
from . import crud, disputes, linking, profiles, signatures
from .db import session_factory
from .models import Article

log = logging.getLogger(__name__)
DUPLICATE_THRESHOLD = 0.8  # as ``IngestSettings.duplicate_threshold``
Outcome = Literal["new", "duplicate", "unchanged", "outdated", "reprocessed"]
Action = Literal["insert", "replace", "skip", "outdated"]


@dataclass
class Analysis:
    """What the analyser made of one article: its record, and why the models did not run."""

    record: dict
    analysed: bool
    skip_reason: str | None = None


@dataclass
class IngestStats:
    """Counts of one ingest run; ``quotations`` counts the quotations written in this run,
    ``load_seconds`` the start-up time: loading the models (spaCy pipeline, language identifier)
    and importing the extraction libraries, left out of the article rate."""

    new: int = 0
    unchanged: int = 0
    duplicate: int = 0
    reprocessed: int = 0
    outdated: int = 0
    failed: int = 0
    quotations: int = 0
    load_seconds: float = 0.0
    started: float = field(default_factory=time.monotonic)

    @property
    def articles(self) -> int:
        return self.new + self.unchanged + self.duplicate + self.reprocessed + self.outdated

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        """Articles per second of processing: extraction, analysis, storage; not start-up."""
        return self.articles / max(self.seconds - self.load_seconds, 1e-9)

    def count(self, outcome: Outcome) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def summary(self) -> str:
        """One line: ``24 articles: 24 new, 0 unchanged, …; 310 quotations; 3.3 s, 9.1
        articles/s after 0.7 s start-up (models, libraries)``."""
        parts = [
            f"{self.new} new",
            f"{self.unchanged} unchanged",
            f"{self.duplicate} duplicate",
            f"{self.failed} failed",
        ]
        if self.reprocessed:
            parts.insert(2, f"{self.reprocessed} reprocessed")
        if self.outdated:
            parts.append(f"{self.outdated} from another model version (pass --reprocess)")
        timing = f"{self.seconds:.1f} s, {self.rate:.1f} articles/s"
        if self.load_seconds:
            timing += f" after {self.load_seconds:.1f} s start-up (models, libraries)"
        counts = f"{self.articles} articles: {', '.join(parts)}"
        return f"{counts}; {self.quotations} quotations; {timing}"


@dataclass
class PendingBatch:
    """A checked batch (``Ingestor.begin_batch``): its items, and for each the outcome of an
    article that needs no analysis, ``None`` for one to analyse, or its input's error."""

    articles: list[ArticleIn | ZitateError]
    checked: list[Outcome | ZitateError | None]

    @property
    def todo(self) -> list[ArticleIn]:
        """The articles to analyse, in order."""
        return [a for a, done in zip(self.articles, self.checked, strict=True) if done is None]


def plan(stored: Article | None, model_version: str, analyse: bool, reprocess: bool) -> Action:
    """What to do with an article given its stored row (``None``: not stored yet)."""
    if stored is None:
        return "insert"
    if stored.model_version != model_version:
        return "replace" if reprocess else "outdated"
    if analyse and not stored.analysed and stored.skip_reason is None:
        return "replace"  # stored by --only-article; now the models run
    return "skip"


class Ingestor:
    """Writes articles into one database; ``ingest`` handles one article in its own transaction,
    ``ingest_batch`` several, analysed together and stored one transaction each.

    ``analyse`` is false for ``--only-article`` (records then carry no analysis);
    ``model_version`` is the version the analyser's records carry (``record.model_version()``:
    package version + fingerprint of the committed models); ``duplicate_threshold`` is the
    estimated Jaccard similarity from which a new article is a near-duplicate of a stored original
    (None: no check across runs)."""

    def __init__(
        self,
        engine: Engine,
        *,
        analyse: bool = True,
        reprocess: bool = False,
        model_version: str | None = None,
        duplicate_threshold: float | None = DUPLICATE_THRESHOLD,
    ) -> None:
        from ..record import model_version as current_model_version

        self.sessions = session_factory(engine)
        self.analyse, self.reprocess = analyse, reprocess
        self.model_version = model_version or current_model_version()
        self.duplicate_threshold = duplicate_threshold
        self._originals: dict[str, str] = {}  # duplicate id -> original id, this run
        self.stats = IngestStats()

    def ingest(self, article: ArticleIn, analyser: Callable[[ArticleIn], Analysis]) -> Outcome:
        """Store ``article`` unless it is stored already; return what happened.

        Raises ``ZitateError`` (the analyser's, or E302 for a database error); nothing of the
        article is written then."""
        outcome = self._check(article)
        return outcome if outcome is not None else self._store(article, analyser(article))

    def ingest_batch(
        self,
        articles: Sequence[ArticleIn | ZitateError],
        analyser: Callable[[list[ArticleIn]], list[Analysis | ZitateError]],
    ) -> list[Outcome | ZitateError]:
        """``ingest`` for several articles: those that need it are analysed in one call (the
        ``analyser`` maps a list to a list, e.g. through ``nlp.pipe``), then each is stored in
        its own transaction. An article's ``ZitateError`` takes its place in the result; an
        input that failed before (``iter_articles`` yields its error) is passed through."""
        pending = self.begin_batch(articles)
        return self.finish_batch(pending, analyser(pending.todo) if pending.todo else [])

    def begin_batch(self, articles: Sequence[ArticleIn | ZitateError]) -> PendingBatch:
        """The first half of ``ingest_batch``: check each article against the stored ones; the
        articles left to analyse are ``todo`` of the result. The analysis may then run
        elsewhere (``zitate ingest --workers``) while the next batch is checked."""
        checked = [a if isinstance(a, ZitateError) else self._try_check(a) for a in articles]
        return PendingBatch(list(articles), checked)

    def _try_check(self, article: ArticleIn) -> Outcome | ZitateError | None:
        """``_check``, an unexpected error (a database gone away) as the article's E302."""
        try:
            return self._check(article)
        except SQLAlchemyError as err:
            return ZitateError(Errors.E302, input=article.input, detail=_first_line(err))
        except Exception as err:  # noqa: BLE001 - the article's error; the batch goes on
            log.warning("checking %s failed", article.input, exc_info=True)
            return unexpected(Errors.E302, article.input, err)

    def finish_batch(
        self, pending: PendingBatch, analyses: Sequence[Analysis | ZitateError]
    ) -> list[Outcome | ZitateError]:
        """The second half of ``ingest_batch``: store each analysed article of ``pending`` (the
        analyses in the order of ``pending.todo``) in its own transaction."""
        found = iter(analyses)
        return [
            outcome or self._try_store(article, next(found))
            for article, outcome in zip(pending.articles, pending.checked, strict=True)
        ]

    def _try_store(self, article: ArticleIn, analysis: Analysis | ZitateError):
        if isinstance(analysis, ZitateError):
            return analysis
        try:
            return self._store(article, analysis)
        except ZitateError as err:
            return err
        except Exception as err:  # noqa: BLE001 - the article's error; the batch goes on
            log.warning("storing %s failed", article.input, exc_info=True)
            return unexpected(Errors.E302, article.input, err)

    def _check(self, article: ArticleIn) -> Outcome | None:
        """The outcome of an article that needs no analysis (stored already), else None; sets
        ``article.duplicate_of`` from the stored row or the stored originals."""
        with self.sessions() as session:
            stored = session.get(Article, article.id)
            action = self._plan(stored)
            if action in ("skip", "outdated"):
                self._remember(article.id, stored.duplicate_of)
                return self._done("unchanged" if action == "skip" else "outdated")
            article.duplicate_of = self._original(session, article, stored)
        self._remember(article.id, article.duplicate_of)
        return None

    def _store(self, article: ArticleIn, analysis: Analysis) -> Outcome:
        """Write ``article`` and its analysis in one transaction; return the outcome."""
        stored = None
        try:
            with self.sessions.begin() as session:
                # both locks before the first write, in this order, as every writer takes them
                # (``linking.lock``): a write first, then the linker's lock, deadlocks on
                # PostgreSQL with a merge that holds that lock and writes
                signatures.lock(session)
                linking.lock(session)
                stored = session.get(Article, article.id)
                action = self._plan(stored)  # again: another process may have stored it
                if action in ("skip", "outdated"):
                    return self._done("unchanged" if action == "skip" else "outdated")
                analysis = self._recheck(session, article, stored, analysis)
                self._write(session, stored, analysis)
                self._sign(session, article, stored)
        except IntegrityError as err:
            with self.sessions() as session:  # a parallel ingest stored the same article first?
                if stored is None and session.get(Article, article.id) is not None:
                    return self._done("unchanged")
            raise ZitateError(Errors.E302, input=article.input, detail=_first_line(err)) from None
        except SQLAlchemyError as err:
            raise ZitateError(Errors.E302, input=article.input, detail=_first_line(err)) from None
        self.stats.quotations += len(analysis.record["quotes"])
        if stored is not None:
            return self._done("reprocessed")
        return self._done("duplicate" if article.duplicate_of else "new")

    def _recheck(
        self, session, article: ArticleIn, stored: Article | None, analysis: Analysis
    ) -> Analysis:
        """``analysis``, or the record of a duplicate when an original of ``article`` was
        stored since ``_check`` (a concurrent writer; under ``signatures.lock``)."""
        if stored is not None or article.duplicate_of is not None:
            return analysis
        if self.duplicate_threshold is None or (mh := dedup.signature(article)) is None:
            return analysis
        original = signatures.find_original(session, mh, self.duplicate_threshold, article.id)
        if original is None:
            return analysis
        from ..ingest.article import skip_reason
        from ..record import build_record

        article.duplicate_of = original
        self._remember(article.id, original)
        return Analysis(build_record(article), analysed=False, skip_reason=skip_reason(article))

    def _original(self, session, article: ArticleIn, stored: Article | None) -> str | None:
        """The id of the earlier article ``article`` copies: a stored article keeps the stored
        decision; else the run's own (``iter_articles``), followed to its root, else the stored
        original with the most similar signature."""
        if stored is not None:
            return stored.duplicate_of
        if article.duplicate_of is not None:
            original, seen = article.duplicate_of, {article.id}
            while original in self._originals and original not in seen:  # stored rows may loop
                seen.add(original)
                original = self._originals[original]
            return original if original != article.id else None
        if self.duplicate_threshold is None or (mh := dedup.signature(article)) is None:
            return None
        return signatures.find_original(session, mh, self.duplicate_threshold, article.id)

    def _remember(self, article_id: str, original: str | None) -> None:
        if original is not None and original != article_id:
            self._originals[article_id] = original

    def _sign(self, session, article: ArticleIn, stored: Article | None) -> None:
        """Store the signature of an original (not of a duplicate) for later runs; also when
        this run does not check (``duplicate_threshold`` None), so that later runs can."""
        if article.duplicate_of is not None:
            return
        if stored is not None and signatures.has_signature(session, article.id):
            return
        if (mh := dedup.signature(article)) is not None:
            signatures.add(session, article.id, mh)

    def fail(self) -> None:
        """Count an input that yielded no article (a ``ZitateError`` from ingest or analysis)."""
        self.stats.failed += 1

    def _plan(self, stored: Article | None) -> Action:
        return plan(stored, self.model_version, self.analyse, self.reprocess)

    def _write(self, session, stored: Article | None, analysis: Analysis) -> None:
        previous = {}
        if stored is None:
            row = crud.add_record(
                session,
                analysis.record,
                analysed=analysis.analysed,
                skip_reason=analysis.skip_reason,
            )
        else:
            previous = linking.previous_links(session, stored.id)
            row = crud.replace_analysis(
                session,
                stored,
                analysis.record,
                analysed=analysis.analysed,
                skip_reason=analysis.skip_reason,
            )
        if analysis.record["entities"] or previous:
            session.flush()
            touched = linking.link_article(session, row.id, previous)
            profiles.update_article(session, row.id, touched)
        if analysis.analysed:
            session.flush()
            disputes.link_across(session, row.id)  # denials answered in other stored articles

    def _done(self, outcome: Outcome) -> Outcome:
        self.stats.count(outcome)
        return outcome


def _first_line(err: SQLAlchemyError) -> str:
    """The driver's message of ``err``, first line only."""
    return str(getattr(err, "orig", None) or err).strip().splitlines()[0]
