//! Property-based fuzzing of the model's parsers of outside input: scene
//! bodies (`SceneInput`, read, normalised and validated as `POST` and `PUT
//! /api/scenes` do) and viewer event batches (`EventBatch`, as `POST
//! /api/events` reads it).
//!
//! Arbitrary bytes, JSON-ish text and near-valid documents (huge and
//! NaN-like numbers, deep nesting, long and odd Unicode strings, many
//! hotspots, links with odd schemes, events of unknown kinds and fields)
//! must never panic; whatever is accepted must serialise and read back equal
//! and be accepted again; and what is accepted keeps the promises made
//! about it: links only http, https or mailto, positions within 0..1,
//! events only of the documented kinds with exactly their fields.
//!
//! `cargo test -p model --test fuzz` runs 256 cases a property (part of
//! `scripts/test`). A longer run:
//! `PROPTEST_CASES=100000 cargo test -p model --test fuzz` (add `--release`
//! to make it several times quicker). Failures found are kept as plain
//! tests beside the properties that found them, and their seeds in
//! `fuzz.proptest-regressions` beside this file.

use model::error::ID_MAX;
use model::scene::{
    validate_link, ALT_MAX, DESCRIPTION_MAX, HOTSPOTS_MAX, HOTSPOT_ID_MAX, HOTSPOT_TEXT_MAX,
    HOTSPOT_TITLE_MAX, LINK_MAX, TITLE_MAX,
};
use model::{EventBatch, Hotspot, Icon, Media, SceneImage, SceneInput, TimeBucket, Visibility};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{select, Index};
use proptest::test_runner::{TestCaseError, TestRunner};
use serde_json::{json, Map, Value};
use std::sync::Arc;

// ---- Raw JSON pieces ----

/// A JSON string literal holding `s`.
fn lit(s: &str) -> String {
    serde_json::to_string(s).expect("a str always serialises")
}

/// Number-like tokens at and past the edges of what JSON and `f64` hold,
/// some of them not JSON at all.
const ODD_NUMBERS: &[&str] = &[
    "0",
    "1",
    "-0",
    "-0.0",
    "1.0",
    "1e0",
    "0.5e1",
    "1e400",
    "-1e400",
    "1e-400",
    "4.9e-324",
    "2.2250738585072014e-308",
    "1.7976931348623157e308",
    "1.0000000000000002",
    "0.9999999999999999",
    "0.99999999999999999999",
    "18446744073709551616",
    "-9223372036854775809",
    "123456789012345678901234567890",
    "NaN",
    "-NaN",
    "Infinity",
    "-Infinity",
    "inf",
    "\"NaN\"",
    "\"0.5\"",
    "\"1e999\"",
    ".5",
    "5.",
    "00.5",
    "+0.5",
    "0x1p-1",
    "1_0",
    "{\"$numberDouble\":\"NaN\"}",
];

/// Strings that have broken parsers and length checks elsewhere.
const ODD_TEXT: &[&str] = &[
    "",
    " ",
    "\u{0}",
    "\u{7f}",
    "\u{202e}evil",
    "\u{feff}",
    "\u{200b}",
    "e\u{301}",
    "😀",
    "👩‍👩‍👧",
    "\u{fffd}",
    "\u{10ffff}",
    "\r\n",
    "\t",
    "\u{a0}",
    "\u{2028}",
    "İ",
    "ß",
    "ǅ",
    "<script>alert(1)</script>",
    "\"",
    "\\",
    "../../etc/passwd",
    "%2e%2e%2f",
];

/// String tokens that are not valid JSON strings or not strings at all.
const BROKEN_STRINGS: &[&str] = &[
    "\"\\ud800\"",
    "\"\\udc00\\ud800\"",
    "\"\\x41\"",
    "\"\\u12\"",
    "\"unterminated",
    "\"tab\there\"",
    "'single'",
    "\"\u{0}\"",
];

/// The lengths the model limits, to straddle.
const LIMITS: &[usize] = &[
    TITLE_MAX,
    DESCRIPTION_MAX,
    ALT_MAX,
    HOTSPOT_ID_MAX,
    HOTSPOT_TITLE_MAX,
    HOTSPOT_TEXT_MAX,
    LINK_MAX,
    ID_MAX,
];

/// Pieces whose bytes, chars and graphemes differ in number.
const REPEATED: &[&str] = &["x", "é", "😀", "e\u{301}", " "];

