//! Joining with a short code: SPAKE2 (RustCrypto `spake2`, Ed25519 group) with the class join
//! code as the password, then key confirmation that binds the hub's certificate.
//!
//! 1. The student app connects over TLS accepting any certificate, notes its SHA-256
//!    fingerprint, and sends SPAKE2 message A for its 학년·반.
//! 2. The hub answers with message B, a session id and `hub_confirm = HMAC(K, "hub" ‖ session ‖
//!    fingerprint of the hub's own certificate)`.
//! 3. The student app derives K and checks `hub_confirm` against the fingerprint *it saw*. A
//!    hub that does not know the code cannot make it; a man in the middle with another
//!    certificate cannot either (the real hub binds its own fingerprint). Only then does the app
//!    send `student_confirm = HMAC(K, "student" ‖ session ‖ fingerprint)` with the join request,
//!    over a new connection pinned to the full fingerprint; from then on it pins that
//!    certificate for good.
//!
//! An attacker on either side gets one online guess of the code per exchange and nothing to
//! test guesses against offline (SPAKE2); the hub limits failed exchanges per class.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use spake2::{Ed25519Group, Identity, Password, Spake2};

use super::join_code::JoinCode;

/// Why an exchange failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PakeError {
    /// The other side's message is not a valid SPAKE2 message.
    #[error("malformed PAKE message")]
    Malformed,
    /// Key confirmation failed: a different code, or another certificate than the hub's.
    #[error("PAKE confirmation failed")]
    Confirmation,
}

type HmacSha256 = Hmac<Sha256>;

fn identities(grade: u32, class_no: u32) -> (Identity, Identity) {
    (
        Identity::new(format!("jikim-student/{grade}-{class_no}").as_bytes()),
        Identity::new(b"jikim-hub/v1"),
    )
}

/// The key both sides derived.
pub struct SessionKey(Vec<u8>);

impl SessionKey {
    fn tag(&self, label: &str, session: &str, fingerprint: &str) -> HmacSha256 {
        // `new_from_slice` accepts any key length for HMAC.
        let mut mac = <HmacSha256 as Mac>::new_from_slice(&self.0)
            .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
        for part in [label, session, &fingerprint.to_ascii_lowercase()] {
            mac.update(&(part.len() as u32).to_be_bytes());
            mac.update(part.as_bytes());
        }
        mac
    }

    /// The hub's confirmation over its certificate fingerprint (lower-case hex SHA-256).
    pub fn hub_confirm(&self, session: &str, fingerprint: &str) -> Vec<u8> {
        self.tag("hub", session, fingerprint)
            .finalize()
            .into_bytes()
            .to_vec()
    }

    /// The student's confirmation.
    pub fn student_confirm(&self, session: &str, fingerprint: &str) -> Vec<u8> {
        self.tag("student", session, fingerprint)
            .finalize()
            .into_bytes()
            .to_vec()
    }

    /// Checks the hub's confirmation in constant time.
    pub fn check_hub(&self, session: &str, fingerprint: &str, tag: &[u8]) -> Result<(), PakeError> {
        self.tag("hub", session, fingerprint)
            .verify_slice(tag)
            .map_err(|_| PakeError::Confirmation)
    }

    /// Checks the student's confirmation in constant time.
    pub fn check_student(
        &self,
        session: &str,
        fingerprint: &str,
        tag: &[u8],
    ) -> Result<(), PakeError> {
        self.tag("student", session, fingerprint)
            .verify_slice(tag)
            .map_err(|_| PakeError::Confirmation)
    }
}

/// The student's half of an exchange in progress.
pub struct StudentPake(Spake2<Ed25519Group>);

impl StudentPake {
    /// Starts an exchange for the class 학년·반 with the typed code; returns message A.
    pub fn start(code: &JoinCode, grade: u32, class_no: u32) -> (StudentPake, Vec<u8>) {
        let (a, b) = identities(grade, class_no);
        let (state, msg) =
            Spake2::<Ed25519Group>::start_a(&Password::new(code.as_str().as_bytes()), &a, &b);
        (StudentPake(state), msg)
    }

