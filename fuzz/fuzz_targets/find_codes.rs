//! `find_codes`: never panics; every span parses back to its code and obeys the boundary rule;
//! and it finds exactly what a slow check of every position finds.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ndr_codes::{Code, find_codes};

/// The rule, position by position: a well-formed code starting at `start` and ending at `end`,
/// not preceded by a letter, digit or `.`, not followed by a letter, digit, or `.` and a digit.
fn matches_at(text: &[u8], start: usize, end: usize) -> bool {
    let before_ok =
        start == 0 || !(text[start - 1].is_ascii_alphanumeric() || text[start - 1] == b'.');
    let after_ok = match text.get(end) {
        None => true,
        Some(b) if b.is_ascii_alphanumeric() => false,
        Some(b'.') => !text.get(end + 1).is_some_and(u8::is_ascii_digit),
        Some(_) => true,
    };
    before_ok && after_ok && Code::parse_bytes(&text[start..end]).is_ok()
}

fn slow(text: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for start in 0..text.len() {
        // The shortest code is `5.1.1` (5 bytes), the longest `5.999.999` (9 bytes).
        for end in start + 5..=(start + 9).min(text.len()) {
            if matches_at(text, start, end) {
                out.push((start, end));
            }
        }
    }
    out
}

fuzz_target!(|data: &[u8]| {
    let found: Vec<_> = find_codes(data).collect();
    let mut last_end = 0;
    for f in &found {
        let text = &data[f.span.clone()];
        assert_eq!(Code::parse_bytes(text), Ok(f.code));
        assert_eq!(f.code.to_string().as_bytes(), text);
        assert!(f.span.start >= last_end, "overlapping or unordered spans");
        assert!(matches_at(data, f.span.start, f.span.end));
        last_end = f.span.end;
    }
    let spans: Vec<(usize, usize)> = found.iter().map(|f| (f.span.start, f.span.end)).collect();
    assert_eq!(spans, slow(data));
    if let Ok(text) = std::str::from_utf8(data) {
        assert!(find_codes(text).eq(found.iter().cloned()));
    }
});
