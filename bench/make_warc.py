#!/usr/bin/env python3
"""Build a WARC (and optionally a WET) file from a WCXB-style dataset.

Standard library only. Each page becomes a `request` + `response` record
pair (HTTP/1.1 200, `Content-Type: text/html; charset=...`), preceded by one
`warcinfo` record; the URL comes from the page's ground truth when present.
With --extras, a non-200 response, a non-HTML response and a `metadata`
record are added after the pages (for tests of skip counts). `.gz` outputs
are written one gzip member per record, as crawlers do.

Examples:
  python3 bench/make_warc.py /work/shared/eval/wcxb-dev /tmp/wcxb.warc.gz
  python3 bench/make_warc.py /work/shared/eval/wcxb-dev /tmp/big.warc.gz --repeat 15
  python3 bench/make_warc.py fixtures/wcxb-sample fixtures/warc/sample.warc.gz \
      --limit 4 --extras --wet fixtures/warc/sample.warc.wet.gz
  python3 bench/make_warc.py fixtures/wcxb-sample fixtures/warc/sample-dict.warc.zst \
      --limit 4 --extras --zstd-dict 4096
"""

import argparse
import gzip
import html as html_lib
import json
import os
import re
import struct
import subprocess
import sys
import tempfile

DATE = "2025-03-12T10:00:00Z"


