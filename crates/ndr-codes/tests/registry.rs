//! Coverage: every code of the IANA registry and of Microsoft's NDR tables has its entry.
//! The lists are fixtures in the workspace's `tests/` folder, shared by every language; the
//! registry itself is `tests/iana/smtp-enhanced-status-codes.csv`, IANA's own table.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use ndr_codes::{Class, Code, Origin, Status};

/// The lines of a fixture, without comments and blank lines.
fn fixture(name: &str) -> Vec<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// IANA's registry table: each code pattern (`X.7.28`) with the classes its "Associated basic
/// status code" column names. `451` names class 4, `5XX` class 5, `Any` every class; "Not
/// given" (and anything without a reply code) names none.
fn registry_csv() -> BTreeMap<String, BTreeSet<u8>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/iana/smtp-enhanced-status-codes.csv");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let rows = ndr_codes_testdata::csv::rows(&text);
    let header = &rows[0];
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("the registry CSV has no {name:?} column"))
    };
    let (code, basic) = (column("Code"), column("Associated basic status code"));
    rows[1..]
        .iter()
        .map(|row| {
            let replies = row[basic].as_str();
            let mut classes = BTreeSet::new();
            if replies.trim() == "Any" {
                classes.extend([2, 4, 5]);
            }
            for word in replies.split(|c: char| !c.is_ascii_alphanumeric()) {
                let bytes = word.as_bytes();
                let reply = bytes.len() == 3
                    && matches!(bytes[0], b'2' | b'4' | b'5')
                    && (bytes[1..].iter().all(u8::is_ascii_digit) || &bytes[1..] == b"XX");
                if reply {
                    classes.insert(bytes[0] - b'0');
                }
            }
            (row[code].clone(), classes)
        })
        .collect()
}

/// The registry fixture: each code pattern with the classes the catalog lists it in.
fn registry_fixture() -> BTreeMap<String, BTreeSet<u8>> {
    fixture("iana_registry.txt")
        .iter()
        .map(|line| {
            let mut fields = line.split_whitespace();
            let pattern = fields.next().unwrap().to_owned();
            (pattern, fields.map(|c| c.parse().unwrap()).collect())
        })
        .collect()
}

#[test]
fn the_registry_csv_parses_into_every_enumerated_code() {
    let registry = registry_csv();
    assert!(registry.len() >= 81, "the registry has X.0.0 to X.7.30");
    assert_eq!(registry["X.1.1"], BTreeSet::from([4, 5]), "451, 550");
    assert_eq!(registry["X.0.0"], BTreeSet::from([2, 4, 5]), "Any");
    assert_eq!(registry["X.7.17"], BTreeSet::from([5]), "5XX");
    assert_eq!(registry["X.3.6"], BTreeSet::from([2]), "250 or 251");
    assert!(registry["X.1.0"].is_empty(), "Not given");
}

#[test]
fn the_fixture_lists_every_registry_code_in_every_class_the_registry_names() {
    let registry = registry_csv();
    let fixture = registry_fixture();
    let csv_codes: BTreeSet<&String> = registry.keys().collect();
    let fixture_codes: BTreeSet<&String> = fixture.keys().collect();
    assert_eq!(
        csv_codes, fixture_codes,
        "tests/iana_registry.txt and the registry CSV list different codes"
    );
    for (pattern, classes) in &registry {
        let missing: Vec<&u8> = classes.difference(&fixture[pattern]).collect();
        assert!(
            missing.is_empty(),
            "{pattern}: the registry names class(es) {missing:?}, tests/iana_registry.txt does not"
        );
    }
}

#[test]
fn every_registry_code_resolves_exactly_in_each_of_its_classes() {
    let lines = fixture("iana_registry.txt");
    assert!(lines.len() >= 80, "the registry has X.0.0 to X.7.30");
    for line in lines {
        let mut fields = line.split_whitespace();
        let pattern = fields.next().unwrap();
        let classes: Vec<u8> = fields.map(|c| c.parse().unwrap()).collect();
        assert!(!classes.is_empty(), "{pattern} is listed in no class");
        for class in classes {
            let text = pattern.replacen('X', &class.to_string(), 1);
            let code: Code = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
            let status = Status::from_code(code).unwrap_or_else(|| panic!("{text} has no entry"));
            assert_eq!(
                status.code(),
                code,
                "{text} resolves to {status}, not its own entry"
            );
            assert_eq!(status.origin(), Origin::Iana, "{text}");
        }
    }
}

#[test]
fn every_iana_entry_is_in_the_registry_fixture() {
    let listed: Vec<String> = fixture("iana_registry.txt")
        .iter()
        .flat_map(|line| {
            let mut fields = line.split_whitespace();
            let pattern = fields.next().unwrap().to_owned();
            fields
                .map(move |c| pattern.replacen('X', c, 1))
                .collect::<Vec<_>>()
        })
        .collect();
    for status in Status::ALL
        .into_iter()
        .filter(|s| s.origin() == Origin::Iana)
    {
        assert!(
            listed.contains(&status.as_str().to_owned()),
            "{status} is not in tests/iana_registry.txt"
        );
    }
}

#[test]
fn every_code_in_microsofts_tables_resolves_with_an_exchange_meaning() {
    for line in fixture("microsoft_ndr_codes.txt") {
        let (first, last) = match line.rsplit_once('-') {
            Some((first, last)) => (first.to_owned(), last.parse::<u16>().unwrap()),
            None => (
                line.clone(),
                line.rsplit('.').next().unwrap().parse().unwrap(),
            ),
        };
        let first: Code = first.parse().unwrap_or_else(|e| panic!("{line}: {e}"));
        for detail in first.detail()..=last {
            let code = Code::new(first.class(), first.subject_number(), detail).unwrap();
            let status = Status::from_code(code).unwrap_or_else(|| panic!("{code} has no entry"));
            let microsoft = matches!(status.origin(), Origin::Exchange | Origin::ExchangeOnline);
            assert!(
                microsoft || status.exchange().is_some(),
                "{code} ({}) says nothing about Exchange",
                status.name()
            );
            assert!(!status.remedy().is_empty());
        }
    }
}

#[test]
fn transient_and_permanent_forms_of_common_codes_exist() {
    for text in [
        "4.2.2", "5.2.2", "4.7.1", "5.7.1", "4.4.7", "5.4.7", "2.1.5", "2.6.0", "2.0.0",
    ] {
        let code: Code = text.parse().unwrap();
        assert_eq!(
            Status::from_code(code).map(|s| s.code()),
            Some(code),
            "{text}"
        );
    }
    assert_eq!(
        Status::from_code("4.2.2".parse().unwrap()).unwrap().class(),
        Class::TransientFailure
    );
}
