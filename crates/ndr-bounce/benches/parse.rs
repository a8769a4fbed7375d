//! Parsing every message of the bounce corpus (`../shared/corpus/bounces/emails`, or
//! `NDR_BOUNCE_CORPUS`), one message after another on one core, against the baseline of
//! reading the same bytes' header blocks with `mailparse` alone (the MIME layer below us).
//!
//! `cargo bench -p ndr-bounce --bench parse`; throughput is in messages per second.
#![allow(
    missing_docs,
    reason = "criterion_group! defines an undocumented public function"
)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let messages = ndr_codes_testdata::fixtures::bounce_messages();
    if messages.is_empty() {
        eprintln!("skipped: no bounce corpus (set NDR_BOUNCE_CORPUS)");
        return;
    }
    let mut group = c.benchmark_group("corpus");
    group.throughput(Throughput::Elements(messages.len() as u64));
    group.bench_function("ndr_bounce::parse", |b| {
        b.iter(|| {
            let mut recipients = 0;
            for m in &messages {
                if let Ok(bounce) = ndr_bounce::parse(std::hint::black_box(m)) {
                    recipients += bounce.recipients().len();
                }
            }
            recipients
        })
    });
    group.bench_function("baseline: mailparse::parse_mail only", |b| {
        b.iter(|| {
            let mut parts = 0;
            for m in &messages {
                if let Ok(mail) = mailparse::parse_mail(std::hint::black_box(m)) {
                    parts += mail.subparts.len();
                }
            }
            parts
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
