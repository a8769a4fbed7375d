//! `ndr_bounce::parse` on any bytes: never panics, and what it answers is consistent.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ndr_bounce::{Error, Kind, StatusSource};

fuzz_target!(|data: &[u8]| {
    let first = ndr_bounce::parse(data);
    // Reading is deterministic.
    assert_eq!(first, ndr_bounce::parse(data));
    let bounce = match first {
        Ok(bounce) => bounce,
        Err(e) => {
            assert!(matches!(e, Error::Empty | Error::NotMail | Error::TooLarge { .. }));
            assert!(!e.to_string().is_empty());
            return;
        }
    };
    if bounce.kind() == Kind::NotBounce {
        assert!(bounce.recipients().is_empty());
    }
    for r in bounce.recipients() {
        // The catalog entry is the code's, and a code always says where it came from.
        assert_eq!(r.status(), r.code().and_then(|c| c.status()));
        if r.code().is_some() {
            assert!(matches!(
                r.status_source(),
                Some(StatusSource::DsnStatus | StatusSource::Diagnostic | StatusSource::BodyText)
            ));
        }
        if r.status_source() == Some(StatusSource::ReplyCode) {
            assert!(r.code().is_none() && r.reply_code().is_some());
        }
        if let Some(reply) = r.reply_code() {
            assert!((200..600).contains(&reply));
        }
        // A hard bounce is a permanent failure of the address itself.
        if r.is_hard() {
            assert!(ndr_bounce::is_hard(r.reason(), true));
            assert!(r.code().is_none_or(|c| c.is_permanent()));
        }
        assert!(!r.rule().is_empty());
        assert!(!r.reason().as_str().is_empty());
        // Unfolded: one line.
        assert!(!r.diagnostic().contains('\n'));
    }
});
