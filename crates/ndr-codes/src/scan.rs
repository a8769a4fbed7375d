//! Finding codes in free text: SMTP replies, NDR bodies, mail logs.
//!
//! The rule, as `find_codes` documents it for users:
//!
//! A match is a well-formed code (class `2`, `4` or `5`; subject and detail of 1 to 3 digits
//! without leading zeros) that is
//! - not preceded by an ASCII letter, an ASCII digit or `.`, and
//! - not followed by an ASCII letter, an ASCII digit, or `.` and a digit.
//!
//! So `550 5.1.1`, `550-5.7.1`, `#5.1.1`, `(#5.1.1)`, `[5.1.1]`, `dsn=5.1.1`, `5.1.1;` and
//! `5.1.1.` at the end of a sentence are found, while IP addresses (`10.5.1.1`), versions
//! (`v5.1.1`, `15.2.1118.26`), longer dotted numbers (`5.1.1.3`), leading zeros (`5.01.1`),
//! glued digits or letters (`25.1.1`, `5.1.1a`) and other classes (`3.1.1`) are not.
//! Offsets are bytes; the text need not be UTF-8, and bytes outside ASCII are neither letters
//! nor digits to the rule.
//!
//! The rule looks only at a code and its neighbours, so a version number with exactly a
//! code's shape standing on its own (`Exim 4.97.1`) is a code to it. `docs/finding-codes.md`
//! has the whole story, and `tests/find_codes.txt` the cases every binding must pass.
//!
//! # How
//! Every code starts with a class digit followed by a dot. The search reads the text 16 bytes
//! at a time as two `u64` words and marks, with a few bitwise operations (SWAR: SIMD within a
//! register), every dot whose previous byte is `2`, `4` or `5`; only those candidates are
//! parsed. Mail logs have a dot every 15 bytes or so (hosts, addresses, IPs), too many for a
//! `memchr` per dot to pay off; the candidates are far fewer. No code can start inside another
//! (its first digit would follow a digit or a dot), so candidates are checked independently.

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
/// without allocating.
///
/// # The rule
/// A match is a well-formed code (class `2`, `4` or `5`; subject and detail of 1 to 3 digits
/// without leading zeros) that is
/// - not preceded by an ASCII letter, an ASCII digit or `.`, and
/// - not followed by an ASCII letter, an ASCII digit, or `.` and a digit.
///
/// So `550 5.1.1`, `550-5.7.1`, `#5.1.1`, `(#5.1.1)`, `[5.1.1]`, `dsn=5.1.1`, `5.1.1;` and
/// `5.1.1.` at the end of a sentence are found, while IP addresses (`10.5.1.1`), versions
/// (`v5.1.1`, `15.2.1118.26`), longer dotted numbers (`5.1.1.3`), leading zeros (`5.01.1`),
/// glued digits or letters (`25.1.1`, `5.1.1a`) and other classes (`3.1.1`) are not. Spans
/// are byte offsets; the text need not be UTF-8, and bytes outside ASCII are neither letters
/// nor digits to the rule. A bare version number with exactly a code's shape (`Exim 4.97.1`)
/// is a code to the rule: it sees only the code and its neighbours.
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
    // A dot at offset 0 has no class digit before it: the first possible dot is at 1.
    FindCodes {
        bytes: text.as_ref(),
        next_block: 1,
        candidates: 0,
        candidates_at: 0,
    }
}

/// The iterator [`find_codes`] returns.
#[derive(Clone, Debug)]
pub struct FindCodes<'a> {
    bytes: &'a [u8],
    /// Offset of the next possible dot not yet looked at.
    next_block: usize,
    /// Candidate dots of the block at `candidates_at` not yet checked: the high bit of byte
    /// `k` of this 128-bit mask is set for a dot at `candidates_at + k`.
    candidates: u128,
    candidates_at: usize,
}

/// Bytes looked at per block: two `u64` words.
const BLOCK: usize = 16;
const LOW_BITS: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The high bit of every byte of `word` that equals `byte` (exact: no false positives).
const fn bytes_equal(word: u64, byte: u8) -> u64 {
    let x = word ^ (LOW_BITS * byte as u64);
    // Bit 7 of a byte of `(x & 0x7f) + 0x7f`, or of `x`, is set exactly when the byte of
    // `x` is not zero; nothing carries into the next byte.
    !(((x & !HIGH_BITS).wrapping_add(!HIGH_BITS)) | x) & HIGH_BITS
}

/// The candidate dots of a block: `window` is the block with the byte before it, and bit 7 of
/// byte `k` of the result is set when `window[k + 1]` is a dot preceded by `2`, `4` or `5`.
#[inline(always)]
fn candidate_dots(window: &[u8; BLOCK + 1]) -> u128 {
    let word = |at: usize| {
        let mut buf = [0u8; 8];
        buf.copy_from_slice(&window[at..at + 8]);
        u64::from_le_bytes(buf)
    };
    let half = |at: usize| {
        let before = word(at);
        let classes =
            bytes_equal(before, b'2') | bytes_equal(before, b'4') | bytes_equal(before, b'5');
        bytes_equal(word(at + 1), b'.') & classes
    };
    u128::from(half(0)) | (u128::from(half(8)) << 64)
}

/// A byte that may not touch a code on either side.
const fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// The code whose class digit stands just before the dot at `dot`, if the rule accepts it.
fn code_at(bytes: &[u8], dot: usize) -> Option<Found> {
    let start = dot - 1;
    if start > 0 && (is_word_byte(bytes[start - 1]) || bytes[start - 1] == b'.') {
        return None;
    }
    let (code, len) = parse_prefix(&bytes[start..]).ok()?;
    let end = start + len;
    match bytes.get(end) {
        Some(&b) if is_word_byte(b) => None,
        Some(b'.') if bytes.get(end + 1).is_some_and(u8::is_ascii_digit) => None,
        _ => Some(Found {
            code,
            span: start..end,
        }),
    }
}

