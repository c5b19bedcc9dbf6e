#!/usr/bin/env bash
# README command (1): set up, ingest the bundled sample articles (German Wikinews, CC BY 2.5) into
# the SQLite file zitate.db, then serve the web pages and the API on http://127.0.0.1:8000.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/zitate ingest samples/ --db sqlite:///zitate.db
echo "zitate: open http://127.0.0.1:8000 (Ctrl-C stops the server)"
exec .venv/bin/zitate serve --db sqlite:///zitate.db --host 127.0.0.1 --port 8000
