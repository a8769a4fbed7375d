//! What the catalog says about a status key, and iteration over all of them.
//!
//! Every text accessor returns a static NUL-terminated string, or NULL when `status` is not a
//! status key (and, for the optional texts, when there is none).

use core::ffi::{CStr, c_char};
use core::ptr;

use ndr_codes::Status;

use super::boundary::{guard, guard_result, out_param, write};
use super::result::NdrResult;
use super::tables::{self, CEntry, entry};

/// One text of the entry for `status`, or NULL.
pub(crate) fn text(
    status: u32,
    field: impl FnOnce(&'static CEntry) -> Option<&'static CStr>,
) -> *const c_char {
    guard(ptr::null(), || {
        tables::status(status)
            .map(entry)
            .and_then(field)
            .map_or(ptr::null(), CStr::as_ptr)
    })
}

/// One item of a list of the entry for `status`, or NULL past the end.
pub(crate) fn item(
    status: u32,
    index: usize,
    list: impl FnOnce(&'static CEntry) -> &'static [&'static CStr],
) -> *const c_char {
    text(status, |e| list(e).get(index).copied())
}

/// One number of a list of the entry for `status`, or 0 past the end.
pub(crate) fn number(
    status: u32,
    index: usize,
    list: impl FnOnce(&'static CEntry) -> &'static [u16],
) -> u16 {
    guard(0, || {
        tables::status(status)
            .map(entry)
            .and_then(|e| list(e).get(index).copied())
            .unwrap_or(0)
    })
}

/// Whether `status` is one of the NDR_STATUS_* values. All other functions check this too.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_status_is_valid(status: u32) -> bool {
    guard(false, || tables::status(status).is_some())
}

/// The stable identifier, the Rust variant name: "BadDestinationMailbox" (NDR_STATUS_ and its
/// UPPER_SNAKE form name the constant). NULL if `status` is not a status key.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_status_name(status: u32) -> *const c_char {
    text(status, |e| Some(e.name))
}

/// The (first) code as text: "5.1.1", or "5.7.606" for the range 5.7.606-649. NULL if
/// `status` is not a status key.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_status_code_str(status: u32) -> *const c_char {
    text(status, |e| Some(e.code))
}

/// The code or range as the catalog writes it: "5.1.1", "5.7.606-649". NULL if `status` is
/// not a status key.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_status_notation(status: u32) -> *const c_char {
    text(status, |e| Some(e.notation))
}

/// Writes the class, 2, 4 or 5, to `*out_class`. Returns NDR_OK, NDR_ERR_NULL or
/// NDR_ERR_INVALID_STATUS.
///
/// # Safety
/// `out_class` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ndr_status_class(status: u32, out_class: *mut u32) -> NdrResult {
    guard_result(|| {
        let out = out_param(out_class)?;
        let status = tables::status(status).ok_or(NdrResult::NdrErrInvalidStatus)?;
        // SAFETY: out was checked non-NULL; the caller promises it is writable.
        unsafe { write(out, u32::from(status.class().number())) };
        Ok(())
    })
}

/// Writes the subject, 0 to 7, to `*out_subject`. Returns NDR_OK, NDR_ERR_NULL or
/// NDR_ERR_INVALID_STATUS.
///
/// # Safety
/// `out_subject` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ndr_status_subject(status: u32, out_subject: *mut u32) -> NdrResult {
    guard_result(|| {
        let out = out_param(out_subject)?;
        let status = tables::status(status).ok_or(NdrResult::NdrErrInvalidStatus)?;
        // SAFETY: out was checked non-NULL; the caller promises it is writable.
        unsafe { write(out, u32::from(status.subject().number())) };
        Ok(())
    })
}

/// Whether the class is 2 (success). False if `status` is not a status key.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_status_is_success(status: u32) -> bool {
    guard(false, || {
        tables::status(status).is_some_and(Status::is_success)
    })
}

