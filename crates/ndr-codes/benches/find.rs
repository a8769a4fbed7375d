//! `find_codes` over a realistic mail log (from `cargo xtask gen-log`), in MB/s, against the
//! `regex` crate finding the same codes with the same boundary rule, against one memchr pass
//! over the same bytes (the ceiling), and against memchr stopping at every dot (what a
//! dot-driven scanner pays before checking anything).
//!
//! `cargo bench -p ndr-codes --bench find`; results in BENCHMARKS.md.
#![allow(
    missing_docs,
    reason = "criterion_group! defines an undocumented public function"
)]

use std::{hint::black_box, time::Duration};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use ndr_codes::find_codes;
#[path = "../tests/support/regex_rule.rs"]
mod regex_rule;

use regex::bytes::Regex;
use regex_rule::{code_pattern, stands_alone};

/// Size of the generated log: large enough to leave the CPU caches, small enough to build fast.
const LOG_SIZE: u64 = 32 << 20;

/// The rule through the `regex` crate: a well-formed code, then a look at its neighbours,
/// since regex has no lookaround. Counts the codes.
fn regex_count(pattern: &Regex, text: &[u8]) -> usize {
    pattern
        .find_iter(text)
        .filter(|m| stands_alone(text, m.start(), m.end()))
        .count()
}

fn find(c: &mut Criterion) {
    let mut log = Vec::with_capacity(LOG_SIZE as usize + 4096);
    let summary =
        ndr_codes_testdata::generate(LOG_SIZE, &mut log).expect("writing to memory cannot fail");
    let pattern = code_pattern();

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
    // The ceiling: one SIMD pass of memchr over the same bytes, counting the dots.
    group.bench_function("memchr: count dots (ceiling)", |b| {
        b.iter(|| memchr::memchr_iter(b'.', black_box(&log)).count())
    });
    // What a scanner that stops at every dot pays before it checks anything.
    group.bench_function("memchr: visit every dot", |b| {
        b.iter(|| memchr::memchr_iter(b'.', black_box(&log)).fold(0, |acc, at| acc ^ at))
    });
    group.finish();
}

criterion_group!(benches, find);
criterion_main!(benches);
