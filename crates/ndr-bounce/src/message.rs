//! The MIME layer: the message's header block and a flat list of the parts a bounce reader
//! needs, through `mailparse` (see the crate docs for why that crate).
//!
//! A message that is not multipart needs no MIME tree: its header fields (from
//! `mailparse::parse_headers`) and its body are all there is to read, so the tree is built
//! only for multipart messages.

use std::borrow::Cow;

use mailparse::{MailHeader, MailHeaderMap, ParsedContentType, ParsedMail, body::Body};

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

/// How many parts are kept without a heap allocation: a bounce has a few (its text, a status
/// report, the returned message).
const INLINE_PARTS: usize = 6;

/// The parts worth reading, in message order: the first few in place, the rest on the heap.
pub(crate) struct Parts<'a> {
    inline: [Option<Part<'a>>; INLINE_PARTS],
    more: Vec<Part<'a>>,
}

impl<'a> Parts<'a> {
    fn new() -> Parts<'a> {
        Parts {
            inline: std::array::from_fn(|_| None),
            more: Vec::new(),
        }
    }

    fn push(&mut self, part: Part<'a>) {
        match self.inline.iter_mut().find(|p| p.is_none()) {
            Some(slot) => *slot = Some(part),
            None => self.more.push(part),
        }
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &Part<'a>> {
        self.inline
            .iter()
            .map_while(Option::as_ref)
            .chain(&self.more)
    }

    pub(crate) fn iter_mut(&mut self) -> impl Iterator<Item = &mut Part<'a>> {
        self.inline
            .iter_mut()
            .map_while(Option::as_mut)
            .chain(&mut self.more)
    }
}

/// A message split into its header block and the parts that matter.
pub(crate) struct Message<'a> {
    pub headers: Vec<MailHeader<'a>>,
    /// The `report-type` parameter of a top-level `multipart/report`, as written.
    pub report_type: Option<String>,
    pub parts: Parts<'a>,
    pub warnings: Vec<Warning>,
}

/// Parts above this size are not decoded: a bounce's reports are small, attachments are not.
const MAX_DECODED_PART: usize = 4 << 20;

