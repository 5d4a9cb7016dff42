//! Scenes and hotspots: their shapes on the wire and the limits every saved
//! scene keeps.

use crate::error::Message;
use crate::error::{check_length, validate_id, FieldError, ID_MAX};
use crate::icon::Icon;
use crate::media::{validate_media, Media};
use crate::panorama::{
    fits_panorama, InitialView, Projection, PANORAMA_MAX_HEIGHT, PANORAMA_MAX_WIDTH,
};
use crate::user::UserSummary;
use crate::visibility::Visibility;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The scene's picture: an uploaded asset and its natural size.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SceneImage {
    pub asset_id: String,
    pub width: u32,
    pub height: u32,
    #[serde(default)]
    pub alt: String,
    /// A 360° panorama (`equirectangular`) or a picture (`flat`, also
    /// when absent, as in scenes made before panoramas).
    #[serde(default, skip_serializing_if = "Projection::is_flat")]
    pub projection: Projection,
    /// Where a panorama's viewer starts looking.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_view: Option<InitialView>,
}

impl SceneImage {
    /// A flat picture.
    pub fn flat(asset_id: &str, width: u32, height: u32, alt: &str) -> SceneImage {
        SceneImage {
            asset_id: asset_id.to_string(),
            width,
            height,
            alt: alt.to_string(),
            projection: Projection::Flat,
            initial_view: None,
        }
    }

    /// Every limit the picture keeps; checked again by the server once it
    /// has put in the uploaded picture's real size.
    pub fn validate(&self) -> Result<(), FieldError> {
        validate_id("image.asset_id", "field-image", &self.asset_id, ID_MAX)?;
        check_length("image.alt", "field-alt", &self.alt, 0, ALT_MAX)?;
        if self.width == 0 || self.height == 0 {
            return Err(FieldError::new(
                "image",
                Message::new("error-image-size-missing"),
            ));
        }
        match self.projection {
            Projection::Flat if self.initial_view.is_some() => Err(FieldError::new(
                "image.initial_view",
                Message::new("error-start-view-flat"),
            )),
            Projection::Flat => Ok(()),
            Projection::Equirectangular => {
                if !fits_panorama(self.width, self.height) {
                    return Err(FieldError::new(
                        "image.projection",
                        Message::new("error-panorama-shape")
                            .number("max_width", PANORAMA_MAX_WIDTH)
                            .number("max_height", PANORAMA_MAX_HEIGHT)
                            .number("width", self.width)
                            .number("height", self.height),
                    ));
                }
                self.initial_view.map_or(Ok(()), |v| v.validate())
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Hotspot {
    /// Unique within its scene; the server names hotspots sent without one.
    #[serde(default)]
    pub id: String,
    /// Position as fractions 0..1 of the image's width and height, so it
    /// stays on its spot at every size.
    pub x: f64,
    pub y: f64,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub link: Option<String>,
    #[serde(default)]
    pub media: Option<Media>,
    /// Another scene this hotspot leads to (a tour).
    #[serde(default)]
    pub scene_link: Option<String>,
    #[serde(default)]
    pub icon: Icon,
    #[serde(default = "default_color")]
    pub color: String,
}

pub fn default_color() -> String {
    "#e4572e".to_string()
}

/// A scene as the API returns it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scene {
    pub id: String,
    pub owner: UserSummary,
    pub title: String,
    pub description: String,
    pub image: Option<SceneImage>,
    /// Shared as in `SceneInput`, so that the one becomes the other without
    /// copying a hotspot.
    pub hotspots: Vec<Arc<Hotspot>>,
    pub visibility: Visibility,
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
}

/// The body of `POST /api/scenes` and `PUT /api/scenes/{id}`: a scene
/// without the fields the server owns. Unknown fields (such as `id` or
/// `owner` when a client sends back a whole scene) are ignored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SceneInput {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub image: Option<SceneImage>,
    /// Each hotspot shared, so that a copy of the scene shares them all:
    /// the editor copies its draft at every edit, and an edit to one of
    /// thousands of hotspots then copies that one alone.
    #[serde(default)]
    pub hotspots: Vec<Arc<Hotspot>>,
    #[serde(default)]
    pub visibility: Visibility,
    /// The version this edit started from; required by `PUT`.
    #[serde(default)]
    pub version: Option<i64>,
}

/// A line in a list of scenes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SceneSummary {
    pub id: String,
    pub owner: UserSummary,
    pub title: String,
    pub image: Option<SceneImage>,
    pub hotspot_count: usize,
    pub visibility: Visibility,
    pub updated_at: String,
    /// In the owner's own list: feedback they have not read yet.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub unread_feedback: u32,
}

fn is_zero(count: &u32) -> bool {
    *count == 0
}

/// `POST /api/scenes/import`: the private scene made from the file, and
/// what of the file could not become part of it (to tell the importer).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportReport {
    pub scene: Scene,
    #[serde(default)]
    pub not_imported: Vec<String>,
}

