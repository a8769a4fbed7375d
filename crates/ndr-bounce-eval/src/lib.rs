//! Scoring [`ndr_bounce`] on a corpus laid out like `../shared/corpus/bounces`: `emails/` and
//! `expected.jsonl` (one line per message and recipient). Used by `cargo xtask eval-bounces`
//! and by this crate's corpus test, so both count the same way.
//!
//! Figures, each over the rows that have an expectation:
//! - recipients found: rows of real bounces (`expect_bounce`) for which a recipient is
//!   reported (matched by address, else by `recipient_index`);
//! - status: rows whose `status_kind` is `rfc3463`, where the code is exactly the expected one;
//!   rows whose expected code is Sisimai's own `X.0.9NN` (`sisimai-internal`) count as right
//!   when the code is none or generic (`X.0.0`);
//! - reason: bounce rows with a reason, where the expected Sisimai reason is among the
//!   Sisimai names of the reported reason (the catalog's mapping, `Reason::sisimai`);
//! - kinds: feedback reports, auto-replies and non-bounces recognised as such;
//! - a cause given: bounce rows whose expected reason names a cause (anything but Sisimai's
//!   `undefined` and `onhold`) and whose recipient is found, where the reported reason is not
//!   `undefined`. What a miss here means: the text named a cause and no rule or code saw it.

use std::{collections::BTreeMap, fmt::Write as _, fs, path::Path};

use ndr_bounce::{Kind, Recipient};
use serde_json::Value;

/// One figure: how many rows were right out of how many were scored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    /// Rows scored right.
    pub right: usize,
    /// Rows scored.
    pub total: usize,
}

impl Score {
    /// The share of right rows in percent (100 when nothing was scored).
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            self.right as f64 * 100.0 / self.total as f64
        }
    }

    fn count(&mut self, right: bool) {
        self.total += 1;
        self.right += usize::from(right);
    }
}

/// Every figure of one evaluation, and the misses behind them.
#[derive(Debug, Default)]
pub struct Report {
    /// Recipients found.
    pub found: Score,
    /// Exact status for rows with an RFC 3463 code.
    pub status: Score,
    /// No invented code for rows whose expected code is Sisimai-internal.
    pub generic: Score,
    /// Reason through the catalog's Sisimai mapping.
    pub reason: Score,
    /// A reason other than `undefined` where the expected reason names a cause.
    pub cause: Score,
    /// Kind of feedback reports, auto-replies and non-bounces.
    pub kind: Score,
    /// Hard/soft verdict agreeing with `hard_bounce` (for information).
    pub hard: Score,
    /// Messages that failed to parse at all.
    pub errors: usize,
    /// One line per miss: figure, file, expected, got.
    pub misses: Vec<String>,
}

impl Report {
    /// The summary table.
    pub fn table(&self) -> String {
        let mut out = String::from("figure            right / total      %   target\n");
        for (name, score, target) in [
            ("recipients found", self.found, "98"),
            ("status (rfc3463)", self.status, "97"),
            ("no invented code", self.generic, "-"),
            ("reason (sisimai)", self.reason, "90"),
            ("a cause given", self.cause, "-"),
            ("kind", self.kind, "-"),
            ("hard/soft", self.hard, "-"),
        ] {
            let _ = writeln!(
                out,
                "{name:<17} {:>5} / {:<5}  {:>6.2}   {target}",
                score.right,
                score.total,
                score.percent()
            );
        }
        let _ = writeln!(out, "parse errors      {}", self.errors);
        out
    }
}

/// What a file holds: one message, or several when it is an mbox (its recipients in order;
/// the kind of its first message).
struct FileResult {
    kind: Kind,
    recipients: Vec<Recipient>,
}

impl FileResult {
    fn kind(&self) -> Kind {
        self.kind
    }
    fn recipients(&self) -> &[Recipient] {
        &self.recipients
    }
}

/// Reads every message of `path` (through `ndr_bounce::read`, as `ndr bounce` does).
fn read_file(path: &Path) -> Option<FileResult> {
    let mut result: Option<FileResult> = None;
    for (_, raw) in ndr_bounce::read(path).flatten() {
        let Ok(bounce) = ndr_bounce::parse(&raw) else {
            continue;
        };
        let r = result.get_or_insert(FileResult {
            kind: bounce.kind(),
            recipients: Vec::new(),
        });
        r.recipients.extend_from_slice(bounce.recipients());
    }
    result
}

fn text<'v>(row: &'v Value, key: &str) -> &'v str {
    row.get(key).and_then(Value::as_str).unwrap_or("")
}

/// The reported recipient a row is about: by address, else by its 1-based index.
fn matching<'b>(bounce: &'b FileResult, row: &Value) -> Option<&'b Recipient> {
    let hint = text(row, "recipient_hint");
    if !hint.is_empty()
        && let Some(r) = bounce
            .recipients()
            .iter()
            .find(|r| r.address().eq_ignore_ascii_case(hint))
    {
        return Some(r);
    }
    let index = row
        .get("recipient_index")
        .and_then(Value::as_u64)
        .unwrap_or(1) as usize;
    bounce.recipients().get(index.saturating_sub(1))
}

