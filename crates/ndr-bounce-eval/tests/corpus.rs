//! The parser over the whole bounce corpus: the figures must stay at least where they are.

use std::path::PathBuf;

/// The corpus beside the repository (`../shared/corpus/bounces`), or `NDR_BOUNCE_CORPUS`,
/// when it has its `expected.jsonl`.
fn corpus() -> Option<PathBuf> {
    let dir = ndr_codes_testdata::fixtures::bounce_corpus();
    dir.join("expected.jsonl").is_file().then_some(dir)
}

#[test]
fn corpus_figures_hold() {
    let Some(dir) = corpus() else {
        eprintln!("skipped: no bounce corpus at ../shared/corpus/bounces (set NDR_BOUNCE_CORPUS)");
        return;
    };
    let report = ndr_bounce_eval::evaluate(&dir).expect("corpus readable");
    eprintln!("{}", report.table());
    // The figures reached when this test was last tightened: regressions fail.
    assert_eq!(report.errors, 0);
    assert!(
        report.found.percent() >= 99.0,
        "recipients found: {}",
        report.table()
    );
    assert!(
        report.status.percent() >= 99.0,
        "status: {}",
        report.table()
    );
    assert!(
        report.reason.percent() >= 89.0,
        "reason: {}",
        report.table()
    );
    assert!(report.kind.percent() >= 100.0, "kind: {}", report.table());
    // Issue 12: no `undefined` where the text names a cause. The two rows left name none
    // ("was rejected by a remote mail server", "Unable to deliver message to").
    assert!(
        report.cause.percent() >= 99.0,
        "a cause given: {}",
        report.table()
    );
}
