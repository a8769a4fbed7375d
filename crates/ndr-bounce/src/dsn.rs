//! RFC 3464 delivery status fields (`message/delivery-status`, or the same fields pasted
//! into a text part): one per-message block, then one block per recipient.
//!
//! The fields are read in place: a recipient's values are slices of the body, turned into
//! strings only where they go into the result. [`read_into`] turns them into the result's
//! recipients.

use std::borrow::Cow;

use crate::message::{Message, PartKind};
use crate::recipient::{self, Found};
use crate::{Action, Bounce, Format, bytes, command, text};

/// The per-recipient fields of a DSN, as raw values (folded lines included).
#[derive(Default, Debug)]
pub(crate) struct DsnRecipient<'a> {
    pub final_recipient: Option<&'a [u8]>,
    pub original_recipient: Option<&'a [u8]>,
    pub action: Option<Action>,
    pub status: Option<&'a [u8]>,
    pub remote_mta: Option<&'a [u8]>,
    pub diagnostic: Option<&'a [u8]>,
    /// The diagnostic's type is `X-Unix`: a local delivery program (a pipe, procmail, a
    /// local delivery agent) failed, and the text is its exit status or its own words.
    pub from_program: bool,
}

impl DsnRecipient<'_> {
    fn is_empty(&self) -> bool {
        self.final_recipient.is_none() && self.original_recipient.is_none()
    }
}

/// Whether `text` holds DSN recipient fields (for text parts that carry them).
pub(crate) fn has_fields(text: &[u8]) -> bool {
    bytes::lines(text).any(|(_, l)| bytes::starts_with_ci(l, b"final-recipient:"))
        && bytes::lines(text).any(|(_, l)| {
            bytes::starts_with_ci(l, b"status:") || bytes::starts_with_ci(l, b"action:")
        })
}

/// The first `Reporting-MTA:` value of `body`, raw (see [`typed_value`]).
pub(crate) fn reporting_mta(body: &[u8]) -> Option<&[u8]> {
    fields(body).find_map(|(name, value)| {
        name.is_some_and(|n| n.eq_ignore_ascii_case(b"reporting-mta"))
            .then_some(value)
    })
}

/// The recipients of `body`, in order.
pub(crate) fn recipients(body: &[u8]) -> impl Iterator<Item = DsnRecipient<'_>> {
    let mut fields = fields(body);
    let mut current = DsnRecipient::default();
    let mut done = false;
    std::iter::from_fn(move || {
        while !done {
            let Some((name, value)) = fields.next() else {
                done = true;
                break;
            };
            let Some(name) = name else {
                // A blank line ends a recipient block.
                if !current.is_empty() {
                    return Some(std::mem::take(&mut current));
                }
                continue;
            };
            let is = |n: &[u8]| name.eq_ignore_ascii_case(n);
            if is(b"original-recipient") {
                // Original-Recipient comes first by the RFC, but Postfix writes it second.
                // After a Final-Recipient (Postfix's order) it belongs to the same recipient,
                // unless that recipient's fields have begun.
                let begun = current.status.is_some() || current.diagnostic.is_some();
                let ends = current.original_recipient.is_some()
                    || (current.final_recipient.is_some() && begun);
                let finished = ends.then(|| std::mem::take(&mut current));
                current.original_recipient = Some(value);
                if finished.is_some() {
                    return finished;
                }
            } else if is(b"final-recipient") {
                let finished = current
                    .final_recipient
                    .is_some()
                    .then(|| std::mem::take(&mut current));
                current.final_recipient = Some(value);
                if finished.is_some() {
                    return finished;
                }
            } else if is(b"action") {
                current.action = current.action.or(Action::from_bytes(value));
            } else if is(b"status") {
                current.status.get_or_insert(bytes::trim(value));
            } else if is(b"remote-mta") {
                current.remote_mta.get_or_insert(value);
            } else if is(b"diagnostic-code") {
                if current.diagnostic.is_none() {
                    current.from_program = bytes::trim(value)
                        .get(..7)
                        .is_some_and(|t| t.eq_ignore_ascii_case(b"x-unix;"));
                }
                current.diagnostic.get_or_insert(value);
            }
        }
        (!current.is_empty()).then(|| std::mem::take(&mut current))
    })
}