fn describe(r: Option<&Recipient>) -> String {
    match r {
        None => "no recipient".to_owned(),
        Some(r) => format!(
            "{} code={} ({}) reason={} rule={} cmd={} diag={:?}",
            r.address(),
            r.code()
                .map(|c| c.to_string())
                .unwrap_or_else(|| "none".into()),
            r.status_source().map_or("-", |s| s.as_str()),
            r.reason(),
            r.rule(),
            r.command().unwrap_or("-"),
            r.diagnostic().chars().take(120).collect::<String>()
        ),
    }
}

/// Scores the parser on `dir` (holding `expected.jsonl` and `emails/`).
pub fn evaluate(dir: &Path) -> Result<Report, String> {
    let expected_path = dir.join("expected.jsonl");
    let expected = fs::read_to_string(&expected_path)
        .map_err(|e| format!("{}: {e}", expected_path.display()))?;
    let mut bounces: BTreeMap<String, Option<FileResult>> = BTreeMap::new();
    let mut report = Report::default();
    for (n, line) in expected
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let row: Value = serde_json::from_str(line)
            .map_err(|e| format!("{}:{}: {e}", expected_path.display(), n + 1))?;
        if row.get("has_expectation").and_then(Value::as_bool) == Some(false) {
            continue;
        }
        let file = text(&row, "file").to_owned();
        let bounce = bounces
            .entry(file.clone())
            .or_insert_with(|| read_file(&dir.join(&file)));
        let Some(bounce) = bounce.as_ref() else {
            report.errors += 1;
            report.misses.push(format!("ERROR  {file}: not read"));
            continue;
        };
        score_row(&row, &file, bounce, &mut report);
    }
    Ok(report)
}

fn score_row(row: &Value, file: &str, bounce: &FileResult, report: &mut Report) {
    let index = row
        .get("recipient_index")
        .and_then(Value::as_u64)
        .unwrap_or(1);
    let at = format!("{file}#{index}");
    let family = text(row, "family");
    let expected_kind = match family {
        "arf" => Some(Kind::Feedback),
        "rfc3834" => Some(Kind::AutoReply),
        "not-bounce" => Some(Kind::NotBounce),
        _ => None,
    };
    if let Some(kind) = expected_kind {
        let right = bounce.kind() == kind;
        report.kind.count(right);
        if !right {
            report.misses.push(format!(
                "KIND   {at}: expected {} got {}",
                kind.as_str(),
                bounce.kind().as_str()
            ));
        }
        return;
    }
    let recipient = matching(bounce, row);
    let got = describe(recipient);
    let is_bounce = row
        .get("expect_bounce")
        .and_then(Value::as_bool)
        .unwrap_or(true);
    if is_bounce {
        report.found.count(recipient.is_some());
        if recipient.is_none() {
            report.misses.push(format!(
                "FOUND  {at}: expected {} got {} recipients (kind {})",
                text(row, "recipient_hint"),
                bounce.recipients().len(),
                bounce.kind().as_str()
            ));
        }
    }
    let status = text(row, "status");
    match text(row, "status_kind") {
        "rfc3463" => {
            let ours = recipient
                .and_then(Recipient::code)
                .map(|c| c.to_string())
                .unwrap_or_default();
            let right = ours == status;
            report.status.count(right);
            if !right {
                report
                    .misses
                    .push(format!("STATUS {at}: expected {status} got {got}"));
            }
        }
        "sisimai-internal" => {
            let code = recipient.and_then(Recipient::code);
            let right = code.is_none_or(|c| c.subject_number() == 0 && c.detail() == 0);
            report.generic.count(right);
            if !right {
                report.misses.push(format!(
                    "INVENT {at}: expected none or generic (sisimai {status}) got {got}"
                ));
            }
        }
        _ => {}
    }
    let reason = text(row, "reason");
    if is_bounce && !reason.is_empty() && reason != "feedback" && reason != "vacation" {
        let right = recipient.is_some_and(|r| r.reason().sisimai().contains(&reason));
        report.reason.count(right);
        if !right {
            report
                .misses
                .push(format!("REASON {at}: expected {reason} got {got}"));
        }
        if let Some(r) = recipient
            && reason != "undefined"
            && reason != "onhold"
        {
            let given = r.reason() != ndr_codes::Reason::Undefined;
            report.cause.count(given);
            if !given {
                report.misses.push(format!(
                    "UNDEF  {at}: expected {reason}, a cause, got {got}"
                ));
            }
        }
        if let (Some(r), Some(hard)) = (recipient, row.get("hard_bounce").and_then(Value::as_bool))
        {
            report.hard.count(r.is_hard() == hard);
        }
    }
}
