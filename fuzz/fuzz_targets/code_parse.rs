//! `Code` parsing: never panics; a parsed code prints back to exactly the input (the grammar
//! has one spelling per code) and agrees with a plain reading of the grammar; an error points
//! inside the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ndr_codes::{Class, Code};

/// The grammar read the slow, obvious way: `[245]` `.` part `.` part, where a part is `0` or
/// 1 to 3 digits not starting with `0`.
fn grammar_accepts(input: &[u8]) -> bool {
    let part = |p: &[u8]| {
        (1..=3).contains(&p.len())
            && p.iter().all(u8::is_ascii_digit)
            && (p.len() == 1 || p[0] != b'0')
    };
    let parts: Vec<&[u8]> = input.split(|&b| b == b'.').collect();
    parts.len() == 3 && matches!(parts[0], b"2" | b"4" | b"5") && part(parts[1]) && part(parts[2])
}

fuzz_target!(|data: &[u8]| {
    let parsed = Code::parse_bytes(data);
    assert_eq!(parsed.is_ok(), grammar_accepts(data), "{data:?}");
    match parsed {
        Ok(code) => {
            assert_eq!(code.to_string().as_bytes(), data);
            assert_eq!(code.to_code_str().as_str().as_bytes(), data);
            assert_eq!(Code::from_key(code.key()), Some(code));
            assert_eq!(
                Code::new(code.class(), code.subject(), code.detail()),
                Some(code)
            );
            assert!(code.subject() <= Code::MAX_PART && code.detail() <= Code::MAX_PART);
            assert_eq!(Class::from_number(data[0] - b'0'), Some(code.class()));
        }
        Err(err) => {
            assert!(err.position() <= data.len(), "{err:?} for {data:?}");
            assert!(!err.to_string().is_empty());
        }
    }
    if let Ok(text) = std::str::from_utf8(data) {
        assert_eq!(text.parse::<Code>(), parsed);
        assert_eq!(Code::try_from(text), parsed);
    }
});
