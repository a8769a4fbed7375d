//! The `rules:` section: reasons from what servers say.
//!
//! A rule files a reply under a reason when one of its phrases occurs in the text
//! (ASCII case-insensitively, on bytes), optionally only for a code or code prefix and only for
//! a remote host or reporting system. This module reads the section, validates it, and emits
//! the tables `ndr-bounce` matches with (see `docs/catalog-format.md`, section `rules`).

use std::fmt::Write as _;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use serde_saphyr::{Location, Spanned};

use super::catalog::{Catalog, ReasonInfo};
use super::validate::Reporter;

/// One item of `rules`, as written.
#[derive(Debug)]
pub(crate) struct RawRule {
    pub id: Option<Spanned<String>>,
    pub reason: Option<Spanned<String>>,
    pub host: Option<Spanned<String>>,
    pub code: Option<Spanned<String>>,
    pub phrases: Option<Spanned<Vec<Spanned<String>>>>,
    pub source: Option<Spanned<String>>,
}

crate::de::deserialize_struct!(RawRule {
    required: [],
    optional: [id, reason, host, code, phrases, source],
});

/// Which codes a rule is limited to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeScope {
    /// Every code, and text without one.
    Any,
    /// Codes of this class and subject (`5.7`).
    Prefix {
        /// 2, 4 or 5.
        class: u8,
        /// The subject.
        subject: u16,
    },
    /// Exactly this code (`5.7.1`).
    Exact {
        /// 2, 4 or 5.
        class: u8,
        /// The subject.
        subject: u16,
        /// The detail.
        detail: u16,
    },
}

impl CodeScope {
    /// Whether every code this scope admits is also admitted by `wider`.
    pub fn within(self, wider: CodeScope) -> bool {
        match (wider, self) {
            (CodeScope::Any, _) => true,
            (_, CodeScope::Any) => false,
            (
                CodeScope::Prefix { class, subject },
                CodeScope::Prefix {
                    class: c,
                    subject: s,
                }
                | CodeScope::Exact {
                    class: c,
                    subject: s,
                    ..
                },
            ) => class == c && subject == s,
            (CodeScope::Exact { .. }, _) => wider == self,
        }
    }

    /// As written in the catalog: `5.7`, `5.7.1`, or empty for any code.
    pub fn notation(self) -> String {
        match self {
            CodeScope::Any => String::new(),
            CodeScope::Prefix { class, subject } => format!("{class}.{subject}"),
            CodeScope::Exact {
                class,
                subject,
                detail,
            } => format!("{class}.{subject}.{detail}"),
        }
    }
}

/// One validated rule.
#[derive(Debug, Clone)]
pub struct Rule {
    /// kebab-case identifier, unique among rules.
    pub id: String,
    /// Reason id from the taxonomy.
    pub reason: String,
    /// Host patterns (the `|`-separated alternatives of `host`), lower case; empty for a rule
    /// that applies to every host.
    pub hosts: Vec<String>,
    /// The codes the rule is limited to.
    pub code: CodeScope,
    /// The phrases, as written.
    pub phrases: Vec<String>,
    /// Where the wording comes from.
    pub source: String,
    /// Line of the rule in the catalog file.
    pub line: u64,
}

fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// `5.7` or `5.7.1`.
fn parse_scope(text: &str) -> Result<CodeScope, String> {
    let parts: Vec<&str> = text.split('.').collect();
    let number = |part: &str| -> Option<u16> {
        let ok = !part.is_empty()
            && part.len() <= 3
            && part.bytes().all(|b| b.is_ascii_digit())
            && (part == "0" || !part.starts_with('0'));
        if ok { part.parse().ok() } else { None }
    };
    let class = match parts.first() {
        Some(&"2") => 2,
        Some(&"4") => 4,
        Some(&"5") => 5,
        _ => {
            return Err(format!(
                "code `{text}`: the class must be 2, 4 or 5 (write `5.7.1` or `5.7`)"
            ));
        }
    };
    let bad =
        || format!("code `{text}`: write an exact code such as `5.7.1` or a prefix such as `5.7`");
    match parts.as_slice() {
        [_, subject] => Ok(CodeScope::Prefix {
            class,
            subject: number(subject).ok_or_else(bad)?,
        }),
        [_, subject, detail] => Ok(CodeScope::Exact {
            class,
            subject: number(subject).ok_or_else(bad)?,
            detail: number(detail).ok_or_else(bad)?,
        }),
        _ => Err(bad()),
    }
}