/// Schemes and near-schemes a link may start with.
const SCHEMES: &[&str] = &[
    "https://",
    "http://",
    "mailto:",
    "HTTPS://",
    "hTtP://",
    "MailTo:",
    "https:",
    "http:/",
    "https:///",
    "javascript:",
    "JaVaScRiPt:",
    "java\tscript:",
    " javascript:",
    "\u{0}javascript:",
    "data:",
    "vbscript:",
    "file://",
    "blob:",
    "ftp://",
    "//",
    "",
    " https://",
    "\thttps://",
    "\u{1}https://",
    "һttps://",
    "https\u{0}://",
];

fn number() -> BoxedStrategy<String> {
    prop_oneof![
        4 => (0.0..=1.0f64).prop_map(|f| f.to_string()),
        2 => any::<f64>().prop_map(|f| format!("{f:e}")),
        1 => any::<i64>().prop_map(|i| i.to_string()),
        1 => any::<u64>().prop_map(|u| u.to_string()),
        2 => select(ODD_NUMBERS).prop_map(String::from),
        1 => "-?[0-9]{1,30}(\\.[0-9]{0,30})?([eE][-+]?[0-9]{1,4})?",
    ]
    .boxed()
}

fn text() -> BoxedStrategy<String> {
    prop_oneof![
        4 => "[a-zA-Z0-9 ]{0,12}",
        2 => any::<String>(),
        2 => select(ODD_TEXT).prop_map(String::from),
        1 => (select(REPEATED), select(LIMITS), -2i64..=2).prop_map(|(piece, limit, delta)| {
            piece.repeat(usize::try_from(limit as i64 + delta).unwrap_or(0))
        }),
    ]
    .boxed()
}

/// `depth` arrays or objects inside each other.
fn deep_nesting() -> BoxedStrategy<String> {
    (1usize..5_000, any::<bool>())
        .prop_map(|(depth, arrays)| {
            if arrays {
                format!("{}{}", "[".repeat(depth), "]".repeat(depth))
            } else {
                format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth))
            }
        })
        .boxed()
}

/// Any JSON-ish value, valid or not.
fn odd_value() -> BoxedStrategy<String> {
    let leaf = prop_oneof![
        select(&["null", "true", "false", "{}", "[]", ""][..]).prop_map(String::from),
        number(),
        text().prop_map(|s| lit(&s)),
        select(BROKEN_STRINGS).prop_map(String::from),
    ];
    let nested = leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(|items| format!("[{}]", items.join(","))),
            vec((text(), inner), 0..4).prop_map(|members| {
                let members: Vec<_> = members
                    .iter()
                    .map(|(k, v)| format!("{}:{v}", lit(k)))
                    .collect();
                format!("{{{}}}", members.join(","))
            }),
        ]
    });
    prop_oneof![8 => nested, 1 => deep_nesting()].boxed()
}

/// Mostly `valid`, now and then anything at all.
fn mostly(valid: BoxedStrategy<String>) -> BoxedStrategy<String> {
    prop_oneof![19 => valid, 1 => odd_value()].boxed()
}

