//! WARC and WET archives, read record by record (streaming: one record in
//! memory at a time). `.warc.gz` files are read gzip member by member, so
//! each record knows the offset of its member, which is what indexes (and
//! `dd`/`zcat` users) seek to.
//!
//! `response` records are parsed as HTTP responses: status, `Content-Type`
//! (its charset becomes the decoder's transport hint), chunked transfer
//! encoding and gzip, deflate, brotli and zstd content encodings (stacked
//! too) are handled. `resource`
//! records are pages without HTTP headers; WET `conversion` records are
//! plain text. Other record types (`request`, `metadata`, `warcinfo`,
//! `revisit`) are not pages and are counted as such.

use std::io::{BufRead, BufReader, Read};
use std::sync::atomic::Ordering;
use std::sync::Arc;

use super::gzmember::Members;
use super::reader::{Counting, ReadStats};
use super::{Body, Page};
use crate::error::Error;
use crate::record::{DocKind, Source};

/// Longest WARC or HTTP header line accepted.
const MAX_LINE: u64 = 64 * 1024;

/// A WARC record's named headers and block.
#[derive(Debug, Default)]
pub struct RawRecord {
    pub headers: Vec<(String, String)>,
    /// The record block, or `None` when it was over the size limit (it was
    /// skipped without being held in memory).
    pub block: Option<Vec<u8>>,
    pub length: u64,
}

impl RawRecord {
    /// The value of a header (names compare case-insensitively).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Read one record from `r`. Returns `Ok(None)` at a clean end of stream,
/// and the number of bytes consumed (leading blank lines included) with the
/// record. Blocks over `max_block` bytes are skipped, not stored.
pub fn read_record(
    r: &mut dyn BufRead,
    max_block: usize,
) -> std::io::Result<Option<(RawRecord, u64, u64)>> {
    let mut consumed = 0u64;
    let mut line = Vec::new();
    // Skip the blank lines that end the previous record.
    let version_line_at = loop {
        line.clear();
        let n = read_line(r, &mut line)?;
        if n == 0 {
            return Ok(None);
        }
        if !line.iter().all(|b| b.is_ascii_whitespace()) {
            break consumed;
        }
        consumed += n;
    };
    consumed += line.len() as u64;
    if !line.starts_with(b"WARC/") {
        return Err(invalid("expected a WARC/1.x version line"));
    }
    let mut rec = RawRecord::default();
    loop {
        line.clear();
        let n = read_line(r, &mut line)?;
        if n == 0 {
            return Err(eof("end of input inside the record header"));
        }
        consumed += n;
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            break;
        }
        if let Some((k, v)) = text.split_once(':') {
            rec.headers
                .push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let length: u64 = rec
        .header("Content-Length")
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| invalid("record without a valid Content-Length"))?;
    rec.length = length;
    if length > max_block as u64 {
        let skipped = std::io::copy(&mut r.take(length), &mut std::io::sink())?;
        if skipped < length {
            return Err(eof("end of input inside the record block"));
        }
    } else {
        // One read of the whole block: a gzip member inflates straight
        // into it instead of through a buffer.
        let mut block = vec![0u8; length as usize];
        r.read_exact(&mut block).map_err(|e| match e.kind() {
            std::io::ErrorKind::UnexpectedEof => eof("end of input inside the record block"),
            _ => e,
        })?;
        rec.block = Some(block);
    }
    consumed += length;
    Ok(Some((rec, version_line_at, consumed)))
}

fn read_line(r: &mut dyn BufRead, line: &mut Vec<u8>) -> std::io::Result<u64> {
    let n = r.take(MAX_LINE).read_until(b'\n', line)?;
    Ok(n as u64)
}

fn invalid(msg: &str) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidData, msg.to_string())
}

fn eof(msg: &str) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::UnexpectedEof, msg.to_string())
}

/// What a record turned out to be.
pub enum Outcome {
    Page(Box<Page>),
    /// Not a page (request, metadata, warcinfo, revisit...).
    NotPage,
    /// A response that is not HTML.
    NonHtml,
    /// A response whose HTTP status is not 200.
    NotOk,
}

