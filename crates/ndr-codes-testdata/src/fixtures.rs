//! The project's shared test data, found and read the same way by every crate's tests and
//! benchmarks: the bounce corpus beside the repository and the cases of `tests/reasons.txt`.

use std::path::{Path, PathBuf};

/// The workspace root (this crate lives in `crates/ndr-codes-testdata`).
fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The bounce corpus folder (`emails/` and `expected.jsonl`): `NDR_BOUNCE_CORPUS` when set (to
/// score a held-out set), else `../shared/corpus/bounces` beside the repository.
pub fn bounce_corpus() -> PathBuf {
    std::env::var_os("NDR_BOUNCE_CORPUS").map_or_else(
        || workspace().join("../shared/corpus/bounces"),
        PathBuf::from,
    )
}

/// The files of the corpus's `emails/` folder, sorted by name; empty when it cannot be listed.
pub fn bounce_files() -> Vec<PathBuf> {
    let dir = bounce_corpus().join("emails");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.sort();
    paths
}

/// The bytes of every corpus message that can be read, in file-name order; empty without a
/// corpus.
pub fn bounce_messages() -> Vec<Vec<u8>> {
    bounce_files()
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .collect()
}

/// One case of `tests/reasons.txt`: `TEXT<TAB>REASON[<TAB>REMOTE-HOST]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReasonCase {
    /// The line number in the file, from 1.
    pub line: usize,
    /// The reply or diagnostic text.
    pub text: String,
    /// The expected reason's id (`user-unknown`).
    pub reason: String,
    /// The remote host that gave the reply, when the case names one.
    pub host: Option<String>,
}

/// Every case of `tests/reasons.txt`, in file order (blank lines and `#` comments skipped).
///
/// # Panics
/// When the file cannot be read, or a line has no reason: the fixture is the project's own
/// file, and the message names the line to fix.
pub fn reason_cases() -> Vec<ReasonCase> {
    let path = workspace().join("tests/reasons.txt");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(n, l)| {
            let mut fields = l.split('\t');
            let (Some(text), Some(reason)) = (fields.next(), fields.next()) else {
                panic!("tests/reasons.txt:{}: expected TEXT<TAB>REASON", n + 1);
            };
            ReasonCase {
                line: n + 1,
                text: text.to_owned(),
                reason: reason.to_owned(),
                host: fields.next().map(str::to_owned),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reason_cases_are_read_with_their_lines() {
        let cases = reason_cases();
        assert!(cases.len() >= 300, "only {} cases", cases.len());
        assert!(
            cases
                .iter()
                .all(|c| !c.text.is_empty() && !c.reason.is_empty())
        );
        assert!(cases.windows(2).all(|w| w[0].line < w[1].line));
        assert!(
            cases.iter().any(|c| c.host.is_some()),
            "some cases name a host"
        );
    }
}
