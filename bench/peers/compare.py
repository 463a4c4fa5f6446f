#!/usr/bin/env python3
"""Compare unboil with peer extractors on a WCXB-layout dataset.

Runs each system on every page, one page at a time in this one process (one
core), timing only the extraction call (the HTML is read and decompressed
beforehand). Scores every system's texts with the WCXB word-level metric taken
from the reference scorer shared/eval/score.py (imported, not copied), per page
type, and metadata (title/author/date) for the systems that extract it, with
the same matching rules as `unboil eval`.

unboil runs through `unboil eval --jobs 1 --json --predictions`; its texts are
scored here by the same Python code, and the script checks that this equals the
figure unboil printed itself.

Usage: see run.sh next to this file (it builds the venv and unboil first).
"""
import argparse
import gzip
import json
import statistics
import subprocess
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def load_score_module(shared_eval):
    sys.path.insert(0, str(shared_eval))
    import score  # noqa: E402  (shared/eval/score.py)
    return score


# ------------------------------------------------------------- dataset ---

def load_dataset(root, limit=None):
    """[(id, url, page_type, truth dict)] sorted by id, like `unboil eval`."""
    root = Path(root)
    meta_path = root / "metadata.json"
    meta_types = {}
    if meta_path.is_file():
        files = json.loads(meta_path.read_text(encoding="utf-8")).get("files", {})
        meta_types = {k: v.get("page_type") for k, v in files.items()}
    pages = []
    for f in sorted((root / "ground-truth").glob("*.json")):
        doc = json.loads(f.read_text(encoding="utf-8"))
        gt = doc.get("ground_truth") or {}
        ptype = (((doc.get("_internal") or {}).get("page_type") or {}).get("primary")
                 or meta_types.get(f.stem) or "unknown")
        pages.append((f.stem, doc.get("url"), ptype, gt))
    if limit:
        pages = pages[:limit]
    return pages


def read_html(root, page_id):
    gz = Path(root) / "html" / f"{page_id}.html.gz"
    if gz.exists():
        return gzip.decompress(gz.read_bytes())
    return (Path(root) / "html" / f"{page_id}.html").read_bytes()


# ------------------------------------------------------------- systems ---

BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
              "tr", "td", "th", "table", "blockquote", "pre", "section", "article",
              "header", "footer", "dd", "dt", "figcaption"}


def html_fragment_text(fragment):
    """Text of an HTML fragment with a line break around block elements (so
    words of adjacent blocks are not glued together)."""
    import lxml.html
    if not fragment or not fragment.strip():
        return ""
    tree = lxml.html.fromstring(fragment)
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCK_TAGS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    return tree.text_content().strip()


def make_systems():
    """name -> (version, fn(html_bytes, url) -> text)"""
    from importlib.metadata import version
    systems = {}

    import trafilatura

    def run_trafilatura(html, url):
        return trafilatura.extract(html, url=url, include_comments=False, include_tables=True) or ""
    systems["trafilatura"] = (version("trafilatura"), run_trafilatura)

    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding
    from resiliparse.parse.html import HTMLTree

    def run_resiliparse(html, url):
        tree = HTMLTree.parse(bytes_to_str(html, detect_encoding(html)))
        return extract_plain_text(tree, main_content=True)
    systems["resiliparse"] = (version("resiliparse"), run_resiliparse)

    import justext
    # all jusText stop lists together, as trafilatura's own evaluation does
    stoplist = frozenset(w for lang in justext.get_stoplists() for w in justext.get_stoplist(lang))

    def run_justext(html, url):
        paragraphs = justext.justext(html, stoplist, 50, 200, 0.1, 0.2, 0.2, 200, True)
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)
    systems["justext"] = (version("justext"), run_justext)

    from readability import Document
    from trafilatura.utils import decode_file

    def run_readability(html, url):
        return html_fragment_text(Document(decode_file(html)).summary())
    systems["readability"] = (version("readability-lxml"), run_readability)

    from trafilatura import html2txt

    def run_keep_all(html, url):
        return html2txt(html) or ""
    systems["keep-all"] = ("trafilatura.html2txt", run_keep_all)
    return systems


