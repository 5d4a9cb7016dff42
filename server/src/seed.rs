//! The demo scenes a fresh installation starts with, so the first thing a
//! newcomer sees is Pinpoint working: a drawing of a volcano, and a 360°
//! view from its crater rim (drawn by `pinpoint_demo`), joined as a tour.

use crate::crypto::random_id;
use crate::db::{assets, scenes, users};
use crate::AppState;
use model::{
    default_color, Asset, Hotspot, Icon, InitialView, Projection, SceneImage, SceneInput, UserKind,
    Visibility,
};
use std::sync::Arc;

const DEMO_IMAGE: &[u8] = include_bytes!("../../assets/demo-volcano.jpg");

fn hotspot(id: &str, x: f64, y: f64, title: &str, text: &str, icon: Icon) -> Hotspot {
    Hotspot {
        id: id.into(),
        x,
        y,
        title: title.into(),
        text: text.into(),
        link: None,
        media: None,
        scene_link: None,
        icon,
        color: default_color(),
    }
}

/// The 360° demo: the view from the volcano's crater rim, on `picture`.
fn crater_rim(picture: &Asset, volcano_id: &str) -> SceneInput {
    let mut back = hotspot(
        "back",
        0.5,
        0.62,
        "Back to the drawing",
        "See the whole volcano again, from the outside.",
        Icon::Info,
    );
    back.scene_link = Some(volcano_id.to_string());
    SceneInput {
        title: "On the crater rim (360°)".into(),
        description: "Look around from the edge of the crater: drag, swipe or use the arrow keys."
            .into(),
        image: Some(SceneImage {
            projection: Projection::Equirectangular,
            initial_view: Some(InitialView {
                x: 0.5,
                y: 0.56,
                fov: 90.0,
            }),
            ..SceneImage::flat(
                &picture.id,
                picture.width,
                picture.height,
                "A drawn 360° view from a volcano's crater rim: layered rock walls, a lava lake below, the sea and the sun beyond",
            )
        }),
        hotspots: vec![
            hotspot(
                "lake",
                0.37,
                0.85,
                "Lava lake",
                "Molten rock at about 1,100 °C. Its surface cools into a dark crust that keeps cracking open.",
                Icon::Star,
            ),
            hotspot(
                "layers",
                0.56,
                0.58,
                "Layers in the wall",
                "Each band is an old eruption: lava flows and ash falls, one on top of another.",
                Icon::Info,
            ),
            hotspot(
                "sea",
                0.69,
                0.5,
                "The sea",
                "This volcano is an island. Its lava built the land you are standing on.",
                Icon::Question,
            ),
            back,
        ]
        .into_iter()
        .map(Arc::new)
        .collect(),
        visibility: Visibility::Public,
        version: None,
    }
}

/// On an empty database, creates an owner that cannot sign in and the
/// public demo scenes; answers the first scene's id when it made them.
pub async fn demo_scene_if_empty(state: &AppState) -> anyhow::Result<Option<String>> {
    let now = state.clock.now();
    if state.db.call(users::count).await? > 0 {
        return Ok(None);
    }
    let size = imagesize::blob_size(DEMO_IMAGE)?;
    let asset = Asset {
        id: random_id(),
        content_type: "image/jpeg".into(),
        width: size.width as u32,
        height: size.height as u32,
    };
    let panorama_bytes = tokio::task::spawn_blocking(pinpoint_demo::jpeg).await??;
    let panorama = Asset {
        id: random_id(),
        content_type: "image/jpeg".into(),
        width: pinpoint_demo::WIDTH,
        height: pinpoint_demo::HEIGHT,
    };
    state.files.write(&asset.id, DEMO_IMAGE).await?;
    state.files.write(&panorama.id, &panorama_bytes).await?;
    let (volcano_id, rim_id) = (random_id(), random_id());
    let rim = crater_rim(&panorama, &volcano_id);
    rim.validate()?;
    let written = vec![asset.id.clone(), panorama.id.clone()];
    let mut volcano = hotspot(
        "crater",
        0.50,
        0.24,
        "Crater",
        "The opening at the top, where lava, gas and ash escape.\nSome craters hold a lake of molten rock.",
        Icon::Info,
    );
    volcano.link = Some("https://en.wikipedia.org/wiki/Volcanic_crater".into());
    let input = SceneInput {
        title: "How a volcano works".into(),
        description: "Open each point to see what happens inside a volcano.".into(),
        image: Some(SceneImage::flat(
            &asset.id,
            asset.width,
            asset.height,
            "Drawing of a volcano erupting, with the magma chamber below",
        )),
        hotspots: vec![
            volcano,
            hotspot(
                "ash",
                0.66,
                0.10,
                "Ash cloud",
                "Tiny pieces of rock and glass blown high into the sky.",
                Icon::Star,
            ),
            hotspot(
                "lava",
                0.38,
                0.50,
                "Lava flow",
                "Molten rock that reached the surface. It cools into new rock.",
                Icon::Info,
            ),
            hotspot(
                "chamber",
                0.50,
                0.86,
                "Magma chamber",
                "A pool of molten rock deep underground that feeds the volcano.",
                Icon::Question,
            ),
            Hotspot {
                scene_link: Some(rim_id.clone()),
                ..hotspot(
                    "rim",
                    0.6,
                    0.32,
                    "Stand on the crater rim (360°)",
                    "Look all around from the edge of the crater.",
                    Icon::Star,
                )
            },
        ]
        .into_iter()
        .map(Arc::new)
        .collect(),
        visibility: Visibility::Public,
        version: None,
    };
    input.validate()?;
    let keys = state.keys.clone();
    let made = state
        .db
        .call(move |conn| {
            // Servers starting together on an empty database take turns;
            // the later finds users there and makes nothing.
            let mut tx = conn.transaction_locked("demo scene")?;
            if users::count(&mut tx)? > 0 {
                return Ok(None);
            }
            let owner_id = users::new_id();
            users::insert(
                &mut tx,
                &keys,
                &users::NewUser {
                    id: &owner_id,
                    username: "pinpoint-demo",
                    email: Some("demo@pinpoint.invalid"),
                    // Nobody can sign in as the demo owner.
                    password_hash: users::NO_PASSWORD,
                    kind: UserKind::Individual,
                    school_id: None,
                    is_admin: false,
                    birth_date: None,
                    now,
                },
            )?;
            let owner = users::get(&mut tx, &owner_id)?;
            assets::insert(&mut tx, &asset, &owner_id, DEMO_IMAGE.len(), now)?;
            assets::insert(&mut tx, &panorama, &owner_id, panorama_bytes.len(), now)?;
            scenes::insert(&mut tx, &volcano_id, &owner, &input, now)?;
            scenes::insert(&mut tx, &rim_id, &owner, &rim, now)?;
            tx.commit()?;
            Ok(Some(volcano_id))
        })
        .await?;
    if made.is_none() {
        state.files.remove_all(written).await;
    }
    Ok(made)
}
