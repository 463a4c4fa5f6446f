//! The page reader of bulk runs: a streaming iterator of [`Page`]s over
//! files, directories and stdin, whatever their container.
//!
//! Each input is opened once and sniffed by content, not by name: gzip and
//! zstd compression by their magic bytes, a WARC/WET archive by its
//! `WARC/1.` version line, JSONL by a first line that is a JSON object (or a
//! `.jsonl`/`.ndjson` name); anything else is one document. Archives and
//! JSONL streams are read record by record, so memory does not grow with
//! the input size.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use super::files::InputPath;
use super::warc::WarcPages;
use super::{Body, Page};
use crate::error::Error;
use crate::record::{DocKind, Source};

/// Buffer size of file readers.
const BUF: usize = 256 * 1024;

/// Field names looked up in JSONL objects, in order of preference. A name
/// is a key of the object or, when no key is spelled so, a dotted path into
/// nested objects (`metadata.url`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonlFields {
    /// Fields holding HTML (default `html`, then `content`).
    pub html: Vec<String>,
    /// Fields holding the page, used when no HTML field is present: its kind
    /// is sniffed like a file's (datatrove's readers, for one, keep a page's
    /// HTML in `text` until it is extracted).
    pub text: Vec<String>,
    /// Fields holding the page URL (default `url`, then `metadata.url`, where
    /// datatrove keeps it).
    pub url: Vec<String>,
    /// Fields holding the page's id (default `id`): a string, or a number
    /// written as in the line.
    pub id: Vec<String>,
    /// Fields holding when the page was fetched, RFC 3339 (default
    /// `fetched`, then `metadata.date`, where datatrove keeps the
    /// `WARC-Date`): as for an archive record, the reference time of the
    /// page's relative dates.
    pub fetched: Vec<String>,
}

impl Default for JsonlFields {
    fn default() -> Self {
        JsonlFields {
            html: vec!["html".to_string(), "content".to_string()],
            text: vec!["text".to_string()],
            url: vec!["url".to_string(), "metadata.url".to_string()],
            id: vec!["id".to_string()],
            fetched: vec!["fetched".to_string(), "metadata.date".to_string()],
        }
    }
}

/// The value at a field of a JSONL object: the key spelled `name`, else
/// the dotted path `name` through nested objects.
fn field_value<'a>(
    obj: &'a serde_json::Map<String, serde_json::Value>,
    name: &str,
) -> Option<&'a serde_json::Value> {
    if let Some(v) = obj.get(name) {
        return Some(v);
    }
    let (head, rest) = name.split_once('.')?;
    field_value(obj.get(head)?.as_object()?, rest)
}

/// How inputs are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOptions {
    pub jsonl: JsonlFields,
    /// Pages (and archive records) over this size become error records
    /// without being held in memory.
    pub max_bytes: usize,
    /// The URL of a page read from a single plain document.
    pub url: Option<String>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            jsonl: JsonlFields::default(),
            max_bytes: 64 * 1024 * 1024,
            url: None,
        }
    }
}

/// Counters of a read, shared with whoever reports progress.
#[derive(Debug, Default)]
pub struct ReadStats {
    /// Bytes read from the inputs (compressed size for compressed inputs).
    pub input_bytes: AtomicU64,
    /// Inputs (files, stdin) opened so far.
    pub inputs_opened: AtomicU64,
    /// Pages handed out by the reader so far.
    pub pages: AtomicU64,
    /// Archive records read (all types).
    pub records: AtomicU64,
    /// Archive records that are not pages (request, metadata, warcinfo...).
    pub not_pages: AtomicU64,
    /// Responses skipped because they are not HTML.
    pub skipped_non_html: AtomicU64,
    /// Responses skipped because their HTTP status is not 200.
    pub skipped_status: AtomicU64,
    /// Set once any input was an archive or a JSONL stream (many pages).
    pub multi_page: AtomicBool,
}

impl ReadStats {
    /// Pages skipped by the reader (non-HTML and non-200 responses).
    pub fn skipped(&self) -> u64 {
        self.skipped_non_html.load(Ordering::Relaxed) + self.skipped_status.load(Ordering::Relaxed)
    }
}

