//! Turns the raw YAML model into a [`Catalog`], collecting every problem on the way.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_saphyr::{Location, Spanned};

use super::catalog::{
    Actor, Catalog, ClassInfo, Diagnostic, Entry, Meaning, Origin, ReasonInfo, SubjectInfo,
};
use super::model::{RawCatalog, RawEntry, RawMeaning};

/// Collects diagnostics for one file.
pub(crate) struct Reporter {
    file: String,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

impl Reporter {
    pub(crate) fn new(file: &str) -> Self {
        Reporter {
            file: file.to_owned(),
            diagnostics: Vec::new(),
        }
    }

    pub(crate) fn report(&mut self, at: Location, entry: Option<&str>, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic {
            file: self.file.clone(),
            line: at.line(),
            column: at.column(),
            entry: entry.map(str::to_owned),
            message: message.into(),
        });
    }
}

/// Folds runs of white space (line breaks of YAML block scalars included) into one space.
fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A required text field: present and not blank.
fn required_text(
    field: &Option<Spanned<String>>,
    name: &str,
    at: Location,
    entry: Option<&str>,
    r: &mut Reporter,
) -> String {
    match field {
        Some(s) if !s.value.trim().is_empty() => normalize(&s.value),
        Some(s) => {
            r.report(s.referenced, entry, format!("`{name}` is empty"));
            String::new()
        }
        None => {
            r.report(at, entry, format!("`{name}` is missing"));
            String::new()
        }
    }
}

/// An optional text field: absent is fine, present must not be blank.
fn optional_text(
    field: &Option<Spanned<String>>,
    name: &str,
    entry: Option<&str>,
    r: &mut Reporter,
) -> Option<String> {
    let s = field.as_ref()?;
    if s.value.trim().is_empty() {
        r.report(
            s.referenced,
            entry,
            format!("`{name}` is empty; remove it or write it"),
        );
        None
    } else {
        Some(normalize(&s.value))
    }
}

/// A number of 1 to 3 digits without leading zeros (`0` alone is fine).
fn parse_part(part: &str) -> Option<u16> {
    let ok = !part.is_empty()
        && part.len() <= 3
        && part.bytes().all(|b| b.is_ascii_digit())
        && (part == "0" || !part.starts_with('0'));
    if ok { part.parse().ok() } else { None }
}

/// `5.1.1` or `5.7.606-649` -> (class, subject, first detail, last detail).
pub(crate) fn parse_code_notation(text: &str) -> Result<(u8, u16, u16, u16), String> {
    let mut parts = text.splitn(3, '.');
    let (Some(class), Some(subject), Some(detail)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(format!(
            "malformed code `{text}`: expected CLASS.SUBJECT.DETAIL such as 5.1.1"
        ));
    };
    let class = match class {
        "2" => 2,
        "4" => 4,
        "5" => 5,
        _ => {
            return Err(format!(
                "malformed code `{text}`: the class must be 2, 4 or 5"
            ));
        }
    };
    let subject = parse_part(subject).ok_or_else(|| {
        format!("malformed code `{text}`: the subject must be 1 to 3 digits without leading zeros")
    })?;
    let (first, last) = match detail.split_once('-') {
        Some((first, last)) => (first, Some(last)),
        None => (detail, None),
    };
    let bad_detail = || {
        format!("malformed code `{text}`: the detail must be 1 to 3 digits without leading zeros")
    };
    let first = parse_part(first).ok_or_else(bad_detail)?;
    let last = match last {
        Some(last) => {
            let last = parse_part(last).ok_or_else(bad_detail)?;
            if last <= first {
                return Err(format!(
                    "malformed range `{text}`: the last detail must be greater than the first"
                ));
            }
            last
        }
        None => first,
    };
    Ok((class, subject, first, last))
}

fn is_upper_camel_case(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_alphanumeric())
}

fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id
            .split('-')
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
}

