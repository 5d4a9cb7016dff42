# Pinpoint in English: the source every other catalogue translates.
# Keys say where a text is shown (viewer-, app-, editor-, server-); keep
# terms as GLOSSARY.md has them.

-brand = Pinpoint

## The shared-link viewer (/v/..., /embed/...)

viewer-page-title = { $title } · { -brand }
viewer-brand = { -brand }
viewer-byline = by { $username }
viewer-text-only = Text only
viewer-picture-view = Picture view
viewer-fullscreen = Fullscreen
viewer-exit-fullscreen = Exit fullscreen
viewer-embed = Embed
viewer-the-picture = The picture: { $alt }
viewer-no-picture = This scene has no picture yet.
viewer-no-hotspots = This scene has no hotspots yet.
viewer-hotspot-number = Hotspot { $number }
viewer-next-scene = Go to the next scene
viewer-video-link = Video: { $url }
viewer-close = Close
viewer-failed-title = This scene could not be opened
viewer-failed-text = { -brand } could not be reached. Check your connection and reload the page.
viewer-explore = Explore public scenes
viewer-not-found-page-title = Not found · { -brand }
viewer-not-found-title = Not found, or not shared with you
viewer-not-found-text = This scene does not exist, or its owner has not shared it with you. If someone sent you this link, ask them to check it.
viewer-embed-title = Embed this scene
viewer-embed-hint = Paste this code into a web page, such as your school's site or learning platform.
viewer-embed-code = Embed code
viewer-copy-code = Copy code
viewer-copied = Copied
viewer-video-provider = { $provider } video
viewer-video-cookies = Loads content from { $provider }, which may set cookies.
viewer-load-video = Load video
viewer-watch-on = Watch on { $provider }
viewer-video-frame-title = { $provider } video: { $title }
viewer-sound = Sound: { $title }
viewer-email = Email { $address }
viewer-panorama = 360° picture. Drag, or use the arrow keys, to look around; + and - zoom.
viewer-panorama-described = 360° picture: { $alt }. Drag, or use the arrow keys, to look around; + and - zoom.
viewer-noscript = This interactive image needs JavaScript and WebAssembly.

## Every page of the app: its header, menu and footer

app-brand = { -brand }
app-nav-label = Main
app-nav-explore = Explore
app-nav-my-scenes = My scenes
app-nav-classes = Classes
app-nav-school = School
app-log-in = Log in
app-sign-up = Sign up
app-new-scene = New scene
app-settings = Settings
app-log-out = Log out
app-own-password-title = Choose your own password
app-own-password-text = Your teacher or school gave you a one-time password. Choose one only you know.
app-one-time-password = One-time password
app-save-my-password = Save my password
app-footer = { -brand }: interactive images, privately.
app-privacy = Privacy

## Log in (/login)

login-title = Log in
login-username = Username or email
login-password = Password
login-submit = Log in
login-new-here = New here?
login-sign-up = Sign up
login-with = Sign in with { $provider }
login-or = or

## The welcome page (/ when signed out)

welcome-title = Pictures that explain themselves
welcome-lead = { -brand } turns a picture into a lesson: add hotspots that open text, links, images and videos, then share it with a link. Viewers need no account and are never tracked.
welcome-get-started = Get started
welcome-examples = See examples
welcome-private = Private by default.
welcome-private-text = Scenes start private; you choose who sees them.
welcome-schools = Made for schools.
welcome-schools-text = Students' email and birth date are never shown to classmates.
welcome-yours = Yours to keep.
welcome-yours-text = Self-hosted, with your data on your own server.

## Settings (/settings)

settings-language = Language
settings-language-browser = Your browser's language
settings-language-hint = The language of { -brand }'s own words on every device you sign in on. Scenes stay in the language they were made in.

## Sign up (/signup)

