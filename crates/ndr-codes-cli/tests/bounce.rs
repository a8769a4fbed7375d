//! `ndr bounce` as a user runs it: the human view, JSON Lines, the summary, every kind of
//! input (file, mbox, maildir, directory, gzip, standard input) and the exit codes.

use std::{fs, io::Write, path::PathBuf};

mod common;

use common::{Run, ndr_with};
use flate2::{Compression, write::GzEncoder};
use serde_json::Value;

/// Runs `ndr` with `args` and `stdin`.
fn ndr(args: &[&str], stdin: &[u8]) -> Run {
    ndr_with(args, stdin, &[])
}

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ndr-bounce-cli-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("temp dir");
    dir
}

const POSTFIX: &str = "From: MAILER-DAEMON@mx.example.org\nTo: sender@example.com\n\
Subject: Undelivered Mail Returned to Sender\n\n\
<kijitora@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1\n    \
<kijitora@example.jp>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n\n\
<mike@example.net>: host mx.example.net[192.0.2.2] said: 452 4.2.2 Mailbox full\n";

const PLAIN: &str = "From: a@example.com\nTo: b@example.com\nSubject: lunch\n\nNoon?\n";

fn lines(run: &Run) -> Vec<Value> {
    run.stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

#[test]
fn json_lines_one_object_per_recipient() {
    let run = ndr(&["bounce", "--json"], POSTFIX.as_bytes());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let rows = lines(&run);
    assert_eq!(rows.len(), 2);
    let first = &rows[0];
    for key in [
        "source",
        "index",
        "kind",
        "format",
        "recipient",
        "action",
        "status",
        "status_source",
        "reply_code",
        "diagnostic",
        "remote_mta",
        "reason",
        "hard",
        "rule",
        "title",
    ] {
        assert!(first.get(key).is_some(), "key {key} missing: {first}");
    }
    assert_eq!(first["source"], "-");
    assert_eq!(first["index"], 1);
    assert_eq!(first["recipient"], "kijitora@example.jp");
    assert_eq!(first["status"], "5.1.1");
    assert_eq!(first["reply_code"], 550);
    assert_eq!(first["remote_mta"], "mx.example.jp");
    assert_eq!(first["reason"], "user-unknown");
    assert_eq!(first["hard"], true);
    assert_eq!(rows[1]["index"], 2);
    assert_eq!(rows[1]["status"], "4.2.2");
    assert_eq!(rows[1]["hard"], false);
}

#[test]
fn human_view_tells_code_reason_server_and_remedy() {
    let run = ndr(&["bounce", "--color", "never"], POSTFIX.as_bytes());
    assert_eq!(run.code, 0);
    let out = &run.stdout;
    assert!(out.contains("kijitora@example.jp"), "{out}");
    assert!(
        out.contains("5.1.1 Bad destination mailbox address"),
        "{out}"
    );
    assert!(out.contains("user-unknown (hard)"), "{out}");
    assert!(out.contains("from     diagnostic"), "{out}");
    assert!(out.contains("mx.example.jp: \"550 5.1.1"), "{out}");
    assert!(out.contains("  do       "), "{out}");
}

#[test]
fn summary_counts_by_reason_code_and_domain() {
    let run = ndr(&["bounce", "--summary", "--json"], POSTFIX.as_bytes());
    assert_eq!(run.code, 0);
    let v: Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(v["recipients"], 2);
    let domains: Vec<&str> = v["by_domain"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["key"].as_str().unwrap())
        .collect();
    assert!(domains.contains(&"example.jp") && domains.contains(&"example.net"));
    let text = ndr(&["bounce", "--summary"], POSTFIX.as_bytes());
    assert!(
        text.stdout.contains("by reason") && text.stdout.contains("user-unknown"),
        "{}",
        text.stdout
    );
}

#[test]
fn no_bounce_prints_nothing_and_exits_1() {
    let run = ndr(&["bounce", "--json"], PLAIN.as_bytes());
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty());
}

#[test]
fn reads_mbox_maildir_directories_and_gzip() {
    let dir = scratch("inputs");
    let mbox = format!(
        "From a@b Thu Jan  1 00:00:00 2026\n{POSTFIX}\nFrom c@d Thu Jan  1 00:00:00 2026\n{PLAIN}\nFrom e@f Thu Jan  1 00:00:00 2026\n{POSTFIX}"
    );
    fs::write(dir.join("box.mbox"), &mbox).unwrap();
    let maildir = dir.join("Maildir");
    for sub in ["cur", "new", "tmp"] {
        fs::create_dir_all(maildir.join(sub)).unwrap();
    }
    fs::write(maildir.join("new/1.eml"), POSTFIX).unwrap();
    fs::write(maildir.join("tmp/half-written"), POSTFIX).unwrap();
    let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
    gz.write_all(POSTFIX.as_bytes()).unwrap();
    fs::write(dir.join("one.eml.gz"), gz.finish().unwrap()).unwrap();
    let run = ndr(&["bounce", "--json", dir.to_str().unwrap()], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let sources: Vec<String> = lines(&run)
        .iter()
        .filter(|r| r["index"] == 1)
        .map(|r| r["source"].as_str().unwrap().to_owned())
        .collect();
    let base = dir.display().to_string();
    assert_eq!(
        sources,
        [
            format!("{base}/Maildir/new/1.eml"),
            format!("{base}/box.mbox:1"),
            format!("{base}/box.mbox:3"),
            format!("{base}/one.eml.gz"),
        ]
    );
}

#[test]
fn unreadable_input_is_reported_and_the_rest_still_read() {
    let dir = scratch("unreadable");
    fs::write(dir.join("a.eml"), POSTFIX).unwrap();
    // An entry of the directory that cannot be opened (a dangling link; chmod 000 would not
    // stop root).
    std::os::unix::fs::symlink(dir.join("gone"), dir.join("b.eml")).unwrap();
    let missing = dir.join("missing.eml");
    let run = ndr(
        &[
            "bounce",
            "--json",
            missing.to_str().unwrap(),
            dir.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("missing.eml"), "{}", run.stderr);
    assert!(run.stderr.contains("b.eml"), "{}", run.stderr);
    assert_eq!(lines(&run).len(), 2);
}

#[test]
fn not_mail_is_a_warning_not_a_failure() {
    let run = ndr(&["bounce"], b"\x00\x01binary junk");
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("not a mail message"), "{}", run.stderr);
}