fn is_diagnostic_token(token: &str) -> bool {
    !token.is_empty()
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_' || b == b'-')
}

pub(crate) fn validate(raw: RawCatalog, r: &mut Reporter) -> Catalog {
    let classes = validate_classes(&raw, r);
    let subjects = validate_subjects(&raw, r);
    let reasons = validate_reasons(&raw, r);
    let reason_ids: HashSet<&str> = reasons.iter().map(|x| x.id.as_str()).collect();
    let mut entries = Vec::with_capacity(raw.entries.len());
    for raw_entry in &raw.entries {
        if let Some(entry) = validate_entry(&raw_entry.value, raw_entry.referenced, &reason_ids, r)
        {
            entries.push(entry);
        }
    }
    if raw.entries.is_empty() {
        r.report(
            Location::UNKNOWN,
            None,
            "`entries` is empty: the catalog needs at least one code",
        );
    }
    check_across_entries(&raw.entries, &entries, r);
    let rules = super::rules::validate(&raw.rules, &reasons, r);
    Catalog {
        classes,
        subjects,
        reasons,
        entries,
        rules,
    }
}

fn validate_classes(raw: &RawCatalog, r: &mut Reporter) -> Vec<ClassInfo> {
    let mut out: Vec<ClassInfo> = Vec::new();
    for c in &raw.classes {
        let at = c.referenced;
        let title = required_text(&c.value.title, "title", at, None, r);
        let description = required_text(&c.value.description, "description", at, None, r);
        match &c.value.class {
            Some(n) if [2, 4, 5].contains(&n.value) => {
                if out.iter().any(|x| x.class == n.value) {
                    r.report(
                        n.referenced,
                        None,
                        format!("class {} is described twice", n.value),
                    );
                }
                out.push(ClassInfo {
                    class: n.value,
                    title,
                    description,
                });
            }
            Some(n) => r.report(
                n.referenced,
                None,
                format!("class {} is not 2, 4 or 5", n.value),
            ),
            None => r.report(at, None, "`class` is missing"),
        }
    }
    out.sort_by_key(|c| c.class);
    let have: Vec<u8> = out.iter().map(|c| c.class).collect();
    if have != [2, 4, 5] {
        r.report(
            Location::UNKNOWN,
            None,
            "`classes` must describe exactly the classes 2, 4 and 5",
        );
    }
    out
}

fn validate_subjects(raw: &RawCatalog, r: &mut Reporter) -> Vec<SubjectInfo> {
    let mut out: Vec<SubjectInfo> = Vec::new();
    for s in &raw.subjects {
        let at = s.referenced;
        let title = required_text(&s.value.title, "title", at, None, r);
        let description = required_text(&s.value.description, "description", at, None, r);
        match &s.value.subject {
            Some(n) if n.value <= 7 => {
                if out.iter().any(|x| x.subject == n.value) {
                    r.report(
                        n.referenced,
                        None,
                        format!("subject {} is described twice", n.value),
                    );
                }
                out.push(SubjectInfo {
                    subject: n.value,
                    title,
                    description,
                });
            }
            Some(n) => r.report(
                n.referenced,
                None,
                format!("subject {} is not 0 to 7", n.value),
            ),
            None => r.report(at, None, "`subject` is missing"),
        }
    }
    out.sort_by_key(|s| s.subject);
    if !out.iter().map(|s| s.subject).eq(0..=7) {
        r.report(
            Location::UNKNOWN,
            None,
            "`subjects` must describe exactly the subjects 0 to 7",
        );
    }
    out
}

