//! Anonymous viewer statistics: the viewer's events in (`POST /api/events`)
//! and a scene's counts out (`GET /api/scenes/{id}/stats`).

use crate::access;
use crate::auth::MaybeUser;
use crate::clock::{self, DAY};
use crate::db::scenes;
use crate::error::{AppError, AppResult};
use crate::extract::{AppJson, AppPath, ClientIp};
use crate::policy::{self, Relation};
use crate::stats::{flush, report, visitor_hash};
use crate::AppState;
use axum::extract::{DefaultBodyLimit, FromRequest, Query, Request, State};
use axum::http::header::USER_AGENT;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use axum::{Json, Router};
use model::stats::{
    MAX_EVENTS_BODY_BYTES, MAX_EVENTS_PER_BATCH, STATS_DAYS_DEFAULT, STATS_DAYS_MAX,
};
use model::{EventBatch, SceneStats, ViewerEvent, Visibility};
use pinpoint_i18n::Message;
use serde::Deserialize;
use std::collections::{HashMap, HashSet};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/events",
            post(receive).layer(DefaultBodyLimit::max(MAX_EVENTS_BODY_BYTES)),
        )
        .route("/scenes/{id}/stats", get(read))
}

/// Do Not Track or Global Privacy Control: the visitor asked not to be
/// followed, so they are counted as a bare view and nothing more.
fn asks_not_to_be_tracked(headers: &HeaderMap) -> bool {
    ["dnt", "sec-gpc"].iter().any(|name| {
        headers
            .get(*name)
            .is_some_and(|v| v.as_bytes().trim_ascii() == b"1")
    })
}

/// What the events of a batch name of each scene: its visibility and
/// which of the named hotspots it has (`None`: no such scene).
type Targets = HashMap<String, Option<(Visibility, HashSet<String>)>>;

/// Checks the whole batch before anything is counted: every scene must be
/// one an anonymous visitor may open, and every hotspot must be its
/// scene's (asked only once the scene is known to be shared, so a private
/// scene's hotspots are never told apart). The first event at fault names
/// the field.
fn check(events: &[ViewerEvent], targets: &Targets) -> AppResult<()> {
    for (index, event) in events.iter().enumerate() {
        let target = targets.get(event.scene()).and_then(Option::as_ref);
        if !target.is_some_and(|(v, _)| policy::may_view_scene(Relation::Stranger, *v)) {
            return Err(AppError::validation(
                &format!("events[{index}].scene"),
                Message::new("error-stats-scene"),
            ));
        }
        if let (Some(hotspot), Some((_, hotspots))) = (event.hotspot(), target) {
            if !hotspots.contains(hotspot) {
                return Err(AppError::validation(
                    &format!("events[{index}].hotspot"),
                    Message::new("error-stats-hotspot"),
                ));
            }
        }
    }
    Ok(())
}

