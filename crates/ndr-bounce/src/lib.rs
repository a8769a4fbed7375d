//! Reading bounce messages (non-delivery reports): per failed recipient the code, the reason,
//! the remote server's words and what to do. See `../shared/DESIGN.md` section 7.
