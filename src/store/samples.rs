//! The sample articles compiled into the binary: the store of a new user.

include!(concat!(env!("OUT_DIR"), "/samples.rs"));
