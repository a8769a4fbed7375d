//! A global allocator that counts the allocations made by the thread under test, for the
//! zero-allocation tests of the core crate and of the C ABI.
//!
//! A test binary installs it itself (a library must not choose the allocator of every binary
//! that links it, such as xtask):
//!
//! ```
//! use ndr_codes_testdata::counting_alloc::{CountingAlloc, allocations_in};
//!
//! #[global_allocator]
//! static GLOBAL: CountingAlloc = CountingAlloc;
//!
//! fn main() {
//!     assert!(allocations_in(|| drop(std::hint::black_box(vec![1u8; 16]))) >= 1);
//!     assert_eq!(allocations_in(|| drop(std::hint::black_box(1 + 1))), 0);
//! }
//! ```
//!
//! The test harness allocates on other threads at the same time; those do not count.

use std::{
    alloc::{GlobalAlloc, Layout, System},
    cell::Cell,
};

thread_local! {
    // Const-initialised cells without destructors: reading them never allocates.
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn count_one() {
    // try_with: a thread being torn down has no thread-locals left, and is not under test.
    if COUNTING.try_with(Cell::get).unwrap_or(false) {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
    }
}

/// The system allocator, counting the allocations of the thread inside [`allocations_in`].
/// Install it with `#[global_allocator]` in the test binary.
#[derive(Debug, Clone, Copy, Default)]
pub struct CountingAlloc;

// SAFETY: forwards to the system allocator and only counts calls.
unsafe impl GlobalAlloc for CountingAlloc {
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

/// How many allocations `work` makes on this thread. Always 0 unless [`CountingAlloc`] is the
/// global allocator: a test should first check that the counter sees an allocation.
pub fn allocations_in(work: impl FnOnce()) -> usize {
    ALLOCATIONS.with(|n| n.set(0));
    COUNTING.with(|c| c.set(true));
    work();
    COUNTING.with(|c| c.set(false));
    ALLOCATIONS.with(Cell::get)
}
