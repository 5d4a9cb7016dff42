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
