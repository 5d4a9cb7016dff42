//! A scene's anonymous statistics for its owner, their teachers and school
//! admins: views and visitors per day as a chart (SVG drawn here), hotspots
//! by opens, clicks, plays and time spent. For a student's scene the server
//! sends counts under 5 as unknown, and they read "fewer than 5" here.

use crate::api;
use crate::chart::{self, Plot};
use crate::components::file_input::chosen_option;
use crate::text::{date, number, t, t_with, Arg, DateStyle};
use model::stats::{TimeBucket, STATS_DAYS_DEFAULT};
use model::SceneStats;
use yew::prelude::*;

/// The periods offered, in days, with the key of each one's name.
const PERIODS: [(u32, &str); 4] = [
    (7, "stats-period-7"),
    (STATS_DAYS_DEFAULT, "stats-period-30"),
    (90, "stats-period-90"),
    (365, "stats-period-365"),
];

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 220.0;
const PLOT: Plot = Plot {
    left: 44.0,
    top: 12.0,
    width: WIDTH - 44.0 - 8.0,
    height: HEIGHT - 12.0 - 30.0,
};

#[derive(Properties, PartialEq)]
pub struct StatsPanelProps {
    pub scene_id: AttrValue,
}

/// A hotspot without a title, as the statistics name it ("Hotspot 4").
fn numbered_hotspot(index: usize) -> String {
    t_with(
        "stats-hotspot-number",
        &[("number", Arg::Number((index + 1) as f64))],
    )
}

/// Each hotspot's id and the title it shows.
fn hotspot_names(scene: &model::Scene) -> Vec<(String, String)> {
    scene
        .hotspots
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let title = if h.title.trim().is_empty() {
                numbered_hotspot(i)
            } else {
                h.title.clone()
            };
            (h.id.clone(), title)
        })
        .collect()
}

/// A sum that stays honest when some parts are only "fewer than 5".
#[derive(Clone, Copy)]
enum Total {
    Exact(u64),
    /// Some days were "fewer than 5": at least this many.
    AtLeast(u64),
    /// Every day that had any was "fewer than 5".
    Fewer,
}

fn total(counts: impl Iterator<Item = Option<u64>>) -> Total {
    let (mut sum, mut hidden) = (0, false);
    for count in counts {
        match count {
            Some(n) => sum += n,
            None => hidden = true,
        }
    }
    match (sum, hidden) {
        (0, true) => Total::Fewer,
        (n, true) => Total::AtLeast(n),
        (n, false) => Total::Exact(n),
    }
}

/// A total alone, as in the totals' list: "15", "6 or more".
fn total_text(total: Total) -> String {
    match total {
        Total::Exact(n) => number(n as f64),
        Total::AtLeast(n) => t_with("stats-or-more", &[("count", Arg::Number(n as f64))]),
        Total::Fewer => chart::count_text(None),
    }
}

/// A total with what it counts ("15 views", "fewer than 5 visitors"):
/// `what` is `views` or `visitors`, the messages' middle word.
fn total_phrase(total: Total, what: &str) -> String {
    let (form, count) = match total {
        Total::Exact(n) => ("count", n),
        Total::AtLeast(n) => ("or-more", n),
        Total::Fewer => ("fewer", chart::HIDDEN_BELOW),
    };
    t_with(
        &format!("stats-{what}-{form}"),
        &[("count", Arg::Number(count as f64))],
    )
}

/// The key of what the statistics call a time bucket.
fn time_bucket_key(bucket: TimeBucket) -> &'static str {
    match bucket {
        TimeBucket::Under10s => "stats-time-under-10s",
        TimeBucket::From10sTo30s => "stats-time-10s-30s",
        TimeBucket::From30sTo1m => "stats-time-30s-1m",
        TimeBucket::From1mTo3m => "stats-time-1m-3m",
        TimeBucket::From3mTo10m => "stats-time-3m-10m",
        TimeBucket::Over10m => "stats-time-over-10m",
    }
}

