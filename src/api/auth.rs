//! Accounts and sessions.

use super::client::{request, request_empty, Body, Method};
use super::ApiError;
use model::{
    ActivityEntry, ConnectAnswer, ConnectProvider, ConnectedProvider, LoginRequest, Me, MePatch,
    SessionInfo, SignInProvider, SignupRequest,
};

pub async fn signup(req: &SignupRequest) -> Result<Me, ApiError> {
    request(Method::Post, "/api/auth/signup", Body::json(req)?).await
}

pub async fn login(req: &LoginRequest) -> Result<Me, ApiError> {
    request(Method::Post, "/api/auth/login", Body::json(req)?).await
}

pub async fn logout() -> Result<(), ApiError> {
    request_empty(Method::Post, "/api/auth/logout", Body::None).await
}

/// The signed-in account, or `None` when nobody is signed in.
pub async fn me() -> Result<Option<Me>, ApiError> {
    let session: SessionInfo = request(Method::Get, "/api/session", Body::None).await?;
    Ok(session.me)
}

/// Replaces the password; other sessions of the account end.
pub async fn change_password(current_password: &str, new_password: &str) -> Result<(), ApiError> {
    let body = model::PasswordChange {
        current_password: current_password.into(),
        new_password: new_password.into(),
    };
    super::client::request_empty(Method::Post, "/api/me/password", Body::json(&body)?).await
}

/// Deletes the signed-in account for good.
pub async fn delete_account(password: &str) -> Result<(), ApiError> {
    let body = model::DeleteAccount {
        password: password.into(),
    };
    super::client::request_empty(Method::Delete, "/api/me", Body::json(&body)?).await
}

/// Changes username, email or marketing choice; answers the account as saved.
pub async fn update_me(patch: &MePatch) -> Result<Me, ApiError> {
    request(Method::Patch, "/api/me", Body::json(patch)?).await
}

/// Replaces the account's picture with a square JPEG made by the cropper.
pub async fn set_avatar(jpeg: Vec<u8>) -> Result<Me, ApiError> {
    let body = Body::Bytes {
        bytes: jpeg,
        content_type: "image/jpeg",
    };
    request(Method::Put, "/api/me/avatar", body).await
}

pub async fn remove_avatar() -> Result<Me, ApiError> {
    request(Method::Delete, "/api/me/avatar", Body::None).await
}

/// The account's activity log, newest first.
pub async fn activity() -> Result<Vec<ActivityEntry>, ApiError> {
    request(Method::Get, "/api/me/activity", Body::None).await
}

/// The school accounts people may sign in with (none unless the operator
/// configured some).
pub async fn providers() -> Result<Vec<SignInProvider>, ApiError> {
    request(Method::Get, "/api/auth/providers", Body::None).await
}

/// The school accounts connected to the signed-in account.
pub async fn connected_providers() -> Result<Vec<ConnectedProvider>, ApiError> {
    request(Method::Get, "/api/me/identities", Body::None).await
}

/// Starts connecting a school account; answers where the browser goes to
/// sign in with it.
pub async fn connect_provider(req: &ConnectProvider) -> Result<ConnectAnswer, ApiError> {
    request(Method::Post, "/api/me/identities", Body::json(req)?).await
}

pub async fn remove_provider(name: &str) -> Result<(), ApiError> {
    request_empty(
        Method::Delete,
        &format!("/api/me/identities/{name}"),
        Body::None,
    )
    .await
}