/// Turn a record into a page, or say why it is skipped.
pub fn to_page(rec: RawRecord, archive: &str, offset: u64, max_bytes: usize) -> Outcome {
    let kind = rec.header("WARC-Type").unwrap_or("").to_ascii_lowercase();
    let mut source = Source::from_path(archive);
    source.offset = Some(offset);
    source.url = rec
        .header("WARC-Target-URI")
        .map(|u| u.trim_matches(|c| c == '<' || c == '>').to_string())
        .filter(|u| !u.is_empty());
    source.fetched = rec.header("WARC-Date").map(str::to_string);
    source.id = rec
        .header("WARC-Record-ID")
        .map(str::to_string)
        .filter(|id| !id.is_empty());
    let warc_type = rec
        .header("Content-Type")
        .unwrap_or("")
        .to_ascii_lowercase();
    let length = rec.length;
    let Some(block) = rec.block else {
        if kind == "response" || kind == "resource" || kind == "conversion" {
            let err = Error::TooLarge {
                size: usize::try_from(length).unwrap_or(usize::MAX),
                limit: max_bytes,
            };
            return Outcome::Page(Box::new(Page::failed(source, err)));
        }
        return Outcome::NotPage;
    };
    match kind.as_str() {
        "conversion" => Outcome::Page(Box::new(Page {
            source,
            body: Body::Bytes(block),
            charset: Some("utf-8".to_string()),
            kind: Some(DocKind::Text),
        })),
        "response" if warc_type.starts_with("application/http") => {
            http_page(block, source, max_bytes)
        }
        // A resource, or a response stored without its HTTP envelope.
        "resource" | "response" => {
            let (mime, charset) = content_type(&warc_type);
            if !is_html_mime(&mime) {
                return Outcome::NonHtml;
            }
            Outcome::Page(Box::new(Page {
                source,
                body: Body::Bytes(block),
                charset,
                kind: None,
            }))
        }
        _ => Outcome::NotPage,
    }
}

// A page from an HTTP response block: headers parsed, body decoded.
fn http_page(block: Vec<u8>, mut source: Source, max_bytes: usize) -> Outcome {
    let Some((head_len, body_start)) = header_end(&block) else {
        let err = Error::Format {
            what: "HTTP response".to_string(),
            message: "no end of headers".to_string(),
        };
        return Outcome::Page(Box::new(Page::failed(source, err)));
    };
    let head = String::from_utf8_lossy(block.get(..head_len).unwrap_or(&[])).into_owned();
    let mut lines = head.lines();
    let status: Option<u16> = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok());
    source.http_status = status;
    if status != Some(200) {
        return Outcome::NotOk;
    }
    let mut content_type_value = String::new();
    let mut chunked = false;
    let mut encoding = String::new();
    for l in lines {
        let Some((k, v)) = l.split_once(':') else {
            continue;
        };
        let (k, v) = (k.trim(), v.trim());
        if k.eq_ignore_ascii_case("content-type") {
            content_type_value = v.to_ascii_lowercase();
        } else if k.eq_ignore_ascii_case("transfer-encoding") {
            chunked = v.to_ascii_lowercase().contains("chunked");
        } else if k.eq_ignore_ascii_case("content-encoding") {
            encoding = v.trim().to_ascii_lowercase();
        }
    }
    let (mime, charset) = content_type(&content_type_value);
    if !is_html_mime(&mime) {
        return Outcome::NonHtml;
    }
    let mut body = block;
    body.drain(..body_start.min(body.len()));
    if chunked {
        if let Some(d) = dechunk(&body) {
            body = d;
        }
    }
    // The decoders are other crates' code run on untrusted bytes: a panic in
    // one is this page's error, not the end of the archive.
    let decoded = std::panic::catch_unwind(|| decode_content(body, &encoding, max_bytes))
        .unwrap_or_else(|_| {
            Err(Error::Format {
                what: "HTTP response".to_string(),
                message: format!("the {encoding} content decoder failed"),
            })
        });
    match decoded {
        Ok(body) => Outcome::Page(Box::new(Page {
            source,
            body: Body::Bytes(body),
            charset,
            kind: None,
        })),
        Err(err) => Outcome::Page(Box::new(Page::failed(source, err))),
    }
}

// Length of the HTTP header (status line included) and start of the body.
fn header_end(block: &[u8]) -> Option<(usize, usize)> {
    // Headers end within the first 64 KB; the body is not searched.
    let head = block
        .get(..block.len().min(MAX_LINE as usize))
        .unwrap_or(block);
    let crlf = memchr::memmem::find(head, b"\r\n\r\n").map(|i| (i, i + 4));
    let lf = memchr::memmem::find(head, b"\n\n").map(|i| (i, i + 2));
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// MIME type (lower case, no parameters) and `charset` parameter of a
/// `Content-Type` value.
pub fn content_type(value: &str) -> (String, Option<String>) {
    let mut parts = value.split(';');
    let mime = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    let charset = parts
        .filter_map(|p| p.split_once('='))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("charset"))
        .map(|(_, v)| v.trim().trim_matches(|c| c == '"' || c == '\'').to_string())
        .filter(|c| !c.is_empty());
    (mime, charset)
}

