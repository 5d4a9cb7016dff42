//! A labelled text input or text area with its error shown beside it.

pub use crate::field_problem::FieldProblem;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The message of `error` if it is about `field` (what the field shows
/// beside it).
pub fn error_of(error: Option<&FieldProblem>, field: &str) -> Option<String> {
    error
        .filter(|e| e.field == field)
        .map(|e| e.message.clone())
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    #[prop_or("text".into())]
    pub kind: AttrValue,
    #[prop_or_default]
    pub multiline: bool,
    /// Visible lines of a multiline field.
    #[prop_or(4)]
    pub rows: u32,
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    #[prop_or_default]
    pub required: bool,
}

#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let oninput = {
        let cb = props.oninput.clone();
        Callback::from(move |e: InputEvent| {
            let Some(target) = e.target() else { return };
            if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
                cb.emit(input.value());
            } else if let Some(area) = target.dyn_ref::<HtmlTextAreaElement>() {
                cb.emit(area.value());
            }
        })
    };
    let error_id = format!("{}-error", props.id);
    let hint_id = format!("{}-hint", props.id);
    let described = match (&props.error, &props.hint) {
        (Some(_), _) => Some(error_id.clone()),
        (None, Some(_)) => Some(hint_id.clone()),
        (None, None) => None,
    };
    let invalid = props.error.as_ref().map(|_| "true");
    let control = if props.multiline {
        html! {
            <textarea id={props.id.clone()} value={props.value.clone()} {oninput}
                rows={props.rows.to_string()} aria-invalid={invalid} aria-describedby={described.clone()} />
        }
    } else {
        html! {
            <input id={props.id.clone()} type={props.kind.clone()} value={props.value.clone()} {oninput}
                autocomplete={props.autocomplete.clone()} required={props.required}
                aria-invalid={invalid} aria-describedby={described} />
        }
    };
    html! {
        <div class={classes!("field", props.error.as_ref().map(|_| "has-error"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            { control }
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint.clone() }</p>
            }
            if let Some(error) = &props.error {
                <p class="error" id={error_id} role="alert">{ error.clone() }</p>
            }
        </div>
    }
}
