#!/usr/bin/env python3
"""Bulk throughput of unboil and peers on one and two cores, side by side.

Every system gets the same job: a directory of decompressed HTML files (the
pages of a WCXB-layout dataset, written once to a scratch folder), each file
read, extracted, and the text produced. Wall time covers the whole run:

- unboil: its main job, `unboil --jobs N --quiet --format jsonl -o /dev/null DIR`
  (records written, so JSON serialisation is included);
- peers: a `multiprocessing` pool of N worker processes, each reading a file
  and calling the extractor (text discarded; start-up and imports excluded by a
  warm-up call in every worker).

"N cores" is enforced: each run is pinned to the first N CPUs (affinity,
inherited by unboil's reader and writer threads and by the pool's workers),
so a helper thread cannot borrow an idle core. `--no-pin` lifts that.

A short run is exposed to the machine's passing load more than a long one
(unboil's one-core run takes a few seconds, trafilatura's a minute and a
half), so each system and core count is run again until its runs add up to
`--min-time` seconds or `--max-runs` runs, and the median run is reported
with the fastest and slowest beside it. The core counts of a system take
turns (one core, two cores, one core, ...), so the speed-up is also given as
the median ratio of runs made next to each other ("paired"), and each row
shows the CPU time the run used per second of wall time ("CPU use": 200% is
two cores kept busy).

Prints pages/s and MB/s (of decompressed HTML) per system and core count, and
unboil's peak RSS. Not part of CI. Usage (after bench/peers/run.sh made the venv):

    bench/peers/.venv/bin/python bench/peers/throughput.py [--jobs 1 2] [--systems ...]
"""
import argparse
import gzip
import json
import multiprocessing as mp
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def materialize(dataset, scratch):
    """Decompress the dataset's pages into scratch/ once; [(path, bytes)]."""
    scratch.mkdir(parents=True, exist_ok=True)
    out = []
    for gz in sorted((dataset / "html").glob("*.html*")):
        name = gz.name.removesuffix(".gz")
        dest = scratch / name
        if not dest.exists():
            data = gzip.decompress(gz.read_bytes()) if gz.suffix == ".gz" else gz.read_bytes()
            dest.write_bytes(data)
        out.append((str(dest), dest.stat().st_size))
    return out


# Peers, built inside each worker process.
_FN = None


def _peer(name):
    if name == "trafilatura":
        import trafilatura

        return lambda html: trafilatura.extract(html, include_comments=False, include_tables=True) or ""
    if name == "resiliparse":
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.encoding import bytes_to_str, detect_encoding
        from resiliparse.parse.html import HTMLTree

        return lambda html: extract_plain_text(
            HTMLTree.parse(bytes_to_str(html, detect_encoding(html))), main_content=True)
    sys.exit(f"unknown peer {name}")


def _init(name):
    global _FN
    _FN = _peer(name)
    _FN(b"<html><body><p>warm up</p></body></html>")


def _work(path):
    with open(path, "rb") as f:
        html = f.read()
    try:
        return len(_FN(html))
    except Exception:
        return -1


def run_peer(name, paths, jobs):
    with mp.Pool(jobs, initializer=_init, initargs=(name,)) as pool:
        pool.map(_work, paths[: jobs * 2], chunksize=1)  # every worker warm
        t0 = time.perf_counter()
        results = pool.map(_work, paths, chunksize=4)
        secs = time.perf_counter() - t0
    return secs, sum(1 for r in results if r < 0)