/// A reader that counts the bytes read through it (per input and in total).
pub struct Counting {
    inner: Box<dyn Read + Send>,
    count: u64,
    stats: Arc<ReadStats>,
}

impl Counting {
    /// Bytes read from this input so far.
    pub fn count(&self) -> u64 {
        self.count
    }
}

impl Read for Counting {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count += n as u64;
        self.stats
            .input_bytes
            .fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// The streaming iterator of pages over a list of inputs.
pub struct Reader {
    inputs: VecDeque<InputPath>,
    current: Option<Box<dyn Iterator<Item = Page> + Send>>,
    opts: ReadOptions,
    stats: Arc<ReadStats>,
}

impl Reader {
    pub fn new(inputs: Vec<InputPath>, opts: ReadOptions) -> Self {
        Reader {
            inputs: inputs.into(),
            current: None,
            opts,
            stats: Arc::new(ReadStats::default()),
        }
    }

    /// The read counters (live: they move while pages are read).
    pub fn stats(&self) -> Arc<ReadStats> {
        Arc::clone(&self.stats)
    }

    // Open an input and choose how to read it.
    fn open(&self, input: &InputPath) -> Box<dyn Iterator<Item = Page> + Send> {
        let name = input.display_name();
        self.stats.inputs_opened.fetch_add(1, Ordering::Relaxed);
        // A plain file's size sizes the document buffer once.
        let mut size_hint = 0usize;
        let raw: Box<dyn Read + Send> = match input {
            InputPath::Stdin => Box::new(std::io::stdin()),
            InputPath::File(p) => match std::fs::File::open(p) {
                Ok(mut f) => {
                    size_hint = f
                        .metadata()
                        .map_or(0, |m| usize::try_from(m.len()).unwrap_or(0));
                    if size_hint == 0 || size_hint > self.opts.max_bytes {
                        Box::new(f)
                    } else {
                        // The common case, one page per file, is read in one
                        // go and handed on without copying through readers.
                        let mut bytes = Vec::with_capacity(size_hint.saturating_add(1));
                        if let Err(e) = f.read_to_end(&mut bytes) {
                            return one(Page::failed(Source::from_path(name), Error::io(p, e)));
                        }
                        match self.plain_document(bytes, &name) {
                            Ok(page) => return one(page),
                            Err(bytes) => Box::new(std::io::Cursor::new(bytes)),
                        }
                    }
                }
                Err(e) => return one(Page::failed(Source::from_path(name), Error::io(p, e))),
            },
        };
        let (head, raw) = match peek(raw, 64 * 1024) {
            Ok(x) => x,
            Err(e) => return one(Page::failed(Source::from_path(&name), Error::io(&name, e))),
        };
        let counting = Counting {
            inner: raw,
            count: 0,
            stats: Arc::clone(&self.stats),
        };
        let outer = BufReader::with_capacity(BUF, counting);
        let named_jsonl = is_named_jsonl(&name);
        let max = self.opts.max_bytes;
        let stream: Box<dyn BufRead + Send> = if head.starts_with(&[0x1f, 0x8b]) {
            if gzip_holds_warc(&head) {
                self.stats.multi_page.store(true, Ordering::Relaxed);
                return Box::new(WarcPages::gzip_members(
                    outer,
                    name,
                    max,
                    Arc::clone(&self.stats),
                ));
            }
            size_hint = 0;
            Box::new(BufReader::with_capacity(
                BUF,
                flate2::bufread::MultiGzDecoder::new(outer),
            ))
        } else if opens_zstd(&head) {
            size_hint = 0;
            Box::new(BufReader::with_capacity(BUF, ZstdFrames::new(outer)))
        } else {
            Box::new(outer)
        };
        // Sniff the (decompressed) content.
        let (head, stream) = match peek(Box::new(stream), 64 * 1024) {
            Ok((h, r)) => (h, BufReader::with_capacity(BUF, r)),
            Err(e) => {
                let err = Error::Truncated {
                    path: name.clone(),
                    offset: 0,
                    message: e.to_string(),
                };
                return one(Page::failed(Source::from_path(&name), err));
            }
        };
        let stream: Box<dyn BufRead + Send> = Box::new(stream);
        if starts_with_warc(&head) {
            self.stats.multi_page.store(true, Ordering::Relaxed);
            return Box::new(WarcPages::plain(stream, name, max, Arc::clone(&self.stats)));
        }
        if named_jsonl || first_line_is_object(&head) {
            self.stats.multi_page.store(true, Ordering::Relaxed);
            return Box::new(JsonlPages {
                r: stream,
                name,
                pos: 0,
                line: 0,
                fields: self.opts.jsonl.clone(),
                max_bytes: max,
                done: false,
            });
        }
        let mut source = Source::from_path(&name);
        source.url = self.opts.url.clone();
        one(read_document(stream, source, max, size_hint))
    }
}

impl Reader {
    // A whole file that is one plain document (not compressed, not an
    // archive, not JSONL, within the size limit) as its page; anything else
    // is given back to be read as a stream.
    fn plain_document(&self, bytes: Vec<u8>, name: &str) -> Result<Page, Vec<u8>> {
        let head = bytes.get(..bytes.len().min(64 * 1024)).unwrap_or(&[]);
        let compressed = head.starts_with(&[0x1f, 0x8b]) || opens_zstd(head);
        if compressed
            || bytes.len() > self.opts.max_bytes
            || is_named_jsonl(name)
            || starts_with_warc(head)
            || first_line_is_object(head)
        {
            return Err(bytes);
        }
        self.stats
            .input_bytes
            .fetch_add(bytes.len() as u64, Ordering::Relaxed);
        let mut source = Source::from_path(name);
        source.url = self.opts.url.clone();
        Ok(document_page(source, bytes))
    }
}

// A file name marking JSONL (`.jsonl`, `.ndjson`, also before `.gz`/`.zst`).
fn is_named_jsonl(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".jsonl", ".ndjson"]
        .iter()
        .any(|ext| lower.ends_with(ext) || lower.contains(&format!("{ext}.")))
}

