//! `classify` on the bounce corpus's diagnostic lines alone (DESIGN.md section 8): the reason it
//! gives must agree with the corpus's expected reason (Sisimai's, compared through each reason's
//! Sisimai names) for at least the figure asserted below.
//!
//! The corpus is `../shared/corpus/bounces` beside the repository; set `NDR_BOUNCE_CORPUS` to
//! another folder with an `expected.jsonl` (a held-out set) to score that instead.

use ndr_bounce::classify;

/// The share reached on the shared corpus (123 of 135 lines, 91.1%; asserted a little below
/// so that rule order does not make it flake); most misses are lines Sisimai files by context
/// the line lacks (`filtered` for a "User unknown" answered after DATA). A held-out set
/// (`NDR_BOUNCE_CORPUS`) must reach the 85%.
fn required() -> f64 {
    if std::env::var_os("NDR_BOUNCE_CORPUS").is_some() {
        0.85
    } else {
        0.90
    }
}

#[test]
fn diagnostic_lines_alone_agree_with_the_corpus() {
    let path = ndr_codes_testdata::fixtures::bounce_corpus().join("expected.jsonl");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
    let (mut total, mut agree) = (0usize, 0usize);
    let mut misses = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let row: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let hint = row["diagnostic_hint"].as_str().unwrap_or_default();
        let expected = row["reason"].as_str().unwrap_or_default();
        if hint.is_empty() || expected.is_empty() || row["has_expectation"] == false {
            continue;
        }
        total += 1;
        let got = classify(hint);
        if got.reason.sisimai().contains(&expected) {
            agree += 1;
        } else {
            misses.push(format!(
                "  expected {expected}, got {} ({}): {hint}",
                got.reason, got.rule
            ));
        }
    }
    assert!(
        total >= 100,
        "only {total} diagnostic lines in {}",
        path.display()
    );
    let share = agree as f64 / total as f64;
    println!(
        "classify agrees on {agree} of {total} diagnostic lines ({:.1}%); misses:\n{}",
        share * 100.0,
        misses.join("\n")
    );
    let required = required();
    assert!(
        share >= required,
        "classify agrees on {agree} of {total} ({:.1}%), under {:.0}%; misses:\n{}",
        share * 100.0,
        required * 100.0,
        misses.join("\n")
    );
}