/// The formats a scene downloads as (`GET /api/scenes/{id}/export?format=`).
pub const EXPORT_FORMATS: [&str; 4] = ["html", "zip", "w3c", "iiif"];

/// `GET /api/explore?page=N`: one page of public scenes, newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExplorePage {
    pub scenes: Vec<SceneSummary>,
    /// This page's number, from 1.
    pub page: u32,
    /// Whether a next page follows.
    pub has_more: bool,
}

pub const TITLE_MAX: usize = 120;
pub const DESCRIPTION_MAX: usize = 2_000;
pub const ALT_MAX: usize = 500;
pub const HOTSPOTS_MAX: usize = 5_000;
pub const HOTSPOT_ID_MAX: usize = 40;
pub const HOTSPOT_TITLE_MAX: usize = 120;
pub const HOTSPOT_TEXT_MAX: usize = 5_000;
pub const LINK_MAX: usize = 2_000;

/// Links may only be web pages or email addresses: `javascript:`, `data:`
/// and the like could run code in a viewer's browser.
pub fn validate_link(field: &str, link: &str) -> Result<(), FieldError> {
    check_length(field, "field-link", link, 1, LINK_MAX)?;
    let lower = link.to_ascii_lowercase();
    let rest = ["https://", "http://", "mailto:"]
        .iter()
        .find_map(|scheme| lower.strip_prefix(scheme));
    match rest {
        Some(rest)
            if !rest.is_empty() && !link.chars().any(|c| c.is_whitespace() || c.is_control()) =>
        {
            Ok(())
        }
        Some(_) => Err(FieldError::new(field, Message::new("error-link-spaces"))),
        None => Err(FieldError::new(field, Message::new("error-link-scheme"))),
    }
}

/// `#rrggbb`
pub fn validate_color(field: &str, color: &str) -> Result<(), FieldError> {
    let ok = color.len() == 7
        && color.starts_with('#')
        && color[1..].bytes().all(|b| b.is_ascii_hexdigit());
    if ok {
        Ok(())
    } else {
        Err(FieldError::new(field, Message::new("error-colour")))
    }
}

fn validate_fraction(field: &str, value: f64) -> Result<(), FieldError> {
    if value.is_finite() && (0.0..=1.0).contains(&value) {
        Ok(())
    } else {
        Err(FieldError::new(field, Message::new("error-position")))
    }
}

impl Hotspot {
    /// Validates one hotspot, the `index`th of its scene (for field names
    /// such as `hotspots[2].link`).
    pub fn validate(&self, index: usize) -> Result<(), FieldError> {
        let f = |name: &str| format!("hotspots[{index}].{name}");
        validate_id(&f("id"), "field-hotspot-id", &self.id, HOTSPOT_ID_MAX)?;
        validate_fraction(&f("x"), self.x)?;
        validate_fraction(&f("y"), self.y)?;
        check_length(
            &f("title"),
            "field-title",
            &self.title,
            0,
            HOTSPOT_TITLE_MAX,
        )?;
        check_length(&f("text"), "field-text", &self.text, 0, HOTSPOT_TEXT_MAX)?;
        if let Some(link) = &self.link {
            validate_link(&f("link"), link)?;
        }
        if let Some(media) = &self.media {
            validate_media(&f("media"), media)?;
        }
        if let Some(scene) = &self.scene_link {
            validate_id(&f("scene_link"), "field-linked-scene", scene, ID_MAX)?;
        }
        validate_color(&f("color"), &self.color)
    }

    /// The name a person and a screen reader know the hotspot by.
    pub fn display_title(&self, index: usize) -> String {
        if self.title.trim().is_empty() {
            format!("Hotspot {}", index + 1)
        } else {
            self.title.clone()
        }
    }
}

