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
## Einstellungen (/settings): das Konto, sein Bild, Profil, Passwort, Schulkonten und Aktivitätsprotokoll

settings-title = Dein Konto
settings-account-type = Kontoart
settings-kind-individual = Einzelperson
settings-kind-student = Schülerin oder Schüler
settings-kind-teacher = Lehrkraft
settings-school = Schule
settings-school-admin = { $school } (Admin)
settings-birth = Geburtsdatum
settings-birth-hint = Nur die Admins deiner Schule können es ändern.
settings-picture = Profilbild
settings-profile = Profil
settings-password = Passwort
settings-change-password = Passwort ändern
settings-data = Deine Daten
settings-data-text = Eine Datei mit allem, was { -brand } über dich speichert: dein Konto, Szenen, hochgeladene Dateien, Feedback, Klassen, Aktivitätsprotokoll und die Aufrufstatistik deiner Szenen.
settings-download-data = Meine Daten herunterladen
settings-activity = Aktivität
settings-activity-text = Anmeldungen und Änderungen an deinem Konto, mit der Adresse, von der sie kamen. Wird 90 Tage aufbewahrt.
settings-delete-heading = Dein Konto löschen
settings-delete-explanation = Dein Konto, deine Szenen, Bilder, Töne, dein Feedback und deine Aufrufstatistik werden sofort gelöscht, und deine geteilten Links funktionieren nicht mehr. Nur dein Aktivitätsprotokoll bleibt noch 30 Tage erhalten, dann wird auch es gelöscht. Das lässt sich nicht rückgängig machen; lade vorher deine Daten herunter, wenn du sie behalten willst.
settings-delete-open = Konto löschen
settings-delete-confirm = Mein Konto endgültig löschen
settings-delete-password = Passwort
avatar-current = Dein Profilbild
avatar-file = Profilbild
avatar-choose = Bild auswählen
avatar-choose-new = Neues Bild auswählen
avatar-remove = Bild entfernen
avatar-not-a-picture = „{ $name }“ ist kein Bild, das { -brand } zeigen kann. Verwende eine PNG-, JPEG-, WebP- oder GIF-Datei.
avatar-unreadable = Dieses Bild konnte nicht gelesen werden.
avatar-unprepared = Dieses Bild konnte nicht vorbereitet werden.
avatar-preview = Dein neues Bild: Ziehe es oder nutze die Pfeiltasten, um es zu verschieben
avatar-crop-hint = Ziehe das Bild oder nutze die Pfeiltasten, um auszuwählen, was im Quadrat zu sehen ist.
avatar-zoom = Zoom
avatar-save = Bild speichern
avatar-saving = Wird gespeichert …
avatar-cancel = Abbrechen
profile-username = Benutzername
profile-username-hint = 3 bis 32 Zeichen aus a–z, 0–9, _ . und -. Andere sehen ihn neben deinen Szenen.
profile-email = E-Mail
profile-email-hint = Nur du siehst sie (und in einer Schule auch deine Lehrkräfte und Admins).
profile-marketing = Schick mir ab und zu Neuigkeiten über { -brand }
profile-save = Änderungen speichern
profile-saved = Gespeichert.
password-current = Aktuelles Passwort
password-new = Neues Passwort
password-new-hint = Mindestens 8 Zeichen.
password-change = Passwort ändern
password-changed = Passwort geändert. Überall sonst bist du jetzt abgemeldet.
providers-title = Schulkonten
providers-intro = Melde dich mit einem Konto an, das du von deiner Schule bekommen hast. { -brand } speichert nur, um welches Konto es sich handelt, sonst nichts davon.
providers-connected = verbunden am { $date }
providers-remove = Entfernen
providers-remove-label = { $provider } entfernen
providers-removed = { $provider } entfernt
providers-connect = { $provider } verbinden
providers-password = Passwort
providers-password-hint = Dein { -brand }-Passwort, um zu zeigen, dass du es bist.
providers-continue = Weiter zu { $provider }
providers-cancel = Abbrechen
activity-loading = Deine Aktivität wird geladen …
activity-caption = Deine Aktivität, neueste zuerst
activity-when = Wann
activity-what = Was
activity-from = Von
activity-with-detail = { $what }: { $detail }
activity-show-all = Alle { $count } Einträge anzeigen
activity-kind-account-created = Konto erstellt
activity-kind-sign-in = Angemeldet
activity-kind-sign-in-failed = Anmeldung fehlgeschlagen (falsches Passwort)
activity-kind-sign-out = Abgemeldet
activity-kind-password-changed = Passwort geändert
activity-kind-settings-changed = Kontoeinstellungen geändert
activity-kind-changed-by-admin = Von einem Schul-Admin geändert
activity-kind-scene-created = Szene erstellt
activity-kind-scene-deleted = Szene gelöscht
activity-kind-visibility-changed = Sichtbarkeit einer Szene geändert
activity-kind-data-exported = Daten heruntergeladen
activity-kind-account-deleted = Konto gelöscht
activity-kind-provider-connected = Anmeldedienst verbunden
activity-kind-provider-removed = Anmeldedienst entfernt
activity-kind-learning-platform-linked = Konto einer Lernplattform verknüpft
activity-kind-class-work-exported = Arbeiten einer Klasse heruntergeladen
activity-kind-school-exported = Daten der Schule heruntergeladen
activity-kind-school-deleted = Schule gelöscht

## Der erste Besuch nach der Anmeldung mit einem Schulkonto: das Geburtsdatum

birth-date-title = Willkommen! Zuerst eine Frage
birth-date-label = Geburtsdatum
birth-date-hint = Deine Schule braucht es. Nur du und die Admins deiner Schule sehen es.
birth-date-save = Speichern

## Der Titel des Browser-Tabs, nach der Überschrift der Seite

heading-title-alone = { -brand }
heading-page-title = { $name } · { -brand }

## Datenschutz (/privacy): eine Nachricht je Absatz oder Listenpunkt; die Fakten genau übernehmen

