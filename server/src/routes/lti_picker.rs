//! LTI deep linking: the pages an instructor sees in the course editor's
//! frame to add one of their scenes to a course.
//!
//! A deep-linking launch (checked in `routes::lti`) leads to
//! `/lti/pick/{token}`: the token in the address is the only state (kept
//! on the server, 30 minutes, used once), as the frame may have no
//! cookies. The first time, the instructor links their account at the
//! platform to their Pinpoint account with Pinpoint's password; after
//! that the platform's signed launch says who they are. Only teachers of
//! the school that registered the platform may link (`policy`). Picking a
//! scene answers a page that posts the tool's signed
//! `LtiDeepLinkingResponse` (one `ltiResourceLink` whose `custom.scene`
//! names the scene) back to the platform.

use crate::auth::password;
use crate::crypto::{random_token, token_hash};
use crate::db::activity::{self, Event};
use crate::db::lti::{self, DeepLink};
use crate::db::{scenes, users};
use crate::error::{AppError, AppResult};
use crate::extract::{AppPath, ClientIp};
use crate::language::{say, word};
use crate::lti::DeepLinkingRequest;
use crate::throttle::{self, Counted};
use crate::AppState;
use axum::extract::{Form, State};
use axum::http::header::{
    CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE, HOST, LOCATION, REFERRER_POLICY,
};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};
use model::{ActivityKind, SceneSummary, Visibility};
use pinpoint_i18n::Message;
use serde::Deserialize;

/// The policy of pages shown in the platform's frame: scripts and styles
/// of this site only, forms posted to `form_action`, framed by
/// `frame_ancestors`.
fn page_policy(form_action: &str, frame_ancestors: &str) -> String {
    format!(
        "default-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action {form_action}; frame-ancestors {frame_ancestors}"
    )
}

/// Who may frame the picker of `link`: the platform that launched it
/// (where its answer goes), so no other site can frame a picker whose
/// address it learned and have a teacher link an account in it.
fn framed_by(link: &DeepLink) -> String {
    format!("'self' {}", origin_of(&link.return_url))
}

/// The routes a platform's frame reaches; the forms' posts pass the
/// same-origin check (`security::same_origin`) added by the caller.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/lti/pick/{token}", get(show).post(pick))
        .route("/lti/pick/{token}/link", axum::routing::post(link))
        .route("/lti/pick.css", get(stylesheet))
        .route("/lti/pick.js", get(script))
}

/// Keeps a deep-linking launch and sends the instructor to its picker.
pub async fn start(
    state: &AppState,
    platform: lti::Platform,
    request: DeepLinkingRequest,
) -> AppResult<Response> {
    let token = random_token();
    let (hash, now) = (token_hash(&token), state.clock.now());
    let link = DeepLink {
        platform,
        subject: request.subject,
        return_url: request.return_url,
        data: request.data,
    };
    state
        .db
        .call(move |conn| lti::start_deep_link(conn, &hash, &link, now))
        .await?;
    Ok(see_other(&format!("/lti/pick/{token}")))
}

fn see_other(to: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(to) = HeaderValue::from_str(to) {
        response.headers_mut().insert(LOCATION, to);
    }
    response
}

/// A page in the platform's frame that asks for nothing (a refusal).
pub fn page(status: StatusCode, title: &str, body: &str) -> Response {
    page_with_policy(status, title, body, &page_policy("'self'", "*"))
}

/// A page of the picker of `link`.
fn picker_page(link: &DeepLink, status: StatusCode, title: &str, body: &str) -> Response {
    page_with_policy(
        status,
        title,
        body,
        &page_policy("'self'", &framed_by(link)),
    )
}

fn page_with_policy(status: StatusCode, title: &str, body: &str, policy: &str) -> Response {
    let language = crate::language::current();
    let html = format!(
        "<!doctype html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · Pinpoint</title><link rel=\"stylesheet\" href=\"/lti/pick.css\"></head>\
         <body><main><h1>{title}</h1>{body}</main></body></html>",
        title = text(title),
        lang = language.code,
        dir = language.dir(),
    );
    let mut response = (status, Html(html)).into_response();
    let headers = response.headers_mut();
    headers.insert(
        axum::http::header::CONTENT_LANGUAGE,
        HeaderValue::from_static(language.code),
    );
    headers.insert(
        axum::http::header::VARY,
        HeaderValue::from_static("Accept-Language"),
    );
    if let Ok(policy) = HeaderValue::from_str(policy) {
        headers.insert(CONTENT_SECURITY_POLICY, policy);
    }
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    // Nothing leaves for other sites (the token is in the address), and
    // the forms' posts here carry this site's origin, which the
    // same-origin check needs (under `no-referrer` a browser sends
    // `Origin: null` with a form's post).
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    response
}

