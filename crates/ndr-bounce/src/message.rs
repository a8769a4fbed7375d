//! The MIME layer: the message's header block and a flat list of the parts a bounce reader
//! needs, through `mailparse` (see the crate docs for why that crate).

use std::borrow::Cow;

use mailparse::{MailHeader, MailHeaderMap, ParsedMail, body::Body};

use crate::{Error, MAX_MESSAGE_BYTES, Warning, bytes};

/// What a part holds, as far as reading bounces goes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum PartKind {
    /// `text/plain` (or no type): the human-readable report.
    Text,
    /// `text/html`: read (tags stripped) only when no plain text part exists.
    Html,
    /// `message/delivery-status` (RFC 3464) or its RFC 6533 `global` form.
    DeliveryStatus,
    /// `message/feedback-report` (RFC 5965).
    FeedbackReport,
    /// The returned message, whole or headers only.
    Returned,
}

/// One part, transfer-decoded.
pub(crate) struct Part<'a> {
    pub kind: PartKind,
    pub body: Cow<'a, [u8]>,
}

/// A message split into its header block and the parts that matter.
pub(crate) struct Message<'a> {
    pub headers: Vec<MailHeader<'a>>,
    /// The top-level `Content-Type` media type, lower case.
    pub mimetype: String,
    /// The `report-type` parameter of a top-level `multipart/report`.
    pub report_type: Option<String>,
    pub parts: Vec<Part<'a>>,
    pub warnings: Vec<Warning>,
}

/// Parts above this size are not decoded: a bounce's reports are small, attachments are not.
const MAX_DECODED_PART: usize = 4 << 20;

