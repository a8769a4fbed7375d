//! `ndr_result`: what every fallible function returns, and `ndr_result_describe`.

use core::ffi::{CStr, c_char};

use ndr_codes::ParseErrorKind;

use super::boundary::guard;

/// What a function did: `NDR_OK`, or why it did nothing.
///
/// The numbers are part of the ABI and never change; new results get new numbers.
/// Functions only ever return these values; `ndr_result_describe` takes any `uint32_t`.
///
/// cbindgen:rename-all=ScreamingSnakeCase
#[repr(u32)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[allow(
    clippy::enum_variant_names,
    reason = "the C names are NDR_OK, NDR_ERR_...: the prefix is C's namespace"
)]
pub enum NdrResult {
    /// Success; out-parameters were written.
    NdrOk = 0,
    /// A required pointer was NULL (or text was NULL with a length over 0).
    NdrErrNull = 1,
    /// The text (or message) is empty.
    NdrErrEmpty = 2,
    /// The class is not 2, 4 or 5, or is not followed by '.'.
    NdrErrBadClass = 3,
    /// The subject is missing, over 3 digits, has a leading zero, or is not followed by '.'.
    NdrErrBadSubject = 4,
    /// The detail is missing, over 3 digits or has a leading zero.
    NdrErrBadDetail = 5,
    /// A well-formed code is followed by more text.
    NdrErrTrailing = 6,
    /// The code is well formed, but the catalog has no entry for it.
    NdrErrUnknown = 7,
    /// The value is not one of the NDR_STATUS_* values.
    NdrErrInvalidStatus = 8,
    /// Nothing was found: no (further) code in the text, or no such diagnostic token.
    NdrErrNotFound = 9,
    /// An internal error was caught before it could cross into C; nothing was written.
    NdrErrPanic = 10,
    /// The value is not the key of a well-formed code (class*1000000 + subject*1000 + detail).
    NdrErrInvalidCode = 11,
    /// An index or offset is past the end.
    NdrErrOutOfRange = 12,
    /// A length is over PTRDIFF_MAX, which no C object can have.
    NdrErrTooLong = 13,
    /// The text is not a well-formed code for a reason this version does not name.
    NdrErrMalformed = 14,
    /// The input is not a mail message: it does not start with a header block.
    NdrErrNotMail = 15,
    /// The message is over the size ndr_bounce_parse reads.
    NdrErrMessageTooLarge = 16,
}

impl NdrResult {
    /// Every result, in number order (private: cbindgen would export it as a macro).
    const ALL: [NdrResult; 17] = [
        NdrResult::NdrOk,
        NdrResult::NdrErrNull,
        NdrResult::NdrErrEmpty,
        NdrResult::NdrErrBadClass,
        NdrResult::NdrErrBadSubject,
        NdrResult::NdrErrBadDetail,
        NdrResult::NdrErrTrailing,
        NdrResult::NdrErrUnknown,
        NdrResult::NdrErrInvalidStatus,
        NdrResult::NdrErrNotFound,
        NdrResult::NdrErrPanic,
        NdrResult::NdrErrInvalidCode,
        NdrResult::NdrErrOutOfRange,
        NdrResult::NdrErrTooLong,
        NdrResult::NdrErrMalformed,
        NdrResult::NdrErrNotMail,
        NdrResult::NdrErrMessageTooLarge,
    ];

