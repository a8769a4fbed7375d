//! The rules of the catalog (`rules:`: reasons from a reply's words), shown beside the reason
//! they give.

use std::fmt::Write;

use super::html::{attr, escape, reference};
use crate::catalog::{Catalog, Entry};
use crate::rules::{CodeScope, Rule};

/// Which codes a rule is limited to, in words.
fn scope(code: CodeScope) -> String {
    match code {
        CodeScope::Any => String::new(),
        CodeScope::Prefix { class, subject } => format!("codes {class}.{subject}.x"),
        CodeScope::Exact {
            class,
            subject,
            detail,
        } => format!("code {class}.{subject}.{detail}"),
    }
}

/// The rules that file text under a reason (`rules:` of the catalog), beside the reason.
pub(super) fn render(out: &mut String, catalog: &Catalog, reason: &str) {
    let rules: Vec<&Rule> = catalog
        .rules
        .iter()
        .filter(|r| r.reason == reason)
        .collect();
    if rules.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<dd class=\"rules\"><details><summary>{} rule{} from text</summary><ul>",
        rules.len(),
        if rules.len() == 1 { "" } else { "s" }
    );
    for rule in rules {
        let phrases: Vec<String> = rule
            .phrases
            .iter()
            .map(|p| format!("“{}”", escape(p)))
            .collect();
        let mut limits = Vec::new();
        let code = scope(rule.code);
        if !code.is_empty() {
            limits.push(code);
        }
        if !rule.hosts.is_empty() {
            limits.push(format!("hosts {}", escape(&rule.hosts.join(", "))));
        }
        let limits = if limits.is_empty() {
            String::new()
        } else {
            format!(" <span class=\"limits\">({})</span>", limits.join("; "))
        };
        let _ = write!(
            out,
            "<li id=\"rule-{id}\"><code>{id}</code>: {}{limits}\
             <span class=\"source\">Source: {}</span></li>",
            phrases.join(", "),
            reference(&rule.source),
            id = attr(&rule.id),
        );
    }
    out.push_str("</ul></details></dd>");
}

/// The rules written for exactly this code (or a code of this range), listed on its entry with
/// links to where they are shown in full: the reply's words can give another reason than the
/// code's, and this says when.
pub(super) fn for_entry(out: &mut String, catalog: &Catalog, entry: &Entry) {
    let links: Vec<String> = catalog
        .rules
        .iter()
        .filter(|rule| match rule.code {
            CodeScope::Exact {
                class,
                subject,
                detail,
            } => {
                class == entry.class
                    && subject == entry.subject
                    && (entry.detail..=entry.last_detail).contains(&detail)
            }
            CodeScope::Any | CodeScope::Prefix { .. } => false,
        })
        .map(|rule| {
            let reason = catalog
                .reasons
                .iter()
                .find(|r| r.id == rule.reason)
                .map_or(rule.reason.as_str(), |r| r.title.as_str());
            let hosts = if rule.hosts.is_empty() {
                String::new()
            } else {
                format!(" from {}", escape(&rule.hosts.join(", ")))
            };
            format!(
                "<li>{}{hosts}: {} (<a href=\"#rule-{id}\">rule {id}</a>)</li>",
                rule.phrases
                    .iter()
                    .map(|p| format!("“{}”", escape(p)))
                    .collect::<Vec<_>>()
                    .join(" or "),
                escape(reason),
                id = attr(&rule.id),
            )
        })
        .collect();
    if !links.is_empty() {
        let _ = writeln!(
            out,
            "<dt>If the reply says</dt><dd class=\"reply-rules\"><ul>{}</ul></dd>",
            links.concat()
        );
    }
}
