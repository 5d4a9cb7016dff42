//! A button that copies a link (or a code) for the user to paste elsewhere.
//!
//! The clipboard API exists only in secure contexts: a school server on
//! plain HTTP under its own hostname has none. There, and whenever copying
//! fails, the text appears in a field, selected, with a word on how to copy
//! it by hand: the button never does nothing.

use crate::text::{t, t_with, Arg};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlDocument, HtmlInputElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    /// What is copied.
    pub text: AttrValue,
    /// The button's label, e.g. "Copy link".
    pub label: AttrValue,
    /// What the text is, for the field that shows it: "Link", say.
    pub what: AttrValue,
    /// Said after "copied", e.g. who will be able to open the link.
    #[prop_or_default]
    pub note: Option<AttrValue>,
    #[prop_or_default]
    pub disabled: bool,
    #[prop_or_default]
    pub class: Classes,
    /// A small button, as beside a code; a toolbar's are full size.
    #[prop_or(true)]
    pub small: bool,
}

#[function_component(CopyButton)]
pub fn copy_button(props: &CopyButtonProps) -> Html {
    let copied = use_state(|| false);
    // The field showing the text, for copying by hand: counts the presses
    // that needed it, so each one selects the text again.
    let by_hand = use_state(|| 0u32);
    // Its id: unique on the page, which may hold several such buttons.
    let field_id = use_memo((), |_| {
        thread_local!(static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
        NEXT.with(|next| {
            next.set(next.get() + 1);
            format!("copy-field-{}", next.get())
        })
    });
    let field = use_node_ref();
    // A new text (a new code, say) was not copied yet.
    {
        let (copied, by_hand) = (copied.clone(), by_hand.clone());
        use_effect_with(props.text.clone(), move |_| {
            copied.set(false);
            by_hand.set(0);
        });
    }
    // The field, once shown, gets the focus with its text selected; the
    // browser's older copy command may still work from there.
    {
        let (field, copied) = (field.clone(), copied.clone());
        use_effect_with(*by_hand, move |presses| {
            if let Some(input) = field.cast::<HtmlInputElement>().filter(|_| *presses > 0) {
                let _ = input.focus();
                input.select();
                copied.set(exec_copy());
            }
        });
    }
    let onclick = {
        let (text, copied, by_hand) = (props.text.clone(), copied.clone(), by_hand.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(window) = web_sys::window() else {
                return;
            };
            if !window.is_secure_context() {
                by_hand.set(*by_hand + 1);
                return;
            }
            let written = window.navigator().clipboard().write_text(&text);
            let (copied, by_hand) = (copied.clone(), by_hand.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match JsFuture::from(written).await {
                    Ok(_) => copied.set(true),
                    Err(_) => by_hand.set(*by_hand + 1),
                }
            });
        })
    };
    let status = if *copied {
        let what = ("what", Arg::Text(&props.what));
        match &props.note {
            Some(note) => t_with("editor-copied-note", &[what, ("note", Arg::Text(note))]),
            None => t_with("editor-copied", &[what]),
        }
    } else if *by_hand > 0 {
        t("editor-copy-by-hand")
    } else {
        String::new()
    };
    html! {
        <span class={classes!("copy", props.class.clone())}>
            <button type="button" class={classes!("button", props.small.then_some("small"))} {onclick} disabled={props.disabled}>
                { props.label.clone() }</button>
            if *by_hand > 0 {
                <label class="visually-hidden" for={(*field_id).clone()}>{ props.what.clone() }</label>
                <input id={(*field_id).clone()} class="copy-field" type="text" readonly=true value={props.text.clone()} ref={field} />
            }
            <span class={classes!("status", copied.then_some("ok"))} role="status">{ status }</span>
        </span>
    }
}

/// The copy command of older browsers, which works without a secure
/// context on the selected text of a field.
fn exec_copy() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<HtmlDocument>().ok())
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false)
}
