//! Reading bounce messages (non-delivery reports): per failed recipient the enhanced status
//! code, the reason, the remote server's words and what to do, from the same catalog as
//! [`ndr_codes`].
//!
//! ```
//! let raw = b"From: MAILER-DAEMON@example.org\r\nTo: sender@example.com\r\n\
//! Subject: Undelivered Mail Returned to Sender\r\n\r\n\
//! <kijitora@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1\r\n\
//!     <kijitora@example.jp>: Recipient address rejected: User unknown\r\n";
//! let bounce = ndr_bounce::parse(raw)?;
//! assert_eq!(bounce.kind(), ndr_bounce::Kind::Failure);
//! let r = &bounce.recipients()[0];
//! assert_eq!(r.address(), "kijitora@example.jp");
//! assert_eq!(r.code().map(|c| c.to_string()).as_deref(), Some("5.1.1"));
//! assert_eq!(r.reason(), ndr_codes::Reason::UserUnknown);
//! assert!(r.is_hard());
//! # Ok::<(), ndr_bounce::Error>(())
//! ```
//!
//! # How a message is read
//! 1. The MIME structure through [`mailparse`] 0.18. It was chosen because it builds on the
//!    project's MSRV (1.89), is maintained, borrows the input instead of copying it, and
//!    decodes a part only when asked, so a 50 MB attachment costs nothing. (`mail-parser` 1.x
//!    needs a newer Rust; its 0.11 decodes every part eagerly.) Licence 0BSD.
//! 2. Readers, most reliable first: an RFC 5965 feedback report; RFC 3464 delivery-status
//!    fields (in a `message/delivery-status` part or pasted into text); the general text
//!    reader ([`Format::Text`] and the vendor shapes it knows); an RFC 3834 automatic reply;
//!    else [`Kind::NotBounce`].
//! 3. Per recipient, the code (see [`Recipient::code`]) and the reason, decided in one place
//!    from the diagnostic text, the code and the hosts.
//!
//! Everything is matched on raw bytes (charsets lie); text is decoded lossily for display.
//!
//! # Allocations
//! Reading a message allocates the strings and vectors of its result, what mailparse makes
//! underneath (the header fields; the MIME tree only for a multipart message; the decoded
//! text of the encoded parts and header words that are read), and nothing else once a
//! thread's working buffers have grown to its messages: the readers pass slices of the
//! message around and make each result string once. `tests/allocations.rs` counts it over
//! the corpus; BENCHMARKS.md has the figures.

mod bytes;
mod classify;
mod code;
mod detect;
mod dsn;
mod error;
mod html;
mod message;
mod model;
pub mod read;
mod reason;
mod scratch;
mod ses;
mod text;

pub use classify::{Classification, Context, classify, classify_with};
pub use error::Error;
pub use model::{Action, Bounce, Format, Kind, Original, Recipient, StatusSource, Warning};
pub use read::{Messages, ReadError, read};
pub use reason::is_hard;

use message::{Message, PartKind};
use scratch::Scratch;
use std::borrow::Cow;

/// Messages larger than this are refused with [`Error::TooLarge`] (bounces rarely exceed a few
/// megabytes; this leaves room for a returned message with large attachments).
pub const MAX_MESSAGE_BYTES: usize = 256 << 20;