signup-title = Sign up
signup-account-type = Account type
signup-kind-individual = For myself
signup-kind-individual-hint = Make and share scenes on your own.
signup-kind-teacher = Teacher
signup-kind-teacher-hint = Run classes and review your students' work.
signup-kind-student = Student
signup-kind-student-hint = Join your class with the code your teacher gave you.
signup-username = Username
signup-username-hint = 3 to 32 of a-z, 0-9, _ . - (others see only this name)
signup-email = Email
signup-password = Password
signup-password-hint = At least 8 characters.
signup-birth = Date of birth
signup-birth-hint = Only you and your school's admins can see it; never your teachers or classmates.
signup-join-code = Join code
signup-invite = Invitation code (optional)
signup-invite-hint = From your school's admin, to join your school. Leave empty to found a school or work alone.
signup-school = School name (optional)
signup-school-hint = Found your school on { -brand } and become its admin.
signup-privacy = By signing up you agree to how we handle your data:
signup-privacy-link = privacy
signup-submit = Sign up
signup-have-account = Already have an account?
signup-log-in = Log in

## My scenes (/ signed in) and scene cards

scene-untitled = Untitled
visibility-private = Private
visibility-unlisted = Unlisted
visibility-public = Public
home-title = My scenes
home-import = Import
home-import-input = Import a scene
home-import-hint = Import a Pinpoint package (.zip), an H5P Image Hotspots file (.h5p), or W3C annotations or a IIIF manifest (.json) together with its picture as a new private scene. You can also drop them here.
home-choose-picture = Choose its picture
home-picture-input = The picture the annotations are on
home-not-imported = Not imported:
home-new-scene = New scene
home-teacher-next = Your students' work will come to you in Classes:
home-teacher-next-link = create your first class
home-teacher-next-after = and give its join code to your students.
home-empty = You have no scenes yet. Start with a picture: a map, a diagram, a photo of your school.
home-create-first = Create your first scene
home-copying = Copying…
home-copied = Made “{ $title }”, a private copy.
home-copy-failed = Could not copy the scene: { $reason }
home-deleted = Deleted “{ $title }”.
home-delete-title = Delete “{ $title }”?
home-delete-confirm = Delete scene
home-delete-text = The scene, its hotspots and its view statistics are deleted for good, and its link stops working. Its pictures are deleted within a day, unless another of your scenes shows them.
card-hotspots = { $count ->
    [one] 1 hotspot
   *[other] { $count } hotspots
}
card-by = by { $username }
card-edit = Edit
card-duplicate = Duplicate
card-delete = Delete
card-shared = Shared by link
card-feedback = { $count ->
    [one] New feedback
   *[other] New feedback ({ $count })
}
card-feedback-on = on { $title }
download = Download
download-html = Offline page (.html)
download-zip = Pinpoint package (.zip)
download-w3c = W3C annotations (.json)
download-iiif = IIIF manifest (.json)
import-choose-picture = Now choose the picture these annotations are on.
import-importing = Importing { $name }…
import-progress = Importing { $name }… { $percent } %
import-done = Imported “{ $title }” as a private scene.
import-failed = Could not import the file: { $reason }
import-nothing = Choose a file to import.
import-needs-picture = Annotations need the picture they are on: choose the JSON file and the picture together.
import-picture-alone = To make a scene of a picture, use New scene. To import annotations, choose their JSON file together with the picture.
import-too-many = Import one file at a time: a package, an H5P file, or a JSON file with its picture.
confirm-cancel = Cancel

## Explore (/explore), not found, and pages that need an account

explore-title = Explore
explore-lead = Scenes their authors chose to make public.
explore-empty = No public scenes yet.
explore-loading = Loading…
explore-more = Show more
not-found-title = Not found, or not shared with you
not-found-text = This page does not exist, or its owner has not shared it with you. If someone sent you this link, ask them to check it.
not-found-explore = Explore public scenes
gate-log-in = Log in
gate-sign-up = Sign up
gate-editor-title = Make a scene
gate-editor = Log in or sign up to make scenes.
gate-school-title = School
gate-school = Log in as your school's admin to see its settings.
gate-classes-title = Classes
gate-classes = Log in or sign up to see your classes.
gate-settings-title = Settings
gate-settings = Log in or sign up to see your account.
