//! Counting codes in a stream of any size, chunk by chunk, without losing or doubling a code
//! that a chunk boundary cuts in two.
//!
//! Whether a code starts at a byte depends only on the byte before it and at most the 11
//! bytes from it on (`5.999.999`, then a letter or `.` and a digit, or a fourth digit). So a
//! chunk is searched whole, but a code is counted only if it starts before the last
//! [`OVERLAP`] bytes; those bytes, with one byte of left context, open the next chunk.

use std::{
    collections::HashMap,
    io::{self, ErrorKind, Read},
};

use ndr_codes::{Code, find_codes};

/// Bytes held back at the end of a chunk: more than a code can look at past its first byte.
pub const OVERLAP: usize = 16;

/// The default chunk size: large reads, few calls, and still a small buffer.
pub const DEFAULT_CHUNK: usize = 4 << 20;

/// How many times each code was seen, and in how many bytes.
#[derive(Default, Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    counts: HashMap<Code, u64>,
    bytes: u64,
}

impl Tally {
    /// An empty tally.
    pub fn new() -> Self {
        Tally::default()
    }

    /// Counts one occurrence of `code`.
    pub fn add(&mut self, code: Code) {
        *self.counts.entry(code).or_insert(0) += 1;
    }

    /// Counts every code in `text`, taken as a whole.
    pub fn count_in(&mut self, text: &[u8]) {
        for found in find_codes(text) {
            self.add(found.code);
        }
        self.bytes += text.len() as u64;
    }

    /// How many codes were seen in all.
    pub fn total(&self) -> u64 {
        self.counts.values().sum()
    }

    /// How many bytes were searched.
    pub fn bytes(&self) -> u64 {
        self.bytes
    }

    /// Whether no code was seen.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    /// How many times `code` was seen.
    pub fn count(&self, code: Code) -> u64 {
        self.counts.get(&code).copied().unwrap_or(0)
    }

    /// The codes with their counts, most frequent first, then in code order.
    pub fn sorted(&self) -> Vec<(Code, u64)> {
        let mut rows: Vec<(Code, u64)> = self.counts.iter().map(|(&code, &n)| (code, n)).collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        rows
    }
}

/// Reads streams in large chunks into one reused buffer and counts their codes.
#[derive(Debug)]
pub struct ChunkScanner {
    buf: Vec<u8>,
}

impl ChunkScanner {
    /// A scanner reading `chunk_size` bytes at a time (at least `2 * OVERLAP`).
    pub fn new(chunk_size: usize) -> Self {
        ChunkScanner {
            buf: vec![0; chunk_size.max(2 * OVERLAP)],
        }
    }

    /// Counts every code in `reader` into `tally`, calling `progress` with the number of bytes
    /// read from `reader` so far after each chunk.
    pub fn scan(
        &mut self,
        reader: &mut dyn Read,
        tally: &mut Tally,
        progress: &mut dyn FnMut(u64),
    ) -> io::Result<()> {
        let buf = &mut self.buf[..];
        let mut carried = 0; // bytes at the front of `buf` kept from the previous chunk
        let mut counted_before = 0; // codes starting before this index were counted already
        let mut read_total = 0u64;
        loop {
            let n = fill(reader, &mut buf[carried..])?;
            read_total += n as u64;
            tally.bytes += n as u64;
            let len = carried + n;
            let at_end = len < buf.len();
            // Codes that start here or later may still change with the bytes to come.
            let settled = if at_end { len } else { len - OVERLAP };
            for found in find_codes(&buf[..len]) {
                if found.span.start >= settled {
                    break;
                }
                if found.span.start >= counted_before {
                    tally.add(found.code);
                }
            }
            progress(read_total);
            if at_end {
                return Ok(());
            }
            // Keep the unsettled tail and the byte before it (a code's left neighbour).
            let from = settled - 1;
            buf.copy_within(from..len, 0);
            carried = len - from;
            counted_before = settled - from;
        }
    }
}

/// Reads until `buf` is full or the stream ends; gives the number of bytes read.
fn fill(reader: &mut dyn Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match reader.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

#[cfg(test)]
mod tests {
    use ndr_codes_testdata::Trickle;

    use super::*;

    fn chunked(data: &[u8], chunk: usize, step: usize) -> Tally {
        let mut tally = Tally::new();
        let mut reader = Trickle::new(data, step);
        ChunkScanner::new(chunk)
            .scan(&mut reader, &mut tally, &mut |_| {})
            .unwrap();
        tally
    }

    #[test]
    fn every_chunk_size_and_offset_counts_the_same() {
        let line = b"x 550 5.1.1 a; dsn=4.4.7, 10.5.1.1 v5.1.1 5.7.606. 15.2.1118.26 2.0.0\n";
        let data: Vec<u8> = line
            .iter()
            .copied()
            .cycle()
            .take(line.len() * 9 + 5)
            .collect();
        let mut whole = Tally::new();
        whole.count_in(&data);
        assert_eq!(whole.total(), 4 * 9, "{:?}", whole.sorted());
        for chunk in [2 * OVERLAP, 2 * OVERLAP + 1, 45, 64, 100, 1000] {
            for step in [1, 7, 4096] {
                assert_eq!(
                    chunked(&data, chunk, step),
                    whole,
                    "chunk {chunk} step {step}"
                );
            }
        }
    }

    #[test]
    fn a_code_cut_at_every_position_is_counted_once() {
        // Place the code so that a chunk boundary falls on each of its bytes and neighbours.
        for pad in 0..40 {
            let mut data = vec![b' '; pad];
            data.extend_from_slice(b"550 5.999.999 x");
            data.extend(std::iter::repeat_n(b' ', 50));
            let tally = chunked(&data, 2 * OVERLAP, 4096);
            assert_eq!(tally.total(), 1, "pad {pad}");
            // And a look-alike cut the same way stays rejected.
            let fake = String::from_utf8(data)
                .unwrap()
                .replace("5.999.999", "5.999.999.1");
            assert_eq!(
                chunked(fake.as_bytes(), 2 * OVERLAP, 4096).total(),
                0,
                "pad {pad}"
            );
        }
    }

    #[test]
    fn sorted_by_count_then_code() {
        let mut tally = Tally::new();
        tally.count_in(b"4.4.7 5.1.1 2.0.0 5.1.1 4.4.7 5.7.1");
        let rows: Vec<(String, u64)> = tally
            .sorted()
            .into_iter()
            .map(|(c, n)| (c.to_string(), n))
            .collect();
        let expected = [("4.4.7", 2), ("5.1.1", 2), ("2.0.0", 1), ("5.7.1", 1)];
        assert_eq!(rows, expected.map(|(c, n)| (c.to_owned(), n)));
        assert_eq!((tally.total(), tally.bytes()), (6, 35));
    }

    #[test]
    fn empty_input() {
        let tally = chunked(b"", 64, 1);
        assert!(tally.is_empty());
        assert_eq!(tally.bytes(), 0);
    }
}