    /// Derives the key from the hub's message B.
    pub fn finish(self, msg_b: &[u8]) -> Result<SessionKey, PakeError> {
        self.0
            .finish(msg_b)
            .map(SessionKey)
            .map_err(|_| PakeError::Malformed)
    }
}

/// The hub's side: answers message A with message B and derives the key at once.
pub fn hub_respond(
    code: &JoinCode,
    grade: u32,
    class_no: u32,
    msg_a: &[u8],
) -> Result<(Vec<u8>, SessionKey), PakeError> {
    let (a, b) = identities(grade, class_no);
    let (state, msg_b) =
        Spake2::<Ed25519Group>::start_b(&Password::new(code.as_str().as_bytes()), &a, &b);
    let key = state.finish(msg_a).map_err(|_| PakeError::Malformed)?;
    Ok((msg_b, SessionKey(key)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FP: &str = "3f9c2b7100aaff01deadbeef3f9c2b7100aaff01deadbeef3f9c2b7100aaff01";
    const OTHER_FP: &str = "0000000000000000000000000000000000000000000000000000000000000000";

    fn code(s: &str) -> JoinCode {
        JoinCode::parse(s).expect("code")
    }

    #[test]
    fn the_same_code_confirms_the_hub_certificate_both_ways() {
        let (student, msg_a) = StudentPake::start(&code("K7Q2-M9XA"), 2, 3);
        let (msg_b, hub_key) = hub_respond(&code("K7Q2M9XA"), 2, 3, &msg_a).expect("respond");
        let key = student.finish(&msg_b).expect("finish");
        let confirm = hub_key.hub_confirm("s1", FP);
        assert_eq!(key.check_hub("s1", FP, &confirm), Ok(()));
        let reply = key.student_confirm("s1", FP);
        assert_eq!(hub_key.check_student("s1", FP, &reply), Ok(()));
        // A tag is bound to its session and role.
        assert!(hub_key.check_student("s2", FP, &reply).is_err());
        assert!(key.check_hub("s1", FP, &reply).is_err());
    }

    #[test]
    fn a_man_in_the_middle_with_another_certificate_is_caught() {
        let (student, msg_a) = StudentPake::start(&code("K7Q2M9XA"), 2, 3);
        let (msg_b, hub_key) = hub_respond(&code("K7Q2M9XA"), 2, 3, &msg_a).expect("respond");
        let key = student.finish(&msg_b).expect("finish");
        // The real hub binds its own fingerprint; the student saw the proxy's.
        let confirm = hub_key.hub_confirm("s1", FP);
        assert_eq!(
            key.check_hub("s1", OTHER_FP, &confirm),
            Err(PakeError::Confirmation)
        );
    }

    #[test]
    fn a_wrong_code_or_another_class_confirms_nothing() {
        for (hub_code, grade, class_no) in [("K7Q2M9XB", 2, 3), ("K7Q2M9XA", 2, 4)] {
            let (student, msg_a) = StudentPake::start(&code("K7Q2M9XA"), 2, 3);
            let (msg_b, hub_key) =
                hub_respond(&code(hub_code), grade, class_no, &msg_a).expect("respond");
            let key = student.finish(&msg_b).expect("finish");
            let confirm = hub_key.hub_confirm("s", FP);
            assert!(key.check_hub("s", FP, &confirm).is_err());
            assert!(hub_key
                .check_student("s", FP, &key.student_confirm("s", FP))
                .is_err());
        }
    }

    #[test]
    fn malformed_messages_are_refused() {
        assert_eq!(
            hub_respond(&code("K7Q2M9XA"), 2, 3, b"short").err(),
            Some(PakeError::Malformed)
        );
        let (student, _) = StudentPake::start(&code("K7Q2M9XA"), 2, 3);
        assert_eq!(student.finish(&[0u8; 33]).err(), Some(PakeError::Malformed));
    }
}
