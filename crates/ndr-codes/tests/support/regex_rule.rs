//! The find_codes rule written with the `regex` crate: the reference the fixture test checks
//! `find_codes` against, and the baseline of the `find` benchmark.

use regex::bytes::Regex;

/// A well-formed code (class 2, 4 or 5; 1-3 digits, no leading zeros), without its neighbours.
pub fn code_pattern() -> Regex {
    Regex::new(r"(?-u)[245]\.(?:0|[1-9][0-9]{0,2})\.(?:0|[1-9][0-9]{0,2})")
        .unwrap_or_else(|e| panic!("the code pattern is valid: {e}"))
}

/// The neighbours part of the rule: nothing glued before `start` (a letter, digit or `.`) or
/// after `end` (a letter, digit, or `.` and a digit). Regex has no lookaround, so each match
/// is checked here; a rejected match cannot hide a code, as no code starts inside another
/// code-shaped run (its first digit would follow a digit or a dot).
pub fn stands_alone(text: &[u8], start: usize, end: usize) -> bool {
    let glued_before =
        start > 0 && (text[start - 1].is_ascii_alphanumeric() || text[start - 1] == b'.');
    let glued_after = match text.get(end) {
        Some(b) if b.is_ascii_alphanumeric() => true,
        Some(b'.') => text.get(end + 1).is_some_and(u8::is_ascii_digit),
        _ => false,
    };
    !glued_before && !glued_after
}
