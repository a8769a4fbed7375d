//! Amazon SES bounce and complaint notifications delivered by Amazon SNS as e-mail: a JSON
//! document (the notification, often a JSON string inside the SNS envelope) instead of a DSN.
//! Its fields are documented by AWS ("Amazon SNS notification contents for Amazon SES"):
//! `notificationType` (`Bounce`, `Complaint`, `Delivery`), `bounce.bouncedRecipients[]` with
//! `emailAddress`, `action`, `status`, `diagnosticCode`, and `bounce.reportingMTA`.

use std::borrow::Cow;

use crate::bytes::{self, find_ci};

/// One recipient of a notification.
#[derive(Debug, Default)]
pub(crate) struct SesRecipient {
    pub address: String,
    pub action: Option<String>,
    pub status: Option<String>,
    pub diagnostic: Option<String>,
}

/// A notification's type and recipients.
#[derive(Debug)]
pub(crate) struct Notification {
    /// `Bounce` or `Complaint`.
    pub kind: String,
    pub reporting_mta: Option<String>,
    pub recipients: Vec<SesRecipient>,
}

/// Reads a notification from `text`, when it is one.
pub(crate) fn read(text: &[u8]) -> Option<Notification> {
    find_ci(text, b"notificationtype")?;
    // The SES document is usually a JSON string inside the SNS one: undo one level of escaping.
    let text: Cow<'_, [u8]> = if memchr::memmem::find(text, b"\\\"").is_some() {
        Cow::Owned(unescape(text))
    } else {
        Cow::Borrowed(text)
    };
    let kind = string_after(&text, b"\"notificationtype\"")?;
    let list_key: &[u8] = match kind.as_str() {
        "Bounce" => b"\"bouncedrecipients\"",
        "Complaint" => b"\"complainedrecipients\"",
        _ => return None,
    };
    let list_at = find_ci(&text, list_key)?;
    let list = &text[list_at..];
    let list = &list[..memchr::memchr(b']', list).unwrap_or(list.len())];
    let mut recipients = Vec::new();
    let mut rest = list;
    while let Some(at) = find_ci(rest, b"\"emailaddress\"") {
        let object = &rest[at..];
        let end = find_ci(&object[1..], b"\"emailaddress\"").map_or(object.len(), |p| p + 1);
        let object = &object[..end];
        recipients.push(SesRecipient {
            address: string_after(object, b"\"emailaddress\"").unwrap_or_default(),
            action: string_after(object, b"\"action\""),
            status: string_after(object, b"\"status\""),
            diagnostic: string_after(object, b"\"diagnosticcode\""),
        });
        rest = &rest[at + end..];
    }
    Some(Notification {
        kind,
        reporting_mta: string_after(&text, b"\"reportingmta\""),
        recipients,
    })
}

/// The string value after `"key"` (given in lower case) and its colon.
fn string_after(text: &[u8], key: &[u8]) -> Option<String> {
    let at = find_ci(text, key)? + key.len();
    let rest = bytes::trim(&text[at..]);
    let rest = bytes::trim(rest.strip_prefix(b":")?);
    let rest = rest.strip_prefix(b"\"")?;
    let end = rest.iter().position(|&b| b == b'"')?;
    Some(bytes::unfold(&rest[..end]))
}

/// `\"` to `"` and `\\` to `\`.
fn unescape(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
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
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_a_bounce_inside_an_sns_envelope() {
        let text = br#"{"Type":"Notification","Message":"{\"notificationType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\",\"bouncedRecipients\":[{\"emailAddress\":\"a@example.com\",\"action\":\"failed\",\"status\":\"5.1.1\",\"diagnosticCode\":\"smtp; 550 5.1.1 user unknown\"},{\"emailAddress\":\"b@example.com\"}],\"reportingMTA\":\"dsn; a.example.com\"}}"}"#;
        let n = super::read(text).unwrap();
        assert_eq!(n.kind, "Bounce");
        assert_eq!(n.recipients.len(), 2);
        assert_eq!(n.recipients[0].address, "a@example.com");
        assert_eq!(n.recipients[0].status.as_deref(), Some("5.1.1"));
        assert_eq!(
            n.recipients[0].diagnostic.as_deref(),
            Some("smtp; 550 5.1.1 user unknown")
        );
        assert_eq!(n.recipients[1].address, "b@example.com");
        assert_eq!(n.reporting_mta.as_deref(), Some("dsn; a.example.com"));
        assert!(super::read(b"{\"Type\":\"Notification\"}").is_none());
    }
}
