//! Gzip members read one at a time from a stream, with one inflater reused
//! for every member: a `.warc.gz` holds one member per record (two or three
//! per page), and a fresh decoder per member costs more in allocation than
//! the inflating itself. The CRC-32 and size of each member are checked.

use std::io::{BufRead, ErrorKind, Read};

use flate2::{Decompress, FlushDecompress, Status};

/// Reads the members of a gzip stream: [`Members::start`] opens the next
/// member, then `Read`/`BufRead` give its decompressed bytes up to its end.
pub struct Members<R: BufRead> {
    inner: R,
    inflate: Decompress,
    buf: Vec<u8>,
    pos: usize,
    filled: usize,
    crc: crc32fast::Hasher,
    size: u32,
    /// Inside a member whose deflate data has not ended yet.
    open: bool,
}

fn bad(msg: &str) -> std::io::Error {
    std::io::Error::new(ErrorKind::InvalidData, msg.to_string())
}

fn eof() -> std::io::Error {
    std::io::Error::new(ErrorKind::UnexpectedEof, "gzip member cut short")
}

impl<R: BufRead> Members<R> {
    pub fn new(inner: R) -> Self {
        Members {
            inner,
            inflate: Decompress::new(false),
            buf: vec![0; 64 * 1024],
            pos: 0,
            filled: 0,
            crc: crc32fast::Hasher::new(),
            size: 0,
            open: false,
        }
    }

    /// The underlying stream (its position is just after the last member
    /// read to its end).
    pub fn get_ref(&self) -> &R {
        &self.inner
    }

    /// Whether the stream has no more bytes (no further member).
    pub fn at_end(&mut self) -> std::io::Result<bool> {
        Ok(self.inner.fill_buf()?.is_empty())
    }

    /// Open the next member: parse its header.
    pub fn start(&mut self) -> std::io::Result<()> {
        let mut head = [0u8; 10];
        self.read_raw(&mut head)?;
        if head[0] != 0x1f || head[1] != 0x8b || head[2] != 8 {
            return Err(bad("not a gzip member"));
        }
        let flags = head[3];
        if flags & 4 != 0 {
            let mut xlen = [0u8; 2];
            self.read_raw(&mut xlen)?;
            self.skip_raw(u16::from_le_bytes(xlen) as usize)?;
        }
        for flag in [8u8, 16] {
            if flags & flag != 0 {
                self.skip_zero_terminated()?;
            }
        }
        if flags & 2 != 0 {
            self.skip_raw(2)?;
        }
        self.inflate.reset(false);
        self.crc = crc32fast::Hasher::new();
        self.size = 0;
        self.pos = 0;
        self.filled = 0;
        self.open = true;
        Ok(())
    }

    fn read_raw(&mut self, out: &mut [u8]) -> std::io::Result<()> {
        self.inner.read_exact(out).map_err(|e| {
            if e.kind() == ErrorKind::UnexpectedEof {
                eof()
            } else {
                e
            }
        })
    }

    fn skip_raw(&mut self, mut n: usize) -> std::io::Result<()> {
        while n > 0 {
            let avail = self.inner.fill_buf()?.len();
            if avail == 0 {
                return Err(eof());
            }
            let k = avail.min(n);
            self.inner.consume(k);
            n -= k;
        }
        Ok(())
    }

    fn skip_zero_terminated(&mut self) -> std::io::Result<()> {
        loop {
            let buf = self.inner.fill_buf()?;
            if buf.is_empty() {
                return Err(eof());
            }
            match buf.iter().position(|&b| b == 0) {
                Some(i) => {
                    self.inner.consume(i + 1);
                    return Ok(());
                }
                None => {
                    let n = buf.len();
                    self.inner.consume(n);
                }
            }
        }
    }

