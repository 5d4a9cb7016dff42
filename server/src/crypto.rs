//! Encryption at rest for personal fields (email, birth date) and the keyed
//! hash that finds an account by email without storing the address in clear.
//!
//! Every sealed value is bound to its place (column and row) as associated
//! data, so someone able to write to the database cannot move one user's
//! sealed email into another's row and have it read back as theirs.
//!
//! One 64-byte secret: the first half keys XChaCha20-Poly1305, the second
//! half keys HMAC-SHA256. It lives in `<data>/secret.key` (created 0600 on
//! first start) unless `PINPOINT_SECRET_KEY` gives it (base64).

use anyhow::{bail, Context};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::Path;

pub const KEY_FILE: &str = "secret.key";
const KEY_ENV: &str = "PINPOINT_SECRET_KEY";
const NONCE_LEN: usize = 24;

#[derive(Clone)]
pub struct Keys {
    aead: XChaCha20Poly1305,
    lookup: [u8; 32],
}

impl Keys {
    /// Reads the key from the environment or the data directory, creating
    /// the key file on first start.
    pub fn load_or_create(data_dir: &Path) -> anyhow::Result<Self> {
        if let Ok(encoded) = std::env::var(KEY_ENV) {
            let bytes = STANDARD
                .decode(encoded.trim())
                .context("PINPOINT_SECRET_KEY is not base64")?;
            return Self::from_bytes(&bytes);
        }
        let path = data_dir.join(KEY_FILE);
        match std::fs::read(&path) {
            Ok(bytes) => Self::from_bytes(&bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let mut bytes = [0u8; 64];
                rand::rngs::OsRng.fill_bytes(&mut bytes);
                write_private_file(&path, &bytes)?;
                tracing::info!(path = %path.display(), "created a new encryption key");
                Self::from_bytes(&bytes)
            }
            Err(e) => Err(e).context("reading the key file"),
        }
    }

    pub fn from_bytes(bytes: &[u8]) -> anyhow::Result<Self> {
        if bytes.len() != 64 {
            bail!("the secret key must be 64 bytes, found {}", bytes.len());
        }
        let aead = XChaCha20Poly1305::new_from_slice(&bytes[..32]).context("AEAD key")?;
        let mut lookup = [0u8; 32];
        lookup.copy_from_slice(&bytes[32..]);
        Ok(Keys { aead, lookup })
    }

    /// Encrypts `plaintext` for `place` under a fresh random nonce:
    /// nonce || ciphertext.
    pub fn seal(&self, plaintext: &str, place: Place) -> Vec<u8> {
        self.seal_with(plaintext, &place.associated_data())
    }

    fn seal_with(&self, plaintext: &str, associated_data: &[u8]) -> Vec<u8> {
        let mut nonce = [0u8; NONCE_LEN];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let payload = Payload {
            msg: plaintext.as_bytes(),
            aad: associated_data,
        };
        let ciphertext = self
            .aead
            // Encryption fails only for inputs over ~256 GiB.
            .encrypt(XNonce::from_slice(&nonce), payload)
            .expect("plaintext within AEAD limits");
        let mut out = nonce.to_vec();
        out.extend_from_slice(&ciphertext);
        out
    }

    /// Decrypts a value sealed for `place`; one sealed for any other place
    /// fails authentication.
    pub fn open(&self, sealed: &[u8], place: Place) -> anyhow::Result<String> {
        self.open_with(sealed, &place.associated_data())
    }

    fn open_with(&self, sealed: &[u8], associated_data: &[u8]) -> anyhow::Result<String> {
        if sealed.len() < NONCE_LEN {
            bail!("sealed value too short");
        }
        let (nonce, ciphertext) = sealed.split_at(NONCE_LEN);
        let payload = Payload {
            msg: ciphertext,
            aad: associated_data,
        };
        let plain = self
            .aead
            .decrypt(XNonce::from_slice(nonce), payload)
            .map_err(|_| anyhow::anyhow!("sealed value fails authentication"))?;
        String::from_utf8(plain).context("sealed value is not UTF-8")
    }

    /// Re-seals a value sealed before values were bound to their place
    /// (no associated data), for the one-time upgrade at start.
    pub fn rebind(&self, unbound: &[u8], place: Place) -> anyhow::Result<Vec<u8>> {
        let plain = self.open_with(unbound, &[])?;
        Ok(self.seal(&plain, place))
    }

    /// A keyed hash of `value` for one `purpose`, for keys that must not
    /// reveal what they count (see `throttle`).
    pub fn tag(&self, purpose: &str, value: &[u8]) -> Vec<u8> {
        let mut mac =
            <Hmac<Sha256> as Mac>::new_from_slice(&self.lookup).expect("HMAC takes any key length");
        mac.update(&(purpose.len() as u64).to_be_bytes());
        mac.update(purpose.as_bytes());
        mac.update(value);
        mac.finalize().into_bytes().to_vec()
    }

    /// The keyed hash an email is looked up by. The input must already be
    /// normalised (`model::user::normalize_email`).
    pub fn lookup_hash(&self, normalized: &str) -> Vec<u8> {
        let mut mac =
            <Hmac<Sha256> as Mac>::new_from_slice(&self.lookup).expect("HMAC takes any key length");
        mac.update(normalized.as_bytes());
        mac.finalize().into_bytes().to_vec()
    }
}