def trafilatura_metadata(html, url):
    """(title, [authors], date) from trafilatura's metadata extraction."""
    from trafilatura.metadata import extract_metadata
    from trafilatura.utils import load_html
    tree = load_html(html)
    if tree is None:
        return None, [], None
    doc = extract_metadata(tree, default_url=url)
    if doc is None:
        return None, [], None
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return doc.title, authors, doc.date


# ------------------------------------------------------------- metadata ---

def match_key(s):
    """NFC, lower-case, every run of non-alphanumerics one space, trimmed
    (same as unboil::eval::metrics::match_key)."""
    s = unicodedata.normalize("NFC", s).lower()
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())


def truth_field(gt, key):
    v = gt.get(key)
    return v if isinstance(v, str) and v.strip() else None


def meta_matches(gt, title, authors, date):
    """{field: None (not counted) | bool}"""
    out = {}
    t = truth_field(gt, "title")
    out["title"] = None if t is None else (title is not None and match_key(title) == match_key(t))
    a = truth_field(gt, "author")
    if a is None:
        out["author"] = None
    else:
        key = match_key(a)
        out["author"] = bool(authors) and (match_key(", ".join(authors)) == key
                                           or any(match_key(x) == key for x in authors))
    d = truth_field(gt, "publish_date")
    if d is None:
        out["date"] = None
    else:
        d = d.strip()[:10]
        out["date"] = bool(d) and date is not None and date.strip().startswith(d)
    return out


# ---------------------------------------------------------------- run ---

def run_python_system(name, fn, pages, root, want_meta):
    texts, metas, secs, errors = {}, {}, 0.0, 0
    for i, (pid, url, _, gt) in enumerate(pages, 1):
        html = read_html(root, pid)
        t0 = time.perf_counter()
        try:
            text = fn(html, url) or ""
        except Exception as exc:  # a crash counts as empty output
            errors += 1
            if errors == 1:
                print(f"  {name}: first error on {pid}: {type(exc).__name__}: {exc}", file=sys.stderr)
            text = ""
        secs += time.perf_counter() - t0
        texts[pid] = text
        if want_meta:
            try:
                metas[pid] = meta_matches(gt, *trafilatura_metadata(html, url))
            except Exception:
                metas[pid] = meta_matches(gt, None, [], None)
        if i % 250 == 0:
            print(f"  {name}: {i}/{len(pages)} pages, {i / max(secs, 1e-9):.1f} pages/s", file=sys.stderr)
    return texts, metas, secs, errors


def run_unboil(binary, dataset, out_dir, limit):
    json_path = out_dir / "unboil-eval.json"
    pred_path = out_dir / "unboil.json"
    cmd = [str(binary), "eval", str(dataset), "--jobs", "1",
           "--json", str(json_path), "--predictions", str(pred_path)]
    if limit:
        cmd += ["--limit", str(limit)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"unboil eval failed ({proc.returncode}): {proc.stderr}")
    report = json.loads(json_path.read_text(encoding="utf-8"))
    texts = json.loads(pred_path.read_text(encoding="utf-8"))
    metas = {p["id"]: {"title": p["title_match"], "author": p["author_match"], "date": p["date_match"]}
             for p in report["pages"]}
    timing = report["timing"]
    errors = report["status"]["error"]
    return texts, metas, timing["extract_secs"], errors, report


def score_system(score, pages, texts):
    """{group: (n, P, R, F1)} with the WCXB metric, 'all' first."""
    per_type = defaultdict(list)
    for pid, _, ptype, gt in pages:
        prf = score.wcxb_doc(gt.get("main_content") or "", texts.get(pid, ""))
        per_type["all"].append(prf)
        per_type[ptype].append(prf)
    out = {}
    for group in ["all"] + sorted(k for k in per_type if k != "all"):
        rows = per_type[group]
        n = len(rows)
        out[group] = (n, *(sum(r[i] for r in rows) / n for i in range(3)))
    return out


