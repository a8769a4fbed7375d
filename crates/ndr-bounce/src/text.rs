//! The general reader for text bounces: finds the failed recipients in the human-readable
//! text and, near each, the remote server's reply, using the shapes most MTAs share:
//!
//! - a line that starts with the address: Postfix and qmail (`<a@b>: host X said: 550 ...`,
//!   `<a@b>:` then `Remote host said: ...`), Exim (`  a@b` then `SMTP error from remote mail
//!   server after RCPT TO:<a@b>: 550 ...`), Sendmail (`<a@b>... User unknown`), Exchange 2007+
//!   (`a@b` then `#550 5.1.1 RESOLVER.ADR.RecipNotFound ##` or `Remote Server returned '...'`);
//! - an address after words such as "to", "recipient:", "RCPT TO:" (`There was an error
//!   delivering your mail to <a@b>.`, `Could not be delivered to: <a@b>`).
//!
//! The returned copy of the original message is cut off first, and the sender's own
//! addresses are left out.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::bytes::{self, find_ci, trim};
use crate::command;
use crate::scratch::Scratch;

/// A recipient found in a text bounce: slices of the text, turned into strings only for the
/// result.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct TextRecipient<'a> {
    pub address: &'a [u8],
    /// The remote server's reply or the bounce's own words about this recipient.
    pub diagnostic: Words<'a>,
    /// All text about this recipient (for a code outside the diagnostic).
    pub context: &'a [u8],
    pub remote_mta: Option<&'a [u8]>,
    pub command: Option<&'static str>,
}

/// Words about a recipient: up to two pieces of text, read as if joined by a space.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Words<'a>([&'a [u8]; 2]);

impl<'a> Words<'a> {
    fn one(text: &'a [u8]) -> Words<'a> {
        Words([text, &[]])
    }

    /// The words as a diagnostic shows them: unfolded into one line, without the quotes
    /// around them and the rule lines bounces draw.
    pub(crate) fn to_text(self) -> String {
        let len: usize = self.0.iter().map(|p| trim(p).len() + 1).sum();
        // Nothing to show allocates nothing.
        let mut out = String::with_capacity(if len > 2 { len } else { 0 });
        self.write(&mut out);
        out
    }

    /// [`Words::to_text`] into `out` (emptied first).
    pub(crate) fn write(self, out: &mut String) {
        out.clear();
        for piece in self.0 {
            bytes::push_words(out, piece);
        }
        bytes::keep(out, trim_quotes);
        without_rules(out);
    }
}

/// Where a recipient's address stands in a text: the start of its line, and the address.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Span {
    line: usize,
    start: usize,
    end: usize,
}

crate::scratch::reusable_vec!(Span);

/// The recipients [`read`] found in a text, in order.
pub(crate) struct Recipients<'a> {
    text: &'a [u8],
    spans: Scratch<Vec<Span>>,
}

impl<'a> Recipients<'a> {
    pub(crate) fn len(&self) -> usize {
        self.spans.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// What the text says about the `i`th recipient.
    pub(crate) fn get(&self, i: usize) -> TextRecipient<'a> {
        let region = self.text;
        let span = self.spans[i];
        let end = self.spans.get(i + 1).map_or(region.len(), |next| next.line);
        let end = if end <= span.line { region.len() } else { end };
        let mut found = describe(region, span.line, end, &region[span.start..span.end]);
        // A notice about one recipient may quote the server's reply above the recipient's
        // line ("Error message below: 550 ...", then "Message details: RCPT TO: a@b"): when
        // the recipient's own block holds no reply, that one is the recipient's.
        if self.spans.len() == 1
            && let Some(reply) = reply_paragraph(&region[..span.line])
        {
            let mut shown = Scratch::<String>::take();
            found.diagnostic.write(&mut shown);
            if bytes::find_reply_code(shown.as_bytes()).is_none() {
                found.diagnostic = Words::one(reply);
            }
        }
        found
    }
}

/// The sender's addresses, read where they stand (the bounce's `To:`, the returned message's
/// `From:`): a bounce goes to them, so they are not the failed recipients.
#[derive(Clone, Copy, Default)]
pub(crate) struct Senders<'a>(pub [&'a [u8]; 2]);

