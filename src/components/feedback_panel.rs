//! A scene's feedback: the conversation between a student and their
//! teachers, and (for teachers) a form to add to it and mark it reviewed.

use crate::api;
use crate::components::focus::{focus_in, focus_is_lost};
use crate::components::text_field::TextField;
use crate::text::{date, t, DateStyle};
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
    /// Already reviewed: no need to offer marking it so.
    #[prop_or_default]
    pub reviewed: bool,
    /// Shown to the student it is written to: reading it here makes it no
    /// longer new on My scenes.
    #[prop_or_default]
    pub addressee: bool,
}

#[function_component(FeedbackPanel)]
pub fn feedback_panel(props: &FeedbackPanelProps) -> Html {
    let items = use_state(|| None::<Vec<Feedback>>);
    let draft = use_state(String::new);
    let error = use_state(|| None::<String>);
    let busy = use_state(|| false);
    // The key of what was last done, said in the status line.
    let sent = use_state(|| None::<&'static str>);
    // Marked reviewed, the button that did it goes: the focus goes to
    // the one beside it.
    let section = use_node_ref();
    {
        let section = section.clone();
        use_effect_with(props.reviewed, move |reviewed| {
            if *reviewed && focus_is_lost() {
                focus_in(&section, "button[type=submit]");
            }
        });
    }
    {
        let (items, addressee) = (items.clone(), props.addressee);
        use_effect_with(props.scene_id.clone(), move |id| {
            let id = id.to_string();
            wasm_bindgen_futures::spawn_local(async move {
                // Nothing to show is not an error for a student without feedback.
                let list = api::classes::feedback(&id).await.unwrap_or_default();
                if let Some(newest) = list.last().filter(|_| addressee) {
                    // Seen up to what is shown; a failure only leaves it
                    // marked new a while longer.
                    let _ = api::classes::mark_feedback_read(&id, &newest.id).await;
                }
                items.set(Some(list));
            });
        });
    }
    // Sends what is written (if anything), then marks the scene reviewed
    // if asked. The buttons keep the focus meanwhile: they are never
    // `disabled`, only busy.
    let send = {
        let (items, draft, error, busy, sent, id, onreviewed) = (
            items.clone(),
            draft.clone(),
            error.clone(),
            busy.clone(),
            sent.clone(),
            props.scene_id.clone(),
            props.onreviewed.clone(),
        );
        move |mark: bool| {
            let body = (*draft).trim().to_string();
            if (body.is_empty() && !mark) || *busy {
                return;
            }
            busy.set(true);
            let (items, draft, error, busy, sent, id, onreviewed) = (
                items.clone(),
                draft.clone(),
                error.clone(),
                busy.clone(),
                sent.clone(),
                id.clone(),
                onreviewed.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let mut done = Ok(());
                if !body.is_empty() {
                    done = api::classes::send_feedback(&id, &body).await.map(|item| {
                        let mut all = (*items).clone().unwrap_or_default();
                        all.push(item);
                        items.set(Some(all));
                        draft.set(String::new());
                    });
                }
                if done.is_ok() && mark {
                    done = api::classes::mark_reviewed(&id).await;
                }
                match done {
                    Ok(()) => {
                        error.set(None);
                        sent.set(Some(match (body.is_empty(), mark) {
                            (false, true) => "feedback-sent-and-reviewed",
                            (false, false) => "feedback-sent",
                            _ => "feedback-marked-reviewed",
                        }));
                        if mark {
                            onreviewed.emit(());
                        }
                    }
                    Err(e) => error.set(Some(e.message())),
                }
                busy.set(false);
            });
        }
    };
    let onsubmit = {
        let send = send.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            send(false);
        })
    };
    let send_and_mark = {
        let send = send.clone();
        Callback::from(move |_: MouseEvent| send(true))
    };
    let list = match &*items {
        None => html! { <p class="hint">{ t("feedback-loading") }</p> },
        Some(list) if list.is_empty() => html! { <p class="hint">{ t("feedback-none") }</p> },
        Some(list) => html! {
            <ul class="feedback-list">
                { for list.iter().map(|f| html! {
                    <li key={f.id.clone()}>
                        <p class="feedback-meta"><strong>{ f.author.username.clone() }</strong>{ " · " }{ date(&f.created_at, DateStyle::Day) }</p>
                        <p class="feedback-body">{ f.body.clone() }</p>
                    </li>
                }) }
            </ul>
        },
    };
    let field_id = format!("feedback-{}", props.scene_id);
    html! {
        <section class="feedback" aria-label={t("feedback-title")} ref={section}>
            <h3>{ t("feedback-title") }</h3>
            { list }
            if props.can_write {
                <form {onsubmit}>
                    <TextField id={field_id} label={t("feedback-yours")} multiline=true rows={3} value={(*draft).clone()}
                        oninput={Callback::from({ let d = draft.clone(); move |v| d.set(v) })} />
                    <p class="dialog-actions">
                        <button type="submit" class="button primary" aria-disabled={busy.to_string()}>{ t("feedback-send") }</button>
                        if !props.reviewed {
                            <button type="button" class="button" aria-disabled={busy.to_string()} onclick={send_and_mark}>
                                { t(if draft.trim().is_empty() { "feedback-mark-reviewed" } else { "feedback-send-and-mark" }) }</button>
                        }
                    </p>
                </form>
            }
            <p class="status ok" role="status">{ sent.map(t).unwrap_or_default() }</p>
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message.clone() }</p>
            }
        </section>
    }
}
