//! A scene's feedback: the conversation between a student and their
//! teachers, and (for teachers) a form to add to it and mark it reviewed.

use crate::api;
use crate::components::text_field::TextField;
use model::Feedback;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FeedbackPanelProps {
    pub scene_id: AttrValue,
    /// A teacher of the student (or an admin): may write and mark reviewed.
    #[prop_or_default]
    pub can_write: bool,
    /// Called after the scene was marked reviewed.
    #[prop_or_default]
    pub onreviewed: Callback<()>,
}

#[function_component(FeedbackPanel)]
pub fn feedback_panel(props: &FeedbackPanelProps) -> Html {
    let items = use_state(|| None::<Vec<Feedback>>);
    let draft = use_state(String::new);
    let error = use_state(|| None::<String>);
    let busy = use_state(|| false);
    {
        let items = items.clone();
        use_effect_with(props.scene_id.clone(), move |id| {
            let id = id.to_string();
            wasm_bindgen_futures::spawn_local(async move {
                // Nothing to show is not an error for a student without feedback.
                items.set(Some(api::classes::feedback(&id).await.unwrap_or_default()));
            });
        });
    }
    let send = {
        let (items, draft, error, busy, id) = (
            items.clone(),
            draft.clone(),
            error.clone(),
            busy.clone(),
            props.scene_id.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let body = (*draft).trim().to_string();
            if body.is_empty() || *busy {
                return;
            }
            busy.set(true);
            let (items, draft, error, busy, id) = (
                items.clone(),
                draft.clone(),
                error.clone(),
                busy.clone(),
                id.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match api::classes::send_feedback(&id, &body).await {
                    Ok(item) => {
                        let mut all = (*items).clone().unwrap_or_default();
                        all.push(item);
                        items.set(Some(all));
                        draft.set(String::new());
                        error.set(None);
                    }
                    Err(e) => error.set(Some(e.message())),
                }
                busy.set(false);
            });
        })
    };
    let mark = {
        let (id, error, onreviewed) = (
            props.scene_id.clone(),
            error.clone(),
            props.onreviewed.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (id, error, onreviewed) = (id.clone(), error.clone(), onreviewed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::classes::mark_reviewed(&id).await {
                    Ok(()) => onreviewed.emit(()),
                    Err(e) => error.set(Some(e.message())),
                }
            });
        })
    };
    let list = match &*items {
        None => html! { <p class="hint">{ "Loading feedback…" }</p> },
        Some(list) if list.is_empty() => html! { <p class="hint">{ "No feedback yet." }</p> },
        Some(list) => html! {
            <ul class="feedback-list">
                { for list.iter().map(|f| html! {
                    <li key={f.id.clone()}>
                        <p class="feedback-meta"><strong>{ f.author.username.clone() }</strong>{ " · " }{ f.created_at.get(..10).unwrap_or("") }</p>
                        <p class="feedback-body">{ f.body.clone() }</p>
                    </li>
                }) }
            </ul>
        },
    };
    let field_id = format!("feedback-{}", props.scene_id);
    html! {
        <section class="feedback" aria-label="Feedback">
            <h3>{ "Feedback" }</h3>
            { list }
            if props.can_write {
                <form onsubmit={send}>
                    <TextField id={field_id} label="Your feedback" multiline=true rows={3} value={(*draft).clone()}
                        oninput={Callback::from({ let d = draft.clone(); move |v| d.set(v) })} />
                    <p class="dialog-actions">
                        <button type="submit" class="button primary" disabled={*busy}>{ "Send feedback" }</button>
                        <button type="button" class="button" onclick={mark}>{ "Mark reviewed" }</button>
                    </p>
                </form>
            }
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message.clone() }</p>
            }
        </section>
    }
}
