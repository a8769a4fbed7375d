//! What the broken-catalog tests share: the fixed head of a minimal catalog and the way a
//! refused catalog's messages are read and matched.

use ndr_codes_codegen::load_str;

/// The `classes:` (2, 4, 5) and `subjects:` (0-7) sections every test catalog starts with;
/// the tests append `reasons:`, `entries:` and `rules:`.
pub fn catalog_head() -> String {
    let mut text = String::from("classes:\n");
    for class in [2, 4, 5] {
        text +=
            &format!("  - class: {class}\n    title: C{class}\n    description: Class {class}.\n");
    }
    text += "subjects:\n";
    for subject in 0..8 {
        text += &format!(
            "  - subject: {subject}\n    title: S{subject}\n    description: Subject {subject}.\n"
        );
    }
    text
}

/// The messages of a catalog that must fail (panics if it is accepted).
pub fn errors(text: &str) -> Vec<String> {
    match load_str(text, "catalog.yaml") {
        Ok(_) => panic!("the catalog was accepted:\n{text}"),
        Err(err) => err.diagnostics.iter().map(ToString::to_string).collect(),
    }
}

/// Asserts that one of `errors` contains `expected`.
pub fn assert_one(errors: &[String], expected: &str) {
    assert!(
        errors.iter().any(|e| e.contains(expected)),
        "no message contains {expected:?}; got:\n{}",
        errors.join("\n")
    );
}
