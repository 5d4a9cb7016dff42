//! Components rendered in a real browser (headless Chromium through
//! wasm-bindgen-test): what a viewer's screen reader and pointer meet.
#![cfg(target_arch = "wasm32")]

use model::visibility::Owner;
use model::{
    default_color, DayCount, Hotspot, HotspotOpens, SceneImage, SceneStats, TimeBucket,
    TimeBucketCount, Visibility,
};
use pinpoint_app::api::error::too_many_tries;
use pinpoint_app::api::ApiError;
use pinpoint_app::components::scene_stage::{SceneStage, SceneStageProps};
use pinpoint_app::components::stats_panel::{StatsView, StatsViewProps};
use pinpoint_app::components::visibility_picker::who_can_open;
use pinpoint_app::pages::login::LoginPage;
use pinpoint_app::session::SessionProvider;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;
use yew_router::BrowserRouter;

wasm_bindgen_test_configure!(run_in_browser);

fn hotspot(id: &str, x: f64, y: f64, title: &str, text: &str) -> Arc<Hotspot> {
    Arc::new(Hotspot {
        id: id.into(),
        x,
        y,
        title: title.into(),
        text: text.into(),
        link: None,
        media: None,
        scene_link: None,
        icon: model::Icon::Info,
        color: default_color(),
    })
}

