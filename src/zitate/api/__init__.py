"""HTTP API of zitate (FastAPI): the stored articles, quotations and speakers, and extraction.

``create_app()`` in ``main.py`` builds the application; ``zitate serve`` runs it with uvicorn.
"""
