//! One meaning of a code that different mail systems use differently.

/// What a group of mail systems means by a code, for a code that means different things in
/// different systems (such as 5.4.8, an MTA-STS failure in Exchange Online but a message
/// routed back to its own server in Exchange 2000 and 2003). [`Status::meanings`] lists them,
/// the registry's meaning first, then current ones before older ones.
///
/// [`Status::meanings`]: crate::Status::meanings
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Meaning {
    /// The systems that use the code this way, in words: `"Exchange 2000 and 2003"`.
    pub systems: &'static str,
    /// What those systems mean by the code.
    pub meaning: &'static str,
}
