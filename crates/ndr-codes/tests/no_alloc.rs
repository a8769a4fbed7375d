//! Every lookup, parse, explain, iteration and scan runs without touching the heap: a counting
//! global allocator proves it.

use std::hint::black_box;

use ndr_codes::{Code, Reason, Status, find_codes};
use ndr_codes_testdata::counting_alloc::{CountingAlloc, allocations_in};

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

#[test]
fn nothing_allocates() {
    // Prepared outside the measured region: the inputs themselves.
    let codes: Vec<String> = Status::ALL.iter().map(|s| s.to_string()).collect();
    let tokens: Vec<&str> = Status::ALL
        .iter()
        .flat_map(|s| s.diagnostics().iter().copied())
        .collect();
    let log = "Nov 28 postfix/smtp[1]: to=<a@b>, relay=mx[10.5.1.1]:25, dsn=5.1.1, status=bounced \
               (host said: 550 5.1.1 unknown; v5.1.1 build 15.2.1118.26) #4.4.7 [5.7.620]\n"
        .repeat(20);
    let bad = ["", "5", "5.01.1", "3.1.1", "5.1.1 ", "5.1.999", "5.1.1000"];

    let count = allocations_in(|| {
        for text in &codes {
            let status: Status = black_box(text.as_str()).parse().unwrap();
            let code: Code = text.parse().unwrap();
            black_box((
                status.title(),
                status.description(),
                status.exchange(),
                status.remedy(),
            ));
            black_box((
                status.reason().as_str(),
                status.smtp_replies(),
                status.references(),
            ));
            black_box((
                status.name(),
                status.notation(),
                status.class().title(),
                status.subject().title(),
            ));
            black_box((
                code.explain().title(),
                code.to_code_str(),
                Status::from_key(status as u32),
            ));
            black_box(
                status
                    .code()
                    .with_class(ndr_codes::Class::TransientFailure)
                    .explain()
                    .description(),
            );
        }
        for text in bad {
            black_box(text.parse::<Status>().is_err());
            black_box(text.parse::<Code>().map(|c| c.explain()).ok());
        }
        for token in &tokens {
            black_box(Status::from_diagnostic(token));
        }
        for status in Status::ALL {
            black_box(status);
        }
        for reason in Reason::ALL {
            black_box((reason.title(), reason.sisimai()));
        }
        let found = find_codes(&log).fold(0, |n, f| n + f.span.len());
        black_box(found);
        black_box(find_codes(log.as_bytes()).count());
    });
    assert_eq!(count, 0, "the library allocated {count} times");
}

#[test]
fn the_counter_counts() {
    // Guards the guard: an allocation is seen.
    let count = allocations_in(|| {
        black_box(vec![1u8; 16]);
    });
    assert!(count >= 1);
}
