//! Telling message kinds apart from headers and words: is this a bounce at all, an
//! automatic reply, a feedback report?

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::bytes::{self, contains_ci, starts_with_ci};
use crate::message::Message;
use crate::scratch::Scratch;

/// Senders that only ever send reports.
const BOUNCE_SENDERS: &[&[u8]] = &[
    b"mailer-daemon",
    b"postmaster",
    b"post_master",
    b"mail delivery",
    b"mail-daemon",
    b"mailer_daemon",
    b"bounce",
    b"mdaemon",
];

/// Subject words of bounces (English and the other languages in common use).
const BOUNCE_SUBJECTS: &[&[u8]] = &[
    b"undeliver",
    b"undelivered",
    b"delivery",
    b"failure",
    b"failed",
    b"returned mail",
    b"returned to sender",
    b"not delivered",
    b"rejected",
    b"bounce",
    b"nondeliverable",
    b"non remis",
    b"unzustellbar",
    b"no entregado",
    b"error",
    b"warning",
    b"could not send",
    b"notification",
];

/// Phrases of the human-readable part of bounces.
const BOUNCE_PHRASES: &[&[u8]] = &[
    b"could not be delivered",
    b"was not delivered",
    b"wasn't delivered",
    b"couldn't be delivered",
    b"undeliverable",
    b"delivery failed",
    b"delivery has failed",
    b"permanent error",
    b"permanent failure",
    b"failed permanently",
    b"following address",
    b"following recipient",
    b"unable to deliver",
    b"did not reach",
    b"error delivering",
    b"delivery to the following",
    b"not be delivered",
    b"could not deliver",
    b"transcript of session",
    b"undelivered mail",
    b"delivery status notification",
    b"said:",
    b"failed to deliver",
    b"message could not",
    b"delivery problem",
    b"had delivery errors",
    b"failure reasons",
    b"non-delivery",
    b"delivery incomplete",
    b"has not been delivered",
];

/// Whether the message presents itself as a bounce (sender, subject or words).
pub(crate) fn looks_like_bounce<'t>(
    message: &Message<'_>,
    mut texts: impl Iterator<Item = &'t [u8]>,
) -> bool {
    if message.header("X-Failed-Recipients").is_some() {
        return true;
    }
    let from = message.header("From").unwrap_or_default();
    if BOUNCE_SENDERS.iter().any(|s| contains_ci(from, s)) {
        return true;
    }
    let subject = message.header("Subject").unwrap_or_default();
    static SUBJECTS: LazyLock<AhoCorasick> = LazyLock::new(|| bytes::phrase_set(BOUNCE_SUBJECTS));
    static PHRASES: LazyLock<AhoCorasick> = LazyLock::new(|| bytes::phrase_set(BOUNCE_PHRASES));
    SUBJECTS.is_match(subject) || texts.any(|t| PHRASES.is_match(t))
}

/// Subject prefixes of automatic replies.
const AUTO_REPLY_SUBJECTS: &[&[u8]] = &[
    b"auto:",
    b"automatic reply",
    b"auto reply",
    b"auto-reply",
    b"autoreply",
    b"autorespons",
    b"out of office",
    b"out of the office",
    b"away",
    b"vacation",
    b"abwesenheit",
    b"absence",
    b"r\xc3\xa9ponse automatique",
];

/// Whether the message is an RFC 3834 automatic reply (or an out-of-office message that
/// says so in its headers or subject).
pub(crate) fn is_auto_reply(message: &Message<'_>) -> bool {
    let header_says = |name: &str, values: &[&[u8]]| {
        message
            .header(name)
            .is_some_and(|v| values.iter().any(|x| starts_with_ci(v, x)))
    };
    if header_says("Auto-Submitted", &[b"auto-replied"])
        || message.header("X-Autoreply").is_some()
        || message.header("X-Autorespond").is_some()
        || header_says("Precedence", &[b"auto_reply"])
    {
        return true;
    }
    let says = |subject: &str| {
        let subject = subject.trim().as_bytes();
        AUTO_REPLY_SUBJECTS
            .iter()
            .any(|p| starts_with_ci(subject, p))
    };
    let raw = message.header("Subject").unwrap_or_default();
    if raw.is_ascii() && memchr::memmem::find(raw, b"=?").is_none() {
        // Nothing to decode: the raw value's words are the subject's.
        let mut subject = Scratch::<String>::take();
        bytes::push_words(&mut subject, raw);
        return says(&subject);
    }
    says(&message.header_text("Subject").unwrap_or_default())
}

/// Whether the message is a feedback (complaint) report, by type or by its subject.
pub(crate) fn is_feedback(message: &Message<'_>) -> bool {
    message
        .report_type
        .as_deref()
        .is_some_and(|t| t.eq_ignore_ascii_case("feedback-report"))
        // Apple Mail's one-click unsubscribe request: an opt-out from the recipient.
        || message.header("X-Apple-Unsubscribe").is_some_and(|v| v.eq_ignore_ascii_case(b"true"))
        || message
            .parts
            .iter()
            .any(|p| p.kind == crate::message::PartKind::FeedbackReport)
        || (message
            .parts
            .iter()
            .any(|p| p.kind == crate::message::PartKind::Returned)
            && message
                .header("Subject")
                .is_some_and(|s| contains_ci(s, b"complaint about message")))
}
