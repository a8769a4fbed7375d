//! From what a reader found about a recipient to the result's [`Recipient`]: the code,
//! reason, action and hardness are decided here, the same way for every format.

use crate::bytes;
use crate::scratch::Scratch;
use crate::{Action, Kind, Recipient, code, is_hard, reason};

/// Everything about one failed (or delayed, or delivered) recipient: the strings that go
/// into the result, and slices of the message for the rest.
pub(crate) struct Found<'a> {
    pub address: String,
    pub original_address: Option<String>,
    pub action: Option<Action>,
    pub status_field: Option<&'a [u8]>,
    pub diagnostic: String,
    pub context: &'a [u8],
    pub remote_mta: Option<String>,
    pub command: Option<&'static str>,
    /// The diagnostic came from a local delivery program (`Diagnostic-Code: X-Unix; ...`).
    pub from_program: bool,
}

impl Found<'_> {
    /// The result's recipient: the code the evidence supports, the reason decided from the
    /// server's words (else the bounce's own text about the recipient), and the action the code
    /// implies where the report names none. `default_permanent` is what a failure without a
    /// permanent or temporary code counts as: false in a delay warning, where a temporary
    /// code then means delayed.
    pub(crate) fn into_recipient(
        self,
        reporting_mta: Option<&str>,
        default_permanent: bool,
    ) -> Recipient {
        let chosen = code::choose(self.status_field, self.diagnostic.as_bytes(), self.context);
        let evidence = reason::Evidence {
            diagnostic: &self.diagnostic,
            code: chosen.code,
            remote_mta: self.remote_mta.as_deref(),
            reporting_mta,
            command: self.command,
            from_program: self.from_program,
        };
        // The bounce's own text about the recipient, unfolded when it is read.
        let mut context_text = Scratch::<String>::take();
        let (mut reason, mut rule) = if self.diagnostic.is_empty() {
            // Without the server's words, the bounce's own text about the recipient has to do.
            bytes::push_words(&mut context_text, self.context);
            reason::decide(&reason::Evidence {
                diagnostic: &context_text,
                ..evidence
            })
        } else {
            reason::decide(&evidence)
        };
        if reason == ndr_codes::Reason::Undefined
            && !self.diagnostic.is_empty()
            && !self.context.is_empty()
        {
            // The line taken as the diagnostic names no cause; the rest of the bounce's text
            // about the recipient may (a notice that explains itself in its second paragraph).
            bytes::push_words(&mut context_text, self.context);
            let wider = reason::Evidence {
                diagnostic: &context_text,
                ..evidence
            };
            let (r, id) = reason::decide(&wider);
            if r != ndr_codes::Reason::Undefined {
                (reason, rule) = (r, id);
            }
        }
        let permanent = code::is_permanent(&chosen, default_permanent);
        let action = self.action.or(match chosen.code.map(|c| c.class()) {
            Some(ndr_codes::Class::Success) => Some(Action::Delivered),
            Some(ndr_codes::Class::TransientFailure) if !default_permanent => Some(Action::Delayed),
            _ => Some(Action::Failed),
        });
        Recipient {
            address: self.address,
            original_address: self.original_address,
            action,
            code: chosen.code,
            status_source: chosen.source,
            reply_code: chosen.reply_code,
            diagnostic: self.diagnostic,
            remote_mta: self.remote_mta,
            command: self.command,
            reason,
            rule,
            hard: is_hard(reason, permanent) && action != Some(Action::Delivered),
        }
    }
}

/// A recipient of a report that is not a delivery failure (feedback, auto-reply).
pub(crate) fn plain(
    address: String,
    (reason, rule): (ndr_codes::Reason, &'static str),
) -> Recipient {
    Recipient {
        address,
        original_address: None,
        action: None,
        code: None,
        status_source: None,
        reply_code: None,
        diagnostic: String::new(),
        remote_mta: None,
        command: None,
        reason,
        rule,
        hard: false,
    }
}

/// The kind of a report from its recipients' actions.
pub(crate) fn report_kind(recipients: &[Recipient]) -> Kind {
    let any = |a: Action| recipients.iter().any(|r| r.action == Some(a));
    if any(Action::Failed) {
        Kind::Failure
    } else if any(Action::Delayed) {
        Kind::Delay
    } else if any(Action::Delivered) || any(Action::Relayed) || any(Action::Expanded) {
        Kind::Delivered
    } else {
        Kind::Failure
    }
}