// HTML is text/html or XHTML; a response without a Content-Type is sniffed.
fn is_html_mime(mime: &str) -> bool {
    mime.is_empty() || mime == "text/html" || mime == "application/xhtml+xml"
}

// Undo chunked transfer encoding; `None` when the body is not well chunked.
fn dechunk(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    loop {
        let nl = rest.iter().position(|&b| b == b'\n')?;
        let size_line = std::str::from_utf8(rest.get(..nl)?).ok()?;
        let size_hex = size_line.split(';').next()?.trim();
        let size = usize::from_str_radix(size_hex, 16).ok()?;
        rest = rest.get(nl + 1..)?;
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(rest.get(..size)?);
        rest = rest.get(size..)?;
        rest = rest
            .strip_prefix(b"\r\n")
            .or_else(|| rest.strip_prefix(b"\n"))
            .unwrap_or(rest);
    }
}

// Undo the content encodings of an HTTP body, listed in the order they
// were applied ("gzip", "br", "gzip, br"...), each bounded by `max_bytes`.
fn decode_content(body: Vec<u8>, encodings: &str, max_bytes: usize) -> Result<Vec<u8>, Error> {
    let mut body = body;
    for encoding in encodings.rsplit(',').map(str::trim) {
        body = decode_one(body, encoding, max_bytes)?;
    }
    Ok(body)
}

fn decode_one(body: Vec<u8>, encoding: &str, max_bytes: usize) -> Result<Vec<u8>, Error> {
    let limit = (max_bytes as u64).saturating_add(1);
    let mut out = Vec::new();
    let input = body.as_slice();
    let res = match encoding {
        "" | "identity" => return Ok(body),
        // A crawler that stored the body decoded but kept the header: the
        // markup itself is there (gzip and zstd streams open with magic
        // bytes, never with `<`).
        "gzip" | "x-gzip" | "zstd" if is_plain_markup(&body) => return Ok(body),
        "gzip" | "x-gzip" => flate2::read::MultiGzDecoder::new(input)
            .take(limit)
            .read_to_end(&mut out),
        // "deflate" is zlib by the standard; some servers send raw deflate.
        "deflate" if opens_zlib_stream(&body) => flate2::read::ZlibDecoder::new(input)
            .take(limit)
            .read_to_end(&mut out),
        "deflate" => flate2::read::DeflateDecoder::new(input)
            .take(limit)
            .read_to_end(&mut out),
        "br" => brotli_decompressor::Decompressor::new(input, 4096)
            .take(limit)
            .read_to_end(&mut out),
        "zstd" => super::reader::ZstdFrames::new(input)
            .take(limit)
            .read_to_end(&mut out),
        other => {
            return Err(Error::Format {
                what: "HTTP response".to_string(),
                message: format!("unsupported content-encoding {other}"),
            })
        }
    };
    res.map_err(|e| Error::Format {
        what: "HTTP response".to_string(),
        message: format!("bad {encoding} content-encoding: {e}"),
    })?;
    if out.len() > max_bytes {
        return Err(Error::TooLarge {
            size: out.len(),
            limit: max_bytes,
        });
    }
    Ok(out)
}

// The body opens (after white space or a byte-order mark) with `<`: markup,
// not a compressed stream.
fn is_plain_markup(body: &[u8]) -> bool {
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    body.trim_ascii_start().first() == Some(&b'<')
}

// A zlib header: compression method 8 (deflate) and a header checksum that
// divides by 31 (RFC 1950).
fn opens_zlib_stream(body: &[u8]) -> bool {
    match body {
        [cmf, flg, ..] => cmf & 0x0f == 8 && (u16::from(*cmf) << 8 | u16::from(*flg)) % 31 == 0,
        _ => false,
    }
}

type Outer = BufReader<Counting>;

/// The pages of one WARC/WET stream.
pub struct WarcPages {
    archive: String,
    max_bytes: usize,
    stats: Arc<ReadStats>,
    state: State,
}

enum State {
    /// An uncompressed (or not member-wise compressed) stream; `pos` is the
    /// offset in it.
    Plain {
        r: Box<dyn BufRead + Send>,
        pos: u64,
    },
    /// A gzip stream read member by member; `member` is the offset of the
    /// member being read (`None` between members).
    Gzip {
        m: Box<Members<Outer>>,
        member: Option<u64>,
    },
    Done,
}

