//! `Deserialize` for the raw catalog structs, written by a small `macro_rules!` macro.
//!
//! Why not `#[derive(Deserialize)]`: the derive needs `serde_derive`, and with it `syn`, in
//! every build of every crate that depends on `ndr-codes` (this crate is its build-dependency).
//! The structs only need what the derive gave them with `deny_unknown_fields`: read a mapping,
//! reject unknown and repeated keys, and report missing required keys; this macro does exactly
//! that through `serde_core`.

/// Implements `serde_core::Deserialize` for a struct with named fields.
///
/// `required` fields must be present (else serde's "missing field" error); `optional` fields
/// take `Default::default()` when absent. Listing every field is checked by the compiler: the
/// struct literal at the end names each one.
macro_rules! deserialize_struct {
    ($ty:ident { required: [$($req:ident),* $(,)?], optional: [$($opt:ident),* $(,)?] $(,)? }) => {
        impl<'de> serde_core::Deserialize<'de> for $ty {
            fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
            where
                D: serde_core::Deserializer<'de>,
            {
                const FIELDS: &[&str] = &[$(stringify!($req),)* $(stringify!($opt),)*];

                struct FieldsVisitor;

                impl<'de> serde_core::de::Visitor<'de> for FieldsVisitor {
                    type Value = $ty;

                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(concat!("struct ", stringify!($ty)))
                    }

                    fn visit_map<A>(self, mut map: A) -> Result<$ty, A::Error>
                    where
                        A: serde_core::de::MapAccess<'de>,
                    {
                        use serde_core::de::Error as _;
                        $(let mut $req = None;)*
                        $(let mut $opt = None;)*
                        while let Some(key) = map.next_key::<String>()? {
                            match key.as_str() {
                                $(stringify!($req) => {
                                    if $req.is_some() {
                                        return Err(A::Error::duplicate_field(stringify!($req)));
                                    }
                                    $req = Some(map.next_value()?);
                                })*
                                $(stringify!($opt) => {
                                    if $opt.is_some() {
                                        return Err(A::Error::duplicate_field(stringify!($opt)));
                                    }
                                    $opt = Some(map.next_value()?);
                                })*
                                other => return Err(A::Error::unknown_field(other, FIELDS)),
                            }
                        }
                        Ok($ty {
                            $($req: $req.ok_or_else(|| A::Error::missing_field(stringify!($req)))?,)*
                            $($opt: $opt.unwrap_or_default(),)*
                        })
                    }
                }

                deserializer.deserialize_struct(stringify!($ty), FIELDS, FieldsVisitor)
            }
        }
    };
}

pub(crate) use deserialize_struct;