/// A JSON object of the given members, each present with probability
/// `present`, and now and then one more: unknown, a duplicate, or deep.
fn object(
    present: f64,
    members: Vec<(&'static str, BoxedStrategy<String>)>,
) -> BoxedStrategy<String> {
    let members: Vec<_> = members
        .into_iter()
        .map(|(key, value)| {
            prop::option::weighted(present, value)
                .prop_map(move |v| v.map(|v| format!("{}:{v}", lit(key))))
                .boxed()
        })
        .collect();
    let extra_key = prop_oneof![
        select(
            &[
                "id",
                "owner",
                "__proto__",
                "Title",
                "title",
                "x",
                "kind",
                ""
            ][..]
        )
        .prop_map(String::from),
        text(),
    ];
    let extra = prop::option::weighted(0.1, (extra_key, odd_value()))
        .prop_map(|m| m.map(|(k, v)| format!("{}:{v}", lit(&k))));
    (members, extra)
        .prop_map(|(members, extra)| {
            let members: Vec<String> = members.into_iter().flatten().chain(extra).collect();
            format!("{{{}}}", members.join(","))
        })
        .boxed()
}

// ---- Near-valid scenes ----

fn id() -> BoxedStrategy<String> {
    prop_oneof![
        8 => "[a-zA-Z0-9_-]{1,12}",
        4 => "h[1-4]",
        1 => (select(REPEATED), -2i64..=2).prop_map(|(piece, delta)| {
            piece.repeat(usize::try_from(ID_MAX as i64 + delta).unwrap_or(0))
        }),
        1 => text(),
    ]
    .boxed()
}

fn link() -> BoxedStrategy<String> {
    let rest = prop_oneof![
        4 => "[a-zA-Z0-9./?=&#%@:~+-]{0,30}",
        1 => text(),
    ];
    prop_oneof![
        6 => (select(&SCHEMES[..3]), "[a-z0-9./?=&#%@:-]{1,30}").prop_map(|(s, r)| s.to_string() + &r),
        4 => (select(SCHEMES), rest).prop_map(|(s, r)| s.to_string() + &r),
        1 => (select(&SCHEMES[..3]), select(REPEATED), -2i64..=2).prop_map(|(s, piece, delta)| {
            s.to_string() + &piece.repeat(usize::try_from(LINK_MAX as i64 + delta).unwrap_or(0))
        }),
    ]
    .boxed()
}

fn media() -> BoxedStrategy<String> {
    let kind = prop_oneof![
        8 => select(&["image", "audio", "youtube", "vimeo"][..]),
        1 => select(&["Image", "video", "", "iframe"][..]),
    ];
    let asset_id = prop_oneof![
        id(),
        "[A-Za-z0-9_-]{11}",
        "[0-9]{1,13}",
        Just("<iframe src=x>".to_string())
    ];
    (
        kind,
        asset_id,
        any::<bool>(),
        prop::option::weighted(0.1, (text(), odd_value())),
    )
        .prop_map(|(kind, value, as_asset, extra)| {
            let key = if as_asset { "asset_id" } else { "video_id" };
            let mut members = vec![
                format!("\"kind\":{}", lit(kind)),
                format!("{}:{}", lit(key), lit(&value)),
            ];
            members.extend(extra.map(|(k, v)| format!("{}:{v}", lit(&k))));
            format!("{{{}}}", members.join(","))
        })
        .boxed()
}

fn optional(value: BoxedStrategy<String>) -> BoxedStrategy<String> {
    prop_oneof![1 => Just("null".to_string()), 4 => value].boxed()
}

fn hotspot() -> BoxedStrategy<String> {
    object(
        0.8,
        vec![
            ("id", mostly(id().prop_map(|s| lit(&s)).boxed())),
            ("x", mostly(number())),
            ("y", mostly(number())),
            ("title", mostly(text().prop_map(|s| lit(&s)).boxed())),
            ("text", mostly(text().prop_map(|s| lit(&s)).boxed())),
            ("link", mostly(optional(link().prop_map(|s| lit(&s)).boxed()))),
            ("media", mostly(optional(media()))),
            ("scene_link", mostly(optional(id().prop_map(|s| lit(&s)).boxed()))),
            ("icon", mostly(prop_oneof![4 => select(&Icon::ALL[..]).prop_map(|i| lit(i.as_str())), 1 => text().prop_map(|s| lit(&s))].boxed())),
            ("color", mostly(prop_oneof![4 => "#[0-9a-fA-F]{6}", 1 => text()].prop_map(|s| lit(&s)).boxed())),
        ],
    )
}

fn image() -> BoxedStrategy<String> {
    let size = prop_oneof![8 => (1u32..10_000).prop_map(|n| n.to_string()), 1 => any::<u32>().prop_map(|n| n.to_string()), 1 => number()];
    optional(object(
        0.95,
        vec![
            ("asset_id", mostly(id().prop_map(|s| lit(&s)).boxed())),
            ("width", size.clone().boxed()),
            ("height", size.boxed()),
            ("alt", mostly(text().prop_map(|s| lit(&s)).boxed())),
        ],
    ))
}

/// A scene body, most of whose parts are valid.
fn scene_json() -> BoxedStrategy<String> {
    let title = prop_oneof![4 => "[A-Za-z][A-Za-z0-9 ]{0,20}", 1 => text()].prop_map(|s| lit(&s));
    let visibility = prop_oneof![
        8 => select(&["private", "unlisted", "public"][..]).prop_map(lit),
        1 => select(&["Private", "secret", ""][..]).prop_map(lit),
    ];
    let version = prop_oneof![
        any::<i64>().prop_map(|v| v.to_string()),
        Just("null".to_string()),
        number()
    ];
    object(
        0.85,
        vec![
            ("title", mostly(title.boxed())),
            ("description", mostly(text().prop_map(|s| lit(&s)).boxed())),
            ("image", mostly(image())),
            (
                "hotspots",
                mostly(
                    vec(hotspot(), 0..4)
                        .prop_map(|h| format!("[{}]", h.join(",")))
                        .boxed(),
                ),
            ),
            ("visibility", mostly(visibility.boxed())),
            ("version", mostly(version.boxed())),
        ],
    )
}

/// `text` with a few bytes replaced, inserted or removed.
fn mutated(text: BoxedStrategy<String>) -> BoxedStrategy<Vec<u8>> {
    (text, vec((any::<Index>(), any::<u8>(), 0u8..3), 1..4))
        .prop_map(|(text, edits)| {
            let mut bytes = text.into_bytes();
            for (at, byte, how) in edits {
                let i = at.index(bytes.len() + 1);
                match how {
                    0 if i < bytes.len() => bytes[i] = byte,
                    1 => bytes.insert(i, byte),
                    _ if i < bytes.len() => {
                        bytes.remove(i);
                    }
                    _ => bytes.push(byte),
                }
            }
            bytes
        })
        .boxed()
}

/// Concatenations of JSON tokens and pieces of scene and event bodies.
fn token_soup() -> BoxedStrategy<String> {
    const TOKENS: &[&str] = &[
        "{",
        "}",
        "[",
        "]",
        ":",
        ",",
        " ",
        "null",
        "0.5",
        "1e400",
        "-0",
        "\"\"",
        "\"title\"",
        "\"T\"",
        "\"hotspots\"",
        "\"x\"",
        "\"y\"",
        "\"id\"",
        "\"h1\"",
        "\"link\"",
        "\"https://a\"",
        "\"javascript:x\"",
        "\"media\"",
        "\"kind\"",
        "\"youtube\"",
        "\"video_id\"",
        "\"image\"",
        "\"asset_id\"",
        "\"width\"",
        "1",
        "\"events\"",
        "\"view\"",
        "\"scene\"",
        "\"s\"",
        "\"hotspot\"",
        "\"time_bucket\"",
        "\"bucket\"",
        "\"lt_10s\"",
        "\"\\ud800\"",
        "\u{0}",
        "\u{feff}",
    ];
    vec(select(TOKENS), 0..60).prop_map(|t| t.concat()).boxed()
}

// ---- What accepted scenes must be ----

/// A link's scheme as a browser reads it (WHATWG URL: leading and trailing
/// C0 controls and spaces dropped, tabs and newlines removed anywhere),
/// lowercased; `None` for a relative address.
fn browser_scheme(link: &str) -> Option<String> {
    let cleaned: String = link
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let (scheme, _) = cleaned.split_once(':')?;
    let mut chars = scheme.chars();
    let starts_alpha = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    (starts_alpha && rest_ok).then(|| scheme.to_ascii_lowercase())
}

fn url_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// The promises a scene that passed `validate` keeps.
fn check_promises(scene: &SceneInput) -> Result<(), TestCaseError> {
    prop_assert!(scene.hotspots.len() <= HOTSPOTS_MAX);
    let mut ids = std::collections::HashSet::new();
    for h in &scene.hotspots {
        for v in [h.x, h.y] {
            prop_assert!(
                v.is_finite() && (0.0..=1.0).contains(&v),
                "position {v} accepted"
            );
        }
        if let Some(link) = &h.link {
            let scheme = browser_scheme(link);
            prop_assert!(
                matches!(scheme.as_deref(), Some("http" | "https" | "mailto")),
                "link {link:?} accepted, scheme {scheme:?}"
            );
        }
        // Ids end up in paths and addresses.
        prop_assert!(url_safe_id(&h.id), "hotspot id {:?}", h.id);
        prop_assert!(ids.insert(h.id.as_str()), "hotspot id {:?} twice", h.id);
        if let Some(scene_link) = &h.scene_link {
            prop_assert!(url_safe_id(scene_link), "scene_link {scene_link:?}");
        }
        match &h.media {
            Some(Media::Image { asset_id } | Media::Audio { asset_id }) => {
                prop_assert!(url_safe_id(asset_id), "asset id {asset_id:?}");
            }
            Some(Media::Youtube { video_id } | Media::Vimeo { video_id }) => {
                prop_assert!(url_safe_id(video_id), "video id {video_id:?}");
            }
            None => {}
        }
    }
    if let Some(image) = &scene.image {
        prop_assert!(
            url_safe_id(&image.asset_id),
            "image asset id {:?}",
            image.asset_id
        );
    }
    Ok(())
}

/// An accepted scene, written as the server stores and sends it, reads back
/// equal, is accepted again and, sent back as is, is saved unchanged.
fn check_round_trip(scene: &SceneInput) -> Result<(), TestCaseError> {
    let text =
        serde_json::to_string(scene).map_err(|e| TestCaseError::fail(format!("writing: {e}")))?;
    let back: SceneInput = serde_json::from_str(&text)
        .map_err(|e| TestCaseError::fail(format!("reading {text}: {e}")))?;
    prop_assert_eq!(&back, scene, "{}", text);
    prop_assert_eq!(back.validate(), Ok(()));
    let mut resent = back;
    resent.normalize();
    prop_assert_eq!(&resent, scene, "normalising an accepted scene changes it");
    Ok(())
}

/// Reads `bytes` as a scene body: never panics; whatever `validate` accepts,
/// as sent or as the server normalises it, keeps its promises and round-trips.
/// Answers whether the server would save it.
fn check_scene_body(bytes: &[u8]) -> Result<bool, TestCaseError> {
    let Ok(input) = serde_json::from_slice::<SceneInput>(bytes) else {
        return Ok(false);
    };
    if input.validate().is_ok() {
        check_promises(&input)?;
        let text = serde_json::to_string(&input).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let back: SceneInput =
            serde_json::from_str(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&back, &input, "{}", text);
    }
    let mut normalized = input;
    normalized.normalize();
    if normalized.validate().is_err() {
        return Ok(false);
    }
    check_promises(&normalized)?;
    check_round_trip(&normalized)?;
    Ok(true)
}

fn valid_hotspot(id: String) -> Hotspot {
    Hotspot {
        id,
        x: 0.5,
        y: 0.5,
        title: "Crater".into(),
        text: "Hot.".into(),
        link: Some("https://example.org/crater".into()),
        media: Some(Media::Youtube {
            video_id: "dQw4w9WgXcQ".into(),
        }),
        scene_link: None,
        icon: Icon::Info,
        color: "#e4572e".into(),
    }
}

fn valid_scene(hotspots: Vec<Hotspot>) -> SceneInput {
    SceneInput {
        title: "Volcano".into(),
        description: String::new(),
        image: Some(SceneImage::flat("a1", 1200, 800, "A volcano")),
        hotspots: hotspots.into_iter().map(Arc::new).collect(),
        visibility: Visibility::Unlisted,
        version: Some(3),
    }
}

/// Floats of every class, and many within 0..1 (of every magnitude).
fn coordinate() -> BoxedStrategy<f64> {
    prop_oneof![
        3 => any::<f64>(),
        3 => 0.0..=1.0f64,
        1 => select(&[0.0, -0.0, 1.0, f64::MIN_POSITIVE, 5e-324, 1.0 - f64::EPSILON / 2.0, 1.0 + f64::EPSILON, -5e-324, f64::NAN, f64::INFINITY][..]),
    ]
    .boxed()
}

proptest! {
    #[test]
    fn scene_bodies_of_arbitrary_bytes_never_panic(bytes in vec(any::<u8>(), 0..512)) {
        check_scene_body(&bytes)?;
    }

    #[test]
    fn scene_bodies_of_json_ish_text_never_panic(text in prop_oneof![
        "[\\[\\]{}\":,0-9a-z.eE+\\- \\\\]{0,200}",
        token_soup(),
    ]) {
        check_scene_body(text.as_bytes())?;
    }

    #[test]
    fn near_valid_scenes_are_accepted_only_when_they_keep_the_promises(body in scene_json()) {
        check_scene_body(body.as_bytes())?;
    }

    #[test]
    fn mutated_scenes_never_panic_and_keep_the_promises(bytes in mutated(scene_json())) {
        check_scene_body(&bytes)?;
    }

    #[test]
    fn deep_nesting_anywhere_in_a_scene_is_refused_or_ignored_without_overflow(
        nest in deep_nesting(),
        key in select(&["title", "hotspots", "image", "visibility", "unknown"][..]),
        inside_hotspot in any::<bool>(),
    ) {
        let body = if inside_hotspot {
            format!("{{\"title\":\"T\",\"hotspots\":[{{\"x\":0.5,\"y\":0.5,\"{key}\":{nest}}}]}}")
        } else {
            format!("{{\"title\":\"T\",\"{key}\":{nest}}}")
        };
        check_scene_body(body.as_bytes())?;
    }

    /// Positions are accepted exactly when they lie within the picture, and
    /// every accepted one reads back as the same number.
    #[test]
    fn positions_are_accepted_exactly_within_0_to_1_and_read_back_equal(x in coordinate(), y in coordinate()) {
        let mut hotspot = valid_hotspot("h1".into());
        (hotspot.x, hotspot.y) = (x, y);
        let scene = valid_scene(vec![hotspot]);
        let inside = |v: f64| v.is_finite() && (0.0..=1.0).contains(&v);
        prop_assert_eq!(scene.validate().is_ok(), inside(x) && inside(y), "x {} y {}", x, y);
        if scene.validate().is_ok() {
            check_round_trip(&scene)?;
        }
    }

    #[test]
    fn links_accepted_are_only_http_https_or_mailto(link in prop_oneof![link(), text()]) {
        if validate_link("link", &link).is_ok() {
            let scheme = browser_scheme(&link);
            prop_assert!(
                matches!(scheme.as_deref(), Some("http" | "https" | "mailto")),
                "{link:?} accepted, scheme {scheme:?}"
            );
            prop_assert!(link.chars().count() <= LINK_MAX);
        }
    }

    /// The other side: plain web and mail addresses are not refused.
    #[test]
    fn plain_web_and_mail_addresses_are_accepted(
        scheme in select(&SCHEMES[..6]),
        rest in "[a-zA-Z0-9][a-zA-Z0-9./?=&#%@:~+-]{0,60}",
    ) {
        let link = format!("{scheme}{rest}");
        prop_assert_eq!(validate_link("link", &link), Ok(()), "{}", link);
    }

    /// Many hotspots, some sent without an id for the server to name (never
    /// clashing with the ids sent), are saved and read back whole.
    #[test]
    fn many_hotspots_some_unnamed_are_saved_and_round_trip(
        named in vec(any::<bool>(), 0..200),
        x in 0.0..=1.0f64,
    ) {
        let hotspots = named
            .iter()
            .enumerate()
            .map(|(i, named)| {
                let mut hotspot = valid_hotspot(if *named { format!("h{}", i + 1) } else { String::new() });
                hotspot.x = x;
                hotspot
            })
            .collect();
        let body = serde_json::to_vec(&valid_scene(hotspots)).expect("a valid scene serialises");
        prop_assert!(check_scene_body(&body)?, "{} hotspots refused", named.len());
    }
}

/// The hotspot limit at its edge (a property would spend most of its time
/// building 5,000 hotspots for three interesting counts).
#[test]
fn hotspot_count_is_accepted_up_to_the_limit() {
    for count in [HOTSPOTS_MAX - 1, HOTSPOTS_MAX, HOTSPOTS_MAX + 1] {
        let scene = valid_scene((0..count).map(|i| valid_hotspot(format!("h{i}"))).collect());
        let body = serde_json::to_vec(&scene).expect("a valid scene serialises");
        let saved = check_scene_body(&body).expect("the promises hold");
        assert_eq!(saved, count <= HOTSPOTS_MAX, "{count} hotspots");
    }
}

/// Found by `positions_are_accepted_exactly_within_0_to_1_and_read_back_equal`:
/// serde_json, without its `float_roundtrip` feature, reads
/// `0.40856302455125365` (what it writes for that number) as
/// `0.4085630245512537`, one unit in the last place off, so a stored scene
/// does not read back as it was saved.
#[test]
fn a_position_reads_back_as_the_same_number() {
    let x = 0.408_563_024_551_253_65_f64;
    let text = serde_json::to_string(&x).expect("a finite number serialises");
    assert_eq!(text, "0.40856302455125365");
    let back: f64 = serde_json::from_str(&text).expect("a number reads");
    assert_eq!(back.to_bits(), x.to_bits(), "{text} read back as {back}");
}

/// Guards the properties above from passing vacuously: the near-valid
/// generator yields scenes the server saves often enough to check their
/// round trip, and refused ones too.
#[test]
fn near_valid_scenes_are_often_enough_accepted_and_refused() {
    let mut runner = TestRunner::deterministic();
    let strategy = scene_json();
    let mut accepted = 0;
    let samples = 400;
    for _ in 0..samples {
        let body = strategy.new_tree(&mut runner).expect("a value").current();
        if check_scene_body(body.as_bytes()).expect("the promises hold") {
            accepted += 1;
        }
    }
    assert!(
        (samples / 20..samples - samples / 20).contains(&accepted),
        "{accepted} of {samples} accepted"
    );
}

// ---- Event batches ----

const EVENT_KINDS: &[&str] = &[
    "view",
    "hotspot_open",
    "link_click",
    "media_play",
    "time_bucket",
];
const BUCKET_NAMES: &[&str] = &["lt_10s", "10s_30s", "30s_1m", "1m_3m", "3m_10m", "gt_10m"];
const OTHER_NAMES: &[&str] = &[
    "scroll",
    "View",
    "view ",
    "",
    "hotspotOpen",
    "time-bucket",
    "__proto__",
    "ip",
    "visitor",
    "Scene",
    "kind",
    "events",
    "1h",
    "LT_10S",
];

/// The fields each documented kind carries besides `kind`; `None` for any
/// other kind.
fn documented_fields(kind: &str) -> Option<&'static [&'static str]> {
    match kind {
        "view" => Some(&["scene"]),
        "hotspot_open" | "link_click" | "media_play" => Some(&["scene", "hotspot"]),
        "time_bucket" => Some(&["scene", "bucket"]),
        _ => None,
    }
}

