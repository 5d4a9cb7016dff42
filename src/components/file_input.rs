//! Reading what a person chose in an `<input type="file">` or a `<select>`,
//! and the places files may be dropped on.

use wasm_bindgen::JsCast;
use web_sys::{DragEvent, Event, File, HtmlInputElement, MouseEvent};
use yew::prelude::*;

/// The file chosen in the input that fired `event`, if any. The input is
/// cleared, so choosing the same file again is noticed as a new choice.
pub fn take_chosen_file(event: &Event) -> Option<File> {
    let input = event.target()?.dyn_into::<HtmlInputElement>().ok()?;
    let file = input.files().and_then(|files| files.get(0));
    input.set_value("");
    file
}

/// Every file chosen in a `multiple` file input (empty if none), leaving
/// it empty so the same files can be chosen again.
pub fn take_chosen_files(event: &Event) -> Vec<File> {
    let Some(input) = event
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = input
        .files()
        .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
        .unwrap_or_default();
    input.set_value("");
    files
}

/// The value a `select` changed to, from its `change` event.
pub fn chosen_option(event: &Event) -> Option<String> {
    let select = event
        .target()?
        .dyn_into::<web_sys::HtmlSelectElement>()
        .ok()?;
    Some(select.value())
}

/// A button's click that opens the file picker of the hidden input `input`.
pub fn open_chooser(input: &NodeRef) -> Callback<MouseEvent> {
    let input = input.clone();
    Callback::from(move |_: MouseEvent| {
        if let Some(input) = input.cast::<web_sys::HtmlElement>() {
            input.click();
        }
    })
}

/// A file input's `change` that hands what was chosen to `on_files`.
pub fn on_files_chosen(on_files: Callback<Vec<File>>) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let files = take_chosen_files(&e);
        if !files.is_empty() {
            on_files.emit(files);
        }
    })
}

/// A place files may be dropped on: whether some are over it now (to show
/// it), and its three listeners.
pub struct FileDrop {
    pub over: bool,
    pub ondragover: Callback<DragEvent>,
    pub ondragleave: Callback<DragEvent>,
    pub ondrop: Callback<DragEvent>,
}

/// Files dropped here go to `on_files`.
#[hook]
pub fn use_file_drop(on_files: Callback<Vec<File>>) -> FileDrop {
    let over = use_state(|| false);
    let ondragover = {
        let over = over.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(true);
        })
    };
    let ondragleave = {
        let over = over.clone();
        Callback::from(move |_: DragEvent| over.set(false))
    };
    let ondrop = {
        let over = over.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(false);
            if let Some(list) = e.data_transfer().and_then(|d| d.files()) {
                let files: Vec<File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
                if !files.is_empty() {
                    on_files.emit(files);
                }
            }
        })
    };
    FileDrop {
        over: *over,
        ondragover,
        ondragleave,
        ondrop,
    }
}