impl Senders<'_> {
    fn contains(&self, address: &[u8]) -> bool {
        self.0.iter().any(|value| {
            bytes::addresses(value).any(|(s, e)| value[s..e].eq_ignore_ascii_case(address))
        })
    }

    fn is_empty(&self) -> bool {
        self.0
            .iter()
            .all(|value| bytes::addresses(value).next().is_none())
    }
}

/// Lines that start the returned copy of the original message.
const COPY_MARKERS: &[&[u8]] = &[
    b"copy of the message",
    b"original message follows",
    b"original message --",
    b"-- original message",
    b"original message:",
    b"below this line is a copy",
    b"message headers follow",
    b"returned message",
    b"original message headers",
    b"undelivered message",
    b"unsent message below",
    b"headers of your message",
    b"your original message",
    b"text of the original message",
    b"content-type: message/rfc822",
    b"------ original mail",
];

static COPY_MARKER_SET: LazyLock<AhoCorasick> = LazyLock::new(|| bytes::phrase_set(COPY_MARKERS));

/// The human-readable part of `text`: up to the returned copy of the message.
pub(crate) fn region(text: &[u8]) -> &[u8] {
    // Postfix's notice ends "delete your own text from the attached returned message": that
    // line speaks of the copy, it does not start it (the recipients' lines come after it).
    let limit = COPY_MARKER_SET
        .find_iter(text)
        .map(|m| bytes::line_start(text, m.start()))
        .find(|&start| {
            let line = &text[start..];
            let line = &line[..line.iter().position(|&b| b == b'\n').unwrap_or(line.len())];
            find_ci(line, b"delete your own text").is_none()
        })
        .unwrap_or(text.len());
    let mut seen_text = false;
    for (at, line) in bytes::lines(&text[..limit]) {
        // A copied header block right after the report (no marker line).
        if seen_text
            && (line.starts_with(b"Received: ")
                || line.starts_with(b"Return-Path: ")
                || line.starts_with(b"Return-path: "))
        {
            return &text[..at];
        }
        seen_text |= !trim(line).is_empty();
    }
    &text[..limit]
}

/// Words after which an address on the same line is a recipient.
const RECIPIENT_CUES: &[&[u8]] = &[
    b"to",
    b"to:",
    b"rcpt to:",
    b"recipient",
    b"recipient:",
    b"recipients:",
    b"user:",
    b"user",
    b"address:",
    b"mailbox:",
    b"addressee:",
    b"destination:",
    b"destinataire:",
];

/// Whether the address at `s..e` of `line` stands where a recipient does.
fn is_recipient_position(line: &[u8], s: usize) -> bool {
    let mut before = trim(&line[..s]);
    while let [rest @ .., b'<' | b'"' | b'\'' | b'(' | b'[' | b'*'] = before {
        before = trim(rest);
    }
    if before.is_empty() {
        return true;
    }
    // `To: a@b` alone on a line is a quoted header (Exchange 2003 summary), not a recipient.
    if before.eq_ignore_ascii_case(b"to:") {
        return false;
    }
    // `Unknown user: a@b`, `Invalid final delivery userid: a@b` (a phrase, not a header).
    let from_cue = before.len() >= 5 && before[before.len() - 5..].eq_ignore_ascii_case(b"from:");
    if before.ends_with(b":") && before.contains(&b' ') && before.len() < 60 && !from_cue {
        return true;
    }
    // Sendmail's transcript: `554 <a@b>... 550 Host unknown`, `550 5.1.1 <a@b>... User unknown`.
    if before.first().is_some_and(|b| matches!(b, b'4' | b'5'))
        && before
            .iter()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b' ' | b'-'))
    {
        return true;
    }
    RECIPIENT_CUES.iter().any(|cue| {
        before.len() >= cue.len()
            && before[before.len() - cue.len()..].eq_ignore_ascii_case(cue)
            && (before.len() == cue.len()
                || matches!(
                    before[before.len() - cue.len() - 1],
                    b' ' | b'\t' | b':' | b'>' | b'('
                ))
    })
}

/// Reads the recipients of the text bounce `text` (the [`region`] of a decoded text part),
/// leaving out the sender's addresses.
pub(crate) fn read<'a>(text: &'a [u8], senders: &Senders<'_>) -> Recipients<'a> {
    let found = read_excluding(text, Some(senders));
    if found.is_empty() && !senders.is_empty() {
        drop(found);
        // A bounce of mail sent to oneself names the sender as the recipient.
        return read_excluding(text, None);
    }
    found
}

