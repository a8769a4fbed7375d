//! Test only: no C function touches the heap, proved by a global allocator that counts the
//! allocations of the thread under test (ndr_codes_testdata::counting_alloc, shared with the
//! core crate's zero-allocation test).

use std::hint::black_box;

use ndr_codes::Status;

use super::{classify, explain, fields, find, parse, result, status, version};

use ndr_codes_testdata::counting_alloc::{CountingAlloc, allocations_in};

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

#[test]
fn the_counter_sees_allocations() {
    assert!(allocations_in(|| drop(black_box(vec![1u8; 16]))) >= 1);
}

#[test]
fn no_c_function_allocates() {
    // Prepared outside the measured region: the inputs themselves.
    let codes: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
    let tokens: Vec<&str> = Status::ALL
        .iter()
        .flat_map(|s| s.diagnostics().iter().copied())
        .collect();
    let log = b"dsn=5.1.1, relay=[10.5.1.1], said: 550 5.1.1 unknown; v5.1.1 #4.4.7 [5.7.620] \xff"
        .repeat(20);
    let bad: [&[u8]; 6] = [b"", b"5", b"5.01.1", b"3.1.1", b"5.1.1 ", b"5.999.999"];
    let mut out = 0u32;
    let mut found = find::NdrFound {
        code: 0,
        start: 0,
        end: 0,
    };
    let mut explained = core::mem::MaybeUninit::<explain::NdrExplanation>::uninit();

    let count = allocations_in(|| {
        // SAFETY (whole block): every pointer is a valid slice or out-parameter, or NULL.
        unsafe {
            for code in &codes {
                black_box(parse::ndr_status_parse(
                    code.as_ptr().cast(),
                    code.len(),
                    &mut out,
                ));
                black_box(parse::ndr_code_parse(
                    code.as_ptr().cast(),
                    code.len(),
                    &mut out,
                ));
                black_box(parse::ndr_status_from_code(out, &mut out));
                black_box(explain::ndr_explain(out, explained.as_mut_ptr()));
                black_box(status::ndr_status_class(out, &mut out));
            }
            for token in &tokens {
                black_box(parse::ndr_status_from_diagnostic(
                    token.as_ptr().cast(),
                    token.len(),
                    &mut out,
                ));
            }
            for text in bad {
                black_box(parse::ndr_status_parse(
                    text.as_ptr().cast(),
                    text.len(),
                    &mut out,
                ));
            }
            black_box(parse::ndr_status_parse(core::ptr::null(), 5, &mut out));
            for index in 0..=status::ndr_status_count() {
                black_box(status::ndr_status_at(index, &mut out));
                black_box(fields::ndr_status_title(out));
                black_box(fields::ndr_status_exchange(out));
                black_box(status::ndr_status_notation(out));
                black_box(fields::ndr_status_diagnostic(out, 0));
                black_box(fields::ndr_status_smtp_reply(out, 0));
                black_box(status::ndr_status_is_permanent(out));
            }
            let mut from = 0;
            while find::ndr_find_code(log.as_ptr(), log.len(), from, &mut found)
                == result::NdrResult::NdrOk
            {
                from = found.end;
            }
            black_box(result::ndr_result_describe(u32::MAX));
            black_box(explain::ndr_level_name(1));
            black_box(explain::ndr_subject_title(7));
            black_box(version::ndr_version());
        }
    });
    assert_eq!(count, 0, "the C functions allocated {count} times");
}

#[test]
fn classify_allocates_nothing_once_its_ids_are_known() {
    let lines: [&[u8]; 5] = [
        b"550 5.1.1 <x@example.com>... User unknown",
        b"552 5.2.2 Mailbox full",
        b"550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
        b"421 4.7.0 Try again later",
        b"\xff no code",
    ];
    let mut out = core::mem::MaybeUninit::<classify::NdrClassification>::uninit();
    let run = |out: &mut core::mem::MaybeUninit<classify::NdrClassification>| {
        for line in lines {
            // SAFETY: line is a valid slice and out a valid out-parameter.
            black_box(unsafe {
                classify::ndr_classify(line.as_ptr().cast(), line.len(), out.as_mut_ptr())
            });
        }
    };
    // The first calls build the phrase automaton and copy each rule id once.
    run(&mut out);
    let count = allocations_in(|| run(&mut out));
    assert_eq!(count, 0, "ndr_classify allocated {count} times");
}
