//! The typed client of Pinpoint's JSON API: one generic request function
//! (`client`) and one small async function per endpoint, grouped by
//! resource.

pub mod assets;
pub mod auth;
pub mod classes;
pub mod client;
pub mod error;
pub mod scenes;
pub mod school;
pub mod stats;

pub use error::ApiError;
