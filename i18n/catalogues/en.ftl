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

## Talking to the server

api-status = The server answered with status { $status }
api-network = Cannot reach Pinpoint. Check your connection and try again.
api-unreadable = The server sent an answer this page cannot read. Try reloading.
api-too-many-tries-later = Too many tries. Try again later.
api-too-many-tries = { $minutes ->
    [one] Too many tries. Try again in a minute.
   *[other] Too many tries. Try again in { $minutes } minutes.
}
api-not-a-picture = “{ $name }” is not a picture Pinpoint can show. Use a PNG, JPEG, WebP or GIF file.
api-not-a-picture-or-sound = “{ $name }” is not a picture or sound Pinpoint can play. Use PNG, JPEG, WebP, GIF, MP3, Ogg, WAV or M4A.
api-file-too-big = This file is { $size } MB; files can be at most { $max } MB.

## Names of fields, as error messages name them

field-title = Title
field-description = Description
field-text = Text
field-link = Link
field-image = Image
field-sound = Sound
field-alt = Alt text
field-hotspot-id = Hotspot id
field-linked-scene = Linked scene
field-username = Username
field-email = Email
field-password = Password
field-school-name = School name
field-class-name = Class name
field-feedback = Feedback

## What was wrong with what someone typed or sent (the app's checks and the server's answers)