/// Whether `event` is exactly one of the documented shapes.
fn documented_event(event: &Value) -> bool {
    let Some(object) = event.as_object() else {
        return false;
    };
    let Some(fields) = object
        .get("kind")
        .and_then(Value::as_str)
        .and_then(documented_fields)
    else {
        return false;
    };
    object.len() == fields.len() + 1
        && fields.iter().all(|field| match object.get(*field) {
            Some(Value::String(s)) => *field != "bucket" || BUCKET_NAMES.contains(&s.as_str()),
            _ => false,
        })
}

/// Whether `batch` is `{"events": [...]}` of documented events only.
fn documented_batch(batch: &Value) -> bool {
    let Some(object) = batch.as_object() else {
        return false;
    };
    object.len() == 1
        && object
            .get("events")
            .and_then(Value::as_array)
            .is_some_and(|events| events.iter().all(documented_event))
}

fn json_leaf() -> BoxedStrategy<Value> {
    prop_oneof![
        6 => text().prop_map(Value::String),
        2 => select(BUCKET_NAMES).prop_map(|s| json!(s)),
        1 => Just(Value::Null),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => any::<i64>().prop_map(|i| json!(i)),
        1 => any::<f64>().prop_map(|f| json!(f)),
        1 => Just(json!([])),
        1 => Just(json!({"scene": "s"})),
    ]
    .boxed()
}

