//! What `ndr explain` finds in a text: enhanced status codes (by `find_codes`) and Exchange
//! diagnostic tokens such as `RESOLVER.ADR.RecipNotFound` (by `Status::from_diagnostic`), one
//! result per distinct code, in order of first appearance.

use std::ops::Range;

use ndr_codes::{Code, Status, find_codes};

/// How a code was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchKind {
    /// The code itself, such as `5.1.1`.
    Code,
    /// An Exchange diagnostic token the catalog lists for the entry.
    Diagnostic,
}

impl MatchKind {
    /// `"code"` or `"diagnostic"`.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchKind::Code => "code",
            MatchKind::Diagnostic => "diagnostic",
        }
    }
}

/// One place in the text that names a code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    /// The matched text.
    pub text: String,
    /// Byte offsets in the input.
    pub span: Range<usize>,
    /// Code or diagnostic token.
    pub kind: MatchKind,
}

/// A distinct code and every place that names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The code: as found, or the entry's code for a diagnostic token.
    pub code: Code,
    /// Where it was named, in order.
    pub matches: Vec<Match>,
}

/// Finds the codes and diagnostic tokens in `text`, grouped by code.
pub fn analyse(text: &[u8]) -> Vec<Finding> {
    let mut all: Vec<(Code, Match)> = find_codes(text)
        .map(|f| {
            let matched = String::from_utf8_lossy(&text[f.span.clone()]).into_owned();
            (
                f.code,
                Match {
                    text: matched,
                    span: f.span,
                    kind: MatchKind::Code,
                },
            )
        })
        .collect();
    all.extend(diagnostics(text));
    all.sort_by_key(|(_, m)| m.span.start);
    let mut findings: Vec<Finding> = Vec::new();
    for (code, found) in all {
        match findings.iter_mut().find(|f| f.code == code) {
            Some(finding) => finding.matches.push(found),
            None => findings.push(Finding {
                code,
                matches: vec![found],
            }),
        }
    }
    findings
}

/// A byte that can be part of a diagnostic token (`STOREDRV.Deliver.Exception:Quota...`).
fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b':')
}

/// Diagnostic tokens: runs of token bytes that start with a letter and hold a dot, tried
/// whole (without trailing punctuation) and, failing that, piece by piece between colons.
fn diagnostics(text: &[u8]) -> Vec<(Code, Match)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        if !is_token_byte(text[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < text.len() && is_token_byte(text[i]) {
            i += 1;
        }
        let mut end = i;
        while end > start && matches!(text[end - 1], b'.' | b':' | b'-' | b'_') {
            end -= 1;
        }
        if let Some(found) = lookup(text, start..end) {
            out.push(found);
            continue;
        }
        let mut piece_start = start;
        for piece in text[start..end].split(|&b| b == b':') {
            if let Some(found) = lookup(text, piece_start..piece_start + piece.len()) {
                out.push(found);
            }
            piece_start += piece.len() + 1;
        }
    }
    out
}

/// The catalog entry for the token at `span`, if it is one.
fn lookup(text: &[u8], span: Range<usize>) -> Option<(Code, Match)> {
    let token = std::str::from_utf8(&text[span.clone()]).ok()?;
    if !token.starts_with(|c: char| c.is_ascii_alphabetic()) || !token.contains('.') {
        return None;
    }
    let status = Status::from_diagnostic(token)?;
    Some((
        status.code(),
        Match {
            text: token.to_owned(),
            span,
            kind: MatchKind::Diagnostic,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A diagnostic token the catalog lists, whatever the catalog holds today.
    fn some_token() -> Option<(&'static str, Status)> {
        Status::ALL
            .iter()
            .find_map(|s| s.diagnostics().first().map(|t| (*t, *s)))
    }

    #[test]
    fn codes_in_order_once_each() {
        let found = analyse(b"550-5.1.1 a\n550 5.1.1 b; dsn=4.4.7 at 10.5.1.1");
        let codes: Vec<String> = found.iter().map(|f| f.code.to_string()).collect();
        assert_eq!(codes, ["5.1.1", "4.4.7"]);
        assert_eq!(found[0].matches.len(), 2);
        assert_eq!(found[0].matches[1].span, 16..21);
        assert!(analyse(b"v5.1.1 and 15.2.1118.26").is_empty());
    }

    #[test]
    fn diagnostic_tokens_join_their_code() {
        let Some((token, status)) = some_token() else {
            return;
        };
        let text = format!("#550 {} {token}; not found ##", status.as_str());
        let found = analyse(text.as_bytes());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].code, status.code());
        let kinds: Vec<MatchKind> = found[0].matches.iter().map(|m| m.kind).collect();
        assert_eq!(kinds, [MatchKind::Code, MatchKind::Diagnostic]);
        let m = &found[0].matches[1];
        assert_eq!(&text[m.span.clone()], token);

        // Alone, in lower case, or glued to more tokens by colons.
        let lower = token.to_ascii_lowercase();
        assert_eq!(analyse(lower.as_bytes())[0].code, status.code());
        let glued = format!("Exception:{token}:Detail.");
        assert_eq!(analyse(glued.as_bytes())[0].matches[0].text, token);
    }

    #[test]
    fn unknown_tokens_are_ignored() {
        assert!(analyse(b"NO.SUCH.Token here, example.com, a.b").is_empty());
    }
}