fn validate_reasons(raw: &RawCatalog, r: &mut Reporter) -> Vec<ReasonInfo> {
    let mut out: Vec<ReasonInfo> = Vec::new();
    for x in &raw.reasons {
        let at = x.referenced;
        let id = required_text(&x.value.id, "id", at, None, r);
        let title = required_text(&x.value.title, "title", at, None, r);
        let description = required_text(&x.value.description, "description", at, None, r);
        let sisimai = match &x.value.sisimai {
            Some(list) if !list.value.is_empty() => list.value.clone(),
            Some(list) => {
                r.report(
                    list.referenced,
                    None,
                    format!("reason `{id}`: `sisimai` is empty"),
                );
                Vec::new()
            }
            None => {
                r.report(at, None, format!("reason `{id}`: `sisimai` is missing"));
                Vec::new()
            }
        };
        if !id.is_empty() && !is_kebab_case(&id) {
            r.report(at, None, format!("reason id `{id}` is not kebab-case"));
        }
        if out.iter().any(|o| o.id == id) {
            r.report(at, None, format!("reason `{id}` is defined twice"));
        }
        out.push(ReasonInfo {
            id,
            title,
            description,
            sisimai,
        });
    }
    if out.is_empty() {
        r.report(Location::UNKNOWN, None, "`reasons` is empty");
    }
    out
}

fn validate_entry(
    e: &RawEntry,
    at: Location,
    reasons: &HashSet<&str>,
    r: &mut Reporter,
) -> Option<Entry> {
    let code_text = e.code.as_ref().map(|c| c.value.trim().to_owned());
    let id_text = e.id.as_ref().map(|i| i.value.trim().to_owned());
    let label = format!(
        "{} ({})",
        code_text.as_deref().unwrap_or("?"),
        id_text.as_deref().unwrap_or("?")
    );
    let label = Some(label.as_str());

    let parsed = match &e.code {
        None => {
            r.report(at, label, "`code` is missing");
            None
        }
        Some(code) => match parse_code_notation(code.value.trim()) {
            Ok(parts) => Some(parts),
            Err(message) => {
                r.report(code.referenced, label, message);
                None
            }
        },
    };
    if let (Some((_, subject, _, _)), Some(code)) = (parsed, &e.code)
        && subject > 7
    {
        r.report(
            code.referenced,
            label,
            format!("subject {subject} is not one of the subjects 0 to 7 this catalog describes"),
        );
    }

    let id = required_text(&e.id, "id", at, label, r);
    if !id.is_empty() && !is_upper_camel_case(&id) {
        let place = e.id.as_ref().map_or(at, |i| i.referenced);
        r.report(
            place,
            label,
            format!("id `{id}` is not UpperCamelCase (a capital letter, then letters and digits)"),
        );
    }
    let title = required_text(&e.title, "title", at, label, r);
    let description = required_text(&e.description, "description", at, label, r);
    let remedy = required_text(&e.remedy, "remedy", at, label, r);
    let exchange = optional_text(&e.exchange, "exchange", label, r);
    let sender = optional_text(&e.sender, "sender", label, r);
    let note = optional_text(&e.note, "note", label, r);

    let origin_text = required_text(&e.origin, "origin", at, label, r);
    let origin = Origin::ALL.iter().find(|o| o.1 == origin_text).map(|o| o.0);
    if origin.is_none() && !origin_text.is_empty() {
        let place = e.origin.as_ref().map_or(at, |o| o.referenced);
        r.report(
            place,
            label,
            format!(
                "unknown origin `{origin_text}`: use iana, exchange, exchange-online or vendor"
            ),
        );
    }

    let actor_text = required_text(&e.actor, "actor", at, label, r);
    let actor = Actor::ALL.iter().find(|a| a.1 == actor_text).map(|a| a.0);
    if actor.is_none() && !actor_text.is_empty() {
        let place = e.actor.as_ref().map_or(at, |a| a.referenced);
        r.report(place, label, format!("unknown actor `{actor_text}`: use sender, sender-admin, recipient, recipient-admin or none"));
    }

    let reason = required_text(&e.reason, "reason", at, label, r);
    if !reason.is_empty() && !reasons.contains(reason.as_str()) {
        let place = e.reason.as_ref().map_or(at, |x| x.referenced);
        r.report(
            place,
            label,
            format!("unknown reason `{reason}`: it must be one of the ids under `reasons`"),
        );
    }

    let smtp = match &e.smtp {
        None => {
            r.report(at, label, "`smtp` is missing");
            Vec::new()
        }
        Some(list) if list.value.is_empty() => {
            r.report(
                list.referenced,
                label,
                "`smtp` is empty: list the basic reply codes",
            );
            Vec::new()
        }
        Some(list) => {
            if let Some((class, ..)) = parsed {
                for &reply in &list.value {
                    if !(200..600).contains(&reply) || reply / 100 != u16::from(class) {
                        r.report(
                            list.referenced,
                            label,
                            format!("smtp reply {reply} does not belong to class {class}"),
                        );
                    }
                }
            }
            list.value.clone()
        }
    };

    let references = match &e.references {
        None => {
            r.report(at, label, "`references` is missing");
            Vec::new()
        }
        Some(list) if list.value.iter().all(|x| x.trim().is_empty()) => {
            r.report(
                list.referenced,
                label,
                "`references` is empty: cite at least one source",
            );
            Vec::new()
        }
        Some(list) => list.value.iter().map(|x| normalize(x)).collect(),
    };

    let diagnostics = match &e.diagnostics {
        None => Vec::new(),
        Some(list) => {
            for token in &list.value {
                if !is_diagnostic_token(token) {
                    r.report(list.referenced, label, format!("diagnostic token `{token}` may hold only letters, digits, `.`, `_` and `-`"));
                }
            }
            list.value.clone()
        }
    };

    // The person who got the NDR reads it first: every failure entry tells them what to do.
    if let Some((class @ (4 | 5), ..)) = parsed
        && sender.is_none()
        && e.sender.is_none()
    {
        r.report(
            at,
            label,
            format!(
                "`sender` is missing: a class {class} entry says what the person who got the NDR should do"
            ),
        );
    }

    let meanings = validate_meanings(e.meanings.as_ref(), label, r);

    let (class, subject, detail, last_detail) = parsed?;
    let origin = origin?;
    let applies_to = applies_to(origin, exchange.is_some(), &meanings);
    Some(Entry {
        class,
        subject,
        detail,
        last_detail,
        id,
        title,
        origin,
        description,
        exchange,
        remedy,
        sender,
        actor: actor?,
        smtp,
        reason,
        diagnostics,
        note,
        references,
        meanings,
        applies_to,
        line: at.line(),
    })
}

