//! Emits `docs/site/index.html`, the reference page: the whole catalog as one self-contained
//! static page (inline CSS and JS, nothing loaded from the network).
//!
//! All content is in the HTML, so the page reads without JS and prints; the script
//! (`page.js`) only adds search, filters, deep links into ranges and the paste box, and reads
//! everything it needs from the markup (no second copy of the catalog as JSON).
//! The contract the browser test checks is in `../shared/DESIGN.md` section 9.

mod html;
mod rules;

use std::fmt::Write;

use html::{attr, escape, reference};

use super::catalog::{Actor, Catalog, Entry, Origin};
use super::fields::{FIELDS, Field, Place, Value};

const STYLE: &str = include_str!("page.css");
const SCRIPT: &str = include_str!("page.js");

/// The page's content security policy: only the inline style and script may run, nothing
/// may be fetched, so the page cannot reach the network even by mistake.
const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; \
                      img-src data:; base-uri 'none'; form-action 'none'";

/// How the page names each origin.
fn origin_label(origin: Origin) -> &'static str {
    match origin {
        Origin::Iana => "IANA registry",
        Origin::Exchange => "Exchange Server",
        Origin::ExchangeOnline => "Exchange Online",
        Origin::Vendor => "Other vendor",
    }
}

/// How the page names who has to act.
fn actor_label(actor: Actor) -> &'static str {
    match actor {
        Actor::Sender => "The sender",
        Actor::SenderAdmin => "The sender's admin",
        Actor::Recipient => "The recipient",
        Actor::RecipientAdmin => "The recipient's admin",
        Actor::Nobody => "Nobody",
    }
}

fn class_title(catalog: &Catalog, class: u8) -> &str {
    catalog
        .classes
        .iter()
        .find(|c| c.class == class)
        .map_or("", |c| c.title.as_str())
}

fn reason_title<'a>(catalog: &'a Catalog, id: &'a str) -> &'a str {
    catalog
        .reasons
        .iter()
        .find(|r| r.id == id)
        .map_or(id, |r| r.title.as_str())
}

/// One `<option>` of a filter, with how many entries it would show.
fn option(out: &mut String, value: &str, label: &str, count: usize) {
    let _ = writeln!(
        out,
        "<option value=\"{}\">{} ({count})</option>",
        attr(value),
        escape(label)
    );
}

/// The search box, the four filters and the live count.
fn filters(out: &mut String, catalog: &Catalog) {
    let entries = &catalog.entries;
    out.push_str(
        "<form id=\"filters\" role=\"search\" aria-label=\"Codes\">\n\
         <label for=\"q\">Search codes</label>\n\
         <input type=\"search\" id=\"q\" name=\"q\" autocomplete=\"off\" spellcheck=\"false\" \
         placeholder=\"5.1.1 or mailbox full\" \
         aria-describedby=\"q-help\">\n\
         <p id=\"q-help\" class=\"help\">A code, a code prefix (<kbd>5.7</kbd>), words, an SMTP \
         reply (<kbd>550</kbd>) or an Exchange diagnostic token. <span class=\"kbd-hint\">Press \
         <kbd>/</kbd> to come back here.</span></p>\n",
    );
    // Open by default (and without JS); the script folds them on narrow screens.
    out.push_str(
        "<details id=\"more\" open><summary>Filters</summary>\n<div class=\"filters\">\n\
         <div class=\"filter\"><label for=\"f-class\">Class</label>\n<select id=\"f-class\">\n",
    );
    option(out, "", "All classes", entries.len());
    for class in &catalog.classes {
        let count = entries.iter().filter(|e| e.class == class.class).count();
        let label = format!("{}: {}", class.class, class.title);
        option(out, &class.class.to_string(), &label, count);
    }
    out.push_str("</select></div>\n<div class=\"filter\"><label for=\"f-subject\">Subject</label>\n<select id=\"f-subject\">\n");
    option(out, "", "All subjects", entries.len());
    for subject in &catalog.subjects {
        let count = entries
            .iter()
            .filter(|e| e.subject == subject.subject)
            .count();
        let label = format!("x.{}.x {}", subject.subject, subject.title);
        option(out, &subject.subject.to_string(), &label, count);
    }
    out.push_str("</select></div>\n<div class=\"filter\"><label for=\"f-reason\">Reason</label>\n<select id=\"f-reason\">\n");
    option(out, "", "All reasons", entries.len());
    for reason in &catalog.reasons {
        let count = entries.iter().filter(|e| e.reason == reason.id).count();
        if count > 0 {
            option(out, &reason.id, &reason.title, count);
        }
    }
    out.push_str("</select></div>\n<div class=\"filter\"><label for=\"f-origin\">Defined by</label>\n<select id=\"f-origin\">\n");
    option(out, "", "Anyone", entries.len());
    for (origin, id, _) in Origin::ALL {
        let count = entries.iter().filter(|e| e.origin == origin).count();
        if count > 0 {
            option(out, id, origin_label(origin), count);
        }
    }
    let _ = writeln!(
        out,
        "</select></div>\n<button type=\"reset\" id=\"clear\">Show all codes</button>\n</div></details>\n\
         <p id=\"count\" role=\"status\" aria-live=\"polite\">{n} codes</p>\n</form>",
        n = entries.len()
    );
}

