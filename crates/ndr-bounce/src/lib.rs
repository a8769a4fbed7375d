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
mod ses;
mod text;

pub use classify::{Classification, Context, classify, classify_with};
pub use error::Error;
pub use model::{Action, Bounce, Format, Kind, Original, Recipient, StatusSource, Warning};
pub use read::{Messages, ReadError, read};
pub use reason::is_hard;

use message::{Message, PartKind};
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

/// The text parts to read: plain text, else HTML with its tags removed.
fn texts<'a>(message: &'a Message<'_>) -> Vec<Cow<'a, [u8]>> {
    let plain: Vec<Cow<'a, [u8]>> = message
        .parts
        .iter()
        .filter(|p| p.kind == PartKind::Text)
        .map(|p| unquote(&p.body))
        .collect();
    if !plain.is_empty() {
        return plain;
    }
    message
        .parts
        .iter()
        .filter(|p| p.kind == PartKind::Html)
        .map(|p| Cow::Owned(html::to_text(&p.body)))
        .collect()
}

fn build(message: Message<'_>) -> Bounce {
    let texts = texts(&message);
    let main_text: &[u8] = texts.first().map_or(&[], |t| t);
    // The human-readable part of the first text, before any returned copy of the message
    // (the others are cut only when they are read).
    let main_region = text::region(main_text);
    let original = original(&message, main_text, main_region.len());
    let mut bounce = Bounce {
        kind: Kind::NotBounce,
        format: Format::None,
        reporting_mta: None,
        original,
        recipients: Vec::new(),
        warnings: message.warnings.clone(),
    };
    if detect::is_feedback(&message) {
        read_feedback(&message, &mut bounce);
        return bounce;
    }
    if read_dsn(&message, &texts, main_region, &mut bounce) {
        return bounce;
    }
    if read_ses(main_text, &mut bounce) {
        return bounce;
    }
    let regions =
        || std::iter::once(main_region).chain(texts.iter().skip(1).map(|t| text::region(t)));
    if detect::looks_like_bounce(&message, regions()) {
        read_text(&message, regions(), main_region, &mut bounce);
        return bounce;
    }
    if detect::is_auto_reply(&message) {
        bounce.kind = Kind::AutoReply;
        bounce.format = Format::Rfc3834;
        if let Some(from) = message.header("From").and_then(first_address) {
            bounce.recipients.push(plain_recipient(
                from,
                (ndr_codes::Reason::Undefined, "rfc3834-auto-reply"),
            ));
        }
    }
    bounce
}

/// The first address in a header value.
fn first_address(value: &[u8]) -> Option<String> {
    bytes::addresses(value)
        .next()
        .map(|(s, e)| String::from_utf8_lossy(&value[s..e]).into_owned())
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
                    bytes::unfold(header.get_value().as_bytes())
                } else {
                    bytes::unfold(value)
                },
            );
        }
    }
    original
}

/// The sender's addresses: the bounce goes to them, so they are never the failed recipient.
fn sender_addresses(message: &Message<'_>, original: &Original) -> Vec<String> {
    let mut out = Vec::new();
    for value in [
        message.header("To"),
        original.from.as_deref().map(str::as_bytes),
    ]
    .into_iter()
    .flatten()
    {
        out.extend(
            bytes::addresses(value)
                .map(|(s, e)| String::from_utf8_lossy(&value[s..e]).into_owned()),
        );
    }
    out
}

/// Everything about one failed (or delayed, or delivered) recipient.
struct Found<'a> {
    address: String,
    original_address: Option<String>,
    action: Option<Action>,
    status_field: Option<&'a [u8]>,
    diagnostic: String,
    context: Vec<u8>,
    remote_mta: Option<String>,
    command: Option<&'static str>,
    /// The diagnostic came from a local delivery program (`Diagnostic-Code: X-Unix; ...`).
    from_program: bool,
}

