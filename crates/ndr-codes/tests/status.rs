//! Properties every catalog entry must have, checked over `Status::ALL`.

use std::collections::HashSet;

use ndr_codes::{Class, Code, Level, Reason, Status, Subject};

#[test]
fn every_status_round_trips_through_string_code_and_number() {
    for status in Status::ALL {
        let text = status.to_string();
        assert_eq!(text, status.as_str());
        assert_eq!(text.parse::<Status>(), Ok(status), "{text}");
        assert_eq!(Status::try_from(text.as_str()), Ok(status));
        let code: Code = text.parse().unwrap();
        assert_eq!(code, status.code());
        assert_eq!(Status::from_code(code), Some(status));
        assert_eq!(Status::from_key(status as u32), Some(status));
        assert_eq!(code.key(), status as u32);
        assert_eq!(Code::from_key(status as u32), Some(code));
        assert_eq!(Status::parse_bytes(text.as_bytes()), Ok(status));
    }
}

#[test]
fn sender_steps_are_written_for_the_person_who_got_the_ndr() {
    let step = Status::BadDestinationMailbox.sender();
    assert!(step.is_some_and(|s| s.contains("address")), "{step:?}");
    assert!(Status::MailboxFull.sender().is_some());
    assert!(Status::DeliveryTimeExpired.sender().is_some());
    assert_eq!(Status::Success.sender(), None);
    for status in Status::ALL {
        if let Some(step) = status.sender() {
            assert!(!step.trim().is_empty() && step.trim() == step, "{status}");
        }
    }
}

#[test]
fn meanings_say_which_systems_use_which_meaning() {
    // 5.4.8: Exchange Online's MTA-STS failure now, a route back to the same server before.
    let meanings = Status::RoutesBackToSelf.meanings();
    assert_eq!(meanings.len(), 2);
    assert!(meanings[0].systems.contains("Exchange Online"));
    assert!(meanings[0].meaning.contains("MTA-STS"));
    assert!(meanings[1].systems.contains("2003"));
    // A registry code with an Exchange Online meaning of its own lists the registry's first.
    let cert = Status::CryptographicFailure.meanings();
    assert!(cert[0].systems.contains("RFC 3463"));
    assert!(cert.iter().any(|m| m.meaning.contains("MTA-STS")));
    assert!(Status::BadDestinationMailbox.meanings().is_empty());
    for status in Status::ALL {
        let applies_to = status.applies_to();
        assert!(!applies_to.is_empty(), "{status}");
        assert_ne!(
            status.meanings().len(),
            1,
            "{status}: one meaning is the description"
        );
        // The text names every group of systems, in the order of `meanings`.
        let mut rest = applies_to;
        for meaning in status.meanings() {
            let at = rest
                .find(meaning.systems)
                .unwrap_or_else(|| panic!("{status}"));
            rest = &rest[at + meaning.systems.len()..];
        }
    }
    assert!(
        Status::BadDestinationMailbox
            .applies_to()
            .starts_with("Every mail system")
    );
}

#[test]
fn all_is_in_code_order_and_complete() {
    assert_eq!(Status::ALL.len(), Status::COUNT);
    assert!(
        Status::ALL
            .windows(2)
            .all(|w| w[0] < w[1] && w[0].code() < w[1].code())
    );
    let names: HashSet<_> = Status::ALL.iter().map(|s| s.name()).collect();
    assert_eq!(names.len(), Status::COUNT, "names are unique");
    let titles: HashSet<_> = Status::ALL
        .iter()
        .map(|s| s.title().to_lowercase())
        .collect();
    assert_eq!(titles.len(), Status::COUNT, "titles are unique");
}

#[test]
fn every_entry_is_complete_and_consistent() {
    for status in Status::ALL {
        assert!(!status.title().is_empty(), "{status}");
        assert!(!status.description().is_empty(), "{status}");
        assert!(!status.remedy().is_empty(), "{status}");
        assert!(!status.references().is_empty(), "{status}");
        assert!(!status.smtp_replies().is_empty(), "{status}");
        assert!(status.exchange().is_none_or(|t| !t.is_empty()));
        for reply in status.smtp_replies() {
            assert_eq!(
                u32::from(reply / 100),
                u32::from(status.class().number()),
                "{status} {reply}"
            );
        }
        assert!(Reason::ALL.contains(&status.reason()));
        assert_eq!(
            [
                status.is_success(),
                status.is_transient(),
                status.is_permanent()
            ]
            .iter()
            .filter(|b| **b)
            .count(),
            1
        );
        assert_eq!(status.subject().number(), status.code().subject_number());
        assert_eq!(Some(status.subject()), status.code().subject());
        assert_eq!(Status::from_key(status.key()), Some(status));
        assert!(status.contains(status.code()));
        assert!(status.last_detail() >= status.code().detail());
        assert_eq!(status.is_range(), status.notation().contains('-'));
    }
}

