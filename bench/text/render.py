#!/usr/bin/env python3
"""Render every page of a WCXB-layout dataset to naive full-page text.

Each page becomes OUT/<id>.txt: the text of the whole page with every block
kept, one block per line, as a scraper that dumps `innerText` gives it. The
renderer is html-text (`html_text.extract_text(html, guess_layout=True)`), the
one named in shared/eval/README.md. Pages are decoded as UTF-8, else with the
charset their <meta> declares, else as Windows-1252. A page the renderer
fails on is written empty (and counted).

Usage: render.py --dataset DIR --out OUT [--limit N]
"""
import argparse
import gzip
import re
import sys
from pathlib import Path

import html_text

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def decode(raw):
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = META_CHARSET.search(raw[:4096])
    if m:
        try:
            return raw.decode(m.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return raw.decode("cp1252", errors="replace")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dataset", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    src = Path(args.dataset) / "html"
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in src.iterdir() if p.name.endswith((".html.gz", ".html")))
    if args.limit:
        files = files[: args.limit]
    failed = 0
    for f in files:
        page_id = f.name.split(".html")[0]
        raw = f.read_bytes()
        if f.name.endswith(".gz"):
            raw = gzip.decompress(raw)
        try:
            text = html_text.extract_text(decode(raw), guess_layout=True)
        except Exception:  # the renderer's failure is the page's empty dump
            text = ""
            failed += 1
        (out / f"{page_id}.txt").write_text(text, encoding="utf-8")
    print(f"rendered {len(files)} pages to {out} ({failed} failed)", file=sys.stderr)


if __name__ == "__main__":
    main()
