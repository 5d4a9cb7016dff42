//! The `Visibility` radio group, each choice with a line on who can see it.

use model::visibility::Owner;
use model::Visibility;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VisibilityPickerProps {
    pub value: Visibility,
    pub onchange: Callback<Visibility>,
    /// The choices this user may make (students may not always publish).
    #[prop_or(Visibility::ALL.to_vec())]
    pub allowed: Vec<Visibility>,
    /// Whose scene it is, which decides who can open a private one.
    pub owner: Owner,
}

#[function_component(VisibilityPicker)]
pub fn visibility_picker(props: &VisibilityPickerProps) -> Html {
    html! {
        <fieldset class="visibility" role="radiogroup" aria-labelledby="visibility-legend">
            <legend id="visibility-legend">{ "Visibility" }</legend>
            { for props.allowed.iter().map(|&choice| {
                let onchange = props.onchange.reform(move |_: Event| choice);
                let id = format!("visibility-{}", choice.as_str());
                let hint = format!("{id}-hint");
                html! {
                    <div class="choice">
                        <input type="radio" name="visibility" id={id.clone()} value={choice.as_str()}
                            checked={props.value == choice} {onchange} aria-describedby={hint.clone()} />
                        <label for={id}>{ choice.label() }</label>
                        <p class="hint" id={hint}>{ choice.who_can_open(props.owner) }</p>
                    </div>
                }
            }) }
        </fieldset>
    }
}
