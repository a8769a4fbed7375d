//! Reasons from text: which bounce reason a reply or diagnostic line gives, and why.
//!
//! The rules are data: the `rules:` section of `catalog.yaml` (format in
//! `docs/catalog-format.md`), validated and turned into tables by `build.rs`. The reason is
//! decided, in this order, by
//! 1. a host rule: its host pattern is in the remote host or the reporting system, its code
//!    condition holds, and one of its phrases is in the text;
//! 2. a phrase rule: one of its phrases is in the text and its code condition, if any, holds;
//! 3. the catalog entry of the code (its `reason`);
//! 4. the class of the code, or of the basic SMTP reply code when there is no enhanced code
//!    (2 gives `delivered`; 4 and 5 say nothing more, so `undefined`).
//!
//! Among the rules, the one that comes first in the catalog wins, wherever its phrase stands
//! in the text; host rules come first in the catalog. Phrases match ASCII case-insensitively on
//! bytes, anywhere in the text.
//!
//! [`Classification::rule`] names what decided:
//! - a rule id from the catalog (`dnsbl`, `user-unknown`, `exchange-online-dbeb-access-denied`);
//! - `status:5.1.1` (or `status:5.7.606-649` for a range): the catalog entry of the code;
//! - `class:5`: only the class was known (from the code or the basic reply code);
//! - `none`: the text holds neither a known phrase nor a code.
//!
//! # Speed
//! The phrases are found by a [`PhraseIndex`](phrase_index) built once on first use: a rolling
//! window of the last four bytes, a 4 KiB filter of the phrases' first four bytes, and a small
//! table of the phrases that share a prefix. The lowest rule index among the phrases found
//! whose conditions hold wins; the pass stops early when the first rule of the catalog
//! matched. Nothing is allocated per call.

mod phrase_index;

use std::sync::LazyLock;

use ndr_codes::{Code, Reason, Status, find_codes};

/// The reason a text gives, and what decided it.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Classification {
    /// The reason.
    pub reason: Reason,
    /// What decided it: a rule id, `status:<code>`, `class:<digit>` or `none` (see the module
    /// documentation).
    pub rule: &'static str,
    /// The enhanced status code the decision used: the one given in the [`Context`], or the
    /// first specific one found in the text.
    pub code: Option<Code>,
}

/// What [`classify_with`] decides from.
#[derive(Clone, Copy, Default, Debug)]
pub struct Context<'a> {
    /// The reply, diagnostic or log line.
    pub text: &'a [u8],
    /// The code, when the caller knows it better than the text does (a DSN `Status:` field);
    /// `None` to take the first code in the text.
    pub code: Option<Code>,
    /// The remote host that gave the reply (`mx.example.com`), when known.
    pub remote_host: Option<&'a [u8]>,
    /// The system that reported the failure (the DSN `Reporting-MTA`), when known.
    pub reporting_mta: Option<&'a [u8]>,
}

/// Which codes a rule applies to (the `code` field of a rule).
#[derive(Clone, Copy, Debug)]
pub(crate) enum Scope {
    /// Every code, and text without one.
    Any,
    /// `class*1000 + subject`: codes with this class and subject.
    Prefix(u32),
    /// The numeric key of exactly one code.
    Exact(u32),
}

/// One rule of the catalog, as the build script emits it.
#[derive(Debug)]
pub(crate) struct RuleRow {
    pub id: &'static str,
    pub reason: Reason,
    pub scope: Scope,
    /// Lower-case host patterns; empty for a rule that applies to every host.
    pub hosts: &'static [&'static [u8]],
}

mod tables {
    #![allow(clippy::all, clippy::pedantic)]
    use super::{Reason, RuleRow, Scope};
    include!(concat!(env!("OUT_DIR"), "/rules.rs"));
}

pub(crate) use tables::{PHRASES, RULES};

/// Every phrase of every rule, indexed once, on first use.
static PHRASE_INDEX: LazyLock<phrase_index::PhraseIndex> =
    LazyLock::new(|| phrase_index::PhraseIndex::new(&PHRASES));

/// Classifies any reply or log line; the code is the first specific one in the text.
///
/// ```
/// use ndr_bounce::classify;
/// use ndr_codes::Reason;
///
/// let c = classify("550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org");
/// assert_eq!(c.reason, Reason::Blocked);
/// assert_eq!(c.rule, "dnsbl");
/// assert_eq!(c.code.map(|c| c.to_string()).as_deref(), Some("5.7.1"));
///
/// // No phrase: the code's catalog entry decides.
/// let c = classify("550 5.1.1 <someone@example.com>");
/// assert_eq!((c.reason, c.rule), (Reason::UserUnknown, "status:5.1.1"));
/// ```
pub fn classify(text: impl AsRef<[u8]>) -> Classification {
    classify_with(&Context {
        text: text.as_ref(),
        ..Context::default()
    })
}