fn expired() -> Response {
    page(
        StatusCode::NOT_FOUND,
        &word("picker-expired-title"),
        &format!("<p>{}</p>", text(&word("picker-expired-text"))),
    )
}

/// The launch the token names, if still open.
async fn deep_link(state: &AppState, token: &str) -> AppResult<Option<DeepLink>> {
    let (hash, now) = (token_hash(token), state.clock.now());
    state
        .db
        .call(move |conn| lti::deep_link(conn, &hash, now))
        .await
}

/// The Pinpoint account the instructor linked, if it may still add scenes
/// to the platform's courses.
async fn instructor(state: &AppState, link: &DeepLink) -> AppResult<Option<users::User>> {
    let (platform, subject) = (link.platform.platform.id.clone(), link.subject.clone());
    let school = link.platform.school_id.clone();
    state
        .db
        .call(move |conn| {
            let Some(id) = lti::linked_user(conn, &platform, &subject)? else {
                return Ok(None);
            };
            Ok(users::by_id(conn, &id)?.filter(|user| {
                crate::policy::may_add_to_courses(crate::access::party(user), &school)
            }))
        })
        .await
}

/// The picker: the instructor's scenes, or, until linked, the link form.
async fn show(State(state): State<AppState>, AppPath(token): AppPath) -> AppResult<Response> {
    let Some(link) = deep_link(&state, &token).await? else {
        return Ok(expired());
    };
    let Some(user) = instructor(&state, &link).await? else {
        return Ok(link_form(&token, &link, None, StatusCode::OK));
    };
    let owner = user.id.clone();
    let scenes = state
        .db
        .call(move |conn| scenes::list_owned(conn, &owner))
        .await?;
    Ok(scene_list(&token, &link, &user, &scenes))
}

fn platform_name(link: &DeepLink) -> String {
    url::Url::parse(&link.platform.platform.settings.issuer)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| link.platform.platform.settings.issuer.clone())
}

fn link_form(
    token: &str,
    link: &DeepLink,
    error: Option<&'static str>,
    status: StatusCode,
) -> Response {
    let error = error
        .map(|key| format!("<p class=\"error\" role=\"alert\">{}</p>", text(&word(key))))
        .unwrap_or_default();
    let platform = platform_name(link);
    let about =
        |key| text(&say(&Message::new(key).text("platform", platform.as_str()))).into_owned();
    let body = format!(
        "<p>{intro}</p>\
         <form method=\"post\" action=\"/lti/pick/{token}/link\">\
         <label for=\"login\">{login}</label>\
         <input id=\"login\" name=\"login\" autocomplete=\"username\" required autofocus>\
         <label for=\"password\">{password}</label>\
         <input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>\
         {error}<button type=\"submit\">{submit}</button></form>\
         <p class=\"hint\">{hint}</p>",
        intro = about("picker-link-intro"),
        login = text(&word("picker-login")),
        password = text(&word("picker-password")),
        submit = text(&word("picker-link")),
        hint = about("picker-link-hint"),
        token = attr(token),
    );
    picker_page(link, status, &word("picker-link-title"), &body)
}

fn scene_list(
    token: &str,
    link: &DeepLink,
    user: &users::User,
    scenes: &[SceneSummary],
) -> Response {
    let mut items = String::new();
    for scene in scenes {
        let title = text(&scene.title);
        let pick = match scene.visibility {
            Visibility::Private => {
                format!("<p class=\"hint\">{}</p>", text(&word("picker-private")))
            }
            Visibility::Unlisted | Visibility::Public => format!(
                "<form method=\"post\" action=\"/lti/pick/{token}\">\
                 <input type=\"hidden\" name=\"scene\" value=\"{id}\">\
                 <button type=\"submit\" aria-label=\"{label}\">{add}</button></form>",
                token = attr(token),
                id = attr(&scene.id),
                label = attr(&say(
                    &Message::new("picker-add-label").text("title", scene.title.as_str())
                )),
                add = text(&word("picker-add")),
            ),
        };
        let hotspots =
            say(&Message::new("card-hotspots").number("count", scene.hotspot_count as f64));
        let visibility = word(match scene.visibility {
            Visibility::Private => "visibility-private",
            Visibility::Unlisted => "visibility-unlisted",
            Visibility::Public => "visibility-public",
        });
        items.push_str(&format!(
            "<li><div><strong>{title}</strong><span class=\"hint\">{visibility} · {hotspots}</span></div>{pick}</li>",
            visibility = text(&visibility),
            hotspots = text(&hotspots),
        ));
    }
    let list = if scenes.is_empty() {
        format!("<p>{}</p>", text(&word("picker-no-scenes")))
    } else {
        format!(
            "<ul class=\"scenes\" aria-label=\"{}\">{items}</ul>",
            attr(&word("picker-your-scenes"))
        )
    };
    let signed_in = say(&Message::new("picker-signed-in").text("username", user.username.as_str()));
    let body = format!("<p>{}</p>{list}", text(&signed_in));
    picker_page(link, StatusCode::OK, &word("picker-title"), &body)
}

