//! The generator refuses broken `rules:` sections and says, for each problem, where, which rule
//! and what (`catalog.yaml:LINE:COL: rule ID: ...`).

mod common;

use common::{assert_one, catalog_head, errors};
use ndr_codes_codegen::load_str;
use ndr_codes_codegen::rules::CodeScope;

/// A minimal valid catalog (two reasons, one entry) with the given `rules:` section appended.
fn catalog(rules: &str) -> String {
    let mut text = catalog_head();
    text += "reasons:\n";
    for (id, sisimai) in [("user-unknown", "userunknown"), ("blocked", "blocked")] {
        text += &format!(
            "  - id: {id}\n    title: {id}\n    description: Why.\n    sisimai: [{sisimai}]\n"
        );
    }
    text += "entries:\n  - code: 5.1.1\n    id: Bad\n    title: Bad\n    origin: iana\n    description: Meaning.\n    remedy: Do this.\n    sender: Check it.\n    actor: sender\n    smtp: [550]\n    reason: user-unknown\n    references: [RFC 3463]\n";
    text + "rules:\n" + rules
}

/// The line of the `rules:` key in [`catalog`]'s text: rules start on the next line.
fn rules_line() -> usize {
    catalog("").lines().count()
}

/// One rule.
fn rule(id: &str, reason: &str, extra: &str, phrases: &str) -> String {
    format!(
        "  - id: {id}\n    reason: {reason}\n{extra}    phrases: [{phrases}]\n    source: RFC 5321\n"
    )
}

#[test]
fn valid_rules_load_in_file_order() {
    let text = catalog(
        &(rule(
            "outlook",
            "user-unknown",
            "    host: outlook.com|Office365.com\n    code: \"5.4.1\"\n",
            "\"access denied\"",
        ) + &rule(
            "dnsbl",
            "blocked",
            "    code: \"5.7\"\n",
            "\"blocked using\", \"listed at\"",
        )),
    );
    let loaded = load_str(&text, "catalog.yaml").expect("valid");
    assert_eq!(loaded.rules.len(), 2);
    assert_eq!(loaded.rules[0].hosts, ["outlook.com", "office365.com"]);
    assert_eq!(
        loaded.rules[0].code,
        CodeScope::Exact {
            class: 5,
            subject: 4,
            detail: 1
        }
    );
    assert_eq!(
        loaded.rules[1].code,
        CodeScope::Prefix {
            class: 5,
            subject: 7
        }
    );
    assert_eq!(loaded.rules[1].phrases, ["blocked using", "listed at"]);
    // The emitted tables hold every rule and phrase.
    let rust = ndr_codes_codegen::rules::generate_rust(&loaded);
    assert!(
        rust.contains("\"outlook\"") && rust.contains("b\"listed at\""),
        "{rust}"
    );
    // And the reference shows the rules under their reason.
    let md = ndr_codes_codegen::markdown::generate(&loaded);
    assert!(
        md.contains("## Rules") && md.contains("| `dnsbl` |"),
        "{md}"
    );
}

#[test]
fn a_catalog_without_rules_still_loads() {
    let text = catalog("").replace("rules:\n", "");
    assert!(
        load_str(&text, "catalog.yaml")
            .expect("valid")
            .rules
            .is_empty()
    );
}

#[test]
fn unknown_reason_names_line_column_and_rule() {
    let errs = errors(&catalog(&rule("x", "no-such-reason", "", "\"a\"")));
    // `reason:` is on the second line of the rule, its value at column 13.
    let line = rules_line() + 2;
    assert_one(
        &errs,
        &format!("catalog.yaml:{line}:13: rule x: unknown reason `no-such-reason`"),
    );
}