impl FindCodes<'_> {
    /// Finds the next block with a candidate and loads its mask; false at the end of the text.
    fn load_candidates(&mut self) -> bool {
        let bytes = self.bytes;
        // The block and the byte before it (`next_block >= 1`), as a fixed-size array.
        let window_at = |at: usize| bytes.get(at - 1..at + BLOCK)?.try_into().ok();
        while let Some(window) = window_at(self.next_block) {
            let at = self.next_block;
            self.next_block += BLOCK;
            let mask = candidate_dots(window);
            if mask != 0 {
                self.candidates = mask;
                self.candidates_at = at;
                return true;
            }
        }
        // The last few bytes, one at a time, into one final mask.
        let at = self.next_block;
        let mut mask = 0u128;
        for dot in at..bytes.len() {
            if bytes[dot] == b'.' && matches!(bytes[dot - 1], b'2' | b'4' | b'5') {
                mask |= 0x80 << (8 * (dot - at));
            }
        }
        self.next_block = self.next_block.max(bytes.len());
        self.candidates = mask;
        self.candidates_at = at;
        mask != 0
    }
}

impl Iterator for FindCodes<'_> {
    type Item = Found;

    fn next(&mut self) -> Option<Found> {
        loop {
            while self.candidates != 0 {
                let dot = self.candidates_at + (self.candidates.trailing_zeros() / 8) as usize;
                self.candidates &= self.candidates - 1;
                if let Some(found) = code_at(self.bytes, dot) {
                    return Some(found);
                }
            }
            if !self.load_candidates() {
                return None;
            }
        }
    }
}

impl core::iter::FusedIterator for FindCodes<'_> {}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::{string::String, string::ToString, vec::Vec};

    use super::*;

    fn codes(text: &str) -> Vec<String> {
        find_codes(text).map(|f| f.code.to_string()).collect()
    }

    #[test]
    fn finds_codes_in_replies_and_logs() {
        assert_eq!(
            codes("550 5.1.1 <a@b>: Recipient address rejected"),
            ["5.1.1"]
        );
        assert_eq!(
            codes("550-5.1.1 The email account\n550-5.1.1 does not exist"),
            ["5.1.1", "5.1.1"]
        );
        assert_eq!(
            codes("#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##"),
            ["5.1.1"]
        );
        assert_eq!(
            codes("status=bounced dsn=5.7.1, said: 554 5.7.1 rejected"),
            ["5.7.1", "5.7.1"]
        );
        assert_eq!(
            codes("(#5.1.1) [4.4.7] 5.2.2; ends 5.0.0."),
            ["5.1.1", "4.4.7", "5.2.2", "5.0.0"]
        );
        assert_eq!(codes("5.1.1"), ["5.1.1"]);
        assert_eq!(codes("\"status\":\"5.7.606\""), ["5.7.606"]);
    }

    #[test]
    fn skips_lookalikes() {
        for text in [
            "10.5.1.1",
            "v5.1.1",
            "15.2.1118.26",
            "5.1.1.3",
            "5.01.1",
            "05.1.1",
            "25.1.1",
            "5.1.1a",
            "a5.1.1",
            "3.1.1",
            "5.1.1000",
            "2026.5.1",
            "5.1.",
            "5.1",
        ] {
            assert_eq!(codes(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn spans_are_byte_offsets_in_non_utf8() {
        let text = b"\xff\xfe 4.2.2 \xc3";
        let found: Vec<_> = find_codes(&text[..]).collect();
        assert_eq!(
            found,
            [Found {
                code: "4.2.2".parse().unwrap(),
                span: 3..8
            }]
        );
    }

    #[test]
    fn byte_masks_are_exact() {
        let word = u64::from_le_bytes(*b".a.\x80\xae\x2f\x2d.");
        assert_eq!(bytes_equal(word, b'.'), 0x80_00_00_00_00_80_00_80);
        assert_eq!(bytes_equal(0, 0), HIGH_BITS);
        assert_eq!(bytes_equal(u64::MAX, b'.'), 0);
    }

    /// A code at every offset and across every block boundary, with neighbours on both sides.
    #[test]
    fn every_position_in_and_across_blocks() {
        for pad in 0..3 * BLOCK {
            for (code, before, after, expected) in [
                ("5.999.999", " ", " ", true),
                ("2.0.0", "", "", true),
                ("4.4.7", "=", ".", true),
                ("5.1.1", ".", " ", false),
                ("5.1.1", " ", ".1", false),
                ("5.1.1", "x", " ", false),
            ] {
                let mut text = String::new();
                text.extend(core::iter::repeat_n('-', pad));
                text.push_str(before);
                let start = text.len();
                text.push_str(code);
                text.push_str(after);
                text.extend(core::iter::repeat_n('-', pad % 7));
                let found: Vec<_> = find_codes(&text).collect();
                if expected {
                    assert_eq!(found.len(), 1, "{text:?}");
                    assert_eq!(found[0].span, start..start + code.len(), "{text:?}");
                } else {
                    assert!(found.is_empty(), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn dense_candidates_in_one_block() {
        let text = "2.0.0 4.4.7 5.1.1 2.1.5 4.2.2 5.7.1";
        assert_eq!(
            codes(text),
            ["2.0.0", "4.4.7", "5.1.1", "2.1.5", "4.2.2", "5.7.1"]
        );
    }
}
