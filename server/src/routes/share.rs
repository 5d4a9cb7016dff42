//! Sharing a scene on a classroom screen: its link as a QR code, which
//! phones and tablets open with their camera.

use crate::access;
use crate::auth::MaybeUser;
use crate::error::{AppError, AppResult};
use crate::extract::AppPath;
use crate::AppState;
use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

pub fn router() -> Router<AppState> {
    Router::new().route("/scenes/{id}/qr.svg", get(qr_code))
}

/// `GET /api/scenes/{id}/qr.svg`: the scene's shared link (`/v/{id}` at the
/// public URL, or the address this server was reached at) as an SVG QR
/// code, for whoever may open the scene; 404 for anyone else, as for the
/// scene itself.
async fn qr_code(
    State(state): State<AppState>,
    MaybeUser(user): MaybeUser,
    AppPath(id): AppPath,
    headers: HeaderMap,
) -> AppResult<impl IntoResponse> {
    let scene_id = state
        .db
        .call(move |conn| {
            let (stored, _) = access::viewable_scene(conn, &id, user.as_ref())?;
            Ok(stored.scene.id)
        })
        .await?;
    // The front door admitted this host (its own name, or the public URL's).
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    let origin = state.site.origin_for(host);
    Ok((
        [(header::CONTENT_TYPE, "image/svg+xml")],
        qr_svg(&format!("{origin}/v/{scene_id}"))?,
    ))
}

/// `text` as an SVG QR code: dark on white, with the quiet zone scanners
/// need, and error correction that survives a projector's glare.
fn qr_svg(text: &str) -> AppResult<String> {
    let code = QrCode::with_error_correction_level(text, EcLevel::M)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("QR code: {e}")))?;
    Ok(code
        .render()
        .min_dimensions(256, 256)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_an_svg_with_a_quiet_zone() {
        let svg = qr_svg("http://pinpoint.school.example/v/AAAAAAAAAAAAAAAAAAAAAA").unwrap();
        assert!(svg.starts_with("<?xml") && svg.trim_end().ends_with("</svg>"));
        // Sharp squares, black on white, at least 256 px across.
        assert!(svg.contains(r#"shape-rendering="crispEdges""#), "{svg}");
        assert!(svg.contains("#000000") && svg.contains("#ffffff"), "{svg}");
        let width: u32 = svg
            .split(r#"width=""#)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .and_then(|w| w.parse().ok())
            .expect("a width");
        assert!(width >= 256, "{width}");
    }
}
