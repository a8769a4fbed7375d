//! Allocations per message over the bounce corpus: what `ndr_bounce::parse` makes, split
//! into what its result holds (its strings and vectors), what the MIME layer underneath
//! (mailparse) makes for the same message as `parse` calls it (the header fields alone for a
//! message that is not multipart, the whole MIME tree otherwise), and the rest. Prints the
//! figures; fails if they grow past what was measured (see BENCHMARKS.md).

use ndr_bounce::Bounce;
use ndr_codes_testdata::counting_alloc::{CountingAlloc, allocations_in};

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

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
    let messages = ndr_codes_testdata::fixtures::bounce_messages();
    if messages.is_empty() {
        eprintln!("skipped: no bounce corpus at ../shared/corpus/bounces (set NDR_BOUNCE_CORPUS)");
        return;
    }
    assert!(
        allocations_in(|| drop(std::hint::black_box(vec![1u8; 16]))) >= 1,
        "counter installed"
    );
    // Warm up lazily built tables (phrase automata) and this thread's working buffers
    // outside the count.
    for m in &messages {
        let _ = ndr_bounce::parse(m);
    }
    let (mut ours, mut result, mut mime, mut tree, mut single) = (0usize, 0, 0, 0, 0);
    for m in &messages {
        let mut bounce = None;
        ours += allocations_in(|| bounce = ndr_bounce::parse(m).ok());
        result += bounce.as_ref().map_or(0, owned_blocks);
        drop(bounce);
        let mut multipart = true;
        let whole = allocations_in(|| {
            multipart = mailparse::parse_mail(m)
                .is_ok_and(|mail| mail.ctype.mimetype.starts_with("multipart"));
        });
        tree += whole;
        mime += if multipart {
            whole
        } else {
            single += 1;
            allocations_in(|| drop(std::hint::black_box(mailparse::parse_headers(m))))
        };
    }
    let n = messages.len() as f64;
    let per = |count: usize| count as f64 / n;
    let (total, held, layer) = (per(ours), per(result), per(mime));
    let rest = total - held - layer;
    eprintln!(
        "{} messages, allocations per message: ndr_bounce::parse {total:.1} = the result's own {held:.1} \
         + mailparse as parse calls it {layer:.1} (the header fields alone for the {single} messages \
         that are not multipart, the MIME tree for the others; parse_mail on every message would \
         make {:.1}) + the rest {rest:.1} (mailparse's transfer and RFC 2047 decoding of what is read, \
         and our own reading)",
        messages.len(),
        per(tree),
    );
    // Measured when written: see BENCHMARKS.md. Regressions fail.
    assert!(
        rest <= LIMIT_REST,
        "allocations beyond the result and the MIME layer grew: {rest:.1} per message"
    );
    assert!(
        total <= LIMIT_TOTAL,
        "allocations per message grew: {total:.1}"
    );
}

/// Allocations per message beyond the result and the MIME layer, as measured plus a margin.
const LIMIT_REST: f64 = 4.0;

/// Allocations per message in all, as measured plus a margin.
const LIMIT_TOTAL: f64 = 51.0;
