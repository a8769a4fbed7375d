//! Allocations per message over the bounce corpus, against the allocations the result itself
//! holds (its strings and vectors), and against `mailparse::parse_mail` alone (the MIME layer
//! underneath). Prints the figures; fails if they grow past what was measured.

use std::path::PathBuf;

use ndr_bounce::Bounce;
use ndr_codes_testdata::counting_alloc::{CountingAlloc, allocations_in};

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

fn corpus() -> Vec<Vec<u8>> {
    let dir = std::env::var_os("NDR_BOUNCE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/bounces")
        })
        .join("emails");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

/// The heap blocks a result owns: its vectors and every non-empty string (a recipient's
/// command is a static string).
fn owned_blocks(b: &Bounce) -> usize {
    let s = |x: Option<&str>| usize::from(x.is_some_and(|s| !s.is_empty()));
    let o = b.original();
    let mut n = usize::from(!b.recipients().is_empty()) + usize::from(!b.warnings().is_empty());
    n += s(b.reporting_mta());
    n += [&o.message_id, &o.from, &o.to, &o.subject, &o.date]
        .iter()
        .map(|f| s(f.as_deref()))
        .sum::<usize>();
    for r in b.recipients() {
        n += s(Some(r.address()))
            + s(r.original_address())
            + s(Some(r.diagnostic()))
            + s(r.remote_mta());
    }
    n
}

#[test]
fn allocations_per_message_stay_bounded() {
    let messages = corpus();
    if messages.is_empty() {
        eprintln!("skipped: no bounce corpus at ../shared/corpus/bounces (set NDR_BOUNCE_CORPUS)");
        return;
    }
    assert!(
        allocations_in(|| drop(std::hint::black_box(vec![1u8; 16]))) >= 1,
        "counter installed"
    );
    // Warm up lazily built tables (phrase automata) outside the count.
    let _ = ndr_bounce::parse(&messages[0]);
    let (mut ours, mut result, mut mime) = (0usize, 0usize, 0usize);
    for m in &messages {
        let mut bounce = None;
        ours += allocations_in(|| bounce = ndr_bounce::parse(m).ok());
        result += bounce.as_ref().map_or(0, owned_blocks);
        drop(bounce);
        mime += allocations_in(|| drop(std::hint::black_box(mailparse::parse_mail(m))));
    }
    let n = messages.len() as f64;
    let (per, held, base) = (ours as f64 / n, result as f64 / n, mime as f64 / n);
    eprintln!(
        "{} messages: {per:.1} allocations per message; the result holds {held:.1}; mailparse::parse_mail alone makes {base:.1}; the rest of the reading {:.1}",
        messages.len(),
        per - held - base
    );
    // Measured when written: see BENCHMARKS.md. Regressions fail.
    assert!(
        per - held - base <= LIMIT_BEYOND_RESULT_AND_MIME,
        "allocations grew: {per:.1} per message"
    );
}

/// Allocations per message beyond the result and the MIME layer, as measured plus a margin.
const LIMIT_BEYOND_RESULT_AND_MIME: f64 = 30.0;
