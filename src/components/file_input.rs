//! Reading what a person chose in an `<input type="file">` or a `<select>`.

use wasm_bindgen::JsCast;
use web_sys::{Event, File, HtmlInputElement};

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
