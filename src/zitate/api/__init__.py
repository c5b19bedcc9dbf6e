"""HTTP API of zitate (FastAPI): the stored articles, quotations and speakers, and extraction.

``create_api()`` in ``main.py`` builds the API; ``zitate.app.create_app()`` adds the web pages,
and ``zitate serve`` runs that with uvicorn.
"""
