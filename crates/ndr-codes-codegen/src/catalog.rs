//! The validated catalog: what every generator reads.

use std::fmt;

/// A validated catalog, with entries in code order.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// The classes 2, 4 and 5, in that order.
    pub classes: Vec<ClassInfo>,
    /// The subjects 0 to 7, in that order.
    pub subjects: Vec<SubjectInfo>,
    /// The bounce reason taxonomy, in file order.
    pub reasons: Vec<ReasonInfo>,
    /// One entry per code or detail range, in code order.
    pub entries: Vec<Entry>,
    /// Rules that give a reason from a reply's words, in file order (host rules first).
    pub rules: Vec<super::rules::Rule>,
}

/// The text that describes one class.
#[derive(Debug, Clone)]
pub struct ClassInfo {
    /// 2, 4 or 5.
    pub class: u8,
    /// Short name.
    pub title: String,
    /// What the class means.
    pub description: String,
}

/// The text that describes one subject.
#[derive(Debug, Clone)]
pub struct SubjectInfo {
    /// 0 to 7.
    pub subject: u16,
    /// Short name.
    pub title: String,
    /// What codes of this subject are about.
    pub description: String,
}

/// One reason of the bounce reason taxonomy.
#[derive(Debug, Clone)]
pub struct ReasonInfo {
    /// kebab-case identifier, as entries name it.
    pub id: String,
    /// Short name.
    pub title: String,
    /// When the reason applies.
    pub description: String,
    /// The Sisimai reason names it corresponds to.
    pub sisimai: Vec<String>,
}

impl ReasonInfo {
    /// The Rust variant name: `user-unknown` -> `UserUnknown`.
    pub fn variant(&self) -> String {
        upper_camel(&self.id)
    }
}

/// A kebab-case id as a Rust variant name: `user-unknown` -> `UserUnknown`.
pub fn upper_camel(id: &str) -> String {
    id.split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// Who defined a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The IANA "SMTP Enhanced Status Codes" registry.
    Iana,
    /// Exchange Server.
    Exchange,
    /// Exchange Online / Microsoft 365.
    ExchangeOnline,
    /// Another mail system.
    Vendor,
}

impl Origin {
    /// All origins with their catalog spelling.
    pub const ALL: [(Origin, &'static str, &'static str); 4] = [
        (Origin::Iana, "iana", "Iana"),
        (Origin::Exchange, "exchange", "Exchange"),
        (Origin::ExchangeOnline, "exchange-online", "ExchangeOnline"),
        (Origin::Vendor, "vendor", "Vendor"),
    ];

    /// The catalog spelling.
    pub fn as_str(self) -> &'static str {
        Self::ALL.iter().find(|o| o.0 == self).map_or("", |o| o.1)
    }

    /// The Rust variant name.
    pub fn variant(self) -> &'static str {
        Self::ALL.iter().find(|o| o.0 == self).map_or("", |o| o.2)
    }
}

/// Who usually has to act on a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// The person who sent the message.
    Sender,
    /// The administrator of the sending system.
    SenderAdmin,
    /// The intended recipient.
    Recipient,
    /// The administrator of the receiving system.
    RecipientAdmin,
    /// Nobody: success, or a transient state that retries clear.
    Nobody,
}

impl Actor {
    /// All actors with their catalog spelling and Rust variant name.
    pub const ALL: [(Actor, &'static str, &'static str); 5] = [
        (Actor::Sender, "sender", "Sender"),
        (Actor::SenderAdmin, "sender-admin", "SenderAdmin"),
        (Actor::Recipient, "recipient", "Recipient"),
        (Actor::RecipientAdmin, "recipient-admin", "RecipientAdmin"),
        (Actor::Nobody, "none", "Nobody"),
    ];

    /// The catalog spelling.
    pub fn as_str(self) -> &'static str {
        Self::ALL.iter().find(|a| a.0 == self).map_or("", |a| a.1)
    }

    /// The Rust variant name.
    pub fn variant(self) -> &'static str {
        Self::ALL.iter().find(|a| a.0 == self).map_or("", |a| a.2)
    }
}

