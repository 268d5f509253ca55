//! The hub's self-signed certificate: made with rcgen on first start, kept in the data folder
//! (`cert.pem`, `key.pem` with mode 0600), and identified by the SHA-256 of its DER encoding —
//! the fingerprint whose prefix travels in every class join code.

use crate::HubError;
use jikim_core::error::FileFault;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The certificate and key in PEM, plus the fingerprint.
pub struct HubCert {
    pub cert_pem: String,
    pub key_pem: String,
    /// Lower-case hex SHA-256 of the certificate DER.
    pub fingerprint: String,
}

fn write_private(path: &PathBuf, text: &str) -> Result<(), HubError> {
    std::fs::write(path, text).map_err(|e| FileFault::of_io(path, &e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .map_err(|e| FileFault::of_io(path, &e))?;
    }
    Ok(())
}

/// Loads the certificate from `dir`, generating and saving one on first start.
pub fn load_or_create(dir: &Path) -> Result<HubCert, HubError> {
    let cert_path = dir.join("cert.pem");
    let key_path = dir.join("key.pem");
    let (cert_pem, key_pem) = if cert_path.exists() && key_path.exists() {
        (
            std::fs::read_to_string(&cert_path).map_err(|e| FileFault::of_io(&cert_path, &e))?,
            std::fs::read_to_string(&key_path).map_err(|e| FileFault::of_io(&key_path, &e))?,
        )
    } else {
        let mut names = vec![
            "localhost".to_string(),
            "jikim-hub.local".to_string(),
            "127.0.0.1".to_string(),
        ];
        if let Ok(host) = std::fs::read_to_string("/etc/hostname") {
            let host = host.trim();
            if !host.is_empty() {
                names.push(host.to_string());
                names.push(format!("{host}.local"));
            }
        }
        let ck =
            rcgen::generate_simple_self_signed(names).map_err(|e| HubError::Cert(e.to_string()))?;
        let cert_pem = ck.cert.pem();
        let key_pem = ck.signing_key.serialize_pem();
        std::fs::create_dir_all(dir).map_err(|e| FileFault::of_io(dir, &e))?;
        write_private(&key_path, &key_pem)?;
        std::fs::write(&cert_path, &cert_pem).map_err(|e| FileFault::of_io(&cert_path, &e))?;
        (cert_pem, key_pem)
    };
    let der = pem_to_der(&cert_pem)
        .ok_or_else(|| HubError::Cert("cert.pem is not a certificate".into()))?;
    Ok(HubCert {
        fingerprint: hex::encode(Sha256::digest(&der)),
        cert_pem,
        key_pem,
    })
}

/// The DER bytes of the first PEM certificate block.
fn pem_to_der(pem: &str) -> Option<Vec<u8>> {
    use rustls::pki_types::pem::PemObject;
    rustls::pki_types::CertificateDer::from_pem_slice(pem.as_bytes())
        .ok()
        .map(|c| c.as_ref().to_vec())
}