impl Iterator for Reader {
    type Item = Page;

    fn next(&mut self) -> Option<Page> {
        loop {
            if let Some(cur) = self.current.as_mut() {
                if let Some(p) = cur.next() {
                    self.stats.pages.fetch_add(1, Ordering::Relaxed);
                    return Some(p);
                }
                self.current = None;
            }
            let input = self.inputs.pop_front()?;
            self.current = Some(self.open(&input));
        }
    }
}

fn one(page: Page) -> Box<dyn Iterator<Item = Page> + Send> {
    Box::new(std::iter::once(page))
}

// Read a whole document, refusing (without holding) more than `max` bytes;
// `size_hint` is its expected size (0 when unknown).
fn read_document(
    mut r: Box<dyn BufRead + Send>,
    source: Source,
    max: usize,
    size_hint: usize,
) -> Page {
    let name = source.path.clone().unwrap_or_default();
    let mut bytes = Vec::with_capacity(size_hint.min(max).saturating_add(1));
    if let Err(e) = r
        .as_mut()
        .take((max as u64).saturating_add(1))
        .read_to_end(&mut bytes)
    {
        return Page::failed(source, Error::io(&name, e));
    }
    if bytes.len() > max {
        let rest = std::io::copy(&mut r, &mut std::io::sink()).unwrap_or(0);
        let size = bytes
            .len()
            .saturating_add(usize::try_from(rest).unwrap_or(usize::MAX));
        return Page::failed(source, Error::TooLarge { size, limit: max });
    }
    document_page(source, bytes)
}

// A whole document's page: its bytes, charset and kind still to be found.
fn document_page(source: Source, bytes: Vec<u8>) -> Page {
    Page {
        source,
        body: Body::Bytes(bytes),
        charset: None,
        kind: None,
    }
}

// Read up to `n` bytes to sniff the input, and give back a reader that
// still yields them (short reads from pipes are topped up).
fn peek(mut r: Box<dyn Read + Send>, n: usize) -> std::io::Result<(Vec<u8>, Box<dyn Read + Send>)> {
    let mut head = Vec::with_capacity(n.min(BUF));
    (&mut r).take(n as u64).read_to_end(&mut head)?;
    let again = std::io::Cursor::new(head.clone());
    Ok((head, Box::new(again.chain(r))))
}