/// `meanings`: absent for a code with one meaning; else at least two complete items.
fn validate_meanings(
    field: Option<&Spanned<Vec<Spanned<RawMeaning>>>>,
    entry: Option<&str>,
    r: &mut Reporter,
) -> Vec<Meaning> {
    let Some(list) = field else {
        return Vec::new();
    };
    if list.value.len() < 2 {
        r.report(
            list.referenced,
            entry,
            "`meanings` needs at least two items (one per group of systems); \
             a code with one meaning leaves it out",
        );
    }
    let mut out = Vec::with_capacity(list.value.len());
    for item in &list.value {
        let at = item.referenced;
        let systems = required_text(&item.value.systems, "systems", at, entry, r);
        let meaning = required_text(&item.value.meaning, "meaning", at, entry, r);
        out.push(Meaning { systems, meaning });
    }
    out
}

/// Which systems use the code with which meaning, as one text for every entry: the entry's
/// `meanings` when it has them, else what its origin implies.
fn applies_to(origin: Origin, has_exchange_note: bool, meanings: &[Meaning]) -> String {
    if !meanings.is_empty() {
        let items: Vec<String> = meanings
            .iter()
            .map(|m| {
                let stop = if m.meaning.ends_with(['.', '!', '?']) {
                    ""
                } else {
                    "."
                };
                format!("{}: {}{stop}", m.systems, m.meaning)
            })
            .collect();
        return items.join(" ");
    }
    let own = match origin {
        Origin::Iana => "Every mail system that uses RFC 3463 codes, with the meaning above.",
        Origin::Exchange => {
            "Exchange Server, with the meaning above: a Microsoft code that the IANA registry \
             does not list."
        }
        Origin::ExchangeOnline => {
            "Exchange Online (Microsoft 365), with the meaning above: a Microsoft code that the \
             IANA registry does not list."
        }
        Origin::Vendor => {
            "The mail system named above: a vendor's code that the IANA registry does not list."
        }
    };
    if has_exchange_note && origin == Origin::Iana {
        format!("{own} Exchange Server and Exchange Online: see In Exchange for how they use it.")
    } else {
        own.to_owned()
    }
}

