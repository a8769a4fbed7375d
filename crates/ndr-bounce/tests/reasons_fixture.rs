//! Every case of `tests/reasons.txt` (TEXT, TAB, REASON, optionally TAB, REMOTE-HOST) classifies
//! to its reason. The same file is read by the C and Python suites.

use ndr_bounce::{Context, classify_with};
use ndr_codes::Reason;
use ndr_codes_testdata::fixtures::reason_cases;

#[test]
fn every_line_of_the_fixture_gives_its_reason() {
    let mut cases = 0;
    let mut failures = Vec::new();
    for case in reason_cases() {
        let expected = Reason::from_id(&case.reason).unwrap_or_else(|| {
            panic!(
                "tests/reasons.txt:{}: unknown reason {:?}",
                case.line, case.reason
            )
        });
        cases += 1;
        let got = classify_with(&Context {
            text: case.text.as_bytes(),
            remote_host: case.host.as_deref().map(str::as_bytes),
            ..Context::default()
        });
        if got.reason != expected {
            failures.push(format!(
                "tests/reasons.txt:{}: expected {expected}, got {} (rule {}): {}",
                case.line, got.reason, got.rule, case.text
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
    let cases = reason_cases();
    for reason in Reason::ALL {
        if matches!(reason, Reason::Undefined | Reason::Filtered) {
            continue;
        }
        assert!(
            cases.iter().any(|c| c.reason == reason.as_str()),
            "no case for reason {reason}"
        );
    }
}
