#!/usr/bin/env bash
# README command (1): set up, then analyse the bundled sample articles (German Wikinews, CC BY 2.5).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/zitate extract samples/*.txt --format pretty
