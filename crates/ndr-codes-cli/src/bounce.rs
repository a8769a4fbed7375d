//! `ndr bounce [PATH...]`: reads bounce messages (files, mbox, maildir, directories, `.gz`,
//! standard input) and tells, per failed recipient, the code, the reason, where both came
//! from, what the remote server said and what to do.

use std::{
    collections::BTreeMap,
    io::{self, Write},
};

use ndr_bounce::{Bounce, Kind, Recipient};
use serde_json::{Value, json};

use crate::{Options, Outcome, progress::Progress};

/// What `ndr bounce` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// One block per recipient for people (or one JSON object per recipient with `--json`).
    Recipients,
    /// Counts by reason, code and recipient domain.
    Summary,
}

/// Counts for `--summary`.
#[derive(Default)]
struct Summary {
    messages: u64,
    bounces: u64,
    recipients: u64,
    by_reason: BTreeMap<String, u64>,
    by_code: BTreeMap<String, u64>,
    by_domain: BTreeMap<String, u64>,
}

impl Summary {
    fn add(&mut self, r: &Recipient) {
        self.recipients += 1;
        *self
            .by_reason
            .entry(r.reason().as_str().to_owned())
            .or_default() += 1;
        let code = r
            .code()
            .map_or_else(|| "none".to_owned(), |c| c.to_string());
        *self.by_code.entry(code).or_default() += 1;
        let domain = r
            .address()
            .rsplit_once('@')
            .map_or("", |(_, d)| d)
            .to_ascii_lowercase();
        *self.by_domain.entry(domain).or_default() += 1;
    }
}

/// Reads every message under `paths` (`-` or none: standard input) and prints the view.
pub fn run(
    paths: &[String],
    view: View,
    options: &Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Outcome> {
    let stdin = ["-".to_owned()];
    let paths = if paths.is_empty() { &stdin[..] } else { paths };
    let mut progress = Progress::new(None);
    let mut summary = Summary::default();
    let mut unreadable = false;
    let mut bytes = 0u64;
    for path in paths {
        for item in ndr_bounce::read(path) {
            let (source, raw) = match item {
                Ok(message) => message,
                Err(e) => {
                    progress.finish();
                    writeln!(err, "ndr: {e}")?;
                    unreadable = true;
                    continue;
                }
            };
            summary.messages += 1;
            bytes += raw.len() as u64;
            progress.update(bytes, &format!("{} messages", summary.messages));
            let bounce = match ndr_bounce::parse(&raw) {
                Ok(b) => b,
                Err(e) => {
                    progress.finish();
                    writeln!(err, "ndr: {source}: {e}")?;
                    continue;
                }
            };
            if bounce.recipients().is_empty() {
                continue;
            }
            summary.bounces += 1;
            for (i, r) in bounce.recipients().iter().enumerate() {
                summary.add(r);
                if view == View::Recipients {
                    if options.json {
                        writeln!(out, "{}", recipient_json(&source, i + 1, &bounce, r))?;
                    } else {
                        progress.finish();
                        write_block(out, &source, &bounce, r, options)?;
                    }
                }
            }
        }
    }
    progress.finish();
    if view == View::Summary {
        write_summary(out, &summary, options)?;
    }
    Ok(if unreadable {
        Outcome::Failed
    } else if summary.recipients > 0 {
        Outcome::Found
    } else {
        Outcome::NothingFound
    })
}

/// The catalog title for the recipient's code (the closest entry for an unknown code).
fn title(r: &Recipient) -> Option<&'static str> {
    r.code().map(|c| c.explain().title())
}

