//! Coverage: every code of the IANA registry and of Microsoft's NDR tables has its entry.
//! The lists are fixtures in the workspace's `tests/` folder, shared by every language.

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
            let code = Code::new(first.class(), first.subject(), detail).unwrap();
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
