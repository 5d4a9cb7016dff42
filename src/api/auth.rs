//! Accounts and sessions.

use super::client::{request, request_empty, Body, Method};
use super::ApiError;
use model::{LoginRequest, Me, SignupRequest};

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
    match request(Method::Get, "/api/me", Body::None).await {
        Ok(me) => Ok(Some(me)),
        Err(e) if e.status() == Some(401) => Ok(None),
        Err(e) => Err(e),
    }
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