/// Validates the `rules` section; every problem is reported as `rule ID: ...`.
/// The shortest phrase a rule may have, in bytes.
pub const MIN_PHRASE_BYTES: usize = 3;

pub(crate) fn validate(
    raw: &[Spanned<RawRule>],
    reasons: &[ReasonInfo],
    r: &mut Reporter,
) -> Vec<Rule> {
    let mut rules: Vec<Rule> = Vec::with_capacity(raw.len());
    // Where each rule's phrases stand, for messages about them.
    let mut phrase_places: Vec<Vec<Location>> = Vec::with_capacity(raw.len());
    let mut seen_general = false;
    for item in raw {
        let at = item.referenced;
        let x = &item.value;
        let id =
            x.id.as_ref()
                .map_or(String::new(), |s| s.value.trim().to_owned());
        let label = if id.is_empty() {
            "?".to_owned()
        } else {
            id.clone()
        };
        let mut report = |place: Location, message: String| {
            r.report(place, None, format!("rule {label}: {message}"));
        };
        match &x.id {
            None => report(at, "`id` is missing".into()),
            Some(s) if !is_kebab_case(s.value.trim()) => report(
                s.referenced,
                format!("id `{}` is not kebab-case", s.value.trim()),
            ),
            Some(s) => {
                if let Some(first) = rules.iter().find(|o| o.id == id) {
                    report(
                        s.referenced,
                        format!("duplicate id: line {} already uses `{id}`", first.line),
                    );
                }
            }
        }
        let reason = match &x.reason {
            None => {
                report(at, "`reason` is missing".into());
                String::new()
            }
            Some(s) => {
                let value = s.value.trim().to_owned();
                if !reasons.iter().any(|o| o.id == value) {
                    report(
                        s.referenced,
                        format!(
                            "unknown reason `{value}`: it must be one of the ids under `reasons`"
                        ),
                    );
                }
                value
            }
        };
        let hosts = match &x.host {
            None => Vec::new(),
            Some(s) => {
                let hosts: Vec<String> = s
                    .value
                    .split('|')
                    .map(|h| h.trim().to_ascii_lowercase())
                    .collect();
                if hosts.iter().any(String::is_empty) {
                    report(
                        s.referenced,
                        "`host` has an empty alternative: write `a.example|b.example`".into(),
                    );
                }
                hosts
            }
        };
        if hosts.is_empty() {
            seen_general = true;
        } else if seen_general {
            report(
                at,
                "a host rule must come before every rule without `host` (host rules decide first)"
                    .into(),
            );
        }
        let code = match &x.code {
            None => CodeScope::Any,
            Some(s) => parse_scope(s.value.trim()).unwrap_or_else(|message| {
                report(s.referenced, message);
                CodeScope::Any
            }),
        };
        let mut phrases = Vec::new();
        let mut places = Vec::new();
        match &x.phrases {
            None => report(at, "`phrases` is missing".into()),
            Some(list) if list.value.is_empty() => {
                report(list.referenced, "`phrases` is empty".into());
            }
            Some(list) => {
                for p in &list.value {
                    if p.value.trim().is_empty() {
                        report(p.referenced, "empty phrase".into());
                    } else if p.value.len() < MIN_PHRASE_BYTES {
                        // Shorter phrases match nearly any text; the matcher in
                        // ndr-bounce also indexes phrases by their first three bytes.
                        report(
                            p.referenced,
                            format!(
                                "phrase \"{}\" is shorter than {MIN_PHRASE_BYTES} bytes",
                                p.value
                            ),
                        );
                    } else if phrases
                        .iter()
                        .any(|q: &String| q.eq_ignore_ascii_case(&p.value))
                    {
                        report(
                            p.referenced,
                            format!("duplicate phrase \"{}\" in the same rule", p.value),
                        );
                    } else {
                        phrases.push(p.value.clone());
                        places.push(p.referenced);
                    }
                }
            }
        }
        let source = match &x.source {
            Some(s) if !s.value.trim().is_empty() => {
                s.value.split_whitespace().collect::<Vec<_>>().join(" ")
            }
            Some(s) => {
                report(s.referenced, "`source` is empty".into());
                String::new()
            }
            None => {
                report(
                    at,
                    "`source` is missing: cite where the wording comes from".into(),
                );
                String::new()
            }
        };
        rules.push(Rule {
            id,
            reason,
            hosts,
            code,
            phrases,
            source,
            line: at.line(),
        });
        phrase_places.push(places);
    }
    check_reachable(&rules, &phrase_places, r);
    rules
}

