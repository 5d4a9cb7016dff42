//! Open formats a scene leaves in and comes back from: W3C Web
//! Annotations (`w3c`), IIIF Presentation 3 (`iiif`) and Pinpoint's own
//! package (`package`).

pub mod iiif;
pub mod package;
pub mod w3c;