#[derive(Deserialize)]
struct LinkForm {
    login: String,
    password: String,
}

/// Links the instructor's platform account to the Pinpoint account whose
/// password they give. Each try counts like a sign-in's (`throttle`).
async fn link(
    State(state): State<AppState>,
    AppPath(token): AppPath,
    ClientIp(ip): ClientIp,
    Form(form): Form<LinkForm>,
) -> AppResult<Response> {
    let Some(link) = deep_link(&state, &token).await? else {
        return Ok(expired());
    };
    let (keys, now, login) = (state.keys.clone(), state.clock.now(), form.login.clone());
    let counted = state
        .db
        .call(move |conn| {
            let counted = [Counted::SignInLogin(&login), Counted::SignInSource(ip)];
            let tries = throttle::count_try(conn, &keys, &counted, now)?;
            Ok((tries, users::by_login(conn, &keys, &login)?))
        })
        .await;
    let (tries, found) = match counted {
        Ok(counted) => counted,
        Err(AppError::TooManyRequests { .. }) => {
            return Ok(link_form(
                &token,
                &link,
                Some("picker-too-many-tries"),
                StatusCode::TOO_MANY_REQUESTS,
            ))
        }
        Err(e) => return Err(e),
    };
    let (user, stored) = match found {
        Some((user, hash)) => (Some(user), Some(hash)),
        None => (None, None),
    };
    let ok = password::verify(form.password, stored).await?;
    if let (Some(user), false) = (&user, ok) {
        // In the account's activity log, as a failed sign-in is.
        let (keys, id) = (state.keys.clone(), user.id.clone());
        state
            .db
            .call(move |conn| {
                let event = Event::new(&id, ActivityKind::SignInFailed, ip, now);
                activity::record(conn, &keys, event)
            })
            .await?;
    }
    let Some(user) = user.filter(|_| ok) else {
        return Ok(link_form(
            &token,
            &link,
            Some("picker-wrong-login"),
            StatusCode::UNAUTHORIZED,
        ));
    };
    if user.must_change_password {
        return Ok(link_form(
            &token,
            &link,
            Some("picker-password-first"),
            StatusCode::FORBIDDEN,
        ));
    }
    let school = link.platform.school_id.clone();
    if !crate::policy::may_add_to_courses(crate::access::party(&user), &school) {
        return Ok(link_form(
            &token,
            &link,
            Some("picker-teachers-only"),
            StatusCode::FORBIDDEN,
        ));
    }
    let keys = state.keys.clone();
    let issuer = link.platform.platform.settings.issuer.clone();
    state
        .db
        .call(move |conn| {
            let mut tx = conn.transaction()?;
            throttle::forgive(&mut tx, &tries)?;
            lti::link(
                &mut tx,
                &link.platform.platform.id,
                &link.subject,
                &user.id,
                now,
            )?;
            activity::record(
                &mut tx,
                &keys,
                Event::new(&user.id, ActivityKind::LearningPlatformLinked, ip, now).detail(issuer),
            )?;
            tx.commit()?;
            Ok(())
        })
        .await?;
    Ok(see_other(&format!("/lti/pick/{token}")))
}

#[derive(Deserialize)]
struct PickForm {
    scene: String,
}

