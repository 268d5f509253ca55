//! Sync between a student PC and the school's hub: the wire protocol ([`protocol`]) and the join
//! code that carries the hub's certificate pin ([`join_code`]). Transport (HTTPS) lives in the hub
//! crate and the app; the core only defines what crosses the wire.

pub mod join_code;
pub mod protocol;