impl Scene {
    /// The scene as its owner edits it (sharing its hotspots).
    pub fn to_input(&self) -> SceneInput {
        SceneInput {
            title: self.title.clone(),
            description: self.description.clone(),
            image: self.image.clone(),
            hotspots: self.hotspots.clone(),
            visibility: self.visibility,
            version: None,
        }
    }

    /// The scene as a line in a list.
    pub fn summary(&self) -> SceneSummary {
        SceneSummary {
            id: self.id.clone(),
            owner: self.owner.clone(),
            title: self.title.clone(),
            image: self.image.clone(),
            hotspot_count: self.hotspots.len(),
            visibility: self.visibility,
            updated_at: self.updated_at.clone(),
            unread_feedback: 0,
        }
    }

    /// A new scene made from this one, to change without touching it (a
    /// template): the same picture and hotspots, "Copy of" its title, and
    /// private until its owner shares it.
    pub fn duplicate(&self) -> SceneInput {
        let title: String = format!("Copy of {}", self.title.trim())
            .chars()
            .take(TITLE_MAX)
            .collect();
        SceneInput {
            title,
            visibility: Visibility::Private,
            ..self.to_input()
        }
    }
}

impl SceneInput {
    /// Gives every hotspot without an id a fresh one (`h1`, `h2`, ...), and
    /// turns empty optional texts into none, so "no link" has one spelling.
    pub fn normalize(&mut self) {
        let mut next = 1usize;
        let taken: std::collections::HashSet<String> =
            self.hotspots.iter().map(|h| h.id.clone()).collect();
        for hotspot in &mut self.hotspots {
            let hotspot = Arc::make_mut(hotspot);
            if hotspot.id.is_empty() {
                while taken.contains(&format!("h{next}")) {
                    next += 1;
                }
                hotspot.id = format!("h{next}");
                next += 1;
            }
            for opt in [&mut hotspot.link, &mut hotspot.scene_link] {
                if opt.as_deref().is_some_and(|s| s.trim().is_empty()) {
                    *opt = None;
                }
            }
        }
        self.title = self.title.trim().to_string();
    }

