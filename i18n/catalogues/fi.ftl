# Pinpoint suomeksi. Termit: GLOSSARY.md.

-brand = Pinpoint

## Jaetun linkin katselunäkymä (/v/..., /embed/...)

viewer-page-title = { $title } · { -brand }
viewer-brand = { -brand }
viewer-byline = Tekijä: { $username }
viewer-text-only = Pelkkä teksti
viewer-picture-view = Kuvanäkymä
viewer-fullscreen = Koko näyttö
viewer-exit-fullscreen = Poistu koko näytöstä
viewer-embed = Upota
viewer-the-picture = Kuva: { $alt }
viewer-no-picture = Tässä näkymässä ei ole vielä kuvaa.
viewer-no-hotspots = Tässä näkymässä ei ole vielä kohteita.
viewer-hotspot-number = Kohde { $number }
viewer-next-scene = Siirry seuraavaan näkymään
viewer-video-link = Video: { $url }
viewer-close = Sulje
viewer-failed-title = Näkymää ei voitu avata
viewer-failed-text = { -brand }iin ei saatu yhteyttä. Tarkista verkkoyhteys ja lataa sivu uudelleen.
viewer-explore = Selaa julkisia näkymiä
viewer-not-found-page-title = Ei löytynyt · { -brand }
viewer-not-found-title = Ei löytynyt, tai sitä ei ole jaettu sinulle
viewer-not-found-text = Tätä näkymää ei ole, tai sen tekijä ei ole jakanut sitä sinulle. Jos sait linkin joltakulta, pyydä häntä tarkistamaan se.
viewer-embed-title = Upota tämä näkymä
viewer-embed-hint = Liitä tämä koodi verkkosivulle, esimerkiksi koulusi sivuille tai oppimisalustalle.
viewer-embed-code = Upotuskoodi
viewer-copy-code = Kopioi koodi
viewer-copied = Kopioitu
viewer-video-provider = { $provider }-video
viewer-video-cookies = Lataa sisältöä palvelusta { $provider }, joka voi tallentaa evästeitä.
viewer-load-video = Lataa video
viewer-watch-on = Katso palvelussa { $provider }
viewer-video-frame-title = { $provider }-video: { $title }
viewer-sound = Ääni: { $title }
viewer-email = Lähetä sähköpostia: { $address }
viewer-panorama = 360°-kuva. Katso ympärillesi vetämällä tai nuolinäppäimillä; + ja - lähentävät ja loitontavat.
viewer-panorama-described = 360°-kuva: { $alt }. Katso ympärillesi vetämällä tai nuolinäppäimillä; + ja - lähentävät ja loitontavat.
viewer-noscript = Tämä interaktiivinen kuva tarvitsee JavaScriptin ja WebAssemblyn.

## Sovelluksen jokainen sivu: otsikkorivi, valikko ja alatunniste

app-brand = { -brand }
app-nav-label = Päävalikko
app-nav-explore = Selaa
app-nav-my-scenes = Omat näkymät
app-nav-classes = Luokat
app-nav-school = Koulu
app-log-in = Kirjaudu sisään
app-sign-up = Luo tili
app-new-scene = Uusi näkymä
app-settings = Asetukset
app-log-out = Kirjaudu ulos
app-own-password-title = Valitse oma salasana
app-own-password-text = Opettajasi tai koulusi antoi sinulle kertakäyttöisen salasanan. Valitse salasana, jonka vain sinä tiedät.
app-one-time-password = Kertakäyttöinen salasana
app-save-my-password = Tallenna salasanani
app-footer = { -brand }: interaktiivisia kuvia, yksityisesti.
app-privacy = Tietosuoja

## Kirjautuminen (/login)

login-title = Kirjaudu sisään
login-username = Käyttäjätunnus tai sähköposti
login-password = Salasana
login-submit = Kirjaudu sisään
login-new-here = Oletko uusi täällä?
login-sign-up = Luo tili
login-with = Kirjaudu: { $provider }
login-or = tai

## Tervetulosivu (/ kirjautumatta)

welcome-title = Kuvat, jotka kertovat itsestään
welcome-lead = { -brand } tekee kuvasta oppitunnin: lisää kohteita, jotka avaavat tekstiä, linkkejä, kuvia ja videoita, ja jaa kuva linkillä. Katsojat eivät tarvitse tiliä, eikä heitä koskaan seurata.
welcome-get-started = Aloita
welcome-examples = Katso esimerkkejä
welcome-private = Yksityinen oletuksena.
welcome-private-text = Näkymät ovat aluksi yksityisiä; sinä päätät, kuka ne näkee.
welcome-schools = Tehty kouluille.
welcome-schools-text = Oppilaiden sähköpostia ja syntymäaikaa ei koskaan näytetä luokkatovereille.
welcome-yours = Tiedot pysyvät teillä.
welcome-yours-text = Asennetaan omalle palvelimelle, ja tiedot pysyvät siellä.

## Asetukset (/settings)

settings-language = Kieli
settings-language-browser = Selaimesi kieli
settings-language-hint = { -brand }in omien tekstien kieli kaikilla laitteilla, joilla kirjaudut. Näkymät pysyvät kielellä, jolla ne tehtiin.

## Tilin luominen (/signup)

