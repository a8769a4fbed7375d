//! `ndr scan`'s chunked reading: whatever the chunk size and however the reader splits its
//! reads, the counts equal those of one pass over the whole text.
#![no_main]

use std::io::{self, Read};

use libfuzzer_sys::fuzz_target;
use ndr_codes_cli::tally::{ChunkScanner, OVERLAP, Tally};

/// Hands out at most `step` bytes per read, like a pipe.
struct Trickle<'a> {
    data: &'a [u8],
    step: usize,
}

impl Read for Trickle<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let n = self.step.min(out.len()).min(self.data.len());
        out[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

fuzz_target!(|data: &[u8]| {
    let [chunk, step, text @ ..] = data else {
        return;
    };
    let chunk = 2 * OVERLAP + usize::from(*chunk);
    let step = 1 + usize::from(*step);
    let mut whole = Tally::new();
    whole.count_in(text);
    let mut chunked = Tally::new();
    let mut reader = Trickle { data: text, step };
    ChunkScanner::new(chunk)
        .scan(&mut reader, &mut chunked, &mut |_| {})
        .unwrap();
    assert_eq!(chunked, whole);
});