impl WarcPages {
    /// Records of an uncompressed stream (offsets in that stream).
    pub fn plain(
        r: Box<dyn BufRead + Send>,
        archive: String,
        max_bytes: usize,
        stats: Arc<ReadStats>,
    ) -> Self {
        WarcPages {
            archive,
            max_bytes,
            stats,
            state: State::Plain { r, pos: 0 },
        }
    }

    /// Records of a `.warc.gz` file, member by member (offsets are those of
    /// the members in the compressed file).
    pub fn gzip_members(
        outer: Outer,
        archive: String,
        max_bytes: usize,
        stats: Arc<ReadStats>,
    ) -> Self {
        WarcPages {
            archive,
            max_bytes,
            stats,
            state: State::Gzip {
                m: Box::new(Members::new(outer)),
                member: None,
            },
        }
    }

    fn truncated(&mut self, offset: u64, e: &std::io::Error) -> Page {
        self.state = State::Done;
        let mut source = Source::from_path(self.archive.clone());
        source.offset = Some(offset);
        let err = Error::Truncated {
            path: self.archive.clone(),
            offset,
            message: e.to_string(),
        };
        Page::failed(source, err)
    }

    // Read the next raw record and the offset to report for it.
    fn next_record(&mut self) -> Result<Option<(RawRecord, u64)>, (u64, std::io::Error)> {
        loop {
            match std::mem::replace(&mut self.state, State::Done) {
                State::Done => return Ok(None),
                State::Plain { mut r, pos } => match read_record(r.as_mut(), self.max_bytes) {
                    Ok(None) => return Ok(None),
                    Ok(Some((rec, at, consumed))) => {
                        self.state = State::Plain {
                            r,
                            pos: pos + consumed,
                        };
                        return Ok(Some((rec, pos + at)));
                    }
                    Err(e) => return Err((pos, e)),
                },
                State::Gzip { mut m, member } => {
                    if let Some(offset) = member {
                        match read_record(m.as_mut(), self.max_bytes) {
                            Ok(Some((rec, _, _))) => {
                                self.state = State::Gzip { m, member };
                                return Ok(Some((rec, offset)));
                            }
                            // The member is over: the next one starts here.
                            Ok(None) => {}
                            Err(e) => return Err((offset, e)),
                        }
                    }
                    let outer = m.get_ref();
                    let offset = outer.get_ref().count() - outer.buffer().len() as u64;
                    match m.at_end() {
                        Ok(true) => return Ok(None),
                        Ok(false) => {}
                        Err(e) => return Err((offset, e)),
                    }
                    if let Err(e) = m.start() {
                        return Err((offset, e));
                    }
                    self.state = State::Gzip {
                        m,
                        member: Some(offset),
                    };
                }
            }
        }
    }
}

impl Iterator for WarcPages {
    type Item = Page;

