//! `ndr list [--class 2|4|5] [--subject N] [--reason R]`: the catalog as a table.

use std::io::{self, Write};

use ndr_codes::{Class, Reason, Status};
use serde_json::json;

use crate::{Options, Outcome, json};

/// Which entries to list; `None` means any.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only this class.
    pub class: Option<Class>,
    /// Only this subject number.
    pub subject: Option<u16>,
    /// Only this bounce reason.
    pub reason: Option<Reason>,
}

impl Filter {
    /// Whether `status` passes.
    pub fn accepts(&self, status: Status) -> bool {
        self.class.is_none_or(|c| status.class() == c)
            && self.subject.is_none_or(|s| status.subject().number() == s)
            && self.reason.is_none_or(|r| status.reason() == r)
    }
}

/// Reads a `--reason` value, or says which reasons there are.
pub fn parse_reason(id: &str) -> Result<Reason, String> {
    Reason::from_id(id).ok_or_else(|| {
        let known: Vec<&str> = Reason::ALL.iter().map(|r| r.as_str()).collect();
        format!("unknown reason `{id}`; use one of: {}", known.join(", "))
    })
}

/// Reads a `--class` value: 2, 4 or 5.
pub fn parse_class(text: &str) -> Result<Class, String> {
    text.parse::<u8>()
        .ok()
        .and_then(Class::from_number)
        .ok_or_else(|| {
            format!("unknown class `{text}`; use 2 (success), 4 (transient) or 5 (permanent)")
        })
}

/// Lists the entries that pass `filter`.
pub fn run(
    filter: &Filter,
    options: &Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Outcome> {
    let entries: Vec<Status> = Status::ALL
        .into_iter()
        .filter(|s| filter.accepts(*s))
        .collect();
    if options.json {
        let list: Vec<_> = entries.iter().map(|s| json::entry(*s)).collect();
        writeln!(
            out,
            "{:#}",
            json!({ "count": entries.len(), "entries": list })
        )?;
    } else if !entries.is_empty() {
        let code_width = entries
            .iter()
            .map(|s| s.notation().len())
            .max()
            .unwrap_or(0)
            .max(4);
        let reason_width = entries
            .iter()
            .map(|s| s.reason().as_str().len())
            .max()
            .unwrap_or(0)
            .max(6);
        let header = format!(
            "{:<code_width$}  {:<reason_width$}  {:<15}  TITLE",
            "CODE", "REASON", "WHO ACTS"
        );
        writeln!(out, "{}", options.style.dim(&header))?;
        for status in &entries {
            let code = format!("{:<code_width$}", status.notation());
            writeln!(
                out,
                "{}  {:<reason_width$}  {:<15}  {}",
                options.style.class(status.class(), &code),
                status.reason().as_str(),
                status.actor().as_str(),
                status.title()
            )?;
        }
    }
    if entries.is_empty() {
        writeln!(
            err,
            "ndr: no catalog entry matches these filters; try fewer of --class, --subject, --reason"
        )?;
        return Ok(Outcome::NothingFound);
    }
    Ok(Outcome::Found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::style::Style;

    fn list(filter: Filter) -> (Outcome, String) {
        let options = Options {
            json: false,
            style: Style::PLAIN,
        };
        let mut out = Vec::new();
        let outcome = run(&filter, &options, &mut out, &mut Vec::new()).unwrap();
        (outcome, String::from_utf8(out).unwrap())
    }

    #[test]
    fn lists_every_entry_once_with_a_header() {
        let (outcome, out) = list(Filter::default());
        assert_eq!(outcome, Outcome::Found);
        assert_eq!(out.lines().count(), Status::COUNT + 1);
        assert!(out.starts_with("CODE"));
        for status in Status::ALL {
            assert!(
                out.lines()
                    .any(|l| l.starts_with(status.notation()) && l.ends_with(status.title()))
            );
        }
    }

    #[test]
    fn filters_combine() {
        for status in Status::ALL {
            let filter = Filter {
                class: Some(status.class()),
                subject: Some(status.subject().number()),
                reason: Some(status.reason()),
            };
            let (_, out) = list(filter);
            assert!(
                out.lines()
                    .skip(1)
                    .all(|l| l.starts_with(&status.class().number().to_string())),
                "{out}"
            );
            assert!(out.contains(status.title()));
        }
        let none = Filter {
            class: Some(Class::Success),
            subject: Some(7),
            ..Filter::default()
        };
        let expected = Status::ALL.iter().filter(|s| none.accepts(**s)).count();
        let outcome = if expected == 0 {
            Outcome::NothingFound
        } else {
            Outcome::Found
        };
        assert_eq!(list(none).0, outcome);
    }

    #[test]
    fn bad_values_say_what_to_use() {
        assert!(parse_reason("nope").unwrap_err().contains("user-unknown"));
        assert_eq!(parse_class("4"), Ok(Class::TransientFailure));
        assert!(parse_class("3").unwrap_err().contains("2 (success)"));
    }
}