privacy-title = Datenschutz
privacy-lead = { -brand } speichert so wenig wie möglich, auf dem Server, den deine Schule oder du betreibt. Keine Werbung, kein Tracking, keine Dritten.
privacy-viewer-heading = Wenn du eine Szene nur ansiehst
privacy-viewer-no-account = Du brauchst kein Konto. { -brand } setzt dir kein Cookie, speichert keine Kennung in deinem Browser und speichert nie deine IP-Adresse, deinen Browser oder deine Sprache.
privacy-viewer-counts = Wem die Szene gehört, sieht anonyme Zahlen pro Tag: Aufrufe, Besucher, welche Hotspots geöffnet wurden, Klicks auf Links, abgespielte Medien und ungefähr, wie lange die Leute geblieben sind. Um einen Besucher nur einmal am Tag zu zählen, mischt der Server die Szene, deine IP-Adresse und den Namen deines Browsers mit einem zufälligen Geheimnis, das für diesen Tag erzeugt wird. Nur das gemischte Ergebnis wird gespeichert, und daraus lässt sich deine Adresse nicht zurückgewinnen. Wenn der Tag endet (UTC; spätestens eine Stunde danach), werden das Geheimnis und die gemischten Ergebnisse vernichtet, sodass nichts deine Besuche an verschiedenen Tagen verbindet; nur die Zahlen bleiben. Wenn dein Browser Do Not Track oder Global Privacy Control sendet, wird nur ein bloßer Aufruf gezählt. Bei Szenen von Schülerinnen und Schülern werden Zahlen unter 5 als „weniger als 5“ angezeigt, damit niemand Einzelnes auffällt.
privacy-account-heading = Wenn du ein Konto hast
privacy-account-username = Dein Benutzername, den andere neben deinen Szenen sehen können.
privacy-account-email = Deine E-Mail-Adresse, verschlüsselt gespeichert. Du kannst sie sehen, ebenso die Admins deiner Schule; wenn du Schülerin oder Schüler bist, auch deine Lehrkräfte. Deine Klasse und alle anderen sehen sie nie.
privacy-account-password = Dein Passwort, nur als Einweg-Hash (argon2id) gespeichert: Niemand kann es lesen, nicht einmal die Administratoren des Servers.
privacy-account-birth = Bei Schülerinnen und Schülern dein Geburtsdatum, verschlüsselt gespeichert. Du und die Admins deiner Schule könnt es sehen; deine Lehrkräfte und deine Klasse nie.
privacy-account-scenes = Die Szenen und Bilder, die du erstellst. Sie sind zuerst privat: Du siehst sie und in einer Schule deren Admins; die Szenen von Schülerinnen und Schülern auch ihre Lehrkräfte und (wenn die Schule es erlaubt) die anderen Schülerinnen und Schüler der Schule. Nicht gelistet öffnet sie für alle, die den Link haben; Öffentlich zeigt sie zusätzlich unter Entdecken. Ein Bild oder Ton, den du hochlädst, aber nie in einer Szene verwendest, wird nach einem Tag gelöscht.
privacy-account-picture = Dein Profilbild, wenn du eines auswählst. Deine Klasse sieht es nur, wenn deine Schule es erlaubt.
privacy-account-cookie = Ein Cookie, pinpoint_session (__Host-pinpoint_session auf einem Server mit HTTPS), damit du angemeldet bleibst. Es gilt 30 Tage oder bis du dich abmeldest, und der Server speichert nur einen Hash davon.
privacy-account-unsaved = Änderungen, die du noch nicht gespeichert hast, nur in diesem Browser aufbewahrt (nirgendwohin gesendet), bis der Server sie hat. Beim Abmelden werden die ungespeicherten Änderungen aller Konten aus dem Browser entfernt, sodass die nächste Person an einem gemeinsam genutzten Computer keine findet.
privacy-account-activity = Ein Aktivitätsprotokoll: Anmeldungen (auch fehlgeschlagene), Abmeldungen, Änderungen an Passwort und Einstellungen, erstellte oder gelöschte Szenen, Änderungen der Sichtbarkeit, Datendownloads. Jeder Eintrag hat seine Uhrzeit und die IP-Adresse, von der er kam, verschlüsselt gespeichert. Nur du kannst es lesen, auf deiner Einstellungsseite. Mehrere fehlgeschlagene Anmeldungen hintereinander werden als ein Eintrag gespeichert, der sie zählt. Einträge werden nach 90 Tagen gelöscht.
privacy-account-guessing = Um das Erraten von Passwörtern zu verhindern, zählt der Server 15 Minuten lang fehlgeschlagene Anmeldungen für einen Namen und von einer Adresse, mit einem Hash mit Schlüssel, aus dem sich keins von beiden zurückgewinnen lässt; nach mehr als 10 muss die Anmeldung warten, bis die 15 Minuten vorbei sind.
privacy-account-marketing = Werbe-E-Mails nur, wenn du sie anforderst (nie für Schülerinnen und Schüler).
privacy-sso-heading = Wenn du dich mit einem Schulkonto anmeldest
privacy-sso-text = Wenn dieses { -brand } die Anmeldung mit Google, Microsoft oder den eigenen Konten deiner Schule anbietet, leitet dich eine solche Anmeldung zu diesem Anbieter weiter. Er erfährt, dass du dich bei diesem { -brand } anmeldest (und wann); { -brand } erfährt von ihm nur, wer du dort bist (eine Kennung), deine E-Mail-Adresse und ob der Anbieter sie geprüft hat. { -brand } speichert nur den Anbieter und diese Kennung, um dich beim nächsten Mal wiederzuerkennen, und nie dein Passwort dort oder irgendwelche Tokens des Anbieters. Es verbindet nie ein Konto mit deinem allein über die E-Mail-Adresse: Um ein Schulkonto mit einem Konto zu nutzen, das du schon hast, verbinde es in den Einstellungen. Dort kannst du es auch wieder entfernen (außer es ist dein einziger Weg hinein), und es steht in Meine Daten herunterladen und im Aktivitätsprotokoll.
privacy-sso-domain = Wenn deine Schule ihre E-Mail-Domain eingetragen hat, macht dich deine erste Anmeldung zu einer Schülerin oder einem Schüler dieser Schule, und du gibst einmal dein Geburtsdatum an; die Admins deiner Schule können deine Rolle ändern.
privacy-lms-heading = Wenn du eine Szene aus deinem Kurs öffnest (LMS)
privacy-lms-text = Die Lernplattform deiner Schule (Canvas, Moodle, ...) teilt { -brand } in einer signierten Nachricht mit, welche Szene gezeigt werden soll. { -brand } prüft die Nachricht und zeigt die Szene so, wie es jeden geteilten Link zeigt: Du brauchst kein { -brand }-Konto, es setzt kein Cookie und speichert nichts von dem, was die Plattform über dich sagt (nicht einmal deine Kennung dort); dein Aufruf wird nur anonym gezählt, wie oben beschrieben. Die Plattform erfährt, dass du die Szene geöffnet hast, wie bei allem in deinem Kurs.
privacy-lms-teacher = Eine Lehrkraft, die Szenen zu Kursen hinzufügt, verknüpft einmal ihr Konto auf der Plattform mit ihrem { -brand }-Konto. { -brand } speichert nur diese Verknüpfung: die Plattform und die Kennung der Lehrkraft dort. Sie steht in Meine Daten herunterladen und im Aktivitätsprotokoll und wird mit dem Konto gelöscht.
privacy-rights-heading = Deine Rechte
privacy-rights-change = Benutzername, E-Mail, Profilbild und Passwort auf der Einstellungsseite ansehen und ändern. Das Geburtsdatum von Schülerinnen und Schülern ändern die Admins ihrer Schule.
privacy-rights-download = Meine Daten herunterladen gibt dir eine Datei mit allem, was { -brand } über dich speichert.
privacy-rights-delete = Konto löschen entfernt sofort dein Konto, deine Szenen, Bilder, Töne, dein Feedback und deine Statistik; ihre Links funktionieren nicht mehr. Nur dein Aktivitätsprotokoll bleibt 30 Tage lang erhalten, falls es eine Sicherheitsfrage gibt, und wird dann gelöscht.
privacy-who-heading = Wer deine Szenen sieht
privacy-who-private = : du, deine Lehrkräfte und die Admins deiner Schule; und wenn deine Schule es erlaubt, die Schülerinnen und Schüler deiner Schule (nur lesen).
privacy-who-unlisted = : alle, denen du den Link gibst. Nie gelistet, und Suchmaschinen werden gebeten, sie nicht zu indexieren.
privacy-who-public = : alle; gelistet unter Entdecken.
privacy-who-hidden = Eine Szene, die jemand nicht sehen darf, antwortet genau so, als gäbe es sie nicht.
privacy-school-heading = In einer Schule
privacy-school-teachers = Deine Lehrkräfte sehen deine E-Mail-Adresse, aber nie dein Geburtsdatum. Die Admins deiner Schule sehen beides.
privacy-school-classmates = Deine Klasse sieht nie deine E-Mail-Adresse oder dein Geburtsdatum. Wenn deine Schule es erlaubt, sieht sie deinen Benutzernamen, dein Profilbild und deine Szenen.
privacy-school-feedback = Deine Lehrkräfte können Feedback zu deinen Szenen geben; nur du, deine Lehrkräfte und die Admins deiner Schule lesen es.
privacy-school-publish = Deine Schule entscheidet, ob Schülerinnen und Schüler Szenen öffentlich machen dürfen.
privacy-school-statistics = Deine Lehrkräfte und die Admins deiner Schule können die Aufrufstatistik deiner Szenen sehen.
privacy-school-downloads = Deine Lehrkräfte können die Arbeiten ihrer Klassen herunterladen (deine Szenen, mit ihren Bildern und Tönen). Die Admins deiner Schule können alles herunterladen, was die Schule gespeichert hat, auch die Daten jedes Kontos so, wie Meine Daten herunterladen sie liefert, um sie anderswohin mitzunehmen.
privacy-school-deleted = Wenn deine Schule gelöscht wird, werden dein Konto und alles darin sofort gelöscht, wie wenn du dein Konto selbst löschst; nur das Aktivitätsprotokoll bleibt 30 Tage lang erhalten.
privacy-where-heading = Wo es gespeichert wird
privacy-where-text = Auf dem Server, auf dem dieses { -brand } läuft, in einer Datenbank (SQLite, oder PostgreSQL bei größeren Installationen) und einem Ordner oder Speicher-Bucket mit hochgeladenen Dateien, die sein Betreiber verwaltet. E-Mail-Adressen, Geburtsdaten und die Adressen im Aktivitätsprotokoll werden mit einem Schlüssel verschlüsselt, der daneben aufbewahrt wird. Sicherungen (der Server behält seine letzten vier wöchentlichen, außer sein Betreiber legt etwas anderes fest) enthalten dieselben Daten, außer den Geheimnissen zum Zählen der Besucher, und werden genauso sicher aufbewahrt; Gelöschtes bleibt in ihnen, bis sie ersetzt werden.

