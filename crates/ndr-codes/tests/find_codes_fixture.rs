//! `find_codes` against the shared conformance fixture `tests/find_codes.txt` (the C and Python
//! suites read the same file), against real bounces from the shared corpus, against a
//! synthetic mail log whose codes are known, and against a reference built on the `regex`
//! crate that applies the same rule in a different way.

use std::{fs, ops::Range, path::PathBuf, sync::LazyLock};

use ndr_codes::{Code, find_codes};
#[path = "support/regex_rule.rs"]
mod regex_rule;

use regex::bytes::Regex;
use regex_rule::{code_pattern, stands_alone};

/// The workspace root (two folders above this crate).
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One case of the fixture.
struct Case {
    /// Line number in the fixture, for messages.
    line: usize,
    /// The codes expected, in order.
    expected: Vec<String>,
    /// The input bytes, unescaped.
    text: Vec<u8>,
}

/// Undoes the fixture's escapes: `\t`, `\n`, `\r`, `\\` and `\xHH`. Anything else after a
/// backslash is an error, so that the three suites cannot read a line differently.
fn unescape(text: &str) -> Result<Vec<u8>, String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            out.push(bytes[i]);
            i += 1;
            continue;
        }
        let (byte, len) = match bytes.get(i + 1) {
            Some(b't') => (b'\t', 2),
            Some(b'n') => (b'\n', 2),
            Some(b'r') => (b'\r', 2),
            Some(b'\\') => (b'\\', 2),
            Some(b'x') => {
                let hex = bytes
                    .get(i + 2..i + 4)
                    .and_then(|h| std::str::from_utf8(h).ok());
                let value = hex.and_then(|h| u8::from_str_radix(h, 16).ok());
                (
                    value.ok_or_else(|| format!("bad \\x escape at byte {i}"))?,
                    4,
                )
            }
            _ => return Err(format!("unknown escape at byte {i}")),
        };
        out.push(byte);
        i += len;
    }
    Ok(out)
}

/// Reads the fixture: `EXPECTED<TAB>TEXT` lines, `#` comments and blank lines.
fn parse_fixture(contents: &str) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    for (index, raw) in contents.lines().enumerate() {
        let line = index + 1;
        if raw.is_empty() || raw.starts_with('#') {
            continue;
        }
        let (expected, text) = raw
            .split_once('\t')
            .ok_or_else(|| format!("line {line}: no tab between EXPECTED and TEXT"))?;
        let expected: Vec<String> = match expected {
            "-" => Vec::new(),
            codes => codes.split(' ').map(str::to_owned).collect(),
        };
        for code in &expected {
            code.parse::<Code>()
                .map_err(|e| format!("line {line}: expected code {code:?}: {e}"))?;
        }
        let text = unescape(text).map_err(|e| format!("line {line}: {e}"))?;
        cases.push(Case {
            line,
            expected,
            text,
        });
    }
    Ok(cases)
}

