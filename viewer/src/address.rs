//! What the page's address asks for, and the code that embeds a scene.

/// A shared-link address: `/v/{id}` or `/embed/{id}`, `?text` for the
/// text-only view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address {
    pub scene_id: String,
    /// Inside another site's iframe: no header, no site links.
    pub embedded: bool,
    /// Every hotspot's content as a list, for screen readers and printing.
    pub text_only: bool,
}

impl Address {
    /// Reads `location.pathname` and `location.search`.
    pub fn parse(path: &str, search: &str) -> Option<Address> {
        let (embedded, rest) = match (path.strip_prefix("/v/"), path.strip_prefix("/embed/")) {
            (Some(rest), _) => (false, rest),
            (_, Some(rest)) => (true, rest),
            _ => return None,
        };
        let scene_id = rest.trim_end_matches('/');
        let valid = !scene_id.is_empty()
            && scene_id.len() <= 64
            && scene_id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        let text_only = search
            .trim_start_matches('?')
            .split('&')
            .any(|pair| pair == "text" || pair.starts_with("text="));
        valid.then(|| Address {
            scene_id: scene_id.to_string(),
            embedded,
            text_only,
        })
    }

    /// This address with the text-only view switched on or off.
    pub fn path_and_query(&self, text_only: bool) -> String {
        let base = if self.embedded { "/embed/" } else { "/v/" };
        let query = if text_only { "?text" } else { "" };
        format!("{base}{}{query}", self.scene_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_links_and_embeds_name_a_scene() {
        assert_eq!(
            Address::parse("/v/AbC-12_x", ""),
            Some(Address {
                scene_id: "AbC-12_x".into(),
                embedded: false,
                text_only: false
            })
        );
        assert_eq!(
            Address::parse("/embed/AbC/", "?text"),
            Some(Address {
                scene_id: "AbC".into(),
                embedded: true,
                text_only: true
            })
        );
        assert!(
            Address::parse("/v/abc", "?lang=en&text=1")
                .unwrap()
                .text_only
        );
        assert!(!Address::parse("/v/abc", "?context").unwrap().text_only);
        for bad in [
            "/",
            "/v/",
            "/s/abc/edit",
            "/v/a%20b",
            "/v/a/b",
            "/embed/<script>",
        ] {
            assert_eq!(Address::parse(bad, ""), None, "{bad}");
        }
    }

    #[test]
    fn toggling_text_only_keeps_the_kind_of_page() {
        let shared = Address::parse("/v/abc", "").unwrap();
        assert_eq!(shared.path_and_query(true), "/v/abc?text");
        let embed = Address::parse("/embed/abc", "?text").unwrap();
        assert_eq!(embed.path_and_query(false), "/embed/abc");
    }
}
