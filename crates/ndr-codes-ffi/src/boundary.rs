//! The checks at the border with C: no panic crosses it, and no pointer or length from C is
//! used before it is checked.

use core::panic::AssertUnwindSafe;

use super::result::NdrResult;

/// Runs `body`, giving `on_panic` if it panics, so that no unwind ever crosses into C.
///
/// The code below is written not to panic; this is the guarantee for what review missed.
/// `AssertUnwindSafe` is sound here: the bodies share no state that a panic could leave
/// half-updated (they only read static tables and write out-parameters at the very end).
pub fn guard<T>(on_panic: T, body: impl FnOnce() -> T) -> T {
    std::panic::catch_unwind(AssertUnwindSafe(body)).unwrap_or(on_panic)
}

/// Like [`guard`] for the functions that return an [`NdrResult`].
pub fn guard_result(body: impl FnOnce() -> Result<(), NdrResult>) -> NdrResult {
    guard(NdrResult::NdrErrPanic, || match body() {
        Ok(()) => NdrResult::NdrOk,
        Err(err) => err,
    })
}

/// The `len` bytes at `ptr` as a slice.
///
/// A NULL `ptr` is accepted only with `len == 0` (the empty string); a `len` over
/// `isize::MAX` (`PTRDIFF_MAX`) is refused before anything is read, since no C object is
/// that large and `slice::from_raw_parts` requires it.
///
/// # Safety
/// If `ptr` is not NULL and `len > 0`, `ptr` must point to `len` readable bytes that stay
/// unchanged for `'a`.
pub unsafe fn bytes<'a>(ptr: *const u8, len: usize) -> Result<&'a [u8], NdrResult> {
    if len == 0 {
        return Ok(&[]);
    }
    if ptr.is_null() {
        return Err(NdrResult::NdrErrNull);
    }
    if len > isize::MAX as usize {
        return Err(NdrResult::NdrErrTooLong);
    }
    // SAFETY: ptr is not NULL, len is within isize::MAX, and the caller promises len readable
    // bytes at ptr for 'a.
    Ok(unsafe { core::slice::from_raw_parts(ptr, len) })
}

/// Checks that an out-parameter is not NULL, before any work is done.
pub fn out_param<T>(out: *mut T) -> Result<*mut T, NdrResult> {
    if out.is_null() {
        Err(NdrResult::NdrErrNull)
    } else {
        Ok(out)
    }
}

/// Writes `value` through an out-parameter checked by [`out_param`].
///
/// # Safety
/// `out` must be valid for writing a `T` (the C caller's promise for a non-NULL pointer).
pub unsafe fn write<T>(out: *mut T, value: T) {
    // SAFETY: out is not NULL (checked by out_param) and the caller promises it is writable.
    unsafe { out.write(value) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_the_fallback_value() {
        // The default hook would print the message among the test output; silence it here.
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let caught = guard(7, || -> i32 { panic!("boom") });
        let result = guard_result(|| panic!("boom"));
        std::panic::set_hook(hook);
        assert_eq!(caught, 7);
        assert_eq!(result, NdrResult::NdrErrPanic);
        assert_eq!(guard(7, || 1), 1);
        assert_eq!(
            guard_result(|| Err(NdrResult::NdrErrEmpty)),
            NdrResult::NdrErrEmpty
        );
    }

    #[test]
    fn bytes_checks_null_and_length_before_reading() {
        let text = b"5.1.1";
        // SAFETY: each call either reads `text` within bounds or refuses before reading.
        unsafe {
            assert_eq!(bytes(text.as_ptr(), text.len()), Ok(&text[..]));
            assert_eq!(bytes(core::ptr::null(), 0), Ok(&[][..]));
            assert_eq!(bytes(core::ptr::null(), 5), Err(NdrResult::NdrErrNull));
            assert_eq!(
                bytes(core::ptr::null(), usize::MAX),
                Err(NdrResult::NdrErrNull)
            );
            assert_eq!(
                bytes(text.as_ptr(), usize::MAX),
                Err(NdrResult::NdrErrTooLong)
            );
            assert_eq!(
                bytes(text.as_ptr(), isize::MAX as usize + 1),
                Err(NdrResult::NdrErrTooLong)
            );
        }
        assert_eq!(
            out_param(core::ptr::null_mut::<u32>()),
            Err(NdrResult::NdrErrNull)
        );
    }
}