#[test]
fn every_code_of_a_range_resolves_to_it_unless_a_single_entry_claims_it() {
    for range in Status::ALL.into_iter().filter(|s| s.is_range()) {
        let first = range.code();
        for detail in first.detail()..=range.last_detail() {
            let code = Code::new(first.class(), first.subject_number(), detail).unwrap();
            let found = Status::from_code(code).unwrap();
            if found != range {
                assert!(!found.is_range(), "{code}: ranges overlap");
                assert_eq!(found.code(), code, "{code}");
            }
        }
    }
}

#[test]
fn diagnostic_tokens_resolve_to_their_entry() {
    for status in Status::ALL {
        for token in status.diagnostics() {
            assert_eq!(Status::from_diagnostic(token), Some(status), "{token}");
            assert_eq!(
                Status::from_diagnostic(&token.to_uppercase()),
                Some(status),
                "{token}"
            );
        }
    }
    assert_eq!(Status::from_diagnostic(""), None);
    assert_eq!(Status::from_diagnostic("RESOLVER"), None);
}

#[test]
fn explain_answers_every_well_formed_code_and_says_from_where() {
    for class in [
        Class::Success,
        Class::TransientFailure,
        Class::PermanentFailure,
    ] {
        for subject in (0..=12).chain([99, 999]) {
            for detail in (0..=40).chain([500, 606, 700, 999]) {
                let code = Code::new(class, subject, detail).unwrap();
                let explanation = code.explain();
                assert_eq!(explanation.code(), code);
                assert!(!explanation.title().is_empty());
                assert!(!explanation.description().is_empty());
                match explanation.level() {
                    Level::Exact => assert_eq!(explanation.status(), Status::from_code(code)),
                    Level::OtherClass => {
                        assert_eq!(Status::from_code(code), None);
                        let other = code.with_class(class.other_failure().unwrap());
                        assert_eq!(explanation.status(), Status::from_code(other));
                    }
                    Level::Subject => {
                        assert_eq!(explanation.status(), None);
                        assert_eq!(
                            explanation.title(),
                            Subject::from_number(subject).unwrap().title()
                        );
                    }
                    Level::Class => {
                        assert!(subject > 7);
                        assert_eq!(explanation.title(), class.title());
                    }
                }
                assert_eq!(
                    explanation.remedy().is_some(),
                    explanation.status().is_some()
                );
            }
        }
    }
}

#[test]
fn explain_levels_on_known_examples() {
    let level = |text: &str| text.parse::<Code>().unwrap().explain().level();
    assert_eq!(level("5.1.1"), Level::Exact);
    assert_eq!(level("5.7.620"), Level::Exact);
    assert_eq!(level("5.1.999"), Level::Subject);
    assert_eq!(level("4.9.1"), Level::Class);
    let other = Status::ALL.into_iter().find(|s| {
        s.is_permanent()
            && Status::from_code(s.code().with_class(Class::TransientFailure)).is_none()
    });
    if let Some(permanent_only) = other {
        let transient = permanent_only.code().with_class(Class::TransientFailure);
        assert_eq!(transient.explain().level(), Level::OtherClass);
        assert_eq!(transient.explain().status(), Some(permanent_only));
    }
}

#[test]
fn class_and_subject_text_comes_from_the_catalog() {
    assert_eq!(Class::PermanentFailure.title(), "Permanent failure");
    for subject in Subject::ALL {
        assert!(!subject.title().is_empty());
        assert!(!subject.description().is_empty());
    }
    for reason in Reason::ALL {
        assert_eq!(Reason::from_id(reason.as_str()), Some(reason));
        assert!(!reason.sisimai().is_empty());
    }
}

#[test]
fn unknown_but_well_formed_codes_are_a_distinct_error() {
    let err = "5.1.999".parse::<Status>().unwrap_err();
    assert_eq!(err.kind(), ndr_codes::ParseErrorKind::Unknown);
    assert!(err.to_string().contains("not in the catalog") || err.to_string().contains("no entry"));
}

#[cfg(feature = "serde")]
#[test]
fn serde_uses_the_code_string() {
    let json = serde_json::to_string(&Status::BadDestinationMailbox).unwrap();
    assert_eq!(json, "\"5.1.1\"");
    assert_eq!(
        serde_json::from_str::<Status>(&json).unwrap(),
        Status::BadDestinationMailbox
    );
    let code: Code = serde_json::from_str("\"4.9.9\"").unwrap();
    assert_eq!(serde_json::to_string(&code).unwrap(), "\"4.9.9\"");
    assert!(serde_json::from_str::<Code>("\"4.09.9\"").is_err());
    assert!(serde_json::from_str::<Status>("\"4.9.9\"").is_err());
}
