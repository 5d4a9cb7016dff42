//! One module per page of the app.

pub mod classes;
pub mod editor;
pub mod explore;
pub mod home;
pub mod login;
pub mod not_found;
pub mod privacy;
pub mod school;
pub mod settings;
pub mod signup;