/// Classifies a text with what else is known: the code, the remote host, the reporting system.
///
/// ```
/// use ndr_bounce::{Context, classify_with};
/// use ndr_codes::Reason;
///
/// let context = Context {
///     text: b"550 5.4.1 Recipient address rejected: Access denied",
///     remote_host: Some(b"example-com.mail.protection.outlook.com"),
///     ..Context::default()
/// };
/// assert_eq!(classify_with(&context).reason, Reason::UserUnknown);
/// ```
pub fn classify_with(context: &Context<'_>) -> Classification {
    let code = context.code.or_else(|| first_code(context.text));
    if let Some(rule) = matching_rule(context, code) {
        return Classification {
            reason: rule.reason,
            rule: rule.id,
            code,
        };
    }
    if let Some(code) = code {
        if let Some(status) = Status::from_code(code) {
            return Classification {
                reason: status.reason(),
                rule: status_rule(status),
                code: Some(code),
            };
        }
        return by_class(code.class().number(), Some(code));
    }
    match basic_reply_class(context.text) {
        Some(class) => by_class(class, None),
        None => Classification {
            reason: Reason::Undefined,
            rule: "none",
            code: None,
        },
    }
}

/// The rule that decides, if any: the first in catalog order whose phrase is in the text and
/// whose conditions hold.
fn matching_rule(context: &Context<'_>, code: Option<Code>) -> Option<&'static RuleRow> {
    PHRASE_INDEX
        .best_rule(context.text, |index| {
            applies(&RULES[usize::from(index)], context, code)
        })
        .map(|index| &RULES[usize::from(index)])
}

/// Whether a rule's host and code conditions hold.
fn applies(rule: &RuleRow, context: &Context<'_>, code: Option<Code>) -> bool {
    let code_ok = match rule.scope {
        Scope::Any => true,
        Scope::Prefix(key) => code.is_some_and(|c| c.key() / 1_000 == key),
        Scope::Exact(key) => code.is_some_and(|c| c.key() == key),
    };
    let host_ok = rule.hosts.is_empty()
        || rule.hosts.iter().any(|pattern| {
            [context.remote_host, context.reporting_mta]
                .into_iter()
                .flatten()
                .any(|host| contains_ignore_case(host, pattern))
        });
    code_ok && host_ok
}

/// Whether `hay` contains `needle` (lower case), ASCII case-insensitively.
fn contains_ignore_case(hay: &[u8], needle: &[u8]) -> bool {
    needle.is_empty()
        || hay
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
}

/// The first code in the text that says more than `X.0.0`, else the first code.
fn first_code(text: &[u8]) -> Option<Code> {
    let mut first = None;
    for found in find_codes(text) {
        let code = found.code;
        if code.subject_number() != 0 || code.detail() != 0 {
            return Some(code);
        }
        first.get_or_insert(code);
    }
    first
}

/// `status:5.1.1`: the rule name of a catalog entry.
fn status_rule(status: Status) -> &'static str {
    let key = status.code().key();
    tables::STATUS_RULES
        .binary_search_by_key(&key, |(k, _)| *k)
        .map_or("status", |i| tables::STATUS_RULES[i].1)
}

/// The reason a class alone gives.
fn by_class(class: u8, code: Option<Code>) -> Classification {
    let (reason, rule) = match class {
        2 => (Reason::Delivered, "class:2"),
        4 => (Reason::Undefined, "class:4"),
        _ => (Reason::Undefined, "class:5"),
    };
    Classification { reason, rule, code }
}

