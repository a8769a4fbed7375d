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

/// A recipient found in a text bounce.
#[derive(Debug, Default)]
pub(crate) struct TextRecipient {
    pub address: String,
    /// The remote server's reply or the bounce's own words about this recipient, unfolded.
    pub diagnostic: String,
    /// All text about this recipient (for a code outside the diagnostic).
    pub context: Vec<u8>,
    pub remote_mta: Option<String>,
    pub command: Option<&'static str>,
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
/// leaving out the
/// addresses in `exclude` (the sender's).
pub(crate) fn read(text: &[u8], exclude: &[String]) -> Vec<TextRecipient> {
    let found = read_excluding(text, exclude);
    if found.is_empty() && !exclude.is_empty() {
        // A bounce of mail sent to oneself names the sender as the recipient.
        return read_excluding(text, &[]);
    }
    found
}

fn read_excluding(text: &[u8], exclude: &[String]) -> Vec<TextRecipient> {
    let region = text;
    let mut found: Vec<(usize, String)> = Vec::new(); // (line start, address)
    for (at, line) in bytes::lines(region) {
        for (s, e) in bytes::addresses(line) {
            if !is_recipient_position(line, s) {
                continue;
            }
            let address = String::from_utf8_lossy(&line[s..e]).into_owned();
            if bytes::starts_with_ci(address.as_bytes(), b"mailer-daemon@")
                || exclude.iter().any(|x| x.eq_ignore_ascii_case(&address))
                || found.iter().any(|(_, a)| a.eq_ignore_ascii_case(&address))
            {
                continue;
            }
            found.push((at, address));
        }
    }
    let mut out = Vec::with_capacity(found.len());
    for (i, (at, address)) in found.iter().enumerate() {
        let end = found.get(i + 1).map_or(region.len(), |(next, _)| *next);
        let end = if end <= *at { region.len() } else { end };
        out.push(describe(region, *at, end, address));
    }
    // A notice about one recipient may quote the server's reply above the recipient's line
    // ("Error message below: 550 ...", then "Message details: RCPT TO: a@b"): when the
    // recipient's own block holds no reply, that one is the recipient's.
    if let [only] = out.as_mut_slice()
        && bytes::find_reply_code(only.diagnostic.as_bytes()).is_none()
        && let Some(reply) = reply_paragraph(&region[..found[0].0])
    {
        only.diagnostic = without_rules(trim_quotes(&bytes::unfold(&reply)));
    }
    out
}

/// What the block `region[start..end]` (starting at the recipient's line) says about `address`.
pub(crate) fn describe(region: &[u8], start: usize, end: usize, address: &str) -> TextRecipient {
    let block = &region[start..end];
    let diagnostic = server_words(block)
        .or_else(|| reply_paragraph(block))
        .unwrap_or_else(|| own_words(region, start, block, address));
    // The heading of a list of recipients ("... was aborted after 5 hours:") says what befell
    // all of them: it is part of what the bounce says about this one.
    let before = trim(&region[..start]);
    let heading = &before[bytes::line_start(before, before.len())..];
    let heading = if heading.ends_with(b":") && !heading.contains(&b'@') {
        heading
    } else {
        &[]
    };
    let mut context = heading.to_vec();
    context.extend_from_slice(&block[..block.len().min(2000)]);
    TextRecipient {
        address: address.to_owned(),
        diagnostic: without_rules(trim_quotes(&bytes::unfold(&diagnostic))),
        context,
        remote_mta: remote_host(block),
        command: command(block),
    }
}

/// The block of `text` about `address`, for a DSN recipient whose fields lack a diagnostic.
pub(crate) fn about(region: &[u8], address: &str) -> Option<TextRecipient> {
    let lower = address.to_ascii_lowercase();
    let mut start = None;
    for (at, line) in bytes::lines(region) {
        if let Some(p) = find_ci(line, lower.as_bytes())
            && is_recipient_position(line, p)
        {
            start = Some(at);
            break;
        }
    }
    let start = start?;
    let end = paragraph_end(region, start, 2);
    Some(describe(region, start, end, address))
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
fn server_words(block: &[u8]) -> Option<Vec<u8>> {
    let m = SAID_SET.find(block)?;
    let rest = &block[m.end()..];
    let end = paragraph_end(rest, 0, 1);
    let words = trim(&rest[..end]);
    (!words.is_empty()).then(|| words.to_vec())
}

/// The paragraph that starts with an SMTP reply (`550 5.1.1 ...`, `#550 ...`, `host X: 550 ...`).
fn reply_paragraph(block: &[u8]) -> Option<Vec<u8>> {
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
        return Some(block[from..end].to_vec());
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
fn own_words(region: &[u8], start: usize, block: &[u8], address: &str) -> Vec<u8> {
    let line_end = block
        .iter()
        .position(|&b| b == b'\n')
        .unwrap_or(block.len());
    let line = &block[..line_end];
    let mut words = Vec::new();
    if let Some(p) = find_ci(line, address.to_ascii_lowercase().as_bytes()) {
        let before = trim_cue(trim(&line[..p]));
        let after = trim_punct(&line[(p + address.len()).min(line.len())..]);
        if !after.is_empty() {
            words.extend_from_slice(after);
        } else if before.len() > 3 {
            // `Unknown user: a@b`, `User mailbox exceeds allowed size: a@b`.
            words.extend_from_slice(before);
        }
    }
    let rest_end = paragraph_end(block, 0, 1);
    if line_end < rest_end {
        words.push(b' ');
        words.extend_from_slice(&block[line_end..rest_end]);
    }
    if !trim(&words).is_empty() {
        return words;
    }
    // The address stands alone: the words follow in the next paragraphs of its block
    // (Gmail's "Technical details ...", DragonFly's "DNS lookup failure ...").
    let next = trim(&block[rest_end.min(block.len())..]);
    if !next.is_empty() {
        let end = paragraph_end(next, 0, 2).min(800);
        return next[..end].to_vec();
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
        above.to_vec()
    } else {
        Vec::new()
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

/// `text` without the rule lines bounces draw (`=====`, `-----`, `*****`).
fn without_rules(text: &str) -> String {
    let is_rule = |w: &str| w.len() >= 3 && w.bytes().all(|b| b"=-*_~#".contains(&b));
    if !text.split(' ').any(is_rule) {
        return text.to_owned();
    }
    text.split(' ')
        .filter(|w| !is_rule(w))
        .collect::<Vec<_>>()
        .join(" ")
}

fn trim_quotes(text: &str) -> &str {
    let t = text.trim();
    let t = t.strip_suffix('\'').unwrap_or(t);
    t.trim_end_matches(['#', ' '])
}

/// The remote host named as `host.name [192.0.2.1]` or `host host.name` in the block.
fn remote_host(block: &[u8]) -> Option<String> {
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
            return Some(String::from_utf8_lossy(host).into_owned());
        }
    }
    let p = find_ci(block, b"connected to ")?;
    let rest = &block[p + 13..];
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')))
        .unwrap_or(rest.len());
    (end > 0 && rest[..end].contains(&b'.'))
        .then(|| String::from_utf8_lossy(&rest[..end]).into_owned())
}

/// The SMTP command of a session transcript (`>>> DATA` then `<<< 550 ...`): the last command
/// sent before the first failure reply.
pub(crate) fn transcript_command(text: &[u8]) -> Option<&'static str> {
    let mut last = None;
    for (_, line) in bytes::lines(text) {
        let l = trim(line);
        if let Some(sent) = l.strip_prefix(b">>> ") {
            last = command_word(sent);
        } else if let Some(reply) = l.strip_prefix(b"<<< ")
            && matches!(reply.first(), Some(b'4' | b'5'))
        {
            return last;
        }
    }
    None
}

fn command_word(text: &[u8]) -> Option<&'static str> {
    [
        (&b"rcpt"[..], "RCPT"),
        (b"mail from", "MAIL"),
        (b"data", "DATA"),
        (b"ehlo", "EHLO"),
        (b"helo", "HELO"),
        (b"starttls", "STARTTLS"),
        (b"auth", "AUTH"),
    ]
    .into_iter()
    .find(|(w, _)| bytes::starts_with_ci(text, w))
    .map(|(_, c)| c)
}

/// The SMTP command a reply answered, from "after RCPT TO", "in reply to end of DATA", ...
pub(crate) fn command(text: &[u8]) -> Option<&'static str> {
    const CUES: &[&[u8]] = &[
        b"in reply to ",
        b"after ",
        b"did not like our ",
        b"during ",
        b"[rcpt_to]",
    ];
    for cue in CUES {
        let Some(p) = find_ci(text, cue) else {
            continue;
        };
        if *cue == b"[rcpt_to]" {
            return Some("RCPT");
        }
        let rest = &text[p + cue.len()..text.len().min(p + cue.len() + 24)];
        for (word, command) in [
            (&b"rcpt"[..], "RCPT"),
            (b"mail from", "MAIL"),
            (b"end of data", "DATA"),
            (b"data", "DATA"),
            (b"final data", "DATA"),
            (b"ehlo", "EHLO"),
            (b"helo", "HELO"),
            (b"initial connection", "CONNECT"),
            (b"connect", "CONNECT"),
            (b"starttls", "STARTTLS"),
        ] {
            if bytes::starts_with_ci(rest, word) {
                return Some(command);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reply_above_the_only_recipients_line_is_its_diagnostic() {
        let text = b"Error: Invalid user address\n\nError message below:\n550 - Requested action not taken: no such user here\n\nMessage details:\n  RCPT TO: a@example.net\n  From: b@example.org\n";
        let found = read(text, &["b@example.org".to_owned()]);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].diagnostic,
            "550 - Requested action not taken: no such user here"
        );
    }

    #[test]
    fn the_heading_of_a_recipient_list_is_part_of_its_context() {
        let text = b"Delivery to the following recipients was aborted after 5.0 hour(s):\n\n  * a@example.net\n\nTechnical details:\nRouting: no gateway for a@example.net\n";
        let found = read(text, &[]);
        assert_eq!(found.len(), 1);
        assert!(find_ci(&found[0].context, b"aborted after").is_some());
    }

    #[test]
    fn a_reply_ends_where_the_next_recipients_line_starts() {
        let text = b"the following list of recipients:\n\na@example.net: 550 5.1.1 <a@example.net>: User unknown\nb@example.net: 552 5.2.2 <b@example.net>: Mailbox full\n\n";
        let a = about(text, "a@example.net").expect("a is found");
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
            about(r, "a@example.jp").and_then(|a| a.command),
            Some("DATA")
        );
    }

