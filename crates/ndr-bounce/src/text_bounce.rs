//! A bounce without delivery-status fields, read from its words: the recipients the text
//! reader finds (else those the headers name), who reported it, which family of mail systems
//! wrote it, and whether it is a delay warning.

use crate::message::Message;
use crate::recipient::{self, Found};
use crate::scratch::Scratch;
use crate::{Bounce, Format, Kind, Warning, bytes, command, text};

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

/// Reads a bounce from its words: `regions` are the readable texts, `main_region` the first.
pub(crate) fn read_into<'t>(
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
            address: bytes::lossy(found.address),
            original_address: None,
            action: None,
            status_field: None,
            diagnostic: found.diagnostic.to_text(),
            context: found.context,
            remote_mta: found.remote_mta.map(bytes::lossy),
            command: found.command.or_else(|| command::of_transcript(used)),
            from_program: false,
        };
        found.into_recipient(reporting, !delayed)
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
    bounce.format = format_of(used);
    bounce.kind = if bounce.recipients.is_empty() {
        bounce.warnings.push(Warning::NoRecipients);
        Kind::Failure
    } else {
        recipient::report_kind(&bounce.recipients)
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
            host.contains(&b'.').then(|| bytes::lossy(host))
        });
    by_host.or_else(|| {
        let from = message.header("From")?;
        let (s, e) = bytes::addresses(from).next()?;
        let address = &from[s..e];
        let at = address.iter().position(|&b| b == b'@')?;
        Some(bytes::lossy(&address[at + 1..]))
    })
}

/// Which family wrote a text bounce, from the words it uses.
fn format_of(region: &[u8]) -> Format {
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
