//! `serde` support: codes and statuses are the string "5.1.1".

use core::fmt;

use serde_core::{Deserialize, Deserializer, Serialize, Serializer, de};

use crate::{Code, Status};

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.to_code_str().as_str())
    }
}

impl Serialize for Status {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

struct CodeVisitor;

impl de::Visitor<'_> for CodeVisitor {
    type Value = Code;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an enhanced status code such as \"5.1.1\"")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Code, E> {
        v.parse().map_err(E::custom)
    }
}

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Code, D::Error> {
        deserializer.deserialize_str(CodeVisitor)
    }
}

impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Status, D::Error> {
        let code = Code::deserialize(deserializer)?;
        Status::from_code(code).ok_or_else(|| {
            de::Error::custom("well-formed code, but the catalog has no entry for it")
        })
    }
}