    /// A sentence for people.
    pub const fn describe(self) -> &'static CStr {
        match self {
            NdrResult::NdrOk => c"success",
            NdrResult::NdrErrNull => c"a required pointer is NULL",
            NdrResult::NdrErrEmpty => {
                c"empty input: expected a code such as 5.1.1 (or, for a bounce, a message)"
            }
            NdrResult::NdrErrBadClass => {
                c"bad class: expected 2, 4 or 5 followed by '.', as in 5.1.1"
            }
            NdrResult::NdrErrBadSubject => {
                c"bad subject: expected 1 to 3 digits without leading zeros, as in 5.1.1"
            }
            NdrResult::NdrErrBadDetail => {
                c"bad detail: expected 1 to 3 digits without leading zeros, as in 5.1.1"
            }
            NdrResult::NdrErrTrailing => c"unexpected input after the code",
            NdrResult::NdrErrUnknown => c"well-formed code, but the catalog has no entry for it",
            NdrResult::NdrErrInvalidStatus => c"not a status key (NDR_STATUS_...)",
            NdrResult::NdrErrNotFound => c"not found",
            NdrResult::NdrErrPanic => c"internal error (caught); please report it",
            NdrResult::NdrErrInvalidCode => c"not the key of a well-formed code",
            NdrResult::NdrErrOutOfRange => c"index or offset past the end",
            NdrResult::NdrErrTooLong => c"length over PTRDIFF_MAX",
            NdrResult::NdrErrMalformed => c"not a well-formed code",
            NdrResult::NdrErrNotMail => c"not a mail message: no header block at the start",
            NdrResult::NdrErrMessageTooLarge => c"message over the size limit for reading bounces",
        }
    }

    /// The result with this number, if there is one.
    pub fn from_u32(value: u32) -> Option<NdrResult> {
        NdrResult::ALL.get(usize::try_from(value).ok()?).copied()
    }
}

impl From<ParseErrorKind> for NdrResult {
    fn from(kind: ParseErrorKind) -> NdrResult {
        match kind {
            ParseErrorKind::Empty => NdrResult::NdrErrEmpty,
            ParseErrorKind::BadClass => NdrResult::NdrErrBadClass,
            ParseErrorKind::BadSubject => NdrResult::NdrErrBadSubject,
            ParseErrorKind::BadDetail => NdrResult::NdrErrBadDetail,
            ParseErrorKind::TrailingInput => NdrResult::NdrErrTrailing,
            ParseErrorKind::Unknown => NdrResult::NdrErrUnknown,
            // ParseErrorKind is non_exhaustive: a kind added later still gets an error.
            _ => NdrResult::NdrErrMalformed,
        }
    }
}

/// A static, NUL-terminated sentence describing `result`; for a number that is no
/// `ndr_result`, "unknown result". Never NULL.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_result_describe(result: u32) -> *const c_char {
    guard(c"internal error".as_ptr(), || {
        NdrResult::from_u32(result)
            .map_or(c"unknown result", NdrResult::describe)
            .as_ptr()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_positions_and_every_result_is_described() {
        for (number, result) in NdrResult::ALL.into_iter().enumerate() {
            assert_eq!(result as usize, number);
            assert_eq!(NdrResult::from_u32(result as u32), Some(result));
            assert!(!result.describe().is_empty());
        }
        assert_eq!(NdrResult::from_u32(NdrResult::ALL.len() as u32), None);
        assert_eq!(NdrResult::from_u32(u32::MAX), None);
    }

    #[test]
    fn describe_never_gives_null() {
        for value in [0, 7, 14, 15, 1000, u32::MAX] {
            // SAFETY: ndr_result_describe returns a static NUL-terminated string.
            let text = unsafe { CStr::from_ptr(ndr_result_describe(value)) };
            assert!(!text.is_empty());
        }
        // SAFETY: as above.
        let unknown = unsafe { CStr::from_ptr(ndr_result_describe(u32::MAX)) };
        assert_eq!(unknown, c"unknown result");
    }

    #[test]
    fn parse_errors_map_to_their_results() {
        let cases = [
            ("", NdrResult::NdrErrEmpty),
            ("3.1.1", NdrResult::NdrErrBadClass),
            ("5.01.1", NdrResult::NdrErrBadSubject),
            ("5.1.01", NdrResult::NdrErrBadDetail),
            ("5.1.1 ", NdrResult::NdrErrTrailing),
        ];
        for (text, expected) in cases {
            let kind = text.parse::<ndr_codes::Code>().map_err(|e| e.kind());
            assert_eq!(kind.map_err(NdrResult::from), Err(expected), "{text:?}");
        }
    }
}