fn fixture() -> Vec<Case> {
    let path = root().join("tests/find_codes.txt");
    let contents =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    parse_fixture(&contents).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// What `find_codes` returns, as code strings and spans.
fn found(text: &[u8]) -> Vec<(String, Range<usize>)> {
    find_codes(text)
        .map(|f| (f.code.to_string(), f.span))
        .collect()
}

/// The same rule through the `regex` crate: a well-formed code, then a look at its neighbours
/// (regex has no lookaround). A rejected match cannot hide a code: no code starts inside
/// another code-shaped run, since its first digit would follow a digit or a dot.
fn reference(text: &[u8]) -> Vec<(String, Range<usize>)> {
    static PATTERN: LazyLock<Regex> = LazyLock::new(code_pattern);
    PATTERN
        .find_iter(text)
        .filter(|m| stands_alone(text, m.start(), m.end()))
        .map(|m| {
            (
                String::from_utf8_lossy(m.as_bytes()).into_owned(),
                m.range(),
            )
        })
        .collect()
}

#[test]
fn every_fixture_case_passes() {
    let cases = fixture();
    assert!(
        cases.len() >= 200,
        "the fixture must keep at least 200 cases, it has {}",
        cases.len()
    );
    let mut failures = Vec::new();
    for case in &cases {
        let got = found(&case.text);
        let codes: Vec<&str> = got.iter().map(|(code, _)| code.as_str()).collect();
        if codes != case.expected {
            failures.push(format!(
                "line {}: expected {:?}, found {codes:?} in {:?}",
                case.line,
                case.expected,
                String::from_utf8_lossy(&case.text)
            ));
        }
        for (code, span) in &got {
            assert_eq!(
                &case.text[span.clone()],
                code.as_bytes(),
                "line {}: span {span:?}",
                case.line
            );
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn fixture_agrees_with_the_regex_reference() {
    for case in fixture() {
        assert_eq!(
            found(&case.text),
            reference(&case.text),
            "line {}",
            case.line
        );
    }
}

#[test]
fn fixture_escapes() {
    assert_eq!(
        unescape(r"a\tb\nc\rd\\e\x00\xff").unwrap(),
        b"a\tb\nc\rd\\e\x00\xff"
    );
    for bad in [r"\q", r"\x", r"\xg0", "\\"] {
        assert!(unescape(bad).is_err(), "{bad}");
    }
    assert!(parse_fixture("5.1.1 no tab here").is_err());
    assert!(parse_fixture("5.01.1\t5.01.1").is_err());
    let cases = parse_fixture("# comment\n\n-\tx\n5.1.1 4.4.7\ty").unwrap();
    assert_eq!(cases.len(), 2);
    assert_eq!(
        (cases[1].line, cases[1].expected.join(" ")),
        (4, "5.1.1 4.4.7".to_owned())
    );
}

/// Random text over an alphabet dense in digits, dots and the bytes the rule looks at: the
/// scanner and the reference must agree on every piece.
#[test]
fn agrees_with_the_regex_reference_on_generated_text() {
    const ALPHABET: &[u8] = b"0124559....  -;a\n\xff";
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut text = Vec::new();
    for round in 0..20_000 {
        text.clear();
        let len = 1 + round % 40;
        for _ in 0..len {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push(ALPHABET[(state % ALPHABET.len() as u64) as usize]);
        }
        assert_eq!(
            found(&text),
            reference(&text),
            "{:?}",
            String::from_utf8_lossy(&text)
        );
    }
}

/// The synthetic log of `cargo xtask gen-log` knows which codes it wrote.
#[test]
fn finds_exactly_the_codes_of_a_synthetic_mail_log() {
    let mut log = Vec::new();
    let summary = ndr_codes_testdata::generate(2 << 20, &mut log).unwrap();
    let mut counts = std::collections::BTreeMap::new();
    for found in find_codes(&log) {
        *counts.entry(found.code.to_string()).or_insert(0u64) += 1;
    }
    let expected: std::collections::BTreeMap<String, u64> = summary
        .codes
        .iter()
        .map(|(code, n)| ((*code).to_owned(), *n))
        .collect();
    assert_eq!(counts, expected);
    assert_eq!(found(&log), reference(&log));
}

/// Real bounces: every message whose expected status appears in its text must yield it.
/// The corpus lives beside the repository (`../shared/corpus/bounces`); without it the test
/// says so and passes.
#[test]
fn finds_the_expected_status_in_real_bounces() {
    let corpus = root().join("../shared/corpus/bounces");
    let Ok(lines) = fs::read_to_string(corpus.join("expected.jsonl")) else {
        eprintln!(
            "SKIP: no bounce corpus at {} (it sits beside the repository)",
            corpus.display()
        );
        return;
    };
    let (mut checked, mut missing) = (0, Vec::new());
    for line in lines.lines().filter(|l| !l.trim().is_empty()) {
        let row: serde_json::Value =
            serde_json::from_str(line).expect("expected.jsonl holds JSON lines");
        let file = row["file"].as_str().expect("every row names its file");
        let message = fs::read(corpus.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let got = found(&message);
        assert_eq!(got, reference(&message), "{file}");
        let status = row["status"].as_str().unwrap_or_default();
        if row["status_kind"] == "rfc3463" && row["status_in_message"] == true {
            checked += 1;
            if !got.iter().any(|(code, _)| code == status) {
                missing.push(format!("{file}: {status} not among {got:?}"));
            }
        }
    }
    assert!(
        checked >= 100,
        "only {checked} corpus rows with a status in the message"
    );
    assert!(
        missing.is_empty(),
        "{} of {checked} messages:\n{}",
        missing.len(),
        missing.join("\n")
    );
}
