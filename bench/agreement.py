#!/usr/bin/env python3
"""Check that `unboil eval` gives the same figures as the reference scorer.

Runs `unboil eval DATASET --json --predictions`, scores the written predictions
with shared/eval/score.py (both metrics, as a subprocess, the way a user would),
and compares overall P/R/F1 (and every per-page score) with unboil's own.
Exit status 1 on any difference above 0.0005 (3 decimals).

Usage: python3 bench/agreement.py [DATASET] [--unboil PATH] [--score PATH]
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dataset", nargs="?", default=str(ROOT.parent / "shared/eval/wcxb-dev"))
    ap.add_argument("--unboil", default=str(ROOT / "target/release/unboil"))
    ap.add_argument("--score", default=None, help="score.py [default: DATASET/../score.py]")
    args = ap.parse_args()
    dataset = Path(args.dataset).resolve()
    score_py = Path(args.score) if args.score else dataset.parent / "score.py"
    tmp = Path(tempfile.mkdtemp(prefix="unboil-agreement-"))
    report_path, pred_path = tmp / "report.json", tmp / "pred.json"
    subprocess.run([args.unboil, "eval", str(dataset), "--json", str(report_path),
                    "--predictions", str(pred_path)], check=False, stdout=subprocess.DEVNULL)
    report = json.loads(report_path.read_text(encoding="utf-8"))
    ours_pages = {p["id"]: p for p in report["pages"]}
    bad = 0
    print(f"{'metric':<12} {'':>8} {'P':>8} {'R':>8} {'F1':>8}")
    for metric, key in (("wcxb", "wcxb"), ("scrapinghub", "scrapinghub")):
        out = tmp / f"score-{metric}.json"
        subprocess.run([sys.executable, str(score_py), "--metric", metric,
                        str(dataset / "ground-truth"), str(pred_path), "--n-bootstrap", "0",
                        "--json", str(out)], check=True, stdout=subprocess.DEVNULL)
        ref = next(iter(json.loads(out.read_text(encoding="utf-8")).values()))
        ours = report["groups"][0][key]
        cells = [ref["summary"][m] for m in ("precision", "recall", "f1")]
        mine = [ours[m] for m in ("precision", "recall", "f1")]
        print(f"{metric:<12} {'score.py':>8} " + " ".join(f"{x:8.4f}" for x in cells))
        print(f"{'':<12} {'unboil':>8} " + " ".join(f"{x:8.4f}" for x in mine))
        bad += sum(1 for a, b in zip(cells, mine) if abs(a - b) > 5e-4)
        per_page = sum(1 for row in ref["per_doc"] for m in ("precision", "recall", "f1")
                       if abs(row[m] - ours_pages[row["id"]][key][m]) > 1e-9)
        print(f"{'':<12} per-page scores differing: {per_page} of {3 * len(ref['per_doc'])}")
        bad += per_page
    print("AGREE" if bad == 0 else "DISAGREE")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
