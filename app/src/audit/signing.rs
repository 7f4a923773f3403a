//! The key that signs the audit log's checkpoints (Ed25519, through `ring`, which the
//! TLS stack already brings). Whoever holds only the public key can check an exported
//! checkpoint but not make one, so a copy kept elsewhere proves what the log held.

use ring::rand::{SecureRandom, SystemRandom};
use ring::signature::{Ed25519KeyPair, KeyPair, UnparsedPublicKey, ED25519};
use std::path::Path;

pub struct SigningKey {
    pair: Ed25519KeyPair,
}

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("could not read or write the audit signing key {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("the audit signing key {0} is not 64 hexadecimal digits (a 32-byte Ed25519 seed)")]
    Malformed(String),
    #[error("no secure random source to make an audit signing key")]
    Random,
}

impl SigningKey {
    /// The key from a seed of 32 bytes.
    pub fn from_seed(seed: &[u8; 32]) -> SigningKey {
        // `from_seed_unchecked` only fails on a seed of the wrong length.
        let pair = Ed25519KeyPair::from_seed_unchecked(seed).expect("a 32-byte seed");
        SigningKey { pair }
    }

    /// Reads the key from `path` (its seed in hexadecimal), making a new one there
    /// first when the file does not exist (readable by its owner only).
    pub fn load_or_create(path: &Path) -> Result<SigningKey, KeyError> {
        let io = |source| KeyError::Io {
            path: path.display().to_string(),
            source,
        };
        match SigningKey::load(path) {
            Err(KeyError::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
                let mut seed = [0u8; 32];
                SystemRandom::new()
                    .fill(&mut seed)
                    .map_err(|_| KeyError::Random)?;
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir).map_err(io)?;
                }
                match write_private(path, &hex::encode(seed)) {
                    Ok(()) => {}
                    // Another process made it first: use theirs.
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                        return SigningKey::load(path)
                    }
                    Err(e) => return Err(io(e)),
                }
                tracing::warn!(path = %path.display(), "made a new audit signing key");
                Ok(SigningKey::from_seed(&seed))
            }
            other => other,
        }
    }

    /// Reads the key from `path` (its seed in hexadecimal).
    pub fn load(path: &Path) -> Result<SigningKey, KeyError> {
        let text = std::fs::read_to_string(path).map_err(|source| KeyError::Io {
            path: path.display().to_string(),
            source,
        })?;
        let seed: [u8; 32] = hex::decode(text.trim())
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| KeyError::Malformed(path.display().to_string()))?;
        Ok(SigningKey::from_seed(&seed))
    }

    pub fn public_key(&self) -> [u8; 32] {
        let mut out = [0u8; 32];
        out.copy_from_slice(self.pair.public_key().as_ref());
        out
    }

    pub fn sign(&self, message: &[u8]) -> Vec<u8> {
        self.pair.sign(message).as_ref().to_vec()
    }
}

/// Whether `signature` is `public_key`'s signature of `message`.
pub fn signature_valid(public_key: &[u8], message: &[u8], signature: &[u8]) -> bool {
    UnparsedPublicKey::new(&ED25519, public_key)
        .verify(message, signature)
        .is_ok()
}

#[cfg(unix)]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    f.write_all(text.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, text)
}