/// Where a sealed value lives: its column and its row's id. Sealing binds
/// the value to it.
#[derive(Clone, Copy, Debug)]
pub struct Place<'a> {
    pub column: &'static str,
    pub row: &'a str,
}

impl<'a> Place<'a> {
    pub fn user_email(user_id: &'a str) -> Self {
        Place {
            column: "users.email_sealed",
            row: user_id,
        }
    }

    pub fn user_birth_date(user_id: &'a str) -> Self {
        Place {
            column: "users.birth_date_sealed",
            row: user_id,
        }
    }

    pub fn activity_ip(entry_id: &'a str) -> Self {
        Place {
            column: "activity.ip_sealed",
            row: entry_id,
        }
    }

    pub fn tool_key(kid: &'a str) -> Self {
        Place {
            column: "tool_keys.private_sealed",
            row: kid,
        }
    }

    fn associated_data(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.column.len() + 1 + self.row.len());
        out.extend_from_slice(self.column.as_bytes());
        out.push(0);
        out.extend_from_slice(self.row.as_bytes());
        out
    }
}

fn write_private_file(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .with_context(|| format!("creating {}", path.display()))?;
    file.write_all(bytes)?;
    file.sync_all()?;
    Ok(())
}

/// A random id of 128 bits, URL-safe (22 characters): unguessable, so a
/// link is as good as a password for what it opens.
pub fn random_id() -> String {
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A session token (256 bits) for the cookie.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// What the sessions table keeps of a token.
pub fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// A class's join code or a school's teacher invitation, `XXXX-XXXX` (40
/// bits: guessing one is hopeless).
pub fn join_code() -> String {
    use rand::Rng;
    let alphabet = model::class::JOIN_CODE_ALPHABET;
    let mut rng = rand::rngs::OsRng;
    let mut pick = || alphabet[rng.gen_range(0..alphabet.len())] as char;
    let first: String = (0..4).map(|_| pick()).collect();
    let second: String = (0..4).map(|_| pick()).collect();
    format!("{first}-{second}")
}

/// A password a school admin reads out to a user: 12 letters and digits
/// without look-alikes, in groups of four (about 60 bits).
pub fn one_time_password() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::rngs::OsRng;
    let chars: Vec<char> = (0..12)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_round_trip_and_differ_each_time() {
        let keys = Keys::from_bytes(&[7u8; 64]).unwrap();
        let place = Place::user_email("u_1");
        let a = keys.seal("ada@example.org", place);
        let b = keys.seal("ada@example.org", place);
        assert_ne!(a, b, "fresh nonce each time");
        assert_eq!(keys.open(&a, place).unwrap(), "ada@example.org");
        assert!(!String::from_utf8_lossy(&a).contains("ada@example.org"));
    }

    #[test]
    fn tampered_or_foreign_values_do_not_open() {
        let keys = Keys::from_bytes(&[7u8; 64]).unwrap();
        let other = Keys::from_bytes(&[8u8; 64]).unwrap();
        let place = Place::user_email("u_1");
        let mut sealed = keys.seal("secret", place);
        assert!(other.open(&sealed, place).is_err());
        let last = sealed.len() - 1;
        sealed[last] ^= 1;
        assert!(keys.open(&sealed, place).is_err());
        assert!(keys.open(&[1, 2, 3], place).is_err());
    }

    #[test]
    fn a_value_opens_only_in_the_place_it_was_sealed_for() {
        let keys = Keys::from_bytes(&[7u8; 64]).unwrap();
        let sealed = keys.seal("ada@example.org", Place::user_email("u_1"));
        assert!(keys.open(&sealed, Place::user_email("u_2")).is_err());
        assert!(keys.open(&sealed, Place::user_birth_date("u_1")).is_err());
        // Column and row cannot run into each other.
        let a = keys.seal(
            "x",
            Place {
                column: "t.a",
                row: "bc",
            },
        );
        assert!(keys
            .open(
                &a,
                Place {
                    column: "t.ab",
                    row: "c"
                }
            )
            .is_err());
        // An old, unbound value is re-sealed into its place once.
        let unbound = keys.seal_with("2012-05-01", &[]);
        assert!(keys.open(&unbound, Place::user_birth_date("u_1")).is_err());
        let bound = keys
            .rebind(&unbound, Place::user_birth_date("u_1"))
            .unwrap();
        assert_eq!(
            keys.open(&bound, Place::user_birth_date("u_1")).unwrap(),
            "2012-05-01"
        );
    }

    #[test]
    fn lookup_hash_is_stable_and_keyed() {
        let keys = Keys::from_bytes(&[7u8; 64]).unwrap();
        let other = Keys::from_bytes(&[9u8; 64]).unwrap();
        assert_eq!(keys.lookup_hash("a@b.co"), keys.lookup_hash("a@b.co"));
        assert_ne!(keys.lookup_hash("a@b.co"), other.lookup_hash("a@b.co"));
    }

    #[test]
    fn key_file_is_created_private_and_reused() {
        let dir = tempfile::tempdir().unwrap();
        let first = Keys::load_or_create(dir.path()).unwrap();
        let sealed = first.seal("x", Place::user_email("u_1"));
        let again = Keys::load_or_create(dir.path()).unwrap();
        assert_eq!(again.open(&sealed, Place::user_email("u_1")).unwrap(), "x");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(KEY_FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn ids_are_128_bits_url_safe() {
        let id = random_id();
        assert_eq!(id.len(), 22);
        assert!(id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert_ne!(random_id(), random_id());
    }
}