fn starts_with_warc(head: &[u8]) -> bool {
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(0);
    head.get(start..).is_some_and(|h| h.starts_with(b"WARC/1."))
}

// Whether the first gzip member, as far as buffered, starts with a WARC
// version line.
fn gzip_holds_warc(buffered: &[u8]) -> bool {
    let mut head = [0u8; 16];
    let mut dec = flate2::bufread::GzDecoder::new(buffered);
    let mut got = 0;
    while got < head.len() {
        match dec.read(head.get_mut(got..).unwrap_or(&mut [])) {
            Ok(0) | Err(_) => break,
            Ok(n) => got += n,
        }
    }
    starts_with_warc(head.get(..got).unwrap_or(&[]))
}

// A first line that parses as a JSON object marks a JSONL stream.
fn first_line_is_object(head: &[u8]) -> bool {
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(0);
    let rest = head.get(start..).unwrap_or(&[]);
    if rest.first() != Some(&b'{') {
        return false;
    }
    let line = match rest.iter().position(|&b| b == b'\n') {
        Some(e) => rest.get(..e).unwrap_or(rest),
        // The first line is longer than the sniffed head: an object that
        // opens like JSON (`{"`) is taken as JSONL.
        None => {
            return rest
                .get(1..)
                .is_some_and(|r| r.trim_ascii_start().starts_with(b"\""))
        }
    };
    serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(line).is_ok()
}

/// The magic number opening a zstd frame.
const ZSTD_MAGIC: [u8; 4] = [0x28, 0xb5, 0x2f, 0xfd];

/// The skippable frame that opens a WARC-zstd file holding its dictionary
/// (IIPC's "Zstandard Compression for WARC Files").
const DICT_FRAME_MAGIC: u32 = 0x184D_2A5D;

/// Largest dictionary accepted (they are about 100 KiB as trained).
const MAX_DICT: u64 = 16 << 20;

// Skippable frames have the magic numbers 0x184D2A50 to 0x184D2A5F.
fn is_skippable_magic(magic: u32) -> bool {
    magic & 0xFFFF_FFF0 == 0x184D_2A50
}

/// A stream opens like zstd: a frame, or a skippable frame (the dictionary
/// of a WARC-zstd file).
fn opens_zstd(head: &[u8]) -> bool {
    head.starts_with(&ZSTD_MAGIC)
        || head
            .get(..4)
            .and_then(|m| <[u8; 4]>::try_from(m).ok())
            .is_some_and(|m| is_skippable_magic(u32::from_le_bytes(m)))
}

fn zstd_error(what: &str, e: impl std::fmt::Display) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidData, format!("zstd {what}: {e}"))
}

/// A frame's source: its magic number and header descriptor, read ahead to
/// tell the frame's kind, then the rest of the stream.
type FrameSource<R> = std::io::Chain<std::io::Cursor<[u8; 5]>, R>;

/// A zstd stream of one or more frames; skippable frames are skipped, and a
/// dictionary frame at the start (WARC-zstd) gives the dictionary of the
/// frames after it.
pub(super) struct ZstdFrames<R: BufRead> {
    src: Option<R>,
    dec: Option<ruzstd::decoding::StreamingDecoder<FrameSource<R>, ruzstd::decoding::FrameDecoder>>,
    /// The frame decoder between frames, holding the stream's dictionary.
    frames: ruzstd::decoding::FrameDecoder,
    /// The id of the stream's dictionary, once read.
    dict_id: Option<u32>,
    /// No frame has been read yet.
    at_start: bool,
}

impl<R: BufRead> ZstdFrames<R> {
    pub(super) fn new(src: R) -> Self {
        ZstdFrames {
            src: Some(src),
            dec: None,
            frames: ruzstd::decoding::FrameDecoder::new(),
            dict_id: None,
            at_start: true,
        }
    }