fn read_excluding<'a>(text: &'a [u8], senders: Option<&Senders<'_>>) -> Recipients<'a> {
    let mut spans = Scratch::<Vec<Span>>::take();
    for (at, line) in bytes::lines(text) {
        for (s, e) in bytes::addresses(line) {
            if !is_recipient_position(line, s) {
                continue;
            }
            let address = &line[s..e];
            if bytes::starts_with_ci(address, b"mailer-daemon@")
                || senders.is_some_and(|x| x.contains(address))
                || spans
                    .iter()
                    .any(|f| text[f.start..f.end].eq_ignore_ascii_case(address))
            {
                continue;
            }
            spans.push(Span {
                line: at,
                start: at + s,
                end: at + e,
            });
        }
    }
    Recipients { text, spans }
}

/// What the block `region[start..end]` (starting at the recipient's line) says about `address`.
pub(crate) fn describe<'a>(
    region: &'a [u8],
    start: usize,
    end: usize,
    address: &'a [u8],
) -> TextRecipient<'a> {
    let block = &region[start..end];
    let diagnostic = server_words(block)
        .or_else(|| reply_paragraph(block))
        .map_or_else(|| own_words(region, start, block, address), Words::one);
    // The heading of a list of recipients ("... was aborted after 5 hours:") says what befell
    // all of them: it is part of what the bounce says about this one. Only whitespace stands
    // between the heading and the block, so the context is one slice from the heading's line.
    let lead = leading_space(&region[..start]);
    let before = trim(&region[..start]);
    let heading_at = bytes::line_start(before, before.len());
    let heading = &before[heading_at..];
    let context_start = if heading.ends_with(b":") && !heading.contains(&b'@') {
        lead + heading_at
    } else {
        start
    };
    TextRecipient {
        address,
        diagnostic,
        context: &region[context_start..start + block.len().min(2000)],
        remote_mta: remote_host(block),
        command: command::of_reply(block),
    }
}

/// The number of ASCII whitespace bytes `text` starts with.
fn leading_space(text: &[u8]) -> usize {
    text.iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(text.len())
}

/// The block of `text` about `address`, for a DSN recipient whose fields lack a diagnostic.
/// (Its address is the one written in the text, which may differ in case.)
pub(crate) fn about<'a>(region: &'a [u8], address: &[u8]) -> Option<TextRecipient<'a>> {
    let (start, written) = bytes::lines(region).find_map(|(at, line)| {
        let p = find_ci(line, address)?;
        is_recipient_position(line, p).then(|| (at, &line[p..p + address.len()]))
    })?;
    let end = paragraph_end(region, start, 2);
    Some(describe(region, start, end, written))
}

/// Where the `n`th blank-line-separated paragraph from `start` ends.
fn paragraph_end(text: &[u8], start: usize, n: usize) -> usize {
    let mut blanks = 0;
    let mut in_text = false;
    for (at, line) in bytes::lines(&text[start..]) {
        if trim(line).is_empty() {
            if in_text {
                blanks += 1;
                in_text = false;
                if blanks == n {
                    return start + at;
                }
            }
        } else {
            in_text = true;
        }
    }
    text.len()
}

/// Phrases after which the remote server's reply is quoted.
const SAID: &[&[u8]] = &[
    b"said:",
    b"said :",
    b"returned was:",
    b"remote server returned '",
    b"responded:",
    b"replied:",
    b"reply was:",
    b"error message:",
    b"server replied:",
    b"said (",
];

static SAID_SET: LazyLock<AhoCorasick> = LazyLock::new(|| bytes::phrase_set(SAID));

/// The reply after "said:" and friends, to the end of its paragraph.
fn server_words(block: &[u8]) -> Option<&[u8]> {
    let m = SAID_SET.find(block)?;
    let rest = &block[m.end()..];
    let end = paragraph_end(rest, 0, 1);
    let words = trim(&rest[..end]);
    (!words.is_empty()).then_some(words)
}