/// Whether rule `a`'s hosts admit everything rule `b`'s do.
fn hosts_cover(a: &Rule, b: &Rule) -> bool {
    a.hosts.is_empty()
        || (!b.hosts.is_empty()
            && b.hosts
                .iter()
                .all(|h| a.hosts.iter().any(|g| h.contains(g.as_str()))))
}

/// Reports phrases that can never decide: an earlier rule with the same or a wider scope has
/// a phrase inside them (so it matches wherever they do, and wins by coming first), or the same
/// phrase under the same scope.
fn check_reachable(rules: &[Rule], places: &[Vec<Location>], r: &mut Reporter) {
    for (j, b) in rules.iter().enumerate() {
        for (k, phrase) in b.phrases.iter().enumerate() {
            let lower = phrase.to_ascii_lowercase();
            let at = places[j].get(k).copied().unwrap_or(Location::UNKNOWN);
            let earlier = rules[..j].iter().find_map(|a| {
                if !(hosts_cover(a, b) && b.code.within(a.code)) {
                    return None;
                }
                a.phrases
                    .iter()
                    .find(|q| lower.contains(q.to_ascii_lowercase().as_str()))
                    .map(|q| (a, q))
            });
            if let Some((a, q)) = earlier {
                let what = if q.eq_ignore_ascii_case(phrase) {
                    format!(
                        "duplicate phrase \"{phrase}\": rule {} (line {}) has it with the same or a wider scope, so this one can never match",
                        a.id, a.line
                    )
                } else {
                    format!(
                        "phrase \"{phrase}\" is shadowed by rule {} (line {}): its phrase \"{q}\" matches wherever this one does",
                        a.id, a.line
                    )
                };
                r.report(at, None, format!("rule {}: {what}", b.id));
            }
        }
    }
}

/// Prefixes a YAML error that lies inside the `rules` section with the rule it is in.
pub(crate) fn label_yaml_error(text: &str, line: u64, message: String) -> String {
    let mut in_rules = false;
    let mut current: Option<&str> = None;
    for (n, l) in text.lines().enumerate() {
        if n as u64 + 1 > line {
            break;
        }
        if !l.starts_with([' ', '-', '#']) && !l.is_empty() {
            in_rules = l.trim_end() == "rules:";
            current = None;
        } else if in_rules && let Some(rest) = l.trim_start().strip_prefix("- id:") {
            current = Some(rest.trim());
        }
    }
    match current {
        Some(id) if in_rules => format!("rule {id}: {message}"),
        _ => message,
    }
}

fn reason_variant(catalog: &Catalog, id: &str) -> proc_macro2::Ident {
    let variant = catalog
        .reasons
        .iter()
        .find(|r| r.id == id)
        .map_or_else(|| "Undefined".to_owned(), ReasonInfo::variant);
    format_ident!("{}", variant)
}

