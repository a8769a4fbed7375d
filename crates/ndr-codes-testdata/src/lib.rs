//! Test support for ndr-codes, shared by its crates as a path-only dev-dependency (not
//! published): a realistic synthetic mail log of any size (below, also behind `cargo xtask
//! gen-log --size 1G --out FILE`), a [counting allocator](counting_alloc) for the
//! zero-allocation tests, a [`Trickle`] reader for chunked reading, a small [CSV
//! reader](csv) for the registry table, and the [shared fixtures](fixtures): the bounce corpus
//! and the reason cases.
//!
//! The log mixes what a mail administrator greps through: Postfix and Sendmail syslog lines
//! (`dsn=5.1.1`, `said: 550 5.1.1 ...`), Exim main log lines, Exchange message-tracking rows
//! and NDR text, Gmail's multi-line replies as Postfix logs them, qmail, Yahoo, Amazon SES
//! webhook JSON, and plenty of lines that only look like they hold codes: IP addresses,
//! versions and build numbers, dates, delays, message ids.
//!
//! The output depends only on the size asked for (a fixed seed), so benchmarks are
//! repeatable, and [`generate`] returns how many times it wrote each code, so that a scanner
//! can be checked against it.

pub mod counting_alloc;
pub mod csv;
pub mod fixtures;
mod trickle;

pub use trickle::Trickle;

use std::{
    collections::BTreeMap,
    io::{self, Write},
};

/// What [`generate`] wrote.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Bytes written.
    pub bytes: u64,
    /// Lines written.
    pub lines: u64,
    /// How many times each code (`"5.1.1"`) occurs in the text as a code.
    pub codes: BTreeMap<&'static str, u64>,
}

/// Writes log lines to `out` until at least `size` bytes are written (it stops at the end of
/// the line that reaches `size`). The same `size` always gives the same bytes.
pub fn generate(size: u64, out: &mut impl Write) -> io::Result<Summary> {
    let mut generator = Generator::new();
    let mut summary = Summary::default();
    let mut line = Vec::with_capacity(1024);
    while summary.bytes < size {
        line.clear();
        generator.line(&mut line, &mut summary.codes)?;
        out.write_all(&line)?;
        summary.bytes += line.len() as u64;
        summary.lines += 1;
    }
    Ok(summary)
}

/// Reads `64M`, `1G`, `512K` or a plain byte count; K, M and G are powers of 1024, and a
/// trailing `B` or `iB` is allowed.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let bad = || {
        format!("bad size `{text}`: expected a number with an optional K, M or G, as in 64M or 1G")
    };
    let trimmed = text.trim();
    let trimmed = trimmed
        .strip_suffix("iB")
        .or_else(|| trimmed.strip_suffix(['B', 'b']))
        .unwrap_or(trimmed);
    let (digits, unit) = match trimmed.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => (&trimmed[..i], c.to_ascii_uppercase()),
        _ => (trimmed, ' '),
    };
    let shift = match unit {
        ' ' => 0,
        'K' => 10,
        'M' => 20,
        'G' => 30,
        _ => return Err(bad()),
    };
    let number: u64 = digits.parse().map_err(|_| bad())?;
    number.checked_mul(1 << shift).ok_or_else(bad)
}

