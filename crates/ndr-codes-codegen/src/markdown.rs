//! Emits `docs/catalog.md`, the reference a person reads: every entry grouped by class and
//! subject, with the Exchange notes, then the reason taxonomy.

use std::fmt::Write;

use super::catalog::{Catalog, Entry};
use super::fields::{FIELDS, Field, Kind, Place, Value};

/// A GitHub-style heading anchor: lower case, spaces to `-`, punctuation dropped.
fn anchor(heading: &str) -> String {
    heading
        .chars()
        .filter_map(|c| match c {
            'a'..='z' | '0'..='9' | '-' | '_' => Some(c),
            'A'..='Z' => Some(c.to_ascii_lowercase()),
            ' ' => Some('-'),
            _ => None,
        })
        .collect()
}

/// Escapes the characters that would break a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

fn class_heading(catalog: &Catalog, class: u8) -> String {
    let title = catalog
        .classes
        .iter()
        .find(|c| c.class == class)
        .map_or("", |c| c.title.as_str());
    format!("Class {class}: {title}")
}

/// A field's value for an entry as Markdown text, `None` when the entry leaves it out.
fn show(field: &Field, e: &Entry, catalog: &Catalog) -> Option<String> {
    let code = field.place == (Place::Footer { code: true });
    let items = |items: Vec<String>| {
        (!items.is_empty()).then(|| {
            if code {
                items
                    .iter()
                    .map(|t| format!("`{t}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            } else {
                items.join("; ")
            }
        })
    };
    match (field.read)(e) {
        Value::Text(text) => Some(text.to_owned()),
        Value::OptionalText(text) => text.map(str::to_owned),
        Value::List(list) => items(list.to_vec()),
        Value::Numbers(numbers) => Some(
            numbers
                .iter()
                .map(u16::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        // A reason is shown with its title: `User unknown (`user-unknown`)`.
        Value::Enum { id, .. } => {
            let is_reason =
                matches!(field.kind, Kind::Enum { rust_type, .. } if rust_type == "Reason");
            let reason = catalog.reasons.iter().find(|r| r.id == id);
            Some(match reason {
                Some(reason) if is_reason => format!("{} (`{id}`)", reason.title),
                _ => id.to_owned(),
            })
        }
    }
}

fn write_entry(out: &mut String, e: &Entry, catalog: &Catalog) {
    let _ = writeln!(out, "#### `{}` {}\n", e.notation(), e.title);
    let at = |place: Place| FIELDS.iter().filter(move |f| f.place == place);
    for field in at(Place::Lead) {
        if let Some(text) = show(field, e, catalog) {
            let _ = writeln!(out, "{text}\n");
        }
    }
    for field in at(Place::Paragraph) {
        if let Some(text) = show(field, e, catalog) {
            let _ = writeln!(out, "**{}:** {text}\n", field.label);
        }
    }
    let columns: Vec<_> = at(Place::Column).collect();
    let mut heads: Vec<&str> = columns.iter().map(|f| f.label).collect();
    heads.push("Identifier");
    let mut cells: Vec<String> = columns
        .iter()
        .map(|f| cell(&show(f, e, catalog).unwrap_or_default()))
        .collect();
    cells.push(format!("`{}`", e.id));
    let _ = writeln!(
        out,
        "| {} |\n|{}\n| {} |\n",
        heads.join(" | "),
        "---|".repeat(heads.len()),
        cells.join(" | ")
    );
    for field in FIELDS {
        if let Place::Footer { .. } = field.place
            && let Some(text) = show(field, e, catalog)
        {
            let _ = writeln!(out, "{}: {text}\n", field.label);
        }
    }
}

/// The whole Markdown reference.
pub fn generate(catalog: &Catalog) -> String {
    let mut out = super::generated_banner("<!--").trim_end().to_owned() + " -->\n";
    out += "# Enhanced status code reference\n\n";
    let _ = writeln!(
        out,
        "{} entries: every code of the IANA registry in the classes it is used in, and the codes \
         Exchange Server and Exchange Online put in their non-delivery reports, each with what it \
         means, what Exchange means by it where that differs, and what to do. This page is \
         generated from `catalog.yaml` (format: [catalog-format.md](catalog-format.md)); edit \
         that file, not this one.\n",
        catalog.entries.len()
    );
    out += "## Contents\n\n";
    for class in &catalog.classes {
        let heading = class_heading(catalog, class.class);
        let _ = writeln!(out, "- [{heading}](#{})", anchor(&heading));
    }
    out += "- [Reasons](#reasons)\n";
    if !catalog.rules.is_empty() {
        out += "- [Rules](#rules)\n";
    }
    out.push('\n');

    for class in &catalog.classes {
        let _ = writeln!(
            out,
            "## {}\n\n{}\n",
            class_heading(catalog, class.class),
            class.description
        );
        for subject in &catalog.subjects {
            let entries: Vec<&Entry> = catalog
                .entries
                .iter()
                .filter(|e| e.class == class.class && e.subject == subject.subject)
                .collect();
            if entries.is_empty() {
                continue;
            }
            let _ = writeln!(
                out,
                "### {}.{}.x {}\n\n{}\n",
                class.class, subject.subject, subject.title, subject.description
            );
            for e in entries {
                write_entry(&mut out, e, catalog);
            }
        }
    }

    out += "## Reasons\n\nEvery entry is filed under one bounce reason. The Sisimai column names the \
            reasons of [Sisimai](https://libsisimai.org/en/reason/) each one corresponds to.\n\n";
    out += "| Reason | Title | When | Sisimai |\n|---|---|---|---|\n";
    for r in &catalog.reasons {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} |",
            r.id,
            cell(&r.title),
            cell(&r.description),
            r.sisimai.join(", ")
        );
    }
    if !catalog.rules.is_empty() {
        out.push('\n');
        out += &super::rules::markdown(catalog);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::anchor;

    #[test]
    fn anchors_follow_github() {
        assert_eq!(
            anchor("Class 5: Permanent failure"),
            "class-5-permanent-failure"
        );
    }
}
