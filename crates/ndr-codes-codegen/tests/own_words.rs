//! Catalog prose is written in our own words: no text field of an entry (description,
//! Exchange meaning, remedy, sender step, note, and any text field added later) may share a
//! run of 8 or more consecutive words with the text of IANA's registry
//! (`tests/iana/smtp-enhanced-status-codes.csv`). Words are compared lower-cased with
//! punctuation removed. Text inside double quotation marks is a quotation (a server reply, a
//! registry name) and is exempt; a run never reaches across a quotation.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use ndr_codes_codegen::fields::{FIELDS, Value};

/// Shortest run of shared words that counts as copied.
const RUN: usize = 8;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The words of a piece of text, lower-cased, punctuation dropped ("sender's" is "senders").
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || (c.is_ascii_punctuation() && c != '\''))
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The parts of catalog text outside double quotation marks (straight or curly), each to be
/// compared on its own so that no run spans a quotation.
fn unquoted(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut start, mut inside) = (0, false);
    for (at, c) in text.char_indices() {
        if matches!(c, '"' | '\u{201c}' | '\u{201d}') {
            if !inside {
                parts.push(&text[start..at]);
            }
            inside = !inside;
            start = at + c.len_utf8();
        }
    }
    if !inside {
        parts.push(&text[start..]);
    }
    parts
}

/// Every run of `RUN` consecutive words in the registry's text.
fn registry_runs(texts: &[String]) -> HashSet<Vec<String>> {
    texts
        .iter()
        .flat_map(|t| {
            let w = words(t);
            w.windows(RUN).map(<[String]>::to_vec).collect::<Vec<_>>()
        })
        .collect()
}

/// The longest stretches of `text` (outside quotations) made of registry runs, as text.
fn shared_runs(text: &str, registry: &HashSet<Vec<String>>) -> Vec<String> {
    let mut found = Vec::new();
    for part in unquoted(text) {
        let w = words(part);
        let mut i = 0;
        while i + RUN <= w.len() {
            if registry.contains(&w[i..i + RUN]) {
                let mut end = i + RUN;
                while end < w.len() && registry.contains(&w[end + 1 - RUN..=end]) {
                    end += 1;
                }
                found.push(w[i..end].join(" "));
                i = end;
            } else {
                i += 1;
            }
        }
    }
    found
}

/// The registry's prose: the Description column and the basic status code column (one row,
/// X.7.28, carries its explanation there).
fn registry_texts() -> Vec<String> {
    let path = workspace().join("tests/iana/smtp-enhanced-status-codes.csv");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let rows = ndr_codes_testdata::csv::rows(&text);
    let column = |name: &str| {
        rows[0]
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("the registry CSV has no {name:?} column"))
    };
    let (description, basic) = (
        column("Description"),
        column("Associated basic status code"),
    );
    rows[1..]
        .iter()
        .flat_map(|row| [row[description].clone(), row[basic].clone()])
        .collect()
}

#[test]
fn catalog_prose_shares_no_run_of_eight_words_with_the_registry() {
    let registry = registry_runs(&registry_texts());
    assert!(registry.len() > 500, "the registry CSV was read");
    let catalog =
        ndr_codes_codegen::load(workspace().join("catalog.yaml")).unwrap_or_else(|e| panic!("{e}"));
    let mut copied = Vec::new();
    let mut checked = HashSet::new();
    for entry in &catalog.entries {
        for field in FIELDS {
            let text = match (field.read)(entry) {
                Value::Text(text) | Value::OptionalText(Some(text)) => text,
                _ => continue,
            };
            checked.insert(field.name);
            for run in shared_runs(text, &registry) {
                copied.push(format!(
                    "catalog.yaml:{}: entry {} ({}) {}: \"{run}\"",
                    entry.line,
                    entry.notation(),
                    entry.id,
                    field.name
                ));
            }
        }
    }
    for prose in ["description", "exchange", "remedy", "note", "sender"] {
        assert!(checked.contains(prose), "the {prose} field was not checked");
    }
    assert!(
        copied.is_empty(),
        "{} field(s) copy the IANA registry's wording; rewrite them in our own words (or quote \
         them in quotation marks):\n{}",
        copied.len(),
        copied.join("\n")
    );
}

#[test]
fn a_run_of_eight_registry_words_is_found_whatever_the_case_and_punctuation() {
    let registry = registry_runs(&["The mailbox exists, but is not accepting messages.".into()]);
    assert_eq!(
        shared_runs(
            "Here THE mailbox exists but is not accepting messages!",
            &registry
        ),
        ["the mailbox exists but is not accepting messages"]
    );
    assert!(shared_runs("The mailbox exists, but it refuses messages.", &registry).is_empty());
}

#[test]
fn seven_shared_words_are_not_a_copy() {
    let registry = registry_runs(&["one two three four five six seven eight".into()]);
    assert!(shared_runs("one two three four five six seven", &registry).is_empty());
    assert_eq!(
        shared_runs("x one two three four five six seven eight y", &registry),
        ["one two three four five six seven eight"]
    );
}

#[test]
fn quoted_text_is_exempt_and_no_run_crosses_a_quotation() {
    let registry = registry_runs(&["one two three four five six seven eight nine".into()]);
    assert!(
        shared_runs(
            "It says \"one two three four five six seven eight\".",
            &registry
        )
        .is_empty()
    );
    assert!(shared_runs("one two three four \"x\" five six seven eight", &registry).is_empty());
    assert_eq!(
        shared_runs(
            "\u{201c}quoted\u{201d} one two three four five six seven eight nine",
            &registry
        ),
        ["one two three four five six seven eight nine"]
    );
}