#[function_component(StatsPanel)]
pub fn stats_panel(props: &StatsPanelProps) -> Html {
    let days = use_state(|| STATS_DAYS_DEFAULT);
    let stats = use_state(|| None::<Result<SceneStats, String>>);
    // The saved scene's hotspot titles, to name them in the table.
    let names = use_state(Vec::new);
    // Which request is the newest: a slow answer for an earlier period must
    // not replace the one asked for last.
    let asked = use_mut_ref(|| 0u32);
    {
        let (stats, asked) = (stats.clone(), asked.clone());
        use_effect_with((props.scene_id.clone(), *days), move |(id, days)| {
            let (id, days) = (id.to_string(), *days);
            let ticket = {
                let mut asked = asked.borrow_mut();
                *asked += 1;
                *asked
            };
            stats.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                let answer = api::stats::for_scene(&id, days).await;
                if *asked.borrow() == ticket {
                    stats.set(Some(answer.map_err(|e| e.message())));
                }
            });
        });
    }
    {
        let names = names.clone();
        use_effect_with(props.scene_id.clone(), move |id| {
            let id = id.to_string();
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(scene) = api::scenes::get(&id).await {
                    names.set(hotspot_names(&scene));
                }
            });
        });
    }
    let onperiod = {
        let days = days.clone();
        Callback::from(move |e: Event| {
            if let Some(Ok(n)) = chosen_option(&e).map(|v| v.parse()) {
                days.set(n);
            }
        })
    };
    // Several panels may be open on a class's list: one id each.
    let select_id = format!("stats-period-{}", props.scene_id);
    let period = html! {
        <label class="field inline-field" for={select_id.clone()}>
            <span>{ t("stats-period") }</span>
            <select id={select_id} onchange={onperiod}>
                { for PERIODS.iter().map(|(n, label)| html! {
                    <option value={n.to_string()} selected={*n == *days}>{ t(label) }</option>
                }) }
            </select>
        </label>
    };
    let body = match &*stats {
        None => html! { <p aria-busy="true">{ t("stats-loading") }</p> },
        Some(Err(message)) => html! { <p class="error" role="alert">{ message.clone() }</p> },
        Some(Ok(stats)) => html! { <StatsView stats={stats.clone()} names={(*names).clone()} /> },
    };
    html! {
        <div class="stats-panel">
            { period }
            { body }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct StatsViewProps {
    pub stats: SceneStats,
    /// Hotspot ids and the titles they show.
    pub names: Vec<(String, String)>,
}

/// The numbers themselves: totals, the chart, the tables.
#[function_component(StatsView)]
pub fn stats_view(props: &StatsViewProps) -> Html {
    let (stats, names) = (&props.stats, &props.names);
    let views: Vec<Option<u64>> = stats.days.iter().map(|d| d.views).collect();
    let visitors: Vec<Option<u64>> = stats.days.iter().map(|d| d.visitors).collect();
    let top = chart::axis_max(chart::largest(&[&views, &visitors]));
    let bars = chart::bars(&views, top, &PLOT);
    let line = chart::line(&visitors, top, &PLOT);
    let total_views = total(views.iter().copied());
    let total_visitors = total(visitors.iter().copied());
    let summary = t_with(
        "stats-chart-summary",
        &[
            ("days", Arg::Number(stats.days.len() as f64)),
            ("views", Arg::Text(&total_phrase(total_views, "views"))),
            (
                "visitors",
                Arg::Text(&total_phrase(total_visitors, "visitors")),
            ),
        ],
    );
    let slot = PLOT.width / stats.days.len().max(1) as f64;
    let mut hotspots: Vec<(String, Option<u64>)> = stats
        .hotspots
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let name = names
                .iter()
                .find(|(id, _)| *id == h.id)
                .map(|(_, title)| title.clone())
                .filter(|t| !t.is_empty())
                .unwrap_or_else(|| numbered_hotspot(i));
            (name, h.opens)
        })
        .collect();
    // Most opened first; "fewer than 5" sorts as 4.
    hotspots.sort_by_key(|(_, opens)| std::cmp::Reverse(opens.unwrap_or(4)));
    html! {
        <>
            <dl class="stats-totals">
                <div><dt>{ t("stats-views") }</dt><dd>{ total_text(total_views) }</dd></div>
                <div><dt>{ t("stats-visitors") }</dt><dd>{ total_text(total_visitors) }</dd></div>
                <div><dt>{ t("stats-link-clicks") }</dt><dd>{ chart::count_text(stats.link_clicks) }</dd></div>
                <div><dt>{ t("stats-media-plays") }</dt><dd>{ chart::count_text(stats.media_plays) }</dd></div>
            </dl>
            <p class="hint">{ t("stats-visitors-hint") }</p>
            if stats.small_counts_hidden {
                <p class="hint">{ t_with("stats-small-counts-hint", &[("count", Arg::Number(chart::HIDDEN_BELOW as f64))]) }</p>
            }
            <figure class="stats-chart">
                <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-label={summary}>
                    { for chart::ticks(top).into_iter().map(|tick| {
                        let y = PLOT.bottom() - tick as f64 / top as f64 * PLOT.height;
                        html! {
                            <g class="tick">
                                <line x1={PLOT.left.to_string()} x2={(PLOT.left + PLOT.width).to_string()}
                                    y1={format!("{y:.1}")} y2={format!("{y:.1}")} />
                                <text x={(PLOT.left - 6.0).to_string()} y={format!("{:.1}", y + 4.0)} text-anchor="end">{ chart::tick_text(tick) }</text>
                            </g>
                        }
                    }) }
                    { for bars.iter().zip(&stats.days).map(|(bar, day)| html! {
                        <rect class={classes!("bar", bar.approximate.then_some("approximate"))}
                            x={format!("{:.1}", bar.x)} y={format!("{:.1}", bar.y)}
                            width={format!("{:.1}", bar.width)} height={format!("{:.1}", bar.height)}>
                            <title>{ t_with("stats-bar-title", &[
                                ("date", Arg::Text(&date(&day.date, DateStyle::Day))),
                                ("views", Arg::Text(&total_phrase(day.views.map_or(Total::Fewer, Total::Exact), "views"))),
                            ]) }</title>
                        </rect>
                    }) }
                    <polyline class="visitors-line" points={line} />
                    { for chart::labelled(stats.days.len(), 7).into_iter().map(|i| {
                        let x = PLOT.left + (i as f64 + 0.5) * slot;
                        html! {
                            <text class="date" x={format!("{x:.1}")} y={(HEIGHT - 10.0).to_string()} text-anchor="middle">
                                { chart::axis_date(&stats.days[i].date) }
                            </text>
                        }
                    }) }
                </svg>
                <figcaption>
                    <span class="key views">{ t("stats-views") }</span>
                    <span class="key visitors">{ t("stats-visitors") }</span>
                </figcaption>
            </figure>
            <details class="stats-days">
                <summary>{ t("stats-by-day") }</summary>
                <table>
                    <thead><tr><th scope="col">{ t("stats-date") }</th><th scope="col">{ t("stats-views") }</th><th scope="col">{ t("stats-visitors") }</th></tr></thead>
                    <tbody>
                        { for stats.days.iter().rev().map(|d| html! {
                            <tr><td>{ date(&d.date, DateStyle::Day) }</td><td>{ chart::count_text(d.views) }</td><td>{ chart::count_text(d.visitors) }</td></tr>
                        }) }
                    </tbody>
                </table>
            </details>
            <h3>{ t("stats-hotspots") }</h3>
            if hotspots.is_empty() {
                <p class="hint">{ t("stats-no-hotspots") }</p>
            } else {
                <table class="stats-hotspots">
                    <thead><tr><th scope="col">{ t("stats-hotspot") }</th><th scope="col">{ t("stats-opens") }</th></tr></thead>
                    <tbody>
                        { for hotspots.into_iter().map(|(name, opens)| html! {
                            <tr><td>{ name }</td><td>{ chart::count_text(opens) }</td></tr>
                        }) }
                    </tbody>
                </table>
            }
            <h3>{ t("stats-time") }</h3>
            <table class="stats-time">
                <tbody>
                    { for stats.time_buckets.iter().map(|b| html! {
                        <tr><th scope="row">{ t(time_bucket_key(b.bucket)) }</th><td>{ chart::count_text(b.count) }</td></tr>
                    }) }
                </tbody>
            </table>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct StatsDisclosureProps {
    pub scene_id: AttrValue,
    /// Names the scene for screen readers when several are listed.
    #[prop_or_default]
    pub scene_title: Option<AttrValue>,
}

/// A "Statistics" button that opens the panel: its numbers are fetched
/// only when someone asks for them.
#[function_component(StatsDisclosure)]
pub fn stats_disclosure(props: &StatsDisclosureProps) -> Html {
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <div class="stats-disclosure">
            <button type="button" class="button small" aria-expanded={open.to_string()} onclick={toggle}>
                { t(if *open { "stats-hide" } else { "stats-show" }) }
                if let Some(title) = &props.scene_title {
                    <span class="visually-hidden">{ " " }{ t_with("stats-of", &[("title", Arg::Text(title))]) }</span>
                }
            </button>
            if *open {
                <StatsPanel scene_id={props.scene_id.clone()} />
            }
        </div>
    }
}
