"""zitate: who said what, to whom, in German news.

The package is laid out in the order data flows through it:
``ingest`` (raw input -> clean ``Article``) -> ``nlp`` (German base pipeline) -> ``quotes``
(quotation attribution, ``zitate_quotes``) -> ``resolve`` (speakers -> document entities) ->
``record`` (the public extraction record of ``shared/OUTPUT.md``), with ``train`` and ``bench``
beside it.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("zitate")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0+unknown"


def load(name: str | None = None, **kwargs):
    """Load the German base pipeline (a ``spacy.Language``); see ``zitate.nlp.pipeline.load``."""
    from .nlp.pipeline import load as _load

    return _load(name, **kwargs)


__all__ = ["__version__", "load"]