error-required = { $label } is required
error-too-short = { $label } must be at least { $min } characters
error-too-long = { $label } is too long (at most { $max } characters)
error-id-characters = { $label } may use only letters, digits, _ and -
error-lti-setting-length = Give a value of 1 to { $max } characters
error-lti-address = Give the https:// address the platform shows
error-youtube-id = Not a YouTube video id
error-vimeo-id = Not a Vimeo video id
error-start-view-outside = The start view must point into the picture (0 to 1)
error-field-of-view = The field of view must be { $min } to { $max } degrees
error-image-size-missing = Image size is missing
error-start-view-flat = A start view is for 360° pictures only
error-panorama-shape = A 360° picture must be twice as wide as it is high, at most { $max_width } × { $max_height } pixels (this one is { $width } × { $height })
error-link-spaces = Link must be a whole address without spaces
error-link-scheme = Link must start with https://, http:// or mailto:
error-colour = Colour must be written like #e4572e
error-position = Position must be within the image (0 to 1)
error-too-many-hotspots = A scene can have at most { $max } hotspots
error-hotspot-id-twice = Two hotspots have the same id
error-domain = “{ $domain }” is not an email domain such as school.example
error-too-many-domains = List at most { $max } domains
error-username-characters = Username may use only lowercase letters a-z, digits and _ . -
error-email = Email must look like name@example.org
error-birth-date-format = Date of birth must be a date like 2012-05-01
error-today-unknown = Today's date is unknown
error-birth-date-future = Date of birth cannot be in the future
error-birth-date-age = Date of birth must make you between 3 and 25 years old
error-birth-date-required = Date of birth is required for students
error-birth-date-not-student = Only students give a date of birth
error-join-code-required = Students need a join code from their teacher
error-join-code-individual = Join codes are for students and invited teachers
error-found-school-teacher = Only teachers can found a school
error-join-or-found = Join the school you were invited to, or found a new one, not both
error-language = Choose one of the languages Pinpoint speaks
error-not-found = Not found, or not shared with you
error-method-not-allowed = This method is not allowed here
error-busy = The server is busy; try again in a moment
error-internal = Something went wrong on the server
error-host = This server does not answer to that host name
error-cross-site = Requests that change data must come from Pinpoint's own pages
error-log-in = Please log in
error-password-change-first = Choose your own password first: yours was set by your school
error-too-many-tries = { $minutes ->
    [one] Too many tries. Try again in a minute.
   *[other] Too many tries. Try again in { $minutes } minutes.
}
error-send-json = Send JSON with Content-Type: application/json
error-json-object = The body must be a JSON object
error-json-field = { $detail }
error-json-invalid = The body is not valid JSON
error-json-trailing = The body has more than one JSON value
error-body-too-large = The request body is too large
error-body-unreadable = The request body could not be read
error-only-admins = Only the school's admins can do this
error-manage-own = Change your own account in your settings; an admin cannot remove or delete themselves here
error-manage-admin = Another admin's account can only be changed by its owner
error-only-owner-edit = Only the owner can edit this scene
error-only-owner-delete = Only the owner can delete this scene
error-only-owner-reset-link = Only the owner can reset this scene's link
error-only-teacher-code = Only the class's teacher can change its code
error-only-teacher-add = Only the class's teacher can add students
error-only-teacher-export = Only the class's teacher can download its work
error-upload-image-first = Upload the image before using it
error-students-public = Your school does not let students publish scenes publicly. Choose Private or Unlisted.
error-upload-media-first = Upload the picture or sound before using it
error-send-version = Send the version you edited
error-page-number = page must be a number from 1
error-create-class = Only a teacher of a school can create classes
error-join-class-student = Only students join classes with a code
error-join-code-shape = A join code looks like K7PX-2QMD
error-join-code-unknown = That join code does not match any class
error-invitation-unknown = That invitation code does not match any school
error-wrong-login = Wrong username, email or password
error-lti-registered = This platform and client id are registered already
error-scene-changed = This scene was changed elsewhere (now version { $current }, you edited version { $base }). Reload it, or overwrite with your version.
error-username-taken = That username is taken
error-email-taken = An account with that email already exists
error-identity-taken = That account is already connected to another Pinpoint account
error-domain-taken = { $domain } already belongs to another school
error-stats-scene = No such shared scene
error-stats-hotspot = No such hotspot in this scene
error-stats-too-many = Too many events from here; try again in a moment
error-stats-none = Send at least one event
error-stats-batch = Send at most { $max } events at a time
error-stats-days-range = days must be a whole number from 1 to { $max }
error-stats-days = days must be a whole number
error-stats-who = Only the scene's owner, their teachers and their school's admins see its statistics
error-feedback-who = Only the student's teachers can leave feedback
error-feedback-read = Only the student it is written to marks feedback read
error-feedback-unknown = No such feedback on this scene
error-reviewed-who = Only the student's teachers can mark work reviewed
error-domain-not-allowed = { $domain } is not a domain this Pinpoint's operator allowed for schools
error-birth-date-students = Only students' dates of birth are kept
error-school-name-mismatch = Type the school's name exactly as it is shown
error-storage-full = Your storage is full ({ $used } of { $quota } MB used). Delete scenes or pictures you no longer need.
error-upload-empty = The upload is empty
error-upload-type = Only PNG, JPEG, WebP and GIF images (or MP3, Ogg, WAV and M4A sounds) can be uploaded
error-lti-addresses = Give the https:// addresses the platform shows
error-lti-auth-url = The authorization URL is not a URL
error-avatar-square = A picture must be square; this one is { $width } × { $height } pixels
error-avatar-size = A picture must be { $min } to { $max } pixels wide; this one is { $width }
error-avatar-type = A picture must be a PNG, JPEG, WebP or GIF image
error-not-your-password = That is not your password
error-sign-in-again = Sign in again with your school account, then try again
error-marketing-students = Students never receive marketing
error-birth-date-admin = Only your school's admin can change your date of birth
error-provider-unknown = No such sign-in provider
error-last-sign-in = This is how you sign in: set a password or connect another provider first
error-export-format = Give format={ $formats }
error-export-no-picture = This scene has no picture to export yet
error-offline-unavailable = Offline pages cannot be made: the viewer has not been built on this server
error-package-too-big = This scene's pictures and sounds are too many to package (more than { $max } MB)
error-import-too-big = The file is larger than { $max } MB or broken off: { $detail }
error-import-no-file = Choose a file to import
error-form-unreadable = The form cannot be read: { $detail }
error-annotations-too-big = Annotations may weigh at most { $max } MB
error-json-unreadable = This JSON cannot be read: { $detail }
error-annotations-refused = These annotations cannot be imported: { $reason }
error-annotations-picture = Send the picture the annotations are about with them (the form's picture field)
error-annotations-picture-type = Only PNG, JPEG, WebP and GIF images can be the annotated picture
error-package-missing-file = The package has no file for the picture or sound { $name }
error-image-type = This is not a PNG, JPEG, WebP or GIF image
error-image-damaged = This image file is damaged or incomplete
error-image-empty = This image has no pixels
error-image-too-wide = Images may be at most { $max } pixels wide and high
error-image-too-many-pixels = This image has too many pixels (at most 40 megapixels, all frames together)
error-class-list-empty = The file has no students in it
error-class-list-too-long = A class list may have at most { $max } students; split the file
error-class-list-line = This line cannot be read: { $detail }
error-package-not-zip = This file is not a zip package (or it is damaged)
error-package-no-scene = This zip is not a Pinpoint package: it has no { $file }
error-package-bad-scene = The package's { $file } cannot be read: { $detail }
error-package-newer = This package was made by a newer Pinpoint (format { $format }); update this one first
error-package-too-many-files = The package holds more than { $max } files
error-package-file-too-large = The package's file { $name } is larger than allowed
error-package-unpacked-too-large = The package holds more than { $max } MB unpacked
error-package-outside = The package names a file outside itself ({ $name })
error-h5p-other = This H5P file is { $kind }, not Image Hotspots: only H5P.ImageHotspots can be imported
error-h5p-broken = This H5P file cannot be read: { $detail }
error-h5p-no-picture = This H5P file has no background picture
error-busy-transfers = Pinpoint is busy with other downloads and imports: try again in a moment
error-sso-email-taken = An account with this email already exists. Log in with your password, then connect your school account in Settings.
error-sso-no-verified-email = Your school account has no verified email address, so no account could be made.
error-sso-linked-elsewhere = That school account is connected to another Pinpoint account.
error-sso-not-started = That sign-in link has expired or was already used. Please try again.
error-sso-failed = The sign-in did not work. Please try again.

## The pages a learning platform (LTI) shows in its frame

picker-expired-title = This page has expired
picker-expired-text = It was used already or left open too long. In your course, choose to add content and pick Pinpoint again.
picker-link-intro = To add your scenes to courses on { $platform }, link your Pinpoint account once. After that, { $platform } tells Pinpoint it is you.
picker-login = Email or username
picker-password = Password
picker-link = Link account
picker-link-hint = Only teachers of the school that added { $platform } to Pinpoint can link. If you sign in to Pinpoint only with a school account, set a password in Pinpoint's settings first. Pinpoint keeps only your account's id at { $platform }.
picker-link-title = Link your Pinpoint account
picker-private = Private: learners could not open it. Share it with a link in Pinpoint to add it.
picker-add-label = Add { $title }
picker-add = Add
picker-no-scenes = You have no scenes yet. Make one in Pinpoint, share it with a link, then come back here.
picker-your-scenes = Your scenes
picker-signed-in = Signed in as { $username }. Pick the scene learners will see.
picker-title = Add a Pinpoint scene
picker-too-many-tries = Too many tries. Wait a few minutes, then try again.
picker-wrong-login = Wrong email, username or password.
picker-password-first = Sign in to Pinpoint and choose your own password first.
picker-teachers-only = Only teachers of the school that added this course platform can add scenes.
picker-cannot-add-title = This scene cannot be added
picker-cannot-add-text = It is not one of your shared scenes (it may have been made private or deleted). Go back and pick another.
picker-adding = Adding “{ $title }” to your course…
picker-add-to-course = Add to course
picker-adding-title = Adding to your course
launch-refused-title = This Pinpoint link could not be opened
launch-refused-hint = Ask your teacher to check the link, or try again from your course.
launch-unknown-platform = This learning platform is not registered with this Pinpoint.
launch-keys = The learning platform's keys could not be fetched.
launch-invalid = The launch does not check out: { $detail }
launch-not-started = This launch was not started here, took too long, or was used already.
launch-not-shared = The scene is not shared (its owner may have made it private or deleted it).
## Settings (/settings): the account, its picture, profile, password, school accounts and activity log

settings-title = Your account
settings-account-type = Account type
settings-kind-individual = Individual
settings-kind-student = Student
settings-kind-teacher = Teacher
settings-school = School
settings-school-admin = { $school } (admin)
settings-birth = Date of birth
settings-birth-hint = Only your school's admins can change it.
settings-picture = Picture
settings-profile = Profile
settings-password = Password
settings-change-password = Change password
settings-data = Your data
settings-data-text = One file with everything { -brand } holds about you: your account, scenes, uploads, feedback, classes, activity log and your scenes' view statistics.
settings-download-data = Download my data
settings-activity = Activity
settings-activity-text = Sign-ins and changes to your account, with the address they came from. Kept for 90 days.
settings-delete-heading = Delete your account
settings-delete-explanation = Your account, scenes, pictures, sounds, feedback and view statistics are deleted at once, and your shared links stop working. Only your activity log is kept, for 30 more days, then it is deleted too. This cannot be undone; download your data first if you want to keep it.
settings-delete-open = Delete account
settings-delete-confirm = Delete my account for good
settings-delete-password = Password
avatar-current = Your picture
avatar-file = Picture
avatar-choose = Choose a picture
avatar-choose-new = Choose a new picture
avatar-remove = Remove picture
avatar-not-a-picture = "{ $name }" is not a picture { -brand } can show. Use a PNG, JPEG, WebP or GIF file.
avatar-unreadable = This picture could not be read.
avatar-unprepared = This picture could not be prepared.
avatar-preview = Your new picture: drag it, or use the arrow keys, to move it
avatar-crop-hint = Drag the picture, or use the arrow keys, to choose what shows in the square.
avatar-zoom = Zoom
avatar-save = Save picture
avatar-saving = Saving…
avatar-cancel = Cancel
profile-username = Username
profile-username-hint = 3 to 32 of a–z, 0–9, _ . and -. Others see it next to your scenes.
profile-email = Email
profile-email-hint = Only you (and, in a school, your teachers and admins) see it.
profile-marketing = Email me occasional news about { -brand }
profile-save = Save changes
profile-saved = Saved.
password-current = Current password
password-new = New password
password-new-hint = At least 8 characters.
password-change = Change password
password-changed = Password changed. You are signed out everywhere else.
providers-title = School accounts
providers-intro = Sign in with an account your school gave you. { -brand } keeps only which account it is, nothing else from it.
providers-connected = connected { $date }
providers-remove = Remove
providers-remove-label = Remove { $provider }
providers-removed = Removed { $provider }
providers-connect = Connect { $provider }
providers-password = Password
providers-password-hint = Your { -brand } password, to show it is you.
providers-continue = Continue to { $provider }
providers-cancel = Cancel
activity-loading = Loading your activity…
activity-caption = Your activity, newest first
activity-when = When
activity-what = What
activity-from = From
activity-with-detail = { $what }: { $detail }
activity-show-all = Show all { $count } entries
activity-kind-account-created = Account created
activity-kind-sign-in = Signed in
activity-kind-sign-in-failed = Failed sign-in (wrong password)
activity-kind-sign-out = Signed out
activity-kind-password-changed = Password changed
activity-kind-settings-changed = Account settings changed
activity-kind-changed-by-admin = Changed by a school admin
activity-kind-scene-created = Scene created
activity-kind-scene-deleted = Scene deleted
activity-kind-visibility-changed = Scene visibility changed
activity-kind-data-exported = Data downloaded
activity-kind-account-deleted = Account deleted
activity-kind-provider-connected = Sign-in provider connected
activity-kind-provider-removed = Sign-in provider removed
activity-kind-learning-platform-linked = Course platform account linked
activity-kind-class-work-exported = Class work downloaded
activity-kind-school-exported = School data downloaded
activity-kind-school-deleted = School deleted

## A student's first visit after a school sign-in: the date of birth

birth-date-title = Welcome! One question first
birth-date-label = Date of birth
birth-date-hint = Your school needs it. Only you and your school's admins see it.
birth-date-save = Save

## The browser tab's title, named after the page's heading

heading-title-alone = { -brand }
heading-page-title = { $name } · { -brand }

## Privacy (/privacy): one message per paragraph or list item; keep the facts exact

privacy-title = Privacy
privacy-lead = { -brand } keeps as little as it can, on the server your school or you run. No advertising, no tracking, no third parties.
privacy-viewer-heading = If you only view a scene
privacy-viewer-no-account = You need no account. { -brand } sets no cookie for you, keeps no identifier in your browser, and never stores your IP address, browser or language.
privacy-viewer-counts = The scene's owner sees anonymous counts per day: views, visitors, which hotspots were opened, link clicks, media plays and roughly how long people stayed. To count a visitor once a day, the server mixes the scene, your IP address and your browser's name with a random secret made for that day. Only the mixed result is kept, and it cannot be turned back into your address. When the day ends (UTC; at the latest an hour later) the secret and the mixed results are destroyed, so nothing links your visits across days; only the counts stay. If your browser sends Do Not Track or Global Privacy Control, only a bare view is counted. For scenes made by students, numbers under 5 are shown as "fewer than 5", so no single viewer stands out.
privacy-account-heading = If you have an account
privacy-account-username = Your username, which others can see next to your scenes.
privacy-account-email = Your email address, stored encrypted. You can see it, and so can your school's admins; if you are a student, your teachers too. Classmates and everyone else never see it.
privacy-account-password = Your password, stored only as a one-way hash (argon2id): nobody can read it, not even the server's administrators.
privacy-account-birth = For students, your date of birth, stored encrypted. You and your school's admins can see it; your teachers and classmates never do.
privacy-account-scenes = The scenes and pictures you make. They start private: seen by you and, in a school, by its admins; a student's also by their teachers and (if the school allows it) its other students. Unlisted opens them to anyone with the link; Public also lists them on Explore. A picture or sound you upload but never use in a scene is deleted after a day.
privacy-account-picture = Your picture, if you choose one. Classmates see it only if your school allows it.
privacy-account-cookie = One cookie, pinpoint_session (__Host-pinpoint_session on a server that uses HTTPS), to keep you signed in. It lasts 30 days or until you log out, and the server stores only a hash of it.
privacy-account-unsaved = Edits you have not saved yet, kept in this browser only (not sent anywhere) until the server has them. Logging out removes every account's unsaved edits from the browser, so the next person at a shared computer finds none.
privacy-account-activity = An activity log: sign-ins (and failed ones), sign-outs, password and settings changes, scenes created or deleted, visibility changes, data downloads. Each entry has its time and the IP address it came from, stored encrypted. Only you can read it, on your settings page. Several failed sign-ins in a row are kept as one entry that counts them. Entries are deleted after 90 days.
privacy-account-guessing = To stop password guessing, the server counts failed sign-ins for a name and from an address for 15 minutes, by a keyed hash that cannot be turned back into either; past 10, signing in waits until the 15 minutes are over.
privacy-account-marketing = Marketing emails only if you ask for them (never for students).
privacy-sso-heading = If you sign in with a school account
privacy-sso-text = If this { -brand } offers Sign in with Google, Microsoft or your school's own accounts, signing in that way sends you to that provider. It learns that you are signing in to this { -brand } (and when); { -brand } learns from it only who you are there (an identifier), your email address and whether the provider checked it. { -brand } keeps just the provider and that identifier, to recognise you next time, and never your password there or any of the provider's tokens. It never joins an account to yours by email address alone: to use a school account with an account you already have, connect it in Settings. You can remove it there too (unless it is your only way in), and it is in Download my data and the activity log.
privacy-sso-domain = If your school listed its email domain, your first sign-in makes you a student of that school, and you give your date of birth once; your school's admin can change your role.
privacy-lms-heading = If you open a scene from your course (LMS)
privacy-lms-text = Your school's learning platform (Canvas, Moodle, ...) tells { -brand }, in a signed message, which scene to show. { -brand } checks the message and shows the scene as it shows any shared link: you need no { -brand } account, it sets no cookie, and it keeps nothing the platform says about you (not even your identifier there); your view is counted only anonymously, as above. The platform learns that you opened the scene, as for anything in your course.
privacy-lms-teacher = A teacher who adds scenes to courses links their account at the platform to their { -brand } account once. { -brand } keeps only that link: the platform and the teacher's identifier there. It is in Download my data and the activity log, and goes with the account.
privacy-rights-heading = Your rights
privacy-rights-change = See and change your username, email, picture and password on the settings page. A student's date of birth is changed by their school's admin.
privacy-rights-download = Download my data gives you one file with everything { -brand } holds about you.
privacy-rights-delete = Delete account removes your account, scenes, pictures, sounds, feedback and statistics at once; their links stop working. Only your activity log stays, for 30 days, in case of a security question, and is then deleted.
privacy-who-heading = Who sees your scenes
privacy-who-private = : you, your teachers and your school's admins; and, if your school allows it, students of your school (read only).
privacy-who-unlisted = : anyone you give the link to. Never listed, and search engines are told not to index it.
privacy-who-public = : anyone; listed on Explore.
privacy-who-hidden = A scene someone may not see answers exactly as if it did not exist.
privacy-school-heading = In a school
privacy-school-teachers = Your teachers see your email address, never your date of birth. Your school's admins see both.
privacy-school-classmates = Classmates never see your email address or date of birth. If your school allows it, they see your username, avatar and scenes.
privacy-school-feedback = Your teachers can leave feedback on your scenes; only you, your teachers and your school's admins read it.
privacy-school-publish = Your school decides whether students may publish scenes publicly.
privacy-school-statistics = Your teachers and your school's admins can see your scenes' view statistics.
privacy-school-downloads = Your teachers can download their classes' work (your scenes, with their pictures and sounds). Your school's admins can download everything the school holds, including each account's data as Download my data gives it, to take it elsewhere.
privacy-school-deleted = If your school is deleted, your account and everything in it go at once, as when you delete your account yourself; only the activity log stays, for 30 days.
privacy-where-heading = Where it is kept
privacy-where-text = On the server that runs this { -brand }, in one database (SQLite, or PostgreSQL for larger installations) and a folder or storage bucket of uploaded files, which its operator runs. Email addresses, dates of birth and activity-log addresses are encrypted with a key kept beside them. Backups (the server keeps its last four weekly ones unless its operator chooses otherwise) hold the same data, except the visitor-counting secrets, and are kept as safely; something deleted stays in them until they are replaced.

## The activity log's details, written by the server

activity-repeats = { $count ->
    [one] { $count } try
   *[other] { $count } tries in a row, the last at this time
}
activity-change-username = username
activity-change-email = email
activity-change-picture = picture
activity-change-birth-date = date of birth
activity-change-marketing = marketing choice
activity-change-language = language
activity-change-password-reset = password reset
activity-change-removed = removed from the school
activity-list-separator = {", "}
activity-by-admin = by a school admin
## Classes (/classes): classes, join codes, students and their work

classes-title = Classes
classes-no-school-teacher = Classes belong to a school. Found your school when you sign up as a teacher, or ask your school's admin for an invitation.
classes-no-school = Classes are for schools. Your account is not part of one.
classes-empty-teacher = You have no classes yet. Create one, then give your students its join code.
classes-empty-student = You are not in a class yet.
classes-name = Class name
classes-create = Create class
classes-join-code = Join code
classes-join-hint = Joining another class of your school? Type its code.
classes-join = Join class
classes-student-count = { $count ->
    [one] { $count } student
   *[other] { $count } students
}
classes-join-code-label = Join code:
classes-new-code = New code
classes-copy-join-link = Copy join link
classes-join-link = Join link
classes-private-note = Your school keeps classmates' names and work private.
classes-students = Students
classes-student-born = born { $date }
classes-no-students = No students yet.
classes-work = Work
classes-no-work = No scenes yet.
classes-work-byline = by { $username } · { $date }
classes-not-reviewed = Not reviewed
classes-feedback = Feedback
# Said after "Feedback" to screen readers: "Feedback on Volcano".
classes-feedback-on = on { $title }

## Adding students to a class, and their one-time passwords

students-add = Add students
students-add-hint = For students without their own email address, or to set up a whole class at once. Each gets a one-time password, shown here once: give it to them.
students-username = Student's username
students-email = Student's email (optional)
students-born = Student's date of birth
students-add-one = Add student
students-class-list = Class list (CSV)
students-class-list-hint = One student a line: username, email (may be empty), date of birth (YYYY-MM-DD). A header line is fine.
students-class-list-choose = Choose a CSV file
students-report-caption = Added on this visit (the passwords are not shown again)
students-report-username = Username
students-report-result = Result
students-report-password = One-time password
students-created = Created
# $reason: why the server refused the line, in its own words.
students-refused = Refused: { $reason }

## Feedback on a student's scene

feedback-title = Feedback
feedback-loading = Loading feedback…
feedback-none = No feedback yet.
feedback-yours = Your feedback
feedback-send = Send feedback
feedback-mark-reviewed = Mark reviewed
feedback-send-and-mark = Send and mark reviewed
feedback-sent = Feedback sent.
feedback-sent-and-reviewed = Feedback sent, and marked reviewed.
feedback-marked-reviewed = Marked reviewed.

## A scene's statistics

stats-show = Statistics
stats-hide = Hide statistics
# Said after "Statistics" to screen readers: "Statistics of Volcano".
stats-of = of { $title }
stats-period = Period
stats-period-7 = Last 7 days
stats-period-30 = Last 30 days
stats-period-90 = Last 90 days
stats-period-365 = Last year
stats-loading = Loading statistics…
stats-views = Views
stats-visitors = Visitors
stats-link-clicks = Link clicks
stats-media-plays = Media plays
# A count hidden on a student's scene ($count is 5).
stats-fewer-than = fewer than { $count }
# A total that includes hidden counts.
stats-or-more = { $count } or more
stats-visitors-hint = Visitors are counted once a day per scene, without cookies; a person on two days counts twice.
stats-small-counts-hint = This is a student's scene: numbers under { $count } show as "fewer than { $count }", and such days are left out of the totals, so no single viewer stands out.
# The chart, for screen readers; $views and $visitors are the phrases below.
stats-chart-summary = Views and visitors per day over { $days } days: { $views }, { $visitors }.
stats-views-count = { $count } views
stats-views-or-more = { $count } or more views
stats-views-fewer = fewer than { $count } views
stats-visitors-count = { $count } visitors
stats-visitors-or-more = { $count } or more visitors
stats-visitors-fewer = fewer than { $count } visitors
# A day's bar in the chart: "30 Nov 2026: 12 views".
stats-bar-title = { $date }: { $views }
stats-by-day = The numbers, day by day
stats-date = Date
stats-hotspots = Hotspots by opens
stats-no-hotspots = This scene has no hotspots yet.
stats-hotspot = Hotspot
stats-opens = Opens
# A hotspot without a title.
stats-hotspot-number = Hotspot { $number }
stats-time = Time spent
stats-time-under-10s = Under 10 seconds
stats-time-10s-30s = 10 to 30 seconds
stats-time-30s-1m = 30 seconds to 1 minute
stats-time-1m-3m = 1 to 3 minutes
stats-time-3m-10m = 3 to 10 minutes
stats-time-over-10m = Over 10 minutes

## The school admin's page (/school)

school-title = School
school-admins-only = Only your school's admins can change its settings.
school-saved = Saved
school-privacy = Privacy settings
school-peer-visibility = Students see classmates' work
school-peer-visibility-hint = When on, students see the usernames, avatars and scenes (read only, even private ones) of students in their school. Never their email or birth date.
school-students-can-publish = Students may publish publicly
school-students-can-publish-hint = When off, students can make scenes only private or unlisted (anyone with the link); nothing of theirs appears on Explore.
school-invite = Invite teachers
school-invite-hint = Teachers who sign up with this code (or the link) join your school. They see the students of their own classes only.
school-invite-code-label = Invitation code:
school-new-invite-code = New invitation code
school-copy-invite-link = Copy invitation link
school-invite-link = Invitation link
school-data = Your school's data
school-data-hint = One zip with everything: each person's data download, the classes and settings, and every scene as a { -brand } package, listed in index.csv.

## The people of a school, for its admin

users-caption = People in your school
users-column-username = Username
users-column-role = Role
users-column-email = Email
users-column-born = Date of birth
users-column-actions = Actions
users-role-individual = Individual
users-role-student = Student
users-role-teacher = Teacher
# $role is one of the three above.
users-role-and-admin = { $role }, admin
users-one-time-password = One-time password: { $password }
users-edit = Edit
users-new-username = New username
users-new-email = New email
users-new-born = Date of birth
users-save = Save changes
users-reset-password = Reset password
# Said after "Reset password" to screen readers.
users-reset-password-of = of { $username }
users-reset-password-confirm = Give { $username } a new one-time password? Their current one stops working.
users-remove = Remove from school
users-remove-confirm = Take { $username } out of the school? Their account stays; their classes pass to you.
users-delete = Delete
users-delete-confirm = Delete { $username }'s account? Their scenes and pictures are deleted at once. This cannot be undone.

## Sign-in with school accounts (email domains)

domains-title = Sign-in with school accounts
domains-hint = Students whose school email ends in one of these domains join your school the first time they sign in with their school account. They give their date of birth at their first visit; you can change their role below.
domains-field = Email domains
# Keep the example's commas: the field is split at them.
domains-field-hint = Separated by commas, such as hill.example, pupils.hill.example
domains-save = Save domains
domains-saved = Saved

## Learning platforms (LTI 1.3)

lti-title = Learning platforms (LTI)
lti-hint = Show { -brand } scenes inside Canvas, Moodle or another LMS. Teachers of this school add their scenes from the course editor (the Launch URL also takes deep linking); learners open them there with no { -brand } account, and nothing about them is kept.
lti-step-1 = 1. Add { -brand } to your LMS as an LTI 1.3 tool
lti-login-url = Login URL
lti-copy-login-url = Copy the login URL
lti-launch-url = Launch URL
lti-copy-launch-url = Copy the launch URL
lti-keys-url = Public keys URL
lti-copy-keys-url = Copy the keys URL
lti-step-2 = 2. Enter what your LMS shows for { -brand }
lti-platform-ids = client { $client }, deployment { $deployment }
lti-remove = Remove
lti-remove-platform = Remove { $issuer }
lti-issuer = Platform issuer
lti-issuer-hint = Such as https://canvas.instructure.com
lti-client-id = Client ID
lti-deployment-id = Deployment ID
lti-auth-url = Authorization URL
lti-auth-url-hint = The platform's OIDC authentication request URL
lti-jwks-url = Keys URL
lti-jwks-url-hint = The platform's public JWK set URL
lti-register = Register platform
lti-registered = Registered { $issuer }
lti-removed = Removed

## Downloading a class's work or a whole school's data

export-class-button = Download class work
# $name: the class's name.
export-class-downloading = Downloading { $name }'s work…
export-class-done = Downloaded { $name }'s work ({ $size }) as { $file }.
export-class-failed = Could not download { $name }'s work: { $reason }
export-school-button = Download school data
export-school-downloading = Downloading the school's data…
export-school-done = Downloaded the school's data ({ $size }) as { $file }.
export-school-failed = Could not download the school's data: { $reason }
# How much has arrived so far.
export-received = { $size } received
export-size-kb = { $size } KB
export-size-mb = { $size } MB

## Deleting the school

danger-school-title = Delete the school
danger-school-text = Every account of the school is deleted at once, with all its scenes, pictures, sounds, feedback and statistics, and every class and setting of the school. Shared links stop working. Only the activity logs are kept, for { $days } more days, then they are deleted too. This cannot be undone: download the school's data first.
danger-school-open = Delete school…
danger-school-confirm = Delete school
danger-school-name = School name
danger-school-name-hint = Type “{ $name }” to confirm.
danger-school-name-wrong = That is not the school's name: type “{ $name }” exactly
danger-school-password = Password
danger-cancel = Cancel
## The editor (/new, /s/.../edit): page, toolbar and status line

editor-open-not-found = Not found, or not shared with you
editor-open-failed = This scene could not be opened
editor-new-scene = New scene
editor-loading = Loading the scene…
editor-toolbar = Scene
editor-undo = Undo
editor-redo = Redo
editor-save = Save
editor-copy-link = Copy link
editor-link = Link
editor-share = Share
editor-view = View
editor-link-who = Who can open it: { $who }
editor-link-who-private = Who can open it: { $who } Anyone else gets “Not found”.
editor-saving = Saving…
editor-offline = Offline: your changes are kept in this browser and saved when the connection returns.
editor-reload = Reload (drop my changes)
editor-overwrite = Overwrite with mine
editor-needs-name = Give the scene a name to save it
editor-unsaved = Unsaved changes
editor-saved = Saved
editor-restored = Restored changes you had not saved in this browser.
editor-restored-discard = Discard them
editor-restored-keep = Keep them
editor-leave-unsaved = You have unsaved changes.

## The picture being edited

editor-picture = Picture
editor-hint-panorama-pointer = Drag the picture or use its arrow keys to look around. Click to add a hotspot there; drag one to move it. On a selected hotspot, arrow keys move it and Delete removes it.
editor-hint-panorama-touch = Swipe to look around; tap to add a hotspot there; drag one to move it.
editor-hint-pointer = Click the picture to add a hotspot; drag one to move it. On a selected hotspot, arrow keys move it (Shift: further) and Delete removes it.
editor-hint-touch = Tap the picture to add a hotspot; drag one to move it.
editor-add-hotspot = Add hotspot
editor-set-start-view = Set start view
editor-start-view-set = Viewers will start looking where you look now.
editor-added-middle = Added Hotspot { $number } in the middle.
editor-added-left = Added Hotspot { $number } on the left.
editor-added-right = Added Hotspot { $number } on the right.
editor-added-top = Added Hotspot { $number } at the top.
editor-added-bottom = Added Hotspot { $number } at the bottom.
editor-added-top-left = Added Hotspot { $number } top left.
editor-added-top-right = Added Hotspot { $number } top right.
editor-added-bottom-left = Added Hotspot { $number } bottom left.
editor-added-bottom-right = Added Hotspot { $number } bottom right.
editor-added-view-middle = Added Hotspot { $number } in the middle of the view.
editor-panorama-toggle = 360°
editor-panorama-hint = This picture is twice as wide as it is high, like a 360° panorama: viewers look around in it.
editor-start-title = Start with a picture
editor-start-pointer = Choose a file below, drop one here, or paste one (Ctrl+V).
editor-start-touch = Tap here to choose a photo or take one.
editor-image = Image
editor-image-replace = Image (replace)
editor-image-hint = PNG, JPEG, WebP or GIF, up to 10 MB. Replacing it keeps your hotspots.
editor-image-choose = Choose a picture
editor-uploading = Uploading
editor-uploading-percent = Uploading… { $percent }%
editor-panorama-label = 360° picture. Drag, or use the arrow keys, to look around; + and - zoom. Click to add a hotspot.
editor-panorama-label-described = 360° picture: { $alt }. Drag, or use the arrow keys, to look around; + and - zoom. Click to add a hotspot.
editor-hotspot-number = Hotspot { $number }

## The panel beside the picture: the scene's fields and who can see it

editor-select-hint = Select a hotspot to write its title and text.
editor-scene-fields = Scene
editor-scene-name = Scene name
editor-description = Description
editor-description-hint = Shown under the picture.
editor-alt = Describe the picture for people who cannot see it
editor-reset-link = Reset link
editor-reset-link-hint = Gives the scene a new link. Everyone with the old link, or an old embed, loses access.
editor-reset-link-confirm = Reset this scene's link? The old link and any embeds of it will stop working.
editor-visibility = Visibility
editor-who-private-alone = Only you.
editor-who-private-staff = You and your school's admins.
editor-who-private-student = You, your teachers and your school's admins.
editor-who-private-student-peers = You, your teachers, your school's admins, and the other students of your school (they cannot change it).
editor-who-unlisted = Anyone with the link. Never listed or found by search engines.
editor-who-public = Anyone. Listed on Explore and found by search engines.

## The selected hotspot's fields

editor-hotspot-of = Hotspot { $number } of { $count }
editor-hotspot-title = Title
editor-hotspot-text = Text
editor-hotspot-text-hint = Plain text. Line breaks are kept; web addresses become links.
editor-hotspot-link = Link
editor-hotspot-link-hint = Optional: a web page (https://) or an email (mailto:).
editor-across = Across (%)
editor-down = Down (%)
editor-order = Reading order (screen readers and Tab follow it):
editor-move-earlier = Move earlier
editor-move-later = Move later
editor-icon = Icon
editor-icon-info = Info
editor-icon-question = Question mark
editor-icon-star = Star
editor-icon-dot = Dot
editor-icon-number = Number
editor-colour = Colour
editor-opens-with = Opens with
editor-media-picture = A picture opens with this hotspot.
editor-media-sound = A sound plays with this hotspot.
editor-media-video = A { $provider } video opens with this hotspot.
editor-popup-media = Popup picture or sound
editor-popup-media-choose = Choose a picture or sound
editor-popup-uploading = Uploading the popup picture or sound
editor-video-address = Video address (YouTube or Vimeo)
editor-video-invalid = That is not a YouTube or Vimeo video address.
editor-remove-media = Remove picture, sound or video
editor-tour = Leads to another scene
editor-tour-none = No other scene
editor-tour-hint = Make a tour: the popup offers to open that scene.
editor-delete-hotspot = Delete hotspot

## Sharing: the Share dialog and Copy buttons

editor-share-title = Share “{ $title }”
editor-share-visibility = { $visibility }:
editor-share-private = Anyone else who opens the link gets “Not found”. To share it, choose Unlisted or Public under Visibility.
editor-share-copy-link = Copy the link
editor-embed-code = Embed code
editor-embed-hint = Paste it into a school website or a learning platform's page.
editor-copy-embed = Copy embed code
editor-qr-alt = QR code of the scene's link
editor-qr-caption = Phones and tablets open the link with their camera.
editor-qr-large = Show large
editor-close = Close
editor-copied = { $what } copied.
editor-copied-note = { $what } copied. { $note }
editor-copy-by-hand = Copy it from the field: Ctrl+C (⌘C on a Mac), or press and hold it on a phone.

## Statistics under the editor

editor-stats = Statistics
editor-stats-hint = Anonymous counts of how your shared link is used: no cookies, no addresses kept.
