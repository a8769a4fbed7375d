//! Assembles the [`Bounce`] a [`Message`] reports: makes its text parts readable, then asks
//! the readers in turn, most reliable first (see the crate docs), and falls back to an
//! automatic reply or [`Kind::NotBounce`].

use std::borrow::Cow;

use crate::message::{Message, PartKind};
use crate::{
    Bounce, Format, Kind, bytes, detect, dsn, feedback, html, original, recipient, ses, text,
    text_bounce,
};

/// The bounce `message` reports, from the first reader that recognises it.
pub(crate) fn bounce(mut message: Message<'_>) -> Bounce {
    let warnings = std::mem::take(&mut message.warnings);
    let text_kind = prepare_texts(&mut message);
    let message = &message;
    let texts = || {
        message
            .parts
            .iter()
            .filter(move |p| p.kind == text_kind)
            .map(|p| &*p.body)
    };
    let main_text: &[u8] = texts().next().unwrap_or_default();
    // The human-readable part of the first text, before any returned copy of the message
    // (the others are cut only when they are read).
    let main_region = text::region(main_text);
    let original = original::headers(message, main_text, main_region.len());
    let mut bounce = Bounce {
        kind: Kind::NotBounce,
        format: Format::None,
        reporting_mta: None,
        original,
        recipients: Vec::new(),
        warnings,
    };
    if detect::is_feedback(message) {
        feedback::read_into(message, &mut bounce);
        return bounce;
    }
    if dsn::read_into(message, texts(), main_region, &mut bounce) {
        return bounce;
    }
    if ses::read_into(main_text, &mut bounce) {
        return bounce;
    }
    let regions = || std::iter::once(main_region).chain(texts().skip(1).map(text::region));
    if detect::looks_like_bounce(message, regions()) {
        text_bounce::read_into(message, regions(), main_region, &mut bounce);
        return bounce;
    }
    if detect::is_auto_reply(message) {
        bounce.kind = Kind::AutoReply;
        bounce.format = Format::Rfc3834;
        if let Some(from) = message.header("From").and_then(bytes::first_address) {
            bounce.recipients.reserve_exact(1);
            bounce.recipients.push(recipient::plain(
                from,
                (ndr_codes::Reason::Undefined, "rfc3834-auto-reply"),
            ));
        }
    }
    bounce
}

/// Makes the text parts readable, in place: plain text without a forwarder's quoting, else
/// HTML with its tags removed (read only when there is no plain text). Returns the kind of
/// part to read as text.
fn prepare_texts(message: &mut Message<'_>) -> PartKind {
    let kind = if message.parts.iter().any(|p| p.kind == PartKind::Text) {
        PartKind::Text
    } else {
        PartKind::Html
    };
    for part in message.parts.iter_mut().filter(|p| p.kind == kind) {
        let readable = match kind {
            PartKind::Html => Some(html::to_text(&part.body)),
            _ => match unquote(&part.body) {
                Cow::Owned(text) => Some(text),
                Cow::Borrowed(_) => None,
            },
        };
        if let Some(text) = readable {
            part.body = Cow::Owned(text);
        }
    }
    kind
}

/// A forwarded bounce quoted with `> ` on most lines, without the quoting.
fn unquote(text: &[u8]) -> Cow<'_, [u8]> {
    let (mut lines, mut quoted) = (0usize, 0usize);
    for (_, line) in bytes::lines(text) {
        if !bytes::trim(line).is_empty() {
            lines += 1;
            quoted += usize::from(line.starts_with(b">"));
        }
    }
    // Sendmail transcripts quote a few commands with `>>>`; a forwarded bounce quotes most lines.
    if quoted * 2 < lines || lines < 4 {
        return Cow::Borrowed(text);
    }
    let mut out = Vec::with_capacity(text.len());
    for (_, line) in bytes::lines(text) {
        let line = line
            .strip_prefix(b">")
            .map_or(line, |l| l.strip_prefix(b" ").unwrap_or(l));
        out.extend_from_slice(line);
        out.push(b'\n');
    }
    Cow::Owned(out)
}