    // Read a skippable frame's length and content (after its magic number):
    // the dictionary if it is the stream's first frame and says so, else
    // skipped.
    fn skippable_frame(&mut self, src: &mut R, magic: u32) -> std::io::Result<()> {
        let mut len = [0u8; 4];
        src.read_exact(&mut len)?;
        let len = u64::from(u32::from_le_bytes(len));
        let mut content = src.take(len);
        if magic != DICT_FRAME_MAGIC || !self.at_start {
            let skipped = std::io::copy(&mut content, &mut std::io::sink())?;
            return if skipped == len {
                Ok(())
            } else {
                Err(std::io::ErrorKind::UnexpectedEof.into())
            };
        }
        if len > MAX_DICT {
            return Err(zstd_error(
                "dictionary",
                format!("{len} bytes, over {MAX_DICT}"),
            ));
        }
        let mut raw = Vec::new();
        content.read_to_end(&mut raw)?;
        if raw.len() as u64 != len {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        // The dictionary may itself be compressed, as one zstd frame.
        if raw.starts_with(&ZSTD_MAGIC) {
            let packed = std::mem::take(&mut raw);
            ruzstd::decoding::StreamingDecoder::new(packed.as_slice())
                .map_err(|e| zstd_error("dictionary", e))?
                .take(MAX_DICT + 1)
                .read_to_end(&mut raw)?;
            if raw.len() as u64 > MAX_DICT {
                return Err(zstd_error("dictionary", format!("over {MAX_DICT} bytes")));
            }
        }
        let dict = ruzstd::decoding::Dictionary::decode_dict(&raw)
            .map_err(|e| zstd_error("dictionary", e))?;
        self.dict_id = Some(dict.id);
        self.frames
            .add_dict(dict)
            .map_err(|e| zstd_error("dictionary", e))
    }
}

impl<R: BufRead> Read for ZstdFrames<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        loop {
            if let Some(dec) = self.dec.as_mut() {
                let n = dec.read(buf)?;
                if n > 0 || buf.is_empty() {
                    return Ok(n);
                }
                // Frame over: the next one (if any) starts here.
                if let Some(dec) = self.dec.take() {
                    let (source, frames) = dec.into_parts();
                    self.frames = frames;
                    self.src = Some(source.into_inner().1);
                }
            }
            let Some(mut src) = self.src.take() else {
                return Ok(0);
            };
            if src.fill_buf()?.is_empty() {
                return Ok(0);
            }
            let mut head = [0u8; 5];
            src.read_exact(&mut head[..4])?;
            let magic = u32::from_le_bytes([head[0], head[1], head[2], head[3]]);
            if is_skippable_magic(magic) {
                self.skippable_frame(&mut src, magic)?;
                self.at_start = false;
                self.src = Some(src);
                continue;
            }
            self.at_start = false;
            if head[..4] != ZSTD_MAGIC {
                return Err(zstd_error("stream", "no frame magic number"));
            }
            // The frame header descriptor: its low two bits give the size
            // of the dictionary id field (0: the frame names no dictionary).
            src.read_exact(&mut head[4..])?;
            let names_no_dictionary = head[4] & 3 == 0;
            let frames = std::mem::take(&mut self.frames);
            let source = std::io::Cursor::new(head).chain(src);
            let mut dec = ruzstd::decoding::StreamingDecoder::new_with_decoder(source, frames)
                .map_err(|e| zstd_error("frame", e))?;
            // After a dictionary frame every frame is compressed with it,
            // whether or not its header says so.
            if let (true, Some(id)) = (names_no_dictionary, self.dict_id) {
                dec.decoder
                    .force_dict(id)
                    .map_err(|e| zstd_error("frame", e))?;
            }
            self.dec = Some(dec);
        }
    }
}

/// The pages of a JSONL stream: one JSON object per line.
struct JsonlPages {
    r: Box<dyn BufRead + Send>,
    name: String,
    pos: u64,
    line: u64,
    fields: JsonlFields,
    max_bytes: usize,
    done: bool,
}

impl JsonlPages {
    fn source(&self, offset: u64) -> Source {
        let mut s = Source::from_path(&self.name);
        s.offset = Some(offset);
        s
    }