fn fresh_root() -> Element {
    pinpoint_app::text::start_in_english();
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// Lets Yew's scheduler render and run effects.
async fn settle() {
    gloo_timers::future::TimeoutFuture::new(20).await;
}

#[wasm_bindgen_test]
async fn stage_shows_each_hotspot_as_a_button_named_by_its_title_in_reading_order() {
    let root = fresh_root();
    let opened = Rc::new(RefCell::new(Vec::new()));
    let log = opened.clone();
    let props = SceneStageProps {
        image: SceneImage::flat("a1", 400, 200, "A map"),
        hotspots: vec![
            hotspot("h1", 0.25, 0.5, "Harbour", ""),
            hotspot("h2", 0.75, 0.1, "", ""),
        ],
        selected: None,
        onactivate: Callback::from(move |i| log.borrow_mut().push(i)),
        onpick: None,
        onmove: None,
        onmarkerkey: None,
    };
    yew::Renderer::<SceneStage>::with_root_and_props(root.clone(), props).render();
    settle().await;

    let image = root.query_selector("img").unwrap().expect("the picture");
    assert_eq!(image.get_attribute("alt").as_deref(), Some("A map"));
    let buttons = root.query_selector_all("button").unwrap();
    assert_eq!(buttons.length(), 2);
    let names: Vec<String> = (0..2)
        .map(|i| buttons.item(i).unwrap().dyn_into::<HtmlElement>().unwrap())
        // The accessible name: a label, so the tooltip CSS draws on hover
        // or focus never changes it.
        .map(|b| b.get_attribute("aria-label").unwrap())
        .collect();
    assert_eq!(
        names,
        ["Harbour", "Hotspot 2"],
        "untitled hotspots get a numbered name"
    );

    // Placed through the CSS object model (the CSP forbids style
    // attributes): the stylesheet turns these fractions into a translation.
    let first = buttons.item(0).unwrap().dyn_into::<HtmlElement>().unwrap();
    assert_eq!(
        first.style().get_property_value("--at-x").unwrap(),
        "0.250000"
    );
    assert_eq!(
        first.style().get_property_value("--at-y").unwrap(),
        "0.500000"
    );

    first.click();
    assert_eq!(*opened.borrow(), vec![0]);
}

fn stats(
    days: &[(&str, Option<u64>, Option<u64>)],
    opens: &[(&str, Option<u64>)],
    hidden: bool,
) -> SceneStats {
    SceneStats {
        days: days
            .iter()
            .map(|(date, views, visitors)| DayCount {
                date: date.to_string(),
                views: *views,
                visitors: *visitors,
            })
            .collect(),
        hotspots: opens
            .iter()
            .map(|(id, opens)| HotspotOpens {
                id: id.to_string(),
                opens: *opens,
            })
            .collect(),
        link_clicks: Some(2),
        media_plays: if hidden { None } else { Some(0) },
        time_buckets: TimeBucket::ALL
            .into_iter()
            .map(|bucket| TimeBucketCount {
                bucket,
                count: Some(0),
            })
            .collect(),
        small_counts_hidden: hidden,
    }
}

fn names() -> Vec<(String, String)> {
    vec![("h1".into(), "Crater".into()), ("h2".into(), "Lava".into())]
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let found = root.query_selector_all(selector).unwrap();
    (0..found.length())
        .map(|i| found.item(i).unwrap().text_content().unwrap())
        .collect()
}

#[wasm_bindgen_test]
async fn statistics_show_totals_a_bar_a_day_and_hotspots_by_opens() {
    let root = fresh_root();
    let props = StatsViewProps {
        stats: stats(
            &[
                ("2026-11-27", Some(0), Some(0)),
                ("2026-11-28", Some(12), Some(9)),
                ("2026-11-29", Some(3), Some(2)),
            ],
            &[("h1", Some(4)), ("h2", Some(7))],
            false,
        ),
        names: names(),
    };
    yew::Renderer::<StatsView>::with_root_and_props(root.clone(), props).render();
    settle().await;

    assert_eq!(
        texts(&root, ".stats-totals dd"),
        ["15", "11", "2", "0"],
        "views, visitors, link clicks, media plays"
    );
    let chart = root
        .query_selector("svg[role=img]")
        .unwrap()
        .expect("a chart");
    assert_eq!(
        chart.get_attribute("aria-label").as_deref(),
        Some("Views and visitors per day over 3 days: 15 views, 11 visitors.")
    );
    assert_eq!(root.query_selector_all("rect.bar").unwrap().length(), 3);
    assert_eq!(
        root.query_selector_all("rect.bar.approximate")
            .unwrap()
            .length(),
        0
    );
    // The busiest hotspot first.
    assert_eq!(
        texts(&root, ".stats-hotspots td"),
        ["Lava", "7", "Crater", "4"]
    );
    assert!(root.text_content().unwrap().contains("Under 10 seconds"));
}

#[wasm_bindgen_test]
async fn on_a_students_scene_small_counts_read_fewer_than_5() {
    let root = fresh_root();
    let props = StatsViewProps {
        stats: stats(
            &[("2026-11-28", None, None), ("2026-11-29", Some(6), None)],
            &[("h1", None), ("h2", Some(0))],
            true,
        ),
        names: names(),
    };
    yew::Renderer::<StatsView>::with_root_and_props(root.clone(), props).render();
    settle().await;

    assert_eq!(
        texts(&root, ".stats-totals dd"),
        ["6 or more", "fewer than 5", "2", "fewer than 5"]
    );
    assert_eq!(
        root.query_selector_all("rect.bar.approximate")
            .unwrap()
            .length(),
        1,
        "the hidden day is drawn, marked as not exact"
    );
    assert_eq!(
        texts(&root, ".stats-hotspots td"),
        ["Crater", "fewer than 5", "Lava", "0"]
    );
    assert!(root
        .text_content()
        .unwrap()
        .contains("numbers under 5 show as \"fewer than 5\""));
}

#[wasm_bindgen_test]
fn a_throttled_try_says_how_long_to_wait_in_whole_minutes() {
    assert_eq!(
        too_many_tries(Some(900)),
        "Too many tries. Try again in 15 minutes."
    );
    assert_eq!(
        too_many_tries(Some(841)),
        "Too many tries. Try again in 15 minutes.",
        "rounded up"
    );
    assert_eq!(
        too_many_tries(Some(61)),
        "Too many tries. Try again in 2 minutes."
    );
    assert_eq!(
        too_many_tries(Some(60)),
        "Too many tries. Try again in a minute."
    );
    assert_eq!(
        too_many_tries(Some(0)),
        "Too many tries. Try again in a minute."
    );
    assert_eq!(too_many_tries(None), "Too many tries. Try again later.");

    let throttled = |header| ApiError::from_response(429, None, header);
    assert_eq!(
        throttled(Some(" 840 ")),
        ApiError::RateLimited {
            retry_after: Some(840)
        }
    );
    assert_eq!(
        throttled(Some("Wed, 21 Oct 2026 07:28:00 GMT")),
        ApiError::RateLimited { retry_after: None },
        "a date is not read as a number of seconds"
    );
    assert_eq!(throttled(None), ApiError::RateLimited { retry_after: None });
    // Statuses the app acts on arrive as their own kinds.
    assert!(matches!(
        ApiError::from_response(409, None, None),
        ApiError::Conflict { .. }
    ));
    assert!(matches!(
        ApiError::from_response(404, None, None),
        ApiError::NotFound { .. }
    ));
    assert!(matches!(
        ApiError::from_response(401, None, None),
        ApiError::NotSignedIn { .. }
    ));
}

#[function_component(LoginScreen)]
fn login_screen() -> Html {
    html! {
        <BrowserRouter><SessionProvider><LoginPage /></SessionProvider></BrowserRouter>
    }
}

/// Answers the page's API calls as a throttling server would: nobody is
/// signed in, and a log-in must wait 14 minutes.
const THROTTLING_FETCH: &str = r#"
    const json = (status, code, headers) => new Response(
        JSON.stringify({ error: { code, message: 'Slow down', field: null } }),
        { status, headers: { 'Content-Type': 'application/json', ...headers } });
    return Promise.resolve(new URL(request.url).pathname === '/api/auth/login'
        ? json(429, 'rate_limited', { 'Retry-After': '840' })
        : json(401, 'unauthorized', {}));
"#;

#[wasm_bindgen_test]
async fn a_throttled_log_in_shows_the_wait_where_form_errors_go() {
    let window = web_sys::window().unwrap();
    let real_fetch = js_sys::Reflect::get(&window, &"fetch".into()).unwrap();
    let fake: JsValue = js_sys::Function::new_with_args("request", THROTTLING_FETCH).into();
    js_sys::Reflect::set(&window, &"fetch".into(), &fake).unwrap();

    let root = fresh_root();
    yew::Renderer::<LoginScreen>::with_root(root.clone()).render();
    settle().await;
    let submit: HtmlElement = root
        .query_selector("button[type=submit]")
        .unwrap()
        .expect("the Log in button")
        .dyn_into()
        .unwrap();
    submit.click();
    let mut alerts = Vec::new();
    for _ in 0..50 {
        settle().await;
        alerts = texts(&root, "form [role=alert]");
        if !alerts.is_empty() {
            break;
        }
    }
    js_sys::Reflect::set(&window, &"fetch".into(), &real_fetch).unwrap();

    assert_eq!(alerts, ["Too many tries. Try again in 14 minutes."]);
}

/// The editor's toolbar as its author meets it: what may be pressed, and
/// what the status line says and offers.
#[wasm_bindgen_test]
async fn the_editor_toolbar_offers_what_the_history_and_the_save_allow() {
    use pinpoint_app::editor::{SaveKind, SaveStatus};
    use pinpoint_app::pages::editor::toolbar::{Toolbar, ToolbarProps};

    let root = fresh_root();
    let saves = Rc::new(RefCell::new(Vec::new()));
    let log = saves.clone();
    let props = ToolbarProps {
        can_undo: true,
        can_redo: false,
        scene_id: None,
        visibility: model::Visibility::Private,
        owner: model::visibility::Owner::Alone,
        title: "Volcano".into(),
        picture: None,
        status: SaveStatus::Conflict("Someone else saved a newer version.".into()),
        unsaved: true,
        named: true,
        ondispatch: Callback::noop(),
        onsave: Callback::from(move |kind| log.borrow_mut().push(kind)),
        onreload: Callback::noop(),
    };
    yew::Renderer::<Toolbar>::with_root_and_props(root.clone(), props).render();
    settle().await;

    assert!(!disabled(&button(&root, "Undo")));
    assert!(disabled(&button(&root, "Redo")), "nothing undone yet");
    assert!(!disabled(&button(&root, "Save")));
    assert!(
        disabled(&button(&root, "Copy link")),
        "a scene never saved has no link"
    );
    assert_eq!(
        texts(&root, "[role=alert]"),
        ["Someone else saved a newer version.Reload (drop my changes)Overwrite with mine"]
    );
    button(&root, "Overwrite with mine").click();
    button(&root, "Save").click();
    assert_eq!(*saves.borrow(), [SaveKind::Overwrite, SaveKind::Manual]);
}

/// The first button named `name`, by its text or its label.
fn find_button(root: &Element, name: &str) -> Option<HtmlElement> {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .map(|i| buttons.item(i).unwrap().dyn_into::<HtmlElement>().unwrap())
        .find(|b| {
            b.text_content().unwrap().trim() == name
                || b.get_attribute("aria-label").as_deref() == Some(name)
        })
}

fn button(root: &Element, name: &str) -> HtmlElement {
    find_button(root, name).unwrap_or_else(|| panic!("no button {name:?}"))
}

fn has_button(root: &Element, name: &str) -> bool {
    find_button(root, name).is_some()
}

/// The text field labelled exactly `label`, if there is one.
fn field(root: &Element, label: &str) -> Option<Element> {
    let labels = root.query_selector_all("label").unwrap();
    let label = (0..labels.length())
        .map(|i| labels.item(i).unwrap().dyn_into::<Element>().unwrap())
        .find(|l| l.text_content().unwrap() == label)?;
    root.query_selector(&format!("#{}", label.get_attribute("for")?))
        .unwrap()
}

fn value(field: &Element) -> String {
    js_sys::Reflect::get(field, &"value".into())
        .unwrap()
        .as_string()
        .unwrap()
}

/// Types `text` over what a field holds, as a keyboard would.
fn type_into(field: &Element, text: &str) {
    js_sys::Function::new_with_args(
        "field, text",
        "field.value = text; field.dispatchEvent(new Event('input', { bubbles: true }));",
    )
    .call2(&JsValue::NULL, field, &text.into())
    .unwrap();
}

fn disabled(button: &HtmlElement) -> bool {
    button.has_attribute("disabled")
}

/// Settles until `holds` is true of `root`, for at most a second.
async fn until(root: &Element, holds: impl Fn(&Element) -> bool) {
    for _ in 0..50 {
        if holds(root) {
            return;
        }
        settle().await;
    }
    panic!("never came true: {}", root.inner_html());
}

#[function_component(EditorScreen)]
fn editor_screen() -> Html {
    use pinpoint_app::pages::editor::EditorPage;
    html! {
        <BrowserRouter><SessionProvider><EditorPage id={None::<String>} /></SessionProvider></BrowserRouter>
    }
}

/// Answers the editor's API calls: the author is signed in and has no
/// other scenes; anything else fails as if offline.
const SIGNED_IN_FETCH: &str = r#"
    const json = (body) => new Response(JSON.stringify(body),
        { status: 200, headers: { 'Content-Type': 'application/json' } });
    const path = new URL(request.url).pathname;
    if (path === '/api/session') return Promise.resolve(json({ me: { id: 'u_editor', username: 'editor',
        email: 'editor@example.org', kind: 'individual', school: null, is_admin: false,
        date_of_birth: null, marketing_opt_in: false, avatar: null } }));
    if (path === '/api/scenes' && request.method === 'GET') return Promise.resolve(json([]));
    return Promise.reject(new TypeError('offline'));
"#;

/// The whole editor, opened on edits this browser kept: the restored
/// hotspot is a button on the picture; selecting it shows its fields;
/// typing, Undo, Redo and Delete hotspot do what their buttons say.
#[wasm_bindgen_test]
async fn the_editor_restores_kept_edits_and_undoes_and_redoes_typing() {
    use model::{SceneInput, Visibility};
    use pinpoint_app::editor::local_draft::{self, LocalDraft};

    let window = web_sys::window().unwrap();
    let real_fetch = js_sys::Reflect::get(&window, &"fetch".into()).unwrap();
    let fake: JsValue = js_sys::Function::new_with_args("request", SIGNED_IN_FETCH).into();
    js_sys::Reflect::set(&window, &"fetch".into(), &fake).unwrap();
    let kept = SceneInput {
        title: "Volcano".into(),
        description: String::new(),
        image: Some(SceneImage::flat("a1", 400, 200, "A volcano")),
        hotspots: vec![hotspot("h1", 0.5, 0.5, "Crater", "Hot.")],
        visibility: Visibility::Private,
        version: None,
    };
    local_draft::store(
        "u_editor",
        None,
        &LocalDraft {
            version: None,
            draft: kept,
        },
    );

    let root = fresh_root();
    let app = yew::Renderer::<EditorScreen>::with_root(root.clone()).render();
    until(&root, |r| has_button(r, "Crater")).await;
    assert!(root.text_content().unwrap().contains("Restored changes"));
    assert!(disabled(&button(&root, "Undo")), "a restore starts afresh");
    assert!(disabled(&button(&root, "Redo")));
    assert!(!disabled(&button(&root, "Save")));
    assert!(disabled(&button(&root, "Copy link")));
    assert!(
        field(&root, "Title").is_none() && !has_button(&root, "Delete hotspot"),
        "no hotspot is selected"
    );

    button(&root, "Crater").click();
    until(&root, |r| field(r, "Title").is_some()).await;
    assert_eq!(value(&field(&root, "Title").unwrap()), "Crater");
    assert_eq!(value(&field(&root, "Text").unwrap()), "Hot.");
    assert_eq!(value(&field(&root, "Link").unwrap()), "");
    assert!(has_button(&root, "Delete hotspot"));

    type_into(&field(&root, "Title").unwrap(), "Crater rim");
    until(&root, |r| has_button(r, "Crater rim")).await;
    assert!(!disabled(&button(&root, "Undo")));
    assert!(disabled(&button(&root, "Redo")));
    assert!(
        !root.text_content().unwrap().contains("Restored changes"),
        "an edit keeps the restored changes"
    );

    button(&root, "Undo").click();
    until(&root, |r| has_button(r, "Crater")).await;
    assert_eq!(value(&field(&root, "Title").unwrap()), "Crater");
    assert!(!disabled(&button(&root, "Redo")));
    button(&root, "Redo").click();
    until(&root, |r| has_button(r, "Crater rim")).await;

    button(&root, "Delete hotspot").click();
    until(&root, |r| !has_button(r, "Crater rim")).await;
    assert!(field(&root, "Title").is_none());
    assert!(!disabled(&button(&root, "Undo")));

    app.destroy();
    local_draft::clear("u_editor", None);
    js_sys::Reflect::set(&window, &"fetch".into(), &real_fetch).unwrap();
}

/// A Copy button where the clipboard refuses (here: no permission, as on
/// plain HTTP there is no clipboard at all): the text appears in a field,
/// focused and selected, and the status says what happened, never nothing.
#[wasm_bindgen_test]
async fn a_copy_button_that_cannot_copy_shows_the_text_selected_in_a_field() {
    use pinpoint_app::components::copy_button::{CopyButton, CopyButtonProps};

    let root = fresh_root();
    let link = "http://pinpoint.school.test/v/abc";
    let props = CopyButtonProps {
        text: link.into(),
        label: "Copy link".into(),
        what: "Link".into(),
        note: Some("Only you can open it.".into()),
        disabled: false,
        class: Classes::new(),
        small: true,
    };
    yew::Renderer::<CopyButton>::with_root_and_props(root.clone(), props).render();
    settle().await;
    // Make sure the clipboard refuses, whatever this browser allows.
    let refuse = js_sys::Function::new_no_args(
        "return Promise.reject(new DOMException('no clipboard here', 'NotAllowedError'));",
    );
    let clipboard = web_sys::window().unwrap().navigator().clipboard();
    js_sys::Reflect::set(&clipboard, &"writeText".into(), &refuse).unwrap();

    button(&root, "Copy link").click();
    until(&root, |root| field(root, "Link").is_some()).await;
    let shown = field(&root, "Link")
        .unwrap()
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap();
    assert_eq!(shown.value(), link);
    let document = web_sys::window().unwrap().document().unwrap();
    assert!(document
        .active_element()
        .is_some_and(|e| e.is_same_node(Some(&shown))));
    assert_eq!(
        (
            shown.selection_start().unwrap(),
            shown.selection_end().unwrap()
        ),
        (Some(0), Some(link.len() as u32))
    );
    let status = texts(&root, "[role=status]").join("");
    assert!(
        status == "Link copied. Only you can open it."
            || status.starts_with("Copy it from the field"),
        "{status}"
    );
}

#[wasm_bindgen_test]
fn who_can_open_a_private_scene_names_everyone_the_policy_lets_in_and_no_one_else() {
    pinpoint_app::text::start_in_english();
    let private = |owner| who_can_open(Visibility::Private, owner);
    assert_eq!(private(Owner::Alone), "Only you.");
    assert!(!private(Owner::Staff).contains("teachers"));
    let shut = private(Owner::Student {
        peers_see_work: false,
    });
    let open = private(Owner::Student {
        peers_see_work: true,
    });
    for sentence in [&shut, &open] {
        assert!(sentence.contains("your teachers") && sentence.contains("admins"));
    }
    assert!(!shut.contains("students"));
    assert!(open.contains("other students of your school"));
}

#[wasm_bindgen_test]
fn who_can_open_unlisted_and_public_scenes_is_the_same_for_every_owner() {
    pinpoint_app::text::start_in_english();
    let owners = [
        Owner::Alone,
        Owner::Staff,
        Owner::Student {
            peers_see_work: false,
        },
        Owner::Student {
            peers_see_work: true,
        },
    ];
    for visibility in [Visibility::Unlisted, Visibility::Public] {
        let sentences: Vec<_> = owners
            .iter()
            .map(|&o| who_can_open(visibility, o))
            .collect();
        assert!(sentences.iter().all(|s| *s == sentences[0]));
    }
    assert!(who_can_open(Visibility::Unlisted, Owner::Alone).contains("with the link"));
    assert!(who_can_open(Visibility::Public, Owner::Alone).contains("Explore"));
}
