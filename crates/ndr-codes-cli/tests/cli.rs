//! The `ndr` binary as a user runs it: every command, text and JSON output, exit codes,
//! standard input, gzip input, codes cut by chunk boundaries, unreadable input.

use std::{fs, io::Write, path::PathBuf};

mod common;

use common::{Run, ndr_with};
use flate2::{Compression, write::GzEncoder};
use ndr_codes::{Code, Status, find_codes};
use ndr_codes_cli::tally::{DEFAULT_CHUNK, OVERLAP};
use serde_json::Value;

fn ndr(args: &[&str]) -> Run {
    ndr_with(args, b"", &[])
}

/// A scratch file under the system's temp folder, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, contents: &[u8]) -> TempFile {
        let path = std::env::temp_dir().join(format!("ndr-cli-test-{}-{name}", std::process::id()));
        fs::write(&path, contents).expect("the temp folder is writable");
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().expect("temp paths are UTF-8")
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.0);
    }
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
    encoder.write_all(data).unwrap();
    encoder.finish().unwrap()
}

/// Codes and counts as `find_codes` sees them in one pass, most frequent first.
fn expected_counts(text: &[u8]) -> Vec<(String, u64)> {
    let mut counts = std::collections::BTreeMap::<Code, u64>::new();
    for found in find_codes(text) {
        *counts.entry(found.code).or_default() += 1;
    }
    let mut rows: Vec<(Code, u64)> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    rows.into_iter().map(|(c, n)| (c.to_string(), n)).collect()
}

fn json_counts(value: &Value) -> Vec<(String, u64)> {
    value["codes"]
        .as_array()
        .expect("codes is a list")
        .iter()
        .map(|row| {
            (
                row["code"].as_str().unwrap().to_owned(),
                row["count"].as_u64().unwrap(),
            )
        })
        .collect()
}

const LOG: &str = "\
Mar  7 14:02:11 mx1 postfix/smtp[1]: A: to=<a@example.com>, relay=mx[192.0.2.5]:25, dsn=5.1.1, status=bounced (host mx[192.0.2.5] said: 550 5.1.1 <a@example.com>: User unknown)
Mar  7 14:02:12 mx1 postfix/smtp[2]: B: to=<b@example.com>, dsn=2.0.0, status=sent (250 2.0.0 OK)
Mar  7 14:02:13 mx1 postfix/smtp[3]: C: to=<c@example.com>, dsn=4.4.7, status=deferred (v5.1.1 at 10.5.1.1, build 15.2.1118.26)
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
";

// ---- explain -----------------------------------------------------------------------------

#[test]
fn explain_a_code_of_every_entry() {
    for status in Status::ALL {
        let run = ndr(&["explain", status.as_str()]);
        assert_eq!(run.code, 0, "{}: {}", status.as_str(), run.stderr);
        assert!(
            run.stdout
                .starts_with(&format!("{}  {}", status.as_str(), status.title())),
            "{}",
            run.stdout
        );
        assert!(run.stdout.contains(status.reason().as_str()));
        assert!(run.stdout.contains(status.actor().as_str()));
        for reference in status.references() {
            assert!(
                run.stdout.contains(reference),
                "{reference} missing from {}",
                run.stdout
            );
        }
        assert!(
            !run.stdout.contains('\x1b'),
            "no colour when not on a terminal"
        );
    }
}

#[test]
fn explain_json_carries_the_whole_entry() {
    let status = Status::ALL[Status::ALL.len() / 2];
    let value = ndr(&["explain", "--json", status.as_str()]).json();
    let result = &value["results"][0];
    assert_eq!(result["code"], status.as_str());
    assert_eq!(result["level"], "exact");
    assert_eq!(result["entry"]["name"], status.name());
    assert_eq!(result["entry"]["remedy"], status.remedy());
    assert_eq!(result["entry"]["sender"].as_str(), status.sender());
    assert_eq!(
        result["entry"]["smtp_replies"].as_array().unwrap().len(),
        status.smtp_replies().len()
    );
    assert_eq!(result["class"]["number"], status.class().number());
}

#[test]
fn explain_shows_the_senders_step_where_the_catalog_has_one() {
    let label = "If you sent the message";
    let run = ndr(&["explain", "5.1.1"]);
    assert!(run.stdout.contains(label), "{}", run.stdout);
    let run = ndr(&["explain", "2.0.0"]);
    assert!(!run.stdout.contains(label), "{}", run.stdout);
}

