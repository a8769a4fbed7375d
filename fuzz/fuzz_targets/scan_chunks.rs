//! `ndr scan`'s chunked reading: whatever the chunk size and however the reader splits its
//! reads, the counts equal those of one pass over the whole text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ndr_codes_cli::tally::{ChunkScanner, OVERLAP, Tally};
use ndr_codes_testdata::Trickle;

fuzz_target!(|data: &[u8]| {
    let [chunk, step, text @ ..] = data else {
        return;
    };
    let chunk = 2 * OVERLAP + usize::from(*chunk);
    let step = 1 + usize::from(*step);
    let mut whole = Tally::new();
    whole.count_in(text);
    let mut chunked = Tally::new();
    let mut reader = Trickle::new(text, step);
    ChunkScanner::new(chunk)
        .scan(&mut reader, &mut chunked, &mut |_| {})
        .unwrap();
    assert_eq!(chunked, whole);
});
