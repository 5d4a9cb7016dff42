//! Open formats a scene leaves in and comes back from: the offline page
//! (`offline`), W3C Web Annotations (`w3c`), IIIF Presentation 3
//! (`iiif`), Pinpoint's own package (`package`), and H5P Image Hotspots
//! coming in (`h5p`); and the zip that class and school exports are sent
//! as while they are written (`streamed_zip`).

pub mod annotations_in;
pub mod h5p;
pub mod html_text;
pub mod iiif;
pub mod offline;
pub mod package;
pub mod streamed_zip;
pub mod w3c;
