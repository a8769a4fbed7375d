//! `classify` over a large in-memory log of reply lines (every text of `tests/reasons.txt`,
//! repeated to 1 GiB or `NDR_CLASSIFY_BENCH_MIB`, one per line), one core, against a baseline in
//! the same run: a `regex::bytes::RegexSet` over the same phrases (one case-insensitive
//! alternation per rule, in catalog order), which does the same job: the first rule that
//! matches, the first code in the line, and the code's catalog reason when no rule matches.
//! The baseline reads the first 4 MiB of the log (`NDR_CLASSIFY_BASELINE_MIB`): at about
//! 170 KiB/s, ten passes over 1 GiB would take most of a day.
//!
//! `cargo bench -p ndr-bounce --bench classify`; throughput is in bytes per second.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use ndr_bounce::classify;
use ndr_codes::{Reason, Status, find_codes};
use regex::bytes::{RegexSet, RegexSetBuilder};

/// A size in MiB from the environment variable `name`, else `default`, in bytes.
fn mib(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(default)
        << 20
}

/// The texts of `tests/reasons.txt` repeated into one newline-separated buffer of `size`
/// bytes or a little more.
fn log(size: usize) -> Vec<u8> {
    let cases = ndr_codes_testdata::fixtures::reason_cases();
    let lines: Vec<&str> = cases.iter().map(|c| c.text.as_str()).collect();
    let mut log = Vec::with_capacity(size + 4096);
    while log.len() < size {
        for line in &lines {
            log.extend_from_slice(line.as_bytes());
            log.push(b'\n');
        }
    }
    log
}

/// The baseline: one regex per rule (its phrases as a case-insensitive alternation).
struct Baseline {
    set: RegexSet,
    reasons: Vec<Reason>,
}

impl Baseline {
    fn new() -> Baseline {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../catalog.yaml");
        let catalog = ndr_codes_codegen::load(path).expect("the catalog loads");
        let patterns: Vec<String> = catalog
            .rules
            .iter()
            .map(|rule| {
                let phrases: Vec<String> = rule.phrases.iter().map(|p| regex::escape(p)).collect();
                format!("(?i-u:{})", phrases.join("|"))
            })
            .collect();
        let reasons = catalog
            .rules
            .iter()
            .map(|rule| Reason::from_id(&rule.reason).expect("a known reason"))
            .collect();
        let set = RegexSetBuilder::new(patterns)
            .size_limit(256 << 20)
            .build()
            .expect("the phrases compile");
        Baseline { set, reasons }
    }

    /// The same decision as `classify` for rules without host or code conditions.
    fn classify(&self, line: &[u8]) -> Reason {
        let code = find_codes(line).next().map(|f| f.code);
        if let Some(first) = self.set.matches(line).iter().next() {
            return self.reasons[first];
        }
        code.and_then(Status::from_code)
            .map_or(Reason::Undefined, Status::reason)
    }
}

fn bench(c: &mut Criterion) {
    let log = log(mib("NDR_CLASSIFY_BENCH_MIB", 1024));
    // The baseline's share: the first lines of the log, up to NDR_CLASSIFY_BASELINE_MIB.
    let cut = mib("NDR_CLASSIFY_BASELINE_MIB", 4).min(log.len());
    let cut = log[cut..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(log.len(), |i| cut + i);
    let head = &log[..cut];
    let baseline = Baseline::new();
    // Both sides do the same job: they agree on every line but those decided by a code
    // condition (a rule for one code), which the baseline leaves out.
    let lines = head.split(|&b| b == b'\n');
    let (same, total) = lines.fold((0usize, 0usize), |(same, total), line| {
        let agree = classify(line).reason == baseline.classify(line);
        (same + usize::from(agree), total + 1)
    });
    eprintln!("classify and the baseline agree on {same} of {total} lines");
    let mut group = c.benchmark_group("classify");
    group.throughput(Throughput::Bytes(log.len() as u64));
    group.sample_size(10);
    // Flat: every sample runs the same number of iterations (one, for the baseline), so a
    // run costs 10 baseline passes instead of the 55 of linear sampling.
    group.sampling_mode(SamplingMode::Flat);
    group.bench_function("ndr_bounce::classify", |b| {
        b.iter(|| {
            let mut counts = [0u32; 64];
            for line in log.split(|&b| b == b'\n') {
                counts[classify(line).reason as usize % 64] += 1;
            }
            black_box(counts)
        });
    });
    group.throughput(Throughput::Bytes(head.len() as u64));
    group.bench_function("regex::bytes::RegexSet baseline", |b| {
        b.iter(|| {
            let mut counts = [0u32; 64];
            for line in head.split(|&b| b == b'\n') {
                counts[baseline.classify(line) as usize % 64] += 1;
            }
            black_box(counts)
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