/// Whether the class is 4: the sending server retries. False if `status` is not a status key.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_status_is_transient(status: u32) -> bool {
    guard(false, || {
        tables::status(status).is_some_and(Status::is_transient)
    })
}

/// Whether the class is 5: sending again unchanged fails again. False if `status` is not a
/// status key.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_status_is_permanent(status: u32) -> bool {
    guard(false, || {
        tables::status(status).is_some_and(Status::is_permanent)
    })
}

/// The number of status keys (NDR_STATUS_COUNT for the header this library was built with).
#[unsafe(no_mangle)]
pub extern "C" fn ndr_status_count() -> usize {
    Status::ALL.len()
}

/// Writes the `index`-th status key, in code order, to `*out_status`: indices 0 to
/// ndr_status_count() - 1 visit every status once. Returns NDR_OK, NDR_ERR_NULL or
/// NDR_ERR_OUT_OF_RANGE.
///
/// # Safety
/// `out_status` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ndr_status_at(index: usize, out_status: *mut u32) -> NdrResult {
    guard_result(|| {
        let out = out_param(out_status)?;
        let status = Status::ALL.get(index).ok_or(NdrResult::NdrErrOutOfRange)?;
        // SAFETY: out was checked non-NULL; the caller promises it is writable.
        unsafe { write(out, u32::from(*status)) };
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(ptr: *const c_char) -> Option<&'static str> {
        // SAFETY: the accessors return NULL or a static NUL-terminated string.
        (!ptr.is_null()).then(|| {
            unsafe { CStr::from_ptr(ptr) }
                .to_str()
                .unwrap_or("<not UTF-8>")
        })
    }

    #[test]
    fn accessors_agree_with_rust_for_every_status() {
        assert_eq!(ndr_status_count(), Status::ALL.len());
        for (index, s) in Status::ALL.into_iter().enumerate() {
            let value = u32::from(s);
            let (mut at, mut class, mut subject) = (0, 0, 0);
            // SAFETY: valid out-parameters.
            unsafe {
                assert_eq!(ndr_status_at(index, &mut at), NdrResult::NdrOk);
                assert_eq!(ndr_status_class(value, &mut class), NdrResult::NdrOk);
                assert_eq!(ndr_status_subject(value, &mut subject), NdrResult::NdrOk);
            }
            assert_eq!(at, value);
            assert_eq!(class, u32::from(s.class().number()));
            assert_eq!(subject, u32::from(s.subject().number()));
            assert!(ndr_status_is_valid(value));
            assert_eq!(read(ndr_status_name(value)), Some(s.name()));
            assert_eq!(read(ndr_status_code_str(value)), Some(s.as_str()));
            assert_eq!(read(ndr_status_notation(value)), Some(s.notation()));
            assert_eq!(ndr_status_is_success(value), s.is_success());
            assert_eq!(ndr_status_is_transient(value), s.is_transient());
            assert_eq!(ndr_status_is_permanent(value), s.is_permanent());
        }
    }

    #[test]
    fn bad_values_give_null_false_or_an_error() {
        let mut out = 0;
        for bad in [0, 1, 5_999_999, u32::MAX] {
            assert!(!ndr_status_is_valid(bad));
            assert!(ndr_status_name(bad).is_null() && ndr_status_code_str(bad).is_null());
            assert!(!ndr_status_is_permanent(bad) && !ndr_status_is_transient(bad));
            // SAFETY: valid out-parameter.
            assert_eq!(
                unsafe { ndr_status_class(bad, &mut out) },
                NdrResult::NdrErrInvalidStatus
            );
        }
        // SAFETY: valid out-parameter, then NULL.
        unsafe {
            assert_eq!(
                ndr_status_at(ndr_status_count(), &mut out),
                NdrResult::NdrErrOutOfRange
            );
            assert_eq!(
                ndr_status_at(usize::MAX, &mut out),
                NdrResult::NdrErrOutOfRange
            );
            assert_eq!(ndr_status_at(0, ptr::null_mut()), NdrResult::NdrErrNull);
        }
        assert_eq!(out, 0);
    }
}