/// The paste box: filled in by the script.
fn paste_box(out: &mut String) {
    out.push_str(
        "<section id=\"paste\" aria-labelledby=\"paste-h\">\n\
         <h2 id=\"paste-h\">Explain a bounce</h2>\n\
         <label for=\"scan\">Paste a bounce message, an SMTP reply or mail log lines: every \
         status code in it is explained below.</label>\n\
         <textarea id=\"scan\" rows=\"4\" spellcheck=\"false\" autocomplete=\"off\" \
         aria-describedby=\"scan-summary\" placeholder=\"Remote Server returned '550 5.1.1 \
         RESOLVER.ADR.RecipNotFound; not found'\"></textarea>\n\
         <p id=\"scan-summary\" role=\"status\" aria-live=\"polite\"></p>\n\
         <ol id=\"scan-results\"></ol>\n\
         </section>\n",
    );
}

/// How the page shows an enum field's value: the reason's title, the actor and origin in
/// words; any other enum by its id.
fn enum_label<'a>(catalog: &'a Catalog, e: &Entry, field: &Field, id: &'a str) -> &'a str {
    match field.name {
        "reason" => reason_title(catalog, id),
        "actor" => actor_label(e.actor),
        "origin" => origin_label(e.origin),
        _ => id,
    }
}

/// A field's value as HTML, for the entry's summary chips and its `<dl>`.
fn value_html(catalog: &Catalog, e: &Entry, field: &Field) -> String {
    match (field.read)(e) {
        Value::Text(text) | Value::OptionalText(Some(text)) => escape(text),
        Value::OptionalText(None) => String::new(),
        Value::Numbers(numbers) => {
            let numbers: Vec<String> = numbers.iter().map(u16::to_string).collect();
            numbers.join(", ")
        }
        Value::Enum { id, .. } => escape(enum_label(catalog, e, field, id)),
        Value::List(items) if field.name == "references" => {
            let items: Vec<String> = items
                .iter()
                .map(|r| format!("<li>{}</li>", reference(r)))
                .collect();
            format!("<ul>{}</ul>", items.concat())
        }
        Value::List(items) if matches!(field.place, Place::Footer { code: true }) => {
            let items: Vec<String> = items
                .iter()
                .map(|t| format!("<code>{}</code>", escape(t)))
                .collect();
            items.join(" ")
        }
        Value::List(items) => {
            let items: Vec<String> = items
                .iter()
                .map(|t| format!("<li>{}</li>", escape(t)))
                .collect();
            format!("<ul>{}</ul>", items.concat())
        }
    }
}

