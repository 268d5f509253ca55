//! Studying a module: grading answers ([`grading`]), deriving where a learner is from their
//! learning records ([`flow`]), the view models the UI renders ([`view`]) and the service that
//! ties content and storage together ([`service`]).

pub mod dashboard;
pub mod flow;
pub mod grading;
pub mod service;
pub mod standing;
pub mod view;

pub use service::StudyService;

#[cfg(test)]
mod layering {
    /// The flow and the view models are pure: they import nothing from the service (which ties
    /// them to storage) or from storage, so the rules can be read, tested and reused (the hub
    /// grades with the same flow) without a database (issue 18).
    #[test]
    fn flow_and_view_import_nothing_from_service_or_storage() {
        for (file, text) in [
            ("flow.rs", include_str!("flow.rs")),
            ("view.rs", include_str!("view.rs")),
        ] {
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or_default();
                for forbidden in ["service::", "storage::", "::service", "::storage"] {
                    assert!(
                        !code.contains(forbidden),
                        "study/{file}:{} uses {forbidden}: {line}",
                        n + 1
                    );
                }
            }
        }
    }
}