def record(warc_type, headers, block):
    """Bytes of one WARC/1.1 record."""
    lines = ["WARC/1.1", f"WARC-Type: {warc_type}"]
    lines += [f"{k}: {v}" for k, v in headers]
    lines.append(f"Content-Length: {len(block)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


class Writer:
    """Writes records to a plain, gzip (member per record) or zstd (frame per
    record, optionally with a dictionary) file."""

    def __init__(self, path, zstd_dict=0):
        self.f = open(path, "wb")
        self.gz = path.endswith(".gz")
        self.zst = path.endswith(".zst")
        self.zstd_dict = zstd_dict
        self.records = []
        self.n = 0

    def write(self, warc_type, headers, block):
        self.n += 1
        headers = [("WARC-Record-ID", f"<urn:uuid:00000000-0000-0000-0000-{self.n:012d}>")] + headers
        data = record(warc_type, headers, block)
        if self.gz:
            data = gzip.compress(data, compresslevel=6, mtime=0)
        if self.zst:
            self.records.append(data)
            return
        self.f.write(data)

    def close(self):
        if self.zst:
            self.write_zstd()
        self.f.close()

    def write_zstd(self):
        def zstd(data, *flags):
            return subprocess.run(["zstd", "-q", "-c", "-19", *flags], input=data,
                                  capture_output=True, check=True).stdout

        if not self.zstd_dict:
            for data in self.records:
                self.f.write(zstd(data))
            return
        with tempfile.TemporaryDirectory() as tmp:
            samples = []
            for i, data in enumerate(self.records):
                samples.append(os.path.join(tmp, f"r{i}"))
                with open(samples[-1], "wb") as out:
                    out.write(data)
            dict_path = os.path.join(tmp, "dict")
            subprocess.run(["zstd", "-q", "--train", *samples, "-o", dict_path,
                            f"--maxdict={self.zstd_dict}"], check=True)
            with open(dict_path, "rb") as f:
                packed = zstd(f.read())
            self.f.write(struct.pack("<II", 0x184D2A5D, len(packed)) + packed)
            for i, data in enumerate(self.records):
                flags = ["-D", dict_path] + (["--no-dictID"] if (i // 2) % 2 else [])
                self.f.write(zstd(data, *flags))


def pages(dataset, limit):
    """(file id, url, html bytes) of the dataset's pages, sorted by id."""
    html_dir = os.path.join(dataset, "html")
    names = sorted(n for n in os.listdir(html_dir) if n.endswith((".html", ".html.gz")))
    if limit:
        names = names[:limit]
    for name in names:
        fid = name.split(".")[0]
        path = os.path.join(html_dir, name)
        with open(path, "rb") as f:
            data = f.read()
        if name.endswith(".gz"):
            data = gzip.decompress(data)
        url = f"https://example.org/{fid}"
        gt = os.path.join(dataset, "ground-truth", fid + ".json")
        if os.path.exists(gt):
            with open(gt, encoding="utf-8") as f:
                url = json.load(f).get("url") or url
        yield fid, url, data


def charset_of(html):
    """The <meta> charset of a page, default utf-8 (for the HTTP header)."""
    m = re.search(rb'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', html[:4096], re.I)
    return m.group(1).decode("ascii") if m else "utf-8"


def visible_text(html):
    """A crude text rendering for WET conversion records."""
    s = html.decode("utf-8", "replace")
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"(?i)<(br|/p|/div|/h[1-6]|/li|/tr)\b[^>]*>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", l).strip() for l in s.split("\n")]
    return html_lib.unescape("\n".join(l for l in lines if l)).encode("utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dataset", help="directory with html/ (and ground-truth/)")
    ap.add_argument("out", help="output .warc or .warc.gz")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages")
    ap.add_argument("--repeat", type=int, default=1, help="write the page set N times")
    ap.add_argument("--extras", action="store_true", help="add non-200, non-HTML and metadata records")
    ap.add_argument("--wet", help="also write a WET file of conversion records")
    ap.add_argument("--zstd-dict", type=int, default=0,
                    help="for a .zst output: train a dictionary of at most N bytes and use it")
    args = ap.parse_args()

    w = Writer(args.out, args.zstd_dict)
    wet = Writer(args.wet) if args.wet else None
    info = b"software: unboil bench/make_warc.py\r\nformat: WARC File Format 1.1\r\n"
    w.write("warcinfo", [("WARC-Date", DATE), ("Content-Type", "application/warc-fields")], info)
    if wet:
        wet.write("warcinfo", [("WARC-Date", DATE), ("Content-Type", "application/warc-fields")], info)
    count = 0
    for rep in range(args.repeat):
        for fid, url, html in pages(args.dataset, args.limit):
            if rep:
                url = f"{url}{'&' if '?' in url else '?'}rep={rep}"
            req = f"GET / HTTP/1.1\r\nHost: {url.split('/')[2] if '//' in url else 'x'}\r\n\r\n".encode()
            common = [("WARC-Target-URI", url), ("WARC-Date", DATE)]
            w.write("request", common + [("Content-Type", "application/http; msgtype=request")], req)
            head = (
                "HTTP/1.1 200 OK\r\n"
                f"Content-Type: text/html; charset={charset_of(html)}\r\n"
                f"Content-Length: {len(html)}\r\n\r\n"
            ).encode()
            w.write("response", common + [("Content-Type", "application/http; msgtype=response")], head + html)
            if wet:
                wet.write(
                    "conversion",
                    common + [("Content-Type", "text/plain")],
                    visible_text(html),
                )
            count += 1
    if args.extras:
        url = "https://example.org/missing"
        common = [("WARC-Target-URI", url), ("WARC-Date", DATE)]
        body = b"<html><body><p>Not found</p></body></html>"
        head = f"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n".encode()
        w.write("response", common + [("Content-Type", "application/http; msgtype=response")], head + body)
        img = b"\x89PNG\r\n\x1a\n" + bytes(32)
        head = f"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: {len(img)}\r\n\r\n".encode()
        common = [("WARC-Target-URI", "https://example.org/logo.png"), ("WARC-Date", DATE)]
        w.write("response", common + [("Content-Type", "application/http; msgtype=response")], head + img)
        w.write("metadata", common + [("Content-Type", "application/warc-fields")], b"fetchTimeMs: 12\r\n")
    w.close()
    if wet:
        wet.close()
    print(f"{count} pages written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
