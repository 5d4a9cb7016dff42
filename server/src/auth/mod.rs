//! Who is asking: password hashing, the session cookie, and the extractors
//! that give handlers the signed-in user.

pub mod oidc;
pub mod password;
pub mod provider_accounts;
pub mod session;

pub use session::{CurrentUser, MaybeUser};