## Verbindung zum Server

api-status = Der Server antwortete mit Status { $status }
api-network = Pinpoint ist nicht erreichbar. Prüfe deine Verbindung und versuche es noch einmal.
api-unreadable = Der Server hat eine Antwort geschickt, die diese Seite nicht lesen kann. Lade die Seite neu.
api-too-many-tries-later = Zu viele Versuche. Versuche es später noch einmal.
api-too-many-tries = { $minutes ->
    [one] Zu viele Versuche. Versuche es in einer Minute noch einmal.
   *[other] Zu viele Versuche. Versuche es in { $minutes } Minuten noch einmal.
}
api-not-a-picture = „{ $name }“ ist kein Bild, das Pinpoint zeigen kann. Nimm eine PNG-, JPEG-, WebP- oder GIF-Datei.
api-not-a-picture-or-sound = „{ $name }“ ist kein Bild und kein Ton, den Pinpoint abspielen kann. Nimm PNG, JPEG, WebP, GIF, MP3, Ogg, WAV oder M4A.
api-file-too-big = Diese Datei ist { $size } MB groß; Dateien dürfen höchstens { $max } MB groß sein.

## Details im Aktivitätsprotokoll (vom Server geschrieben)

activity-repeats = { $count ->
    [one] { $count } Versuch
   *[other] { $count } Versuche hintereinander, der letzte zu dieser Zeit
}
activity-change-username = Benutzername
activity-change-email = E-Mail
activity-change-picture = Bild
activity-change-birth-date = Geburtsdatum
activity-change-marketing = Werbe-Einstellung
activity-change-language = Sprache
activity-change-password-reset = Passwort zurückgesetzt
activity-change-removed = aus der Schule entfernt
activity-list-separator = {", "}
activity-by-admin = von der Schulverwaltung
## Klassen (/classes): Klassen, Beitrittscodes, Lernende und ihre Arbeiten

classes-title = Klassen
classes-no-school-teacher = Klassen gehören zu einer Schule. Gründe deine Schule, wenn du dich als Lehrkraft registrierst, oder bitte die Admins deiner Schule um eine Einladung.
classes-no-school = Klassen gibt es nur in Schulen. Dein Konto gehört zu keiner.
classes-empty-teacher = Du hast noch keine Klassen. Lege eine an und gib ihren Beitrittscode an deine Schülerinnen und Schüler weiter.
classes-empty-student = Du bist noch in keiner Klasse.
classes-name = Name der Klasse
classes-create = Klasse anlegen
classes-join-code = Beitrittscode
classes-join-hint = Trittst du einer weiteren Klasse deiner Schule bei? Gib ihren Code ein.
classes-join = Klasse beitreten
classes-student-count = { $count ->
    [one] { $count } lernende Person
   *[other] { $count } Lernende
}
classes-join-code-label = Beitrittscode:
classes-new-code = Neuer Code
classes-copy-join-link = Beitrittslink kopieren
classes-join-link = Beitrittslink
classes-private-note = Deine Schule hält Namen und Arbeiten deiner Mitschülerinnen und Mitschüler privat.
classes-students = Schülerinnen und Schüler
classes-student-born = geboren am { $date }
classes-no-students = Noch keine Schülerinnen und Schüler.
classes-work = Arbeiten
classes-no-work = Noch keine Szenen.
classes-work-byline = von { $username } · { $date }
classes-not-reviewed = Nicht geprüft
classes-feedback = Feedback
# Said after "Feedback" to screen readers: "Feedback on Volcano".
classes-feedback-on = zu { $title }

## Schülerinnen und Schüler zu einer Klasse hinzufügen, mit Einmalpasswörtern

students-add = Schülerinnen und Schüler hinzufügen
students-add-hint = Für alle ohne eigene E-Mail-Adresse, oder um eine ganze Klasse auf einmal anzulegen. Alle bekommen ein Einmalpasswort, das nur hier und nur einmal angezeigt wird: Gib es ihnen weiter.
students-username = Benutzername
students-email = E-Mail (optional)
students-born = Geburtsdatum
students-add-one = Hinzufügen
students-class-list = Klassenliste (CSV)
students-class-list-hint = Eine Person pro Zeile: Benutzername, E-Mail (darf leer sein), Geburtsdatum (JJJJ-MM-TT). Eine Kopfzeile ist erlaubt.
students-class-list-choose = CSV-Datei auswählen
students-report-caption = Bei diesem Besuch hinzugefügt (die Passwörter werden nicht noch einmal angezeigt)
students-report-username = Benutzername
students-report-result = Ergebnis
students-report-password = Einmalpasswort
students-created = Angelegt
# $reason: why the server refused the line, in its own words.
students-refused = Abgelehnt: { $reason }

## Feedback zur Szene einer Schülerin oder eines Schülers