fn name() -> BoxedStrategy<String> {
    prop_oneof![
        select(EVENT_KINDS).prop_map(String::from),
        select(&["scene", "hotspot", "bucket", "kind"][..]).prop_map(String::from),
        select(OTHER_NAMES).prop_map(String::from),
    ]
    .boxed()
}

/// A change to an event or a batch.
#[derive(Clone, Debug)]
enum Change {
    Set(String, Value),
    Remove(String),
}

fn change() -> BoxedStrategy<Change> {
    prop_oneof![
        3 => (name(), json_leaf()).prop_map(|(k, v)| Change::Set(k, v)),
        1 => select(OTHER_NAMES).prop_map(|kind| Change::Set("kind".into(), json!(kind))),
        1 => select(EVENT_KINDS).prop_map(|kind| Change::Set("kind".into(), json!(kind))),
        1 => name().prop_map(Change::Remove),
    ]
    .boxed()
}

fn apply(value: &mut Value, changes: &[Change]) {
    if let Some(object) = value.as_object_mut() {
        for change in changes {
            match change {
                Change::Set(k, v) => {
                    object.insert(k.clone(), v.clone());
                }
                Change::Remove(k) => {
                    object.remove(k);
                }
            }
        }
    }
}

/// A documented event, then (about half the time) changed a little.
fn event() -> BoxedStrategy<Value> {
    let valid = (select(EVENT_KINDS), text(), text(), select(BUCKET_NAMES)).prop_map(
        |(kind, scene, hotspot, bucket)| {
            let mut object = Map::new();
            object.insert("kind".into(), json!(kind));
            for field in documented_fields(kind).expect("a documented kind") {
                let value = match *field {
                    "scene" => scene.clone(),
                    "hotspot" => hotspot.clone(),
                    _ => bucket.to_string(),
                };
                object.insert(field.to_string(), json!(value));
            }
            Value::Object(object)
        },
    );
    (valid, prop_oneof![Just(vec![]), vec(change(), 1..3)])
        .prop_map(|(mut event, changes)| {
            apply(&mut event, &changes);
            event
        })
        .boxed()
}