impl<'a> Message<'a> {
    /// Reads `raw` (already checked by [`check`] and line-end normalised).
    pub(crate) fn read(raw: &'a [u8], warnings: Vec<Warning>) -> Message<'a> {
        let mut message = Message {
            headers: Vec::new(),
            mimetype: String::new(),
            report_type: None,
            parts: Vec::new(),
            warnings,
        };
        match mailparse::parse_mail(raw) {
            Ok(mut mail) => {
                collect(&mail, &mut message.parts, &mut message.warnings);
                // mailparse gives the media type in lower case already.
                message.mimetype = std::mem::take(&mut mail.ctype.mimetype);
                message.report_type = mail
                    .ctype
                    .params
                    .remove("report-type")
                    .map(|v| v.to_ascii_lowercase());
                message.headers = mail.headers;
            }
            Err(_) => {
                // Too deep, or a header block mailparse rejects: read the body as text.
                message.warnings.push(Warning::MimeUnreadable);
                let body_at = header_end(raw);
                message.headers = mailparse::parse_headers(&raw[..body_at])
                    .map(|(h, _)| h)
                    .unwrap_or_default();
                message.parts.push(Part {
                    kind: PartKind::Text,
                    body: Cow::Borrowed(&raw[body_at..]),
                });
            }
        }
        message
    }

    /// The first value of header `name`, raw bytes, unfolded and trimmed.
    pub(crate) fn header(&self, name: &str) -> Option<&[u8]> {
        self.headers
            .iter()
            .find(|h| h.get_key_raw().eq_ignore_ascii_case(name.as_bytes()))
            .map(|h| bytes::trim(h.get_value_raw()))
    }

    /// The first value of header `name`, decoded (RFC 2047) for display.
    pub(crate) fn header_text(&self, name: &str) -> Option<String> {
        self.headers
            .get_first_value(name)
            .map(|v| bytes::unfold(v.as_bytes()))
    }
}

/// Checks that `raw` can be a message and undoes bare-CR line ends.
pub(crate) fn check(raw: &[u8]) -> Result<(Cow<'_, [u8]>, Vec<Warning>), Error> {
    if raw.len() > MAX_MESSAGE_BYTES {
        return Err(Error::TooLarge { len: raw.len() });
    }
    if bytes::trim(raw).is_empty() {
        return Err(Error::Empty);
    }
    let mut warnings = Vec::new();
    if memchr::memchr(0, raw).is_some() {
        warnings.push(Warning::NulBytes);
    }
    // Old Mac files end lines in CR alone; mailparse reads only LF and CRLF.
    let head = &raw[..raw.len().min(8192)];
    let data = if !head.contains(&b'\n') && head.contains(&b'\r') {
        warnings.push(Warning::BareCarriageReturns);
        Cow::Owned(
            raw.iter()
                .map(|&b| if b == b'\r' { b'\n' } else { b })
                .collect(),
        )
    } else {
        Cow::Borrowed(raw)
    };
    let start = skip_mbox_line(&data);
    if !starts_with_header(&data[start..]) {
        return Err(Error::NotMail);
    }
    let data = match data {
        Cow::Borrowed(b) => Cow::Borrowed(&b[start..]),
        Cow::Owned(mut v) => {
            v.drain(..start);
            Cow::Owned(v)
        }
    };
    Ok((data, warnings))
}

/// The offset after an mbox `From ` separator line, or 0.
fn skip_mbox_line(raw: &[u8]) -> usize {
    if raw.starts_with(b"From ") {
        raw.iter()
            .position(|&b| b == b'\n')
            .map_or(raw.len(), |p| p + 1)
    } else {
        0
    }
}

/// Whether `raw` starts with a header field: a name of printable ASCII, then `:`.
pub(crate) fn starts_with_header(raw: &[u8]) -> bool {
    let name_len = raw
        .iter()
        .position(|&b| !(b'!'..=b'~').contains(&b) || b == b':')
        .unwrap_or(raw.len());
    name_len > 0 && raw.get(name_len) == Some(&b':')
}

/// The offset of the body: after the first empty line, or the end.
pub(crate) fn header_end(raw: &[u8]) -> usize {
    for (at, line) in bytes::lines(raw) {
        if line.is_empty() {
            return (at + 1 + usize::from(raw.get(at) == Some(&b'\r'))).min(raw.len());
        }
    }
    raw.len()
}

fn kind_of(mimetype: &str) -> Option<PartKind> {
    Some(match mimetype {
        "message/delivery-status" | "message/global-delivery-status" | "text/delivery-status" => {
            PartKind::DeliveryStatus
        }
        "message/feedback-report" => PartKind::FeedbackReport,
        "message/rfc822"
        | "message/global"
        | "text/rfc822-headers"
        | "message/rfc822-headers"
        | "message/global-headers" => PartKind::Returned,
        "text/plain" | "" => PartKind::Text,
        "text/html" => PartKind::Html,
        // A Content-Type with its `;` missing (`text/plain charset=...`).
        t if t.starts_with("text/plain") => PartKind::Text,
        _ => return None,
    })
}

/// Appends the parts of `mail` worth reading, depth first.
fn collect<'a>(mail: &ParsedMail<'a>, parts: &mut Vec<Part<'a>>, warnings: &mut Vec<Warning>) {
    let mimetype = mail.ctype.mimetype.as_str();
    if mimetype.starts_with("multipart/") {
        if mail.subparts.is_empty() {
            if !warnings.contains(&Warning::MissingBoundary) {
                warnings.push(Warning::MissingBoundary);
            }
            if let Some(body) = decoded(mail) {
                parts.push(Part {
                    kind: PartKind::Text,
                    body,
                });
            }
        }
        for sub in &mail.subparts {
            collect(sub, parts, warnings);
        }
        return;
    }
    let Some(kind) = kind_of(mimetype) else {
        return;
    };
    // HTML is read only without plain text, and only the first returned message is read:
    // no need to decode the others.
    let has = |k: PartKind| parts.iter().any(|p| p.kind == k);
    if (kind == PartKind::Html && has(PartKind::Text))
        || (kind == PartKind::Returned && has(PartKind::Returned))
    {
        return;
    }
    if let Some(body) = decoded(mail) {
        parts.push(Part { kind, body });
    }
}

/// The transfer-decoded body, borrowed where no decoding is needed.
fn decoded<'a>(mail: &ParsedMail<'a>) -> Option<Cow<'a, [u8]>> {
    let raw: &'a [u8] = mail.raw_bytes;
    let body = &raw[header_end(raw)..];
    // The transfer encoding, read from the raw header without allocating.
    let encoding = mail
        .headers
        .iter()
        .find(|h| {
            h.get_key_raw()
                .eq_ignore_ascii_case(b"Content-Transfer-Encoding")
        })
        .map(|h| bytes::trim(h.get_value_raw()));
    let encoding = match encoding {
        Some(e) if e.eq_ignore_ascii_case(b"base64") => "base64",
        Some(e) if e.eq_ignore_ascii_case(b"quoted-printable") => "quoted-printable",
        _ => return Some(Cow::Borrowed(body)),
    };
    if body.len() > MAX_DECODED_PART {
        return None;
    }
    match Body::new(body, &mail.ctype, &Some(encoding.to_owned())) {
        // A broken encoding still leaves the raw text readable.
        Body::Base64(b) | Body::QuotedPrintable(b) => {
            Some(b.get_decoded().map_or(Cow::Borrowed(body), Cow::Owned))
        }
        _ => Some(Cow::Borrowed(body)),
    }
}
