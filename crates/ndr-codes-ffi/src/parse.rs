//! From text or numbers to status keys: `ndr_status_parse`, `ndr_code_parse`,
//! `ndr_status_from_code`, `ndr_status_from_diagnostic`.

use core::ffi::c_char;

use ndr_codes::{Code, Status};

use super::boundary::{bytes, guard_result, out_param, write};
use super::result::NdrResult;

/// Parses a code such as "5.1.1" and gives the status key of its catalog entry.
///
/// `text` holds `len` bytes, need not be NUL-terminated nor UTF-8, and may be NULL when `len`
/// is 0. The whole text must be the code. A code inside a range entry (5.7.620 in
/// 5.7.606-649) gives the range's status. Returns NDR_OK and writes `*out_status`; or
/// NDR_ERR_NULL, NDR_ERR_TOO_LONG, NDR_ERR_EMPTY, NDR_ERR_BAD_CLASS, NDR_ERR_BAD_SUBJECT,
/// NDR_ERR_BAD_DETAIL, NDR_ERR_TRAILING (not a well-formed code), NDR_ERR_UNKNOWN (well
/// formed, not in the catalog).
///
/// # Safety
/// Unless NULL or `len` is 0, `text` must point to `len` readable bytes; `out_status` must be
/// NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ndr_status_parse(
    text: *const c_char,
    len: usize,
    out_status: *mut u32,
) -> NdrResult {
    guard_result(|| {
        let out = out_param(out_status)?;
        // SAFETY: the caller's promise for text and len.
        let text = unsafe { bytes(text.cast(), len) }?;
        let status = Status::parse_bytes(text).map_err(|e| NdrResult::from(e.kind()))?;
        // SAFETY: out was checked non-NULL; the caller promises it is writable.
        unsafe { write(out, u32::from(status)) };
        Ok(())
    })
}

/// Parses any well-formed code, known to the catalog or not, to its numeric key
/// `class * 1000000 + subject * 1000 + detail` (5.1.1 is 5001001).
///
/// Same text rules and parse errors as ndr_status_parse, but never NDR_ERR_UNKNOWN.
///
/// # Safety
/// As for ndr_status_parse.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ndr_code_parse(
    text: *const c_char,
    len: usize,
    out_code: *mut u32,
) -> NdrResult {
    guard_result(|| {
        let out = out_param(out_code)?;
        // SAFETY: the caller's promise for text and len.
        let text = unsafe { bytes(text.cast(), len) }?;
        let code = Code::parse_bytes(text).map_err(|e| NdrResult::from(e.kind()))?;
        // SAFETY: out was checked non-NULL; the caller promises it is writable.
        unsafe { write(out, code.key()) };
        Ok(())
    })
}

/// Gives the status of the catalog entry for a code key (from ndr_code_parse or
/// ndr_find_code): the exact entry, else the range entry that holds the code.
///
/// Returns NDR_OK and writes `*out_status`; NDR_ERR_NULL; NDR_ERR_INVALID_CODE (not the key
/// of a well-formed code); NDR_ERR_UNKNOWN (no entry).
///
/// # Safety
/// `out_status` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ndr_status_from_code(code: u32, out_status: *mut u32) -> NdrResult {
    guard_result(|| {
        let out = out_param(out_status)?;
        let code = Code::from_key(code).ok_or(NdrResult::NdrErrInvalidCode)?;
        let status = Status::from_code(code).ok_or(NdrResult::NdrErrUnknown)?;
        // SAFETY: out was checked non-NULL; the caller promises it is writable.
        unsafe { write(out, u32::from(status)) };
        Ok(())
    })
}

