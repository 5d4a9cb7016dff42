//! The user's school.

use super::client::{request, Body, Method};
use super::ApiError;
use model::School;

pub async fn get() -> Result<School, ApiError> {
    request(Method::Get, "/api/school", Body::None).await
}