fn check_across_entries(raw: &[Spanned<RawEntry>], entries: &[Entry], r: &mut Reporter) {
    let line_of = |e: &Entry| {
        raw.iter()
            .find(|x| x.referenced.line() == e.line)
            .map_or(Location::UNKNOWN, |x| x.referenced)
    };
    let label = |e: &Entry| format!("{} ({})", e.notation(), e.id);
    let mut ids: HashMap<&str, &Entry> = HashMap::new();
    let mut titles: HashMap<String, &Entry> = HashMap::new();
    let mut codes: BTreeMap<u32, &Entry> = BTreeMap::new();
    let mut tokens: HashMap<String, &Entry> = HashMap::new();
    let mut previous: Option<&Entry> = None;
    for e in entries {
        let at = line_of(e);
        let here = label(e);
        if let Some(first) = ids.insert(&e.id, e) {
            r.report(
                at,
                Some(&here),
                format!("duplicate id: line {} already uses `{}`", first.line, e.id),
            );
        }
        if let Some(first) = titles.insert(e.title.to_lowercase(), e) {
            r.report(
                at,
                Some(&here),
                format!(
                    "duplicate title: line {} already uses \"{}\"",
                    first.line, e.title
                ),
            );
        }
        if let Some(first) = codes.insert(e.value(), e) {
            r.report(
                at,
                Some(&here),
                format!(
                    "duplicate code: line {} already defines {}",
                    first.line,
                    e.code()
                ),
            );
        }
        for token in &e.diagnostics {
            if let Some(first) = tokens.insert(token.to_ascii_lowercase(), e) {
                r.report(
                    at,
                    Some(&here),
                    format!(
                        "diagnostic token `{token}` is already listed by entry {} on line {}",
                        label(first),
                        first.line
                    ),
                );
            }
        }
        if let Some(prev) = previous
            && e.value() < prev.value()
        {
            r.report(
                at,
                Some(&here),
                format!(
                    "out of code order: it must come before {} on line {}",
                    label(prev),
                    prev.line
                ),
            );
        }
        previous = Some(e);
    }
    let ranges: Vec<&Entry> = entries.iter().filter(|e| e.is_range()).collect();
    for (i, a) in ranges.iter().enumerate() {
        for b in &ranges[i + 1..] {
            if a.value() <= b.last_value() && b.value() <= a.last_value() {
                r.report(
                    line_of(b),
                    Some(&label(b)),
                    format!("range overlaps {} on line {}", label(a), a.line),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_notation() {
        assert_eq!(parse_code_notation("5.1.1"), Ok((5, 1, 1, 1)));
        assert_eq!(parse_code_notation("5.7.606-649"), Ok((5, 7, 606, 649)));
        assert_eq!(parse_code_notation("2.0.0"), Ok((2, 0, 0, 0)));
        for bad in [
            "3.1.1",
            "5.01.1",
            "5.1",
            "5.1.1000",
            "5.1.x",
            "5.7.649-606",
            "5.7.6-6",
            "",
        ] {
            assert!(parse_code_notation(bad).is_err(), "{bad}");
        }
    }
}
