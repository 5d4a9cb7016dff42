//! What a hotspot's popup plays: an uploaded picture or sound, or a
//! YouTube or Vimeo video kept as provider and id.

use crate::error::Message;
use crate::error::{validate_id, FieldError, ID_MAX};
use serde::{Deserialize, Serialize};

/// Media a hotspot opens. Videos are stored as provider and id, never as
/// embed HTML, so nothing third-party loads until a viewer agrees to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "MediaFields")]
pub enum Media {
    Image {
        asset_id: String,
    },
    /// An uploaded sound, played in the popup.
    Audio {
        asset_id: String,
    },
    Youtube {
        video_id: String,
    },
    Vimeo {
        video_id: String,
    },
}

/// `Media` as JSON has it: its kind and the one id that kind uses. Read
/// through this flat shape rather than serde's internally tagged enums,
/// whose buffering code weighs kilobytes in every program that reads a
/// scene.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MediaKind {
    Image,
    Audio,
    Youtube,
    Vimeo,
}

impl MediaKind {
    /// The kind by its JSON name (`"youtube"`).
    pub fn parse(name: &str) -> Option<MediaKind> {
        match name {
            "image" => Some(MediaKind::Image),
            "audio" => Some(MediaKind::Audio),
            "youtube" => Some(MediaKind::Youtube),
            "vimeo" => Some(MediaKind::Vimeo),
            _ => None,
        }
    }
}

#[derive(Deserialize)]
struct MediaFields {
    kind: MediaKind,
    asset_id: Option<String>,
    video_id: Option<String>,
}

impl TryFrom<MediaFields> for Media {
    type Error = &'static str;

    fn try_from(fields: MediaFields) -> Result<Media, Self::Error> {
        Media::from_fields(fields.kind, fields.asset_id, fields.video_id)
    }
}

impl Media {
    /// `Media` from its kind and the ids its JSON carries: the id the kind
    /// needs must be there (the other is ignored). Shared by serde's
    /// reading and the viewer's own (`viewer/src/scene_json.rs`).
    pub fn from_fields(
        kind: MediaKind,
        asset_id: Option<String>,
        video_id: Option<String>,
    ) -> Result<Media, &'static str> {
        let asset_id = asset_id.ok_or("missing field `asset_id`");
        let video_id = video_id.ok_or("missing field `video_id`");
        Ok(match kind {
            MediaKind::Image => Media::Image {
                asset_id: asset_id?,
            },
            MediaKind::Audio => Media::Audio {
                asset_id: asset_id?,
            },
            MediaKind::Youtube => Media::Youtube {
                video_id: video_id?,
            },
            MediaKind::Vimeo => Media::Vimeo {
                video_id: video_id?,
            },
        })
    }
}

pub(crate) fn validate_media(field: &str, media: &Media) -> Result<(), FieldError> {
    match media {
        Media::Image { asset_id } => validate_id(field, "field-image", asset_id, ID_MAX),
        Media::Audio { asset_id } => validate_id(field, "field-sound", asset_id, ID_MAX),
        // YouTube ids are 11 characters; Vimeo ids are digits.
        Media::Youtube { video_id } => {
            let ok = video_id.len() == 11
                && video_id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
            ok.then_some(())
                .ok_or_else(|| FieldError::new(field, Message::new("error-youtube-id")))
        }
        Media::Vimeo { video_id } => {
            let ok =
                (1..=12).contains(&video_id.len()) && video_id.bytes().all(|b| b.is_ascii_digit());
            ok.then_some(())
                .ok_or_else(|| FieldError::new(field, Message::new("error-vimeo-id")))
        }
    }
}

impl Media {
    /// The provider's name, for the "loads content from ..." notice.
    /// The uploaded file this media plays, if it is one of the scene's own.
    pub fn asset_id(&self) -> Option<&str> {
        match self {
            Media::Image { asset_id } | Media::Audio { asset_id } => Some(asset_id),
            Media::Youtube { .. } | Media::Vimeo { .. } => None,
        }
    }

    pub fn provider(&self) -> Option<&'static str> {
        match self {
            Media::Image { .. } | Media::Audio { .. } => None,
            Media::Youtube { .. } => Some("YouTube"),
            Media::Vimeo { .. } => Some("Vimeo"),
        }
    }

    /// The video's page on its provider's site.
    pub fn page_url(&self) -> Option<String> {
        match self {
            Media::Image { .. } | Media::Audio { .. } => None,
            Media::Youtube { video_id } => {
                Some(format!("https://www.youtube.com/watch?v={video_id}"))
            }
            Media::Vimeo { video_id } => Some(format!("https://vimeo.com/{video_id}")),
        }
    }
}

