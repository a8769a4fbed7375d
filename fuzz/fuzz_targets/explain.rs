//! Explanations: `Code::explain` answers every well-formed code at the level it says; and
//! `ndr explain` on any text never panics, finds what its analysis finds, and prints valid JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ndr_codes::{Class, Code, Level, Status};
use ndr_codes_cli::{Options, Outcome, analysis, explain, style::Style};

fn check_code(code: Code) {
    let explanation = code.explain();
    assert_eq!(explanation.code(), code);
    assert!(!explanation.title().is_empty() && !explanation.description().is_empty());
    assert_eq!(
        explanation.remedy().is_some(),
        explanation.status().is_some()
    );
    match explanation.level() {
        Level::Exact => assert_eq!(explanation.status(), Some(Status::from_code(code).unwrap())),
        Level::OtherClass => {
            let other = code.with_class(code.class().other_failure().unwrap());
            assert_eq!(Status::from_code(code), None);
            assert_eq!(explanation.status(), Status::from_code(other));
        }
        Level::Subject => assert!(explanation.status().is_none() && code.subject().is_some()),
        Level::Class => assert!(explanation.status().is_none() && code.subject().is_none()),
    }
}

fuzz_target!(|data: &[u8]| {
    // The first bytes as a code: any class, subject and detail.
    if let [class, s1, s2, d1, d2, ..] = *data {
        let class = [
            Class::Success,
            Class::TransientFailure,
            Class::PermanentFailure,
        ][usize::from(class % 3)];
        let subject = u16::from_le_bytes([s1, s2]) % 1000;
        let detail = u16::from_le_bytes([d1, d2]) % 1000;
        check_code(Code::new(class, subject, detail).unwrap());
    }

    // The whole input as the text of `ndr explain`.
    let findings = analysis::analyse(data);
    for finding in &findings {
        for m in &finding.matches {
            let text = &data[m.span.clone()];
            match m.kind {
                analysis::MatchKind::Code => assert_eq!(Code::parse_bytes(text), Ok(finding.code)),
                analysis::MatchKind::Diagnostic => {
                    let status =
                        Status::from_diagnostic(std::str::from_utf8(text).unwrap()).unwrap();
                    assert_eq!(status.code(), finding.code);
                }
            }
        }
    }
    for json in [false, true] {
        let options = Options {
            json,
            style: Style::PLAIN,
        };
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let outcome = explain::run(data, &options, &mut out, &mut err).unwrap();
        assert_eq!(outcome == Outcome::Found, !findings.is_empty());
        if json && outcome != Outcome::Failed {
            let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
            assert_eq!(value["results"].as_array().unwrap().len(), findings.len());
        }
    }
});
