//! The one place that decides a recipient's reason and whether its bounce is hard.

use ndr_codes::{Code, Reason};

/// What the reason is decided from.
pub(crate) struct Evidence<'a> {
    pub diagnostic: &'a str,
    pub code: Option<Code>,
    pub remote_mta: Option<&'a str>,
    pub reporting_mta: Option<&'a str>,
    /// The SMTP command the reply answered (`RCPT`, `DATA`, ...), where known.
    pub command: Option<&'static str>,
    /// The diagnostic is a local delivery program's (`Diagnostic-Code: X-Unix; ...`).
    pub from_program: bool,
}

/// The reason for a failed or delayed recipient, and the rule that decided it: the reason
/// rules of [`crate::classify_with`] (host rule, phrase rule, the code's catalog entry, the
/// class), given the diagnostic text, the chosen code and both hosts.
pub(crate) fn decide(evidence: &Evidence<'_>) -> (Reason, &'static str) {
    let context = crate::Context {
        text: evidence.diagnostic.as_bytes(),
        code: evidence.code,
        remote_host: evidence.remote_mta.map(str::as_bytes),
        reporting_mta: evidence.reporting_mta.map(str::as_bytes),
    };
    let c = crate::classify_with(&context);
    // A server that took the address at RCPT TO and refuses it only after seeing the
    // message (DATA) is filtering that message, whatever words it uses: the address exists
    // as far as its address check goes. (Sisimai reads such replies the same way.)
    // A code that says "bad mailbox" (x.1.1) stands, though.
    let bad_mailbox = evidence
        .code
        .is_some_and(|c| c.subject_number() == 1 && c.detail() == 1);
    if c.reason == Reason::UserUnknown && evidence.command == Some("DATA") && !bad_mailbox {
        return (Reason::Filtered, "user-unknown-after-data");
    }
    // "User unknown" under a security or policy code (x.7.x) that did not answer RCPT TO is a
    // filter speaking: the code says the message, not the address, was refused.
    let policy_code = evidence.code.is_some_and(|c| c.subject_number() == 7);
    if c.reason == Reason::UserUnknown && policy_code && evidence.command != Some("RCPT") {
        return (Reason::Filtered, "user-unknown-policy-code");
    }
    // A bare SMTP reply ("550 Unknown user a@b") with no enhanced code and no command behind
    // it does not show that the address check failed rather than a later filter, which
    // often answers in the same words; Sisimai reads "User unknown" as an unknown user
    // only with a bad-mailbox status or a reply to RCPT TO, and as filtered otherwise.
    let bare_reply = evidence.diagnostic.as_bytes().first() == Some(&b'5')
        && evidence
            .diagnostic
            .as_bytes()
            .get(1..3)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    if c.reason == Reason::UserUnknown
        && evidence.code.is_none()
        && evidence.command.is_none()
        && bare_reply
    {
        return (Reason::Filtered, "user-unknown-bare-reply");
    }
    // A local delivery program's exit status or words are a mailer error, unless the words
    // name a cause of their own (a full mailbox, an unknown user). Sisimai reads X-Unix
    // diagnostics as `mailererror` too.
    let words_decided =
        !(c.rule == "none" || c.rule.starts_with("status:") || c.rule.starts_with("class:"));
    if evidence.from_program && !words_decided {
        return (Reason::Mailer, "x-unix-diagnostic");
    }
    (c.reason, c.rule)
}

/// The reason of a recipient in an ARF feedback report, from its `Feedback-Type:`.
pub(crate) fn feedback(feedback_type: &[u8]) -> (Reason, &'static str) {
    let t = crate::bytes::trim(feedback_type);
    let is = |w: &[u8]| t.eq_ignore_ascii_case(w);
    if is(b"abuse") || is(b"fraud") {
        (Reason::Spam, "arf-feedback-type")
    } else if is(b"virus") {
        (Reason::Virus, "arf-feedback-type")
    } else if is(b"auth-failure") {
        (Reason::Authentication, "arf-feedback-type")
    } else {
        (Reason::Undefined, "arf-feedback-type")
    }
}

/// Whether a bounce is hard: permanent, and the address itself is bad (it does not exist, its
/// domain does not exist, it has moved, or its destination takes no mail). Such an address
/// should be removed from a list; every other failure may succeed later or elsewhere.
pub fn is_hard(reason: Reason, permanent: bool) -> bool {
    permanent
        && matches!(
            reason,
            Reason::UserUnknown | Reason::HostUnknown | Reason::HasMoved | Reason::NotAccept
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hard_only_for_bad_addresses_that_are_permanent() {
        assert!(is_hard(Reason::UserUnknown, true));
        assert!(!is_hard(Reason::UserUnknown, false));
        assert!(!is_hard(Reason::MailboxFull, true));
    }

    #[test]
    fn code_decides_without_words() {
        let mut e = Evidence {
            diagnostic: "",
            code: "5.1.1".parse().ok(),
            remote_mta: None,
            reporting_mta: None,
            command: Some("RCPT"),
            from_program: false,
        };
        assert_eq!(decide(&e).0, Reason::UserUnknown);
        e.command = Some("DATA");
        assert_eq!(decide(&e).0, Reason::UserUnknown);
        e.code = "5.0.0".parse().ok();
        e.diagnostic = "550 User unknown";
        assert_eq!(decide(&e), (Reason::Filtered, "user-unknown-after-data"));
    }

    #[test]
    fn user_unknown_words_under_a_policy_code_are_a_filter_unless_they_answer_rcpt() {
        let mut e = Evidence {
            diagnostic: "550 5.7.1 550 User Unknown: a@example.org",
            code: "5.7.1".parse().ok(),
            remote_mta: None,
            reporting_mta: None,
            command: None,
            from_program: false,
        };
        assert_eq!(decide(&e), (Reason::Filtered, "user-unknown-policy-code"));
        e.command = Some("RCPT");
        assert_eq!(decide(&e).0, Reason::UserUnknown);
    }

    #[test]
    fn a_bare_user_unknown_reply_without_a_command_is_filtered() {
        let mut e = Evidence {
            diagnostic: "550 Unknown user a@example.org",
            code: None,
            remote_mta: None,
            reporting_mta: None,
            command: None,
            from_program: false,
        };
        assert_eq!(decide(&e), (Reason::Filtered, "user-unknown-bare-reply"));
        e.command = Some("RCPT");
        assert_eq!(decide(&e).0, Reason::UserUnknown);
        e.command = None;
        e.diagnostic = "Unknown user: a@example.org";
        assert_eq!(decide(&e).0, Reason::UserUnknown);
    }

    #[test]
    fn a_local_program_failure_is_a_mailer_error_unless_its_words_say_more() {
        let mut e = Evidence {
            diagnostic: "71",
            code: "4.5.0".parse().ok(),
            remote_mta: None,
            reporting_mta: None,
            command: None,
            from_program: true,
        };
        assert_eq!(decide(&e), (Reason::Mailer, "x-unix-diagnostic"));
        e.diagnostic = "maildir over quota";
        assert_eq!(decide(&e).0, Reason::MailboxFull);
        e.from_program = false;
        e.diagnostic = "71";
        assert_ne!(decide(&e).0, Reason::Mailer);
    }
}
