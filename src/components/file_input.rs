//! Reading what a person chose in an `<input type="file">`.

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