/// The Rust tables `ndr-bounce` includes from its build script:
/// `RULES: [RuleRow; N]` in catalog order, `PHRASES: [(&[u8], u16); M]` (phrase bytes and
/// the index of their rule) and `STATUS_RULES: [(u32, &str); K]` (the rule name of each
/// entry). `RuleRow`, `Scope` and `Reason` must be in scope where the file is included.
pub fn generate_rust(catalog: &Catalog) -> String {
    let rows = catalog.rules.iter().map(|rule| {
        let id = &rule.id;
        let reason = reason_variant(catalog, &rule.reason);
        let hosts = rule
            .hosts
            .iter()
            .map(|h| Literal::byte_string(h.as_bytes()));
        let scope = match rule.code {
            CodeScope::Any => quote! { Scope::Any },
            CodeScope::Prefix { class, subject } => {
                let key = Literal::u32_unsuffixed(u32::from(class) * 1_000 + u32::from(subject));
                quote! { Scope::Prefix(#key) }
            }
            CodeScope::Exact {
                class,
                subject,
                detail,
            } => {
                let key = Literal::u32_unsuffixed(super::code_value(class, subject, detail));
                quote! { Scope::Exact(#key) }
            }
        };
        quote! {
            RuleRow { id: #id, reason: Reason::#reason, scope: #scope, hosts: &[#(#hosts),*] }
        }
    });
    let phrases = catalog.rules.iter().enumerate().flat_map(|(i, rule)| {
        let index = Literal::u16_unsuffixed(u16::try_from(i).unwrap_or(u16::MAX));
        rule.phrases.iter().map(move |p| {
            let bytes = Literal::byte_string(p.as_bytes());
            quote! { (#bytes, #index) }
        })
    });
    let status_rows = catalog.entries.iter().map(|e| {
        let key = Literal::u32_unsuffixed(e.value());
        let name = format!("status:{}", e.notation());
        quote! { (#key, #name) }
    });
    let status_count = Literal::usize_unsuffixed(catalog.entries.len());
    let rule_count = Literal::usize_unsuffixed(catalog.rules.len());
    let phrase_count =
        Literal::usize_unsuffixed(catalog.rules.iter().map(|r| r.phrases.len()).sum());
    let tokens: TokenStream = quote! {
        /// Every rule, in catalog order (host rules first).
        pub(crate) static RULES: [RuleRow; #rule_count] = [ #(#rows),* ];
        /// Every phrase with the index of its rule in `RULES`.
        pub(crate) static PHRASES: [(&[u8], u16); #phrase_count] = [ #(#phrases),* ];
        /// The rule name of each catalog entry, `status:5.1.1` or `status:5.7.606-649`, by the
        /// numeric key of its (first) code, in code order.
        pub(crate) static STATUS_RULES: [(u32, &str); #status_count] = [ #(#status_rows),* ];
    };
    super::rust_file(tokens)
}

/// The Markdown section that shows the rules beside their reasons.
pub fn markdown(catalog: &Catalog) -> String {
    let mut out = String::from(
        "## Rules\n\nThe reason of a bounce comes first from what the server said: a rule for the \
         remote host, then a phrase rule, then the code's own reason, then the class. The rules \
         are listed under the reason they give, in the order they are tried; phrases match \
         case-insensitively anywhere in the text.\n\n",
    );
    for reason in &catalog.reasons {
        let rules: Vec<_> = catalog
            .rules
            .iter()
            .filter(|r| r.reason == reason.id)
            .collect();
        if rules.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### `{}` {}\n", reason.id, reason.title);
        out += "| Rule | Host | Code | Phrases | Source |\n|---|---|---|---|---|\n";
        for rule in rules {
            let phrases: Vec<String> = rule
                .phrases
                .iter()
                .map(|p| format!("\"{}\"", p.replace('|', "\\|")))
                .collect();
            let _ = writeln!(
                out,
                "| `{}` | {} | {} | {} | {} |",
                rule.id,
                rule.hosts.join(", "),
                rule.code.notation(),
                phrases.join(", "),
                rule.source.replace('|', "\\|")
            );
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes() {
        assert_eq!(
            parse_scope("5.7"),
            Ok(CodeScope::Prefix {
                class: 5,
                subject: 7
            })
        );
        assert!(parse_scope("5.7.1").is_ok());
        for bad in ["3.1", "5", "5.07", "5.7.1.1", "x"] {
            assert!(parse_scope(bad).is_err(), "{bad}");
        }
        let exact = parse_scope("5.7.1").unwrap();
        assert!(exact.within(parse_scope("5.7").unwrap()));
        assert!(exact.within(CodeScope::Any));
        assert!(!CodeScope::Any.within(exact));
        assert!(!parse_scope("5.7").unwrap().within(exact));
    }
}
