//! `ndr_bounce::read`: every input shape, and unreadable entries reported without losing the rest.

use std::{fs, io::Write, path::PathBuf};

use flate2::{Compression, write::GzEncoder};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ndr-bounce-read-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("temp dir");
    dir
}

const A: &str = "From: MAILER-DAEMON@x.org\nSubject: failure\n\n<a@example.jp>: host x.example.jp[192.0.2.1] said: 550 5.1.1 unknown\n";
const B: &str =
    "From: a@example.com\nSubject: hi\n\nFrom here on, a line that starts like a separator.\n";

fn collect(path: &std::path::Path) -> (Vec<(String, Vec<u8>)>, Vec<String>) {
    let mut ok = Vec::new();
    let mut errors = Vec::new();
    for item in ndr_bounce::read(path) {
        match item {
            Ok(m) => ok.push(m),
            Err(e) => errors.push(e.to_string()),
        }
    }
    (ok, errors)
}

#[test]
fn mbox_is_split_on_separator_lines_only() {
    let dir = scratch("mbox");
    let path = dir.join("mail.mbox");
    // The second message's body has `From ` lines that are not separators (one after a blank
    // line but without a date, one not after a blank line): they stay inside the message.
    let mbox = format!(
        "From x Thu Jan  1 00:00:00 2026\n{A}\nFrom y Thu Jan  1 00:00:00 2026\n{B}From z broken line inside the body\n\nFrom w Thu Jan  1 00:00:00 2026\n{A}"
    );
    fs::write(&path, mbox).unwrap();
    let (messages, errors) = collect(&path);
    assert!(errors.is_empty());
    let sources: Vec<&str> = messages
        .iter()
        .map(|(s, _)| s.rsplit(':').next().unwrap())
        .collect();
    assert_eq!(sources, ["1", "2", "3"]);
    assert!(String::from_utf8_lossy(&messages[1].1).contains("From z broken line"));
    assert_eq!(messages[0].1, A.as_bytes());
    for (_, raw) in &messages {
        ndr_bounce::parse(raw).expect("every mbox message parses");
    }
}

#[test]
fn gzip_maildir_and_directories() {
    let dir = scratch("tree");
    for sub in ["cur", "new", "tmp"] {
        fs::create_dir_all(dir.join("md").join(sub)).unwrap();
    }
    fs::write(dir.join("md/cur/1:2,S"), A).unwrap();
    fs::write(dir.join("md/new/2"), B).unwrap();
    fs::write(dir.join("md/tmp/3"), A).unwrap();
    fs::write(dir.join(".hidden"), A).unwrap();
    let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
    gz.write_all(
        format!("From x Thu Jan  1 00:00:00 2026\n{A}\nFrom y Thu Jan  1 00:00:00 2026\n{B}")
            .as_bytes(),
    )
    .unwrap();
    fs::write(dir.join("z.mbox.gz"), gz.finish().unwrap()).unwrap();
    let (messages, errors) = collect(&dir);
    assert!(errors.is_empty(), "{errors:?}");
    let names: Vec<String> = messages
        .iter()
        .map(|(s, _)| {
            s.strip_prefix(&dir.display().to_string())
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(
        names,
        ["/md/cur/1:2,S", "/md/new/2", "/z.mbox.gz:1", "/z.mbox.gz:2"]
    );
}

#[test]
fn unreadable_entries_are_errors_and_the_rest_is_read() {
    let dir = scratch("unreadable");
    fs::write(dir.join("a.eml"), A).unwrap();
    std::os::unix::fs::symlink(dir.join("nowhere"), dir.join("b.eml")).unwrap();
    fs::write(dir.join("c.eml"), B).unwrap();
    let (messages, errors) = collect(&dir);
    assert_eq!(messages.len(), 2);
    assert_eq!(errors.len(), 1);
    assert!(errors[0].contains("b.eml"), "{errors:?}");
    let (messages, errors) = collect(&dir.join("missing"));
    assert!(messages.is_empty());
    assert_eq!(errors.len(), 1);
}

#[test]
fn a_broken_gzip_file_is_an_error() {
    let dir = scratch("badgz");
    fs::write(dir.join("x.gz"), [0x1f, 0x8b, 8, 0, 1, 2, 3]).unwrap();
    let (messages, errors) = collect(&dir.join("x.gz"));
    assert!(messages.is_empty());
    assert_eq!(errors.len(), 1, "{errors:?}");
}
