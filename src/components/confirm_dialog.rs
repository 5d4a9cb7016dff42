//! A modal question before something that cannot be undone ("Delete this
//! scene?"). A native modal `dialog`: it keeps the focus inside, Escape
//! cancels, and the safe answer has the focus first.

use crate::components::modal::{on_cancel, use_modal};
use crate::text::t;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfirmDialogProps {
    /// The question, the dialog's name.
    pub title: AttrValue,
    /// What will happen, in a sentence or two.
    pub text: AttrValue,
    /// The button that does it: "Delete scene".
    pub confirm: AttrValue,
    pub onconfirm: Callback<()>,
    /// Cancel, Escape, or the dialog closed any other way.
    pub oncancel: Callback<()>,
    /// Doing it: the buttons wait.
    #[prop_or_default]
    pub busy: bool,
    /// Why doing it failed.
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

#[function_component(ConfirmDialog)]
pub fn confirm_dialog(props: &ConfirmDialogProps) -> Html {
    let dialog = use_node_ref();
    use_modal(&dialog);
    let oncancel = on_cancel(&props.oncancel);
    html! {
        <dialog class="confirm-dialog" ref={dialog} aria-labelledby="confirm-title" aria-describedby="confirm-text" {oncancel}>
            <div class="popup-body">
                <h2 id="confirm-title">{ props.title.clone() }</h2>
                <p id="confirm-text">{ props.text.clone() }</p>
                if let Some(error) = &props.error {
                    <p class="error" role="alert">{ error.clone() }</p>
                }
                <p class="dialog-actions">
                    <button type="button" class="button" autofocus=true onclick={props.oncancel.reform(|_| ())}>{ t("confirm-cancel") }</button>
                    <button type="button" class="button danger" aria-disabled={props.busy.to_string()}
                        onclick={let (busy, go) = (props.busy, props.onconfirm.clone()); Callback::from(move |_| if !busy { go.emit(()) })}>
                        { props.confirm.clone() }</button>
                </p>
            </div>
        </dialog>
    }
}
