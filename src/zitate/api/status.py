"""API stage, errors: the HTTP status of each ``ZitateError`` code (400 unless named here).

Read by the API's error handler (``zitate.api.main``) and by the web pages
(``zitate.web.routes``), so that a page and the API answer one input with the same status.
"""

from __future__ import annotations

STATUS_OF = {
    "E007": 413,
    "E013": 422,
    "E110": 422,
    "E010": 503,
    "E204": 503,
    "E205": 503,
    "E206": 503,
    "E300": 503,
    "E301": 503,
    "E302": 503,
    "E420": 503,  # the analysis queue is full (Retry-After)
    "E421": 503,  # the analysis ran over its time budget
    "E422": 503,
}