/// The paragraph that starts with an SMTP reply (`550 5.1.1 ...`, `#550 ...`, `host X: 550 ...`).
fn reply_paragraph(block: &[u8]) -> Option<&[u8]> {
    for (at, line) in bytes::lines(block) {
        let Some((p, _)) = bytes::find_reply_code(line) else {
            continue;
        };
        let before = trim(&line[..p]);
        let after = &line[p + 3..];
        let at_start = before
            .iter()
            .all(|b| matches!(b, b'#' | b'<' | b'>' | b'(' | b'[' | b' '));
        let enhanced = after.len() > 2 && after[1].is_ascii_digit() && after[2] == b'.';
        if !(at_start || enhanced || before.ends_with(b":")) {
            continue;
        }
        let from = at + p;
        let mut end = paragraph_end(block, from, 1);
        // A list of one line per recipient has no blank line between them (OpenSMTPD,
        // `a@b: 550 ...` then `c@d: 552 ...`): the next recipient's line ends this reply.
        if let Some((next, _)) = bytes::lines(&block[from..end])
            .skip(1)
            .find(|(_, l)| starts_with_address(l))
        {
            end = from + next;
        }
        return Some(&block[from..end]);
    }
    None
}

/// Whether an unindented line starts with an address and a colon (`a@b: ...`, `<a@b>: ...`):
/// the start of another recipient's entry, not a folded continuation of a reply (those are
/// indented) nor the address a reply names on its own line.
fn starts_with_address(line: &[u8]) -> bool {
    let line = line.strip_prefix(b"<").unwrap_or(line);
    let Some(end) = line
        .iter()
        .position(|&b| matches!(b, b':' | b'>' | b' ' | b'\t'))
    else {
        return false;
    };
    let token = &line[..end];
    let rest = &line[end..];
    let colon = rest.starts_with(b":") || rest.starts_with(b">:");
    colon && token.contains(&b'@') && !token.starts_with(b"@")
}

/// The bounce's own words about the recipient: the rest of its line and paragraph, else the
/// lines just before it, else the next paragraph.
fn own_words<'a>(region: &'a [u8], start: usize, block: &'a [u8], address: &[u8]) -> Words<'a> {
    let line_end = block
        .iter()
        .position(|&b| b == b'\n')
        .unwrap_or(block.len());
    let line = &block[..line_end];
    let mut words = Words::default();
    if let Some(p) = find_ci(line, address) {
        let before = trim_cue(trim(&line[..p]));
        let after = trim_punct(&line[(p + address.len()).min(line.len())..]);
        if !after.is_empty() {
            words.0[0] = after;
        } else if before.len() > 3 {
            // `Unknown user: a@b`, `User mailbox exceeds allowed size: a@b`.
            words.0[0] = before;
        }
    }
    let rest_end = paragraph_end(block, 0, 1);
    if line_end < rest_end {
        words.0[1] = &block[line_end..rest_end];
    }
    if words.0.iter().any(|w| !trim(w).is_empty()) {
        return words;
    }
    // The address stands alone: the words follow in the next paragraphs of its block
    // (Gmail's "Technical details ...", DragonFly's "DNS lookup failure ...").
    let next = trim(&block[rest_end.min(block.len())..]);
    if !next.is_empty() {
        let end = paragraph_end(next, 0, 2).min(800);
        return Words::one(&next[..end]);
    }
    // Or above it (Lotus Domino, some Japanese carriers).
    let above = &region[..start];
    let mut para_start = 0;
    let mut blank = true;
    for (at, l) in bytes::lines(above) {
        let is_blank = trim(l).is_empty();
        if blank && !is_blank {
            para_start = at;
        }
        blank = is_blank;
    }
    let above = trim(&above[para_start..]);
    if above.len() < 400 {
        Words::one(above)
    } else {
        Words::default()
    }
}

/// The words before an address without the cue that introduced it ("... delivered to").
fn trim_cue(before: &[u8]) -> &[u8] {
    let mut b = before;
    while let [rest @ .., b'<' | b'"' | b'\'' | b'(' | b'['] = b {
        b = trim(rest);
    }
    for cue in [
        &b"to"[..],
        b"to:",
        b"rcpt to:",
        b"recipient:",
        b"recipients:",
    ] {
        if b.len() >= cue.len() && b[b.len() - cue.len()..].eq_ignore_ascii_case(cue) {
            return &[];
        }
    }
    b
}