/// Reads one message.
///
/// `Err` only for input that is not a message at all (empty, no header block, over
/// [`MAX_MESSAGE_BYTES`]). A message that is not a bounce is `Ok` with [`Kind::NotBounce`];
/// broken MIME is read as far as it goes and noted in [`Bounce::warnings`].
pub fn parse(raw: &[u8]) -> Result<Bounce, Error> {
    let (data, warnings) = message::check(raw)?;
    let message = Message::read(&data, warnings);
    Ok(build(message))
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

fn build(mut message: Message<'_>) -> Bounce {
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
    let original = original(message, main_text, main_region.len());
    let mut bounce = Bounce {
        kind: Kind::NotBounce,
        format: Format::None,
        reporting_mta: None,
        original,
        recipients: Vec::new(),
        warnings,
    };
    if detect::is_feedback(message) {
        read_feedback(message, &mut bounce);
        return bounce;
    }
    if read_dsn(message, texts(), main_region, &mut bounce) {
        return bounce;
    }
    if read_ses(main_text, &mut bounce) {
        return bounce;
    }
    let regions = || std::iter::once(main_region).chain(texts().skip(1).map(text::region));
    if detect::looks_like_bounce(message, regions()) {
        read_text(message, regions(), main_region, &mut bounce);
        return bounce;
    }
    if detect::is_auto_reply(message) {
        bounce.kind = Kind::AutoReply;
        bounce.format = Format::Rfc3834;
        if let Some(from) = message.header("From").and_then(first_address) {
            bounce.recipients.reserve_exact(1);
            bounce.recipients.push(plain_recipient(
                from,
                (ndr_codes::Reason::Undefined, "rfc3834-auto-reply"),
            ));
        }
    }
    bounce
}

/// `bytes` as a string, lossily: for what goes into the result.
fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The first address in a header value.
fn first_address(value: &[u8]) -> Option<String> {
    bytes::addresses(value)
        .next()
        .map(|(s, e)| lossy(&value[s..e]))
}

/// A recipient of a report that is not a delivery failure (feedback, auto-reply).
fn plain_recipient(
    address: String,
    (reason, rule): (ndr_codes::Reason, &'static str),
) -> Recipient {
    Recipient {
        address,
        original_address: None,
        action: None,
        code: None,
        status_source: None,
        reply_code: None,
        diagnostic: String::new(),
        remote_mta: None,
        command: None,
        reason,
        rule,
        hard: false,
    }
}

/// Headers of the returned message: the attached copy, else the copy pasted after the text.
fn original(message: &Message<'_>, main_text: &[u8], region_len: usize) -> Original {
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

/// Everything about one failed (or delayed, or delivered) recipient: the strings that go
/// into the result, and slices of the message for the rest.
struct Found<'a> {
    address: String,
    original_address: Option<String>,
    action: Option<Action>,
    status_field: Option<&'a [u8]>,
    diagnostic: String,
    context: &'a [u8],
    remote_mta: Option<String>,
    command: Option<&'static str>,
    /// The diagnostic came from a local delivery program (`Diagnostic-Code: X-Unix; ...`).
    from_program: bool,
}

fn recipient(found: Found<'_>, reporting_mta: Option<&str>, default_permanent: bool) -> Recipient {
    let chosen = code::choose(
        found.status_field,
        found.diagnostic.as_bytes(),
        found.context,
    );
    let evidence = reason::Evidence {
        diagnostic: &found.diagnostic,
        code: chosen.code,
        remote_mta: found.remote_mta.as_deref(),
        reporting_mta,
        command: found.command,
        from_program: found.from_program,
    };
    // The bounce's own text about the recipient, unfolded when it is read.
    let mut context_text = Scratch::<String>::take();
    let (mut reason, mut rule) = if found.diagnostic.is_empty() {
        // Without the server's words, the bounce's own text about the recipient has to do.
        bytes::push_words(&mut context_text, found.context);
        reason::decide(&reason::Evidence {
            diagnostic: &context_text,
            ..evidence
        })
    } else {
        reason::decide(&evidence)
    };
    if reason == ndr_codes::Reason::Undefined
        && !found.diagnostic.is_empty()
        && !found.context.is_empty()
    {
        // The line taken as the diagnostic names no cause; the rest of the bounce's text
        // about the recipient may (a notice that explains itself in its second paragraph).
        bytes::push_words(&mut context_text, found.context);
        let wider = reason::Evidence {
            diagnostic: &context_text,
            ..evidence
        };
        let (r, id) = reason::decide(&wider);
        if r != ndr_codes::Reason::Undefined {
            (reason, rule) = (r, id);
        }
    }
    let permanent = code::is_permanent(&chosen, default_permanent);
    let action = found.action.or(match chosen.code.map(|c| c.class()) {
        Some(ndr_codes::Class::Success) => Some(Action::Delivered),
        Some(ndr_codes::Class::TransientFailure) if !default_permanent => Some(Action::Delayed),
        _ => Some(Action::Failed),
    });
    Recipient {
        address: found.address,
        original_address: found.original_address,
        action,
        code: chosen.code,
        status_source: chosen.source,
        reply_code: chosen.reply_code,
        diagnostic: found.diagnostic,
        remote_mta: found.remote_mta,
        command: found.command,
        reason,
        rule,
        hard: is_hard(reason, permanent) && action != Some(Action::Delivered),
    }
}

/// Reads RFC 3464 fields; false when the message has none.
fn read_dsn<'m>(
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
    let mut count: usize = parts().map(|body| dsn::recipients(body).count()).sum();
    let mut in_text = None;
    if count == 0 {
        let Some((text, n)) = texts.find_map(|t| {
            let n = if dsn::has_fields(t) {
                dsn::recipients(t).count()
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
    bounce.reporting_mta = bodies().find_map(dsn::reporting_mta).map(dsn::typed_value);
    bounce.recipients.reserve_exact(count);
    // The session transcript is read once, for the recipients whose reply names no command.
    let mut transcript: Option<Option<&'static str>> = None;
    for r in bodies().flat_map(dsn::recipients) {
        let original_recipient = r.original_recipient.map(dsn::address_value);
        let (address, original_address) = match r.final_recipient.map(dsn::address_value) {
            Some(f) => {
                let original = original_recipient.filter(|o| !o.eq_ignore_ascii_case(&f));
                (f, original)
            }
            None => (original_recipient.unwrap_or_default(), None),
        };
        let diagnostic = r.diagnostic.map(dsn::typed_value).filter(|d| !d.is_empty());
        // The text part is read about this recipient only for what the fields lack.
        // The text part is also where Postfix says which command the reply answered
        // ("in reply to end of DATA command"), which its Diagnostic-Code leaves out.
        let no_command = diagnostic
            .as_deref()
            .is_none_or(|d| text::command(d.as_bytes()).is_none());
        let about = if diagnostic.is_none() || r.remote_mta.is_none() || no_command {
            text::about(main_region, address.as_bytes())
        } else {
            None
        };
        let about = about.unwrap_or_default();
        let diagnostic = diagnostic.unwrap_or_else(|| about.diagnostic.to_text());
        let command = text::command(diagnostic.as_bytes())
            .or(about.command)
            .or_else(|| *transcript.get_or_insert_with(|| text::transcript_command(main_region)));
        let found = Found {
            original_address: original_address.map(Cow::into_owned),
            address: address.into_owned(),
            action: r.action,
            status_field: r.status,
            context: about.context,
            remote_mta: r
                .remote_mta
                .map(dsn::typed_value)
                .or_else(|| about.remote_mta.map(lossy)),
            command,
            from_program: r.from_program,
            diagnostic,
        };
        let permanent = found.action != Some(Action::Delayed);
        let recipient = recipient(found, bounce.reporting_mta.as_deref(), permanent);
        bounce.recipients.push(recipient);
    }
    bounce.kind = kind_of(&bounce.recipients);
    true
}

/// Reads an Amazon SES notification; false when the text is not one.
fn read_ses(text: &[u8], bounce: &mut Bounce) -> bool {
    let Some(n) = ses::read(text) else {
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
            bounce.recipients.push(plain_recipient(
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
            command: text::command(diagnostic.as_bytes()),
            from_program: false,
            diagnostic,
            context: &[],
            remote_mta: None,
        };
        let permanent = found.action != Some(Action::Delayed);
        let recipient = recipient(found, bounce.reporting_mta.as_deref(), permanent);
        bounce.recipients.push(recipient);
    }
    bounce.kind = kind_of(&bounce.recipients);
    true
}

/// The kind of a report from its recipients' actions.
fn kind_of(recipients: &[Recipient]) -> Kind {
    let any = |a: Action| recipients.iter().any(|r| r.action == Some(a));
    if any(Action::Failed) {
        Kind::Failure
    } else if any(Action::Delayed) {
        Kind::Delay
    } else if any(Action::Delivered) || any(Action::Relayed) || any(Action::Expanded) {
        Kind::Delivered
    } else {
        Kind::Failure
    }
}

/// Words that mark a report as a delay warning rather than a failure.
const DELAY_PHRASES: &[&[u8]] = &[
    b"will be retried",
    b"will keep trying",
    b"still trying",
    b"not yet been delivered",
    b"has been delayed",
    b"delivery delayed",
    b"will continue to try",
    b"warning: message",
];

fn read_text<'t>(
    message: &'t Message<'_>,
    regions: impl Iterator<Item = &'t [u8]>,
    main_region: &'t [u8],
    bounce: &mut Bounce,
) {
    bounce.reporting_mta = reporter(message);
    let Bounce {
        original,
        recipients,
        reporting_mta,
        ..
    } = bounce;
    // The bounce goes to the sender: the sender's addresses are never the failed recipient.
    let senders = text::Senders([
        message.header("To").unwrap_or_default(),
        original.from.as_deref().unwrap_or_default().as_bytes(),
    ]);
    let mut listed = None;
    for t in regions {
        let found = text::read(t, &senders);
        if !found.is_empty() {
            listed = Some((t, found));
            break;
        }
    }
    // The text the recipients were found in; the headers' lists are read against the first.
    let used = listed.as_ref().map_or(main_region, |(t, _)| *t);
    static DELAY: std::sync::LazyLock<aho_corasick::AhoCorasick> =
        std::sync::LazyLock::new(|| bytes::phrase_set(DELAY_PHRASES));
    let delayed = DELAY.is_match(used);
    let reporting = reporting_mta.as_deref();
    let recipient_of = |found: text::TextRecipient<'_>| {
        let found = Found {
            address: lossy(found.address),
            original_address: None,
            action: None,
            status_field: None,
            diagnostic: found.diagnostic.to_text(),
            context: found.context,
            remote_mta: found.remote_mta.map(lossy),
            command: found.command.or_else(|| text::transcript_command(used)),
            from_program: false,
        };
        recipient(found, reporting, !delayed)
    };
    if let Some((_, found)) = &listed {
        recipients.reserve_exact(found.len());
        recipients.extend((0..found.len()).map(|i| recipient_of(found.get(i))));
    } else {
        // The headers still name who failed (Exim), or the returned copy does.
        let lists = [
            message.header("X-Failed-Recipients"),
            original.to.as_deref().map(str::as_bytes),
        ];
        let mut addresses = Scratch::<Vec<(usize, usize)>>::take();
        for list in lists.into_iter().flatten() {
            for (s, e) in bytes::addresses(list) {
                if !addresses
                    .iter()
                    .any(|&(fs, fe)| list[fs..fe].eq_ignore_ascii_case(&list[s..e]))
                {
                    addresses.push((s, e));
                }
            }
            if !addresses.is_empty() {
                recipients.reserve_exact(addresses.len());
                recipients.extend(
                    addresses.iter().map(|&(s, e)| {
                        recipient_of(text::describe(used, 0, used.len(), &list[s..e]))
                    }),
                );
                break;
            }
        }
    }
    bounce.format = text_format(used);
    bounce.kind = if bounce.recipients.is_empty() {
        bounce.warnings.push(Warning::NoRecipients);
        Kind::Failure
    } else {
        kind_of(&bounce.recipients)
    };
}

/// The system that wrote a text bounce: the host of the earliest `Received: ... by HOST`
/// header (the first hop of the bounce), else the domain of its sender.
fn reporter(message: &Message<'_>) -> Option<String> {
    let by_host = message
        .headers
        .iter()
        .rev()
        .find(|h| h.get_key_raw().eq_ignore_ascii_case(b"Received"))
        .and_then(|h| {
            let v = h.get_value_raw();
            let at = bytes::find_ci(v, b"by ")?;
            let rest = &v[at + 3..];
            let rest = &rest[rest
                .iter()
                .position(|b| !b.is_ascii_whitespace())
                .unwrap_or(rest.len())..];
            let len = rest
                .iter()
                .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')))
                .unwrap_or(rest.len());
            let host = &rest[..len];
            host.contains(&b'.').then(|| lossy(host))
        });
    by_host.or_else(|| {
        let from = message.header("From")?;
        let (s, e) = bytes::addresses(from).next()?;
        let address = &from[s..e];
        let at = address.iter().position(|&b| b == b'@')?;
        Some(lossy(&address[at + 1..]))
    })
}

/// Which family wrote a text bounce, from the words it uses.
fn text_format(region: &[u8]) -> Format {
    let has = |p: &[u8]| bytes::contains_ci(region, p);
    if has(b"smtp error from remote mail server")
        || has(b"this message was created automatically by mail delivery software")
    {
        Format::Exim
    } else if has(b"qmail-send") || has(b"remote host said:") {
        Format::Qmail
    } else if has(b"remote server returned")
        || has(b"diagnostic information for administrators")
        || has(b"msexch")
        || has(b"did not reach the following recipient")
    {
        Format::Exchange
    } else if has(b"transcript of session") || has(b" said: ") {
        Format::Sendmail
    } else {
        Format::Text
    }
}

/// Reads an RFC 5965 feedback report (or a complaint with the message attached).
fn read_feedback(message: &Message<'_>, bounce: &mut Bounce) {
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
            if let Some(address) = first_address(value) {
                bounce.recipients.push(plain_recipient(address, reason));
            }
        }
    } else if let Some(to) = &bounce.original.to {
        let count = bytes::addresses(to.as_bytes()).count();
        bounce.recipients.reserve_exact(count);
        for (s, e) in bytes::addresses(to.as_bytes()) {
            bounce
                .recipients
                .push(plain_recipient(to[s..e].to_owned(), reason));
        }
    }
}

#[cfg(test)]
mod tests;
