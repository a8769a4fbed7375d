//! Emits the Rust tables of the `ndr-codes` crate: the `Status` and `Reason` enums and
//! their `const fn` match tables, plus the catalog text of `Class` and `Subject`.
//!
//! The output is `include!`d by `crates/ndr-codes/src/status.rs`, which brings `Class`,
//! `Subject`, `Actor` and `Origin` into scope.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::catalog::{Catalog, Entry};
use super::fields::{FIELDS, Field, Kind, Value};

/// Rust variant names of the classes 2, 4, 5 (hand-written in the core crate).
const CLASS_VARIANTS: [(u8, &str); 3] = [
    (2, "Success"),
    (4, "TransientFailure"),
    (5, "PermanentFailure"),
];

/// Rust variant names of the subjects 0 to 7 (hand-written in the core crate).
pub const SUBJECT_VARIANTS: [&str; 8] = [
    "Other",
    "Addressing",
    "Mailbox",
    "MailSystem",
    "Network",
    "Protocol",
    "Content",
    "Security",
];

/// Doc attributes for a text that may span lines.
fn docs(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| format!(" {line}"));
    quote! { #( #[doc = #lines] )* }
}

/// A `match self` that maps each entry to the tokens `value` gives.
fn status_match(catalog: &Catalog, value: impl Fn(&Entry) -> TokenStream) -> TokenStream {
    let arms = catalog.entries.iter().map(|e| {
        let variant = format_ident!("{}", e.id);
        let value = value(e);
        quote! { Status::#variant => #value, }
    });
    quote! { match self { #(#arms)* } }
}

fn optional_str(text: Option<&str>) -> TokenStream {
    match text {
        Some(text) => quote! { Some(#text) },
        None => quote! { None },
    }
}

fn status_enum(catalog: &Catalog) -> TokenStream {
    let variants = catalog.entries.iter().map(|e| {
        let ident = format_ident!("{}", e.id);
        let value = Literal::u32_unsuffixed(e.value());
        let doc = docs(&format!(
            "`{}` {}: {}",
            e.notation(),
            e.title,
            e.description
        ));
        quote! { #doc #ident = #value, }
    });
    let count = Literal::usize_unsuffixed(catalog.entries.len());
    let all = catalog.entries.iter().map(|e| format_ident!("{}", e.id));
    quote! {
        /// A code of the catalog: one variant per entry, in code order.
        ///
        /// The discriminant is `class * 1_000_000 + subject * 1_000 + detail` of the entry's
        /// (first) code, so `Status::BadDestinationMailbox as u32 == 5_001_001`. A detail range
        /// such as `5.7.606-649` is one variant whose discriminant is its first code.
        ///
        /// New variants are added as the catalog grows, hence `#[non_exhaustive]`.
        #[non_exhaustive]
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        #[repr(u32)]
        pub enum Status { #(#variants)* }

        impl Status {
            /// Number of entries in the catalog.
            pub const COUNT: usize = #count;

            /// Every status, in code order.
            pub const ALL: [Status; #count] = [ #(Status::#all),* ];
        }
    }
}

/// The Rust return type of a field's accessor.
fn field_type(field: &Field) -> TokenStream {
    match field.kind {
        Kind::Text => quote! { &'static str },
        Kind::OptionalText => quote! { Option<&'static str> },
        Kind::List => quote! { &'static [&'static str] },
        Kind::Numbers => quote! { &'static [u16] },
        Kind::Enum { rust_type, .. } => {
            let ty = format_ident!("{}", rust_type);
            quote! { #ty }
        }
    }
}

/// The expression of a field's value in a match arm.
fn field_value(value: Value<'_>, field: &Field) -> TokenStream {
    match (value, field.kind) {
        (Value::Text(text), _) => quote! { #text },
        (Value::OptionalText(text), _) => optional_str(text),
        (Value::List(items), _) => quote! { &[#(#items),*] },
        (Value::Numbers(numbers), _) => {
            let numbers = numbers.iter().map(|&n| Literal::u16_unsuffixed(n));
            quote! { &[#(#numbers),*] }
        }
        (Value::Enum { variant, .. }, Kind::Enum { rust_type, .. }) => {
            let ty = format_ident!("{}", rust_type);
            let variant = format_ident!("{}", variant);
            quote! { #ty::#variant }
        }
        (Value::Enum { id, .. }, _) => quote! { #id },
    }
}

/// A runnable doc example of a field, with the value of a real entry.
fn field_example(catalog: &Catalog, field: &Field) -> String {
    // 5.1.1 (or the first entry) shows the field, unless it leaves it out: then the first
    // entry that has it does.
    let ex = Examples::new(catalog);
    let sample = if field.is_empty_in(ex.sample) {
        catalog
            .entries
            .iter()
            .find(|e| !field.is_empty_in(e))
            .unwrap_or(ex.sample)
    } else {
        ex.sample
    };
    let call = format!("{}.{}()", ex.path(sample), field.name);
    let mut lines = match (field.read)(sample) {
        Value::Text(text) => vec![text_example(&call, text)],
        Value::OptionalText(Some(text)) => {
            vec![text_example(&format!("{call}.unwrap_or_default()"), text)]
        }
        Value::OptionalText(None) => vec![format!("assert_eq!({call}, None);")],
        Value::List(items) => match items.first() {
            Some(first) => vec![format!("assert_eq!({call}.first(), Some(&{first:?}));")],
            None => vec![format!("assert!({call}.is_empty());")],
        },
        Value::Numbers(numbers) => vec![format!("assert_eq!({call}, &{numbers:?});")],
        Value::Enum { variant, id } => match field.kind {
            Kind::Enum { rust_type, .. } => vec![
                format!("assert_eq!({call}, ndr_codes::{rust_type}::{variant});"),
                format!("assert_eq!({call}.as_str(), {id:?});"),
            ],
            _ => Vec::new(),
        },
    };
    // An optional field is also shown absent, where an entry leaves it out.
    if field.kind == Kind::OptionalText
        && let Some(without) = catalog.entries.iter().find(|e| field.is_empty_in(e))
    {
        lines.push(format!(
            "assert_eq!({}.{}(), None);",
            ex.path(without),
            field.name
        ));
    }
    lines.join("\n")
}

/// `assert_eq!` for a short text, `starts_with` with its first words for a long one.
fn text_example(call: &str, text: &str) -> String {
    if text.chars().count() <= 60 {
        format!("assert_eq!({call}, {text:?});")
    } else {
        let start = text.split(' ').take(4).collect::<Vec<_>>().join(" ");
        format!("assert!({call}.starts_with({start:?}));")
    }
}

/// One `const fn` per row of the field table, and the accessors that derive from the code.
fn status_accessors(catalog: &Catalog) -> TokenStream {
    let ex = Examples::new(catalog);
    let fields = FIELDS.iter().map(|field| {
        let name = format_ident!("{}", field.name);
        let ty = field_type(field);
        let body = status_match(catalog, |e| field_value((field.read)(e), field));
        let doc = docs(field.doc);
        let example = ex.doc(&field_example(catalog, field));
        quote! {
            #doc
            #example
            pub const fn #name(self) -> #ty { #body }
        }
    });
    let as_str = status_match(catalog, |e| {
        let code = e.code();
        quote! { #code }
    });
    let notation = status_match(catalog, |e| {
        let n = e.notation();
        quote! { #n }
    });
    let name = status_match(catalog, |e| {
        let n = &e.id;
        quote! { #n }
    });
    let last_detail = status_match(catalog, |e| {
        let d = Literal::u16_unsuffixed(e.last_detail);
        quote! { #d }
    });
    let meanings = status_match(catalog, |e| {
        let items = e.meanings.iter().map(|m| {
            let (systems, meaning) = (&m.systems, &m.meaning);
            quote! { Meaning { systems: #systems, meaning: #meaning } }
        });
        quote! { &[#(#items),*] }
    });
    let doc_meanings = ex.doc(&meanings_example(catalog, &ex));
    let doc_as_str = ex.doc(&format!(
        "assert_eq!({}.as_str(), {:?});",
        ex.path(ex.range),
        ex.range.code()
    ));
    let doc_notation = ex.doc(&format!(
        "assert_eq!({}.notation(), {:?});",
        ex.path(ex.range),
        ex.range.notation()
    ));
    let doc_name = ex.doc(&format!(
        "assert_eq!({}.name(), {:?});",
        ex.path(ex.sample),
        ex.sample.id
    ));
    let doc_last_detail = ex.doc(&format!(
        "assert_eq!({}.last_detail(), {});",
        ex.path(ex.range),
        ex.range.last_detail
    ));

    quote! {
        impl Status {
            /// The (first) code as text: `"5.1.1"`, or `"5.7.606"` for the range `5.7.606-649`.
            #doc_as_str
            pub const fn as_str(self) -> &'static str { #as_str }

            /// The code or detail range as the catalog writes it: `"5.1.1"`, `"5.7.606-649"`.
            #doc_notation
            pub const fn notation(self) -> &'static str { #notation }

            /// The stable identifier, the variant name.
            #doc_name
            pub const fn name(self) -> &'static str { #name }

            /// The last detail number the entry covers: its own detail, or the end of its range.
            #doc_last_detail
            pub const fn last_detail(self) -> u16 { #last_detail }

            /// The code's meanings by system (the registry's first, then current before older
            /// ones), for a code that means different things in different systems; empty for a
            /// code with one meaning.
            /// [`Status::applies_to`] says the same in one text for every code.
            #doc_meanings
            pub const fn meanings(self) -> &'static [Meaning] { #meanings }

            #(#fields)*
        }
    }
}

/// A runnable example of `meanings()`: an entry that has them, and 5.1.1 (or the first
/// entry) when it has none.
fn meanings_example(catalog: &Catalog, ex: &Examples<'_>) -> String {
    let mut lines = Vec::new();
    if let Some(e) = catalog.entries.iter().find(|e| !e.meanings.is_empty()) {
        let call = format!("{}.meanings()", ex.path(e));
        lines.push(format!("assert_eq!({call}.len(), {});", e.meanings.len()));
        lines.push(format!(
            "assert_eq!({call}[0].systems, {:?});",
            e.meanings[0].systems
        ));
    }
    if ex.sample.meanings.is_empty() {
        lines.push(format!(
            "assert!({}.meanings().is_empty());",
            ex.path(ex.sample)
        ));
    }
    lines.join("\n")
}

/// Entries picked from the catalog to write runnable doc examples with real values.
struct Examples<'a> {
    /// 5.1.1 when the catalog has it, else the first entry.
    sample: &'a Entry,
    /// The first range entry, else `sample`.
    range: &'a Entry,
}

impl<'a> Examples<'a> {
    fn new(catalog: &'a Catalog) -> Self {
        let first = &catalog.entries[0];
        let sample = catalog
            .entries
            .iter()
            .find(|e| e.value() == 5_001_001)
            .unwrap_or(first);
        let range = catalog
            .entries
            .iter()
            .find(|e| e.is_range())
            .unwrap_or(sample);
        Examples { sample, range }
    }

    fn path(&self, e: &Entry) -> String {
        format!("ndr_codes::Status::{}", e.id)
    }

    /// A doc-comment code block.
    fn doc(&self, code: &str) -> TokenStream {
        docs(&format!("\n```\n{code}\n```"))
    }
}

/// Details below this number are looked up in a direct table; the rest by `match`.
const DIRECT_DETAILS: u16 = 64;

/// The entry for a code: the exact entry, else the range that holds it.
fn resolve(catalog: &Catalog, class: u8, subject: u16, detail: u16) -> Option<&Entry> {
    let key = super::code_value(class, subject, detail);
    let exact = catalog
        .entries
        .iter()
        .find(|e| !e.is_range() && e.value() == key);
    exact.or_else(|| {
        catalog
            .entries
            .iter()
            .find(|e| e.is_range() && e.value() <= key && key <= e.last_value())
    })
}

fn status_lookup(catalog: &Catalog) -> TokenStream {
    // Most codes in the wild are small (X.Y.Z with Z < 64): one array index answers them.
    // The table holds Option<Status>, 4 bytes thanks to the enum's niche: 24 rows of 64.
    let rows = [2u8, 4, 5].into_iter().flat_map(|class| {
        (0..8u16).map(move |subject| {
            let cells = (0..DIRECT_DETAILS).map(move |detail| {
                match resolve(catalog, class, subject, detail) {
                    Some(e) => {
                        let id = format_ident!("{}", e.id);
                        quote! { Some(Status::#id) }
                    }
                    None => quote! { None },
                }
            });
            quote! { [#(#cells),*] }
        })
    });
    let direct_details = Literal::u16_unsuffixed(DIRECT_DETAILS);
    // Larger details: exact codes first, as a single code inside a range is the more specific
    // entry and wins; then the ranges.
    let exact = catalog
        .entries
        .iter()
        .filter(|e| !e.is_range() && e.detail >= DIRECT_DETAILS)
        .map(|e| {
            let v = Literal::u32_unsuffixed(e.value());
            let id = format_ident!("{}", e.id);
            quote! { #v => Some(Status::#id), }
        });
    let ranges = catalog.entries.iter().filter(|e| e.is_range()).map(|e| {
        let first = Literal::u32_unsuffixed(e.value());
        let last = Literal::u32_unsuffixed(e.last_value());
        let id = format_ident!("{}", e.id);
        quote! { #first..=#last => Some(Status::#id), }
    });
    let mut tokens: Vec<(String, &Entry)> = catalog
        .entries
        .iter()
        .flat_map(|e| {
            e.diagnostics
                .iter()
                .map(move |t| (t.to_ascii_lowercase(), e))
        })
        .collect();
    tokens.sort_by(|a, b| a.0.cmp(&b.0));
    let token_count = Literal::usize_unsuffixed(tokens.len());
    let token_rows = tokens.iter().map(|(t, e)| {
        let id = format_ident!("{}", e.id);
        quote! { (#t, Status::#id) }
    });
    quote! {
        /// Rows of class 2, 4, 5 times subject 0 to 7; columns by detail.
        const DIRECT: [[Option<Status>; #direct_details]; 24] = [#(#rows),*];

        impl Status {
            /// The entry for the numeric key `class*1_000_000 + subject*1_000 + detail` of a
            /// code: the exact entry, else the range that holds it.
            #[inline]
            pub(crate) const fn lookup_key(key: u32) -> Option<Status> {
                Status::from_parts(key / 1_000_000, key / 1_000 % 1_000, key % 1_000)
            }

            /// [`Status::lookup_key`] from the three numbers of a code.
            #[inline]
            pub(crate) const fn from_parts(class: u32, subject: u32, detail: u32) -> Option<Status> {
                let row = match class {
                    2 => 0,
                    4 => 8,
                    5 => 16,
                    _ => return None,
                };
                if subject < 8 && detail < #direct_details {
                    return DIRECT[row + subject as usize][detail as usize];
                }
                Status::from_wide_key(class * 1_000_000 + subject * 1_000 + detail)
            }

            /// [`Status::lookup_key`] for subjects over 7 and large details.
            const fn from_wide_key(key: u32) -> Option<Status> {
                match key {
                    #(#exact)*
                    #(#ranges)*
                    _ => None,
                }
            }
        }

        /// Exchange diagnostic tokens in ASCII lower case, sorted, with their entries.
        pub(crate) static DIAGNOSTIC_TOKENS: [(&str, Status); #token_count] = [ #(#token_rows),* ];
    }
}

fn reason_enum(catalog: &Catalog) -> TokenStream {
    let variants: Vec<_> = catalog
        .reasons
        .iter()
        .map(|r| format_ident!("{}", r.variant()))
        .collect();
    let docs_ = catalog
        .reasons
        .iter()
        .map(|r| docs(&format!("`{}`: {}", r.id, r.description)));
    let ids = catalog.reasons.iter().map(|r| &r.id);
    let titles = catalog.reasons.iter().map(|r| &r.title);
    let descriptions = catalog.reasons.iter().map(|r| &r.description);
    let sisimai = catalog.reasons.iter().map(|r| {
        let names = &r.sisimai;
        quote! { &[#(#names),*] }
    });
    let count = Literal::usize_unsuffixed(catalog.reasons.len());
    let v = &variants;
    let first_id = catalog.reasons.first().map_or("", |r| r.id.as_str());
    let first_title = catalog.reasons.first().map_or("", |r| r.title.as_str());
    let doc_as_str = docs(&format!(
        "\n```\nassert_eq!(ndr_codes::Reason::ALL[0].as_str(), {first_id:?});\n```"
    ));
    let doc_title = docs(&format!(
        "\n```\nassert_eq!(ndr_codes::Reason::ALL[0].title(), {first_title:?});\n```"
    ));
    quote! {
        /// Why a message bounced, from the catalog's fixed taxonomy
        /// (see `docs/catalog-format.md`), with its mapping to Sisimai's reason names.
        #[non_exhaustive]
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        pub enum Reason { #( #docs_ #variants, )* }

        impl Reason {
            /// Every reason, in catalog order.
            pub const ALL: [Reason; #count] = [ #(Reason::#v),* ];

            /// The kebab-case identifier.
            #doc_as_str
            pub const fn as_str(self) -> &'static str { match self { #(Reason::#v => #ids,)* } }

            /// A short title.
            #doc_title
            pub const fn title(self) -> &'static str { match self { #(Reason::#v => #titles,)* } }

            /// When the reason applies.
            pub const fn description(self) -> &'static str { match self { #(Reason::#v => #descriptions,)* } }

            /// The Sisimai reason names (lower case) this reason corresponds to.
            pub const fn sisimai(self) -> &'static [&'static str] { match self { #(Reason::#v => #sisimai,)* } }
        }
    }
}

fn class_and_subject_text(catalog: &Catalog) -> TokenStream {
    let class_arms = |field: fn(&super::ClassInfo) -> &String| {
        let arms = catalog.classes.iter().map(move |c| {
            let name = CLASS_VARIANTS
                .iter()
                .find(|v| v.0 == c.class)
                .map_or("Success", |v| v.1);
            let variant = format_ident!("{}", name);
            let text = field(c);
            quote! { Class::#variant => #text, }
        });
        quote! { match self { #(#arms)* } }
    };
    let subject_arms = |field: fn(&super::SubjectInfo) -> &String| {
        let arms = catalog.subjects.iter().map(move |s| {
            let variant = format_ident!("{}", SUBJECT_VARIANTS[usize::from(s.subject)]);
            let text = field(s);
            quote! { Subject::#variant => #text, }
        });
        quote! { match self { #(#arms)* } }
    };
    let class_title = class_arms(|c| &c.title);
    let class_description = class_arms(|c| &c.description);
    let subject_title = subject_arms(|s| &s.title);
    let subject_description = subject_arms(|s| &s.description);
    quote! {
        impl Class {
            /// A short name: `"Permanent failure"`.
            pub const fn title(self) -> &'static str { #class_title }
            /// What the class means for the sender and for retries.
            pub const fn description(self) -> &'static str { #class_description }
        }
        impl Subject {
            /// A short name: `"Addressing status"`.
            pub const fn title(self) -> &'static str { #subject_title }
            /// What codes of this subject are about.
            pub const fn description(self) -> &'static str { #subject_description }
        }
    }
}

/// The whole generated Rust file, formatted.
pub fn generate(catalog: &Catalog) -> String {
    let tokens = [
        status_enum(catalog),
        status_accessors(catalog),
        status_lookup(catalog),
        reason_enum(catalog),
        class_and_subject_text(catalog),
    ]
    .into_iter()
    .collect::<TokenStream>();
    super::rust_file(tokens)
}
