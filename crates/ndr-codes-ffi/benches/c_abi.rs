//! A lookup through the C ABI against the same lookup in Rust, in the same run.
//! Run: `cargo bench -p ndr-codes-ffi --bench c_abi`.
//!
//! It calls the crate's `extern "C"` functions through function pointers hidden behind
//! `black_box`: every call goes through the C calling convention, the NULL and length checks
//! and the panic guard, and none is inlined into the loop, as for a C caller of the shared
//! library.
#![allow(
    missing_docs,
    reason = "criterion_group! defines an undocumented public function"
)]

use std::{ffi::c_char, hint::black_box};

use criterion::{Criterion, criterion_group, criterion_main};
use ndr_codes::{Status, find_codes};

use ndr_codes_ffi::{self as ffi, find::NdrFound, result::NdrResult};

type ParseFn = unsafe extern "C" fn(*const c_char, usize, *mut u32) -> NdrResult;
type TitleFn = extern "C" fn(u32) -> *const c_char;
type FindFn = unsafe extern "C" fn(*const u8, usize, usize, *mut NdrFound) -> NdrResult;

/// Parses through the C ABI; the status value, or 0.
fn c_parse(parse: ParseFn, text: &str) -> u32 {
    let mut out = 0;
    // SAFETY: text is a valid slice and out a valid u32.
    let result = unsafe { parse(text.as_ptr().cast(), text.len(), &mut out) };
    if result == NdrResult::NdrOk { out } else { 0 }
}

/// A mail log excerpt with codes and look-alikes, repeated to 64 KiB.
fn log() -> Vec<u8> {
    let lines = [
        "Jan 12 10:00:01 mx postfix/smtp[123]: 3F2A: to=<a@example.com>, relay=mx.example.com[10.5.1.1]:25, delay=1.2, dsn=5.1.1, status=bounced (host said: 550 5.1.1 user unknown)\n",
        "Jan 12 10:00:02 mx postfix/smtp[124]: 3F2B: to=<b@example.org>, relay=none, delay=30, dsn=4.4.1, status=deferred (connect to 192.0.2.7 timed out)\n",
        "2026-01-12T10:00:03Z exchange 15.2.1118.26 RESOLVER.ADR.RecipNotFound; #550 5.7.620 Access denied, banned sending IP\n",
        "Jan 12 10:00:04 mx postfix/qmgr[99]: 3F2C: from=<c@example.net>, size=2048, nrcpt=1 (queue active) v5.1.1\n",
    ];
    let mut text = Vec::with_capacity(1 << 16);
    while text.len() < 1 << 16 {
        for line in lines {
            text.extend_from_slice(line.as_bytes());
        }
    }
    text
}

fn lookups(c: &mut Criterion) {
    let parse: ParseFn = black_box(ffi::parse::ndr_status_parse);
    let title: TitleFn = black_box(ffi::fields::ndr_status_title);
    let find: FindFn = black_box(ffi::find::ndr_find_code);
    let codes: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();

    let mut group = c.benchmark_group("parse 5.1.1");
    group.bench_function("Rust Status::parse_bytes", |b| {
        b.iter(|| Status::parse_bytes(black_box("5.1.1").as_bytes()).map_or(0, u32::from))
    });
    group.bench_function("C ABI ndr_status_parse", |b| {
        b.iter(|| c_parse(parse, black_box("5.1.1")))
    });
    group.finish();

    let mut group = c.benchmark_group(format!("parse all {} catalog codes", codes.len()));
    group.bench_function("Rust Status::parse_bytes", |b| {
        b.iter(|| {
            black_box(&codes)
                .iter()
                .map(|code| Status::parse_bytes(code.as_bytes()).map_or(0, u32::from))
                .fold(0u32, u32::wrapping_add)
        })
    });
    group.bench_function("C ABI ndr_status_parse", |b| {
        b.iter(|| {
            black_box(&codes)
                .iter()
                .map(|code| c_parse(parse, code))
                .fold(0u32, u32::wrapping_add)
        })
    });
    group.finish();

    let value = u32::from(Status::ALL[Status::ALL.len() / 2]);
    let mut group = c.benchmark_group("title of a status value");
    group.bench_function("Rust Status::from_key + title", |b| {
        b.iter(|| Status::from_key(black_box(value)).map(Status::title))
    });
    group.bench_function("C ABI ndr_status_title", |b| {
        b.iter(|| title(black_box(value)))
    });
    group.finish();

    let text = log();
    let mut group = c.benchmark_group("find codes in 64 KiB of log");
    group.throughput(criterion::Throughput::Bytes(text.len() as u64));
    group.bench_function("Rust find_codes", |b| {
        b.iter(|| find_codes(black_box(&text[..])).count())
    });
    group.bench_function("C ABI ndr_find_code loop", |b| {
        b.iter(|| {
            let text = black_box(&text[..]);
            let (mut from, mut count) = (0, 0);
            let mut out = NdrFound {
                code: 0,
                start: 0,
                end: 0,
            };
            // SAFETY: text is a valid slice and out a valid NdrFound.
            while unsafe { find(text.as_ptr(), text.len(), from, &mut out) } == NdrResult::NdrOk {
                from = out.end;
                count += 1;
            }
            count
        })
    });
    group.finish();
}

criterion_group!(benches, lookups);
criterion_main!(benches);
