//! The generator refuses broken catalogs and says, for each problem, where and what.

mod common;

use common::{assert_one, catalog_head, errors};
use ndr_codes_codegen::load_str;

/// A minimal valid catalog with the given entries appended.
fn catalog(entries: &str) -> String {
    let mut text = catalog_head();
    text += "reasons:\n  - id: user-unknown\n    title: Unknown\n    description: No such user.\n    sisimai: [userunknown]\n";
    text += "entries:\n";
    text + entries
}

/// One complete entry at the given code, id and title.
fn entry(code: &str, id: &str, title: &str) -> String {
    let class = &code[..1];
    format!(
        "  - code: {code}\n    id: {id}\n    title: {title}\n    origin: iana\n    description: Meaning.\n    remedy: Do this.\n    actor: sender\n    smtp: [{class}50]\n    reason: user-unknown\n    references: [RFC 3463]\n    sender: Tell them.\n"
    )
}

#[test]
fn a_valid_catalog_loads() {
    let text =
        catalog(&(entry("4.1.1", "TransientBad", "Bad one") + &entry("5.1.1", "Bad", "Bad two")));
    let loaded = load_str(&text, "catalog.yaml").expect("valid");
    assert_eq!(loaded.entries.len(), 2);
    assert_eq!(loaded.entries[1].value(), 5_001_001);
}

#[test]
fn malformed_code_names_line_column_and_entry() {
    let errs = errors(&catalog(&entry("5.01.1", "Bad", "Bad")));
    // Entries start on line 42 of the generated catalog; `code:` is at column 11.
    assert_one(
        &errs,
        "catalog.yaml:42:11: entry 5.01.1 (Bad): malformed code `5.01.1`",
    );
}

#[test]
fn class_and_range_errors() {
    assert_one(
        &errors(&catalog(&entry("3.1.1", "Bad", "Bad"))),
        "the class must be 2, 4 or 5",
    );
    assert_one(
        &errors(&catalog(&entry("5.7.649-606", "Bad", "Bad"))),
        "last detail must be greater",
    );
    assert_one(
        &errors(&catalog(&entry("5.8.1", "Bad", "Bad"))),
        "subject 8 is not one of the subjects 0 to 7",
    );
}

#[test]
fn smtp_reply_of_another_class() {
    let text = catalog(&entry("4.1.1", "Bad", "Bad").replace("[450]", "[550]"));
    assert_one(&errors(&text), "smtp reply 550 does not belong to class 4");
}

#[test]
fn duplicates_are_reported() {
    let twice = entry("5.1.1", "Bad", "Bad") + &entry("5.1.1", "Other", "Other");
    assert_one(
        &errors(&catalog(&twice)),
        "duplicate code: line 42 already defines 5.1.1",
    );
    let same_id = entry("5.1.1", "Bad", "Bad") + &entry("5.1.2", "Bad", "Other");
    assert_one(
        &errors(&catalog(&same_id)),
        "duplicate id: line 42 already uses `Bad`",
    );
    let same_title = entry("5.1.1", "Bad", "Same") + &entry("5.1.2", "Other", "Same");
    assert_one(&errors(&catalog(&same_title)), "duplicate title");
}

#[test]
fn overlapping_ranges_are_reported_but_a_code_inside_a_range_is_fine() {
    let overlap = entry("5.7.500-520", "A", "A") + &entry("5.7.510-530", "B", "B");
    assert_one(
        &errors(&catalog(&overlap)),
        "range overlaps 5.7.500-520 (A)",
    );
    let inside = entry("5.7.500-520", "A", "A") + &entry("5.7.509", "B", "B");
    assert!(load_str(&catalog(&inside), "catalog.yaml").is_ok());
}

#[test]
fn order_is_enforced() {
    let text = entry("5.1.2", "Two", "Two") + &entry("5.1.1", "One", "One");
    assert_one(
        &errors(&catalog(&text)),
        "out of code order: it must come before 5.1.2 (Two)",
    );
}

#[test]
fn missing_and_empty_fields() {
    let missing = entry("5.1.1", "Bad", "Bad").replace("    remedy: Do this.\n", "");
    assert_one(
        &errors(&catalog(&missing)),
        "entry 5.1.1 (Bad): `remedy` is missing",
    );
    let empty =
        entry("5.1.1", "Bad", "Bad").replace("description: Meaning.", "description: \"  \"");
    assert_one(&errors(&catalog(&empty)), "`description` is empty");
    let no_smtp = entry("5.1.1", "Bad", "Bad").replace("[550]", "[]");
    assert_one(&errors(&catalog(&no_smtp)), "`smtp` is empty");
}