def run_unboil(binary, scratch, jobs):
    cmd = [str(binary), "--jobs", str(jobs), "--quiet", "--format", "jsonl",
           "-o", os.devnull, "--input", "html", str(scratch)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    secs = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        sys.exit(f"unboil failed ({proc.returncode}): {proc.stderr[-2000:]}")
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return secs, max(rss, before)


class pinned:
    """Run the block with this process (and so its children) on the first
    `jobs` CPUs it may use; no-op when `enabled` is false."""

    def __init__(self, jobs, enabled):
        self.jobs, self.enabled, self.saved = jobs, enabled, None

    def __enter__(self):
        if self.enabled and hasattr(os, "sched_setaffinity"):
            self.saved = os.sched_getaffinity(0)
            cpus = sorted(self.saved)[: self.jobs]
            if len(cpus) < self.jobs:
                sys.exit(f"only {len(cpus)} CPUs available for a {self.jobs}-core run")
            os.sched_setaffinity(0, cpus)

    def __exit__(self, *exc):
        if self.saved is not None:
            os.sched_setaffinity(0, self.saved)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dataset", default=str(ROOT.parent / "shared/eval/wcxb-dev"))
    ap.add_argument("--scratch", default="/tmp/unboil-throughput-pages")
    ap.add_argument("--unboil", default=str(ROOT / "target/release/unboil"))
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--systems", nargs="+", default=["unboil", "resiliparse", "trafilatura"])
    ap.add_argument("--json", default=None, help="also write the figures here")
    ap.add_argument("--no-pin", action="store_true", help="do not pin a run to its N cores")
    ap.add_argument("--min-time", type=float, default=30.0,
                    help="run each system and core count until its runs add up to this many seconds")
    ap.add_argument("--max-runs", type=int, default=5, help="at most this many runs of each")
    args = ap.parse_args()

    files = materialize(Path(args.dataset), Path(args.scratch))
    paths = [p for p, _ in files]
    # Every system reads the pages from the page cache: one read of all of
    # them first (a run right after other disk work measured 22% slower).
    for p in paths:
        Path(p).read_bytes()
    mb = sum(s for _, s in files) / 1e6
    print(f"{len(paths)} pages, {mb:.1f} MB of HTML in {args.scratch}", file=sys.stderr)

    rows = []
    for system in args.systems:
        # The core counts take turns (1, 2, 1, 2, ...): the machine's speed
        # drifts from minute to minute, and a speed-up is read from runs made
        # next to each other.
        runs = {jobs: [] for jobs in args.jobs}
        cpu = {jobs: [] for jobs in args.jobs}
        rss_kb, errors = None, None
        while any(not r or (sum(r) < args.min_time and len(r) < args.max_runs) for r in runs.values()):
            for jobs in args.jobs:
                r = runs[jobs]
                if r and (sum(r) >= args.min_time or len(r) >= args.max_runs):
                    continue
                print(f"running {system} on {jobs} core(s)", file=sys.stderr)
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                with pinned(jobs, not args.no_pin):
                    if system == "unboil":
                        secs, rss_kb = run_unboil(args.unboil, args.scratch, jobs)
                    else:
                        secs, errors = run_peer(system, paths, jobs)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                r.append(secs)
                cpu[jobs].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        first = min(args.jobs)
        for jobs in args.jobs:
            secs = statistics.median(runs[jobs])
            # Speed-up over the fewest cores: the median of the ratios of
            # runs made in turn (pairs), and of the medians.
            pairs = [a / b for a, b in zip(runs[first], runs[jobs])]
            rows.append({"system": system, "jobs": jobs, "secs": secs, "runs": runs[jobs],
                         "cpu_secs": cpu[jobs],
                         "cpu_use": statistics.median(c / w for c, w in zip(cpu[jobs], runs[jobs])),
                         "paired_speedup": statistics.median(pairs) if pairs else None,
                         "pages_per_s": len(paths) / secs, "mb_per_s": mb / secs, "errors": errors,
                         "peak_rss_mb": rss_kb / 1024 if rss_kb else None})

    print(f"{'system':<14}{'cores':>6}{'pages/s':>10}{'MB/s':>9}{'wall s':>9}{'speed-up':>10}"
          f"{'paired':>8}{'CPU use':>9}{'runs':>6}  pages/s range")
    for r in rows:
        base = next(x for x in rows if x["system"] == r["system"] and x["jobs"] == min(args.jobs))
        lo, hi = len(paths) / max(r["runs"]), len(paths) / min(r["runs"])
        print(f"{r['system']:<14}{r['jobs']:>6}{r['pages_per_s']:>10.1f}{r['mb_per_s']:>9.2f}"
              f"{r['secs']:>9.1f}{base['secs'] / r['secs']:>9.2f}x{r['paired_speedup']:>7.2f}x"
              f"{100 * r['cpu_use']:>8.0f}%{len(r['runs']):>6}  {lo:.1f}-{hi:.1f}")
    for r in rows:
        if r["peak_rss_mb"]:
            print(f"unboil peak RSS (largest of the runs so far, whole process): {r['peak_rss_mb']:.0f} MB",
                  file=sys.stderr)
            break
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