impl<'a> Message<'a> {
    /// Reads `raw` (already checked by [`check`] and line-end normalised).
    pub(crate) fn read(raw: &'a [u8], warnings: Vec<Warning>) -> Message<'a> {
        let mut message = Message {
            headers: Vec::new(),
            report_type: None,
            parts: Parts::new(),
            warnings,
        };
        // A message that says it is not multipart is read from its header fields alone,
        // when mailparse's fields agree.
        if !(looks_single_part(raw) && message.read_single_part(raw)) {
            message.read_tree(raw);
        }
        message
    }

    /// Reads a message that is not multipart from its header fields and its body; false
    /// (and nothing read) when mailparse's `Content-Type` field is not plainly single-part.
    fn read_single_part(&mut self, raw: &'a [u8]) -> bool {
        let Ok((headers, _)) = mailparse::parse_headers(raw) else {
            return false;
        };
        // No Content-Type means text/plain.
        let Some(kind) = content_type(&headers).map_or(Some(Some(PartKind::Text)), |t| {
            single_part_type(t).map(kind_of)
        }) else {
            return false;
        };
        self.headers = headers;
        if let Some(kind) = kind
            && let Some(body) = decoded(raw, &self.headers)
        {
            self.parts.push(Part { kind, body });
        }
        true
    }

    /// Reads a message through mailparse's MIME tree.
    fn read_tree(&mut self, raw: &'a [u8]) {
        match mailparse::parse_mail(raw) {
            Ok(mut mail) => {
                collect(&mail, &mut self.parts, &mut self.warnings);
                self.report_type = mail.ctype.params.remove("report-type");
                self.headers = mail.headers;
            }
            Err(_) => {
                // Too deep, or a header block mailparse rejects: read the body as text.
                self.warnings.push(Warning::MimeUnreadable);
                let body_at = header_end(raw);
                self.headers = mailparse::parse_headers(&raw[..body_at])
                    .map(|(h, _)| h)
                    .unwrap_or_default();
                self.parts.push(Part {
                    kind: PartKind::Text,
                    body: Cow::Borrowed(&raw[body_at..]),
                });
            }
        }
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

/// The raw value of the first `Content-Type` field, as mailparse matches names.
fn content_type<'h>(headers: &'h [MailHeader<'_>]) -> Option<&'h [u8]> {
    headers
        .iter()
        .find(|h| h.get_key_raw().eq_ignore_ascii_case(b"Content-Type"))
        .map(|h| h.get_value_raw())
}

/// Whether the raw message `raw` looks, by a quick look at its first `Content-Type:` line,
/// like one that is not multipart (mailparse's own fields decide in the end).
fn looks_single_part(raw: &[u8]) -> bool {
    let head = &raw[..header_end(raw)];
    bytes::lines(head)
        .find(|(_, l)| bytes::starts_with_ci(l, b"content-type:"))
        .is_none_or(|(_, line)| single_part_type(&line[b"content-type:".len()..]).is_some())
}

/// The media type of the `Content-Type` value `value` when it is plainly not multipart, as
/// written; `None` when it is multipart, or anything but plain (encoded words, quotes,
/// comments, folding or non-ASCII before the first `;`, a `report-type` parameter): the
/// MIME tree is built for those.
fn single_part_type(value: &[u8]) -> Option<&[u8]> {
    if !value.is_ascii()
        || memchr::memmem::find(value, b"=?").is_some()
        || bytes::contains_ci(value, b"report-type")
    {
        return None;
    }
    let media = bytes::trim(value.split(|&b| b == b';').next().unwrap_or_default());
    let plain = media
        .iter()
        .all(|&b| b.is_ascii_graphic() && !matches!(b, b'"' | b'(' | b'\\'));
    (plain && !bytes::starts_with_ci(media, b"multipart")).then_some(media)
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

/// The kind of part of a media type (in any case).
fn kind_of(mimetype: &[u8]) -> Option<PartKind> {
    let is = |t: &[u8]| mimetype.eq_ignore_ascii_case(t);
    Some(
        if is(b"message/delivery-status")
            || is(b"message/global-delivery-status")
            || is(b"text/delivery-status")
        {
            PartKind::DeliveryStatus
        } else if is(b"message/feedback-report") {
            PartKind::FeedbackReport
        } else if is(b"message/rfc822")
            || is(b"message/global")
            || is(b"text/rfc822-headers")
            || is(b"message/rfc822-headers")
            || is(b"message/global-headers")
        {
            PartKind::Returned
        } else if is(b"text/plain") || is(b"") {
            PartKind::Text
        } else if is(b"text/html") {
            PartKind::Html
        } else if bytes::starts_with_ci(mimetype, b"text/plain") {
            // A Content-Type with its `;` missing (`text/plain charset=...`).
            PartKind::Text
        } else {
            return None;
        },
    )
}

/// Appends the parts of `mail` worth reading, depth first.
fn collect<'a>(mail: &ParsedMail<'a>, parts: &mut Parts<'a>, warnings: &mut Vec<Warning>) {
    let mimetype = mail.ctype.mimetype.as_str();
    if mimetype.starts_with("multipart/") {
        if mail.subparts.is_empty() {
            if !warnings.contains(&Warning::MissingBoundary) {
                warnings.push(Warning::MissingBoundary);
            }
            if let Some(body) = decoded(mail.raw_bytes, &mail.headers) {
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
    let Some(kind) = kind_of(mimetype.as_bytes()) else {
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
    if let Some(body) = decoded(mail.raw_bytes, &mail.headers) {
        parts.push(Part { kind, body });
    }
}

/// What mailparse's decoders are given besides the body, made once per thread: the
/// encodings' names as its `Body::new` takes them, and a content type (decoding to bytes does
/// not read it).
struct Decoders {
    base64: Option<String>,
    quoted_printable: Option<String>,
    content_type: ParsedContentType,
}

thread_local! {
    static DECODERS: Decoders = Decoders {
        base64: Some("base64".to_owned()),
        quoted_printable: Some("quoted-printable".to_owned()),
        content_type: ParsedContentType::default(),
    };
}

/// The transfer-decoded body of the part `raw` (its header block, then its body), borrowed
/// where no decoding is needed.
fn decoded<'a>(raw: &'a [u8], headers: &[MailHeader<'_>]) -> Option<Cow<'a, [u8]>> {
    let body = &raw[header_end(raw)..];
    // The transfer encoding, read from the raw header without allocating.
    let encoding = headers
        .iter()
        .find(|h| {
            h.get_key_raw()
                .eq_ignore_ascii_case(b"Content-Transfer-Encoding")
        })
        .map(|h| bytes::trim(h.get_value_raw()));
    let base64 = match encoding {
        Some(e) if e.eq_ignore_ascii_case(b"base64") => true,
        Some(e) if e.eq_ignore_ascii_case(b"quoted-printable") => false,
        _ => return Some(Cow::Borrowed(body)),
    };
    if body.len() > MAX_DECODED_PART {
        return None;
    }
    let decode = |d: &Decoders| {
        let encoding = if base64 {
            &d.base64
        } else {
            &d.quoted_printable
        };
        match Body::new(body, &d.content_type, encoding) {
            Body::Base64(b) | Body::QuotedPrintable(b) => b.get_decoded().ok(),
            _ => None,
        }
    };
    // A broken encoding still leaves the raw text readable.
    let text = DECODERS.try_with(decode).ok().flatten();
    Some(text.map_or(Cow::Borrowed(body), Cow::Owned))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn empty<'a>() -> Message<'a> {
        Message {
            headers: Vec::new(),
            report_type: None,
            parts: Parts::new(),
            warnings: Vec::new(),
        }
    }

    /// The parts as (kind, body) pairs, the report type and the number of header fields.
    type Shape = (Vec<(PartKind, Vec<u8>)>, Option<String>, usize);

    fn shape(m: &Message<'_>) -> Shape {
        let parts = m.parts.iter().map(|p| (p.kind, p.body.to_vec())).collect();
        (parts, m.report_type.clone(), m.headers.len())
    }

    #[test]
    fn single_part_messages_read_as_the_mime_tree_reads_them() {
        let messages: &[&[u8]] = &[
            b"From: a@example.org\r\nSubject: x\r\n\r\nbody\r\n",
            b"From: a@example.org\nContent-Type: TEXT/Plain; charset=us-ascii\n\nbody\n",
            b"From: a@example.org\nContent-Type: text/html\n\n<p>body</p>\n",
            b"From: a@example.org\nContent-type: ; charset=utf-8\n\nbody\n",
            b"From: a@example.org\nContent-Type: message/delivery-status\n\nStatus: 5.1.1\n",
            b"From: a@example.org\nContent-Type: application/json\n\n{}\n",
            b"From: a@example.org\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n550 =\nuser=3Dunknown\n",
            b"From: a@example.org\nContent-Type: text/plain\nContent-Transfer-Encoding: BASE64\n\nNTUwIHVzZXIgdW5rbm93bg==\n",
        ];
        for raw in messages {
            let (mut single, mut tree) = (empty(), empty());
            assert!(looks_single_part(raw), "{}", String::from_utf8_lossy(raw));
            assert!(single.read_single_part(raw));
            tree.read_tree(raw);
            assert_eq!(
                shape(&single),
                shape(&tree),
                "{}",
                String::from_utf8_lossy(raw)
            );
        }
        let mut m = empty();
        m.read_single_part(messages[7]);
        assert_eq!(&*m.parts.iter().next().unwrap().body, b"550 user unknown");
    }

    #[test]
    fn anything_but_a_plain_single_part_type_builds_the_mime_tree() {
        for value in [
            &b" multipart/report; report-type=delivery-status; boundary=x"[..],
            b"Multipart/Mixed",
            b" text/plain; report-type=feedback-report",
            b" =?utf-8?q?text/plain?=",
            b" \"text/plain\"",
            b" text/plain (comment)",
            b" text/\xc3\xa9",
        ] {
            assert_eq!(
                single_part_type(value),
                None,
                "{}",
                String::from_utf8_lossy(value)
            );
        }
        assert_eq!(
            single_part_type(b" Text/Plain ; x=y"),
            Some(&b"Text/Plain"[..])
        );
        // The first line says text/plain, the folded rest names a report type: the tree reads
        // it, and the report type is kept.
        let raw =
            b"From: a@example.org\nContent-Type: text/plain;\n report-type=feedback-report\n\nx\n";
        let mut m = empty();
        assert!(looks_single_part(raw));
        assert!(!m.read_single_part(raw));
        let m = Message::read(raw, Vec::new());
        assert_eq!(m.report_type.as_deref(), Some("feedback-report"));
        // A type on the folded line alone: mailparse's field says multipart.
        let raw = b"From: a@example.org\nContent-Type:\n multipart/mixed; boundary=b\n\n--b\n\nx\n--b--\n";
        assert!(!empty().read_single_part(raw));
        assert_eq!(Message::read(raw, Vec::new()).parts.iter().count(), 1);
    }

    #[test]
    fn parts_beyond_the_inline_ones_are_kept_in_order() {
        let mut parts = Parts::new();
        for i in 0..INLINE_PARTS + 3 {
            parts.push(Part {
                kind: PartKind::Text,
                body: Cow::Owned(vec![i as u8]),
            });
        }
        let order: Vec<u8> = parts.iter().map(|p| p.body[0]).collect();
        assert_eq!(order, (0..(INLINE_PARTS + 3) as u8).collect::<Vec<_>>());
        assert_eq!(parts.iter_mut().count(), INLINE_PARTS + 3);
    }
}