/// Why it reads neither a cookie nor a session: whoever sends events stays
/// anonymous, signed in or not. The address and user agent only go into
/// the day's salted visitor hash and the rate limit's keyed hash, and are
/// never stored or logged.
async fn receive(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    request: Request,
) -> AppResult<StatusCode> {
    let now = state.clock.now();
    if !state.stats.allow(ip, now) {
        return Err(AppError::too_many(Message::new("error-stats-too-many"), 1));
    }
    let headers = request.headers().clone();
    let AppJson(EventBatch { events }) = AppJson::from_request(request, &state).await?;
    if events.is_empty() {
        return Err(AppError::validation(
            "events",
            Message::new("error-stats-none"),
        ));
    }
    if events.len() > MAX_EVENTS_PER_BATCH {
        return Err(AppError::validation(
            "events",
            Message::new("error-stats-batch").number("max", MAX_EVENTS_PER_BATCH as f64),
        ));
    }

    // One query per scene named (usually one a batch).
    let mut asked: HashMap<String, Vec<String>> = HashMap::new();
    for event in &events {
        let hotspots = asked.entry(event.scene().to_string()).or_default();
        if let Some(hotspot) = event.hotspot() {
            if !hotspots.iter().any(|h| h == hotspot) {
                hotspots.push(hotspot.to_string());
            }
        }
    }
    let events = state
        .db
        .call(move |conn| {
            let mut targets = Targets::new();
            for (scene, hotspots) in asked {
                let hotspots: Vec<&str> = hotspots.iter().map(String::as_str).collect();
                let target = scenes::event_target(conn, &scene, &hotspots)?;
                targets.insert(scene, target);
            }
            check(&events, &targets)?;
            Ok(events)
        })
        .await?;

    let views_only = asks_not_to_be_tracked(&headers);
    let mut visitors = Vec::new();
    if !views_only && events.iter().any(|e| matches!(e, ViewerEvent::View { .. })) {
        let salt = state.stats.salt(&state, now).await?;
        let user_agent = headers
            .get(USER_AGENT)
            .map(|v| v.as_bytes())
            .unwrap_or_default();
        for event in &events {
            if let ViewerEvent::View { scene } = event {
                let hash = visitor_hash(&salt, scene, ip, user_agent);
                if !visitors.contains(&(scene.clone(), hash)) {
                    visitors.push((scene.clone(), hash));
                }
            }
        }
    }
    if state
        .stats
        .add(&clock::date(now), &events, &visitors, views_only)
    {
        let state = state.clone();
        tokio::spawn(async move { flush(&state).await });
    }
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
struct StatsQuery {
    days: Option<String>,
}

/// `?days=N`: 1 to 365, 30 when not given.
fn days_param(days: Option<&str>) -> AppResult<u32> {
    let Some(days) = days else {
        return Ok(STATS_DAYS_DEFAULT);
    };
    days.parse::<u32>()
        .ok()
        .filter(|d| (1..=STATS_DAYS_MAX).contains(d))
        .ok_or_else(|| {
            AppError::validation(
                "days",
                Message::new("error-stats-days-range").number("max", STATS_DAYS_MAX as f64),
            )
        })
}

/// Why it writes first: what the viewer sent a moment ago must be in the
/// chart its owner opens now.
async fn read(
    State(state): State<AppState>,
    MaybeUser(user): MaybeUser,
    AppPath(id): AppPath,
    query: Result<Query<StatsQuery>, axum::extract::rejection::QueryRejection>,
) -> AppResult<Json<SceneStats>> {
    let Query(query) =
        query.map_err(|_| AppError::validation("days", Message::new("error-stats-days")))?;
    let days = days_param(query.days.as_deref())?;
    // Up to date, if the write works; logged by `flush` if not, and the
    // counts already stored are still worth showing.
    let _ = flush(&state).await;
    let now = state.clock.now();
    let from = clock::date(now - i64::from(days - 1) * DAY);
    let to = clock::date(now);
    let stats = state
        .db
        .call(move |conn| {
            let (stored, relation) = access::viewable_scene(conn, &id, user.as_ref())?;
            if !policy::may_see_stats(relation) {
                return Err(AppError::Forbidden(Message::new("error-stats-who")));
            }
            let hide_small = policy::hides_small_counts(stored.owner.kind);
            report::for_scene(conn, &stored.scene, &from, &to, hide_small)
        })
        .await?;
    Ok(Json(stats))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn dnt_and_gpc_are_honoured_only_when_set_to_1() {
        let with = |name: &'static str, value: &'static str| {
            let mut headers = HeaderMap::new();
            headers.insert(name, HeaderValue::from_static(value));
            asks_not_to_be_tracked(&headers)
        };
        assert!(with("dnt", "1"));
        assert!(with("sec-gpc", "1"));
        assert!(with("DNT", " 1 "));
        assert!(!with("dnt", "0"));
        assert!(!with("sec-gpc", "0"));
        assert!(!asks_not_to_be_tracked(&HeaderMap::new()));
    }

    #[test]
    fn days_default_to_30_and_stay_within_a_year() {
        let q = |days: &str| days_param(Some(days)).ok();
        assert_eq!(days_param(None).ok(), Some(30));
        assert_eq!(q("1"), Some(1));
        assert_eq!(q("365"), Some(365));
        for bad in ["0", "366", "-1", "7.5", "week", ""] {
            assert_eq!(q(bad), None, "{bad}");
        }
    }
}