/// Sends the chosen scene back to the platform: a page whose form posts
/// the signed response there (by its script at once, or by its button).
async fn pick(
    State(state): State<AppState>,
    AppPath(token): AppPath,
    headers: HeaderMap,
    Form(form): Form<PickForm>,
) -> AppResult<Response> {
    let Some(link) = deep_link(&state, &token).await? else {
        return Ok(expired());
    };
    let Some(user) = instructor(&state, &link).await? else {
        return Ok(see_other(&format!("/lti/pick/{token}")));
    };
    let id = form.scene.clone();
    let scene = state
        .db
        .call(move |conn| scenes::by_id(conn, &id))
        .await?
        .map(|stored| (stored.owner.id, stored.scene))
        .filter(|(owner, scene)| *owner == user.id && scene.visibility != Visibility::Private)
        .map(|(_, scene)| scene);
    let Some(scene) = scene else {
        return Ok(picker_page(
            &link,
            StatusCode::NOT_FOUND,
            &word("picker-cannot-add-title"),
            &format!("<p>{}</p>", text(&word("picker-cannot-add-text"))),
        ));
    };
    let host = headers
        .get(HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    let origin = state.site.origin_for(host);
    let settings = link.platform.platform.settings.clone();
    let mut claims = serde_json::json!({
        "iss": settings.client_id,
        "aud": settings.issuer,
        "nonce": random_token(),
        "https://purl.imsglobal.org/spec/lti/claim/message_type": "LtiDeepLinkingResponse",
        "https://purl.imsglobal.org/spec/lti/claim/version": "1.3.0",
        "https://purl.imsglobal.org/spec/lti/claim/deployment_id": settings.deployment_id,
        "https://purl.imsglobal.org/spec/lti-dl/claim/content_items": [{
            "type": "ltiResourceLink",
            "title": scene.title,
            "url": format!("{origin}/lti/launch"),
            "custom": { "scene": scene.id },
        }],
    });
    if let Some(data) = &link.data {
        claims["https://purl.imsglobal.org/spec/lti-dl/claim/data"] = data.clone().into();
    }
    let (keys, now, hash) = (state.keys.clone(), state.clock.now(), token_hash(&token));
    claims["iat"] = now.into();
    claims["exp"] = (now + 600).into();
    let signed = state
        .db
        .call(move |conn| {
            // Sent once: a second pick (another tab, a reload) finds it
            // gone; a pick that could not be signed leaves it open.
            crate::lti::tool_key::ensure(conn, &keys, now)?;
            let mut tx = conn.transaction()?;
            if !lti::end_deep_link(&mut tx, &hash, now)? {
                return Ok(None);
            }
            let signed = crate::lti::tool_key::sign(&mut tx, &keys, &claims)?;
            tx.commit()?;
            Ok(Some(signed))
        })
        .await?;
    let Some(signed) = signed else {
        return Ok(expired());
    };
    Ok(return_page(&link, &scene.title, &signed))
}

/// The page that posts the response to the platform. Its policy lets the
/// form go to the platform (and on through the platform's own redirects,
/// which browsers check against `form-action` too).
fn return_page(link: &DeepLink, title: &str, signed: &str) -> Response {
    let return_url = &link.return_url;
    let body = format!(
        "<p>{adding}</p>\
         <form id=\"return\" method=\"post\" action=\"{url}\">\
         <input type=\"hidden\" name=\"JWT\" value=\"{jwt}\">\
         <button type=\"submit\" autofocus>{submit}</button></form>\
         <script src=\"/lti/pick.js\"></script>",
        adding = text(&say(&Message::new("picker-adding").text("title", title))),
        submit = text(&word("picker-add-to-course")),
        url = attr(return_url),
        jwt = attr(signed),
    );
    let policy = page_policy(
        &format!("'self' https: {}", origin_of(return_url)),
        &framed_by(link),
    );
    page_with_policy(StatusCode::OK, &word("picker-adding-title"), &body, &policy)
}

/// `scheme://host[:port]` of a URL the platform's signed launch gave.
fn origin_of(url: &str) -> String {
    url::Url::parse(url)
        .map(|u| u.origin().ascii_serialization())
        .unwrap_or_else(|_| "'none'".into())
}

async fn stylesheet() -> Response {
    static_file("text/css; charset=utf-8", include_str!("lti_picker.css"))
}

/// Posts the response form as soon as the page is shown.
async fn script() -> Response {
    static_file(
        "text/javascript; charset=utf-8",
        "document.getElementById(\"return\")?.submit();\n",
    )
}

fn static_file(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (
                CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            ),
        ],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(return_url: &str) -> DeepLink {
        DeepLink {
            platform: lti::Platform {
                school_id: "s".into(),
                platform: model::lti::LtiPlatform {
                    id: "p".into(),
                    settings: model::lti::LtiPlatformSettings::default(),
                },
            },
            subject: "t".into(),
            return_url: return_url.into(),
            data: None,
        }
    }

    #[test]
    fn the_return_page_may_post_only_here_and_to_the_platform() {
        let link = link("https://lms.example/deep_link?x=1");
        let response = return_page(&link, "A", "j.w.t");
        let policy = response.headers()[CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap();
        assert_eq!(policy.matches("form-action").count(), 1, "{policy}");
        assert!(
            policy.contains("form-action 'self' https: https://lms.example;"),
            "{policy}"
        );
        assert!(
            policy.ends_with("frame-ancestors 'self' https://lms.example"),
            "only the platform frames it: {policy}"
        );
    }

    #[test]
    fn titles_and_addresses_are_escaped() {
        let link = link("https://lms.example/\"><script>");
        let response = return_page(&link, "<b>x</b>", "t");
        let body = futures_body(response);
        assert!(!body.contains("<b>x</b>"));
        assert!(!body.contains("\"><script>"));
    }

    fn futures_body(response: Response) -> String {
        let bytes = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(axum::body::to_bytes(response.into_body(), usize::MAX))
            .unwrap();
        String::from_utf8(bytes.to_vec()).unwrap()
    }
}
