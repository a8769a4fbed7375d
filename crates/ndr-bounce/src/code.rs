//! Which enhanced status code a recipient gets: the most specific one the message supports,
//! never an invented one.

use ndr_codes::{Class, Code, find_codes};

use crate::{StatusSource, bytes};

/// The code, where it came from, and the basic reply code.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Chosen {
    pub code: Option<Code>,
    pub source: Option<StatusSource>,
    pub reply_code: Option<u16>,
}

/// The first failure or success code in `text` (class 2, 4 or 5, as every code is).
fn first_code(text: &[u8]) -> Option<Code> {
    find_codes(text).next().map(|f| f.code)
}

/// Whether the remote server's own code `diagnostic` is better evidence than the reporting
/// system's `Status:` field: a `Status: 5.0.0` with a reply `550 5.7.1 ...` means 5.7.1, and
/// a `Status: 5.1.1` with `552 5.2.2 Over quota` means 5.2.2 (the reporting MTA mapped the
/// reply to a code of its own; the remote server said what happened). Across classes only
/// when the server refused for good (a `4.x.x` status over a `550 5.x.x` reply): a `5.x.x`
/// status with a `4.x.x` reply means the reporting system gave up on a transient failure,
/// and the status says that.
fn more_specific(diagnostic: Code, status: Code) -> bool {
    diagnostic != status
        && (diagnostic.class() == status.class()
            // A transient status over a permanent refusal: the remote server's word is final.
            || (status.class() == Class::TransientFailure
                && diagnostic.class() == Class::PermanentFailure))
}

/// The first code in `diagnostic` that differs from `status` (a reply such as `554 4.4.7
/// Message expired <421 4.4.2 Connection timed out>` repeats the status, then says why).
fn diagnostic_code(diagnostic: &[u8], status: Option<Code>) -> Option<Code> {
    let mut codes = find_codes(diagnostic).map(|f| f.code);
    let first = codes.next()?;
    if Some(first) != status {
        return Some(first);
    }
    Some(codes.find(|c| c.class() == first.class()).unwrap_or(first))
}

/// Chooses the code from the DSN `Status:` field, the diagnostic, and other text about the
/// recipient, in that order of authority (a more specific diagnostic code wins over a
/// generic status).
pub(crate) fn choose(status_field: Option<&[u8]>, diagnostic: &[u8], context: &[u8]) -> Chosen {
    let reply_code = bytes::leading_reply_code(diagnostic)
        .or_else(|| bytes::find_reply_code(diagnostic).map(|(_, c)| c));
    let status = status_field.and_then(first_code);
    let in_diagnostic = diagnostic_code(diagnostic, status);
    let (code, source) = match (status, in_diagnostic) {
        (Some(s), Some(d)) if more_specific(d, s) => (Some(d), Some(StatusSource::Diagnostic)),
        (Some(s), _) => (Some(s), Some(StatusSource::DsnStatus)),
        (None, Some(d)) => (Some(d), Some(StatusSource::Diagnostic)),
        (None, None) => match first_code(context) {
            Some(c) => (Some(c), Some(StatusSource::BodyText)),
            None => (None, reply_code.map(|_| StatusSource::ReplyCode)),
        },
    };
    Chosen {
        code,
        source,
        reply_code,
    }
}

/// Whether the failure is permanent: the code's class, else the reply code's first digit,
/// else `default`.
pub(crate) fn is_permanent(chosen: &Chosen, default: bool) -> bool {
    match (chosen.code, chosen.reply_code) {
        (Some(code), _) => code.class() == Class::PermanentFailure,
        (None, Some(reply)) => reply >= 500,
        (None, None) => default,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(s: &str) -> Option<Code> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn diagnostic_refines_a_generic_status() {
        let c = choose(Some(b"5.0.0"), b"550 5.7.1 Blocked", b"");
        assert_eq!(
            (c.code, c.source, c.reply_code),
            (code("5.7.1"), Some(StatusSource::Diagnostic), Some(550))
        );
        let c = choose(Some(b"5.1.0"), b"550 5.1.1 no such user", b"");
        assert_eq!(c.code, code("5.1.1"));
    }

    #[test]
    fn remote_code_wins_within_a_class() {
        let c = choose(Some(b"5.1.1"), b"550 5.1.1 x", b"");
        assert_eq!(
            (c.code, c.source),
            (code("5.1.1"), Some(StatusSource::DsnStatus))
        );
        let c = choose(Some(b"5.1.1"), b"552 5.2.2 Over quota", b"");
        assert_eq!(
            (c.code, c.source),
            (code("5.2.2"), Some(StatusSource::Diagnostic))
        );
        let c = choose(
            Some(b"4.4.7"),
            b"554 4.4.7 expired <421 4.4.2 timed out>",
            b"",
        );
        assert_eq!(c.code, code("4.4.2"));
        // A transient status over a permanent refusal: the refusal.
        let c = choose(Some(b"4.5.0"), b"550 5.5.0 refused", b"");
        assert_eq!(c.code, code("5.5.0"));
        // A permanent status over a transient reply: the reporting system gave up.
        let c = choose(Some(b"5.0.0"), b"450 4.2.2 full", b"");
        assert_eq!(c.code, code("5.0.0"));
    }

    #[test]
    fn falls_back_to_text_then_reply_code() {
        let c = choose(None, b"User unknown", b"code 5.1.1 here");
        assert_eq!(
            (c.code, c.source),
            (code("5.1.1"), Some(StatusSource::BodyText))
        );
        let c = choose(None, b"550 Mailbox unavailable", b"");
        assert_eq!(
            (c.code, c.source, c.reply_code),
            (None, Some(StatusSource::ReplyCode), Some(550))
        );
        assert_eq!(choose(None, b"", b""), Chosen::default());
    }
}