def meta_accuracy(metas):
    out = {}
    for field in ("title", "author", "date"):
        vals = [m[field] for m in metas.values() if m.get(field) is not None]
        out[field] = (sum(vals), len(vals))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dataset", default=str(ROOT.parent / "shared/eval/wcxb-dev"))
    ap.add_argument("--shared-eval", default=None, help="folder of score.py [default: DATASET/..]")
    ap.add_argument("--unboil", default=str(ROOT / "target/release/unboil"))
    ap.add_argument("--out", default=str(HERE / "out"))
    ap.add_argument("--limit", type=int, default=None, help="first N pages only")
    ap.add_argument("--systems", nargs="*", default=None,
                    help="peer systems to run [default: all]: trafilatura resiliparse justext readability keep-all")
    args = ap.parse_args()

    dataset = Path(args.dataset).resolve()
    score = load_score_module(Path(args.shared_eval) if args.shared_eval else dataset.parent)
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    pages = load_dataset(dataset, args.limit)
    print(f"{len(pages)} pages from {dataset}", file=sys.stderr)

    results = {}  # name -> dict
    texts, metas, secs, errors, report = run_unboil(args.unboil, dataset, out_dir, args.limit)
    scores = score_system(score, pages, texts)
    own = report["groups"][0]["wcxb"]["f1"]
    if abs(own - scores["all"][3]) > 1e-9:
        sys.exit(f"disagreement: unboil eval says F1 {own}, score.py functions say {scores['all'][3]}")
    results["unboil"] = {"version": "this tree", "scores": scores, "secs": secs, "errors": errors,
                         "meta": meta_accuracy(metas)}

    systems = make_systems()
    for name in args.systems or list(systems):
        if name not in systems:
            sys.exit(f"unknown system {name}; known: {', '.join(systems)}")
        ver, fn = systems[name]
        fn(b"<html><body><p>warm up</p></body></html>", None)  # lazy imports and caches
        print(f"running {name} {ver}", file=sys.stderr)
        texts, metas, secs, errors = run_python_system(name, fn, pages, dataset, name == "trafilatura")
        (out_dir / f"{name}.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        results[name] = {"version": ver, "scores": score_system(score, pages, texts), "secs": secs,
                         "errors": errors, "meta": meta_accuracy(metas) if metas else None}

    print_table(results, len(pages))
    (out_dir / "summary.json").write_text(json.dumps(results, indent=1), encoding="utf-8")


def print_table(results, n_pages):
    names = list(results)
    width = max(12, *(len(n) + 1 for n in names))
    head = f"{'WCXB F1 (P/R below)':<22}{'n':>5}" + "".join(f"{n:>{width}}" for n in names)
    print(head)
    print("-" * len(head))
    groups = list(results[names[0]]["scores"])
    for g in groups:
        n = results[names[0]]["scores"][g][0]
        print(f"{g:<22}{n:>5}" + "".join(f"{results[s]['scores'][g][3]:>{width}.3f}" for s in names))
    print("-" * len(head))
    print(f"{'precision (all)':<27}" + "".join(f"{results[s]['scores']['all'][1]:>{width}.3f}" for s in names))
    print(f"{'recall (all)':<27}" + "".join(f"{results[s]['scores']['all'][2]:>{width}.3f}" for s in names))
    print(f"{'pages/s (1 core)':<27}" + "".join(
        f"{n_pages / max(results[s]['secs'], 1e-9):>{width}.1f}" for s in names))
    print(f"{'errors':<27}" + "".join(f"{results[s]['errors']:>{width}}" for s in names))
    for field in ("title", "author", "date"):
        cells = []
        for s in names:
            m = results[s]["meta"]
            if not m:
                cells.append(f"{'-':>{width}}")
            else:
                ok, cnt = m[field]
                cells.append(f"{(ok / cnt if cnt else 0):>{width}.3f}")
        n = next((results[s]["meta"][field][1] for s in names if results[s]["meta"]), 0)
        print(f"{field + ' accuracy':<22}{n:>5}" + "".join(cells))
    print("versions: " + ", ".join(f"{s} {results[s]['version']}" for s in names))


if __name__ == "__main__":
    main()
