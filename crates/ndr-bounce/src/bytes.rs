//! Byte-level text helpers: bounces are matched on raw bytes because their charsets lie.

/// ASCII case-insensitive search for `needle` (in any case) in `hay`.
pub(crate) fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some(&first) = needle.first() else {
        return Some(0);
    };
    if hay.len() < needle.len() {
        return None;
    }
    let last_start = hay.len() - needle.len();
    let mut i = 0;
    while i <= last_start {
        // SIMD skip to the next possible first byte, in either case.
        i += memchr::memchr2(
            first.to_ascii_lowercase(),
            first.to_ascii_uppercase(),
            &hay[i..=last_start],
        )?;
        if hay[i + 1..i + needle.len()].eq_ignore_ascii_case(&needle[1..]) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// A set of phrases found in one pass, ASCII case-insensitively, leftmost first.
pub(crate) fn phrase_set(phrases: &[&[u8]]) -> aho_corasick::AhoCorasick {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(phrases)
        .expect("a few short literal phrases always build")
}

/// The start of the line holding offset `at`.
pub(crate) fn line_start(bytes: &[u8], at: usize) -> usize {
    memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |p| p + 1)
}

/// Whether `hay` contains `needle` (lower case), ignoring ASCII case.
pub(crate) fn contains_ci(hay: &[u8], needle: &[u8]) -> bool {
    find_ci(hay, needle).is_some()
}

/// Whether `hay` starts with `prefix` (lower case), ignoring ASCII case.
pub(crate) fn starts_with_ci(hay: &[u8], prefix: &[u8]) -> bool {
    hay.len() >= prefix.len() && hay[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// `bytes` without leading and trailing ASCII whitespace.
pub(crate) fn trim(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(start, |p| p + 1);
    &bytes[start..end.max(start)]
}

/// The lines of `bytes` with their start offsets, without `\n` or a trailing `\r`.
pub(crate) fn lines(bytes: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    let mut at = 0;
    std::iter::from_fn(move || {
        if at >= bytes.len() {
            return None;
        }
        let start = at;
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |p| start + p);
        at = end + 1;
        let mut line = &bytes[start..end];
        if let [rest @ .., b'\r'] = line {
            line = rest;
        }
        Some((start, line))
    })
}

/// Joins folded or wrapped lines into one line with single spaces, lossily as UTF-8.
pub(crate) fn unfold(bytes: &[u8]) -> String {
    // One allocation, of the right size unless invalid UTF-8 grows into replacement characters.
    let mut out = String::with_capacity(trim(bytes).len());
    push_words(&mut out, bytes);
    out
}

/// [`unfold`] of a string already made: kept as it is when there is nothing to unfold.
pub(crate) fn unfold_owned(text: String) -> String {
    let b = text.as_bytes();
    let unfolded = !b.first().is_some_and(u8::is_ascii_whitespace)
        && !b.last().is_some_and(u8::is_ascii_whitespace)
        && b.windows(2)
            .all(|w| !w[1].is_ascii_whitespace() || (w[1] == b' ' && w[0] != b' '));
    if unfolded { text } else { unfold(b) }
}

/// Appends the words of `bytes` (split at ASCII whitespace, lossily as UTF-8) to `out`, each
/// after a single space unless `out` is empty: [`unfold`] of several texts joined by spaces,
/// one text at a time, without copying them together first.
pub(crate) fn push_words(out: &mut String, bytes: &[u8]) {
    // Whether whitespace stands between what `out` holds and the next word.
    fn push(out: &mut String, word: &str, gap: &mut bool) {
        if word.is_empty() {
            return;
        }
        if *gap && !out.is_empty() {
            out.push(' ');
        }
        *gap = false;
        out.push_str(word);
    }
    let mut gap = true;
    for chunk in bytes.utf8_chunks() {
        for (i, word) in chunk
            .valid()
            .split(|c: char| c.is_ascii_whitespace())
            .enumerate()
        {
            gap |= i > 0;
            push(out, word, &mut gap);
        }
        // An invalid sequence is one replacement character within its word, as
        // `String::from_utf8_lossy` has it.
        if !chunk.invalid().is_empty() {
            push(out, "\u{FFFD}", &mut gap);
        }
    }
}

/// Keeps, in place, the part of `text` that `part` picks (a subslice of its argument, such as
/// a trimmed one).
pub(crate) fn keep(text: &mut String, part: impl FnOnce(&str) -> &str) {
    let kept = part(text);
    // `part` returns a subslice of `text`: its offset is the distance between the pointers.
    let start = kept.as_ptr().addr().saturating_sub(text.as_ptr().addr());
    let end = start + kept.len();
    if end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end) {
        text.truncate(end);
        text.drain(..start);
    }
}

/// Whether `b` may appear in the local part or domain of a plain address.
pub(crate) fn is_addr_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"._%+-=/!#$&'*?^`{|}~".contains(&b) || b >= 0x80
}

/// The address starting at `at` (which must hold its first byte), as `(start, end)`.
/// Requires one `@`, a non-empty local part and a dotted or bracketed domain.
pub(crate) fn address_at(bytes: &[u8], at: usize) -> Option<(usize, usize)> {
    let mut i = at;
    while i < bytes.len() && is_addr_byte(bytes[i]) {
        i += 1;
    }
    if i == at || i >= bytes.len() || bytes[i] != b'@' {
        return None;
    }
    let at_sign = i;
    i += 1;
    let domain_start = i;
    while i < bytes.len()
        && (bytes[i].is_ascii_alphanumeric()
            || bytes[i] == b'.'
            || bytes[i] == b'-'
            || bytes[i] == b'_'
            || bytes[i] >= 0x80)
    {
        i += 1;
    }
    // A sentence may end right after the address.
    while i > domain_start && bytes[i - 1] == b'.' {
        i -= 1;
    }
    let domain = &bytes[domain_start..i];
    if at_sign == at || domain.len() < 3 || !domain.contains(&b'.') {
        return None;
    }
    Some((at, i))
}