fn batch() -> BoxedStrategy<Value> {
    let events = prop_oneof![
        8 => vec(event(), 0..6).prop_map(Value::Array),
        1 => json_leaf(),
    ];
    (
        events,
        prop_oneof![6 => Just(vec![]), 1 => vec(change(), 1..2)],
    )
        .prop_map(|(events, changes)| {
            let mut batch = json!({ "events": events });
            apply(&mut batch, &changes);
            batch
        })
        .boxed()
}

/// Reads `bytes` as an event batch: never panics, and an accepted batch
/// writes out as a documented batch that reads back equal. Answers whether
/// it was accepted.
fn check_event_body(bytes: &[u8]) -> Result<bool, TestCaseError> {
    let Ok(batch) = serde_json::from_slice::<EventBatch>(bytes) else {
        return Ok(false);
    };
    let written = serde_json::to_value(&batch).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert!(
        documented_batch(&written),
        "{} writes out as {}",
        String::from_utf8_lossy(bytes),
        written
    );
    let text = written.to_string();
    let back: EventBatch = serde_json::from_str(&text)
        .map_err(|e| TestCaseError::fail(format!("reading {text}: {e}")))?;
    prop_assert_eq!(back, batch);
    Ok(true)
}

/// Guards `only_documented_events_are_accepted` from passing vacuously: the
/// batch generator yields documented batches and others, both often.
#[test]
fn documented_batches_are_often_enough_generated_and_not() {
    let mut runner = TestRunner::deterministic();
    let strategy = batch();
    let samples = 400;
    let documented = (0..samples)
        .filter(|_| documented_batch(&strategy.new_tree(&mut runner).expect("a value").current()))
        .count();
    assert!(
        (samples / 20..samples - samples / 20).contains(&documented),
        "{documented} of {samples} documented"
    );
}

