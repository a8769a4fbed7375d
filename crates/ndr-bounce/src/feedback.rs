//! RFC 5965 feedback reports (ARF), such as spam complaints: the complained-about recipients,
//! each with the feedback type as its reason.

use crate::message::{Message, PartKind};
use crate::{Bounce, Format, Kind, bytes, reason, recipient};

/// Reads an RFC 5965 feedback report (or a complaint with the message attached).
pub(crate) fn read_into(message: &Message<'_>, bounce: &mut Bounce) {
    bounce.kind = Kind::Feedback;
    bounce.format = Format::Arf;
    let report: &[u8] = message
        .parts
        .iter()
        .find(|p| p.kind == PartKind::FeedbackReport)
        .map_or(&[], |p| &p.body);
    let fields = || {
        bytes::lines(report).filter_map(|(_, line)| {
            let colon = line.iter().position(|&b| b == b':')?;
            Some((&line[..colon], bytes::trim(&line[colon + 1..])))
        })
    };
    let is_recipient = |name: &[u8]| {
        name.eq_ignore_ascii_case(b"original-rcpt-to")
            || name.eq_ignore_ascii_case(b"removal-recipient")
    };
    // The type and the reporter may come after the recipients: read them first.
    let mut feedback_type: &[u8] = b"abuse";
    let mut reporting = None;
    let mut count = 0;
    for (name, value) in fields() {
        if name.eq_ignore_ascii_case(b"feedback-type") {
            feedback_type = value;
        } else if name.eq_ignore_ascii_case(b"reporting-mta") {
            reporting = Some(value.rsplit(|&b| b == b';').next().unwrap_or(value));
        } else if is_recipient(name) {
            count += usize::from(bytes::addresses(value).next().is_some());
        }
    }
    if let Some(mta) = reporting {
        bounce.reporting_mta = Some(bytes::unfold(mta));
    }
    let reason = reason::feedback(feedback_type);
    if count > 0 {
        bounce.recipients.reserve_exact(count);
        for (_, value) in fields().filter(|(name, _)| is_recipient(name)) {
            if let Some(address) = bytes::first_address(value) {
                bounce.recipients.push(recipient::plain(address, reason));
            }
        }
    } else if let Some(to) = &bounce.original.to {
        let count = bytes::addresses(to.as_bytes()).count();
        bounce.recipients.reserve_exact(count);
        for (s, e) in bytes::addresses(to.as_bytes()) {
            bounce
                .recipients
                .push(recipient::plain(to[s..e].to_owned(), reason));
        }
    }
}
