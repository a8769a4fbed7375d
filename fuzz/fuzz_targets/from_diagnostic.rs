//! `Status::from_diagnostic`: never panics, ignores ASCII case, and answers only for a token
//! the entry lists.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ndr_codes::Status;

fuzz_target!(|text: &str| {
    let status = Status::from_diagnostic(text);
    if let Some(status) = status {
        assert!(
            status
                .diagnostics()
                .iter()
                .any(|t| t.eq_ignore_ascii_case(text)),
            "{text:?} -> {status:?}"
        );
    }
    assert_eq!(Status::from_diagnostic(&text.to_ascii_uppercase()), status);
    assert_eq!(Status::from_diagnostic(&text.to_ascii_lowercase()), status);
});