/// The fields of `body` as `(Some(name), value)`, and `(None, _)` for a blank line (once for
/// several). A value runs over its continuation lines (they are unfolded where it is read).
fn fields(body: &[u8]) -> impl Iterator<Item = (Option<&[u8]>, &[u8])> {
    let mut lines = bytes::lines(body).peekable();
    let mut after_blank = false;
    std::iter::from_fn(move || {
        loop {
            let (at, line) = lines.next()?;
            if bytes::trim(line).is_empty() {
                if after_blank {
                    continue;
                }
                after_blank = true;
                return Some((None, &[][..]));
            }
            // A continuation line that follows no field is skipped, as is a line without a
            // colon or with something other than a field name before it.
            if line[0] == b' ' || line[0] == b'\t' {
                continue;
            }
            let Some(colon) = line.iter().position(|&b| b == b':') else {
                continue;
            };
            let name = &line[..colon];
            if name.is_empty() || !name.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-') {
                continue;
            }
            after_blank = false;
            let mut end = at + line.len();
            while let Some((next_at, next)) = lines.peek() {
                let continues = matches!(next.first(), Some(b' ' | b'\t'));
                if !continues || bytes::trim(next).is_empty() {
                    break;
                }
                end = next_at + next.len();
                lines.next();
            }
            return Some((Some(name), &body[at + colon + 1..end]));
        }
    })
}

/// A `type; value` field without its type (`rfc822;`, `dns;`, `smtp;`), still folded.
pub(crate) fn typed_raw(value: &[u8]) -> &[u8] {
    let v = bytes::trim(value);
    match v.iter().position(|&b| b == b';') {
        Some(semi)
            if v[..semi]
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || *b == b'-') =>
        {
            &v[semi + 1..]
        }
        _ => v,
    }
}

/// A `type; value` field without its type, unfolded.
pub(crate) fn typed_value(value: &[u8]) -> String {
    bytes::unfold(typed_raw(value))
}

/// An address field's value: the type removed, `<...>` and quotes stripped. Borrowed when it
/// is one word of valid UTF-8, as addresses are.
pub(crate) fn address_value(value: &[u8]) -> Cow<'_, str> {
    fn strip(v: &str) -> &str {
        let v = v.trim().trim_start_matches('<').trim_end_matches('>');
        v.trim_matches('"').trim()
    }
    let raw = bytes::trim(typed_raw(value));
    match std::str::from_utf8(raw) {
        // Unfolding a single word changes nothing.
        Ok(word) if !raw.iter().any(u8::is_ascii_whitespace) => Cow::Borrowed(strip(word)),
        _ => {
            let mut v = bytes::unfold(raw);
            bytes::keep(&mut v, strip);
            Cow::Owned(v)
        }
    }
}