/// Every address in `bytes`, as `(start, end)` offsets, left to right.
pub(crate) fn addresses(bytes: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(p) = bytes[from..].iter().position(|&b| b == b'@') {
            let at_sign = from + p;
            let mut start = at_sign;
            while start > 0 && is_addr_byte(bytes[start - 1]) {
                start -= 1;
            }
            // Leading dots or dashes belong to punctuation, not the address.
            while start < at_sign && matches!(bytes[start], b'.' | b'-' | b'=' | b'/') {
                start += 1;
            }
            from = at_sign + 1;
            if let Some((s, e)) = address_at(bytes, start) {
                from = e;
                return Some((s, e));
            }
        }
        None
    })
}

/// The first address in a header value.
pub(crate) fn first_address(value: &[u8]) -> Option<String> {
    addresses(value).next().map(|(s, e)| lossy(&value[s..e]))
}

/// `bytes` as a string, lossily: for what goes into the result.
pub(crate) fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The SMTP reply code (`550`, `421`, ...) that starts `text` (after spaces, `#` or `smtp;`).
pub(crate) fn leading_reply_code(text: &[u8]) -> Option<u16> {
    let mut t = trim(text);
    if starts_with_ci(t, b"smtp;") {
        t = trim(&t[5..]);
    }
    while let [b'#' | b'(' | b'[' | b'\'' | b'"', rest @ ..] = t {
        t = rest;
    }
    reply_code_at(t, 0)
}

/// A reply code at `at`: three digits starting with 2, 4 or 5, then a space, `-`, end or `.`.
pub(crate) fn reply_code_at(t: &[u8], at: usize) -> Option<u16> {
    let d = t.get(at..at + 3)?;
    if !(matches!(d[0], b'2' | b'4' | b'5') && d[1].is_ascii_digit() && d[2].is_ascii_digit()) {
        return None;
    }
    if at > 0 && (t[at - 1].is_ascii_alphanumeric() || t[at - 1] == b'.') {
        return None;
    }
    match t.get(at + 3) {
        None | Some(b' ' | b'-' | b'\t' | b'\'' | b'"' | b')' | b']' | b',') => {}
        _ => return None,
    }
    Some(u16::from(d[0] - b'0') * 100 + u16::from(d[1] - b'0') * 10 + u16::from(d[2] - b'0'))
}

/// The first reply code anywhere in `text` (a word of three digits 4xx or 5xx).
pub(crate) fn find_reply_code(text: &[u8]) -> Option<(usize, u16)> {
    (0..text.len().saturating_sub(2)).find_map(|i| {
        if matches!(text[i], b'4' | b'5') {
            reply_code_at(text, i).map(|c| (i, c))
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_ignoring_case() {
        assert_eq!(find_ci(b"Remote Host SAID: x", b"said:"), Some(12));
        assert_eq!(find_ci(b"abc", b"abcd"), None);
        assert_eq!(
            find_ci(b"to <A.B@Example.ORG>", b"a.b@example.org"),
            Some(4)
        );
        assert_eq!(
            find_ci(b"to <a.b@example.org>", b"A.B@Example.ORG"),
            Some(4)
        );
        assert!(starts_with_ci(b"Final-Recipient: x", b"final-recipient:"));
    }

    #[test]
    fn finds_addresses() {
        let text = b"<kijitora@example.jp>: host said: 550 to user.name+tag@mx.example.org.";
        let found: Vec<_> = addresses(text).map(|(s, e)| &text[s..e]).collect();
        assert_eq!(
            found,
            [&b"kijitora@example.jp"[..], b"user.name+tag@mx.example.org"]
        );
        assert_eq!(addresses(b"no at sign @ here, a@b").count(), 0);
    }

    #[test]
    fn reads_reply_codes() {
        assert_eq!(leading_reply_code(b"smtp; 550 5.1.1 unknown"), Some(550));
        assert_eq!(leading_reply_code(b"#550 5.1.1 RESOLVER"), Some(550));
        assert_eq!(leading_reply_code(b"550-5.7.1 x"), Some(550));
        assert_eq!(leading_reply_code(b"5501 x"), None);
        assert_eq!(
            find_reply_code(b"host x [1.2.3.4] said: 452 4.2.2 full"),
            Some((23, 452))
        );
        assert_eq!(find_reply_code(b"port 25500 1.550.2"), None);
    }

    #[test]
    fn unfolds_and_trims() {
        assert_eq!(
            unfold(b"550 5.1.1\r\n    user\tunknown "),
            "550 5.1.1 user unknown"
        );
        assert_eq!(trim(b"  x \r"), b"x");
        let mut joined = unfold(b" a\n b\xff\xfec ");
        assert_eq!(joined, String::from_utf8_lossy(b"a b\xff\xfec"));
        push_words(&mut joined, b"\xe2\x82 d\t");
        assert_eq!(
            joined,
            unfold(&[&b" a\n b\xff\xfec "[..], b"\xe2\x82 d\t"].join(&b' '))
        );
        assert_eq!(unfold(b" \r\n ").capacity(), 0);
        let mut text = String::from(" 'quoted' ");
        keep(&mut text, |t| t.trim().trim_matches('\''));
        assert_eq!(text, "quoted");
        let l: Vec<_> = lines(b"a\r\nb\n\nc").map(|(_, l)| l).collect();
        assert_eq!(l, [&b"a"[..], b"b", b"", b"c"]);
    }
}