/// One entry: the heading, the short fields as chips, the others as a definition list. The
/// field table (`crate::fields`) decides what is shown where, so a new field appears here
/// without an edit.
fn entry(out: &mut String, catalog: &Catalog, e: &Entry) {
    let notation = e.notation();
    // The class, subject and details are read from the id by the script: no data-* copies.
    let _ = writeln!(
        out,
        "<article class=\"entry c{}\" id=\"{notation}\" data-reason=\"{}\" data-origin=\"{}\" \
         aria-labelledby=\"h{notation}\">\n<h4 id=\"h{notation}\"><a class=\"code\" \
         href=\"#{notation}\">{notation}</a> <span class=\"title\">{}</span></h4>",
        e.class,
        attr(&e.reason),
        e.origin.as_str(),
        escape(&e.title)
    );
    out.push_str("<ul class=\"tags\" aria-label=\"Summary\">");
    for field in FIELDS.iter().filter(|f| f.place == Place::Column) {
        if !field.is_empty_in(e) {
            let _ = write!(
                out,
                "<li class=\"{}\"><b>{}</b> {}</li>",
                field.name,
                escape(field.label),
                value_html(catalog, e, field)
            );
        }
    }
    out.push_str("</ul>\n<dl>\n");
    for field in FIELDS {
        if matches!(field.place, Place::Heading | Place::Column) || field.is_empty_in(e) {
            continue;
        }
        let _ = writeln!(
            out,
            "<dt>{}</dt><dd class=\"{}\">{}</dd>",
            escape(field.label),
            field.name,
            value_html(catalog, e, field)
        );
    }
    rules::for_entry(out, catalog, e);
    let _ = writeln!(
        out,
        "</dl>\n<p class=\"ident\">Identifier <code>{}</code></p>\n</article>",
        escape(&e.id)
    );
}

/// Every entry, grouped by class and subject (`5.1.x`).
fn entries(out: &mut String, catalog: &Catalog) {
    out.push_str(
        "<section id=\"codes\" aria-labelledby=\"codes-h\">\n<h2 id=\"codes-h\">Codes</h2>\n\
         <div id=\"no-match\" hidden><p id=\"no-match-text\">No code matches.</p></div>\n",
    );
    for class in &catalog.classes {
        for subject in &catalog.subjects {
            let group: Vec<&Entry> = catalog
                .entries
                .iter()
                .filter(|e| e.class == class.class && e.subject == subject.subject)
                .collect();
            if group.is_empty() {
                continue;
            }
            let _ = writeln!(
                out,
                "<section class=\"group\" id=\"group-{c}-{s}\" aria-labelledby=\"group-{c}-{s}-h\">\n\
                 <h3 id=\"group-{c}-{s}-h\"><span class=\"code\">{c}.{s}.x</span> {} \
                 <span class=\"class-name\">{}</span></h3>",
                escape(&subject.title),
                escape(class_title(catalog, class.class)),
                c = class.class,
                s = subject.subject,
            );
            for e in group {
                entry(out, catalog, e);
            }
            out.push_str("</section>\n");
        }
    }
    out.push_str("</section>\n");
}

/// Classes, subjects and reasons: the parts of a code and the taxonomy.
fn taxonomy(out: &mut String, catalog: &Catalog) {
    out.push_str(
        "<section id=\"classes\" aria-labelledby=\"classes-h\">\n\
         <h2 id=\"classes-h\">Classes</h2>\n<p>The first digit says whether the message went \
         through, may still go through, or failed for good.</p>\n<dl class=\"defs\">\n",
    );
    for class in &catalog.classes {
        let _ = writeln!(
            out,
            "<div id=\"class-{c}\" class=\"c{c}\"><dt><span class=\"code\">{c}.x.x</span> \
             <span class=\"title\">{}</span></dt><dd class=\"description\">{}</dd></div>",
            escape(&class.title),
            escape(&class.description),
            c = class.class
        );
    }
    out.push_str(
        "</dl>\n</section>\n<section id=\"subjects\" aria-labelledby=\"subjects-h\">\n\
         <h2 id=\"subjects-h\">Subjects</h2>\n<p>The second number says which part of delivery \
         the code is about.</p>\n<dl class=\"defs\">\n",
    );
    for subject in &catalog.subjects {
        let _ = writeln!(
            out,
            "<div id=\"subject-{s}\"><dt><span class=\"code\">x.{s}.x</span> \
             <span class=\"title\">{}</span></dt><dd class=\"description\">{}</dd></div>",
            escape(&subject.title),
            escape(&subject.description),
            s = subject.subject
        );
    }
    out.push_str(
        "</dl>\n</section>\n<section id=\"reasons\" aria-labelledby=\"reasons-h\">\n\
         <h2 id=\"reasons-h\">Reasons</h2>\n<p>Every code is filed under one bounce reason: \
         the answer to “why did this message bounce”. Each reason names the \
         <a href=\"https://libsisimai.org/en/reason/\">Sisimai</a> reasons it corresponds \
         to, and the rules that find it in a reply's words.</p>\n<dl class=\"defs reasons\">\n",
    );
    for reason in &catalog.reasons {
        let count = catalog
            .entries
            .iter()
            .filter(|e| e.reason == reason.id)
            .count();
        let sisimai: Vec<String> = reason
            .sisimai
            .iter()
            .map(|s| format!("<code>{}</code>", escape(s)))
            .collect();
        let _ = write!(
            out,
            "<div id=\"reason-{id}\"><dt><span class=\"title\">{}</span> <code>{id}</code></dt>\
             <dd class=\"description\">{}</dd><dd class=\"sisimai\">Sisimai: {}</dd>\
             <dd class=\"used\">{count} code{}</dd>",
            escape(&reason.title),
            escape(&reason.description),
            sisimai.join(", "),
            if count == 1 { "" } else { "s" },
            id = attr(&reason.id),
        );
        rules::render(out, catalog, &reason.id);
        out.push_str("</div>\n");
    }
    out.push_str("</dl>\n</section>\n");
}