proptest! {
    #[test]
    fn event_batches_of_arbitrary_bytes_never_panic(bytes in vec(any::<u8>(), 0..512)) {
        check_event_body(&bytes)?;
    }

    #[test]
    fn event_batches_of_json_ish_text_never_panic(text in prop_oneof![
        "[\\[\\]{}\":,0-9a-z_ ]{0,200}",
        token_soup(),
        mutated(batch().prop_map(|b| b.to_string()).boxed()).prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
    ]) {
        check_event_body(text.as_bytes())?;
    }

    /// Objects of every kind, known and not, with fields added, removed and
    /// of the wrong type: exactly the documented shapes are accepted.
    #[test]
    fn only_documented_events_are_accepted(batch in batch()) {
        let text = batch.to_string();
        let accepted = check_event_body(text.as_bytes())?;
        prop_assert_eq!(accepted, documented_batch(&batch), "{}", text);
    }

    /// However an event is written (as an object or as serde's positional
    /// array), an unknown kind refuses the whole batch.
    #[test]
    fn unknown_kinds_refuse_the_batch_in_any_shape(
        kind in prop_oneof![select(OTHER_NAMES).prop_map(String::from), text()],
        fields in vec(json_leaf(), 0..3),
        before in vec(event(), 0..3),
        as_array in any::<bool>(),
    ) {
        prop_assume!(documented_fields(&kind).is_none());
        let bad = if as_array {
            Value::Array(std::iter::once(json!(kind)).chain(fields).collect())
        } else {
            let mut object: Map<String, Value> = ["scene", "hotspot", "bucket"]
                .iter()
                .zip(fields)
                .map(|(k, v)| (k.to_string(), v))
                .collect();
            object.insert("kind".into(), json!(kind));
            Value::Object(object)
        };
        let events: Vec<Value> = before.into_iter().chain([bad]).collect();
        let text = json!({ "events": events }).to_string();
        prop_assert!(!check_event_body(text.as_bytes())?, "{} accepted", text);
    }

    #[test]
    fn every_time_bucket_name_and_no_other_is_read(name in prop_oneof![select(BUCKET_NAMES).prop_map(String::from), text()]) {
        let parsed = TimeBucket::parse(&name);
        prop_assert_eq!(parsed.is_some(), BUCKET_NAMES.contains(&name.as_str()));
        let from_json = serde_json::from_value::<TimeBucket>(json!(name)).ok();
        prop_assert_eq!(from_json, parsed);
    }
}
