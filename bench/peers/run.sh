#!/usr/bin/env bash
# Side-by-side comparison of unboil with peer extractors on WCXB dev.
# Not part of CI. Usage: bench/peers/run.sh [--limit N] [--systems NAME...]
# Env: DATASET (default ../shared/eval/wcxb-dev beside the repo), VENV.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DATASET=${DATASET:-$ROOT/../shared/eval/wcxb-dev}
VENV=${VENV:-$HERE/.venv}
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q -U pip
fi
"$VENV/bin/pip" install -q -r "$HERE/requirements.txt"
(cd "$ROOT" && cargo build --release -q)
exec "$VENV/bin/python" "$HERE/compare.py" --dataset "$DATASET" \
    --unboil "$ROOT/target/release/unboil" --out "$HERE/out" "$@"
