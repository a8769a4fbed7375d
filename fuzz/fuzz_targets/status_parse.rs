//! `Status` parsing: never panics; a status parses back from its own text; a well-formed code
//! either has an entry that contains it or is reported as unknown.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ndr_codes::{Code, ParseErrorKind, Status};

fuzz_target!(|data: &[u8]| {
    let parsed = Status::parse_bytes(data);
    match (parsed, Code::parse_bytes(data)) {
        (Ok(status), Ok(code)) => {
            assert!(status.contains(code), "{status:?} does not contain {code}");
            assert_eq!(Status::from_code(code), Some(status));
            assert_eq!(status.to_string().parse::<Status>(), Ok(status));
            assert_eq!(status.as_str().parse::<Code>(), Ok(status.code()));
            assert_eq!(Status::from_key(status as u32), Some(status));
            assert!(!status.title().is_empty() && !status.remedy().is_empty());
        }
        (Err(err), Ok(code)) => {
            assert_eq!(err.kind(), ParseErrorKind::Unknown);
            assert_eq!(Status::from_code(code), None);
        }
        (Err(err), Err(code_err)) => assert_eq!(err, code_err),
        (Ok(status), Err(err)) => panic!("{status:?} from input that is no code: {err}"),
    }
    if let Ok(text) = std::str::from_utf8(data) {
        assert_eq!(text.parse::<Status>(), parsed);
        assert_eq!(Status::try_from(text), parsed);
    }
});
