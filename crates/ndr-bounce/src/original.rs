//! The headers of the returned message (the copy of what bounced) that the result's
//! [`Original`] holds.

use crate::message::{self, Message, PartKind};
use crate::{Original, bytes};

/// Headers of the returned message: the attached copy, else the copy pasted after the text.
pub(crate) fn headers(message: &Message<'_>, main_text: &[u8], region_len: usize) -> Original {
    let copy: &[u8] = match message.parts.iter().find(|p| p.kind == PartKind::Returned) {
        Some(part) => &part.body,
        None => {
            let rest = &main_text[region_len..];
            let start = bytes::lines(rest)
                .find(|(_, l)| message::starts_with_header(l) && !l.starts_with(b"---"))
                .map_or(rest.len(), |(at, _)| at);
            &rest[start..]
        }
    };
    // Only five fields are wanted: find them in the header block and decode just those.
    let mut original = Original::default();
    let mut lines = bytes::lines(copy).peekable();
    while let Some((at, line)) = lines.next() {
        if bytes::trim(line).is_empty() {
            break;
        }
        let mut end = at + line.len();
        while let Some((next_at, next)) = lines.peek() {
            if !next.first().is_some_and(|b| *b == b' ' || *b == b'\t') {
                break;
            }
            end = next_at + next.len();
            lines.next();
        }
        let field = &copy[at..end];
        let slot = if bytes::starts_with_ci(field, b"message-id:") {
            &mut original.message_id
        } else if bytes::starts_with_ci(field, b"from:") {
            &mut original.from
        } else if bytes::starts_with_ci(field, b"to:") {
            &mut original.to
        } else if bytes::starts_with_ci(field, b"subject:") {
            &mut original.subject
        } else if bytes::starts_with_ci(field, b"date:") {
            &mut original.date
        } else {
            continue;
        };
        if slot.is_none() {
            let colon = field.iter().position(|&b| b == b':').unwrap_or(0);
            let value = &field[colon + 1..];
            // Decode RFC 2047 encoded words only where there are some.
            *slot = Some(
                if memchr::memmem::find(value, b"=?").is_some()
                    && let Ok((header, _)) = mailparse::parse_header(field)
                {
                    bytes::unfold_owned(header.get_value())
                } else {
                    bytes::unfold(value)
                },
            );
        }
    }
    original
}
