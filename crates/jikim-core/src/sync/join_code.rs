//! The class join code a teacher shows while joining is open: 8 characters of Crockford base32
//! (40 random bits), e.g. `K7Q2-M9XA`. It is the password of a PAKE ([`super::pake`]) whose key
//! confirms the hub certificate's full SHA-256 fingerprint, so the student app pins the hub
//! without anyone typing a fingerprint, and a hub or a man in the middle that does not know the
//! code learns nothing it can guess offline.
//!
//! Typing is forgiving: case, dashes and spaces are ignored, and the letters Crockford reads as
//! digits (`I`/`L` → `1`, `O` → `0`) are read as those digits.

/// Crockford base32 alphabet: no I, L, O or U, so codes read aloud and typed survive.
pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Characters in a join code.
pub const CODE_LEN: usize = 8;

/// A parsed join code (upper case, no dash).
#[derive(Clone, PartialEq, Eq)]
pub struct JoinCode(String);

impl std::fmt::Debug for JoinCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // A code is a password: never in logs.
        f.write_str("JoinCode(…)")
    }
}

impl JoinCode {
    /// Parses what a student typed; `None` if it cannot be a code.
    pub fn parse(typed: &str) -> Option<JoinCode> {
        let mut clean = String::with_capacity(CODE_LEN);
        for c in typed.chars() {
            if c.is_whitespace() || c == '-' {
                continue;
            }
            let c = match c.to_ascii_uppercase() {
                'I' | 'L' => '1',
                'O' => '0',
                c => c,
            };
            if !c.is_ascii() || !ALPHABET.contains(&(c as u8)) {
                return None;
            }
            clean.push(c);
        }
        (clean.len() == CODE_LEN).then_some(JoinCode(clean))
    }

    /// A new code from 8 random bytes (each byte mod 32: unbiased, as 256 is a multiple of 32).
    pub fn from_random(random: [u8; CODE_LEN]) -> JoinCode {
        JoinCode(
            random
                .iter()
                .map(|b| ALPHABET[(*b as usize) % 32] as char)
                .collect(),
        )
    }

    /// A new code from the operating system's random source.
    pub fn generate() -> JoinCode {
        JoinCode::from_random(rand::random())
    }

    /// The code as stored (8 characters, no dash).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The code as shown to people: `XXXX-XXXX`.
    pub fn display(&self) -> String {
        format!("{}-{}", &self.0[..4], &self.0[4..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_people_type() {
        let code = JoinCode::parse("k7q2-m9xa").expect("valid");
        assert_eq!(code.as_str(), "K7Q2M9XA");
        assert_eq!(code.display(), "K7Q2-M9XA");
        assert_eq!(JoinCode::parse(" K7Q2 M9XA "), Some(code.clone()));
        assert_eq!(JoinCode::parse(&code.display()), Some(code));
        // Crockford reads I and L as 1, O as 0.
        assert_eq!(
            JoinCode::parse("IL0O-2345").map(|c| c.as_str().to_string()),
            Some("11002345".into())
        );
        assert!(code_len_fits_the_issue());
    }

    fn code_len_fits_the_issue() -> bool {
        JoinCode::generate().as_str().len() <= 8
    }

    #[test]
    fn rejects_malformed_codes() {
        for bad in [
            "",
            "K7Q2",
            "K7Q2-M9XA-3",
            "K7Q2-M9XU",
            "가나다라마바사아",
            "K7Q2_M9X",
        ] {
            assert!(JoinCode::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn codes_use_the_alphabet_and_differ() {
        let c = JoinCode::from_random([0, 31, 32, 255, 7, 8, 9, 10]);
        assert_eq!(c.as_str(), "0Z0Z789A");
        assert_ne!(JoinCode::generate(), JoinCode::generate());
        assert!(!format!("{:?}", JoinCode::generate()).contains(char::is_numeric));
    }
}
