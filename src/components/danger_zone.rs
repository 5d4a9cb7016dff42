//! Something that cannot be undone (deleting an account, a school): what
//! it does explained first, then a button that opens the form confirming
//! it. Opening puts the focus in the form, closing back on the button
//! that opened it: neither is left on a control that went away.

use crate::components::focus::focus_in;
use crate::text::t;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DangerZoneProps {
    /// Names the heading (`{id}-heading`).
    pub id: AttrValue,
    pub heading: AttrValue,
    /// What goes, and what stays.
    pub explanation: AttrValue,
    /// The button that opens the form.
    pub open_label: AttrValue,
    /// The form's button that does it.
    pub confirm_label: AttrValue,
    /// Where the focus goes when the form opens (a CSS selector inside it).
    pub first_control: AttrValue,
    pub onconfirm: Callback<()>,
    /// While the request runs, pressing again does nothing.
    #[prop_or_default]
    pub busy: bool,
    /// The form's fields.
    #[prop_or_default]
    pub children: Html,
}

#[function_component(DangerZone)]
pub fn danger_zone(props: &DangerZoneProps) -> Html {
    let open = use_state(|| false);
    let section = use_node_ref();
    let first = use_mut_ref(|| true);
    {
        let (section, first_control) = (section.clone(), props.first_control.clone());
        use_effect_with(*open, move |open| {
            if !first.replace(false) {
                let target = if *open {
                    format!("{first_control}, form button.danger")
                } else {
                    "button.danger".into()
                };
                focus_in(&section, &target);
            }
        });
    }
    let onsubmit = {
        let (onconfirm, busy) = (props.onconfirm.clone(), props.busy);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !busy {
                onconfirm.emit(());
            }
        })
    };
    let set_open = |to: bool| {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(to))
    };
    let heading_id = format!("{}-heading", props.id);
    html! {
        <section class="danger-zone" aria-labelledby={heading_id.clone()} ref={section}>
            <h2 id={heading_id}>{ props.heading.clone() }</h2>
            <p>{ props.explanation.clone() }</p>
            if *open {
                <form {onsubmit}>
                    { props.children.clone() }
                    <p class="dialog-actions">
                        <button type="submit" class="button danger" aria-disabled={props.busy.to_string()}>{ props.confirm_label.clone() }</button>
                        <button type="button" class="button" onclick={set_open(false)}>{ t("danger-cancel") }</button>
                    </p>
                </form>
            } else {
                <button type="button" class="button danger" onclick={set_open(true)}>{ props.open_label.clone() }</button>
            }
        </section>
    }
}
