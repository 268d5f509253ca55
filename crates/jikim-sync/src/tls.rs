//! Certificate pinning: the hub's certificate is self-signed; the student app accepts it only if
//! the SHA-256 of its DER encoding is the one a join code's PAKE confirmed (kept by the PC). The
//! handshake signature is still verified with the pinned certificate's key.
//!
//! The one exception is the first contact of a join ([`first_contact_config`]): any certificate
//! is accepted and its fingerprint noted, and nothing but SPAKE2 message A is sent before the
//! hub has proved, by key confirmation over that fingerprint, that it knows the class code.

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, Error, SignatureScheme};
use sha2::{Digest, Sha256};
use std::sync::{Arc, Mutex};

/// Lower-case hex SHA-256 of a certificate.
pub fn fingerprint_hex(cert: &[u8]) -> String {
    hex::encode(Sha256::digest(cert))
}

#[derive(Debug)]
struct PinVerifier {
    /// `None`: first contact, accept and note the fingerprint.
    pin: Option<String>,
    seen: SeenCertificate,
    provider: Arc<CryptoProvider>,
}

impl ServerCertVerifier for PinVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, Error> {
        let fp = fingerprint_hex(end_entity.as_ref());
        let Some(pin) = &self.pin else {
            *self.seen.lock().unwrap_or_else(|p| p.into_inner()) = Some(fp);
            return Ok(ServerCertVerified::assertion());
        };
        if pin.len() >= 16 && fp.starts_with(pin.as_str()) {
            Ok(ServerCertVerified::assertion())
        } else {
            Err(Error::General(
                "hub certificate does not match the join code".into(),
            ))
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// The fingerprint of the certificate a first contact saw (filled during the handshake).
pub type SeenCertificate = Arc<Mutex<Option<String>>>;

fn config(verifier: PinVerifier, provider: Arc<CryptoProvider>) -> Result<ClientConfig, Error> {
    Ok(ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth())
}

/// A rustls client configuration that trusts only the certificate matching `pin` (the full
/// lower-case hex SHA-256; at least 16 digits of it).
pub fn pinned_config(pin: &str) -> Result<ClientConfig, Error> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    config(
        PinVerifier {
            pin: Some(pin.to_ascii_lowercase()),
            seen: Arc::default(),
            provider: provider.clone(),
        },
        provider,
    )
}

/// The configuration of a join's first contact: any certificate, its fingerprint noted in the
/// returned cell. Only for PAKE step 1, whose answer is checked against that fingerprint.
pub fn first_contact_config() -> Result<(ClientConfig, SeenCertificate), Error> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let seen = Arc::new(Mutex::new(None));
    let config = config(
        PinVerifier {
            pin: None,
            seen: seen.clone(),
            provider: provider.clone(),
        },
        provider,
    )?;
    Ok((config, seen))
}
