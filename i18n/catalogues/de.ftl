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

## Jede Seite der App: Kopfzeile, Menü und Fußzeile

app-brand = { -brand }
app-nav-label = Hauptmenü
app-nav-explore = Entdecken
app-nav-my-scenes = Meine Szenen
app-nav-classes = Klassen
app-nav-school = Schule
app-log-in = Anmelden
app-sign-up = Registrieren
app-new-scene = Neue Szene
app-settings = Einstellungen
app-log-out = Abmelden
app-own-password-title = Wähle dein eigenes Passwort
app-own-password-text = Deine Lehrkraft oder Schule hat dir ein Einmalpasswort gegeben. Wähle eines, das nur du kennst.
app-one-time-password = Einmalpasswort
app-save-my-password = Mein Passwort speichern
app-footer = { -brand }: interaktive Bilder, privat.
app-privacy = Datenschutz

## Anmelden (/login)

login-title = Anmelden
login-username = Benutzername oder E-Mail
login-password = Passwort
login-submit = Anmelden
login-new-here = Neu hier?
login-sign-up = Registrieren
login-with = Mit { $provider } anmelden
login-or = oder

## Die Startseite (/ ohne Anmeldung)

welcome-title = Bilder, die sich selbst erklären
welcome-lead = { -brand } macht aus einem Bild eine Lerneinheit: Füge Hotspots hinzu, die Texte, Links, Bilder und Videos öffnen, und teile es mit einem Link. Wer es ansieht, braucht kein Konto und wird nie verfolgt.
welcome-get-started = Loslegen
welcome-examples = Beispiele ansehen
welcome-private = Standardmäßig privat.
welcome-private-text = Szenen sind zuerst privat; du entscheidest, wer sie sieht.
welcome-schools = Für Schulen gemacht.
welcome-schools-text = E-Mail-Adresse und Geburtsdatum von Schülerinnen und Schülern sieht die Klasse nie.
welcome-yours = Deine Daten bleiben bei dir.
welcome-yours-text = Selbst betrieben, mit deinen Daten auf deinem eigenen Server.

## Einstellungen (/settings)

settings-language = Sprache
settings-language-browser = Die Sprache deines Browsers
settings-language-hint = Die Sprache der Texte von { -brand } auf allen Geräten, auf denen du dich anmeldest. Szenen bleiben in der Sprache, in der sie gemacht wurden.

## Registrieren (/signup)

signup-title = Registrieren
signup-account-type = Kontoart
signup-kind-individual = Für mich
signup-kind-individual-hint = Erstelle und teile Szenen auf eigene Faust.
signup-kind-teacher = Lehrkraft
signup-kind-teacher-hint = Leite Klassen und sieh dir die Arbeiten deiner Schülerinnen und Schüler an.
signup-kind-student = Schülerin oder Schüler
signup-kind-student-hint = Tritt deiner Klasse mit dem Code bei, den du von deiner Lehrkraft bekommen hast.
signup-username = Benutzername
signup-username-hint = 3 bis 32 Zeichen aus a–z, 0–9, _ . - (andere sehen nur diesen Namen)
signup-email = E-Mail
signup-password = Passwort
signup-password-hint = Mindestens 8 Zeichen.
signup-birth = Geburtsdatum
signup-birth-hint = Nur du und die Admins deiner Schule sehen es, nie deine Lehrkräfte oder deine Klasse.
signup-join-code = Beitrittscode
signup-invite = Einladungscode (optional)
signup-invite-hint = Von den Admins deiner Schule, um ihr beizutreten. Leer lassen, um eine Schule zu gründen oder allein zu arbeiten.
signup-school = Name der Schule (optional)
signup-school-hint = Gründe deine Schule auf { -brand } und werde ihr Admin.
signup-privacy = Mit der Registrierung stimmst du zu, wie wir mit deinen Daten umgehen:
signup-privacy-link = Datenschutz
signup-submit = Registrieren
signup-have-account = Schon ein Konto?
signup-log-in = Anmelden

## Meine Szenen (/ angemeldet) und Szenenkarten