feedback-title = Feedback
feedback-loading = Feedback wird geladen …
feedback-none = Noch kein Feedback.
feedback-yours = Dein Feedback
feedback-send = Feedback senden
feedback-mark-reviewed = Als geprüft markieren
feedback-send-and-mark = Senden und als geprüft markieren
feedback-sent = Feedback gesendet.
feedback-sent-and-reviewed = Feedback gesendet und als geprüft markiert.
feedback-marked-reviewed = Als geprüft markiert.

## Die Statistik einer Szene

stats-show = Statistik
stats-hide = Statistik ausblenden
# Said after "Statistics" to screen readers: "Statistics of Volcano".
stats-of = zu { $title }
stats-period = Zeitraum
stats-period-7 = Letzte 7 Tage
stats-period-30 = Letzte 30 Tage
stats-period-90 = Letzte 90 Tage
stats-period-365 = Letztes Jahr
stats-loading = Statistik wird geladen …
stats-views = Aufrufe
stats-visitors = Besucher
stats-link-clicks = Link-Klicks
stats-media-plays = Wiedergaben
# A count hidden on a student's scene ($count is 5).
stats-fewer-than = weniger als { $count }
# A total that includes hidden counts.
stats-or-more = { $count } oder mehr
stats-visitors-hint = Besucher werden einmal pro Tag und Szene gezählt, ohne Cookies; wer an zwei Tagen kommt, zählt doppelt.
stats-small-counts-hint = Das ist die Szene einer Schülerin oder eines Schülers: Zahlen unter { $count } erscheinen als „weniger als { $count }“, und solche Tage fehlen in den Summen, damit niemand einzeln auffällt.
# The chart, for screen readers; $views and $visitors are the phrases below.
stats-chart-summary = Aufrufe und Besucher pro Tag in { $days } Tagen: { $views }, { $visitors }.
stats-views-count = { $count ->
    [one] { $count } Aufruf
   *[other] { $count } Aufrufe
}
stats-views-or-more = { $count } oder mehr Aufrufe
stats-views-fewer = weniger als { $count } Aufrufe
stats-visitors-count = { $count } Besucher
stats-visitors-or-more = { $count } oder mehr Besucher
stats-visitors-fewer = weniger als { $count } Besucher
# A day's bar in the chart: "30 Nov 2026: 12 views".
stats-bar-title = { $date }: { $views }
stats-by-day = Die Zahlen Tag für Tag
stats-date = Datum
stats-hotspots = Hotspots nach Öffnungen
stats-no-hotspots = Diese Szene hat noch keine Hotspots.
stats-hotspot = Hotspot
stats-opens = Öffnungen
# A hotspot without a title.
stats-hotspot-number = Hotspot { $number }
stats-time = Verweildauer
stats-time-under-10s = Unter 10 Sekunden
stats-time-10s-30s = 10 bis 30 Sekunden
stats-time-30s-1m = 30 Sekunden bis 1 Minute
stats-time-1m-3m = 1 bis 3 Minuten
stats-time-3m-10m = 3 bis 10 Minuten
stats-time-over-10m = Über 10 Minuten

## Die Seite für die Admins der Schule (/school)

school-title = Schule
school-admins-only = Nur die Admins deiner Schule können ihre Einstellungen ändern.
school-saved = Gespeichert
school-privacy = Datenschutz-Einstellungen
school-peer-visibility = Schülerinnen und Schüler sehen die Arbeiten ihrer Mitschüler
school-peer-visibility-hint = Wenn aktiviert, sehen Schülerinnen und Schüler die Benutzernamen, Profilbilder und Szenen (nur lesend, auch private) der anderen an ihrer Schule. Nie deren E-Mail oder Geburtsdatum.
school-students-can-publish = Schülerinnen und Schüler dürfen öffentlich veröffentlichen
school-students-can-publish-hint = Wenn deaktiviert, können Schülerinnen und Schüler Szenen nur privat oder nicht gelistet machen (für alle mit dem Link); nichts von ihnen erscheint unter Entdecken.
school-invite = Lehrkräfte einladen
school-invite-hint = Lehrkräfte, die sich mit diesem Code (oder dem Link) registrieren, treten deiner Schule bei. Sie sehen nur die Schülerinnen und Schüler ihrer eigenen Klassen.
school-invite-code-label = Einladungscode:
school-new-invite-code = Neuer Einladungscode
school-copy-invite-link = Einladungslink kopieren
school-invite-link = Einladungslink
school-data = Die Daten deiner Schule
school-data-hint = Ein ZIP mit allem: der Datenexport jeder Person, die Klassen und Einstellungen und jede Szene als { -brand }-Paket, aufgelistet in index.csv.

## Die Personen einer Schule, für ihre Admins

users-caption = Personen an deiner Schule
users-column-username = Benutzername
users-column-role = Rolle
users-column-email = E-Mail
users-column-born = Geburtsdatum
users-column-actions = Aktionen
users-role-individual = Einzelperson
users-role-student = Schülerin oder Schüler
users-role-teacher = Lehrkraft
# $role is one of the three above.
users-role-and-admin = { $role }, Admin
users-one-time-password = Einmalpasswort: { $password }
users-edit = Bearbeiten
users-new-username = Neuer Benutzername
users-new-email = Neue E-Mail
users-new-born = Geburtsdatum
users-save = Änderungen speichern
users-reset-password = Passwort zurücksetzen
# Said after "Reset password" to screen readers.
users-reset-password-of = von { $username }
users-reset-password-confirm = { $username } ein neues Einmalpasswort geben? Das bisherige funktioniert dann nicht mehr.
users-remove = Aus der Schule entfernen
users-remove-confirm = { $username } aus der Schule entfernen? Das Konto bleibt bestehen; die Klassen gehen an dich über.
users-delete = Löschen
users-delete-confirm = Das Konto von { $username } löschen? Szenen und Bilder werden sofort gelöscht. Das kann nicht rückgängig gemacht werden.

## Anmeldung mit Schulkonten (E-Mail-Domains)

domains-title = Anmeldung mit Schulkonten
domains-hint = Schülerinnen und Schüler, deren Schul-E-Mail auf eine dieser Domains endet, treten deiner Schule bei, wenn sie sich zum ersten Mal mit ihrem Schulkonto anmelden. Beim ersten Besuch geben sie ihr Geburtsdatum an; ihre Rolle kannst du unten ändern.
domains-field = E-Mail-Domains
# Keep the example's commas: the field is split at them.
domains-field-hint = Durch Kommas getrennt, etwa hill.example, pupils.hill.example
domains-save = Domains speichern
domains-saved = Gespeichert

## Lernplattformen (LTI 1.3)

