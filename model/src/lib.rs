//! The types Pinpoint's browser app and server exchange, and the rules that
//! decide whether a value is acceptable. Both sides validate with the same
//! functions, so the editor can show the server's verdict before saving.

pub mod activity;
pub mod asset;
pub mod class;
pub mod embed;
pub mod error;
pub mod feedback;
pub mod file_name;
pub mod icon;
pub mod lti;
pub mod media;
pub mod panorama;
pub mod scene;
pub mod school;
pub mod sign_in;
pub mod stats;
pub mod user;
pub mod visibility;

pub use activity::{ActivityEntry, ActivityKind};
pub use asset::Asset;
pub use class::{
    ClassInfo, ClassScene, ClassStudent, JoinClass, NewClass, NewStudent, StudentImport,
    StudentImportRow,
};
pub use error::{ErrorBody, ErrorDetail, FieldError, Message};
pub use feedback::{Feedback, NewFeedback};
pub use icon::Icon;
pub use media::{Media, MediaKind};
pub use panorama::{InitialView, Projection};
pub use scene::{
    default_color, ExplorePage, Hotspot, ImportReport, Scene, SceneImage, SceneInput, SceneSummary,
};
pub use school::{
    DeleteSchool, School, SchoolSettingsPatch, SchoolUser, SchoolUserChanged, SchoolUserPatch,
};
pub use sign_in::{ConnectAnswer, ConnectProvider, ConnectedProvider, SignInProvider};
pub use stats::{
    DayCount, EventBatch, HotspotOpens, SceneStats, TimeBucket, TimeBucketCount, ViewerEvent,
};
pub use user::{
    DeleteAccount, LoginRequest, Me, MePatch, PasswordChange, SchoolRef, SessionInfo,
    SignupRequest, UserKind, UserSummary,
};
pub use visibility::Visibility;