/// Reads RFC 3464 fields; false when the message has none.
pub(crate) fn read_into<'m>(
    message: &'m Message<'_>,
    mut texts: impl Iterator<Item = &'m [u8]>,
    main_region: &[u8],
    bounce: &mut Bounce,
) -> bool {
    // Some reports carry one delivery-status part per recipient: read them all. Else a text
    // part may hold the fields.
    let parts = || {
        message
            .parts
            .iter()
            .filter(|p| p.kind == PartKind::DeliveryStatus)
            .map(|p| &*p.body)
    };
    let mut count: usize = parts().map(|body| recipients(body).count()).sum();
    let mut in_text = None;
    if count == 0 {
        let Some((text, n)) = texts.find_map(|t| {
            let n = if has_fields(t) {
                recipients(t).count()
            } else {
                0
            };
            (n > 0).then_some((t, n))
        }) else {
            return false;
        };
        (in_text, count) = (Some(text), n);
    }
    let bodies = || parts().filter(|_| in_text.is_none()).chain(in_text);
    bounce.format = if in_text.is_some() {
        Format::Text
    } else {
        Format::Rfc3464
    };
    bounce.reporting_mta = bodies().find_map(reporting_mta).map(typed_value);
    bounce.recipients.reserve_exact(count);
    // The session transcript is read once, for the recipients whose reply names no command.
    let mut transcript: Option<Option<&'static str>> = None;
    for r in bodies().flat_map(recipients) {
        let original_recipient = r.original_recipient.map(address_value);
        let (address, original_address) = match r.final_recipient.map(address_value) {
            Some(f) => {
                let original = original_recipient.filter(|o| !o.eq_ignore_ascii_case(&f));
                (f, original)
            }
            None => (original_recipient.unwrap_or_default(), None),
        };
        let diagnostic = r.diagnostic.map(typed_value).filter(|d| !d.is_empty());
        // The text part is read about this recipient only for what the fields lack.
        // The text part is also where Postfix says which command the reply answered
        // ("in reply to end of DATA command"), which its Diagnostic-Code leaves out.
        let no_command = diagnostic
            .as_deref()
            .is_none_or(|d| command::of_reply(d.as_bytes()).is_none());
        let about = if diagnostic.is_none() || r.remote_mta.is_none() || no_command {
            text::about(main_region, address.as_bytes())
        } else {
            None
        };
        let about = about.unwrap_or_default();
        let diagnostic = diagnostic.unwrap_or_else(|| about.diagnostic.to_text());
        let command = command::of_reply(diagnostic.as_bytes())
            .or(about.command)
            .or_else(|| *transcript.get_or_insert_with(|| command::of_transcript(main_region)));
        let found = Found {
            original_address: original_address.map(Cow::into_owned),
            address: address.into_owned(),
            action: r.action,
            status_field: r.status,
            context: about.context,
            remote_mta: r
                .remote_mta
                .map(typed_value)
                .or_else(|| about.remote_mta.map(bytes::lossy)),
            command,
            from_program: r.from_program,
            diagnostic,
        };
        let permanent = found.action != Some(Action::Delayed);
        let recipient = found.into_recipient(bounce.reporting_mta.as_deref(), permanent);
        bounce.recipients.push(recipient);
    }
    bounce.kind = recipient::report_kind(&bounce.recipients);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_blocks_and_folded_fields() {
        let body = b"Reporting-MTA: dns; mx.example.org\r\n\r\nFinal-Recipient: rfc822; a@example.jp\r\n\
Action: failed\r\nStatus: 5.0.0\r\nDiagnostic-Code: smtp; 550 5.7.1\r\n  blocked\r\n\r\n\
Original-Recipient: rfc822;B@example.jp\r\nFinal-Recipient: RFC822; <b@example.jp>\r\nAction: delayed\r\n";
        assert_eq!(
            reporting_mta(body).map(typed_value).as_deref(),
            Some("mx.example.org")
        );
        let found: Vec<_> = recipients(body).collect();
        assert_eq!(found.len(), 2);
        let a = &found[0];
        assert_eq!(
            a.final_recipient.map(address_value).as_deref(),
            Some("a@example.jp")
        );
        assert_eq!(a.action, Some(Action::Failed));
        assert_eq!(
            a.diagnostic.map(typed_value).as_deref(),
            Some("550 5.7.1 blocked")
        );
        let b = &found[1];
        assert_eq!(
            b.original_recipient.map(address_value).as_deref(),
            Some("B@example.jp")
        );
        assert_eq!(
            b.final_recipient.map(address_value).as_deref(),
            Some("b@example.jp")
        );
        assert_eq!(b.action, Some(Action::Delayed));
    }

    #[test]
    fn splits_recipients_without_blank_lines() {
        let found: Vec<_> = recipients(b"Final-Recipient: rfc822; a@x.jp\nStatus: 5.1.1\nFinal-Recipient: rfc822; b@x.jp\nStatus: 5.2.2\n").collect();
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].status, Some(&b"5.2.2"[..]));
    }

    #[test]
    fn addresses_are_borrowed_unless_folded() {
        assert!(matches!(
            address_value(b" rfc822; <a@x.jp>"),
            Cow::Borrowed("a@x.jp")
        ));
        let folded = address_value(b"rfc822; \"a@x.jp\r\n  \"");
        assert_eq!(folded, "a@x.jp");
        assert!(matches!(folded, Cow::Owned(_)));
    }
}
