//! Parsing "5.1.1" to `Status` and to `Code`, against a `HashMap<&str, Status>` built from
//! `Status::ALL`, in the same run. Run: `cargo bench -p ndr-codes --bench parse`.
#![allow(
    missing_docs,
    reason = "criterion_group! defines an undocumented public function"
)]

use std::{collections::HashMap, hint::black_box};

use criterion::{Criterion, criterion_group, criterion_main};
use ndr_codes::{Code, Status};

fn parse(c: &mut Criterion) {
    let table: HashMap<&'static str, Status> =
        Status::ALL.iter().map(|s| (s.as_str(), *s)).collect();
    // A mix of codes as they come out of logs: common ones, a range member, an unknown one.
    let inputs = [
        "5.1.1", "4.4.7", "5.7.1", "2.0.0", "5.7.26", "5.2.2", "5.7.620", "5.1.999",
    ];

    let mut group = c.benchmark_group("parse 5.1.1");
    group.bench_function("Status::from_str", |b| {
        b.iter(|| black_box("5.1.1").parse::<Status>())
    });
    group.bench_function("Code::from_str", |b| {
        b.iter(|| black_box("5.1.1").parse::<Code>())
    });
    group.bench_function("HashMap<&str, Status>::get (baseline)", |b| {
        b.iter(|| table.get(black_box("5.1.1")).copied())
    });
    group.finish();

    // The same eight times per iteration, so that the harness's per-iteration cost is shared.
    let same = ["5.1.1"; 8];
    let mut group = c.benchmark_group("parse 5.1.1 x8");
    group.bench_function("Status::from_str", |b| {
        b.iter(|| {
            for text in black_box(same) {
                black_box(text.parse::<Status>().ok());
            }
        })
    });
    group.bench_function("HashMap<&str, Status>::get (baseline)", |b| {
        b.iter(|| {
            for text in black_box(same) {
                black_box(table.get(text).copied());
            }
        })
    });
    group.finish();

    let mut group = c.benchmark_group("parse mix of 8");
    group.bench_function("Status::from_str", |b| {
        b.iter(|| {
            for text in black_box(inputs) {
                black_box(text.parse::<Status>().ok());
            }
        })
    });
    group.bench_function("HashMap<&str, Status>::get (baseline)", |b| {
        b.iter(|| {
            for text in black_box(inputs) {
                black_box(table.get(text).copied());
            }
        })
    });
    group.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
