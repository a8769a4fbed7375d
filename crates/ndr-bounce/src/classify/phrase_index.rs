//! Finding the rules' phrases in a text: every occurrence of every phrase, ASCII
//! case-insensitively, in one pass that touches only a few kilobytes of tables.
//!
//! Why not an Aho-Corasick DFA: over ~500 case-insensitive phrases the DFA has thousands of
//! states (2.7 MB of transitions), and its scan is a chain of dependent loads, one a byte, that
//! mostly miss the L1 and L2 caches. Here each byte costs a few instructions that do not
//! depend on the byte before: the four bytes at the position, folded to lower case, form a
//! 32-bit window, and one bit of a 4 KiB filter (a hash of the window) says whether the window
//! is the *key* of some phrase. Only then a small hash table gives the phrases with that key,
//! each compared with the text where it would stand.
//!
//! A phrase's key is the four-byte run of it that is least likely to occur in text: the run
//! the fewest phrases share (a run such as `mail` or `user` stands in many phrases, and in most
//! bounces), then the one with the fewest common English letters and spaces. Keyed so, a byte
//! of bounce text leads to a comparison about once in twenty; keyed by their first four bytes
//! it was eight times as often.
//!
//! Phrases have at least three bytes (the generator rejects shorter ones). A three-byte phrase
//! is entered under every window that starts with it (its bytes and any fourth byte), and the
//! scan reads one window past the end (a 0 for the missing byte) so that such a phrase is
//! found at the very end too.
//!
//! The search finds the same occurrences as an automaton would (every phrase at every
//! position), so the rule chosen is the same; the tests compare it with a naive search.

use std::collections::HashMap;

/// ASCII lower case of every byte; other bytes are unchanged (the exact comparison).
static LOWER: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = (i as u8).to_ascii_lowercase();
        i += 1;
    }
    table
};

/// Bits of the key filter: 2^15 bits (4 KiB), about 2 % of them set by the catalog.
const FILTER_BITS: u32 = 15;
/// The filter's length in 64-bit words.
const FILTER_WORDS: usize = 1 << (FILTER_BITS - 6);

/// A phrase under its key.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    /// The phrase, lower case (an index into [`PhraseIndex::lower`]).
    phrase: (u32, u32),
    /// Where its key starts in it.
    offset: usize,
    /// Its rule's index in catalog order.
    rule: u16,
}

/// A slot of the key table: a key and its candidates' range.
#[derive(Clone, Copy, Default, Debug)]
struct Slot {
    key: u32,
    start: u32,
    /// 0 for an empty slot (an occupied one has at least one candidate).
    end: u32,
}

/// The phrases of every rule, indexed by their keys.
#[derive(Debug)]
pub(super) struct PhraseIndex {
    filter: Box<[u64; FILTER_WORDS]>,
    slots: Box<[Slot]>,
    slot_shift: u32,
    /// Grouped by key; in each group, in rule order.
    candidates: Box<[Candidate]>,
    /// Every phrase, lower case, one after the other.
    lower: Box<[u8]>,
}

/// Every byte of a window with its 0x20 bit set: ASCII letters become lower case (other bytes
/// fold onto others, such as `@` onto a backquote, which only lets a few more windows through
/// to the exact comparison).
const FOLD: u32 = 0x2020_2020;

/// The folded 32-bit window of four bytes (missing ones count as 0), first byte lowest.
fn window(bytes: &[u8]) -> u32 {
    let mut four = [0u8; 4];
    for (slot, &b) in four.iter_mut().zip(bytes) {
        *slot = b;
    }
    u32::from_le_bytes(four) | FOLD
}

/// A multiplicative hash of a window, keeping the top `bits` bits.
const fn hash(window: u32, bits: u32) -> u32 {
    window.wrapping_mul(0x9E37_79B1) >> (32 - bits)
}

/// Eight bytes with ASCII upper-case letters made lower case, all at once: a byte gets its
/// 0x20 bit when it is below 0x80 and its low seven bits lie in `A..=Z`.
const fn lower8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low7 = x & (0x7F * ONES);
    let from_a = low7 + (0x80 - b'A' as u64) * ONES; // high bit: low7 >= 'A'
    let past_z = low7 + (0x80 - b'Z' as u64 - 1) * ONES; // high bit: low7 > 'Z'
    let upper = from_a & !past_z & !x & (0x80 * ONES);
    x | (upper >> 2)
}

/// Whether `text` equals `lower` (already lower case) ASCII case-insensitively, eight bytes at
/// a time.
fn equal_lower(text: &[u8], lower: &[u8]) -> bool {
    let word = |chunk: &[u8]| u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
    let mut text_chunks = text.chunks_exact(8);
    let mut lower_chunks = lower.chunks_exact(8);
    text.len() == lower.len()
        && text_chunks
            .by_ref()
            .zip(lower_chunks.by_ref())
            .all(|(t, l)| lower8(word(t)) == word(l))
        && text_chunks
            .remainder()
            .iter()
            .zip(lower_chunks.remainder())
            .all(|(&t, &l)| LOWER[usize::from(t)] == l)
}

