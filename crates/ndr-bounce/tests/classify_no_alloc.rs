//! `classify` and `classify_with` never touch the heap once the automaton is built: a counting
//! global allocator proves it over every case of `tests/reasons.txt`.

use std::hint::black_box;

use ndr_bounce::{Context, classify, classify_with};
use ndr_codes_testdata::counting_alloc::{CountingAlloc, allocations_in};

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

#[test]
fn classifying_does_not_allocate() {
    let cases = ndr_codes_testdata::fixtures::reason_cases();
    let lines: Vec<&str> = cases.iter().map(|c| c.text.as_str()).collect();
    // The first call builds the automaton (once per process): outside the measured region.
    black_box(classify("warm up"));
    let count = allocations_in(|| {
        for line in &lines {
            black_box(classify(line));
            black_box(classify_with(&Context {
                text: line.as_bytes(),
                code: "5.4.1".parse().ok(),
                remote_host: Some(b"example-com.mail.protection.outlook.com"),
                reporting_mta: Some(b"mx.example.org"),
            }));
        }
    });
    assert_eq!(count, 0, "classify allocated {count} times");
}
