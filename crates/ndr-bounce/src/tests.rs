//! Unit tests of `parse` on small messages and bad input.

use super::*;

fn code_of(r: &Recipient) -> String {
    r.code().map(|c| c.to_string()).unwrap_or_default()
}

const DSN: &[u8] = b"From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\n\
To: sender@example.com\r\nSubject: Undelivered Mail\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n\
--B\r\nContent-Type: text/plain\r\n\r\nI could not deliver.\r\n\r\n\
--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n\
Final-Recipient: rfc822; user@example.jp\r\nAction: failed\r\nStatus: 5.0.0\r\n\
Remote-MTA: dns; mx.example.jp\r\nDiagnostic-Code: smtp; 550 5.7.1 Message rejected\r\n  by policy\r\n\r\n\
--B\r\nContent-Type: message/rfc822\r\n\r\nMessage-ID: <1@example.com>\r\nFrom: sender@example.com\r\n\
To: user@example.jp\r\nSubject: Hello\r\n\r\nHi\r\n--B--\r\n";

#[test]
fn reads_a_dsn_and_refines_its_status() {
    let b = parse(DSN).unwrap();
    assert_eq!(b.kind(), Kind::Failure);
    assert_eq!(b.format(), Format::Rfc3464);
    assert_eq!(b.reporting_mta(), Some("mx.example.org"));
    assert_eq!(b.original().subject.as_deref(), Some("Hello"));
    let r = &b.recipients()[0];
    assert_eq!(r.address(), "user@example.jp");
    assert_eq!(code_of(r), "5.7.1");
    assert_eq!(r.status_source(), Some(StatusSource::Diagnostic));
    assert_eq!(r.reply_code(), Some(550));
    assert_eq!(r.diagnostic(), "550 5.7.1 Message rejected by policy");
    assert_eq!(r.remote_mta(), Some("mx.example.jp"));
    assert_eq!(r.action(), Some(Action::Failed));
}

#[test]
fn rejects_what_is_not_a_message() {
    assert_eq!(parse(b""), Err(Error::Empty));
    assert_eq!(parse(b" \r\n\t"), Err(Error::Empty));
    assert_eq!(parse(b"\x89PNG\r\n\x1a\nbinary"), Err(Error::NotMail));
    assert_eq!(parse(b"just some words\nand more"), Err(Error::NotMail));
}

#[test]
fn plain_mail_is_not_a_bounce() {
    let b = parse(b"From: a@example.com\nTo: b@example.com\nSubject: lunch\n\nSee you at noon.\n")
        .unwrap();
    assert_eq!(b.kind(), Kind::NotBounce);
    assert!(b.recipients().is_empty());
}

#[test]
fn truncated_message_is_read_as_far_as_it_goes() {
    for cut in [20, 200, 400, 600, DSN.len() - 10] {
        let b = parse(&DSN[..cut]).unwrap();
        assert!(b.recipients().len() <= 1, "cut at {cut}");
    }
}

#[test]
fn missing_boundary_is_a_warning() {
    let raw = b"From: MAILER-DAEMON@x.org\nTo: s@example.com\nSubject: failure\nContent-Type: multipart/report; boundary=NEVER\n\n<u@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1 User unknown\n";
    let b = parse(raw).unwrap();
    assert!(b.warnings().contains(&Warning::MissingBoundary));
    assert_eq!(code_of(&b.recipients()[0]), "5.1.1");
}

#[test]
fn deep_nesting_does_not_overflow() {
    let mut raw = b"From: MAILER-DAEMON@x.org\nSubject: failure\n".to_vec();
    for i in 0..1000 {
        raw.extend_from_slice(
            format!("Content-Type: multipart/mixed; boundary=b{i}\n\n--b{i}\n").as_bytes(),
        );
    }
    raw.extend_from_slice(b"Content-Type: text/plain\n\n<u@example.jp>: 550 5.1.1 unknown\n");
    let b = parse(&raw).unwrap();
    assert!(b.warnings().contains(&Warning::MimeUnreadable));
}

#[test]
fn large_attachment_is_not_decoded() {
    let mut raw = DSN[..DSN.len() - 7].to_vec();
    raw.extend_from_slice(b"\r\n--B\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n");
    let line = [b'A'; 76];
    while raw.len() < 50 << 20 {
        raw.extend_from_slice(&line);
        raw.extend_from_slice(b"\r\n");
    }
    raw.extend_from_slice(b"--B--\r\n");
    let b = parse(&raw).unwrap();
    assert_eq!(code_of(&b.recipients()[0]), "5.7.1");
}

#[test]
fn unknown_charsets_and_nul_bytes_are_matched_on_bytes() {
    let raw = b"From: MAILER-DAEMON@x.org\nTo: s@example.com\nSubject: failure\nContent-Type: text/plain; charset=x-no-such-charset\n\n\xff\xfe\x00\n<u@example.jp>: host mx.example.jp[192.0.2.1] said: 552 5.2.2 \x00over quota \x1b$B\n";
    let b = parse(raw).unwrap();
    assert!(b.warnings().contains(&Warning::NulBytes));
    assert_eq!(code_of(&b.recipients()[0]), "5.2.2");
}

#[test]
fn cr_only_and_crlf_line_ends_read_alike() {
    let lf = b"From: MAILER-DAEMON@x.org\nTo: s@example.com\nSubject: failure\n\n<u@example.jp>:\nRemote host said: 550 5.1.1 User unknown\n".to_vec();
    let crlf: Vec<u8> = String::from_utf8(lf.clone())
        .unwrap()
        .replace('\n', "\r\n")
        .into_bytes();
    let cr: Vec<u8> = lf
        .iter()
        .map(|&b| if b == b'\n' { b'\r' } else { b })
        .collect();
    for raw in [&lf, &crlf, &cr] {
        let b = parse(raw).unwrap();
        assert_eq!(b.recipients().len(), 1);
        assert_eq!(b.recipients()[0].diagnostic(), "550 5.1.1 User unknown");
    }
    assert!(
        parse(&cr)
            .unwrap()
            .warnings()
            .contains(&Warning::BareCarriageReturns)
    );
}

#[test]
fn auto_reply_and_feedback_are_told_apart() {
    let b = parse(b"From: k@example.net\nTo: s@example.com\nAuto-Submitted: auto-replied\nSubject: Away\n\nI am away.\n").unwrap();
    assert_eq!(b.kind(), Kind::AutoReply);
    assert_eq!(b.recipients()[0].address(), "k@example.net");
    let arf = b"From: abuse@isp.example\nTo: s@example.com\nSubject: report\nContent-Type: multipart/report; report-type=feedback-report; boundary=F\n\n--F\nContent-Type: text/plain\n\nA complaint.\n--F\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nOriginal-Rcpt-To: <u@isp.example>\n--F--\n";
    let b = parse(arf).unwrap();
    assert_eq!(b.kind(), Kind::Feedback);
    assert_eq!(b.recipients()[0].address(), "u@isp.example");
}