fn trim_punct(bytes: &[u8]) -> &[u8] {
    let mut t = trim(bytes);
    while let [b'>' | b':' | b'.' | b',' | b';' | b'-', rest @ ..] = t {
        t = trim(rest);
    }
    t
}

/// Removes, in place, the rule lines bounces draw (`=====`, `-----`, `*****`): the words
/// between single spaces that are made of nothing else.
fn without_rules(text: &mut String) {
    let is_rule = |w: &[u8]| w.len() >= 3 && w.iter().all(|b| b"=-*_~#".contains(b));
    if !text.split(' ').any(|w| is_rule(w.as_bytes())) {
        return;
    }
    // Every word kept moves left (or stays): the words still to read are never overwritten.
    let mut v = std::mem::take(text).into_bytes();
    let (mut read, mut write, mut first) = (0, 0, true);
    while read <= v.len() {
        let end = memchr::memchr(b' ', &v[read..]).map_or(v.len(), |p| read + p);
        if !is_rule(&v[read..end]) {
            if !first {
                v[write] = b' ';
                write += 1;
            }
            first = false;
            v.copy_within(read..end, write);
            write += end - read;
        }
        read = end + 1;
    }
    v.truncate(write);
    // Whole words were moved, split at ASCII spaces: still UTF-8.
    *text =
        String::from_utf8(v).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
}

fn trim_quotes(text: &str) -> &str {
    let t = text.trim();
    let t = t.strip_suffix('\'').unwrap_or(t);
    t.trim_end_matches(['#', ' '])
}

