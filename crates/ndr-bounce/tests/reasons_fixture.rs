//! Every case of `tests/reasons.txt` (TEXT, TAB, REASON, optionally TAB, REMOTE-HOST) classifies
//! to its reason. The same file is read by the C and Python suites.

use ndr_bounce::{Context, classify_with};
use ndr_codes::Reason;

#[test]
fn every_line_of_the_fixture_gives_its_reason() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/reasons.txt");
    let text = std::fs::read_to_string(path).expect("tests/reasons.txt is readable");
    let mut cases = 0;
    let mut failures = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut fields = line.split('\t');
        let (Some(input), Some(expected)) = (fields.next(), fields.next()) else {
            panic!("tests/reasons.txt:{}: expected TEXT<TAB>REASON", n + 1);
        };
        let host = fields.next();
        let expected = Reason::from_id(expected)
            .unwrap_or_else(|| panic!("tests/reasons.txt:{}: unknown reason {expected:?}", n + 1));
        cases += 1;
        let got = classify_with(&Context {
            text: input.as_bytes(),
            remote_host: host.map(str::as_bytes),
            ..Context::default()
        });
        if got.reason != expected {
            failures.push(format!(
                "tests/reasons.txt:{}: expected {expected}, got {} (rule {}): {input}",
                n + 1,
                got.reason,
                got.rule
            ));
        }
    }
    assert!(cases >= 300, "only {cases} cases");
    assert!(
        failures.is_empty(),
        "{} of {cases} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_reason_with_rules_is_in_the_fixture() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/reasons.txt"
    ))
    .expect("tests/reasons.txt is readable");
    for reason in Reason::ALL {
        if matches!(reason, Reason::Undefined | Reason::Filtered) {
            continue;
        }
        let tab = format!("\t{}", reason.as_str());
        assert!(
            text.lines()
                .any(|l| l.ends_with(&tab) || l.contains(&format!("{tab}\t"))),
            "no case for reason {reason}"
        );
    }
}