/// The whole page.
pub fn generate(catalog: &Catalog) -> String {
    let mut out = super::generated_banner("<!--").trim_end().to_owned() + " -->\n";
    let n = catalog.entries.len();
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\">\n\
         <meta name=\"description\" content=\"{n} SMTP enhanced status codes (RFC 3463) with \
         their Exchange and Exchange Online meanings, what to do, and a box that explains the \
         codes in a pasted bounce.\">\n\
         <link rel=\"icon\" href=\"data:,\">\n\
         <title>SMTP enhanced status codes: what they mean and what to do</title>\n\
         <style>\n{STYLE}</style>\n\
         <noscript><style>#finder, #paste, .js-only {{ display: none; }} .layout {{ display: block; }}</style></noscript>\n\
         </head>\n<body>\n\
         <a class=\"skip\" href=\"#main\">Skip to the codes</a>\n\
         <header>\n<h1>SMTP enhanced status codes</h1>\n\
         <p>{n} codes of <a href=\"https://www.rfc-editor.org/rfc/rfc3463\">RFC 3463</a>, the \
         IANA registry, Exchange Server and Exchange Online: what each means, what Exchange \
         means by it, who has to act and what to do.</p>\n\
         <nav aria-label=\"Sections\"><ul>\
         <li class=\"js-only\"><a href=\"#paste\">Explain a bounce</a></li><li><a href=\"#codes\">Codes</a></li>\
         <li><a href=\"#classes\">Classes</a></li><li><a href=\"#subjects\">Subjects</a></li>\
         <li><a href=\"#reasons\">Reasons</a></li></ul></nav>\n</header>\n\
         <main id=\"main\" tabindex=\"-1\">\n"
    );
    // The paste box spans the page; below it the search stays beside the codes it filters.
    paste_box(&mut out);
    out.push_str(
        "<div class=\"layout\">\n<aside id=\"finder\" aria-label=\"Search and filters\">\n",
    );
    filters(&mut out, catalog);
    out.push_str("</aside>\n<div id=\"reference\">\n");
    entries(&mut out, catalog);
    taxonomy(&mut out, catalog);
    let _ = write!(
        out,
        "</div>\n</div>\n</main>\n<footer>\n<p>Generated from <code>catalog.yaml</code> of \
         ndr-codes by <code>cargo xtask codegen</code>. The catalog's text is in its own \
         words; each code cites its sources. Codes are found in pasted text by the same rule \
         as <code>ndr_codes::find_codes</code>.</p>\n</footer>\n<script>\n{SCRIPT}</script>\n\
         </body>\n</html>\n"
    );
    out
}

#[cfg(test)]
mod tests {
    use super::{SCRIPT, STYLE, generate};

    #[test]
    fn inline_code_cannot_end_its_element_early() {
        assert!(!SCRIPT.to_ascii_lowercase().contains("</script"));
        assert!(!STYLE.to_ascii_lowercase().contains("</style"));
    }

    #[test]
    fn every_entry_has_its_notation_as_a_unique_id() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../catalog.yaml");
        let catalog = crate::load(path).unwrap_or_else(|err| panic!("{err}"));
        let page = generate(&catalog);
        assert!(page.starts_with("<!-- @generated from catalog.yaml"));
        for entry in &catalog.entries {
            let id = format!(" id=\"{}\"", entry.notation());
            assert_eq!(page.matches(&id).count(), 1, "{}", entry.notation());
        }
        assert!(!page.contains(" src="), "nothing may be loaded");
    }
}
