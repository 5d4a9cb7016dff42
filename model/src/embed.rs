//! The code a teacher pastes into a school website to show a scene there:
//! made the same by the viewer's Embed dialog and the editor's Share
//! dialog.

/// Escapes text for an HTML attribute value in double quotes.
fn attribute(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '&' => "&amp;".to_string(),
            '"' => "&quot;".to_string(),
            '<' => "&lt;".to_string(),
            '>' => "&gt;".to_string(),
            '\'' => "&#39;".to_string(),
            c => c.to_string(),
        })
        .collect()
}

/// The `<iframe>` a teacher pastes into a school website: 800 pixels wide,
/// as high as the picture's proportions need.
pub fn embed_code(origin: &str, scene_id: &str, title: &str, width: u32, height: u32) -> String {
    let frame_width = 800u32;
    let frame_height = if width == 0 {
        600
    } else {
        ((u64::from(frame_width) * u64::from(height)) / u64::from(width)).clamp(200, 1600) as u32
    };
    format!(
        "<iframe src=\"{}/embed/{}\" title=\"{}\" width=\"{frame_width}\" height=\"{frame_height}\" \
         style=\"border:0;max-width:100%\" allow=\"fullscreen\" loading=\"lazy\"></iframe>",
        attribute(origin),
        attribute(scene_id),
        attribute(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embed_code_keeps_the_pictures_proportions_and_escapes_the_title() {
        let code = embed_code(
            "https://pinpoint.example",
            "abc",
            "Volcano \"live\" <b>",
            1200,
            800,
        );
        assert!(code.starts_with("<iframe src=\"https://pinpoint.example/embed/abc\""));
        assert!(code.contains("width=\"800\" height=\"533\""));
        assert!(code.contains("title=\"Volcano &quot;live&quot; &lt;b&gt;\""));
        assert!(!code.contains("<b>"));
        assert!(embed_code("o", "a", "t", 100, 10_000).contains("height=\"1600\""));
    }
}
