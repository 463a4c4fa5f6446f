#!/usr/bin/env bash
# Text mode on full-page text renderings of WCXB dev, next to keep-everything
# and jusText on the same lines, and metadata next to HTML mode (one table).
# Not part of CI. Usage: bench/text/run.sh [--rerender]
# Env: DATASET (default ../shared/eval/wcxb-dev beside the repo), VENV
# (default bench/text/.venv), OUT (default bench/text/out: renderings and reports),
# PROFILE (cargo build profile, default release; `fast` for tuning runs).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DATASET=${DATASET:-$ROOT/../shared/eval/wcxb-dev}
VENV=${VENV:-$HERE/.venv}
OUT=${OUT:-$HERE/out}
PROFILE=${PROFILE:-release}
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q -U pip
fi
"$VENV/bin/pip" install -q -r "$HERE/requirements.txt"
mkdir -p "$OUT"
if [ "${1:-}" = "--rerender" ] || [ ! -d "$OUT/txt" ]; then
    rm -rf "$OUT/txt"
    "$VENV/bin/python" "$HERE/render.py" --dataset "$DATASET" --out "$OUT/txt"
fi
(cd "$ROOT" && cargo build --profile "$PROFILE" -q)
BIN="$ROOT/target/$PROFILE/unboil"
"$BIN" eval "$DATASET" --json "$OUT/html.json" > "$OUT/html.txt"
"$BIN" eval "$DATASET" --input text --inputs "$OUT/txt" --json "$OUT/text.json" \
    --predictions "$OUT/text-predictions.json" > "$OUT/text.txt"
exec "$VENV/bin/python" "$HERE/compare.py" --dataset "$DATASET" --renderings "$OUT/txt" \
    --text-report "$OUT/text.json" --text-predictions "$OUT/text-predictions.json" \
    --html-report "$OUT/html.json" --out "$OUT"