    #[test]
    fn reads_postfix_and_qmail_shapes() {
        let text = b"I'm sorry.\n\n<a@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1 <a@example.jp>:\n    User unknown (in reply to RCPT TO command)\n\n<b@example.org>:\nRemote host said: 452 4.2.2 Mailbox full\n\n--- Below this line is a copy of the message.\n\nTo: c@example.net\n";
        let r = read(text, &[]);
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
        let r = read(text, &["s@example.jp".to_owned()]);
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
        let r = read(
            b"---The following addresses had delivery errors---\nk@example.co.jp [User unknown]\n",
            &[],
        );
        assert_eq!(r[0].diagnostic, "[User unknown]");
        let r = read(b"Your message\n  To: s@example.com\ndid not reach:\nk@example.jp on Thu\n    The recipient name is not recognized\n", &[]);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].address, "k@example.jp");
        let r = read(b"Unknown user: k@example.jp\n", &[]);
        assert_eq!(r[0].diagnostic, "Unknown user:");
        let r = read(b"Delivery to the following recipient failed permanently:\n\n     k@example.jp\n\nTechnical details of permanent failure:\nStorage quota exceeded\n", &[]);
        assert_eq!(
            r[0].diagnostic,
            "Technical details of permanent failure: Storage quota exceeded"
        );
    }

    #[test]
    fn transcript_names_the_failed_command() {
        let t = b">>> MAIL From:<a@b.jp>\n<<< 250 ok\n>>> DATA\n<<< 550 5.1.1 unknown\n";
        assert_eq!(transcript_command(t), Some("DATA"));
        assert_eq!(
            transcript_command(b">>> RCPT To:<a@b.jp>\n<<< 250 ok\n"),
            None
        );
    }
}