    fn page_of(&self, line: &[u8], offset: u64) -> Page {
        let mut source = self.source(offset);
        let obj: serde_json::Map<String, serde_json::Value> = match serde_json::from_slice(line) {
            Ok(o) => o,
            Err(e) => {
                let err = Error::Format {
                    what: format!("JSONL line {}", self.line),
                    message: e.to_string(),
                };
                return Page::failed(source, err);
            }
        };
        let field = |names: &[String]| {
            names
                .iter()
                .find_map(|n| field_value(&obj, n)?.as_str())
                .map(str::to_string)
        };
        source.url = field(&self.fields.url).filter(|u| !u.is_empty());
        source.fetched = field(&self.fields.fetched).filter(|f| !f.is_empty());
        // Ids are strings or numbers.
        source.id = self
            .fields
            .id
            .iter()
            .find_map(|n| match field_value(&obj, n)? {
                serde_json::Value::String(s) if !s.is_empty() => Some(s.clone()),
                serde_json::Value::Number(x) => Some(x.to_string()),
                _ => None,
            });
        let (content, kind) = if let Some(h) = field(&self.fields.html) {
            (h, Some(DocKind::Html))
        } else if let Some(t) = field(&self.fields.text) {
            // Sniffed as the page is staged.
            (t, None)
        } else {
            let err = Error::Format {
                what: format!("JSONL line {}", self.line),
                message: format!(
                    "no string field {} or {}",
                    self.fields.html.join("/"),
                    self.fields.text.join("/")
                ),
            };
            return Page::failed(source, err);
        };
        Page {
            source,
            body: Body::Text(content),
            charset: None,
            kind,
        }
    }
}

impl Iterator for JsonlPages {
    type Item = Page;

    fn next(&mut self) -> Option<Page> {
        let limit = (self.max_bytes as u64)
            .saturating_mul(2)
            .saturating_add(1024);
        let mut buf = Vec::new();
        while !self.done {
            buf.clear();
            let offset = self.pos;
            let n = match self.r.as_mut().take(limit).read_until(b'\n', &mut buf) {
                Ok(n) => n,
                Err(e) => {
                    self.done = true;
                    let err = Error::Truncated {
                        path: self.name.clone(),
                        offset,
                        message: e.to_string(),
                    };
                    return Some(Page::failed(self.source(offset), err));
                }
            };
            if n == 0 {
                return None;
            }
            self.pos += n as u64;
            self.line += 1;
            if n as u64 >= limit && buf.last() != Some(&b'\n') {
                // An over-long line: skip the rest of it without holding it.
                let mut size = n as u64;
                loop {
                    let skipped = match self.r.fill_buf() {
                        Ok([]) | Err(_) => break,
                        Ok(b) => match b.iter().position(|&c| c == b'\n') {
                            Some(i) => i + 1,
                            None => b.len(),
                        },
                    };
                    let ended = self
                        .r
                        .fill_buf()
                        .ok()
                        .and_then(|b| b.get(skipped - 1).copied())
                        == Some(b'\n');
                    self.r.consume(skipped);
                    size += skipped as u64;
                    if ended {
                        break;
                    }
                }
                self.pos = offset + size;
                let err = Error::TooLarge {
                    size: usize::try_from(size).unwrap_or(usize::MAX),
                    limit: self.max_bytes,
                };
                return Some(Page::failed(self.source(offset), err));
            }
            if buf.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            return Some(self.page_of(&buf, offset));
        }
        None
    }
}

/// Read `pages` on a background thread, up to `capacity` pages ahead, so
/// reading and decompression overlap with extraction.
pub fn prefetch<I>(pages: I, capacity: usize) -> impl Iterator<Item = Page>
where
    I: Iterator<Item = Page> + Send + 'static,
{
    let (tx, rx) = std::sync::mpsc::sync_channel(capacity.max(1));
    let spawned = std::thread::Builder::new()
        .name("unboil-reader".to_string())
        .spawn(move || {
            for p in pages {
                if tx.send(p).is_err() {
                    break;
                }
            }
        });
    // If no thread can be started the channel is closed: report it as one
    // error page rather than silently reading nothing.
    let failed = spawned.err().map(|e| {
        Page::failed(
            Source::default(),
            Error::Internal {
                message: format!("cannot start the reader thread: {e}"),
            },
        )
    });
    failed.into_iter().chain(rx)
}
