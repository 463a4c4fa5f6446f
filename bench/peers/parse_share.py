#!/usr/bin/env python3
"""How much of each system's time is the HTML parse, on one core.

For every page (the WCXB dev pages as bench/peers/throughput.py writes them
to a scratch folder), each phase is timed on its own, in one process pinned
to the first CPU:

- resiliparse: charset detection and decoding, `HTMLTree.parse` (lexbor),
  and `extract_plain_text(main_content=True)` with the tree freed;
- trafilatura: `load_html` (decoding and lxml's parse) and `extract` of the
  parsed tree (on every `--trafilatura-step`-th page: it is slow);
- unboil: `examples/parse_cost.rs` (built by this script in release mode),
  which times unboil's parse as the extractor runs it, the same tokenizer on
  the whole page, html5ever's stock parse, and the whole extraction.

Not part of CI. Usage (after bench/peers/run.sh made the venv):

    bench/peers/.venv/bin/python bench/peers/parse_share.py
"""
import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
import throughput  # noqa: E402  (materialize: the same pages as the throughput bench)


def resiliparse_split(pages):
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding
    from resiliparse.parse.html import HTMLTree

    decode = parse = extract = 0.0
    for html in pages:
        t0 = time.perf_counter()
        text = bytes_to_str(html, detect_encoding(html))
        t1 = time.perf_counter()
        tree = HTMLTree.parse(text)
        t2 = time.perf_counter()
        extract_plain_text(tree, main_content=True)
        del tree
        t3 = time.perf_counter()
        decode, parse, extract = decode + t1 - t0, parse + t2 - t1, extract + t3 - t2
    return {"decode": decode, "parse": parse, "extract": extract}


def trafilatura_split(pages):
    import trafilatura
    from trafilatura.utils import load_html

    parse = extract = 0.0
    for html in pages:
        t0 = time.perf_counter()
        tree = load_html(html)
        t1 = time.perf_counter()
        trafilatura.extract(tree, include_comments=False, include_tables=True)
        del tree
        t2 = time.perf_counter()
        parse, extract = parse + t1 - t0, extract + t2 - t1
    return {"parse (with decoding)": parse, "extract": extract}


def show(name, count, split, parse_key):
    total = sum(split.values())
    parts = ", ".join(f"{k} {v:.3f} s" for k, v in split.items())
    print(f"{name} ({count} pages): {parts}; the parse {100 * split[parse_key] / total:.1f}% of {total:.3f} s")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dataset", default=str(ROOT.parent / "shared/eval/wcxb-dev"))
    ap.add_argument("--scratch", default="/tmp/unboil-throughput-pages")
    ap.add_argument("--trafilatura-step", type=int, default=10)
    ap.add_argument("--systems", nargs="+", default=["unboil", "resiliparse", "trafilatura"])
    args = ap.parse_args()

    files = throughput.materialize(Path(args.dataset), Path(args.scratch))
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, sorted(os.sched_getaffinity(0))[:1])
    pages = [Path(p).read_bytes() for p, _ in files]
    print(f"{len(pages)} pages, {sum(map(len, pages)) / 1e6:.1f} MB of HTML, one core", file=sys.stderr)
    for system in args.systems:
        if system == "resiliparse":
            show("resiliparse", len(pages), resiliparse_split(pages), "parse")
        elif system == "trafilatura":
            some = pages[:: args.trafilatura_step]
            show("trafilatura", len(some), trafilatura_split(some), "parse (with decoding)")
        elif system == "unboil":
            subprocess.run(["cargo", "build", "--quiet", "--release", "--example", "parse_cost"],
                           cwd=ROOT, check=True)
            out = subprocess.run([str(ROOT / "target/release/examples/parse_cost"), args.scratch],
                                 capture_output=True, text=True, check=True).stdout
            print("unboil: " + "; ".join(out.strip().splitlines()))
        else:
            sys.exit(f"unknown system {system}")


if __name__ == "__main__":
    main()