/// One JSON Lines object, with the keys of the contract.
pub fn recipient_json(source: &str, index: usize, bounce: &Bounce, r: &Recipient) -> Value {
    json!({
        "source": source,
        "index": index,
        "kind": bounce.kind().as_str(),
        "format": bounce.format().as_str(),
        "recipient": r.address(),
        "original_recipient": r.original_address(),
        "action": r.action().map(|a| a.as_str()),
        "status": r.code().map(|c| c.to_string()),
        "status_source": r.status_source().map(|s| s.as_str()),
        "reply_code": r.reply_code(),
        "diagnostic": r.diagnostic(),
        "remote_mta": r.remote_mta(),
        "reporting_mta": bounce.reporting_mta(),
        "command": r.command(),
        "reason": r.reason().as_str(),
        "hard": r.is_hard(),
        "rule": r.rule(),
        "title": title(r),
    })
}

/// The first sentence of a remedy: the first thing to do.
fn first_step(remedy: &str) -> &str {
    match remedy.find(". ") {
        Some(end) => &remedy[..=end],
        None => remedy,
    }
}

fn write_block(
    out: &mut dyn Write,
    source: &str,
    bounce: &Bounce,
    r: &Recipient,
    options: &Options,
) -> io::Result<()> {
    let style = &options.style;
    let kind = bounce.kind();
    writeln!(
        out,
        "{}  {}",
        style.bold(r.address()),
        style.dim(&format!(
            "{source} ({}, {})",
            kind.as_str(),
            bounce.format().as_str()
        ))
    )?;
    if matches!(kind, Kind::Feedback | Kind::AutoReply) {
        writeln!(out, "  {} ({})", kind.as_str(), r.rule())?;
        return writeln!(out);
    }
    match r.code() {
        Some(code) => {
            let explanation = code.explain();
            let text = format!("{code} {}", explanation.title());
            writeln!(out, "  code     {}", style.class(code.class(), &text))?;
        }
        None => writeln!(out, "  code     none in the message")?,
    }
    let hardness = if r.is_hard() { "hard" } else { "soft" };
    writeln!(
        out,
        "  reason   {} ({hardness}): {}",
        r.reason().as_str(),
        r.reason().title()
    )?;
    let from = r.status_source().map_or("-", |s| s.as_str());
    writeln!(out, "  from     {from}; rule {}", r.rule())?;
    if let Some(command) = r.command() {
        writeln!(out, "  command  {command}")?;
    }
    if r.remote_mta().is_some() || !r.diagnostic().is_empty() {
        let host = r.remote_mta().unwrap_or("remote server");
        let said: String = r.diagnostic().chars().take(300).collect();
        writeln!(out, "  server   {host}: \"{said}\"")?;
    }
    if let Some(remedy) = r.code().and_then(|c| c.explain().remedy()) {
        writeln!(out, "  do       {}", first_step(remedy))?;
    }
    writeln!(out)
}

fn write_summary(out: &mut dyn Write, s: &Summary, options: &Options) -> io::Result<()> {
    let sorted = |m: &BTreeMap<String, u64>| {
        let mut v: Vec<(String, u64)> = m.iter().map(|(k, n)| (k.clone(), *n)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v
    };
    if options.json {
        let table = |m: &BTreeMap<String, u64>| {
            sorted(m)
                .into_iter()
                .map(|(k, n)| json!({"key": k, "count": n}))
                .collect::<Vec<_>>()
        };
        let value = json!({
            "messages": s.messages,
            "bounces": s.bounces,
            "recipients": s.recipients,
            "by_reason": table(&s.by_reason),
            "by_code": table(&s.by_code),
            "by_domain": table(&s.by_domain),
        });
        return writeln!(out, "{value}");
    }
    writeln!(
        out,
        "{} messages, {} with recipients, {} recipients",
        s.messages, s.bounces, s.recipients
    )?;
    for (heading, table) in [
        ("reason", &s.by_reason),
        ("code", &s.by_code),
        ("recipient domain", &s.by_domain),
    ] {
        writeln!(out, "\n{}", options.style.bold(&format!("by {heading}")))?;
        for (key, n) in sorted(table) {
            writeln!(out, "{n:>8}  {key}")?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_step_is_the_first_sentence() {
        assert_eq!(
            first_step("Check the address. Then resend."),
            "Check the address."
        );
        assert_eq!(first_step("Check the address"), "Check the address");
    }
}