#[test]
fn explain_says_which_systems_use_which_meaning() {
    // 5.4.8: Exchange Online's MTA-STS failure, and Exchange 2000/2003's route back to itself.
    let run = ndr(&["explain", "5.4.8"]);
    assert!(run.stdout.contains("Applies to"), "{}", run.stdout);
    assert!(run.stdout.contains("Exchange 2000"), "{}", run.stdout);
    let value = ndr(&["explain", "--json", "5.4.8"]).json();
    let entry = &value["results"][0]["entry"];
    assert_eq!(entry["applies_to"], Status::RoutesBackToSelf.applies_to());
    let meanings = entry["meanings"].as_array().unwrap();
    assert_eq!(meanings.len(), Status::RoutesBackToSelf.meanings().len());
    assert_eq!(
        meanings[0]["systems"],
        Status::RoutesBackToSelf.meanings()[0].systems
    );
    // A code with one meaning has none listed, but still says where it applies.
    let value = ndr(&["explain", "--json", "5.1.1"]).json();
    let entry = &value["results"][0]["entry"];
    assert_eq!(entry["meanings"].as_array().map(Vec::len), Some(0));
    assert!(
        entry["applies_to"]
            .as_str()
            .is_some_and(|t| t.contains("RFC 3463"))
    );
}