#[test]
fn empty_and_repeated_phrases() {
    assert_one(
        &errors(&catalog(&rule("x", "blocked", "", "\"\""))),
        "rule x: empty phrase",
    );
    assert_one(
        &errors(&catalog(&rule("x", "blocked", "", "\"ab\""))),
        "rule x: phrase \"ab\" is shorter than 3 bytes",
    );
    assert_one(
        &errors(&catalog(&rule("x", "blocked", "", ""))),
        "rule x: `phrases` is empty",
    );
    assert_one(
        &errors(&catalog(&rule(
            "x",
            "blocked",
            "",
            "\"Listed At\", \"listed at\"",
        ))),
        "rule x: duplicate phrase \"listed at\" in the same rule",
    );
    assert_one(
        &errors(&catalog(
            &(rule("a", "blocked", "", "\"listed at\"")
                + &rule("b", "user-unknown", "", "\"LISTED AT\"")),
        )),
        "rule b: duplicate phrase \"LISTED AT\": rule a",
    );
}

#[test]
fn duplicate_and_malformed_ids() {
    assert_one(
        &errors(&catalog(
            &(rule("a", "blocked", "", "\"x\"") + &rule("a", "blocked", "", "\"y\"")),
        )),
        "rule a: duplicate id",
    );
    assert_one(
        &errors(&catalog(&rule("Not_Kebab", "blocked", "", "\"x\""))),
        "rule Not_Kebab: id `Not_Kebab` is not kebab-case",
    );
}

#[test]
fn a_shadowed_phrase_is_refused() {
    // "user unknown" comes first and wins wherever "recipient address rejected: user unknown"
    // would match.
    let errs = errors(&catalog(
        &(rule("general", "user-unknown", "", "\"user unknown\"")
            + &rule(
                "narrow",
                "blocked",
                "",
                "\"rejected: User Unknown in list\"",
            )),
    ));
    assert_one(
        &errs,
        "rule narrow: phrase \"rejected: User Unknown in list\" is shadowed by rule general",
    );
    // A narrower earlier rule (a code condition) shadows nothing.
    let text = catalog(
        &(rule(
            "narrow",
            "blocked",
            "    code: \"5.7.1\"\n",
            "\"user unknown\"",
        ) + &rule("general", "user-unknown", "", "\"user unknown\"")),
    );
    assert!(load_str(&text, "catalog.yaml").is_ok());
    // A wider code prefix does shadow an exact code.
    assert_one(
        &errors(&catalog(
            &(rule("wide", "blocked", "    code: \"5.7\"\n", "\"denied\"")
                + &rule(
                    "exact",
                    "user-unknown",
                    "    code: \"5.7.1\"\n",
                    "\"access denied\"",
                )),
        )),
        "rule exact: phrase \"access denied\" is shadowed by rule wide",
    );
}

#[test]
fn host_rules_come_first_and_codes_are_checked() {
    assert_one(
        &errors(&catalog(
            &(rule("general", "blocked", "", "\"x\"")
                + &rule("late-host", "blocked", "    host: example.com\n", "\"y\"")),
        )),
        "rule late-host: a host rule must come before every rule without `host`",
    );
    assert_one(
        &errors(&catalog(&rule(
            "x",
            "blocked",
            "    code: \"3.1\"\n",
            "\"y\"",
        ))),
        "rule x: code `3.1`: the class must be 2, 4 or 5",
    );
    assert_one(
        &errors(&catalog(&rule(
            "x",
            "blocked",
            "    code: \"5.7.1.1\"\n",
            "\"y\"",
        ))),
        "rule x: code `5.7.1.1`",
    );
    assert_one(
        &errors(&catalog(&rule(
            "x",
            "blocked",
            "    host: a.example||b\n",
            "\"y\"",
        ))),
        "rule x: `host` has an empty alternative",
    );
}

#[test]
fn missing_fields_and_unknown_keys() {
    let errs = errors(&catalog("  - id: lonely\n    reason: blocked\n"));
    assert_one(&errs, "rule lonely: `phrases` is missing");
    assert_one(&errs, "rule lonely: `source` is missing");
    let errs = errors(&catalog(
        &rule("typo", "blocked", "", "\"x\"").replace("    source:", "    sauce:"),
    ));
    let line = rules_line() + 4;
    assert_one(&errs, &format!("catalog.yaml:{line}:"));
    assert_one(&errs, "rule typo: unknown field `sauce`");
}
