//! Opening what `ndr scan` reads: files or standard input, plain or gzip-compressed (told
//! apart by the gzip magic bytes, not by the file name), with a count of the raw bytes read
//! for the progress bar.

use std::{
    cell::Cell,
    fs::File,
    io::{self, Cursor, Read},
    path::Path,
    rc::Rc,
};

use flate2::read::MultiGzDecoder;

/// The first two bytes of every gzip member.
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// An opened input.
pub struct Input {
    /// The name to show: the path, or `-` for standard input.
    pub name: String,
    /// The decoded bytes.
    pub reader: Box<dyn Read>,
    /// Whether the input is gzip-compressed.
    pub gzip: bool,
    /// The size of the raw input, when it is a regular file.
    pub size: Option<u64>,
    /// Raw (still compressed) bytes read so far.
    pub raw_read: Rc<Cell<u64>>,
}

/// Opens `path`; `-` is standard input.
pub fn open(path: &str) -> io::Result<Input> {
    if path == "-" {
        return wrap("-".to_owned(), Box::new(io::stdin().lock()), None);
    }
    let file = File::open(Path::new(path))?;
    let size = file
        .metadata()
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len());
    wrap(path.to_owned(), Box::new(file), size)
}

/// Reads `raw` through a byte counter and, if it starts with the gzip magic, a decoder.
pub fn wrap(name: String, raw: Box<dyn Read>, size: Option<u64>) -> io::Result<Input> {
    let raw_read = Rc::new(Cell::new(0));
    let mut counted = Counting {
        inner: raw,
        count: Rc::clone(&raw_read),
    };
    let mut head = [0u8; 2];
    let n = read_up_to(&mut counted, &mut head)?;
    let gzip = head[..n] == GZIP_MAGIC;
    // Put the peeked bytes back in front of the rest.
    let whole = Cursor::new(head).take(n as u64).chain(counted);
    let reader: Box<dyn Read> = if gzip {
        Box::new(MultiGzDecoder::new(whole))
    } else {
        Box::new(whole)
    };
    Ok(Input {
        name,
        reader,
        gzip,
        size,
        raw_read,
    })
}

/// Reads until `buf` is full or the stream ends (a pipe may hand out one byte at a time).
fn read_up_to(reader: &mut dyn Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match reader.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

/// Counts the bytes that pass through.
struct Counting {
    inner: Box<dyn Read>,
    count: Rc<Cell<u64>>,
}

impl Read for Counting {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use flate2::{Compression, write::GzEncoder};

    use super::*;

    fn read_all(raw: Vec<u8>) -> (bool, Vec<u8>, u64) {
        let len = raw.len() as u64;
        let mut input = wrap("test".into(), Box::new(Cursor::new(raw)), Some(len)).unwrap();
        let mut out = Vec::new();
        input.reader.read_to_end(&mut out).unwrap();
        (input.gzip, out, input.raw_read.get())
    }

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
        encoder.write_all(data).unwrap();
        encoder.finish().unwrap()
    }

    #[test]
    fn plain_input_passes_through() {
        for data in [&b""[..], b"x", b"\x1f", b"550 5.1.1 user unknown\n"] {
            let (gzip, out, raw) = read_all(data.to_vec());
            assert!(!gzip);
            assert_eq!((out.as_slice(), raw), (data, data.len() as u64));
        }
    }

    #[test]
    fn gzip_is_recognised_by_its_magic_bytes_and_members_are_joined() {
        let mut data = gzip(b"first 5.1.1\n");
        data.extend(gzip(b"second 4.4.7\n")); // as logrotate and `cat a.gz b.gz` make them
        let raw_len = data.len() as u64;
        let (is_gzip, out, raw) = read_all(data);
        assert!(is_gzip);
        assert_eq!(out, b"first 5.1.1\nsecond 4.4.7\n");
        assert_eq!(raw, raw_len);
    }

    #[test]
    fn corrupt_gzip_is_an_error_not_a_panic() {
        let mut data = gzip(b"550 5.1.1 user unknown\n");
        let middle = data.len() / 2;
        data[middle..].fill(0xAA);
        let mut input = wrap("bad.gz".into(), Box::new(Cursor::new(data)), None).unwrap();
        assert!(input.reader.read_to_end(&mut Vec::new()).is_err());
    }
}