/// Reads a YouTube or Vimeo address as pasted from a browser and keeps only
/// the provider and the video id, so no embed markup is ever stored.
pub fn parse_video_url(url: &str) -> Option<Media> {
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    let rest = rest
        .strip_prefix("www.")
        .or_else(|| rest.strip_prefix("m."))
        .unwrap_or(rest);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let first_segment = |p: &str| p.split(['/', '#', '&']).next().unwrap_or("").to_string();
    let media = match host.to_ascii_lowercase().as_str() {
        "youtube.com" | "youtube-nocookie.com" => {
            let id = if path == "watch" {
                query
                    .split('&')
                    .find_map(|pair| pair.strip_prefix("v="))
                    .map(first_segment)
            } else {
                ["embed/", "shorts/", "live/", "v/"]
                    .iter()
                    .find_map(|prefix| path.strip_prefix(prefix))
                    .map(first_segment)
            }?;
            Media::Youtube { video_id: id }
        }
        "youtu.be" => Media::Youtube {
            video_id: first_segment(path),
        },
        "vimeo.com" | "player.vimeo.com" => {
            let path = path.strip_prefix("video/").unwrap_or(path);
            Media::Vimeo {
                video_id: first_segment(path),
            }
        }
        _ => return None,
    };
    validate_media("media", &media).ok().map(|_| media)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_kinds_parse_by_the_names_serde_reads() {
        for name in ["image", "audio", "youtube", "vimeo"] {
            let serde: MediaKind = serde_json::from_value(serde_json::json!(name)).unwrap();
            assert_eq!(MediaKind::parse(name), Some(serde), "{name}");
        }
        assert_eq!(MediaKind::parse("Image"), None);
        assert_eq!(MediaKind::parse("pdf"), None);
    }

    fn youtube(id: &str) -> Option<Media> {
        Some(Media::Youtube {
            video_id: id.into(),
        })
    }

    #[test]
    fn youtube_addresses_in_their_usual_forms() {
        for url in [
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42",
            "http://m.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ?t=10",
            "https://www.youtube.com/embed/dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://www.youtube.com/shorts/dQw4w9WgXcQ",
            " youtube.com/watch?v=dQw4w9WgXcQ ",
        ] {
            assert_eq!(parse_video_url(url), youtube("dQw4w9WgXcQ"), "{url}");
        }
    }

    #[test]
    fn page_urls_read_back_as_the_same_video() {
        for media in [
            youtube("dQw4w9WgXcQ").unwrap(),
            Media::Vimeo {
                video_id: "76979871".into(),
            },
        ] {
            assert_eq!(parse_video_url(&media.page_url().unwrap()), Some(media));
        }
    }

    #[test]
    fn vimeo_addresses() {
        for url in [
            "https://vimeo.com/76979871",
            "https://player.vimeo.com/video/76979871?h=abc",
        ] {
            assert_eq!(
                parse_video_url(url),
                Some(Media::Vimeo {
                    video_id: "76979871".into()
                }),
                "{url}"
            );
        }
    }

    #[test]
    fn anything_else_is_refused() {
        for url in [
            "",
            "https://example.org/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com/watch?v=short",
            "https://www.youtube.com/",
            "https://vimeo.com/channels/staffpicks",
            "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>",
            "javascript:alert(1)",
        ] {
            assert_eq!(parse_video_url(url), None, "{url}");
        }
    }

    #[test]
    fn each_kind_reads_back_from_the_json_it_writes() {
        for media in [
            Media::Image {
                asset_id: "a1".into(),
            },
            Media::Audio {
                asset_id: "s1".into(),
            },
            Media::Youtube {
                video_id: "dQw4w9WgXcQ".into(),
            },
            Media::Vimeo {
                video_id: "76979871".into(),
            },
        ] {
            let json = serde_json::to_value(&media).unwrap();
            assert_eq!(serde_json::from_value::<Media>(json).unwrap(), media);
        }
        let read = |json: serde_json::Value| {
            serde_json::from_value::<Media>(json).map_err(|e| e.to_string())
        };
        assert_eq!(
            read(serde_json::json!({"kind": "image", "asset_id": "a1", "extra": 1})),
            Ok(Media::Image {
                asset_id: "a1".into()
            })
        );
        assert!(read(serde_json::json!({"kind": "image", "video_id": "x"}))
            .unwrap_err()
            .contains("missing field `asset_id`"));
        assert!(read(serde_json::json!({"kind": "flash", "asset_id": "a1"})).is_err());
        assert!(read(serde_json::json!({"asset_id": "a1"})).is_err());
    }
}
