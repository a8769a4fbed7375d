//! The one place that decides a recipient's reason and whether its bounce is hard.

use ndr_codes::{Code, Reason};

/// What the reason is decided from.
pub(crate) struct Evidence<'a> {
    pub diagnostic: &'a str,
    pub code: Option<Code>,
    pub remote_mta: Option<&'a str>,
    pub reporting_mta: Option<&'a str>,
}

/// The reason for a failed or delayed recipient, and the rule that decided it.
///
/// For now the code's catalog entry decides (`catalog:<code>`); the text rules of DESIGN.md
/// section 8 take over through `classify_with` once that module is in place.
pub(crate) fn decide(evidence: &Evidence<'_>) -> (Reason, &'static str) {
    let _ = (
        evidence.diagnostic,
        evidence.remote_mta,
        evidence.reporting_mta,
    );
    match evidence.code.and_then(|c| c.explain().status()) {
        Some(status) => (status.reason(), "catalog"),
        None => (Reason::Undefined, "none"),
    }
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
    fn catalog_decides_until_rules_exist() {
        let e = Evidence {
            diagnostic: "",
            code: "5.1.1".parse().ok(),
            remote_mta: None,
            reporting_mta: None,
        };
        assert_eq!(decide(&e).0, Reason::UserUnknown);
    }
}