lti-title = Lernplattformen (LTI)
lti-hint = Zeige { -brand }-Szenen in Canvas, Moodle oder einer anderen Lernplattform. Lehrkräfte dieser Schule fügen ihre Szenen im Kurseditor hinzu (die Launch-URL unterstützt auch Deep Linking); Lernende öffnen sie dort ohne { -brand }-Konto, und nichts über sie wird gespeichert.
lti-step-1 = 1. Füge { -brand } als LTI-1.3-Tool zu deiner Lernplattform hinzu
lti-login-url = Login-URL
lti-copy-login-url = Login-URL kopieren
lti-launch-url = Launch-URL
lti-copy-launch-url = Launch-URL kopieren
lti-keys-url = URL der öffentlichen Schlüssel
lti-copy-keys-url = Schlüssel-URL kopieren
lti-step-2 = 2. Trage ein, was deine Lernplattform für { -brand } anzeigt
lti-platform-ids = Client { $client }, Deployment { $deployment }
lti-remove = Entfernen
lti-remove-platform = { $issuer } entfernen
lti-issuer = Aussteller der Plattform (Issuer)
lti-issuer-hint = Etwa https://canvas.instructure.com
lti-client-id = Client-ID
lti-deployment-id = Deployment-ID
lti-auth-url = Autorisierungs-URL
lti-auth-url-hint = Die URL der Plattform für OIDC-Authentifizierungsanfragen
lti-jwks-url = Schlüssel-URL
lti-jwks-url-hint = Die URL des öffentlichen JWK-Sets der Plattform
lti-register = Plattform registrieren
lti-registered = { $issuer } registriert
lti-removed = Entfernt

## Die Arbeiten einer Klasse oder die Daten einer ganzen Schule herunterladen

export-class-button = Arbeiten der Klasse herunterladen
# $name: the class's name.
export-class-downloading = Arbeiten der Klasse { $name } werden heruntergeladen …
export-class-done = Arbeiten der Klasse { $name } ({ $size }) als { $file } heruntergeladen.
export-class-failed = Arbeiten der Klasse { $name } konnten nicht heruntergeladen werden: { $reason }
export-school-button = Schuldaten herunterladen
export-school-downloading = Die Daten der Schule werden heruntergeladen …
export-school-done = Die Daten der Schule ({ $size }) als { $file } heruntergeladen.
export-school-failed = Die Daten der Schule konnten nicht heruntergeladen werden: { $reason }
# How much has arrived so far.
export-received = { $size } empfangen
export-size-kb = { $size } KB
export-size-mb = { $size } MB

## Die Schule löschen

danger-school-title = Die Schule löschen
danger-school-text = Alle Konten der Schule werden sofort gelöscht, mit allen Szenen, Bildern, Tönen, Feedbacks und Statistiken, und alle Klassen und Einstellungen der Schule. Geteilte Links funktionieren nicht mehr. Nur die Aktivitätsprotokolle bleiben noch { $days } Tage erhalten, dann werden auch sie gelöscht. Das kann nicht rückgängig gemacht werden: Lade zuerst die Daten der Schule herunter.
danger-school-open = Schule löschen …
danger-school-confirm = Schule löschen
danger-school-name = Name der Schule
danger-school-name-hint = Gib „{ $name }“ ein, um zu bestätigen.
danger-school-name-wrong = Das ist nicht der Name der Schule: Gib genau „{ $name }“ ein
danger-school-password = Passwort
danger-cancel = Abbrechen
## Der Editor (/new, /s/.../edit): Seite, Werkzeugleiste und Statuszeile

editor-open-not-found = Nicht gefunden oder nicht mit dir geteilt
editor-open-failed = Diese Szene konnte nicht geöffnet werden
editor-new-scene = Neue Szene
editor-loading = Szene wird geladen …
editor-toolbar = Szene
editor-undo = Rückgängig
editor-redo = Wiederholen
editor-save = Speichern
editor-copy-link = Link kopieren
editor-link = Link
editor-share = Teilen
editor-view = Ansehen
editor-link-who = Wer ihn öffnen kann: { $who }
editor-link-who-private = Wer ihn öffnen kann: { $who } Alle anderen sehen „Nicht gefunden“.
editor-saving = Wird gespeichert …
editor-offline = Offline: Deine Änderungen bleiben in diesem Browser und werden gespeichert, sobald die Verbindung wieder da ist.
editor-reload = Neu laden (meine Änderungen verwerfen)
editor-overwrite = Mit meinen überschreiben
editor-needs-name = Gib der Szene einen Namen, um sie zu speichern
editor-unsaved = Ungespeicherte Änderungen
editor-saved = Gespeichert
editor-restored = Änderungen wiederhergestellt, die du in diesem Browser nicht gespeichert hattest.
editor-restored-discard = Verwerfen
editor-restored-keep = Behalten
editor-leave-unsaved = Du hast ungespeicherte Änderungen.

## Das Bild, das bearbeitet wird

editor-picture = Bild
editor-hint-panorama-pointer = Zieh am Bild oder nutze seine Pfeiltasten, um dich umzusehen. Klicke, um dort einen Hotspot hinzuzufügen; zieh einen, um ihn zu verschieben. Bei einem ausgewählten Hotspot verschieben ihn die Pfeiltasten, und Entf entfernt ihn.
editor-hint-panorama-touch = Wische, um dich umzusehen; tippe, um dort einen Hotspot hinzuzufügen; zieh einen, um ihn zu verschieben.
editor-hint-pointer = Klicke ins Bild, um einen Hotspot hinzuzufügen; zieh einen, um ihn zu verschieben. Bei einem ausgewählten Hotspot verschieben ihn die Pfeiltasten (Umschalt: weiter), und Entf entfernt ihn.
editor-hint-touch = Tippe ins Bild, um einen Hotspot hinzuzufügen; zieh einen, um ihn zu verschieben.
editor-add-hotspot = Hotspot hinzufügen
editor-set-start-view = Startansicht festlegen
editor-start-view-set = Wer die Szene ansieht, schaut zuerst dorthin, wohin du jetzt schaust.
editor-added-middle = Hotspot { $number } in der Mitte hinzugefügt.
editor-added-left = Hotspot { $number } links hinzugefügt.
editor-added-right = Hotspot { $number } rechts hinzugefügt.
editor-added-top = Hotspot { $number } oben hinzugefügt.
editor-added-bottom = Hotspot { $number } unten hinzugefügt.
editor-added-top-left = Hotspot { $number } oben links hinzugefügt.
editor-added-top-right = Hotspot { $number } oben rechts hinzugefügt.
editor-added-bottom-left = Hotspot { $number } unten links hinzugefügt.
editor-added-bottom-right = Hotspot { $number } unten rechts hinzugefügt.
editor-added-view-middle = Hotspot { $number } in der Mitte der Ansicht hinzugefügt.
editor-panorama-toggle = 360°
editor-panorama-hint = Dieses Bild ist doppelt so breit wie hoch, wie ein 360°-Panorama: Wer es ansieht, schaut sich darin um.
editor-start-title = Fang mit einem Bild an
editor-start-pointer = Wähle unten eine Datei, leg eine hier ab oder füge eine ein (Strg+V).
editor-start-touch = Tippe hier, um ein Foto auszuwählen oder eines aufzunehmen.
editor-image = Bild
editor-image-replace = Bild (ersetzen)
editor-image-hint = PNG, JPEG, WebP oder GIF, bis 10 MB. Beim Ersetzen bleiben deine Hotspots erhalten.
editor-image-choose = Bild auswählen
editor-uploading = Wird hochgeladen
editor-uploading-percent = Wird hochgeladen … { $percent } %
editor-panorama-label = 360°-Bild. Ziehen oder die Pfeiltasten nutzen, um dich umzusehen; + und - zoomen. Klicke, um einen Hotspot hinzuzufügen.
editor-panorama-label-described = 360°-Bild: { $alt }. Ziehen oder die Pfeiltasten nutzen, um dich umzusehen; + und - zoomen. Klicke, um einen Hotspot hinzuzufügen.
editor-hotspot-number = Hotspot { $number }

