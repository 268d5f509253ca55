//! The class join code a teacher shows: the class secret plus a prefix of the hub certificate's
//! SHA-256 fingerprint, so the student app pins the hub's certificate with no trust on first use.
//!
//! Shape: `XXXX-XXXX-FFFF-FFFF-FFFF-FFFF` — 8 characters of class secret (Crockford base32, no
//! I/L/O/U) and 16 hex digits (64 bits) of the certificate fingerprint. Dashes and case are
//! ignored when typed.

/// Crockford base32 alphabet: no I, L, O or U, so codes read aloud and typed survive.
pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Length of the class secret.
pub const CLASS_LEN: usize = 8;
/// Hex digits of the fingerprint carried.
pub const PIN_HEX_LEN: usize = 16;

/// A parsed join code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinCode {
    /// The class secret (upper case).
    pub class_code: String,
    /// The first 16 hex digits (lower case) of the hub certificate's SHA-256.
    pub pin: String,
}

impl JoinCode {
    /// Parses what a student typed; `None` if it cannot be a code.
    pub fn parse(typed: &str) -> Option<JoinCode> {
        let clean: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if clean.len() != CLASS_LEN + PIN_HEX_LEN || !clean.is_ascii() {
            return None;
        }
        let (class, pin) = clean.split_at(CLASS_LEN);
        if !class.bytes().all(|b| ALPHABET.contains(&b))
            || !pin.bytes().all(|b| b.is_ascii_hexdigit())
        {
            return None;
        }
        Some(JoinCode {
            class_code: class.to_string(),
            pin: pin.to_ascii_lowercase(),
        })
    }

    /// The code as shown to people: `XXXX-XXXX-ffff-ffff-ffff-ffff`.
    pub fn display(&self) -> String {
        let mut out = String::new();
        out.push_str(&self.class_code[..4]);
        out.push('-');
        out.push_str(&self.class_code[4..]);
        for chunk in self.pin.as_bytes().chunks(4) {
            out.push('-');
            out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
        }
        out
    }

    /// Whether a certificate fingerprint (full lower-case hex SHA-256) matches the pin.
    pub fn pins(&self, fingerprint_hex: &str) -> bool {
        fingerprint_hex.len() >= PIN_HEX_LEN
            && fingerprint_hex[..PIN_HEX_LEN].eq_ignore_ascii_case(&self.pin)
    }
}

/// A new random class secret from 8 random bytes (caller supplies randomness).
pub fn class_secret(random: [u8; CLASS_LEN]) -> String {
    random
        .iter()
        .map(|b| ALPHABET[(*b as usize) % 32] as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_people_type() {
        let code = JoinCode::parse("k7q2-m9xa 3f9c-2b71-00aa-ff01").expect("valid");
        assert_eq!(code.class_code, "K7Q2M9XA");
        assert_eq!(code.pin, "3f9c2b7100aaff01");
        assert_eq!(code.display(), "K7Q2-M9XA-3f9c-2b71-00aa-ff01");
        assert_eq!(JoinCode::parse(&code.display()), Some(code.clone()));
        assert!(code.pins("3f9c2b7100aaff01deadbeef"));
        assert!(!code.pins("3f9c2b7100aaff02deadbeef"));
    }

    #[test]
    fn rejects_malformed_codes() {
        for bad in [
            "",
            "K7Q2-M9XA",
            "K7Q2-M9XI-3f9c-2b71-00aa-ff01",
            "K7Q2-M9XA-3f9c-2b71-00aa-fg01",
            "가나다라-마바사아-3f9c-2b71-00aa-ff01",
        ] {
            assert!(JoinCode::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn class_secret_uses_the_alphabet() {
        let s = class_secret([0, 31, 32, 255, 7, 8, 9, 10]);
        assert_eq!(s.len(), CLASS_LEN);
        assert!(JoinCode::parse(&format!("{s}0123456789abcdef")).is_some());
    }
}