/// Codes as they come up in real logs, commonest first, with their SMTP reply and wording.
const BOUNCES: [(&str, &str, &str); 16] = [
    (
        "5.1.1",
        "550",
        "Recipient address rejected: User unknown in virtual mailbox table",
    ),
    (
        "5.7.1",
        "554",
        "Service unavailable; Client host blocked using zen.spamhaus.org",
    ),
    ("5.2.2", "552", "Mailbox full: quota exceeded"),
    (
        "4.7.1",
        "450",
        "Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html",
    ),
    (
        "5.4.1",
        "550",
        "Recipient address rejected: Access denied. AS(201806281) [DB3EUR04FT012.eop-eur04.prod.protection.outlook.com]",
    ),
    ("4.2.2", "452", "Mailbox full, try again later"),
    (
        "5.1.10",
        "550",
        "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    ),
    (
        "5.7.26",
        "550",
        "This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.",
    ),
    (
        "5.3.4",
        "552",
        "Message size exceeds fixed maximum message size (10485760 bytes)",
    ),
    (
        "4.4.2",
        "421",
        "Connection dropped; lost connection after 300.5 seconds",
    ),
    (
        "5.7.606",
        "550",
        "Access denied, banned sending IP [203.0.113.45]. To request removal from this list please visit https://sender.office.com/",
    ),
    ("5.1.2", "550", "Host unknown: domain name not found"),
    ("4.3.0", "451", "Temporary local problem - please try later"),
    (
        "5.7.509",
        "550",
        "Access denied, sending domain example.net does not pass DMARC verification",
    ),
    (
        "5.5.0",
        "550",
        "Requested action not taken: mailbox unavailable",
    ),
    (
        "5.0.0",
        "554",
        "Delivery error: dd This user doesn't have a yahoo.com account",
    ),
];

const USERS: [&str; 8] = [
    "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi",
];
const DOMAINS: [&str; 8] = [
    "example.com",
    "example.net",
    "example.org",
    "mail.example.co.uk",
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "corp.example.de",
];
const RELAYS: [&str; 6] = [
    "gmail-smtp-in.l.google.com",
    "example-com.mail.protection.outlook.com",
    "mta7.am0.yahoodns.net",
    "mx1.example.net",
    "inbound-smtp.eu-west-1.amazonaws.com",
    "mx.example.org",
];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A deterministic line generator: splitmix64 random numbers and a clock that moves forward.
struct Generator {
    state: u64,
    /// Seconds since the start of the (made-up) year.
    clock: u64,
}

impl Generator {
    fn new() -> Self {
        Generator {
            state: 0x6E64_722D_636F_6465,
            clock: 64 * 86_400 + 8 * 3_600,
        }
    }

    fn next(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }

    fn ip(&mut self) -> String {
        let n = self.next();
        format!(
            "{}.{}.{}.{}",
            1 + (n & 0xdf),
            (n >> 8) & 0xff,
            (n >> 16) & 0xff,
            1 + ((n >> 24) & 0xfd)
        )
    }

    fn queue_id(&mut self) -> String {
        format!("{:010X}", self.next() & 0xFF_FFFF_FFFF)
    }

    fn address(&mut self) -> String {
        let user = self.pick(&USERS);
        let domain = self.pick(&DOMAINS);
        format!("{user}.{}@{domain}", self.below(100))
    }

    fn syslog_time(&self) -> String {
        let (day, rest) = (self.clock / 86_400, self.clock % 86_400);
        let month = (day / 31).min(11) as usize;
        format!(
            "{} {:>2} {:02}:{:02}:{:02}",
            MONTHS[month],
            day % 31 + 1,
            rest / 3_600,
            rest / 60 % 60,
            rest % 60
        )
    }

    fn iso_time(&mut self) -> String {
        let (day, rest) = (self.clock / 86_400, self.clock % 86_400);
        format!(
            "2024-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
            (day / 31).min(11) + 1,
            day % 31 + 1,
            rest / 3_600,
            rest / 60 % 60,
            rest % 60,
            self.below(1000)
        )
    }

    /// Writes one line (or, for an NDR body, a few) and counts the codes it holds.
    fn line(
        &mut self,
        out: &mut Vec<u8>,
        codes: &mut BTreeMap<&'static str, u64>,
    ) -> io::Result<()> {
        self.clock += self.below(3);
        let mut count = |code: &'static str, n: u64| *codes.entry(code).or_default() += n;
        let roll = self.below(100);
        let common = 8 + self.below(9) as usize;
        let (code, reply, text) = self.pick(&BOUNCES[..common]);
        let time = self.syslog_time();
        let pid = 1000 + self.below(60_000);
        match roll {
            // Postfix: most lines are deliveries, connections and queue bookkeeping.
            0..=21 => {
                let (qid, to, relay, ip) = (
                    self.queue_id(),
                    self.address(),
                    self.pick(&RELAYS),
                    self.ip(),
                );
                let delay = self.below(900);
                writeln!(
                    out,
                    "{time} mx1 postfix/smtp[{pid}]: {qid}: to=<{to}>, relay={relay}[{ip}]:25, delay=0.{delay}, delays=0.1/0/0.{delay}/0.2, dsn=2.0.0, status=sent (250 2.0.0 OK  1709812345 a{delay}si4567.{pid} - gsmtp)"
                )?;
                count("2.0.0", 2);
            }
            22..=33 => {
                let ip = self.ip();
                writeln!(
                    out,
                    "{time} mx1 postfix/smtpd[{pid}]: connect from unknown[{ip}]"
                )?;
            }
            34..=41 => {
                let (qid, from) = (self.queue_id(), self.address());
                let size = 2_000 + self.below(90_000);
                writeln!(
                    out,
                    "{time} mx1 postfix/qmgr[{pid}]: {qid}: from=<{from}>, size={size}, nrcpt=1 (queue active)"
                )?;
            }
            42..=47 => {
                let (qid, host) = (self.queue_id(), self.pick(&RELAYS));
                writeln!(
                    out,
                    "{time} mx1 postfix/cleanup[{pid}]: {qid}: message-id=<20240307.5.1.1.{pid}@{host}>"
                )?;
            }
            48..=52 => {
                let ip = self.ip();
                writeln!(
                    out,
                    "{time} mx1 postfix/smtpd[{pid}]: disconnect from unknown[{ip}] ehlo=1 mail=1 rcpt=0/1 data=0 quit=1 commands=3/4"
                )?;
            }
            // Postfix bounces and deferrals: the code twice, as dsn= and in the reply.
            53..=60 => {
                let (qid, to, relay, ip) = (
                    self.queue_id(),
                    self.address(),
                    self.pick(&RELAYS),
                    self.ip(),
                );
                let status = if code.starts_with('4') {
                    "deferred"
                } else {
                    "bounced"
                };
                writeln!(
                    out,
                    "{time} mx1 postfix/smtp[{pid}]: {qid}: to=<{to}>, relay={relay}[{ip}]:25, delay=5.2, delays=0.1/0/4.9/0.2, dsn={code}, status={status} (host {relay}[{ip}] said: {reply} {code} <{to}>: {text} (in reply to RCPT TO command))"
                )?;
                count(code, 2);
            }
            // Gmail's multi-line reply, joined by Postfix.
            61..=63 => {
                let (qid, to, ip) = (self.queue_id(), self.address(), self.ip());
                writeln!(
                    out,
                    "{time} mx1 postfix/smtp[{pid}]: {qid}: to=<{to}>, relay=gmail-smtp-in.l.google.com[{ip}]:25, delay=1.4, delays=0.1/0/0.6/0.7, dsn=5.1.1, status=bounced (host gmail-smtp-in.l.google.com[{ip}] said: 550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 6a1803df08f44-6a0b3c1d2e5si{pid}.15 - gsmtp (in reply to RCPT TO command))"
                )?;
                count("5.1.1", 5);
            }
            // Sendmail.
            64..=69 => {
                let (qid, to, relay, ip) = (
                    self.queue_id(),
                    self.address(),
                    self.pick(&RELAYS),
                    self.ip(),
                );
                if roll.is_multiple_of(2) {
                    writeln!(
                        out,
                        "{time} relay sendmail[{pid}]: {qid}: to=<{to}>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120{pid}, relay={relay}. [{ip}], dsn=2.0.0, stat=Sent (Ok: queued as 4Vq5.1.1x)"
                    )?;
                    count("2.0.0", 1);
                } else {
                    writeln!(
                        out,
                        "{time} relay sendmail[{pid}]: {qid}: to=<{to}>, delay=00:00:05, xdelay=00:00:05, mailer=esmtp, pri=120{pid}, relay={relay}. [{ip}], dsn={code}, stat=Deferred: {reply} {code} {text}"
                    )?;
                    count(code, 2);
                }
            }
            // Exim main log.
            70..=75 => {
                let (to, relay, ip, when) = (
                    self.address(),
                    self.pick(&RELAYS),
                    self.ip(),
                    self.iso_time(),
                );
                let id = format!(
                    "1r{:04X}-{:06X}-{:02X}",
                    self.below(0xFFFF),
                    self.below(0xFF_FFFF),
                    self.below(0xFF)
                );
                let date = &when[..10];
                let clock = &when[11..19];
                if roll.is_multiple_of(2) {
                    writeln!(
                        out,
                        "{date} {clock} {id} => {to} R=dnslookup T=remote_smtp H={relay} [{ip}] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C=\"250 2.0.0 OK 1709812345 x{pid}si.4 - gsmtp\""
                    )?;
                    count("2.0.0", 1);
                } else {
                    writeln!(
                        out,
                        "{date} {clock} {id} ** {to} R=dnslookup T=remote_smtp H={relay} [{ip}]: SMTP error from remote mail server after RCPT TO:<{to}>: {reply} {code} {text}"
                    )?;
                    count(code, 1);
                }
            }
            // Exchange message tracking (CSV) and NDR text.
            76..=81 => {
                let (when, ip, ip2, to) = (self.iso_time(), self.ip(), self.ip(), self.address());
                if roll.is_multiple_of(2) {
                    writeln!(
                        out,
                        "{when},{ip},EXCH01,{ip2},EXCH02.corp.example.de,08DC3E5A1B2C{pid:04X};250 2.1.5 Recipient OK;ClientSubmitTime:,SMTP,FAIL,{pid},<{pid}.5.1.1@EXCH01.corp.example.de>,{to},'550 5.1.1 RESOLVER.ADR.RecipNotFound; not found',1,15.2.1118.26,Version 15.2.1118.26"
                    )?;
                    count("2.1.5", 1);
                    count("5.1.1", 1);
                } else {
                    writeln!(
                        out,
                        "Remote Server returned '{reply} {code} {text}' #{reply} {code} {text} ## Original message headers: X-MS-Exchange-Transport-EndToEndLatency: 00:00:01.5123456 X-Mailer: Microsoft Outlook 16.0"
                    )?;
                    count(code, 2);
                }
            }
            // qmail.
            82..=84 => {
                let ip = self.ip();
                writeln!(
                    out,
                    "@40000000{:016x} delivery {pid}: failure: {ip}_does_not_like_recipient./Remote_host_said:_{reply}_{code}_{}/Giving_up_on_{ip}./ (#{code})",
                    self.next(),
                    text.replace(' ', "_")
                )?;
                count(code, 2);
            }
            // Amazon SES bounce notification, as a webhook receives it.
            85..=87 => {
                let (to, when) = (self.address(), self.iso_time());
                writeln!(
                    out,
                    r#"{{"notificationType":"Bounce","bounce":{{"bounceType":"Permanent","bounceSubType":"General","bouncedRecipients":[{{"emailAddress":"{to}","action":"failed","status":"{code}","diagnosticCode":"smtp; {reply} {code} {text}"}}],"timestamp":"{when}","feedbackId":"0102018e1a2b3c4d-{:08x}-000000","reportingMTA":"dns; a8-30.smtp-out.amazonses.com"}},"mail":{{"source":"{to}","sourceIp":"{}"}}}}"#,
                    self.below(1 << 32),
                    self.ip()
                )?;
                count(code, 2);
            }
            // Yahoo's deferral.
            88..=89 => {
                let (qid, ip, ip2) = (self.queue_id(), self.ip(), self.ip());
                writeln!(
                    out,
                    "{time} mx1 postfix/smtp[{pid}]: {qid}: host mta7.am0.yahoodns.net[{ip}] said: 421 4.7.0 [TSS04] Messages from {ip2} temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)"
                )?;
                count("4.7.0", 1);
            }
            // Lines full of lookalikes: versions, builds, scores, dates, addresses.
            _ => {
                let (ip, ip2) = (self.ip(), self.ip());
                writeln!(
                    out,
                    "{time} mx1 amavis[{pid}]: ({pid}-05) Passed CLEAN {{RelayedInbound}}, [{ip}]:5{pid} [10.5.1.1] <bounce@example.com> -> <x@example.org>, Hits: 2.1, size: 5123, queued_as: 4V5.1.1Z, SpamAssassin 3.4.6, ClamAV 1.2.1/27205/2024.05.1, Postfix 3.5.1, v5.1.1, 15.2.1118.26, 5.1.1.3, 5.01.1, 25.1.1, 3.1.1, from {ip2}, 1234 ms"
                )?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("1G"), Ok(1 << 30));
        assert_eq!(parse_size("1GiB"), Ok(1 << 30));
        assert_eq!(parse_size("512k"), Ok(512 << 10));
        assert_eq!(parse_size("1000"), Ok(1000));
        for bad in ["", "G", "1T", "-1M", "1.5G", "99999999999999999G"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn deterministic_whole_lines_of_the_size_asked() {
        let (mut a, mut b) = (Vec::new(), Vec::new());
        let summary = generate(200_000, &mut a).unwrap();
        generate(200_000, &mut b).unwrap();
        assert_eq!(a, b);
        assert_eq!(summary.bytes, a.len() as u64);
        assert!(a.len() >= 200_000 && a.len() < 202_000, "{}", a.len());
        assert_eq!(a.last(), Some(&b'\n'));
        assert_eq!(
            summary.lines,
            a.iter().filter(|&&b| b == b'\n').count() as u64
        );
        // Every kind of line shows up in a log this size.
        let text = String::from_utf8(a).unwrap();
        for needle in [
            "postfix/smtp[",
            "sendmail[",
            " ** ",
            "Remote Server returned",
            "RESOLVER.ADR",
            "550-5.1.1",
            "(#",
            "\"notificationType\"",
            "[TSS04]",
            "amavis",
        ] {
            assert!(text.contains(needle), "{needle}");
        }
        assert!(summary.codes.len() >= 10, "{:?}", summary.codes);
    }
}