    /// Every limit a saved scene keeps. Reports the first field at fault.
    pub fn validate(&self) -> Result<(), FieldError> {
        check_length("title", "field-title", &self.title, 1, TITLE_MAX)?;
        check_length(
            "description",
            "field-description",
            &self.description,
            0,
            DESCRIPTION_MAX,
        )?;
        if let Some(image) = &self.image {
            image.validate()?;
        }
        if self.hotspots.len() > HOTSPOTS_MAX {
            return Err(FieldError::new(
                "hotspots",
                Message::new("error-too-many-hotspots").number("max", HOTSPOTS_MAX as f64),
            ));
        }
        let mut seen = std::collections::HashSet::new();
        for (index, hotspot) in self.hotspots.iter().enumerate() {
            hotspot.validate(index)?;
            if !seen.insert(hotspot.id.as_str()) {
                return Err(FieldError::new(
                    format!("hotspots[{index}].id"),
                    Message::new("error-hotspot-id-twice"),
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hotspot(id: &str) -> Arc<Hotspot> {
        Arc::new(Hotspot {
            id: id.into(),
            x: 0.5,
            y: 0.5,
            title: "Crater".into(),
            text: "Hot.".into(),
            link: None,
            media: None,
            scene_link: None,
            icon: Icon::default(),
            color: default_color(),
        })
    }

    #[test]
    fn old_scenes_read_as_flat_and_flat_ones_write_as_before() {
        let old = r#"{"asset_id":"a1","width":1200,"height":800,"alt":"A volcano"}"#;
        let image: SceneImage = serde_json::from_str(old).unwrap();
        assert_eq!(image, SceneImage::flat("a1", 1200, 800, "A volcano"));
        assert_eq!(serde_json::to_string(&image).unwrap(), old);
        let panorama: SceneImage = serde_json::from_str(
            r#"{"asset_id":"a1","width":4096,"height":2048,"projection":"equirectangular",
                "initial_view":{"x":0.25,"y":0.5,"fov":75}}"#,
        )
        .unwrap();
        assert_eq!(panorama.projection, Projection::Equirectangular);
        assert_eq!(panorama.initial_view.unwrap().fov, 75.0);
        assert!(serde_json::from_str::<SceneImage>(
            r#"{"asset_id":"a1","width":2,"height":1,"projection":"cylindrical"}"#
        )
        .is_err());
    }

    #[test]
    fn a_panorama_is_two_to_one_and_only_it_has_a_start_view() {
        let mut input = scene();
        let panorama = |width, height, initial_view| SceneImage {
            projection: Projection::Equirectangular,
            initial_view,
            ..SceneImage::flat("a1", width, height, "A crater")
        };
        input.image = Some(panorama(4096, 2048, Some(InitialView::default())));
        assert!(input.validate().is_ok());
        input.image = Some(panorama(1200, 800, None));
        assert_eq!(input.validate().unwrap_err().field, "image.projection");
        input.image = Some(panorama(16384, 8192, None));
        assert_eq!(input.validate().unwrap_err().field, "image.projection");
        let wide = InitialView {
            fov: 150.0,
            ..InitialView::default()
        };
        input.image = Some(panorama(4096, 2048, Some(wide)));
        assert_eq!(
            input.validate().unwrap_err().field,
            "image.initial_view.fov"
        );
        input.image = Some(SceneImage {
            initial_view: Some(InitialView::default()),
            ..SceneImage::flat("a1", 1200, 800, "A volcano")
        });
        assert_eq!(input.validate().unwrap_err().field, "image.initial_view");
    }

    fn scene() -> SceneInput {
        SceneInput {
            title: "Volcano".into(),
            description: String::new(),
            image: Some(SceneImage::flat("a1", 1200, 800, "A volcano")),
            hotspots: vec![hotspot("h1"), hotspot("h2")],
            visibility: Visibility::Private,
            version: None,
        }
    }

    fn saved(input: SceneInput) -> Scene {
        Scene {
            id: "s1".into(),
            owner: UserSummary {
                id: "u1".into(),
                username: "ada".into(),
                avatar: None,
            },
            title: input.title,
            description: input.description,
            image: input.image,
            hotspots: input.hotspots,
            visibility: Visibility::Public,
            version: 4,
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    #[test]
    fn a_duplicate_is_a_private_copy_that_still_fits_the_title_limit() {
        let original = saved(scene());
        let copy = original.duplicate();
        assert_eq!(copy.title, "Copy of Volcano");
        assert_eq!(copy.visibility, Visibility::Private);
        assert_eq!(copy.version, None, "a new scene, not an edit of the old");
        assert_eq!(
            (copy.image.clone(), copy.hotspots.clone()),
            (original.image.clone(), original.hotspots.clone())
        );
        assert_eq!(copy.validate(), Ok(()));

        let mut long = scene();
        long.title = "é".repeat(TITLE_MAX);
        let copy = saved(long).duplicate();
        assert_eq!(copy.title.chars().count(), TITLE_MAX);
        assert_eq!(copy.validate(), Ok(()));
    }

    #[test]
    fn a_reasonable_scene_is_valid() {
        assert_eq!(scene().validate(), Ok(()));
    }

    #[test]
    fn title_is_required_and_bounded() {
        let mut s = scene();
        s.title = String::new();
        assert_eq!(s.validate().unwrap_err().field, "title");
        s.title = "x".repeat(TITLE_MAX + 1);
        let err = s.validate().unwrap_err();
        assert_eq!(err.field, "title");
        assert!(err.message.to_string().contains("too long"));
    }

    #[test]
    fn links_allow_only_web_and_mail() {
        for ok in [
            "https://example.org",
            "http://a.b/c?d=e",
            "mailto:ada@example.org",
            "HTTPS://EXAMPLE.ORG",
        ] {
            assert_eq!(validate_link("link", ok), Ok(()), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,hi",
            "vbscript:x",
            "ftp://example.org",
            "//example.org",
            "https://",
            "https://exa mple.org",
            " javascript:alert(1)",
        ] {
            assert!(validate_link("link", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn hotspot_fields_are_named_in_errors() {
        let mut s = scene();
        Arc::make_mut(&mut s.hotspots[1]).link = Some("javascript:alert(1)".into());
        assert_eq!(s.validate().unwrap_err().field, "hotspots[1].link");

        let mut s = scene();
        Arc::make_mut(&mut s.hotspots[0]).x = 1.5;
        assert_eq!(s.validate().unwrap_err().field, "hotspots[0].x");

        let mut s = scene();
        Arc::make_mut(&mut s.hotspots[0]).y = f64::NAN;
        assert_eq!(s.validate().unwrap_err().field, "hotspots[0].y");

        let mut s = scene();
        Arc::make_mut(&mut s.hotspots[0]).color = "red".into();
        assert_eq!(s.validate().unwrap_err().field, "hotspots[0].color");

        let mut s = scene();
        Arc::make_mut(&mut s.hotspots[1]).id = "h1".into();
        assert_eq!(s.validate().unwrap_err().field, "hotspots[1].id");
    }

    #[test]
    fn media_is_an_id_never_markup() {
        let mut s = scene();
        Arc::make_mut(&mut s.hotspots[0]).media = Some(Media::Youtube {
            video_id: "dQw4w9WgXcQ".into(),
        });
        assert_eq!(s.validate(), Ok(()));
        Arc::make_mut(&mut s.hotspots[0]).media = Some(Media::Youtube {
            video_id: "<iframe src=x>".into(),
        });
        assert_eq!(s.validate().unwrap_err().field, "hotspots[0].media");
        Arc::make_mut(&mut s.hotspots[0]).media = Some(Media::Vimeo {
            video_id: "76979871".into(),
        });
        assert_eq!(s.validate(), Ok(()));
        Arc::make_mut(&mut s.hotspots[0]).media = Some(Media::Vimeo {
            video_id: "abc".into(),
        });
        assert!(s.validate().is_err());
        Arc::make_mut(&mut s.hotspots[0]).media = Some(Media::Audio {
            asset_id: "a2".into(),
        });
        assert_eq!(s.validate(), Ok(()));
        assert_eq!(
            s.hotspots[0].media.as_ref().and_then(Media::asset_id),
            Some("a2")
        );
        Arc::make_mut(&mut s.hotspots[0]).media = Some(Media::Audio {
            asset_id: "../etc/passwd".into(),
        });
        assert_eq!(s.validate().unwrap_err().field, "hotspots[0].media");
    }

    #[test]
    fn hotspot_count_is_limited() {
        let mut s = scene();
        s.hotspots = (0..=HOTSPOTS_MAX)
            .map(|i| hotspot(&format!("h{i}")))
            .collect();
        assert_eq!(s.validate().unwrap_err().field, "hotspots");
        s.hotspots.pop();
        assert_eq!(s.validate(), Ok(()));
    }

    #[test]
    fn normalize_names_unnamed_hotspots_without_clashing() {
        let mut s = scene();
        s.hotspots = vec![hotspot(""), hotspot("h1"), hotspot("")];
        Arc::make_mut(&mut s.hotspots[0]).link = Some("  ".into());
        s.normalize();
        let ids: Vec<_> = s.hotspots.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["h2", "h1", "h3"]);
        assert_eq!(s.hotspots[0].link, None);
        assert_eq!(s.validate(), Ok(()));
    }

    #[test]
    fn minimal_json_input_takes_defaults() {
        let input: SceneInput = serde_json::from_str(
            r#"{"title":"T","hotspots":[{"x":0.1,"y":0.2,"title":"A","text":"B"}]}"#,
        )
        .unwrap();
        assert_eq!(input.visibility, Visibility::Private);
        assert_eq!(input.hotspots[0].icon, Icon::Info);
        let unknown =
            r#"{"title":"T","hotspots":[{"x":0.1,"y":0.2,"title":"A","text":"B","icon":"skull"}]}"#;
        assert!(serde_json::from_str::<SceneInput>(unknown).is_err());
        assert_eq!(input.hotspots[0].color, "#e4572e");
    }

    #[test]
    fn visibility_round_trips_through_its_name() {
        for v in Visibility::ALL {
            assert_eq!(Visibility::parse(v.as_str()), Some(v));
        }
        assert_eq!(Visibility::parse("secret"), None);
    }

    #[test]
    fn display_title_falls_back_to_a_number() {
        let mut h = hotspot("h1");
        assert_eq!(h.display_title(0), "Crater");
        Arc::make_mut(&mut h).title = " ".into();
        assert_eq!(h.display_title(3), "Hotspot 4");
    }
}
