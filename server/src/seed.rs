//! The demo scene a fresh installation starts with, so the first thing a
//! newcomer sees is Pinpoint working.

use crate::crypto::random_id;
use crate::db::{assets, scenes, users};
use crate::AppState;
use model::{default_color, Asset, Hotspot, Icon, SceneImage, SceneInput, UserKind, Visibility};
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

/// On an empty database, creates an owner that cannot sign in and one public
/// scene; answers the scene's id when it made one.
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
    state.files.write(&asset.id, DEMO_IMAGE).await?;
    let asset_id = asset.id.clone();
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
            let scene_id = random_id();
            scenes::insert(&mut tx, &scene_id, &owner, &input, now)?;
            tx.commit()?;
            Ok(Some(scene_id))
        })
        .await?;
    if made.is_none() {
        state.files.remove_all(vec![asset_id]).await;
    }
    Ok(made)
}
