//! A native modal `dialog` driven by Yew: open while its component is on
//! the page, closed when it leaves, and Escape left to the component (which
//! decides when the dialog goes) rather than closing it behind Yew's back.

use web_sys::HtmlDialogElement;
use yew::prelude::*;

/// Opens `dialog` as a modal once it is on the page (the browser then keeps
/// the focus inside it) and closes it when the component goes.
#[hook]
pub fn use_modal(dialog: &NodeRef) {
    let dialog = dialog.clone();
    use_effect_with((), move |_| {
        if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
            let _ = dialog.show_modal();
        }
        move || {
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                dialog.close();
            }
        }
    });
}

/// The dialog's `cancel` event (Escape): told to `onclose`, which removes
/// the dialog from the page.
pub fn on_cancel(onclose: &Callback<()>) -> Callback<Event> {
    let onclose = onclose.clone();
    Callback::from(move |e: Event| {
        e.prevent_default();
        onclose.emit(());
    })
}