    /// Inflate into `out`; 0 at the end of the member (trailer checked).
    fn inflate_into(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        while self.open && !out.is_empty() {
            let input = self.inner.fill_buf()?;
            let eof_input = input.is_empty();
            let (in0, out0) = (self.inflate.total_in(), self.inflate.total_out());
            let status = self
                .inflate
                .decompress(input, out, FlushDecompress::None)
                .map_err(|e| bad(&format!("corrupt deflate data: {e}")))?;
            let used = (self.inflate.total_in() - in0) as usize;
            let made = (self.inflate.total_out() - out0) as usize;
            self.inner.consume(used);
            if let Some(done) = out.get(..made) {
                self.crc.update(done);
            }
            self.size = self.size.wrapping_add(made as u32);
            if status == Status::StreamEnd {
                self.open = false;
                self.check_trailer()?;
                return Ok(made);
            }
            if made > 0 {
                return Ok(made);
            }
            if eof_input {
                return Err(eof());
            }
            if used == 0 {
                return Err(bad("deflate data makes no progress"));
            }
        }
        Ok(0)
    }

    fn check_trailer(&mut self) -> std::io::Result<()> {
        let mut t = [0u8; 8];
        self.read_raw(&mut t)?;
        let crc = u32::from_le_bytes([t[0], t[1], t[2], t[3]]);
        let size = u32::from_le_bytes([t[4], t[5], t[6], t[7]]);
        let ours = std::mem::replace(&mut self.crc, crc32fast::Hasher::new()).finalize();
        if crc != ours || size != self.size {
            return Err(bad("gzip member fails its CRC/size check"));
        }
        Ok(())
    }
}

impl<R: BufRead> Read for Members<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if self.pos < self.filled {
            let n = self.fill_buf()?.read(out)?;
            self.consume(n);
            return Ok(n);
        }
        // Large reads inflate straight into the caller's buffer.
        if out.len() >= self.buf.len() {
            return self.inflate_into(out);
        }
        let n = self.fill_buf()?.read(out)?;
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Members<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        if self.pos >= self.filled {
            let mut buf = std::mem::take(&mut self.buf);
            let n = self.inflate_into(&mut buf);
            self.buf = buf;
            self.filled = n?;
            self.pos = 0;
        }
        Ok(self.buf.get(self.pos..self.filled).unwrap_or(&[]))
    }

    fn consume(&mut self, amt: usize) {
        self.pos = (self.pos + amt).min(self.filled);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gz(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).expect("in memory");
        e.finish().expect("in memory")
    }

    #[test]
    fn reads_members_one_by_one_with_positions() {
        let a = gz(b"first member");
        let big: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        let b = gz(&big);
        let mut all = a.clone();
        all.extend_from_slice(&b);
        let mut m = Members::new(std::io::BufReader::new(all.as_slice()));
        m.start().expect("header");
        let mut out = Vec::new();
        m.read_to_end(&mut out).expect("member");
        assert_eq!(out, b"first member");
        assert!(!m.at_end().expect("more"));
        m.start().expect("second header");
        let mut out = Vec::new();
        m.read_to_end(&mut out).expect("member");
        assert_eq!(out, big);
        assert!(m.at_end().expect("done"));
    }

    #[test]
    fn cut_and_corrupt_members_are_errors() {
        let a = gz(b"some text that is long enough to compress somewhat, text text text");
        let cut = a.get(..a.len() - 5).expect("shorter");
        let mut m = Members::new(std::io::BufReader::new(cut));
        m.start().expect("header");
        let mut out = Vec::new();
        let err = m.read_to_end(&mut out).expect_err("cut");
        assert_eq!(err.kind(), ErrorKind::UnexpectedEof);
        let mut bad_crc = a.clone();
        let n = bad_crc.len();
        bad_crc[n - 8] ^= 0xff;
        let mut m = Members::new(std::io::BufReader::new(bad_crc.as_slice()));
        m.start().expect("header");
        let err = m.read_to_end(&mut out).expect_err("crc");
        assert_eq!(err.kind(), ErrorKind::InvalidData);
    }
}
