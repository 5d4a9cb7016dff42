//! The `Visibility` radio group, each choice with a line on who can see it.

use crate::text::{t, visibility_label};
use model::visibility::Owner;
use model::Visibility;
use yew::prelude::*;

/// One sentence saying who can open a scene of `owner` with `visibility`,
/// as the server's policy decides it (`Visibility::who_can_open`), in the
/// page's language.
pub fn who_can_open(visibility: Visibility, owner: Owner) -> String {
    t(match (visibility, owner) {
        (Visibility::Private, Owner::Alone) => "editor-who-private-alone",
        (Visibility::Private, Owner::Staff) => "editor-who-private-staff",
        (
            Visibility::Private,
            Owner::Student {
                peers_see_work: false,
            },
        ) => "editor-who-private-student",
        (
            Visibility::Private,
            Owner::Student {
                peers_see_work: true,
            },
        ) => "editor-who-private-student-peers",
        (Visibility::Unlisted, _) => "editor-who-unlisted",
        (Visibility::Public, _) => "editor-who-public",
    })
}

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
            <legend id="visibility-legend">{ t("editor-visibility") }</legend>
            { for props.allowed.iter().map(|&choice| {
                let onchange = props.onchange.reform(move |_: Event| choice);
                let id = format!("visibility-{}", choice.as_str());
                let hint = format!("{id}-hint");
                html! {
                    <div class="choice">
                        <input type="radio" name="visibility" id={id.clone()} value={choice.as_str()}
                            checked={props.value == choice} {onchange} aria-describedby={hint.clone()} />
                        <label for={id}>{ visibility_label(choice) }</label>
                        <p class="hint" id={hint}>{ who_can_open(choice, props.owner) }</p>
                    </div>
                }
            }) }
        </fieldset>
    }
}