/// Gives the status of the entry that lists an Exchange diagnostic token such as
/// "RESOLVER.ADR.RecipNotFound"; ASCII case is ignored.
///
/// Returns NDR_OK and writes `*out_status`; NDR_ERR_NULL; NDR_ERR_TOO_LONG; NDR_ERR_EMPTY;
/// NDR_ERR_NOT_FOUND (no entry lists the token, which includes any text that is not UTF-8).
///
/// # Safety
/// As for ndr_status_parse.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ndr_status_from_diagnostic(
    token: *const c_char,
    len: usize,
    out_status: *mut u32,
) -> NdrResult {
    guard_result(|| {
        let out = out_param(out_status)?;
        // SAFETY: the caller's promise for token and len.
        let token = unsafe { bytes(token.cast(), len) }?;
        if token.is_empty() {
            return Err(NdrResult::NdrErrEmpty);
        }
        // Every token in the catalog is ASCII: text that is not UTF-8 cannot be one.
        let token = core::str::from_utf8(token).map_err(|_| NdrResult::NdrErrNotFound)?;
        let status = Status::from_diagnostic(token).ok_or(NdrResult::NdrErrNotFound)?;
        // SAFETY: out was checked non-NULL; the caller promises it is writable.
        unsafe { write(out, u32::from(status)) };
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use core::ptr;

    use super::*;

    fn parse(text: &[u8]) -> (NdrResult, u32) {
        let mut out = 0;
        // SAFETY: text is a valid slice and out a valid u32.
        let result = unsafe { ndr_status_parse(text.as_ptr().cast(), text.len(), &mut out) };
        (result, out)
    }

    #[test]
    fn parses_every_status_and_range_member() {
        for status in Status::ALL {
            assert_eq!(
                parse(status.as_str().as_bytes()),
                (NdrResult::NdrOk, u32::from(status))
            );
            let last = Code::new(
                status.class(),
                status.subject().number(),
                status.last_detail(),
            );
            let last = last
                .map(|c| c.to_code_str())
                .unwrap_or_else(|| panic!("{status:?}"));
            assert_eq!(
                parse(last.as_bytes()),
                (NdrResult::NdrOk, u32::from(status))
            );
        }
    }

    #[test]
    fn errors_leave_the_out_parameter_alone() {
        for (text, expected) in [
            (&b""[..], NdrResult::NdrErrEmpty),
            (b"9.1.1", NdrResult::NdrErrBadClass),
            (b"5.x.1", NdrResult::NdrErrBadSubject),
            (b"5.1.x", NdrResult::NdrErrBadDetail),
            (b"5.1.1\xff", NdrResult::NdrErrTrailing),
            (b"5.999.999", NdrResult::NdrErrUnknown),
        ] {
            assert_eq!(parse(text), (expected, 0), "{text:?}");
        }
        let mut out = 0;
        // SAFETY: NULL pointers are refused before any read or write.
        unsafe {
            assert_eq!(
                ndr_status_parse(ptr::null(), 5, &mut out),
                NdrResult::NdrErrNull
            );
            assert_eq!(
                ndr_status_parse(c"5.1.1".as_ptr(), 5, ptr::null_mut()),
                NdrResult::NdrErrNull
            );
            assert_eq!(
                ndr_status_parse(ptr::null(), 0, &mut out),
                NdrResult::NdrErrEmpty
            );
        }
        assert_eq!(out, 0);
    }

    #[test]
    fn codes_and_keys() {
        let mut key = 0;
        let mut status = 0;
        // SAFETY: valid pointers and lengths.
        unsafe {
            assert_eq!(
                ndr_code_parse(c"5.999.999".as_ptr(), 9, &mut key),
                NdrResult::NdrOk
            );
            assert_eq!(key, 5_999_999);
            assert_eq!(
                ndr_status_from_code(key, &mut status),
                NdrResult::NdrErrUnknown
            );
            assert_eq!(
                ndr_status_from_code(3_001_001, &mut status),
                NdrResult::NdrErrInvalidCode
            );
            assert_eq!(
                ndr_status_from_code(u32::MAX, &mut status),
                NdrResult::NdrErrInvalidCode
            );
            for s in Status::ALL {
                assert_eq!(
                    ndr_status_from_code(u32::from(s), &mut status),
                    NdrResult::NdrOk
                );
                assert_eq!(status, u32::from(s));
            }
        }
    }

    #[test]
    fn diagnostics_find_their_entry_in_any_case() {
        let mut out = 0;
        for status in Status::ALL {
            for token in status.diagnostics() {
                let lower = token.to_ascii_lowercase();
                // SAFETY: valid pointers and lengths.
                let result = unsafe {
                    ndr_status_from_diagnostic(lower.as_ptr().cast(), lower.len(), &mut out)
                };
                assert_eq!(
                    (result, out),
                    (NdrResult::NdrOk, u32::from(status)),
                    "{token}"
                );
            }
        }
        // SAFETY: valid pointers and lengths.
        unsafe {
            assert_eq!(
                ndr_status_from_diagnostic(c"\xff".as_ptr(), 1, &mut out),
                NdrResult::NdrErrNotFound
            );
            assert_eq!(
                ndr_status_from_diagnostic(c"".as_ptr(), 0, &mut out),
                NdrResult::NdrErrEmpty
            );
        }
    }
}