## Die Leiste neben dem Bild: die Felder der Szene und wer sie sieht

editor-select-hint = Wähle einen Hotspot aus, um seinen Titel und Text zu schreiben.
editor-scene-fields = Szene
editor-scene-name = Name der Szene
editor-description = Beschreibung
editor-description-hint = Wird unter dem Bild angezeigt.
editor-alt = Beschreibe das Bild für Menschen, die es nicht sehen können
editor-reset-link = Link zurücksetzen
editor-reset-link-hint = Gibt der Szene einen neuen Link. Wer den alten Link oder eine alte Einbettung hat, verliert den Zugriff.
editor-reset-link-confirm = Den Link dieser Szene zurücksetzen? Der alte Link und alle Einbettungen davon funktionieren dann nicht mehr.
editor-visibility = Sichtbarkeit
editor-who-private-alone = Nur du.
editor-who-private-staff = Du und die Admins deiner Schule.
editor-who-private-student = Du, deine Lehrkräfte und die Admins deiner Schule.
editor-who-private-student-peers = Du, deine Lehrkräfte, die Admins deiner Schule und die anderen Schülerinnen und Schüler deiner Schule (sie können sie nicht ändern).
editor-who-unlisted = Alle mit dem Link. Nie gelistet und nicht über Suchmaschinen zu finden.
editor-who-public = Alle. Unter Entdecken gelistet und über Suchmaschinen zu finden.

## Die Felder des ausgewählten Hotspots