/// How many phrases contain each four-byte run (folded, as a window).
fn runs_shared(phrases: &[(&'static [u8], u16)]) -> HashMap<u32, usize> {
    let mut shared = HashMap::new();
    for (phrase, _) in phrases {
        let mut runs: Vec<u32> = phrase.windows(4).map(window).collect();
        runs.sort_unstable();
        runs.dedup();
        for run in runs {
            *shared.entry(run).or_insert(0) += 1;
        }
    }
    shared
}

/// Where the key of a phrase of at least four bytes starts: the four-byte run that the
/// fewest phrases contain (`shared`), then the one with the fewest common letters and spaces,
/// then the first.
fn key_offset(phrase: &[u8], shared: &HashMap<u32, usize>) -> usize {
    let commonness = |run: &[u8]| -> usize {
        run.iter()
            .map(|&b| match LOWER[usize::from(b)] {
                b' ' | b'e' | b't' | b'a' | b'o' | b'i' | b'n' | b's' | b'r' => 2,
                b'a'..=b'z' => 1,
                _ => 0,
            })
            .sum()
    };
    (0..=phrase.len() - 4)
        .min_by_key(|&at| {
            let run = &phrase[at..at + 4];
            let sharing = shared.get(&window(run)).copied().unwrap_or(0);
            (sharing, commonness(run), at)
        })
        .unwrap_or(0)
}

impl PhraseIndex {
    /// Indexes `(phrase, rule index)` pairs. Phrases shorter than three bytes are left out
    /// (the generator rejects them).
    pub(super) fn new(phrases: &[(&'static [u8], u16)]) -> PhraseIndex {
        let shared = runs_shared(phrases);
        let mut keyed: Vec<(u32, Candidate)> = Vec::new();
        let mut lower: Vec<u8> = Vec::new();
        for &(phrase, rule) in phrases {
            if phrase.len() < 3 {
                continue;
            }
            let stored = (
                u32::try_from(lower.len()).expect("phrases fit in 4 GiB"),
                u32::try_from(lower.len() + phrase.len()).expect("phrases fit in 4 GiB"),
            );
            lower.extend(phrase.iter().map(u8::to_ascii_lowercase));
            if phrase.len() >= 4 {
                let offset = key_offset(phrase, &shared);
                let candidate = Candidate {
                    phrase: stored,
                    offset,
                    rule,
                };
                keyed.push((window(&phrase[offset..offset + 4]), candidate));
            } else {
                // Every fourth byte the scan can see after it (0 past the end), folded.
                let candidate = Candidate {
                    phrase: stored,
                    offset: 0,
                    rule,
                };
                let mut keys: Vec<u32> = (0..=255u8)
                    .map(|b| window(&[phrase[0], phrase[1], phrase[2], b]))
                    .collect();
                keys.sort_unstable();
                keys.dedup();
                keyed.extend(keys.into_iter().map(|key| (key, candidate)));
            }
        }
        keyed.sort_by_key(|(key, c)| (*key, c.rule));

        let mut filter = Box::new([0u64; FILTER_WORDS]);
        let groups = keyed.chunk_by(|a, b| a.0 == b.0).count();
        let slot_bits = (groups * 4).next_power_of_two().trailing_zeros().max(6);
        let mut slots = vec![Slot::default(); 1 << slot_bits].into_boxed_slice();
        let mask = slots.len() - 1;
        let mut start = 0;
        for group in keyed.chunk_by(|a, b| a.0 == b.0) {
            let key = group[0].0;
            let bit = hash(key, FILTER_BITS);
            filter[(bit >> 6) as usize] |= 1 << (bit & 63);
            let mut at = hash(key, slot_bits) as usize;
            while slots[at].end != 0 {
                at = (at + 1) & mask;
            }
            let end = start + group.len();
            slots[at] = Slot {
                key,
                start: u32::try_from(start).expect("fewer than 2^32 phrases"),
                end: u32::try_from(end).expect("fewer than 2^32 phrases"),
            };
            start = end;
        }
        PhraseIndex {
            filter,
            slots,
            slot_shift: slot_bits,
            candidates: keyed.into_iter().map(|(_, c)| c).collect(),
            lower: lower.into_boxed_slice(),
        }
    }

    /// The candidates whose key is `key`.
    fn group(&self, key: u32) -> &[Candidate] {
        let mask = self.slots.len() - 1;
        let mut at = hash(key, self.slot_shift) as usize;
        loop {
            let slot = self.slots[at];
            if slot.end == 0 {
                return &[];
            }
            if slot.key == key {
                return &self.candidates[slot.start as usize..slot.end as usize];
            }
            at = (at + 1) & mask;
        }
    }

    /// The lowest rule index among the phrases found in `text` for which `accept` holds, or
    /// `None`. `accept` is asked only about rules lower than the best found so far; the search
    /// stops once rule 0 is accepted.
    pub(super) fn best_rule(
        &self,
        text: &[u8],
        mut accept: impl FnMut(u16) -> bool,
    ) -> Option<u16> {
        let mut best: Option<u16> = None;
        let Some(last) = text.len().checked_sub(3) else {
            return None; // shorter than any phrase
        };
        // The hot loop: a four-byte load, the hash and one bit of the filter; no iteration
        // depends on the one before.
        for (at, four) in text.windows(4).enumerate() {
            let w = u32::from_le_bytes([four[0], four[1], four[2], four[3]]) | FOLD;
            if self.is_key(w) && self.check(text, at, w, &mut best, &mut accept) {
                return best;
            }
        }
        // The last three bytes and one past the end, for a three-byte phrase that ends the
        // text.
        let w = window(&text[last..]);
        if self.is_key(w) {
            self.check(text, last, w, &mut best, &mut accept);
        }
        best
    }

    /// Whether `window` may be the key of some phrase.
    #[inline(always)]
    fn is_key(&self, window: u32) -> bool {
        let bit = hash(window, FILTER_BITS);
        self.filter[(bit >> 6) as usize] & (1 << (bit & 63)) != 0
    }

    /// Checks the phrases whose key is `window`, which starts at `at` in the text, lowering
    /// `best` to the first that is in the text and accepted. Returns whether rule 0 (which
    /// nothing beats) won.
    #[inline(never)]
    fn check(
        &self,
        text: &[u8],
        at: usize,
        window: u32,
        best: &mut Option<u16>,
        accept: &mut impl FnMut(u16) -> bool,
    ) -> bool {
        for candidate in self.group(window) {
            if best.is_some_and(|b| b <= candidate.rule) {
                break;
            }
            let (from, to) = candidate.phrase;
            let phrase = &self.lower[from as usize..to as usize];
            let found = at
                .checked_sub(candidate.offset)
                .and_then(|start| text.get(start..start + phrase.len()))
                .is_some_and(|there| equal_lower(there, phrase));
            if found && accept(candidate.rule) {
                *best = Some(candidate.rule);
                break;
            }
        }
        *best == Some(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every occurrence of every phrase, the plain way.
    fn naive(
        phrases: &[(&'static [u8], u16)],
        text: &[u8],
        accept: impl Fn(u16) -> bool,
    ) -> Option<u16> {
        phrases
            .iter()
            .filter(|(p, _)| {
                !p.is_empty() && text.windows(p.len()).any(|w| w.eq_ignore_ascii_case(p))
            })
            .map(|&(_, rule)| rule)
            .filter(|&rule| accept(rule))
            .min()
    }

    #[test]
    fn lower8_lowers_ascii_letters_only() {
        for b in 0..=255u8 {
            let x = u64::from_le_bytes([b, b'A', b'z', b'@', b'[', 0xC1, b'Z', b' ']);
            let lowered = lower8(x).to_le_bytes();
            assert_eq!(lowered[0], b.to_ascii_lowercase(), "byte {b:#x}");
            assert_eq!(&lowered[1..], &[b'a', b'z', b'@', b'[', 0xC1, b'z', b' ']);
        }
        assert!(equal_lower(b"User UNKNOWN here", b"user unknown here"));
        assert!(!equal_lower(b"User UNKNOWN herE!", b"user unknown here"));
        assert!(!equal_lower(b"User UNKNOWN there", b"user unknown here"));
    }

    const PHRASES: &[(&[u8], u16)] = &[
        (b"user unknown", 3),
        (b"User Unknown here", 1),
        (b"spf", 2),
        (b"end", 5),
        (b"mailbox full", 4),
        (b"mail", 7),
        (b"MAILBOX", 0),
    ];

    #[test]
    fn agrees_with_a_naive_search() {
        let index = PhraseIndex::new(PHRASES);
        let texts: &[&[u8]] = &[
            b"",
            b"x",
            b"SPF",
            b"the end",
            b"the END.",
            b"sp",
            b"550 USER UNKNOWN",
            b"550 user unknown here",
            b"mailbo",
            b"the MailBox is full; mailbox full",
            b"spf fail, user unknown",
            b"en\xff\xfe user unknown\0",
            b"mai",
            b"unknown user",
        ];
        for text in texts {
            for accept_odd in [false, true] {
                let accept = |rule: u16| !accept_odd || rule % 2 == 1;
                assert_eq!(
                    index.best_rule(text, accept),
                    naive(PHRASES, text, accept),
                    "{:?} (only odd rules: {accept_odd})",
                    String::from_utf8_lossy(text)
                );
            }
        }
    }

    #[test]
    fn the_catalogs_phrases_agree_with_a_naive_search_on_the_fixture() {
        let index = PhraseIndex::new(&crate::classify::PHRASES);
        for case in ndr_codes_testdata::fixtures::reason_cases() {
            let text = case.text.as_bytes();
            for modulus in [1u16, 2, 3] {
                let accept = |rule: u16| rule.is_multiple_of(modulus);
                assert_eq!(
                    index.best_rule(text, accept),
                    naive(&crate::classify::PHRASES, text, accept),
                    "tests/reasons.txt:{}: {}",
                    case.line,
                    case.text
                );
            }
        }
    }
}