/// The remote host named as `host.name [192.0.2.1]` or `host host.name` in the block.
fn remote_host(block: &[u8]) -> Option<&[u8]> {
    let mut i = 0;
    while let Some(p) = block[i..].iter().position(|&b| b == b'[') {
        let bracket = i + p;
        i = bracket + 1;
        if !block.get(bracket + 1).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        let mut end = bracket;
        while end > 0 && block[end - 1] == b' ' {
            end -= 1;
        }
        let mut start = end;
        while start > 0
            && (block[start - 1].is_ascii_alphanumeric() || matches!(block[start - 1], b'.' | b'-'))
        {
            start -= 1;
        }
        let host = &block[start..end];
        if host.contains(&b'.') && host.iter().any(u8::is_ascii_alphabetic) {
            return Some(host);
        }
    }
    let p = find_ci(block, b"connected to ")?;
    let rest = &block[p + 13..];
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')))
        .unwrap_or(rest.len());
    (end > 0 && rest[..end].contains(&b'.')).then_some(&rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the reader found, as strings.
    #[derive(Debug)]
    struct Shown {
        address: String,
        diagnostic: String,
        context: Vec<u8>,
        remote_mta: Option<String>,
        command: Option<&'static str>,
    }

    fn shown(r: TextRecipient<'_>) -> Shown {
        let lossy = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
        Shown {
            address: lossy(r.address),
            diagnostic: r.diagnostic.to_text(),
            context: r.context.to_vec(),
            remote_mta: r.remote_mta.map(lossy),
            command: r.command,
        }
    }

    /// [`read`], with `sender` as the sender's address.
    fn read_all(text: &[u8], sender: &[u8]) -> Vec<Shown> {
        let found = read(text, &Senders([sender, b""]));
        (0..found.len()).map(|i| shown(found.get(i))).collect()
    }

    #[test]
    fn rule_lines_and_quotes_are_left_out() {
        let shown = |a: &[u8], b: &[u8]| Words([a, b]).to_text();
        assert_eq!(
            shown(b"==== 550 denied\n ----", b"'x' ***"),
            "550 denied 'x'"
        );
        assert_eq!(shown(b"----", b""), "");
        assert_eq!(shown(b"  ", b"\n"), "");
        assert_eq!(Words::default().to_text().capacity(), 0);
        assert_eq!(
            shown(b"Remote server returned '550 no #", b""),
            "Remote server returned '550 no"
        );
    }

    #[test]
    fn a_reply_above_the_only_recipients_line_is_its_diagnostic() {
        let text = b"Error: Invalid user address\n\nError message below:\n550 - Requested action not taken: no such user here\n\nMessage details:\n  RCPT TO: a@example.net\n  From: b@example.org\n";
        let found = read_all(text, b"b@example.org");
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].diagnostic,
            "550 - Requested action not taken: no such user here"
        );
    }

    #[test]
    fn the_heading_of_a_recipient_list_is_part_of_its_context() {
        let text = b"Delivery to the following recipients was aborted after 5.0 hour(s):\n\n  * a@example.net\n\nTechnical details:\nRouting: no gateway for a@example.net\n";
        let found = read_all(text, b"");
        assert_eq!(found.len(), 1);
        assert!(find_ci(&found[0].context, b"aborted after").is_some());
    }

    #[test]
    fn a_reply_ends_where_the_next_recipients_line_starts() {
        let text = b"the following list of recipients:\n\na@example.net: 550 5.1.1 <a@example.net>: User unknown\nb@example.net: 552 5.2.2 <b@example.net>: Mailbox full\n\n";
        let a = about(text, b"a@example.net")
            .map(shown)
            .expect("a is found");
        assert!(a.diagnostic.ends_with("User unknown"), "{}", a.diagnostic);
        assert!(starts_with_address(b"b@example.net: 552 full"));
        assert!(!starts_with_address(b"<a@example.net>"));
        assert!(!starts_with_address(b"    a@example.net: x"));
    }

    #[test]
    fn postfix_boilerplate_about_the_returned_message_does_not_end_the_report() {
        let text = b"If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n<a@example.jp>: host mx.example.jp said: 550\n    : User unknown (in reply to end of DATA command)\n\n--- Undelivered message follows\nTo: a@example.jp\n";
        let r = region(text);
        assert!(find_ci(r, b"in reply to end of data").is_some());
        assert!(find_ci(r, b"To: a@example.jp").is_none());
        assert_eq!(
            about(r, b"a@example.jp").and_then(|a| a.command),
            Some("DATA")
        );
    }

    #[test]
    fn reads_postfix_and_qmail_shapes() {
        let text = b"I'm sorry.\n\n<a@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1 <a@example.jp>:\n    User unknown (in reply to RCPT TO command)\n\n<b@example.org>:\nRemote host said: 452 4.2.2 Mailbox full\n\n--- Below this line is a copy of the message.\n\nTo: c@example.net\n";
        let r = read_all(text, b"");
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].address, "a@example.jp");
        assert_eq!(
            r[0].diagnostic,
            "550 5.1.1 <a@example.jp>: User unknown (in reply to RCPT TO command)"
        );
        assert_eq!(r[0].remote_mta.as_deref(), Some("mx.example.jp"));
        assert_eq!(r[0].command, Some("RCPT"));
        assert_eq!(r[1].diagnostic, "452 4.2.2 Mailbox full");
    }

    #[test]
    fn reads_exim_shape_and_skips_sender() {
        let text = b"The following address(es) failed:\n\n  k@example.ed.jp\n    SMTP error from remote mail server after MAIL FROM:<s@example.jp> SIZE=1543:\n    host mx.example.jp [192.0.2.20]: 550 5.7.0 <s@example.jp>... Please use your ISP.\n\n------ This is a copy of the message, including all the headers. ------\nFrom: s@example.jp\n";
        let r = read_all(text, b"s@example.jp");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].address, "k@example.ed.jp");
        assert!(
            r[0].diagnostic.starts_with("550 5.7.0"),
            "{}",
            r[0].diagnostic
        );
        assert_eq!(r[0].command, Some("MAIL"));
    }

    #[test]
    fn own_words_when_no_reply() {
        let r = read_all(
            b"---The following addresses had delivery errors---\nk@example.co.jp [User unknown]\n",
            b"",
        );
        assert_eq!(r[0].diagnostic, "[User unknown]");
        let r = read_all(b"Your message\n  To: s@example.com\ndid not reach:\nk@example.jp on Thu\n    The recipient name is not recognized\n", b"");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].address, "k@example.jp");
        let r = read_all(b"Unknown user: k@example.jp\n", b"");
        assert_eq!(r[0].diagnostic, "Unknown user:");
        let r = read_all(b"Delivery to the following recipient failed permanently:\n\n     k@example.jp\n\nTechnical details of permanent failure:\nStorage quota exceeded\n", b"");
        assert_eq!(
            r[0].diagnostic,
            "Technical details of permanent failure: Storage quota exceeded"
        );
    }
}