editor-hotspot-of = Hotspot { $number } von { $count }
editor-hotspot-title = Titel
editor-hotspot-text = Text
editor-hotspot-text-hint = Reiner Text. Zeilenumbrüche bleiben erhalten; Webadressen werden zu Links.
editor-hotspot-link = Link
editor-hotspot-link-hint = Optional: eine Webseite (https://) oder eine E-Mail-Adresse (mailto:).
editor-across = Von links (%)
editor-down = Von oben (%)
editor-order = Lesereihenfolge (Screenreader und die Tab-Taste folgen ihr):
editor-move-earlier = Nach vorne
editor-move-later = Nach hinten
editor-icon = Symbol
editor-icon-info = Info
editor-icon-question = Fragezeichen
editor-icon-star = Stern
editor-icon-dot = Punkt
editor-icon-number = Nummer
editor-colour = Farbe
editor-opens-with = Öffnet dazu
editor-media-picture = Dieser Hotspot öffnet ein Bild.
editor-media-sound = Dieser Hotspot spielt einen Ton ab.
editor-media-video = Dieser Hotspot öffnet ein { $provider }-Video.
editor-popup-media = Bild oder Ton im Popup
editor-popup-media-choose = Bild oder Ton auswählen
editor-popup-uploading = Bild oder Ton für das Popup wird hochgeladen
editor-video-address = Videoadresse (YouTube oder Vimeo)
editor-video-invalid = Das ist keine Adresse eines YouTube- oder Vimeo-Videos.
editor-remove-media = Bild, Ton oder Video entfernen
editor-tour = Führt zu einer anderen Szene
editor-tour-none = Keine andere Szene
editor-tour-hint = Mach eine Tour: Das Popup bietet an, diese Szene zu öffnen.
editor-delete-hotspot = Hotspot löschen

## Teilen: der Teilen-Dialog und die Kopieren-Knöpfe

editor-share-title = „{ $title }“ teilen
editor-share-visibility = { $visibility }:
editor-share-private = Alle anderen, die den Link öffnen, sehen „Nicht gefunden“. Um sie zu teilen, wähle unter Sichtbarkeit „Nicht gelistet“ oder „Öffentlich“.
editor-share-copy-link = Link kopieren
editor-embed-code = Code zum Einbetten
editor-embed-hint = Füge ihn in eine Schulwebsite oder in eine Seite einer Lernplattform ein.
editor-copy-embed = Code zum Einbetten kopieren
editor-qr-alt = QR-Code des Links zur Szene
editor-qr-caption = Handys und Tablets öffnen den Link mit ihrer Kamera.
editor-qr-large = Groß anzeigen
editor-close = Schließen
editor-copied = { $what } kopiert.
editor-copied-note = { $what } kopiert. { $note }
editor-copy-by-hand = Kopiere es aus dem Feld: Strg+C (⌘C auf dem Mac), oder tippe auf dem Handy lange darauf.

## Statistik unter dem Editor

editor-stats = Statistik
editor-stats-hint = Anonyme Zahlen dazu, wie dein geteilter Link genutzt wird: keine Cookies, keine gespeicherten Adressen.

## Namen der Felder, wie Fehlermeldungen sie nennen

field-title = Titel
field-description = Beschreibung
field-text = Text
field-link = Link
field-image = Bild
field-sound = Ton
field-alt = Alternativtext
field-hotspot-id = Hotspot-ID
field-linked-scene = Verknüpfte Szene
field-username = Benutzername
field-email = E-Mail
field-password = Passwort
field-school-name = Name der Schule
field-class-name = Name der Klasse
field-feedback = Feedback

## Was an einer Eingabe oder Anfrage falsch war (die Prüfungen der App und die Antworten des Servers)

error-required = { $label } fehlt
error-too-short = { $label } ist zu kurz (mindestens { $min } Zeichen)
error-too-long = { $label } ist zu lang (höchstens { $max } Zeichen)
error-id-characters = { $label } darf nur Buchstaben, Ziffern, _ und - enthalten
error-lti-setting-length = Gib einen Wert mit 1 bis { $max } Zeichen ein
error-lti-address = Gib die https://-Adresse ein, die die Plattform anzeigt
error-youtube-id = Das ist keine YouTube-Video-ID
error-vimeo-id = Das ist keine Vimeo-Video-ID
error-start-view-outside = Die Startansicht muss ins Bild zeigen (0 bis 1)
error-field-of-view = Das Sichtfeld muss { $min } bis { $max } Grad betragen
error-image-size-missing = Die Bildgröße fehlt
error-start-view-flat = Eine Startansicht gibt es nur für 360°-Bilder
error-panorama-shape = Ein 360°-Bild muss doppelt so breit wie hoch sein, höchstens { $max_width } × { $max_height } Pixel (dieses hat { $width } × { $height })
error-link-spaces = Der Link muss eine vollständige Adresse ohne Leerzeichen sein
error-link-scheme = Der Link muss mit https://, http:// oder mailto: beginnen
error-colour = Die Farbe muss so geschrieben sein: #e4572e
error-position = Die Position muss im Bild liegen (0 bis 1)
error-too-many-hotspots = Eine Szene kann höchstens { $max } Hotspots haben
error-hotspot-id-twice = Zwei Hotspots haben dieselbe ID
error-domain = „{ $domain }“ ist keine E-Mail-Domain wie school.example
error-too-many-domains = Gib höchstens { $max } Domains an
error-username-characters = Der Benutzername darf nur Kleinbuchstaben a-z, Ziffern und _ . - enthalten
error-email = Die E-Mail-Adresse muss so aussehen: name@example.org
error-birth-date-format = Das Geburtsdatum muss ein Datum wie 2012-05-01 sein
error-today-unknown = Das heutige Datum ist unbekannt
error-birth-date-future = Das Geburtsdatum kann nicht in der Zukunft liegen
error-birth-date-age = Laut Geburtsdatum musst du zwischen 3 und 25 Jahre alt sein
error-birth-date-required = Schülerinnen und Schüler müssen ein Geburtsdatum angeben
error-birth-date-not-student = Nur Schülerinnen und Schüler geben ein Geburtsdatum an
error-join-code-required = Schülerinnen und Schüler brauchen einen Beitrittscode von ihrer Lehrkraft
error-join-code-individual = Beitrittscodes sind für Schülerinnen und Schüler und für eingeladene Lehrkräfte
error-found-school-teacher = Nur Lehrkräfte können eine Schule gründen
error-join-or-found = Tritt der Schule bei, zu der du eingeladen wurdest, oder gründe eine neue, aber nicht beides
error-language = Wähle eine der Sprachen, die Pinpoint spricht
error-not-found = Nicht gefunden oder nicht mit dir geteilt
error-method-not-allowed = Diese Methode ist hier nicht erlaubt
error-busy = Der Server ist gerade ausgelastet; versuch es gleich noch einmal
error-internal = Auf dem Server ist etwas schiefgegangen
error-host = Dieser Server antwortet nicht auf diesen Hostnamen
error-cross-site = Anfragen, die Daten ändern, müssen von den eigenen Seiten von Pinpoint kommen
error-log-in = Bitte melde dich an
error-password-change-first = Wähle zuerst dein eigenes Passwort: Dein jetziges hat deine Schule festgelegt
error-too-many-tries = { $minutes ->
    [one] Zu viele Versuche. Versuch es in einer Minute noch einmal.
   *[other] Zu viele Versuche. Versuch es in { $minutes } Minuten noch einmal.
}
error-send-json = Sende JSON mit Content-Type: application/json
error-json-object = Der Inhalt der Anfrage muss ein JSON-Objekt sein
error-json-field = { $detail }
error-json-invalid = Der Inhalt der Anfrage ist kein gültiges JSON
error-json-trailing = Der Inhalt der Anfrage enthält mehr als einen JSON-Wert
error-body-too-large = Der Inhalt der Anfrage ist zu groß
error-body-unreadable = Der Inhalt der Anfrage konnte nicht gelesen werden
error-only-admins = Das können nur die Admins der Schule
error-manage-own = Ändere dein eigenes Konto in deinen Einstellungen; als Admin kannst du dich hier nicht selbst entfernen oder löschen
error-manage-admin = Das Konto eines anderen Admins kann nur die Person selbst ändern
error-only-owner-edit = Nur wem diese Szene gehört, kann sie bearbeiten
error-only-owner-delete = Nur wem diese Szene gehört, kann sie löschen
error-only-owner-reset-link = Nur wem diese Szene gehört, kann ihren Link zurücksetzen
error-only-teacher-code = Nur die Lehrkraft der Klasse kann ihren Code ändern
error-only-teacher-add = Nur die Lehrkraft der Klasse kann Schülerinnen und Schüler hinzufügen
error-only-teacher-export = Nur die Lehrkraft der Klasse kann ihre Arbeiten herunterladen
error-upload-image-first = Lade das Bild hoch, bevor du es verwendest
error-students-public = Deine Schule erlaubt Schülerinnen und Schülern nicht, Szenen öffentlich zu machen. Wähle Privat oder Nicht gelistet.
error-upload-media-first = Lade das Bild oder den Ton hoch, bevor du es verwendest
error-send-version = Sende die Version, die du bearbeitet hast
error-page-number = page muss eine Zahl ab 1 sein
error-create-class = Nur Lehrkräfte einer Schule können Klassen anlegen
error-join-class-student = Nur Schülerinnen und Schüler treten Klassen mit einem Code bei
error-join-code-shape = Ein Beitrittscode sieht so aus: K7PX-2QMD
error-join-code-unknown = Dieser Beitrittscode passt zu keiner Klasse
error-invitation-unknown = Dieser Einladungscode passt zu keiner Schule
error-wrong-login = Benutzername, E-Mail oder Passwort ist falsch
error-lti-registered = Diese Plattform und diese Client-ID sind schon registriert
error-scene-changed = Diese Szene wurde woanders geändert (jetzt Version { $current }, du hast Version { $base } bearbeitet). Lade sie neu oder überschreibe sie mit deiner Version.
error-username-taken = Dieser Benutzername ist schon vergeben
error-email-taken = Mit dieser E-Mail-Adresse gibt es schon ein Konto
error-identity-taken = Dieses Konto ist schon mit einem anderen Pinpoint-Konto verbunden
error-domain-taken = { $domain } gehört schon zu einer anderen Schule
error-stats-scene = Diese geteilte Szene gibt es nicht
error-stats-hotspot = Diesen Hotspot gibt es in dieser Szene nicht
error-stats-too-many = Zu viele Ereignisse von hier; versuch es gleich noch einmal
error-stats-none = Sende mindestens ein Ereignis
error-stats-batch = Sende höchstens { $max } Ereignisse auf einmal
error-stats-days-range = days muss eine ganze Zahl von 1 bis { $max } sein
error-stats-days = days muss eine ganze Zahl sein
error-stats-who = Die Statistik einer Szene sehen nur die Person, der sie gehört, deren Lehrkräfte und die Admins ihrer Schule
error-feedback-who = Nur die Lehrkräfte der Schülerin oder des Schülers können Feedback geben
error-feedback-read = Nur wer das Feedback bekommen hat, kann es als gelesen markieren
error-feedback-unknown = Dieses Feedback gibt es zu dieser Szene nicht
error-reviewed-who = Nur die Lehrkräfte der Schülerin oder des Schülers können Arbeiten als geprüft markieren
error-domain-not-allowed = { $domain } ist keine Domain, die der Betreiber dieses Pinpoint für Schulen freigegeben hat
error-birth-date-students = Nur die Geburtsdaten von Schülerinnen und Schülern werden gespeichert
error-school-name-mismatch = Gib den Namen der Schule genau so ein, wie er angezeigt wird
error-storage-full = Dein Speicher ist voll ({ $used } von { $quota } MB belegt). Lösche Szenen oder Bilder, die du nicht mehr brauchst.
error-upload-empty = Die hochgeladene Datei ist leer
error-upload-type = Hochladen kannst du nur Bilder im Format PNG, JPEG, WebP und GIF (oder Töne im Format MP3, Ogg, WAV und M4A)
error-lti-addresses = Gib die https://-Adressen ein, die die Plattform anzeigt
error-lti-auth-url = Die Autorisierungs-URL ist keine URL
error-avatar-square = Ein Bild muss quadratisch sein; dieses hat { $width } × { $height } Pixel
error-avatar-size = Ein Bild muss { $min } bis { $max } Pixel breit sein; dieses ist { $width } breit
error-avatar-type = Ein Bild muss ein PNG-, JPEG-, WebP- oder GIF-Bild sein
error-not-your-password = Das ist nicht dein Passwort
error-sign-in-again = Melde dich noch einmal mit deinem Schulkonto an und versuch es dann erneut
error-marketing-students = Schülerinnen und Schüler bekommen nie Werbung
error-birth-date-admin = Nur die Admins deiner Schule können dein Geburtsdatum ändern
error-provider-unknown = Diesen Anmeldedienst gibt es nicht
error-last-sign-in = Nur so kannst du dich anmelden: Lege zuerst ein Passwort fest oder verbinde einen anderen Anmeldedienst
error-export-format = Gib format={ $formats } an
error-export-no-picture = Diese Szene hat noch kein Bild zum Exportieren
error-offline-unavailable = Offline-Seiten können nicht erstellt werden: Der Viewer wurde auf diesem Server nicht gebaut
error-package-too-big = Diese Szene hat zu viele Bilder und Töne für ein Paket (mehr als { $max } MB)
error-import-too-big = Die Datei ist größer als { $max } MB oder unvollständig: { $detail }
error-import-no-file = Wähle eine Datei zum Importieren
error-form-unreadable = Das Formular kann nicht gelesen werden: { $detail }
error-annotations-too-big = Annotationen dürfen höchstens { $max } MB groß sein
error-json-unreadable = Dieses JSON kann nicht gelesen werden: { $detail }
error-annotations-refused = Diese Annotationen können nicht importiert werden: { $reason }
error-annotations-picture = Sende das Bild zu den Annotationen mit (im Bildfeld des Formulars)
error-annotations-picture-type = Nur PNG-, JPEG-, WebP- und GIF-Bilder können das annotierte Bild sein
error-package-missing-file = Im Paket fehlt die Datei für das Bild oder den Ton { $name }
error-image-type = Das ist kein PNG-, JPEG-, WebP- oder GIF-Bild
error-image-damaged = Diese Bilddatei ist beschädigt oder unvollständig
error-image-empty = Dieses Bild hat keine Pixel
error-image-too-wide = Bilder dürfen höchstens { $max } Pixel breit und hoch sein
error-image-too-many-pixels = Dieses Bild hat zu viele Pixel (höchstens 40 Megapixel, alle Einzelbilder zusammen)
error-class-list-empty = In der Datei stehen keine Schülerinnen und Schüler
error-class-list-too-long = Eine Klassenliste darf höchstens { $max } Schülerinnen und Schüler enthalten; teile die Datei auf
error-class-list-line = Diese Zeile kann nicht gelesen werden: { $detail }
error-package-not-zip = Diese Datei ist kein ZIP-Paket (oder sie ist beschädigt)
error-package-no-scene = Dieses ZIP ist kein Pinpoint-Paket: { $file } fehlt
error-package-bad-scene = { $file } im Paket kann nicht gelesen werden: { $detail }
error-package-newer = Dieses Paket stammt von einer neueren Pinpoint-Version (Format { $format }); aktualisiere zuerst dieses Pinpoint
error-package-too-many-files = Das Paket enthält mehr als { $max } Dateien
error-package-file-too-large = Die Datei { $name } im Paket ist größer als erlaubt
error-package-unpacked-too-large = Das Paket ist entpackt größer als { $max } MB
error-package-outside = Das Paket nennt eine Datei außerhalb des Pakets ({ $name })
error-h5p-other = Diese H5P-Datei ist { $kind }, nicht Image Hotspots: Nur H5P.ImageHotspots kann importiert werden
error-h5p-broken = Diese H5P-Datei kann nicht gelesen werden: { $detail }
error-h5p-no-picture = Diese H5P-Datei hat kein Hintergrundbild
error-busy-transfers = Pinpoint ist mit anderen Downloads und Importen beschäftigt: Versuch es gleich noch einmal
error-sso-email-taken = Mit dieser E-Mail-Adresse gibt es schon ein Konto. Melde dich mit deinem Passwort an und verbinde dann dein Schulkonto in den Einstellungen.
error-sso-no-verified-email = Dein Schulkonto hat keine bestätigte E-Mail-Adresse, deshalb konnte kein Konto angelegt werden.
error-sso-linked-elsewhere = Dieses Schulkonto ist mit einem anderen Pinpoint-Konto verbunden.
error-sso-not-started = Dieser Anmeldelink ist abgelaufen oder wurde schon benutzt. Bitte versuch es noch einmal.
error-sso-failed = Die Anmeldung hat nicht geklappt. Bitte versuch es noch einmal.

## Die Seiten, die eine Lernplattform (LTI) in ihrem Rahmen zeigt

picker-expired-title = Diese Seite ist abgelaufen
picker-expired-text = Sie wurde schon benutzt oder war zu lange offen. Wähle in deinem Kurs „Inhalt hinzufügen“ und dann wieder Pinpoint.
picker-link-intro = Um deine Szenen zu Kursen auf { $platform } hinzuzufügen, verknüpfe einmal dein Pinpoint-Konto. Danach teilt { $platform } Pinpoint mit, dass du es bist.
picker-login = E-Mail oder Benutzername
picker-password = Passwort
picker-link = Konto verknüpfen
picker-link-hint = Nur Lehrkräfte der Schule, die { $platform } zu Pinpoint hinzugefügt hat, können ihr Konto verknüpfen. Wenn du dich bei Pinpoint nur mit einem Schulkonto anmeldest, lege zuerst in den Einstellungen von Pinpoint ein Passwort fest. Pinpoint speichert nur die ID deines Kontos auf { $platform }.
picker-link-title = Verknüpfe dein Pinpoint-Konto
picker-private = Privat: Lernende könnten sie nicht öffnen. Teile sie in Pinpoint per Link, um sie hinzuzufügen.
picker-add-label = { $title } hinzufügen
picker-add = Hinzufügen
picker-no-scenes = Du hast noch keine Szenen. Erstelle eine in Pinpoint, teile sie per Link und komm dann hierher zurück.
picker-your-scenes = Deine Szenen
picker-signed-in = Angemeldet als { $username }. Wähle die Szene, die Lernende sehen sollen.
picker-title = Eine Pinpoint-Szene hinzufügen
picker-too-many-tries = Zu viele Versuche. Warte ein paar Minuten und versuch es dann noch einmal.
picker-wrong-login = E-Mail, Benutzername oder Passwort ist falsch.
picker-password-first = Melde dich bei Pinpoint an und wähle zuerst dein eigenes Passwort.
picker-teachers-only = Nur Lehrkräfte der Schule, die diese Kursplattform hinzugefügt hat, können Szenen hinzufügen.
picker-cannot-add-title = Diese Szene kann nicht hinzugefügt werden
picker-cannot-add-text = Sie gehört nicht zu deinen geteilten Szenen (vielleicht wurde sie privat gemacht oder gelöscht). Geh zurück und wähle eine andere.
picker-adding = „{ $title }“ wird zu deinem Kurs hinzugefügt …
picker-add-to-course = Zum Kurs hinzufügen
picker-adding-title = Wird zu deinem Kurs hinzugefügt
launch-refused-title = Dieser Pinpoint-Link konnte nicht geöffnet werden
launch-refused-hint = Bitte deine Lehrkraft, den Link zu prüfen, oder versuch es noch einmal aus deinem Kurs.
launch-unknown-platform = Diese Lernplattform ist bei diesem Pinpoint nicht registriert.
launch-keys = Die Schlüssel der Lernplattform konnten nicht abgerufen werden.
launch-invalid = Der Aufruf hat die Prüfung nicht bestanden: { $detail }
launch-not-started = Dieser Aufruf wurde nicht hier gestartet, hat zu lange gedauert oder wurde schon benutzt.
launch-not-shared = Die Szene ist nicht geteilt (vielleicht hat die Person, der sie gehört, sie privat gemacht oder gelöscht).