signup-title = Luo tili
signup-account-type = Tilin tyyppi
signup-kind-individual = Itselleni
signup-kind-individual-hint = Tee ja jaa näkymiä omin päin.
signup-kind-teacher = Opettaja
signup-kind-teacher-hint = Ohjaa luokkia ja katso oppilaidesi töitä.
signup-kind-student = Oppilas
signup-kind-student-hint = Liity luokkaasi opettajalta saamallasi koodilla.
signup-username = Käyttäjätunnus
signup-username-hint = 3–32 merkkiä: a–z, 0–9, _ . - (muut näkevät vain tämän nimen)
signup-email = Sähköposti
signup-password = Salasana
signup-password-hint = Vähintään 8 merkkiä.
signup-birth = Syntymäaika
signup-birth-hint = Vain sinä ja koulusi ylläpitäjät näette sen, eivät koskaan opettajasi tai luokkatoverisi.
signup-join-code = Liittymiskoodi
signup-invite = Kutsukoodi (valinnainen)
signup-invite-hint = Koulusi ylläpitäjältä, jotta liityt kouluusi. Jätä tyhjäksi, jos perustat koulun tai teet töitä yksin.
signup-school = Koulun nimi (valinnainen)
signup-school-hint = Perusta koulusi { -brand }iin ja ryhdy sen ylläpitäjäksi.
signup-privacy = Luomalla tilin hyväksyt, miten käsittelemme tietojasi:
signup-privacy-link = tietosuoja
signup-submit = Luo tili
signup-have-account = Onko sinulla jo tili?
signup-log-in = Kirjaudu sisään

## Omat näkymät (/ kirjautuneena) ja näkymäkortit

scene-untitled = Nimetön
visibility-private = Yksityinen
visibility-unlisted = Piilotettu
visibility-public = Julkinen
home-title = Omat näkymät
home-import = Tuo
home-import-input = Tuo näkymä
home-import-hint = Tuo { -brand }-paketti (.zip), H5P Image Hotspots -tiedosto (.h5p) tai W3C-merkinnät tai IIIF-manifesti (.json) yhdessä kuvansa kanssa uudeksi yksityiseksi näkymäksi. Voit myös pudottaa ne tähän.
home-choose-picture = Valitse sen kuva
home-picture-input = Kuva, johon merkinnät liittyvät
home-not-imported = Ei tuotu:
home-new-scene = Uusi näkymä
home-teacher-next = Oppilaidesi työt tulevat sinulle Luokat-sivulle:
home-teacher-next-link = luo ensimmäinen luokkasi
home-teacher-next-after = ja anna sen liittymiskoodi oppilaillesi.
home-empty = Sinulla ei ole vielä näkymiä. Aloita kuvasta: kartasta, kaaviosta tai valokuvasta koulustasi.
home-create-first = Luo ensimmäinen näkymäsi
home-copying = Kopioidaan…
home-copied = Tehty: ”{ $title }”, yksityinen kopio.
home-copy-failed = Näkymää ei voitu kopioida: { $reason }
home-deleted = Poistettu: ”{ $title }”.
home-delete-title = Poistetaanko ”{ $title }”?
home-delete-confirm = Poista näkymä
home-delete-text = Näkymä, sen kohteet ja katselutilastot poistetaan lopullisesti, eikä sen linkki enää toimi. Sen kuvat poistetaan vuorokauden kuluessa, ellei jokin toinen näkymäsi näytä niitä.
card-hotspots = { $count ->
    [one] 1 kohde
   *[other] { $count } kohdetta
}
card-by = tekijä { $username }
card-edit = Muokkaa
card-duplicate = Monista
card-delete = Poista
card-shared = Jaettu linkillä
card-feedback = { $count ->
    [one] Uutta palautetta
   *[other] Uutta palautetta ({ $count })
}
card-feedback-on = näkymässä { $title }
download = Lataa
download-html = Offline-sivu (.html)
download-zip = { -brand }-paketti (.zip)
download-w3c = W3C-merkinnät (.json)
download-iiif = IIIF-manifesti (.json)
import-choose-picture = Valitse nyt kuva, johon merkinnät liittyvät.
import-importing = Tuodaan { $name }…
import-progress = Tuodaan { $name }… { $percent } %
import-done = Tuotu ”{ $title }” yksityiseksi näkymäksi.
import-failed = Tiedostoa ei voitu tuoda: { $reason }
import-nothing = Valitse tuotava tiedosto.
import-needs-picture = Merkinnät tarvitsevat kuvansa: valitse JSON-tiedosto ja kuva yhdessä.
import-picture-alone = Kun haluat tehdä näkymän kuvasta, valitse Uusi näkymä. Kun tuot merkintöjä, valitse niiden JSON-tiedosto yhdessä kuvan kanssa.
import-too-many = Tuo yksi tiedosto kerrallaan: paketti, H5P-tiedosto tai JSON-tiedosto kuvineen.
confirm-cancel = Peruuta

## Selaa (/explore), ei löytynyt, ja sivut, jotka vaativat tilin

explore-title = Selaa
explore-lead = Näkymät, jotka niiden tekijät ovat julkaisseet.
explore-empty = Julkisia näkymiä ei ole vielä.
explore-loading = Ladataan…
explore-more = Näytä lisää
not-found-title = Ei löytynyt, tai sitä ei ole jaettu sinulle
not-found-text = Tätä sivua ei ole, tai sen omistaja ei ole jakanut sitä sinulle. Jos sait linkin joltakulta, pyydä häntä tarkistamaan se.
not-found-explore = Selaa julkisia näkymiä
gate-log-in = Kirjaudu sisään
gate-sign-up = Luo tili
gate-editor-title = Tee näkymä
gate-editor = Kirjaudu sisään tai luo tili, niin voit tehdä näkymiä.
gate-school-title = Koulu
gate-school = Kirjaudu sisään koulusi ylläpitäjänä nähdäksesi sen asetukset.
gate-classes-title = Luokat
gate-classes = Kirjaudu sisään tai luo tili nähdäksesi luokkasi.
gate-settings-title = Asetukset
gate-settings = Kirjaudu sisään tai luo tili nähdäksesi tilisi.