    fn next(&mut self) -> Option<Page> {
        loop {
            let (rec, offset) = match self.next_record() {
                Ok(Some(r)) => r,
                Ok(None) => return None,
                Err((offset, e)) => return Some(self.truncated(offset, &e)),
            };
            self.stats.records.fetch_add(1, Ordering::Relaxed);
            match to_page(rec, &self.archive, offset, self.max_bytes) {
                Outcome::Page(p) => return Some(*p),
                Outcome::NotPage => self.stats.not_pages.fetch_add(1, Ordering::Relaxed),
                Outcome::NonHtml => self.stats.skipped_non_html.fetch_add(1, Ordering::Relaxed),
                Outcome::NotOk => self.stats.skipped_status.fetch_add(1, Ordering::Relaxed),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_type_parts() {
        assert_eq!(
            content_type("text/html; charset=\"ISO-8859-1\""),
            ("text/html".to_string(), Some("ISO-8859-1".to_string()))
        );
        assert_eq!(content_type("TEXT/HTML").0, "text/html");
        assert_eq!(content_type("").1, None);
    }

    const PAGE: &[u8] = b"<html><body><p>Brotli page body.</p></body></html>";

    // PAGE compressed by Python's brotli 1.2.1 (`brotli.compress`).
    const PAGE_BR: [u8; 52] = [
        0x1b, 0x31, 0x00, 0xf8, 0x2d, 0x0e, 0x78, 0x73, 0x70, 0x95, 0x12, 0x81, 0xa3, 0x35, 0x77,
        0xc2, 0x97, 0x3c, 0x42, 0x68, 0xf5, 0x02, 0x57, 0x6f, 0x72, 0xe5, 0x43, 0xd7, 0x3e, 0x69,
        0x6c, 0x6d, 0x7a, 0x10, 0x5a, 0x74, 0x11, 0x47, 0x7b, 0x02, 0xcc, 0x33, 0xe0, 0x90, 0x1f,
        0x72, 0x55, 0x73, 0x9e, 0xc4, 0x10, 0x03,
    ];

    fn gzip(data: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(data).expect("gzip");
        enc.finish().expect("gzip")
    }

    fn zstd(data: &[u8]) -> Vec<u8> {
        ruzstd::encoding::compress_to_vec(data, ruzstd::encoding::CompressionLevel::Fastest)
    }

    #[test]
    fn decodes_every_content_encoding() {
        use std::io::Write;
        let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        zlib.write_all(PAGE).expect("zlib");
        let mut raw = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
        raw.write_all(PAGE).expect("deflate");
        let cases: [(&str, Vec<u8>); 9] = [
            ("", PAGE.to_vec()),
            ("identity", PAGE.to_vec()),
            ("gzip", gzip(PAGE)),
            ("x-gzip", gzip(PAGE)),
            ("deflate", zlib.finish().expect("zlib")),
            ("deflate", raw.finish().expect("deflate")),
            ("br", PAGE_BR.to_vec()),
            ("zstd", zstd(PAGE)),
            // Encodings are listed in the order they were applied.
            ("br, gzip", gzip(&PAGE_BR)),
        ];
        for (encoding, body) in cases {
            let out = decode_content(body, encoding, 1000);
            assert_eq!(out.as_deref().ok(), Some(PAGE), "{encoding}");
        }
        // Two zstd frames one after the other.
        let mut frames = zstd(&PAGE[..10]);
        frames.extend(zstd(&PAGE[10..]));
        assert_eq!(
            decode_content(frames, "zstd", 1000).ok().as_deref(),
            Some(PAGE)
        );
    }

    #[test]
    fn a_body_stored_decoded_is_read_as_it_is() {
        for encoding in ["gzip", "zstd"] {
            let body = [b"\xEF\xBB\xBF \n".as_slice(), PAGE].concat();
            let out = decode_content(body.clone(), encoding, 1000);
            assert_eq!(out.ok(), Some(body), "{encoding}");
        }
        // Brotli streams have no magic bytes: a plain body is an error.
        assert!(decode_content(PAGE.to_vec(), "br", 1000).is_err());
    }

    #[test]
    fn content_encoding_errors_are_reported() {
        let err = |body: Vec<u8>, encoding: &str, max: usize| {
            decode_content(body, encoding, max)
                .expect_err(encoding)
                .to_string()
        };
        assert!(
            err(PAGE.to_vec(), "compress", 1000).contains("unsupported content-encoding compress")
        );
        assert!(err(b"\x1f\x8b\x08garbage".to_vec(), "gzip", 1000).contains("bad gzip"));
        assert!(err(PAGE_BR[..20].to_vec(), "br", 1000).contains("bad br"));
        assert!(err(b"\x28\xb5\x2f\xfdxx".to_vec(), "zstd", 1000).contains("bad zstd"));
        // Each decoder stops past the page size limit.
        let big = vec![b'a'; 5000];
        for (encoding, body) in [("gzip", gzip(&big)), ("zstd", zstd(&big))] {
            let e = decode_content(body, encoding, 1000).expect_err(encoding);
            assert!(
                matches!(e, Error::TooLarge { size: 1001, .. }),
                "{encoding}: {e}"
            );
        }
        let e = decode_content(PAGE_BR.to_vec(), "br", 10).expect_err("br");
        assert!(matches!(e, Error::TooLarge { size: 11, .. }), "{e}");
    }

    #[test]
    fn dechunks_bodies() {
        assert_eq!(
            dechunk(b"5\r\nhello\r\n6;x=y\r\n world\r\n0\r\n\r\n").as_deref(),
            Some(&b"hello world"[..])
        );
        assert_eq!(dechunk(b"zz\r\nhello"), None);
        assert_eq!(dechunk(b"50\r\nshort"), None);
    }

    #[test]
    fn reads_records_and_reports_eof() {
        let data = b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n\
WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\nabc";
        let mut r: &[u8] = data;
        let (rec, at, n) = read_record(&mut r, 100)
            .ok()
            .flatten()
            .expect("first record");
        assert_eq!(rec.header("warc-type"), Some("warcinfo"));
        assert_eq!(rec.block.as_deref(), Some(&b"abc"[..]));
        assert_eq!((at, n), (0, 55));
        let err = read_record(&mut r, 100).expect_err("truncated");
        assert_eq!(err.kind(), std::io::ErrorKind::UnexpectedEof);
    }
}