#[test]
fn explain_a_whole_reply_finds_every_code_and_diagnostic() {
    let reply = "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found' then 451 4.7.500 later";
    let run = ndr(&["explain", "--json", reply]);
    assert_eq!(run.code, 0);
    let value = run.json();
    let codes: Vec<&str> = value["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["5.1.1", "4.7.500"]);
    let first = &value["results"][0]["matches"][0];
    assert_eq!(
        (
            first["text"].as_str(),
            first["start"].as_u64(),
            first["kind"].as_str()
        ),
        (Some("5.1.1"), Some(28), Some("code"))
    );

    // Several words are one text, as the shell splits them.
    let run = ndr(&["explain", "550", "5.7.1", "Relaying", "denied"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout.contains("found as      5.7.1 (bytes 4-9)"),
        "{}",
        run.stdout
    );
}

#[test]
fn explain_recognises_diagnostic_tokens_alone() {
    let Some((token, status)) = Status::ALL
        .iter()
        .find_map(|s| s.diagnostics().first().map(|t| (*t, *s)))
    else {
        return; // a catalog without diagnostics has nothing to recognise
    };
    let run = ndr(&["explain", "--json", &format!("Diagnostic: {token};")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let value = run.json();
    assert_eq!(value["results"][0]["code"], status.as_str());
    assert_eq!(value["results"][0]["matches"][0]["kind"], "diagnostic");
    assert_eq!(value["results"][0]["matches"][0]["text"], token);
}

#[test]
fn explain_unknown_codes_says_how_precise_the_answer_is() {
    let value = ndr(&["explain", "--json", "5.999.999"]).json();
    assert_eq!(value["results"][0]["level"], "class");
    assert_eq!(value["results"][0]["entry"], Value::Null);
    let run = ndr(&["explain", "5.999.999"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("class only"), "{}", run.stdout);
}

#[test]
fn explain_reads_standard_input_for_a_dash() {
    let run = ndr_with(
        &["explain", "-"],
        b"Status: 4.4.7\nDiagnostic-Code: smtp; 550 5.1.1 x\n",
        &[],
    );
    assert_eq!(run.code, 0);
    let shown: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| !l.starts_with(' ') && !l.is_empty())
        .collect();
    assert!(
        shown[0].starts_with("4.4.7 ") && shown[1].starts_with("5.1.1 "),
        "{shown:?}"
    );
}

#[test]
fn explain_exit_codes() {
    let run = ndr(&["explain", "5.01.1"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("not a valid code") && run.stderr.contains("bad subject"),
        "{}",
        run.stderr
    );
    let run = ndr(&["explain", "3.1.1"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("bad class"), "{}", run.stderr);
    let run = ndr(&["explain", "from 10.5.1.1 running v5.1.1"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("give a code such as 5.1.1"),
        "{}",
        run.stderr
    );
    assert_eq!(
        ndr(&["explain", "--json", "nothing here"]).json()["results"],
        Value::Array(vec![])
    );
    let run = ndr(&["explain"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("CODE|TEXT"), "{}", run.stderr);
}

// ---- list --------------------------------------------------------------------------------

#[test]
fn list_prints_the_catalog() {
    let run = ndr(&["list"]);
    assert_eq!(run.code, 0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), Status::COUNT + 1);
    assert!(lines[0].starts_with("CODE") && lines[0].ends_with("TITLE"));
    for (line, status) in lines[1..].iter().zip(Status::ALL) {
        assert!(
            line.starts_with(status.notation()) && line.ends_with(status.title()),
            "{line}"
        );
    }
    let value = ndr(&["list", "--json"]).json();
    assert_eq!(value["count"], Status::COUNT);
    assert_eq!(value["entries"][0]["code"], Status::ALL[0].as_str());
}

#[test]
fn list_filters_and_their_exit_codes() {
    for class in [2u8, 4, 5] {
        for subject in 0u16..=7 {
            let expected: Vec<&str> = Status::ALL
                .iter()
                .filter(|s| s.class().number() == class && s.subject().number() == subject)
                .map(|s| s.as_str())
                .collect();
            let run = ndr(&[
                "list",
                "--json",
                "--class",
                &class.to_string(),
                "--subject",
                &subject.to_string(),
            ]);
            assert_eq!(
                run.code,
                if expected.is_empty() { 1 } else { 0 },
                "{class}.{subject}"
            );
            let value = run.json();
            let listed: Vec<&str> = value["entries"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["code"].as_str().unwrap())
                .collect();
            assert_eq!(listed, expected);
        }
    }
    let reason = Status::ALL[0].reason();
    let value = ndr(&["list", "--json", "--reason", reason.as_str()]).json();
    let count = Status::ALL.iter().filter(|s| s.reason() == reason).count();
    assert_eq!(value["count"], count);
}

#[test]
fn list_rejects_bad_filters_with_what_to_use() {
    for (args, hint) in [
        (&["list", "--class", "3"][..], "2 (success)"),
        (&["list", "--subject", "8"][..], "0..=7"),
        (&["list", "--reason", "nope"][..], "user-unknown"),
    ] {
        let run = ndr(args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(run.stderr.contains(hint), "{args:?}: {}", run.stderr);
    }
}

// ---- scan --------------------------------------------------------------------------------

#[test]
fn scan_a_file_counts_and_explains() {
    let file = TempFile::new("plain.log", LOG.as_bytes());
    let run = ndr(&["scan", file.path()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr, "",
        "no progress bar or summary without a terminal"
    );
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["COUNT", "CODE", "TITLE"]
    );
    let title = |code: &str| code.parse::<Code>().unwrap().explain().title();
    assert_eq!(lines[1], format!("    3  5.1.1  {}", title("5.1.1")));
    assert_eq!(lines[2], format!("    2  2.0.0  {}", title("2.0.0")));
    assert_eq!(lines[3], format!("    1  4.4.7  {}", title("4.4.7")));
    assert_eq!(lines.len(), 4);

    let value = ndr(&["scan", "--json", file.path()]).json();
    assert_eq!(json_counts(&value), expected_counts(LOG.as_bytes()));
    assert_eq!(
        (value["total"].as_u64(), value["distinct"].as_u64()),
        (Some(6), Some(3))
    );
    assert_eq!(value["bytes"], LOG.len());
    assert_eq!(value["inputs"][0]["gzip"], false);
    assert_eq!(value["codes"][0]["title"], title("5.1.1"));
}

#[test]
fn scan_reads_standard_input_by_default_and_for_a_dash() {
    for args in [&["scan", "--json"][..], &["scan", "--json", "-"][..]] {
        let run = ndr_with(args, LOG.as_bytes(), &[]);
        assert_eq!(run.code, 0);
        let value = run.json();
        assert_eq!(json_counts(&value), expected_counts(LOG.as_bytes()));
        assert_eq!(value["inputs"][0]["name"], "-");
    }
}

#[test]
fn scan_reads_gzip_by_its_magic_bytes() {
    let mut compressed = gzip(LOG.as_bytes());
    compressed.extend(gzip(LOG.as_bytes())); // two members, as rotated logs often are
    let file = TempFile::new("rotated.log.1", &compressed); // no .gz: content decides
    let plain = TempFile::new("again.log", LOG.as_bytes());
    let value = ndr(&["scan", "--json", file.path(), plain.path()]).json();
    let thrice = LOG.repeat(3);
    assert_eq!(json_counts(&value), expected_counts(thrice.as_bytes()));
    assert_eq!(value["inputs"][0]["gzip"], true);
    assert_eq!(value["inputs"][0]["bytes"], 2 * LOG.len());
    let from_stdin = ndr_with(&["scan", "--json"], &compressed, &[]).json();
    assert_eq!(
        json_counts(&from_stdin),
        expected_counts(LOG.repeat(2).as_bytes())
    );
}

#[test]
fn scan_counts_codes_cut_by_chunk_boundaries() {
    // Codes and look-alikes placed across the first two chunk boundaries, at every offset
    // around where the scanner stops trusting a chunk's tail.
    let mut text = Vec::with_capacity(2 * DEFAULT_CHUNK + 4096);
    let pieces: [&[u8]; 4] = [
        b" 550 5.999.999 ",
        b" 4.4.7.",
        b" 10.5.1.1 ",
        b" v5.1.1 5.1.1.3 2.0.0",
    ];
    for boundary in [DEFAULT_CHUNK, 2 * DEFAULT_CHUNK - OVERLAP - 1] {
        for shift in 0..2 * OVERLAP {
            for piece in pieces {
                let at = boundary - OVERLAP - 12 + shift;
                if text.len() < at {
                    text.resize(at, b'x');
                    text.push(b'\n');
                }
                text.extend_from_slice(piece);
            }
        }
    }
    text.extend_from_slice(b"\nend 5.1.1");
    let expected = expected_counts(&text);
    let total: u64 = expected.iter().map(|(_, n)| n).sum();
    assert!(
        total > 4 * 2 * OVERLAP as u64,
        "the test places codes: {expected:?}"
    );
    let file = TempFile::new("boundaries.log", &text);
    let value = ndr(&["scan", "--json", file.path()]).json();
    assert_eq!(json_counts(&value), expected);
    let gz = TempFile::new("boundaries.gz", &gzip(&text));
    assert_eq!(
        json_counts(&ndr(&["scan", "--json", gz.path()]).json()),
        expected
    );
}

#[test]
fn scan_exit_codes_for_nothing_found_and_unreadable_input() {
    let empty = TempFile::new(
        "quiet.log",
        b"connect from 10.5.1.1\nPostfix 3.7.5 v5.1.1\n",
    );
    let run = ndr(&["scan", empty.path()]);
    assert_eq!((run.code, run.stdout.as_str()), (1, ""));
    assert!(
        run.stderr.contains("no status codes found"),
        "{}",
        run.stderr
    );

    let good = TempFile::new("good.log", LOG.as_bytes());
    let missing = std::env::temp_dir().join("ndr-cli-test-does-not-exist.log");
    let run = ndr(&["scan", "--json", good.path(), missing.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("cannot open") && run.stderr.contains("check the path"),
        "{}",
        run.stderr
    );
    let value = run.json(); // the readable input is still reported
    assert_eq!(json_counts(&value), expected_counts(LOG.as_bytes()));
    assert!(value["inputs"][1]["error"].is_string());

    let folder = std::env::temp_dir();
    let run = ndr(&["scan", folder.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    let said = format!("{}: Is a directory", folder.display());
    assert!(run.stderr.contains(&said), "{}", run.stderr);

    let mut broken = gzip(LOG.as_bytes());
    let middle = broken.len() / 2;
    broken.truncate(middle);
    let broken = TempFile::new("broken.gz", &broken);
    let run = ndr(&["scan", broken.path()]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("gzip"), "{}", run.stderr);
}

// ---- everywhere --------------------------------------------------------------------------

#[test]
fn colour_follows_the_flag_and_never_leaks_into_pipes() {
    let file = TempFile::new("colour.log", LOG.as_bytes());
    for args in [
        &["explain", "5.1.1"][..],
        &["list"][..],
        &["scan", file.path()][..],
    ] {
        let plain = ndr(args);
        assert!(!plain.stdout.contains('\x1b'), "{args:?}");
        let mut forced = vec!["--color", "always"];
        forced.extend_from_slice(args);
        let coloured = ndr_with(&forced, b"", &[("NO_COLOR", "1")]);
        assert!(
            coloured.stdout.contains("\x1b["),
            "{args:?}: an explicit --color always wins"
        );
        let mut never = vec!["--color", "never"];
        never.extend_from_slice(args);
        assert_eq!(ndr(&never).stdout, plain.stdout);
    }
}

#[test]
fn usage_errors_exit_with_2_and_help_with_0() {
    let run = ndr(&[]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("Usage"), "{}", run.stderr);
    assert_eq!(ndr(&["frobnicate"]).code, 2);
    assert_eq!(ndr(&["--color", "sometimes", "list"]).code, 2);
    let help = ndr(&["--help"]);
    assert_eq!(help.code, 0);
    for command in ["explain", "list", "scan"] {
        assert!(help.stdout.contains(command), "{}", help.stdout);
    }
    assert!(help.stdout.contains("Exit codes"), "{}", help.stdout);
}