scene-untitled = Ohne Titel
visibility-private = Privat
visibility-unlisted = Nicht gelistet
visibility-public = Öffentlich
home-title = Meine Szenen
home-import = Importieren
home-import-input = Eine Szene importieren
home-import-hint = Importiere ein { -brand }-Paket (.zip), eine H5P-Image-Hotspots-Datei (.h5p) oder W3C-Annotationen oder ein IIIF-Manifest (.json) zusammen mit dem Bild als neue private Szene. Du kannst sie auch hier ablegen.
home-choose-picture = Sein Bild wählen
home-picture-input = Das Bild zu den Annotationen
home-not-imported = Nicht importiert:
home-new-scene = Neue Szene
home-teacher-next = Die Arbeiten deiner Schülerinnen und Schüler kommen unter Klassen zu dir:
home-teacher-next-link = lege deine erste Klasse an
home-teacher-next-after = und gib ihren Beitrittscode an deine Klasse weiter.
home-empty = Du hast noch keine Szenen. Fang mit einem Bild an: einer Karte, einem Schaubild, einem Foto deiner Schule.
home-create-first = Erste Szene erstellen
home-copying = Wird kopiert …
home-copied = „{ $title }“ als private Kopie erstellt.
home-copy-failed = Die Szene konnte nicht kopiert werden: { $reason }
home-deleted = „{ $title }“ gelöscht.
home-delete-title = „{ $title }“ löschen?
home-delete-confirm = Szene löschen
home-delete-text = Die Szene, ihre Hotspots und ihre Aufrufstatistik werden endgültig gelöscht, und ihr Link funktioniert nicht mehr. Ihre Bilder werden innerhalb eines Tages gelöscht, außer eine andere deiner Szenen zeigt sie.
card-hotspots = { $count ->
    [one] 1 Hotspot
   *[other] { $count } Hotspots
}
card-by = von { $username }
card-edit = Bearbeiten
card-duplicate = Duplizieren
card-delete = Löschen
card-shared = Per Link geteilt
card-feedback = { $count ->
    [one] Neues Feedback
   *[other] Neues Feedback ({ $count })
}
card-feedback-on = zu { $title }
download = Herunterladen
download-html = Offline-Seite (.html)
download-zip = { -brand }-Paket (.zip)
download-w3c = W3C-Annotationen (.json)
download-iiif = IIIF-Manifest (.json)
import-choose-picture = Wähle jetzt das Bild zu diesen Annotationen.
import-importing = { $name } wird importiert …
import-progress = { $name } wird importiert … { $percent } %
import-done = „{ $title }“ als private Szene importiert.
import-failed = Die Datei konnte nicht importiert werden: { $reason }
import-nothing = Wähle eine Datei zum Importieren.
import-needs-picture = Annotationen brauchen ihr Bild: Wähle die JSON-Datei und das Bild zusammen.
import-picture-alone = Um aus einem Bild eine Szene zu machen, nutze Neue Szene. Um Annotationen zu importieren, wähle ihre JSON-Datei zusammen mit dem Bild.
import-too-many = Importiere eine Datei nach der anderen: ein Paket, eine H5P-Datei oder eine JSON-Datei mit ihrem Bild.
confirm-cancel = Abbrechen

## Entdecken (/explore), nicht gefunden und Seiten, die ein Konto brauchen

explore-title = Entdecken
explore-lead = Szenen, die ihre Autorinnen und Autoren veröffentlicht haben.
explore-empty = Noch keine öffentlichen Szenen.
explore-loading = Wird geladen …
explore-more = Mehr anzeigen
not-found-title = Nicht gefunden oder nicht mit dir geteilt
not-found-text = Diese Seite gibt es nicht, oder sie wurde nicht mit dir geteilt. Wenn dir jemand diesen Link geschickt hat, bitte die Person, ihn zu prüfen.
not-found-explore = Öffentliche Szenen entdecken
gate-log-in = Anmelden
gate-sign-up = Registrieren
gate-editor-title = Eine Szene erstellen
gate-editor = Melde dich an oder registriere dich, um Szenen zu erstellen.
gate-school-title = Schule
gate-school = Melde dich als Admin deiner Schule an, um ihre Einstellungen zu sehen.
gate-classes-title = Klassen
gate-classes = Melde dich an oder registriere dich, um deine Klassen zu sehen.
gate-settings-title = Einstellungen
gate-settings = Melde dich an oder registriere dich, um dein Konto zu sehen.