/// One code, or one detail range, with everything the catalog says about it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// 2, 4 or 5.
    pub class: u8,
    /// 0 to 7.
    pub subject: u16,
    /// The detail, or the first detail of a range.
    pub detail: u16,
    /// The last detail of a range; equal to `detail` for a single code.
    pub last_detail: u16,
    /// UpperCamelCase identifier.
    pub id: String,
    /// Short title.
    pub title: String,
    /// Who defined the code.
    pub origin: Origin,
    /// Meaning by the standard or the vendor.
    pub description: String,
    /// Exchange's own meaning, where it differs or adds.
    pub exchange: Option<String>,
    /// What to check or do.
    pub remedy: String,
    /// The step for the person who got the NDR, in plain words.
    pub sender: Option<String>,
    /// Who usually has to act.
    pub actor: Actor,
    /// Basic SMTP reply codes.
    pub smtp: Vec<u16>,
    /// Reason id from the taxonomy.
    pub reason: String,
    /// Exchange diagnostic tokens.
    pub diagnostics: Vec<String>,
    /// Remarks, such as why the code is listed in this class.
    pub note: Option<String>,
    /// Sources.
    pub references: Vec<String>,
    /// The code's meanings by system (the registry's first, then current before older ones),
    /// for a code that means different things in different systems; empty when it has one
    /// meaning.
    pub meanings: Vec<Meaning>,
    /// Which systems use the code with which meaning, one text: from `meanings` when the
    /// entry has them, else from its origin (derived by the generator, not written in YAML).
    pub applies_to: String,
    /// Line of the entry in the catalog file.
    pub line: u64,
}

/// One meaning of a code that means different things in different systems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meaning {
    /// The systems that use the code with this meaning: `Exchange 2000 and 2003`.
    pub systems: String,
    /// What those systems mean by it.
    pub meaning: String,
}

impl Entry {
    /// The numeric key `class*1_000_000 + subject*1_000 + detail` of the first code.
    pub fn value(&self) -> u32 {
        code_value(self.class, self.subject, self.detail)
    }

    /// The numeric key of the last code of a range (of the code itself otherwise).
    pub fn last_value(&self) -> u32 {
        code_value(self.class, self.subject, self.last_detail)
    }

    /// Whether the entry covers a detail range.
    pub fn is_range(&self) -> bool {
        self.last_detail != self.detail
    }

    /// The first code as text: `5.7.606`.
    pub fn code(&self) -> String {
        format!("{}.{}.{}", self.class, self.subject, self.detail)
    }

    /// The code or range as written in the catalog: `5.1.1` or `5.7.606-649`.
    pub fn notation(&self) -> String {
        if self.is_range() {
            format!("{}-{}", self.code(), self.last_detail)
        } else {
            self.code()
        }
    }

    /// UPPER_SNAKE form of the identifier, used by Python and C.
    pub fn upper_snake(&self) -> String {
        upper_snake(&self.id)
    }
}

/// The numeric key of a code.
pub fn code_value(class: u8, subject: u16, detail: u16) -> u32 {
    u32::from(class) * 1_000_000 + u32::from(subject) * 1_000 + u32::from(detail)
}

/// `BadDestinationMailbox` -> `BAD_DESTINATION_MAILBOX`; digits stay with the word before them.
pub fn upper_snake(id: &str) -> String {
    let mut out = String::with_capacity(id.len() + 8);
    let chars: Vec<char> = id.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if i > 0 && c.is_ascii_uppercase() {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            if prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower)
            {
                out.push('_');
            }
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

/// One problem found in the catalog, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The catalog file as given to the loader.
    pub file: String,
    /// 1-based line, 0 when unknown.
    pub line: u64,
    /// 1-based column, 0 when unknown.
    pub column: u64,
    /// `5.1.1 (BadDestinationMailbox)` for problems inside an entry.
    pub entry: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: ", self.file, self.line, self.column)?;
        if let Some(entry) = &self.entry {
            write!(f, "entry {entry}: ")?;
        }
        f.write_str(&self.message)
    }
}

/// Everything wrong with a catalog: it failed to load.
#[derive(Debug, Clone)]
pub struct CatalogError {
    /// Each problem, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.diagnostics {
            writeln!(f, "{d}")?;
        }
        write!(
            f,
            "{} problem(s) in the catalog; see docs/catalog-format.md for the format",
            self.diagnostics.len()
        )
    }
}

impl std::error::Error for CatalogError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upper_snake_splits_words_and_acronyms() {
        assert_eq!(
            upper_snake("BadDestinationMailbox"),
            "BAD_DESTINATION_MAILBOX"
        );
        assert_eq!(upper_snake("BannedSendingIp"), "BANNED_SENDING_IP");
        assert_eq!(upper_snake("SpfValidationFailed"), "SPF_VALIDATION_FAILED");
        assert_eq!(upper_snake("DKIMFailed"), "DKIM_FAILED");
        assert_eq!(upper_snake("Tls12Required"), "TLS12_REQUIRED");
    }
}
