//! Amazon SES bounce and complaint notifications delivered by Amazon SNS as e-mail: a JSON
//! document (the notification, often a JSON string inside the SNS envelope) instead of a DSN.
//! Its fields are documented by AWS ("Amazon SNS notification contents for Amazon SES"):
//! `notificationType` (`Bounce`, `Complaint`, `Delivery`), `bounce.bouncedRecipients[]` with
//! `emailAddress`, `action`, `status`, `diagnosticCode`, and `bounce.reportingMTA`.
//! [`read_into`] turns a notification into the result.

use std::ops::Range;

use crate::bytes::{self, find_ci};
use crate::recipient::{self, Found};
use crate::scratch::Scratch;
use crate::{Action, Bounce, Format, Kind, command, reason};

/// One recipient of a notification: raw JSON string values (see [`string_after`]).
#[derive(Debug, Default)]
pub(crate) struct SesRecipient<'a> {
    pub address: &'a [u8],
    pub action: Option<&'a [u8]>,
    pub status: Option<&'a [u8]>,
    pub diagnostic: Option<&'a [u8]>,
}

/// A notification's text, as written or with one level of JSON escaping undone.
enum Text<'a> {
    Written(&'a [u8]),
    Unescaped(Scratch<Vec<u8>>),
}

/// A bounce or complaint notification.
pub(crate) struct Notification<'a> {
    text: Text<'a>,
    /// A complaint (`Complaint`), not a bounce (`Bounce`).
    pub complaint: bool,
    /// The recipients' list in the text.
    list: Range<usize>,
}

impl Notification<'_> {
    fn text(&self) -> &[u8] {
        match &self.text {
            Text::Written(t) => t,
            Text::Unescaped(t) => t,
        }
    }

    /// The `reportingMTA` value, raw.
    pub(crate) fn reporting_mta(&self) -> Option<&[u8]> {
        string_after(self.text(), b"\"reportingmta\"")
    }

    /// The recipients, in order.
    pub(crate) fn recipients(&self) -> impl Iterator<Item = SesRecipient<'_>> {
        let mut rest = &self.text()[self.list.clone()];
        std::iter::from_fn(move || {
            let at = find_ci(rest, b"\"emailaddress\"")?;
            let object = &rest[at..];
            let end = find_ci(&object[1..], b"\"emailaddress\"").map_or(object.len(), |p| p + 1);
            let object = &object[..end];
            rest = &rest[at + end..];
            Some(SesRecipient {
                address: string_after(object, b"\"emailaddress\"").unwrap_or_default(),
                action: string_after(object, b"\"action\""),
                status: string_after(object, b"\"status\""),
                diagnostic: string_after(object, b"\"diagnosticcode\""),
            })
        })
    }
}

/// Reads a notification from `text`, when it is one.
pub(crate) fn read(text: &[u8]) -> Option<Notification<'_>> {
    find_ci(text, b"notificationtype")?;
    // The SES document is usually a JSON string inside the SNS one: undo one level of escaping.
    let text = if memchr::memmem::find(text, b"\\\"").is_some() {
        let mut out = Scratch::<Vec<u8>>::take();
        unescape(text, &mut out);
        Text::Unescaped(out)
    } else {
        Text::Written(text)
    };
    let mut n = Notification {
        text,
        complaint: false,
        list: 0..0,
    };
    let body = n.text();
    let kind = bytes::trim(string_after(body, b"\"notificationtype\"")?);
    let list_key: &[u8] = match kind {
        b"Bounce" => b"\"bouncedrecipients\"",
        b"Complaint" => b"\"complainedrecipients\"",
        _ => return None,
    };
    let complaint = kind == b"Complaint";
    let list_at = find_ci(body, list_key)?;
    let list_end = memchr::memchr(b']', &body[list_at..]).map_or(body.len(), |p| list_at + p);
    n.complaint = complaint;
    n.list = list_at..list_end;
    Some(n)
}

/// The string value after `"key"` (given in lower case) and its colon, raw: read it with
/// [`bytes::unfold`].
fn string_after<'a>(text: &'a [u8], key: &[u8]) -> Option<&'a [u8]> {
    let at = find_ci(text, key)? + key.len();
    let rest = bytes::trim(&text[at..]);
    let rest = bytes::trim(rest.strip_prefix(b":")?);
    let rest = rest.strip_prefix(b"\"")?;
    let end = rest.iter().position(|&b| b == b'"')?;
    Some(&rest[..end])
}

/// `\"` to `"` and `\\` to `\`, into `out`.
fn unescape(text: &[u8], out: &mut Vec<u8>) {
    out.reserve(text.len());
    let mut i = 0;
    while i < text.len() {
        if text[i] == b'\\' && matches!(text.get(i + 1), Some(b'"' | b'\\' | b'/')) {
            out.push(text[i + 1]);
            i += 2;
        } else {
            out.push(text[i]);
            i += 1;
        }
    }
}

/// Reads an Amazon SES notification; false when the text is not one.
pub(crate) fn read_into(text: &[u8], bounce: &mut Bounce) -> bool {
    let Some(n) = read(text) else {
        return false;
    };
    bounce.format = Format::AmazonSes;
    bounce.reporting_mta = n.reporting_mta().map(|m| {
        // `dsn; a.example.com`: the host.
        let mut m = bytes::unfold(m);
        bytes::keep(&mut m, |m| m.rsplit(';').next().unwrap_or_default().trim());
        m
    });
    bounce.recipients.reserve_exact(n.recipients().count());
    if n.complaint {
        bounce.kind = Kind::Feedback;
        for r in n.recipients() {
            bounce.recipients.push(recipient::plain(
                bytes::unfold(r.address),
                reason::feedback(b"abuse"),
            ));
        }
        return true;
    }
    for r in n.recipients() {
        let mut diagnostic = r.diagnostic.map(bytes::unfold).unwrap_or_default();
        // `smtp; 550 ...`: without its type.
        bytes::keep(&mut diagnostic, |d| match d.split_once(';') {
            Some((kind, rest)) if !kind.contains(' ') => rest.trim(),
            _ => d,
        });
        let found = Found {
            address: bytes::unfold(r.address),
            original_address: None,
            action: r.action.and_then(Action::from_bytes),
            status_field: r.status,
            command: command::of_reply(diagnostic.as_bytes()),
            from_program: false,
            diagnostic,
            context: &[],
            remote_mta: None,
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
    #[test]
    fn reads_a_bounce_inside_an_sns_envelope() {
        let text = br#"{"Type":"Notification","Message":"{\"notificationType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\",\"bouncedRecipients\":[{\"emailAddress\":\"a@example.com\",\"action\":\"failed\",\"status\":\"5.1.1\",\"diagnosticCode\":\"smtp; 550 5.1.1 user unknown\"},{\"emailAddress\":\"b@example.com\"}],\"reportingMTA\":\"dsn; a.example.com\"}}"}"#;
        let n = super::read(text).unwrap();
        assert!(!n.complaint);
        let r: Vec<_> = n.recipients().collect();
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].address, b"a@example.com");
        assert_eq!(r[0].status, Some(&b"5.1.1"[..]));
        assert_eq!(r[0].diagnostic, Some(&b"smtp; 550 5.1.1 user unknown"[..]));
        assert_eq!(r[1].address, b"b@example.com");
        assert_eq!(n.reporting_mta(), Some(&b"dsn; a.example.com"[..]));
        assert!(super::read(b"{\"Type\":\"Notification\"}").is_none());
    }
}