fn recipient(found: Found<'_>, reporting_mta: Option<&str>, default_permanent: bool) -> Recipient {
    let chosen = code::choose(
        found.status_field,
        found.diagnostic.as_bytes(),
        &found.context,
    );
    // Without the server's words, the bounce's own text about the recipient has to do.
    let context_text;
    let evidence = reason::Evidence {
        diagnostic: if found.diagnostic.is_empty() {
            context_text = bytes::unfold(&found.context);
            &context_text
        } else {
            &found.diagnostic
        },
        code: chosen.code,
        remote_mta: found.remote_mta.as_deref(),
        reporting_mta,
        command: found.command,
        from_program: found.from_program,
    };
    let (mut reason, mut rule) = reason::decide(&evidence);
    if reason == ndr_codes::Reason::Undefined
        && !found.diagnostic.is_empty()
        && !found.context.is_empty()
    {
        // The line taken as the diagnostic names no cause; the rest of the bounce's text
        // about the recipient may (a notice that explains itself in its second paragraph).
        let context_text = bytes::unfold(&found.context);
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
        command: found.command.map(str::to_owned),
        reason,
        rule,
        hard: is_hard(reason, permanent) && action != Some(Action::Delivered),
    }
}

/// Reads RFC 3464 fields; false when the message has none.
fn read_dsn(
    message: &Message<'_>,
    texts: &[Cow<'_, [u8]>],
    main_region: &[u8],
    bounce: &mut Bounce,
) -> bool {
    // Some reports carry one delivery-status part per recipient: read them all.
    let mut parsed = dsn::Dsn::default();
    for part in message
        .parts
        .iter()
        .filter(|p| p.kind == PartKind::DeliveryStatus)
    {
        let d = dsn::read(&part.body);
        parsed.reporting_mta = parsed.reporting_mta.or(d.reporting_mta);
        parsed.recipients.extend(d.recipients);
    }
    let mut format = Format::Rfc3464;
    if parsed.recipients.is_empty() {
        match texts
            .iter()
            .filter(|t| dsn::has_fields(t))
            .map(|t| dsn::read(t))
            .find(|d| !d.recipients.is_empty())
        {
            Some(d) => parsed = d,
            None => return false,
        }
        format = Format::Text;
    }
    bounce.reporting_mta = parsed.reporting_mta.clone();
    bounce.format = format;
    let reporting = parsed.reporting_mta.as_deref();
    // The session transcript is read once, for the recipients whose reply names no command.
    let mut transcript: Option<Option<&'static str>> = None;
    for r in parsed.recipients {
        let original_recipient = r.original_recipient;
        let (address, original_address) = match r.final_recipient {
            Some(f) => {
                let original = original_recipient.filter(|o| !o.eq_ignore_ascii_case(&f));
                (f, original)
            }
            None => (original_recipient.unwrap_or_default(), None),
        };
        let diagnostic = r.diagnostic.filter(|d| !d.is_empty());
        // The text part is read about this recipient only for what the fields lack.
        // The text part is also where Postfix says which command the reply answered
        // ("in reply to end of DATA command"), which its Diagnostic-Code leaves out.
        let no_command = diagnostic
            .as_deref()
            .is_none_or(|d| text::command(d.as_bytes()).is_none());
        let about = if diagnostic.is_none() || r.remote_mta.is_none() || no_command {
            text::about(main_region, &address)
        } else {
            None
        };
        let (about_diagnostic, context, about_remote, about_command) = match about {
            Some(a) => (Some(a.diagnostic), a.context, a.remote_mta, a.command),
            None => (None, Vec::new(), None, None),
        };
        let diagnostic = diagnostic.or(about_diagnostic).unwrap_or_default();
        let command = text::command(diagnostic.as_bytes())
            .or(about_command)
            .or_else(|| *transcript.get_or_insert_with(|| text::transcript_command(main_region)));
        let found = Found {
            original_address,
            address,
            action: r.action,
            status_field: r.status,
            context,
            remote_mta: r.remote_mta.or(about_remote),
            command,
            from_program: r.from_program,
            diagnostic,
        };
        let permanent = found.action != Some(Action::Delayed);
        bounce
            .recipients
            .push(recipient(found, reporting, permanent));
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
    bounce.reporting_mta = n
        .reporting_mta
        .map(|m| m.rsplit(';').next().unwrap_or_default().trim().to_owned());
    if n.kind == "Complaint" {
        bounce.kind = Kind::Feedback;
        for r in n.recipients {
            bounce
                .recipients
                .push(plain_recipient(r.address, reason::feedback(b"abuse")));
        }
        return true;
    }
    let reporting = bounce.reporting_mta.clone();
    for r in n.recipients {
        let diagnostic = r.diagnostic.unwrap_or_default();
        let diagnostic = match diagnostic.split_once(';') {
            Some((kind, rest)) if !kind.contains(' ') => rest.trim().to_owned(),
            _ => diagnostic,
        };
        let found = Found {
            address: r.address,
            original_address: None,
            action: r
                .action
                .as_deref()
                .and_then(|a| Action::from_bytes(a.as_bytes())),
            status_field: r.status.as_deref().map(str::as_bytes),
            command: text::command(diagnostic.as_bytes()),
            from_program: false,
            diagnostic,
            context: Vec::new(),
            remote_mta: None,
        };
        let permanent = found.action != Some(Action::Delayed);
        bounce
            .recipients
            .push(recipient(found, reporting.as_deref(), permanent));
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
    message: &Message<'_>,
    regions: impl Iterator<Item = &'t [u8]>,
    main_region: &'t [u8],
    bounce: &mut Bounce,
) {
    bounce.reporting_mta = reporter(message);
    let senders = sender_addresses(message, &bounce.original);
    let mut found = Vec::new();
    let mut used: &[u8] = &[];
    for t in regions {
        found = text::read(t, &senders);
        if !found.is_empty() {
            used = t;
            break;
        }
    }
    if found.is_empty() {
        // The headers still name who failed (Exim), or the returned copy does.
        let header = message.header("X-Failed-Recipients").map(<[u8]>::to_vec);
        let to = bounce.original.to.clone().map(String::into_bytes);
        let main: &[u8] = main_region;
        used = main;
        for list in [header, to].into_iter().flatten() {
            for (s, e) in bytes::addresses(&list) {
                let address = String::from_utf8_lossy(&list[s..e]).into_owned();
                if found
                    .iter()
                    .any(|f: &text::TextRecipient| f.address.eq_ignore_ascii_case(&address))
                {
                    continue;
                }
                let mut r = text::describe(main, 0, main.len(), &address);
                r.address = address;
                found.push(r);
            }
            if !found.is_empty() {
                break;
            }
        }
    }
    let region = used;
    bounce.format = text_format(region);
    static DELAY: std::sync::LazyLock<aho_corasick::AhoCorasick> =
        std::sync::LazyLock::new(|| bytes::phrase_set(DELAY_PHRASES));
    let delayed = DELAY.is_match(region);
    for f in found {
        let action = None;
        let found = Found {
            address: f.address,
            original_address: None,
            action,
            status_field: None,
            diagnostic: f.diagnostic,
            context: f.context,
            remote_mta: f.remote_mta,
            command: f.command.or_else(|| text::transcript_command(used)),
            from_program: false,
        };
        let reporting = bounce.reporting_mta.as_deref();
        bounce
            .recipients
            .push(recipient(found, reporting, !delayed));
    }
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
            let host: Vec<u8> = v[at + 3..]
                .iter()
                .skip_while(|b| b.is_ascii_whitespace())
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
                .copied()
                .collect();
            (host.contains(&b'.')).then(|| String::from_utf8_lossy(&host).into_owned())
        });
    by_host.or_else(|| {
        let from = message.header("From")?;
        let (s, e) = bytes::addresses(from).next()?;
        let address = &from[s..e];
        let at = address.iter().position(|&b| b == b'@')?;
        Some(String::from_utf8_lossy(&address[at + 1..]).into_owned())
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
    let mut feedback_type: &[u8] = b"abuse";
    let mut addresses = Vec::new();
    for (_, line) in bytes::lines(report) {
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            continue;
        };
        let (name, value) = (&line[..colon], bytes::trim(&line[colon + 1..]));
        if name.eq_ignore_ascii_case(b"feedback-type") {
            feedback_type = value;
        } else if name.eq_ignore_ascii_case(b"reporting-mta") {
            bounce.reporting_mta = Some(bytes::unfold(
                value.rsplit(|&b| b == b';').next().unwrap_or(value),
            ));
        } else if name.eq_ignore_ascii_case(b"original-rcpt-to")
            || name.eq_ignore_ascii_case(b"removal-recipient")
        {
            addresses.extend(first_address(value));
        }
    }
    if addresses.is_empty()
        && let Some(to) = &bounce.original.to
    {
        addresses.extend(bytes::addresses(to.as_bytes()).map(|(s, e)| to[s..e].to_owned()));
    }
    for address in addresses {
        bounce
            .recipients
            .push(plain_recipient(address, reason::feedback(feedback_type)));
    }
}

#[cfg(test)]
mod tests;
