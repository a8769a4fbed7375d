//! Which SMTP command a failure reply answered (`RCPT`, `DATA`, ...): the reason depends on
//! it (an unknown user refused after `DATA` is not about the address).

use crate::bytes::{self, find_ci, trim};

/// The SMTP command of a session transcript (`>>> DATA` then `<<< 550 ...`): the last command
/// sent before the first failure reply.
pub(crate) fn of_transcript(text: &[u8]) -> Option<&'static str> {
    let mut last = None;
    for (_, line) in bytes::lines(text) {
        let l = trim(line);
        if let Some(sent) = l.strip_prefix(b">>> ") {
            last = word(sent);
        } else if let Some(reply) = l.strip_prefix(b"<<< ")
            && matches!(reply.first(), Some(b'4' | b'5'))
        {
            return last;
        }
    }
    None
}

/// The command a transcript line sent (`MAIL From:<a@b>`: `MAIL`).
fn word(text: &[u8]) -> Option<&'static str> {
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
pub(crate) fn of_reply(text: &[u8]) -> Option<&'static str> {
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
    fn transcript_names_the_failed_command() {
        let t = b">>> MAIL From:<a@b.jp>\n<<< 250 ok\n>>> DATA\n<<< 550 5.1.1 unknown\n";
        assert_eq!(of_transcript(t), Some("DATA"));
        assert_eq!(of_transcript(b">>> RCPT To:<a@b.jp>\n<<< 250 ok\n"), None);
    }
}
