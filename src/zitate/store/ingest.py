"""Storage stage, batch ingest: ``Article``s -> database rows, one transaction per article.

Input: ``Article``s from ``zitate.ingest.iter_articles`` and a function that analyses one article
into an ``Analysis`` (the record of ``shared/OUTPUT.md`` and whether the models ran on it).
Output: rows in the database and an ``IngestStats`` tally.

An article is looked up by id before it is analysed: stored with the same model version, it is
skipped without running the models (``unchanged``), so ingesting the same input twice changes
nothing, and an ingest killed half-way resumes where it stopped — a killed transaction leaves no
rows. A stored article from another model version is skipped too (``outdated``) unless
``reprocess`` is set; then its analysis is replaced. An ``--only-article`` row is analysed when a
later ingest runs the models.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from ..errors import Errors, ZitateError
from ..ingest.article import Article as ArticleIn
from . import crud
from .db import session_factory
from .models import Article

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
    """Counts of one ingest run; ``quotations`` counts the quotations written in this run."""

    new: int = 0
    unchanged: int = 0
    duplicate: int = 0
    reprocessed: int = 0
    outdated: int = 0
    failed: int = 0
    quotations: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def articles(self) -> int:
        return self.new + self.unchanged + self.duplicate + self.reprocessed + self.outdated

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    def count(self, outcome: Outcome) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def summary(self) -> str:
        """One line: ``24 articles: 24 new, 0 unchanged, …; 310 quotations; 12.3 s``."""
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
        return (
            f"{self.articles} articles: {', '.join(parts)}; "
            f"{self.quotations} quotations; {self.seconds:.1f} s"
        )


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
    """Writes articles into one database; ``ingest`` handles one article in its own transaction.

    ``analyse`` is false for ``--only-article`` (records then carry no analysis);
    ``model_version`` is the version the analyser's records carry (``record.model_version()``:
    package version + fingerprint of the committed models)."""

    def __init__(
        self,
        engine: Engine,
        *,
        analyse: bool = True,
        reprocess: bool = False,
        model_version: str | None = None,
    ) -> None:
        from ..record import model_version as current_model_version

        self.sessions = session_factory(engine)
        self.analyse, self.reprocess = analyse, reprocess
        self.model_version = model_version or current_model_version()
        self.stats = IngestStats()

    def ingest(self, article: ArticleIn, analyser: Callable[[ArticleIn], Analysis]) -> Outcome:
        """Store ``article`` unless it is stored already; return what happened.

        Raises ``ZitateError`` (the analyser's, or E302 for a database error); nothing of the
        article is written then."""
        article_id = article.id
        with self.sessions() as session:
            action = self._plan(session.get(Article, article_id))
        if action in ("skip", "outdated"):
            return self._done("unchanged" if action == "skip" else "outdated")
        analysis = analyser(article)
        try:
            with self.sessions.begin() as session:
                stored = session.get(Article, article_id)
                action = self._plan(stored)  # again: another process may have stored it
                if action in ("skip", "outdated"):
                    return self._done("unchanged" if action == "skip" else "outdated")
                self._write(session, stored, analysis)
        except IntegrityError:
            return self._done("unchanged")  # a parallel ingest stored the same article first
        except SQLAlchemyError as err:
            detail = str(getattr(err, "orig", None) or err).strip().splitlines()[0]
            raise ZitateError(Errors.E302, input=article.input, detail=detail) from None
        self.stats.quotations += len(analysis.record["quotes"])
        if stored is not None:
            return self._done("reprocessed")
        return self._done("duplicate" if article.duplicate_of else "new")

    def fail(self) -> None:
        """Count an input that yielded no article (a ``ZitateError`` from ingest or analysis)."""
        self.stats.failed += 1

    def _plan(self, stored: Article | None) -> Action:
        return plan(stored, self.model_version, self.analyse, self.reprocess)

    def _write(self, session, stored: Article | None, analysis: Analysis) -> None:
        if stored is None:
            crud.add_record(
                session,
                analysis.record,
                analysed=analysis.analysed,
                skip_reason=analysis.skip_reason,
            )
        else:
            crud.replace_analysis(
                session,
                stored,
                analysis.record,
                analysed=analysis.analysed,
                skip_reason=analysis.skip_reason,
            )

    def _done(self, outcome: Outcome) -> Outcome:
        self.stats.count(outcome)
        return outcome
