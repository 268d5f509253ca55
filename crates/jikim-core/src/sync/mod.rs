//! Sync between a student PC and the school's hub: the wire protocol ([`protocol`]), the short
//! class join code ([`join_code`]) and the PAKE that turns it into an authenticated hub
//! certificate ([`pake`]). Transport (HTTPS) lives in the hub crate and the app; the core only
//! defines what crosses the wire.

pub mod join_code;
pub mod pake;
pub mod protocol;
