//! `ndr_find_code`: the next code in a text, by the rule of `ndr_codes::find_codes`.

use ndr_codes::find_codes;

use super::boundary::{bytes, guard_result, out_param, write};
use super::result::NdrResult;

/// A code found in a text.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NdrFound {
    /// The code key (class*1000000 + subject*1000 + detail), for ndr_status_from_code or
    /// ndr_explain.
    pub code: u32,
    /// Byte offset of the code's first byte in the text.
    pub start: usize,
    /// Byte offset just past the code: `text[start..end]` is the code; pass it as the next
    /// `from`.
    pub end: usize,
}

/// The first code starting at or after byte `from` of `text`.
///
/// The byte before `from` is context, so starting mid-text gives what a scan from the start
/// gives: a code is found only when not preceded by a letter, digit or '.', since
/// `find_codes` checks exactly that one byte. A code cannot start inside a code found before
/// it (such a start always follows a digit or '.'), so a loop that passes each `end` as the
/// next `from` visits the same codes as one pass over the whole text.
fn find_from(text: &[u8], from: usize) -> Option<NdrFound> {
    let context = from.saturating_sub(1);
    let rest = text.get(context..)?;
    find_codes(rest)
        .map(|found| NdrFound {
            code: found.code.key(),
            start: context + found.span.start,
            end: context + found.span.end,
        })
        .find(|found| found.start >= from)
}

/// Finds the next code in `text` (`len` bytes, any bytes, not NUL-terminated) that starts at
/// or after byte offset `from`, by the rule of find_codes: a well-formed code not preceded by a
/// letter, digit or '.', and not followed by a letter, digit, or '.' and a digit. So
/// "550 5.1.1" and "[4.4.7]" are found; "10.5.1.1", "v5.1.1" and "5.1.1.3" are not.
///
/// To visit every code: start with `from = 0`, and after each NDR_OK pass `out->end` as the
/// next `from`, until NDR_ERR_NOT_FOUND.
///
/// Returns NDR_OK and writes `*out`; NDR_ERR_NOT_FOUND (no code from `from` on, including
/// `from == len`); NDR_ERR_OUT_OF_RANGE (`from > len`); NDR_ERR_NULL; NDR_ERR_TOO_LONG.
///
/// # Safety
/// Unless NULL or `len` is 0, `text` must point to `len` readable bytes; `out` must be NULL or
/// writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ndr_find_code(
    text: *const u8,
    len: usize,
    from: usize,
    out: *mut NdrFound,
) -> NdrResult {
    guard_result(|| {
        let out = out_param(out)?;
        // SAFETY: the caller's promise for text and len.
        let text = unsafe { bytes(text, len) }?;
        if from > text.len() {
            return Err(NdrResult::NdrErrOutOfRange);
        }
        let found = find_from(text, from).ok_or(NdrResult::NdrErrNotFound)?;
        // SAFETY: out was checked non-NULL; the caller promises it is writable.
        unsafe { write(out, found) };
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code through the C loop, as (code, start, end).
    fn loop_over(text: &[u8]) -> Vec<(u32, usize, usize)> {
        let mut found = Vec::new();
        let mut from = 0;
        let mut out = NdrFound {
            code: 0,
            start: 0,
            end: 0,
        };
        // SAFETY: text is a valid slice and out a valid NdrFound.
        while unsafe { ndr_find_code(text.as_ptr(), text.len(), from, &mut out) }
            == NdrResult::NdrOk
        {
            found.push((out.code, out.start, out.end));
            from = out.end;
        }
        found
    }

    fn one_pass(text: &[u8]) -> Vec<(u32, usize, usize)> {
        find_codes(text)
            .map(|f| (f.code.key(), f.span.start, f.span.end))
            .collect()
    }

    #[test]
    fn the_loop_matches_one_pass_over_the_text() {
        for text in [
            &b"550 5.1.1 <a@b>: rejected"[..],
            b"550-5.1.1 x\n550-5.1.1 y",
            b"(#5.1.1) [4.4.7] 5.2.2; ends 5.0.0.",
            b"5.1.15.1.1 2.0.0.4 5.4.4.4 4.4.4",
            b"from 10.5.1.1 running v5.1.1 build 15.2.1118.26",
            b"\xff\xfe 4.2.2 \xc3",
            b"",
        ] {
            assert_eq!(
                loop_over(text),
                one_pass(text),
                "{:?}",
                String::from_utf8_lossy(text)
            );
        }
    }

    #[test]
    fn starting_mid_text_keeps_the_byte_before_as_context() {
        let text = b"10.5.1.1 and 4.4.7";
        // From the '5' of the address: 5.1.1 is preceded by '.', so not a code.
        assert_eq!(find_from(text, 3).map(|f| f.start), Some(13));
        assert_eq!(find_from(text, 13).map(|f| f.start), Some(13));
        assert_eq!(find_from(text, 14), None);
        assert_eq!(find_from(text, text.len()), None);
    }

    #[test]
    fn bad_offsets_and_pointers() {
        let text = b"5.1.1";
        let mut out = NdrFound {
            code: 0,
            start: 0,
            end: 0,
        };
        // SAFETY: valid or NULL pointers; NULL ones are refused before use.
        unsafe {
            assert_eq!(
                ndr_find_code(text.as_ptr(), 5, 6, &mut out),
                NdrResult::NdrErrOutOfRange
            );
            assert_eq!(
                ndr_find_code(text.as_ptr(), 5, usize::MAX, &mut out),
                NdrResult::NdrErrOutOfRange
            );
            assert_eq!(
                ndr_find_code(core::ptr::null(), 0, 0, &mut out),
                NdrResult::NdrErrNotFound
            );
            assert_eq!(
                ndr_find_code(core::ptr::null(), 5, 0, &mut out),
                NdrResult::NdrErrNull
            );
            assert_eq!(
                ndr_find_code(text.as_ptr(), 5, 0, core::ptr::null_mut()),
                NdrResult::NdrErrNull
            );
        }
        assert_eq!(
            out,
            NdrFound {
                code: 0,
                start: 0,
                end: 0
            }
        );
    }
}
