//! Studying a module: grading answers ([`grading`]), deriving where a learner is from their
//! learning records ([`flow`]), the view models the UI renders ([`view`]) and the service that
//! ties content and storage together ([`service`]).

pub mod flow;
pub mod grading;
pub mod report;
pub mod service;
pub mod standing;
pub mod view;

pub use service::StudyService;
