# Pinpoint auf Deutsch. Begriffe: GLOSSARY.md.

-brand = Pinpoint

## Die Ansicht eines geteilten Links (/v/..., /embed/...)

viewer-page-title = { $title } · { -brand }
viewer-brand = { -brand }
viewer-byline = von { $username }
viewer-text-only = Nur Text
viewer-picture-view = Bildansicht
viewer-fullscreen = Vollbild
viewer-exit-fullscreen = Vollbild beenden
viewer-embed = Einbetten
viewer-the-picture = Das Bild: { $alt }
viewer-no-picture = Diese Szene hat noch kein Bild.
viewer-no-hotspots = Diese Szene hat noch keine Hotspots.
viewer-hotspot-number = Hotspot { $number }
viewer-next-scene = Zur nächsten Szene
viewer-video-link = Video: { $url }
viewer-close = Schließen
viewer-failed-title = Diese Szene konnte nicht geöffnet werden
viewer-failed-text = { -brand } ist nicht erreichbar. Prüfe deine Verbindung und lade die Seite neu.
viewer-explore = Öffentliche Szenen entdecken
viewer-not-found-page-title = Nicht gefunden · { -brand }
viewer-not-found-title = Nicht gefunden oder nicht mit dir geteilt
viewer-not-found-text = Diese Szene gibt es nicht, oder sie wurde nicht mit dir geteilt. Wenn dir jemand diesen Link geschickt hat, bitte die Person, ihn zu prüfen.
viewer-embed-title = Diese Szene einbetten
viewer-embed-hint = Füge diesen Code in eine Webseite ein, zum Beispiel auf der Website deiner Schule oder in deiner Lernplattform.
viewer-embed-code = Code zum Einbetten
viewer-copy-code = Code kopieren
viewer-copied = Kopiert
viewer-video-provider = { $provider }-Video
viewer-video-cookies = Lädt Inhalte von { $provider }; dabei können Cookies gesetzt werden.
viewer-load-video = Video laden
viewer-watch-on = Auf { $provider } ansehen
viewer-video-frame-title = { $provider }-Video: { $title }
viewer-sound = Ton: { $title }
viewer-email = E-Mail an { $address }
viewer-panorama = 360°-Bild. Ziehen oder die Pfeiltasten nutzen, um dich umzusehen; + und - zoomen.
viewer-panorama-described = 360°-Bild: { $alt }. Ziehen oder die Pfeiltasten nutzen, um dich umzusehen; + und - zoomen.
viewer-noscript = Dieses interaktive Bild braucht JavaScript und WebAssembly.