#[test]
fn vocabulary_checks() {
    let reason = entry("5.1.1", "Bad", "Bad").replace("reason: user-unknown", "reason: gremlins");
    assert_one(&errors(&catalog(&reason)), "unknown reason `gremlins`");
    let actor = entry("5.1.1", "Bad", "Bad").replace("actor: sender", "actor: postmaster");
    assert_one(&errors(&catalog(&actor)), "unknown actor `postmaster`");
    let origin = entry("5.1.1", "Bad", "Bad").replace("origin: iana", "origin: rumour");
    assert_one(&errors(&catalog(&origin)), "unknown origin `rumour`");
    assert_one(
        &errors(&catalog(&entry("5.1.1", "bad_id", "Bad"))),
        "id `bad_id` is not UpperCamelCase",
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let text = entry("5.01.1", "x", "Bad")
        + &entry("5.1.2", "Good", "Good").replace("reason: user-unknown", "reason: nope");
    let errs = errors(&catalog(&text));
    assert!(errs.len() >= 3, "expected several messages, got {errs:?}");
}

#[test]
fn diagnostic_tokens_belong_to_one_entry() {
    let a = entry("5.1.1", "A", "A") + "    diagnostics: [RESOLVER.ADR.RecipNotFound]\n";
    let b = entry("5.1.2", "B", "B") + "    diagnostics: [resolver.adr.recipnotfound]\n";
    assert_one(
        &errors(&catalog(&(a + &b))),
        "diagnostic token `resolver.adr.recipnotfound` is already listed",
    );
}

#[test]
fn unknown_fields_and_bad_yaml_stop_with_a_location() {
    let typo = entry("5.1.1", "Bad", "Bad").replace("remedy:", "remedi:");
    let errs = errors(&catalog(&typo));
    assert_eq!(errs.len(), 1);
    assert!(errs[0].starts_with("catalog.yaml:4"), "{errs:?}");
    assert!(errs[0].contains("remedi"), "{errs:?}");
    let broken = errors("classes: [\n");
    assert!(broken[0].starts_with("catalog.yaml:"), "{broken:?}");
}

#[test]
fn missing_classes_or_subjects() {
    let text = catalog(&entry("5.1.1", "Bad", "Bad")).replace(
        "  - class: 4\n    title: C4\n    description: Class 4.\n",
        "",
    );
    assert_one(&errors(&text), "exactly the classes 2, 4 and 5");
}

#[test]
fn a_failure_entry_needs_a_sender_step() {
    let without = entry("5.1.1", "Bad", "Bad").replace("    sender: Tell them.\n", "");
    let errs = errors(&catalog(&without));
    assert_one(
        &errs,
        "catalog.yaml:42:5: entry 5.1.1 (Bad): `sender` is missing: a class 5 entry says what the person who got the NDR should do",
    );
    // A success entry has nobody to advise.
    let success = entry("2.1.5", "Fine", "Fine").replace("    sender: Tell them.\n", "");
    assert!(load_str(&catalog(&success), "catalog.yaml").is_ok());
}

#[test]
fn meanings_need_two_complete_items() {
    let with = |meanings: &str| catalog(&(entry("5.4.8", "Twice", "Twice") + meanings));
    let two = "    meanings:\n      - systems: Exchange Online\n        meaning: Now.\n      - systems: Exchange 2003\n        meaning: Then.\n";
    let loaded = load_str(&with(two), "catalog.yaml").expect("valid");
    assert_eq!(loaded.entries[0].meanings.len(), 2);
    assert_eq!(
        loaded.entries[0].applies_to,
        "Exchange Online: Now. Exchange 2003: Then."
    );

    // One meaning is what `description` is for.
    let one = "    meanings:\n      - systems: Exchange Online\n        meaning: Now.\n";
    assert_one(
        &errors(&with(one)),
        "catalog.yaml:54:7: entry 5.4.8 (Twice): `meanings` needs at least two items",
    );
    // Each item names its systems and says what they mean.
    let blank = "    meanings:\n      - systems: Exchange Online\n        meaning: \" \"\n      - meaning: Then.\n";
    let errs = errors(&with(blank));
    assert_one(
        &errs,
        "catalog.yaml:55:18: entry 5.4.8 (Twice): `meaning` is empty",
    );
    assert_one(
        &errs,
        "catalog.yaml:56:9: entry 5.4.8 (Twice): `systems` is missing",
    );
    // An empty list is a mistake, not a way to say "one meaning".
    assert_one(
        &errors(&with("    meanings: []\n")),
        "`meanings` needs at least two items",
    );
}

#[test]
fn applies_to_follows_the_origin_without_meanings() {
    let exchange = entry("5.4.11", "Agent", "Agent").replace("origin: iana", "origin: exchange");
    let with_note = entry("5.1.1", "Bad", "Bad") + "    exchange: Exchange says more.\n";
    let loaded = load_str(&catalog(&(with_note + &exchange)), "catalog.yaml").expect("valid");
    assert!(
        loaded.entries[0]
            .applies_to
            .starts_with("Every mail system")
    );
    assert!(loaded.entries[0].applies_to.contains("see In Exchange"));
    assert!(loaded.entries[1].applies_to.starts_with("Exchange Server"));
    assert!(!loaded.entries[1].applies_to.contains("In Exchange"));
}
