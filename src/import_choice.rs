//! What the files chosen or dropped on `Import` are: one package or H5P
//! file, or annotations (W3C or IIIF JSON) with the picture they are on.
//! Decided by name and type alone, natively tested; the server checks the
//! contents.

/// A chosen file as the browser describes it.
pub struct Chosen<'a> {
    pub name: &'a str,
    /// The MIME type the browser gives, often empty.
    pub kind: &'a str,
}

/// The files to send, by their places in the choice.
#[derive(Debug, PartialEq, Eq)]
pub enum ImportFiles {
    /// A Pinpoint package or an H5P file.
    One(usize),
    /// Annotations, and the picture they are on.
    Annotations { json: usize, picture: usize },
}

/// Why the choice cannot be imported as it is.
#[derive(Debug, PartialEq, Eq)]
pub enum ChoiceProblem {
    Nothing,
    /// Annotations without their picture.
    NeedsPicture,
    /// A picture without annotations.
    PictureAlone,
    /// More than a scene's worth, or two of a kind.
    TooMany,
}

impl ChoiceProblem {
    /// The catalogue's message saying what to do.
    pub fn message_key(&self) -> &'static str {
        match self {
            ChoiceProblem::Nothing => "import-nothing",
            ChoiceProblem::NeedsPicture => "import-needs-picture",
            ChoiceProblem::PictureAlone => "import-picture-alone",
            ChoiceProblem::TooMany => "import-too-many",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Sort {
    Json,
    Picture,
    Other,
}

fn sort(file: &Chosen) -> Sort {
    let name = file.name.to_ascii_lowercase();
    let ends = |endings: &[&str]| endings.iter().any(|e| name.ends_with(e));
    if file.kind.contains("json") || ends(&[".json", ".jsonld"]) {
        Sort::Json
    } else if file.kind.starts_with("image/") || ends(&[".png", ".jpg", ".jpeg", ".webp", ".gif"]) {
        Sort::Picture
    } else {
        Sort::Other
    }
}

pub fn choose(files: &[Chosen]) -> Result<ImportFiles, ChoiceProblem> {
    let sorts: Vec<Sort> = files.iter().map(sort).collect();
    match sorts.as_slice() {
        [] => Err(ChoiceProblem::Nothing),
        [Sort::Json] => Err(ChoiceProblem::NeedsPicture),
        [Sort::Picture] => Err(ChoiceProblem::PictureAlone),
        [Sort::Other] => Ok(ImportFiles::One(0)),
        [Sort::Json, Sort::Picture] => Ok(ImportFiles::Annotations {
            json: 0,
            picture: 1,
        }),
        [Sort::Picture, Sort::Json] => Ok(ImportFiles::Annotations {
            json: 1,
            picture: 0,
        }),
        _ => Err(ChoiceProblem::TooMany),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file<'a>(name: &'a str, kind: &'a str) -> Chosen<'a> {
        Chosen { name, kind }
    }

    #[test]
    fn a_package_or_h5p_file_goes_alone() {
        assert_eq!(
            choose(&[file("Delta.pinpoint.zip", "application/zip")]),
            Ok(ImportFiles::One(0))
        );
        assert_eq!(choose(&[file("hotspots.h5p", "")]), Ok(ImportFiles::One(0)));
    }

    #[test]
    fn annotations_go_with_their_picture_in_either_order() {
        let json = file("Delta.iiif.json", "application/json");
        let picture = file("delta.JPG", "");
        assert_eq!(
            choose(&[json, picture]),
            Ok(ImportFiles::Annotations {
                json: 0,
                picture: 1
            })
        );
        let json = file("notes.jsonld", "");
        let picture = file("photo", "image/webp");
        assert_eq!(
            choose(&[picture, json]),
            Ok(ImportFiles::Annotations {
                json: 1,
                picture: 0
            })
        );
    }

    #[test]
    fn incomplete_or_crowded_choices_say_what_to_do() {
        assert_eq!(choose(&[]), Err(ChoiceProblem::Nothing));
        assert_eq!(
            choose(&[file("a.json", "")]),
            Err(ChoiceProblem::NeedsPicture)
        );
        assert_eq!(
            choose(&[file("a.png", "")]),
            Err(ChoiceProblem::PictureAlone)
        );
        for crowd in [
            vec![file("a.zip", ""), file("b.zip", "")],
            vec![file("a.json", ""), file("b.json", "")],
            vec![file("a.json", ""), file("b.png", ""), file("c.png", "")],
            vec![file("a.zip", ""), file("b.png", "")],
        ] {
            assert_eq!(choose(&crowd), Err(ChoiceProblem::TooMany));
        }
        let english = pinpoint_i18n::compile::compile("en", pinpoint_i18n::SOURCES[0].1).unwrap();
        for problem in [
            ChoiceProblem::Nothing,
            ChoiceProblem::NeedsPicture,
            ChoiceProblem::PictureAlone,
            ChoiceProblem::TooMany,
        ] {
            assert!(english.has(problem.message_key()), "{problem:?}");
        }
    }
}
