//! Who has to act on a code, and who defined it.

/// Who usually has to act on a code.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum Actor {
    /// The person who sent the message (fix the address, shrink the message, ...).
    Sender,
    /// The administrator of the sending system (DNS, SPF/DKIM, reputation, connectors).
    SenderAdmin,
    /// The intended recipient (free up space, allow the sender, ...).
    Recipient,
    /// The administrator of the receiving system (mailbox, routing, policy).
    RecipientAdmin,
    /// Nobody: the code reports success, or a transient state that retries clear.
    Nobody,
}

impl Actor {
    /// The catalog spelling: `"sender"`, `"sender-admin"`, `"recipient"`,
    /// `"recipient-admin"` or `"none"`.
    ///
    /// ```
    /// assert_eq!(ndr_codes::Actor::SenderAdmin.as_str(), "sender-admin");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Actor::Sender => "sender",
            Actor::SenderAdmin => "sender-admin",
            Actor::Recipient => "recipient",
            Actor::RecipientAdmin => "recipient-admin",
            Actor::Nobody => "none",
        }
    }
}

impl core::fmt::Display for Actor {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who defined a code.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum Origin {
    /// The IANA "SMTP Enhanced Status Codes" registry (RFC 3463 and its updates).
    Iana,
    /// Microsoft Exchange Server.
    Exchange,
    /// Exchange Online / Microsoft 365.
    ExchangeOnline,
    /// Another mail system's private code.
    Vendor,
}

impl Origin {
    /// The catalog spelling: `"iana"`, `"exchange"`, `"exchange-online"` or `"vendor"`.
    ///
    /// ```
    /// assert_eq!(ndr_codes::Origin::ExchangeOnline.as_str(), "exchange-online");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Origin::Iana => "iana",
            Origin::Exchange => "exchange",
            Origin::ExchangeOnline => "exchange-online",
            Origin::Vendor => "vendor",
        }
    }
}

impl core::fmt::Display for Origin {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}