/// The class of the first basic SMTP reply code (`550`, `421-`): three digits, the first 2, 4
/// or 5, standing alone (not inside a longer number, an address or a word).
fn basic_reply_class(text: &[u8]) -> Option<u8> {
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'.' || b == b'@' || b == b'_';
    text.windows(3).enumerate().find_map(|(i, w)| {
        let shape = matches!(w[0], b'2' | b'4' | b'5')
            && (b'0'..=b'5').contains(&w[1])
            && w[2].is_ascii_digit();
        let before_ok = i == 0 || !is_word(text[i - 1]);
        let after_ok = text.get(i + 3).is_none_or(|&b| b == b' ' || b == b'-');
        (shape && before_ok && after_ok).then(|| w[0] - b'0')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Code {
        text.parse().expect("a valid code")
    }

    #[test]
    fn every_rule_has_a_phrase() {
        for (i, _) in RULES.iter().enumerate() {
            assert!(
                PHRASES.iter().any(|(_, r)| usize::from(*r) == i),
                "rule {} has no phrase",
                RULES[i].id
            );
        }
    }

    #[test]
    fn order_of_decision() {
        // Phrase rule.
        let c = classify("550 5.1.1 <a@example.org>: Recipient address rejected: User unknown");
        assert_eq!((c.reason, c.rule), (Reason::UserUnknown, "user-unknown"));
        // The code's entry.
        let c = classify("452 4.2.2 <a@example.org>");
        assert_eq!((c.reason, c.rule), (Reason::MailboxFull, "status:4.2.2"));
        // A code the catalog lacks: the class.
        let c = classify("550 5.9.99 something");
        assert_eq!((c.reason, c.rule), (Reason::Undefined, "class:5"));
        // Only a basic reply code.
        let c = classify("250 ok");
        assert_eq!((c.reason, c.rule), (Reason::Delivered, "class:2"));
        // Nothing at all.
        let c = classify("hello");
        assert_eq!(
            (c.reason, c.rule, c.code),
            (Reason::Undefined, "none", None)
        );
    }

    #[test]
    fn host_rules_need_their_host_and_code() {
        let text = b"550 5.4.1 [a@example.org]: Access denied [x.prod.protection.outlook.com]";
        let without = classify(text);
        assert_eq!(without.reason, Reason::Blocked, "general `access denied`");
        let with = classify_with(&Context {
            text,
            remote_host: Some(b"example-org.mail.protection.outlook.com"),
            ..Context::default()
        });
        assert_eq!(
            (with.reason, with.rule),
            (Reason::UserUnknown, "exchange-online-dbeb-access-denied")
        );
        // The same host with another code: the host rule does not apply.
        let other = classify_with(&Context {
            text: b"550 5.7.1 Access denied",
            remote_host: Some(b"EXAMPLE-ORG.mail.protection.OUTLOOK.com"),
            ..Context::default()
        });
        assert_eq!(other.rule, "exchange-online-denied-sender-ip");
        // The reporting system counts as well as the remote host.
        let reported = classify_with(&Context {
            text: b"550 5.4.1 Access denied",
            reporting_mta: Some(b"am7pr02mb1234.eurprd02.prod.outlook.com"),
            ..Context::default()
        });
        assert_eq!(reported.reason, Reason::UserUnknown);
    }

    #[test]
    fn the_earlier_rule_wins_wherever_its_phrase_stands() {
        // `dnsbl` comes before `user-unknown` in the catalog, though "user unknown" is first.
        let c = classify("550 user unknown; also blocked using zen.spamhaus.org");
        assert_eq!(c.rule, "dnsbl");
    }

    #[test]
    fn the_given_code_wins_over_the_text() {
        let c = classify_with(&Context {
            text: b"550 5.0.0 <a@example.org>",
            code: Some(code("5.1.1")),
            ..Context::default()
        });
        assert_eq!((c.reason, c.rule), (Reason::UserUnknown, "status:5.1.1"));
        assert_eq!(c.code, Some(code("5.1.1")));
    }

    #[test]
    fn a_specific_code_is_preferred_to_x_0_0() {
        assert_eq!(
            first_code(b"554 5.0.0 Service unavailable; 5.7.1 denied"),
            Some(code("5.7.1"))
        );
        assert_eq!(first_code(b"4.0.0 and 4.0.0"), Some(code("4.0.0")));
    }

    #[test]
    fn ranges_name_their_entry() {
        let c = classify("550 5.7.620 something the rules do not know");
        assert!(c.rule.starts_with("status:5.7.606"), "{}", c.rule);
    }

    #[test]
    fn case_and_bytes() {
        let c = classify(b"550 USER UNKNOWN \xff\xfe");
        assert_eq!(c.reason, Reason::UserUnknown);
        assert_eq!(classify(b"").rule, "none");
    }

    #[test]
    fn basic_reply_codes_stand_alone() {
        assert_eq!(basic_reply_class(b"550 no"), Some(5));
        assert_eq!(basic_reply_class(b"smtp; 421-busy"), Some(4));
        assert_eq!(basic_reply_class(b"id 25501 at 192.0.2.250"), None);
        assert_eq!(basic_reply_class(b"590 x"), None);
    }
}
