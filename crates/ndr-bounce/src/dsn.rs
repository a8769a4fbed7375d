//! RFC 3464 delivery status fields (`message/delivery-status`, or the same fields pasted
//! into a text part): one per-message block, then one block per recipient.

use crate::{Action, bytes};

/// The per-recipient fields of a DSN, raw and unfolded.
#[derive(Default, Debug)]
pub(crate) struct DsnRecipient<'a> {
    pub final_recipient: Option<String>,
    pub original_recipient: Option<String>,
    pub action: Option<Action>,
    pub status: Option<&'a [u8]>,
    pub remote_mta: Option<String>,
    pub diagnostic: Option<String>,
    /// The diagnostic's type is `X-Unix`: a local delivery program (a pipe, procmail, a
    /// local delivery agent) failed, and the text is its exit status or its own words.
    pub from_program: bool,
}

/// A delivery-status body.
#[derive(Default, Debug)]
pub(crate) struct Dsn<'a> {
    pub reporting_mta: Option<String>,
    pub recipients: Vec<DsnRecipient<'a>>,
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

/// Reads the fields of `body`.
pub(crate) fn read(body: &[u8]) -> Dsn<'_> {
    let mut dsn = Dsn::default();
    let mut current = DsnRecipient::default();
    for (name, value) in fields(body) {
        let Some((name, value)) = name.zip(Some(value)) else {
            // A blank line ends a recipient block.
            if !current.is_empty() {
                dsn.recipients.push(std::mem::take(&mut current));
            }
            continue;
        };
        let is = |n: &[u8]| name.eq_ignore_ascii_case(n);
        if is(b"reporting-mta") {
            dsn.reporting_mta.get_or_insert_with(|| typed_value(value));
        } else if is(b"original-recipient") {
            // Original-Recipient comes first by the RFC, but Postfix writes it second.
            let original = address_value(value);
            // After a Final-Recipient (Postfix's order) it belongs to the same recipient,
            // unless that recipient's fields have begun.
            let begun = current.status.is_some() || current.diagnostic.is_some();
            if current.original_recipient.is_some() || (current.final_recipient.is_some() && begun)
            {
                dsn.recipients.push(std::mem::take(&mut current));
            }
            current.original_recipient = Some(original);
        } else if is(b"final-recipient") {
            if current.final_recipient.is_some() {
                dsn.recipients.push(std::mem::take(&mut current));
            }
            current.final_recipient = Some(address_value(value));
        } else if is(b"action") {
            current.action = current.action.or(Action::from_bytes(value));
        } else if is(b"status") {
            current.status.get_or_insert(bytes::trim(value));
        } else if is(b"remote-mta") {
            current.remote_mta.get_or_insert_with(|| typed_value(value));
        } else if is(b"diagnostic-code") {
            if current.diagnostic.is_none() {
                current.from_program = bytes::trim(value)
                    .get(..7)
                    .is_some_and(|t| t.eq_ignore_ascii_case(b"x-unix;"));
            }
            current.diagnostic.get_or_insert_with(|| typed_value(value));
        }
    }
    if !current.is_empty() {
        dsn.recipients.push(current);
    }
    dsn
}

/// The fields of `body` as `(Some(name), value)`, and `(None, _)` for a blank line. A value
/// runs over its continuation lines (they are unfolded where it is read).
fn fields(body: &[u8]) -> Vec<(Option<&[u8]>, &[u8])> {
    let mut out: Vec<(Option<&[u8]>, &[u8])> = Vec::new();
    let mut value_start = None;
    for (at, line) in bytes::lines(body) {
        if bytes::trim(line).is_empty() {
            value_start = None;
            if !matches!(out.last(), Some((None, _))) {
                out.push((None, &[]));
            }
            continue;
        }
        if line[0] == b' ' || line[0] == b'\t' {
            if let (Some(start), Some((Some(_), value))) = (value_start, out.last_mut()) {
                *value = &body[start..at + line.len()];
            }
            continue;
        }
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            value_start = None;
            continue;
        };
        let name = &line[..colon];
        if name.is_empty() || !name.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-') {
            value_start = None;
            continue;
        }
        value_start = Some(at + colon + 1);
        out.push((Some(name), &line[colon + 1..]));
    }
    out
}

/// A `type; value` field without its type (`rfc822;`, `dns;`, `smtp;`), unfolded.
fn typed_value(value: &[u8]) -> String {
    let v = bytes::trim(value);
    let rest = match v.iter().position(|&b| b == b';') {
        Some(semi)
            if v[..semi]
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || *b == b'-') =>
        {
            &v[semi + 1..]
        }
        _ => v,
    };
    bytes::unfold(rest)
}

/// An address field's value: the type removed, `<...>` and quotes stripped.
fn address_value(value: &[u8]) -> String {
    let v = typed_value(value);
    let v = v.trim().trim_start_matches('<').trim_end_matches('>');
    v.trim_matches('"').trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_blocks_and_folded_fields() {
        let body = b"Reporting-MTA: dns; mx.example.org\r\n\r\nFinal-Recipient: rfc822; a@example.jp\r\n\
Action: failed\r\nStatus: 5.0.0\r\nDiagnostic-Code: smtp; 550 5.7.1\r\n  blocked\r\n\r\n\
Original-Recipient: rfc822;B@example.jp\r\nFinal-Recipient: RFC822; <b@example.jp>\r\nAction: delayed\r\n";
        let dsn = read(body);
        assert_eq!(dsn.reporting_mta.as_deref(), Some("mx.example.org"));
        assert_eq!(dsn.recipients.len(), 2);
        let a = &dsn.recipients[0];
        assert_eq!(a.final_recipient.as_deref(), Some("a@example.jp"));
        assert_eq!(a.action, Some(Action::Failed));
        assert_eq!(a.diagnostic.as_deref(), Some("550 5.7.1 blocked"));
        let b = &dsn.recipients[1];
        assert_eq!(b.original_recipient.as_deref(), Some("B@example.jp"));
        assert_eq!(b.final_recipient.as_deref(), Some("b@example.jp"));
        assert_eq!(b.action, Some(Action::Delayed));
    }

    #[test]
    fn splits_recipients_without_blank_lines() {
        let dsn = read(b"Final-Recipient: rfc822; a@x.jp\nStatus: 5.1.1\nFinal-Recipient: rfc822; b@x.jp\nStatus: 5.2.2\n");
        assert_eq!(dsn.recipients.len(), 2);
        assert_eq!(dsn.recipients[1].status, Some(&b"5.2.2"[..]));
    }
}
