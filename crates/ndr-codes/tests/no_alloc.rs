//! Every lookup, parse, explain, iteration and scan runs without touching the heap: a counting
//! global allocator proves it.

use std::{
    alloc::{GlobalAlloc, Layout, System},
    cell::Cell,
    hint::black_box,
};

use ndr_codes::{Code, Reason, Status, find_codes};

struct Counting;

thread_local! {
    // Per thread: the test harness runs other tests (and its own bookkeeping) on other
    // threads at the same time, and their allocations are not the library's.
    // Const-initialised cells without destructors: reading them never allocates.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn count_one() {
    // try_with: a thread being torn down has no thread-locals left, and is not under test.
    let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
}

// SAFETY: forwards to the system allocator and only counts calls.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_one();
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_one();
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Runs `work` and returns how many allocations it made on this thread.
fn allocations_in(work: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    work();
    ALLOCATIONS.with(Cell::get) - before
}

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
                code.to_str(),
                Status::from_discriminant(status as u32),
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
