//! Finding codes in free text: SMTP replies, NDR bodies, mail logs.
//!
//! # The rule
//! A match is a well-formed code (class `2`, `4` or `5`; subject and detail of 1 to 3 digits
//! without leading zeros) that is
//! - not preceded by an ASCII letter, an ASCII digit or `.`, and
//! - not followed by an ASCII letter, an ASCII digit, or `.` and a digit.
//!
//! So `550 5.1.1`, `550-5.7.1`, `#5.1.1`, `(#5.1.1)`, `[5.1.1]`, `dsn=5.1.1`, `5.1.1;` and
//! `5.1.1.` at the end of a sentence are found, while IP addresses (`10.5.1.1`), versions
//! (`v5.1.1`, `15.2.1118.26`), longer dotted numbers (`5.1.1.3`), leading zeros (`5.01.1`),
//! glued digits or letters (`25.1.1`, `5.1.1a`) and other classes (`3.1.1`) are not.
//! Offsets are bytes; the text need not be UTF-8.

use core::ops::Range;

use crate::Code;
use crate::code::parse_prefix;

/// A code found in text, with its byte offsets.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Found {
    /// The code.
    pub code: Code,
    /// Where it stands in the text, in bytes: `text[span]` is the code.
    pub span: Range<usize>,
}

/// Finds every code in `text` (a `&str`, `&[u8]`, `String`, `Vec<u8>` ...), left to right,
/// without allocating. See the [module docs](self) for the exact rule.
///
/// ```
/// use ndr_codes::find_codes;
///
/// let reply = "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'";
/// let found: Vec<_> = find_codes(reply).collect();
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].code.to_string(), "5.1.1");
/// assert_eq!(&reply[found[0].span.clone()], "5.1.1");
///
/// // Not fooled by addresses, versions and longer dotted numbers.
/// assert_eq!(find_codes(b"from 10.5.1.1 running v5.1.1 build 15.2.1118.26").count(), 0);
/// ```
pub fn find_codes<T: AsRef<[u8]> + ?Sized>(text: &T) -> FindCodes<'_> {
    FindCodes { bytes: text.as_ref(), next_dot: 1 }
}

/// The iterator [`find_codes`] returns.
#[derive(Clone, Debug)]
pub struct FindCodes<'a> {
    bytes: &'a [u8],
    /// Where to look for the next `.` that may follow a class digit.
    next_dot: usize,
}

/// A byte that may not touch a code on either side.
const fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

impl Iterator for FindCodes<'_> {
    type Item = Found;

    fn next(&mut self) -> Option<Found> {
        let bytes = self.bytes;
        // Every code has the shape `C.` with C in 2, 4, 5: jump from dot to dot with memchr.
        while self.next_dot < bytes.len() {
            let dot = self.next_dot + memchr::memchr(b'.', &bytes[self.next_dot..])?;
            self.next_dot = dot + 1;
            let start = dot - 1;
            if !matches!(bytes[start], b'2' | b'4' | b'5') {
                continue;
            }
            if start > 0 && (is_word_byte(bytes[start - 1]) || bytes[start - 1] == b'.') {
                continue;
            }
            let Ok((code, end)) = parse_prefix(&bytes[start..]) else {
                continue;
            };
            let end = start + end;
            match bytes.get(end) {
                Some(&b) if is_word_byte(b) => continue,
                Some(b'.') if bytes.get(end + 1).is_some_and(u8::is_ascii_digit) => continue,
                _ => {}
            }
            // A code cannot start inside this one; resume after it (+1: the next code's dot
            // is at least one byte past its class digit).
            self.next_dot = end + 1;
            return Some(Found { code, span: start..end });
        }
        None
    }
}

impl core::iter::FusedIterator for FindCodes<'_> {}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::{string::ToString, vec::Vec};

    use super::*;

    fn codes(text: &str) -> Vec<std::string::String> {
        find_codes(text).map(|f| f.code.to_string()).collect()
    }

    #[test]
    fn finds_codes_in_replies_and_logs() {
        assert_eq!(codes("550 5.1.1 <a@b>: Recipient address rejected"), ["5.1.1"]);
        assert_eq!(codes("550-5.1.1 The email account\n550-5.1.1 does not exist"), ["5.1.1", "5.1.1"]);
        assert_eq!(codes("#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##"), ["5.1.1"]);
        assert_eq!(codes("status=bounced dsn=5.7.1, said: 554 5.7.1 rejected"), ["5.7.1", "5.7.1"]);
        assert_eq!(codes("(#5.1.1) [4.4.7] 5.2.2; ends 5.0.0."), ["5.1.1", "4.4.7", "5.2.2", "5.0.0"]);
        assert_eq!(codes("5.1.1"), ["5.1.1"]);
        assert_eq!(codes("\"status\":\"5.7.606\""), ["5.7.606"]);
    }

    #[test]
    fn skips_lookalikes() {
        for text in [
            "10.5.1.1", "v5.1.1", "15.2.1118.26", "5.1.1.3", "5.01.1", "05.1.1", "25.1.1",
            "5.1.1a", "a5.1.1", "3.1.1", "5.1.1000", "2026.5.1", "5.1.", "5.1",
        ] {
            assert_eq!(codes(text), Vec::<std::string::String>::new(), "{text}");
        }
    }

    #[test]
    fn spans_are_byte_offsets_in_non_utf8() {
        let text = b"\xff\xfe 4.2.2 \xc3";
        let found: Vec<_> = find_codes(&text[..]).collect();
        assert_eq!(found, [Found { code: "4.2.2".parse().unwrap(), span: 3..8 }]);
    }
}
