//! `find_codes` over a realistic mail log (from `cargo xtask gen-log`), in MB/s, against the
//! `regex` crate finding the same codes with the same boundary rule, and against one memchr
//! pass over the same bytes: the ceiling a dot-driven scanner can reach.
//!
//! `cargo bench -p ndr-codes --bench find`; results in BENCHMARKS.md.

use std::{hint::black_box, time::Duration};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use ndr_codes::find_codes;
use regex::bytes::Regex;

/// Size of the generated log: large enough to leave the CPU caches, small enough to build fast.
const LOG_SIZE: u64 = 32 << 20;

/// The rule through the `regex` crate: a well-formed code, then a look at its neighbours,
/// since regex has no lookaround. Counts the codes.
fn regex_count(pattern: &Regex, text: &[u8]) -> usize {
    pattern
        .find_iter(text)
        .filter(|m| {
            let before = m.start().checked_sub(1).map(|i| text[i]);
            let after = text.get(m.end()).copied();
            let after2 = text.get(m.end() + 1).copied();
            !before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'.')
                && !after.is_some_and(|b| b.is_ascii_alphanumeric())
                && !(after == Some(b'.') && after2.is_some_and(|b| b.is_ascii_digit()))
        })
        .count()
}

fn find(c: &mut Criterion) {
    let mut log = Vec::with_capacity(LOG_SIZE as usize + 4096);
    let summary =
        xtask::gen_log::generate(LOG_SIZE, &mut log).expect("writing to memory cannot fail");
    let pattern = Regex::new(r"(?-u)[245]\.(?:0|[1-9][0-9]{0,2})\.(?:0|[1-9][0-9]{0,2})").unwrap();

    // All three must see the same codes before their speed means anything.
    let expected: u64 = summary.codes.values().sum();
    assert_eq!(find_codes(&log).count() as u64, expected);
    assert_eq!(regex_count(&pattern, &log) as u64, expected);

    let mut group = c.benchmark_group("find codes in a mail log");
    group.throughput(Throughput::Bytes(log.len() as u64));
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(8));
    group.bench_function("find_codes", |b| {
        b.iter(|| find_codes(black_box(&log)).count())
    });
    group.bench_function("regex + neighbour checks", |b| {
        b.iter(|| regex_count(&pattern, black_box(&log)))
    });
    group.bench_function("memchr '.' (ceiling)", |b| {
        b.iter(|| memchr::memchr_iter(b'.', black_box(&log)).count())
    });
    group.finish();
}

criterion_group!(benches, find);
criterion_main!(benches);
