#!/usr/bin/env python3
"""Text mode on full-page text renderings of a WCXB-layout dataset, next to
keep-everything and jusText on the same lines, in one table.

Inputs (made by run.sh): the renderings OUT/<id>.txt (render.py), and the JSON
reports of `unboil eval --input text --inputs OUT` and of `unboil eval` on the
HTML of the same pages. The baselines are scored here with the WCXB metric of
the reference scorer shared/eval/score.py (imported, not copied):

* keep-all: the whole rendering;
* jusText: every line of the rendering is one paragraph (an HTML <p>), and
  jusText keeps the ones it does not classify as boilerplate; all its stop
  lists together (the text's language is not known) and its default
  parameters (0.714 on WCXB dev; trafilatura's evaluation parameters, used in
  bench/peers on HTML, give 0.697 on these lines, an English-only stop list
  0.704).

unboil's text-mode texts (the --predictions file) are rescored with the same
functions, and the script stops if that disagrees with what `unboil eval`
printed. Metadata: title/author/date accuracy in text mode next to HTML mode,
on the same pages, with the matching rules of `unboil eval`.
"""
import argparse
import html
import json
import sys
from collections import defaultdict
from pathlib import Path


def load_score_module(shared_eval):
    sys.path.insert(0, str(shared_eval))
    import score  # noqa: E402  (shared/eval/score.py)
    return score


def load_truth(root):
    """{id: (page_type, main_content)} like `unboil eval`."""
    root = Path(root)
    meta_types = {}
    meta_path = root / "metadata.json"
    if meta_path.is_file():
        files = json.loads(meta_path.read_text(encoding="utf-8")).get("files", {})
        meta_types = {k: v.get("page_type") for k, v in files.items()}
    out = {}
    for f in sorted((root / "ground-truth").glob("*.json")):
        doc = json.loads(f.read_text(encoding="utf-8"))
        gt = doc.get("ground_truth") or {}
        ptype = (((doc.get("_internal") or {}).get("page_type") or {}).get("primary")
                 or meta_types.get(f.stem) or "unknown")
        out[f.stem] = (ptype, gt.get("main_content") or "")
    return out


def make_justext():
    import justext
    stoplist = frozenset(w for lang in justext.get_stoplists() for w in justext.get_stoplist(lang))

    def run(text):
        lines = [l.strip() for l in text.splitlines() if l.strip()]
        if not lines:
            return ""
        doc = "<html><body>" + "".join(f"<p>{html.escape(l)}</p>" for l in lines) + "</body></html>"
        paragraphs = justext.justext(doc.encode("utf-8"), stoplist, encoding="utf-8")
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)
    return run


def group_means(per_page, truth):
    """{group: (n, P, R, F1)} over all pages and each page type."""
    groups = defaultdict(list)
    for pid, prf in per_page.items():
        groups["all"].append(prf)
        groups[truth[pid][0]].append(prf)
    out = {}
    for g, rows in groups.items():
        n = len(rows)
        out[g] = (n, sum(r[0] for r in rows) / n, sum(r[1] for r in rows) / n, sum(r[2] for r in rows) / n)
    return out


def from_report(report):
    pages = {p["id"]: p for p in report["pages"]}
    prf = {pid: (p["wcxb"]["precision"], p["wcxb"]["recall"], p["wcxb"]["f1"]) for pid, p in pages.items()}
    return pages, prf


def meta_acc(pages, field, ids=None):
    vals = [p[field] for pid, p in pages.items() if p[field] is not None and (ids is None or pid in ids)]
    return (sum(vals) / len(vals) if vals else float("nan")), sum(vals), len(vals)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dataset", required=True)
    ap.add_argument("--renderings", required=True)
    ap.add_argument("--text-report", required=True, help="unboil eval --input text --json")
    ap.add_argument("--text-predictions", required=True, help="unboil eval --input text --predictions")
    ap.add_argument("--html-report", required=True, help="unboil eval --json (HTML mode)")
    ap.add_argument("--shared-eval", default=None, help="folder of score.py [default: DATASET/..]")
    ap.add_argument("--out", default=None, help="folder for the baselines' predictions")
    args = ap.parse_args()
    dataset = Path(args.dataset)
    score = load_score_module(Path(args.shared_eval) if args.shared_eval else dataset.parent)
    truth = load_truth(dataset)

    text_report = json.loads(Path(args.text_report).read_text(encoding="utf-8"))
    html_report = json.loads(Path(args.html_report).read_text(encoding="utf-8"))
    text_pages, unboil_prf = from_report(text_report)
    html_pages, html_prf = from_report(html_report)
    ids = sorted(text_pages)
    truth = {pid: truth[pid] for pid in ids}

    # unboil's texts rescored by score.py's functions must agree with unboil eval.
    preds = json.loads(Path(args.text_predictions).read_text(encoding="utf-8"))
    rescored = {pid: score.wcxb_doc(truth[pid][1], preds.get(pid, "")) for pid in ids}
    for pid in ids:
        if abs(rescored[pid][2] - unboil_prf[pid][2]) > 1e-12:
            sys.exit(f"disagreement on {pid}: unboil eval F1 {unboil_prf[pid][2]}, score.py {rescored[pid][2]}")

    justext_run = make_justext()
    systems = {"keep-all": {}, "jusText": {}}
    texts = {"keep-all": {}, "jusText": {}}
    for pid in ids:
        path = Path(args.renderings) / f"{pid}.txt"
        rendering = path.read_text(encoding="utf-8") if path.exists() else ""
        texts["keep-all"][pid] = rendering
        texts["jusText"][pid] = justext_run(rendering)
        for name in systems:
            systems[name][pid] = tuple(score.wcxb_doc(truth[pid][1], texts[name][pid]))
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        for name, t in texts.items():
            (out / f"{name}.json").write_text(json.dumps(t, ensure_ascii=False), encoding="utf-8")

    table = {"keep-all": group_means(systems["keep-all"], truth),
             "jusText": group_means(systems["jusText"], truth),
             "unboil text": group_means(unboil_prf, truth),
             "(unboil html)": group_means({p: html_prf[p] for p in ids if p in html_prf}, truth)}
    names = list(table)
    groups = ["all"] + sorted(g for g in table["keep-all"] if g != "all")
    print(f"wcxb F1 on {len(ids)} text renderings ({args.renderings})")
    print(f"{'type':<15}{'n':>5}" + "".join(f"{n:>15}" for n in names))
    for g in groups:
        n = table["keep-all"][g][0]
        print(f"{g:<15}{n:>5}" + "".join(f"{table[s][g][3]:>15.3f}" if g in table[s] else f"{'-':>15}"
                                       for s in names))
    print(f"{'P / R (all)':<20}" + "".join(f"{table[s]['all'][1]:>8.3f}/{table[s]['all'][2]:.3f}"[-15:].rjust(15)
                                           for s in names))
    print()
    print("metadata accuracy on the same pages     text mode            HTML mode")
    for field, label in (("title_match", "title"), ("author_match", "author"), ("date_match", "date")):
        t = meta_acc(text_pages, field)
        h = meta_acc(html_pages, field, set(ids))
        print(f"{label:<40}{t[0]:.3f} {t[1]:>4}/{t[2]:<6}      {h[0]:.3f} {h[1]:>4}/{h[2]}")


if __name__ == "__main__":
    main()
