//! The rules of the catalog (`rules:`: reasons from a reply's words), shown beside the reason
//! they give.

use std::fmt::Write;

use super::html::{attr, escape, reference};
use crate::catalog::Catalog;
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
