//! `/explore`: public scenes, newest first, a page at a time. Unlisted and
//! private scenes never appear here (the server lists public ones only).

use crate::api;
use crate::components::scene_card::SceneCard;
use crate::text::t;
use model::ExplorePage as Page;
use yew::prelude::*;

#[function_component(ExplorePage)]
pub fn explore_page() -> Html {
    let scenes = use_state(Vec::new);
    let next_page = use_state(|| Some(1u32));
    let loading = use_state(|| false);
    let error = use_state(|| None::<String>);

    let load_more = {
        let (scenes, next_page, loading, error) = (
            scenes.clone(),
            next_page.clone(),
            loading.clone(),
            error.clone(),
        );
        Callback::from(move |_: ()| {
            let Some(page) = *next_page else { return };
            if *loading {
                return;
            }
            loading.set(true);
            let (scenes, next_page, loading, error) = (
                scenes.clone(),
                next_page.clone(),
                loading.clone(),
                error.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match api::scenes::explore(page).await {
                    Ok(Page {
                        scenes: more,
                        has_more,
                        ..
                    }) => {
                        let mut all = (*scenes).clone();
                        all.extend(more);
                        scenes.set(all);
                        next_page.set(has_more.then_some(page + 1));
                        error.set(None);
                    }
                    Err(e) => error.set(Some(e.message())),
                }
                loading.set(false);
            });
        })
    };
    {
        let load_more = load_more.clone();
        use_effect_with((), move |_| load_more.emit(()));
    }
    html! {
        <section>
            <h1>{ t("explore-title") }</h1>
            <p class="lead">{ t("explore-lead") }</p>
            if scenes.is_empty() && !*loading && error.is_none() {
                <p class="empty">{ t("explore-empty") }</p>
            }
            <ul class="scene-grid">
                { for scenes.iter().map(|s| html! { <SceneCard key={s.id.clone()} scene={s.clone()} /> }) }
            </ul>
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message.clone() }</p>
            }
            if *loading {
                <p aria-live="polite">{ t("explore-loading") }</p>
            } else if next_page.is_some() && !scenes.is_empty() {
                <button type="button" class="button" onclick={load_more.reform(|_| ())}>{ t("explore-more") }</button>
            }
        </section>
    }
}
