//! The JSON shapes of catalog entries and explanations, shared by every command's `--json`.

use ndr_codes::{Explanation, Status};
use serde_json::{Value, json};

/// Everything the catalog says about an entry.
pub fn entry(status: Status) -> Value {
    json!({
        "code": status.as_str(),
        "notation": status.notation(),
        "name": status.name(),
        "title": status.title(),
        "class": status.class().number(),
        "subject": status.subject().number(),
        "description": status.description(),
        "applies_to": status.applies_to(),
        "meanings": status
            .meanings()
            .iter()
            .map(|m| json!({ "systems": m.systems, "meaning": m.meaning }))
            .collect::<Vec<_>>(),
        "exchange": status.exchange(),
        "remedy": status.remedy(),
        "sender": status.sender(),
        "note": status.note(),
        "actor": status.actor().as_str(),
        "reason": { "id": status.reason().as_str(), "title": status.reason().title() },
        "origin": status.origin().as_str(),
        "smtp_replies": status.smtp_replies(),
        "diagnostics": status.diagnostics(),
        "references": status.references(),
    })
}

/// An explanation: the level it answers from, the class and subject, and the entry used.
pub fn explanation(explanation: &Explanation) -> Value {
    let code = explanation.code();
    let class = explanation.class();
    let subject = explanation.subject();
    json!({
        "code": code.to_string(),
        "level": explanation.level().as_str(),
        "title": explanation.title(),
        "description": explanation.description(),
        "remedy": explanation.remedy(),
        "class": { "number": class.number(), "title": class.title(), "description": class.description() },
        "subject": {
            "number": code.subject_number(),
            "title": subject.map(|s| s.title()),
            "description": subject.map(|s| s.description()),
        },
        "entry": explanation.status().map(entry),
    })
}

#[cfg(test)]
mod tests {
    use ndr_codes::{Code, Level};

    use super::*;

    #[test]
    fn every_entry_has_its_fields() {
        for status in Status::ALL {
            let value = entry(status);
            assert_eq!(value["code"], status.as_str());
            assert_eq!(value["reason"]["id"], status.reason().as_str());
            assert!(
                value["smtp_replies"]
                    .as_array()
                    .is_some_and(|a| !a.is_empty())
            );
        }
    }

    #[test]
    fn explanation_without_an_entry() {
        let code: Code = "5.9.999".parse().unwrap();
        let value = explanation(&code.explain());
        assert_eq!(value["level"], Level::Class.as_str());
        assert_eq!(value["entry"], Value::Null);
        assert_eq!(value["subject"]["number"], 9);
        assert_eq!(value["subject"]["title"], Value::Null);
        assert_eq!(value["class"]["number"], 5);
    }
}
