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
## Asetukset (/settings): tili, sen kuva, profiili, salasana, koulutilit ja toimintaloki

settings-title = Tilisi
settings-account-type = Tilin tyyppi
settings-kind-individual = Henkilökohtainen
settings-kind-student = Oppilas
settings-kind-teacher = Opettaja
settings-school = Koulu
settings-school-admin = { $school } (ylläpitäjä)
settings-birth = Syntymäaika
settings-birth-hint = Vain koulusi ylläpitäjät voivat muuttaa sitä.
settings-picture = Profiilikuva
settings-profile = Profiili
settings-password = Salasana
settings-change-password = Vaihda salasana
settings-data = Tietosi
settings-data-text = Yksi tiedosto, jossa on kaikki, mitä { -brand } säilyttää sinusta: tilisi, näkymäsi, lataamasi tiedostot, palautteet, luokat, toimintaloki ja näkymiesi katselutilastot.
settings-download-data = Lataa tietoni
settings-activity = Toiminta
settings-activity-text = Kirjautumiset ja tilisi muutokset sekä osoite, josta ne tulivat. Säilytetään 90 päivää.
settings-delete-heading = Poista tilisi
settings-delete-explanation = Tilisi, näkymäsi, kuvasi, äänesi, palautteet ja katselutilastot poistetaan heti, eivätkä jaetut linkkisi enää toimi. Vain toimintalokisi säilytetään vielä 30 päivää, minkä jälkeen sekin poistetaan. Tätä ei voi perua; lataa tietosi ensin, jos haluat säilyttää ne.
settings-delete-open = Poista tili
settings-delete-confirm = Poista tilini lopullisesti
settings-delete-password = Salasana
avatar-current = Profiilikuvasi
avatar-file = Profiilikuva
avatar-choose = Valitse kuva
avatar-choose-new = Valitse uusi kuva
avatar-remove = Poista kuva
avatar-not-a-picture = ”{ $name }” ei ole kuva, jota { -brand } osaa näyttää. Käytä PNG-, JPEG-, WebP- tai GIF-tiedostoa.
avatar-unreadable = Kuvaa ei voitu lukea.
avatar-unprepared = Kuvaa ei voitu valmistella.
avatar-preview = Uusi kuvasi: siirrä sitä vetämällä tai nuolinäppäimillä
avatar-crop-hint = Valitse vetämällä tai nuolinäppäimillä, mikä osa kuvasta näkyy neliössä.
avatar-zoom = Suurennus
avatar-save = Tallenna kuva
avatar-saving = Tallennetaan…
avatar-cancel = Peruuta
profile-username = Käyttäjätunnus
profile-username-hint = 3–32 merkkiä: a–z, 0–9, _ . ja -. Muut näkevät sen näkymiesi vieressä.
profile-email = Sähköposti
profile-email-hint = Vain sinä näet sen (ja koulussa myös opettajasi ja ylläpitäjät).
profile-marketing = Lähetä minulle silloin tällöin uutisia { -brand }ista
profile-save = Tallenna muutokset
profile-saved = Tallennettu.
password-current = Nykyinen salasana
password-new = Uusi salasana
password-new-hint = Vähintään 8 merkkiä.
password-change = Vaihda salasana
password-changed = Salasana vaihdettu. Sinut on kirjattu ulos kaikkialla muualla.
providers-title = Koulutilit
providers-intro = Kirjaudu tilillä, jonka koulusi antoi sinulle. { -brand } tallentaa vain tiedon siitä, mikä tili on kyseessä, eikä mitään muuta.
providers-connected = yhdistetty { $date }
providers-remove = Poista
providers-remove-label = Poista { $provider }
providers-removed = Poistettu: { $provider }
providers-connect = Yhdistä { $provider }
providers-password = Salasana
providers-password-hint = { -brand }-salasanasi, jolla varmistetaan, että se olet sinä.
providers-continue = Jatka palveluun { $provider }
providers-cancel = Peruuta
activity-loading = Ladataan toimintalokia…
activity-caption = Toimintasi, uusin ensin
activity-when = Milloin
activity-what = Mitä
activity-from = Mistä
activity-with-detail = { $what }: { $detail }
activity-show-all = Näytä kaikki { $count } merkintää
activity-kind-account-created = Tili luotu
activity-kind-sign-in = Kirjauduttu sisään
activity-kind-sign-in-failed = Epäonnistunut kirjautuminen (väärä salasana)
activity-kind-sign-out = Kirjauduttu ulos
activity-kind-password-changed = Salasana vaihdettu
activity-kind-settings-changed = Tilin asetuksia muutettu
activity-kind-changed-by-admin = Koulun ylläpitäjä teki muutoksia
activity-kind-scene-created = Näkymä luotu
activity-kind-scene-deleted = Näkymä poistettu
activity-kind-visibility-changed = Näkymän näkyvyyttä muutettu
activity-kind-data-exported = Tiedot ladattu
activity-kind-account-deleted = Tili poistettu
activity-kind-provider-connected = Kirjautumispalvelu yhdistetty
activity-kind-provider-removed = Kirjautumispalvelu poistettu
activity-kind-learning-platform-linked = Oppimisalustan tili yhdistetty
activity-kind-class-work-exported = Luokan työt ladattu
activity-kind-school-exported = Koulun tiedot ladattu
activity-kind-school-deleted = Koulu poistettu

## Oppilaan ensimmäinen käynti koulun tilillä kirjautumisen jälkeen: syntymäaika

birth-date-title = Tervetuloa! Ensin yksi kysymys
birth-date-label = Syntymäaika
birth-date-hint = Koulusi tarvitsee sen. Vain sinä ja koulusi ylläpitäjät näette sen.
birth-date-save = Tallenna

## Selaimen välilehden otsikko, sivun pääotsikon mukaan

heading-title-alone = { -brand }
heading-page-title = { $name } · { -brand }

## Tietosuoja (/privacy): yksi viesti kappaletta tai luettelon kohtaa kohden; pidä tosiasiat täsmällisinä

privacy-title = Tietosuoja
privacy-lead = { -brand } säilyttää niin vähän kuin pystyy, palvelimella, jota koulusi tai sinä ylläpidätte. Ei mainontaa, ei seurantaa, ei kolmansia osapuolia.
privacy-viewer-heading = Jos vain katselet näkymää
privacy-viewer-no-account = Et tarvitse tiliä. { -brand } ei aseta sinulle evästettä eikä tallenna selaimeesi mitään tunnistetta, eikä se koskaan tallenna IP-osoitettasi, selaintasi tai kieltäsi.
privacy-viewer-counts = Näkymän omistaja näkee nimettömiä lukuja päivittäin: katselut, kävijät, mitä kohteita avattiin, linkkien klikkaukset, median toistot ja suunnilleen kuinka kauan katsojat viipyivät. Jotta kävijä lasketaan vain kerran päivässä, palvelin sekoittaa näkymän, IP-osoitteesi ja selaimesi nimen satunnaiseen salaisuuteen, joka on luotu sitä päivää varten. Vain sekoituksen tulos säilytetään, eikä siitä voi palauttaa osoitettasi. Kun päivä päättyy (UTC; viimeistään tuntia myöhemmin), salaisuus ja sekoitustulokset hävitetään, joten mikään ei yhdistä eri päivien käyntejäsi toisiinsa; vain luvut jäävät. Jos selaimesi lähettää Do Not Track- tai Global Privacy Control -pyynnön, lasketaan pelkkä katselu. Oppilaiden tekemissä näkymissä alle 5:n luvut näytetään muodossa ”alle 5”, jotta yksittäinen katsoja ei erotu.
privacy-account-heading = Jos sinulla on tili
privacy-account-username = Käyttäjätunnuksesi, jonka muut näkevät näkymiesi vieressä.
privacy-account-email = Sähköpostiosoitteesi, salattuna. Sinä näet sen, ja niin näkevät koulusi ylläpitäjät; jos olet oppilas, myös opettajasi. Luokkatoverit ja kaikki muut eivät näe sitä koskaan.
privacy-account-password = Salasanasi, tallennettuna vain yksisuuntaisena tiivisteenä (argon2id): kukaan ei voi lukea sitä, eivät edes palvelimen ylläpitäjät.
privacy-account-birth = Oppilailla syntymäaikasi, salattuna. Sinä ja koulusi ylläpitäjät näette sen; opettajasi ja luokkatoverisi eivät koskaan.
privacy-account-scenes = Tekemäsi näkymät ja kuvat. Ne ovat aluksi yksityisiä: ne näkevät sinä ja koulussa sen ylläpitäjät; oppilaan näkymät näkevät myös hänen opettajansa ja (jos koulu sallii) koulun muut oppilaat. Piilotettu avaa ne kaikille, joilla on linkki; Julkinen myös listaa ne Selaa-sivulle. Kuva tai ääni, jonka lataat mutta jota et koskaan käytä näkymässä, poistetaan vuorokauden kuluttua.
privacy-account-picture = Profiilikuvasi, jos valitset sellaisen. Luokkatoverit näkevät sen vain, jos koulusi sallii sen.
privacy-account-cookie = Yksi eväste, pinpoint_session (__Host-pinpoint_session palvelimella, joka käyttää HTTPS:ää), joka pitää sinut kirjautuneena. Se on voimassa 30 päivää tai kunnes kirjaudut ulos, ja palvelin tallentaa siitä vain tiivisteen.
privacy-account-unsaved = Tallentamattomat muokkauksesi, joita säilytetään vain tässä selaimessa (niitä ei lähetetä minnekään), kunnes palvelin on saanut ne. Uloskirjautuminen poistaa selaimesta kaikkien tilien tallentamattomat muokkaukset, joten seuraava yhteisen tietokoneen käyttäjä ei löydä niitä.
privacy-account-activity = Toimintaloki: kirjautumiset (myös epäonnistuneet), uloskirjautumiset, salasanan ja asetusten muutokset, luodut tai poistetut näkymät, näkyvyyden muutokset ja tietojen lataukset. Jokaisessa merkinnässä on sen aika ja IP-osoite, josta se tuli, salattuna. Vain sinä voit lukea sitä asetussivullasi. Useat peräkkäiset epäonnistuneet kirjautumiset säilytetään yhtenä merkintänä, joka kertoo niiden määrän. Merkinnät poistetaan 90 päivän kuluttua.
privacy-account-guessing = Salasanojen arvailun estämiseksi palvelin laskee 15 minuutin ajan epäonnistuneet kirjautumiset kullekin nimelle ja kustakin osoitteesta avaimellisella tiivisteellä, josta kumpaakaan ei voi palauttaa; kun niitä on yli 10, kirjautuminen odottaa, kunnes 15 minuuttia on kulunut.
privacy-account-marketing = Markkinointisähköposteja vain, jos pyydät niitä (oppilaille ei koskaan).
privacy-sso-heading = Jos kirjaudut koulun tilillä
privacy-sso-text = Jos tämä { -brand } tarjoaa kirjautumisen Googlella, Microsoftilla tai koulusi omilla tileillä, tällä tavalla kirjautuminen vie sinut kyseiseen palveluun. Palvelu saa tietää, että kirjaudut tähän { -brand }iin (ja milloin); { -brand } saa siltä tietää vain, kuka olet siellä (tunniste), sähköpostiosoitteesi ja sen, onko palvelu tarkistanut osoitteen. { -brand } säilyttää vain palvelun ja tuon tunnisteen tunnistaakseen sinut seuraavalla kerralla, eikä koskaan salasanaasi siellä tai mitään palvelun tunnuksia (tokeneita). Se ei koskaan yhdistä tiliä sinun tiliisi pelkän sähköpostiosoitteen perusteella: jos haluat käyttää koulun tiliä jo olemassa olevan tilisi kanssa, yhdistä se Asetuksissa. Voit myös poistaa sen sieltä (ellei se ole ainoa tapasi kirjautua), ja se näkyy Lataa tietoni -tiedostossa ja toimintalokissa.
privacy-sso-domain = Jos koulusi on ilmoittanut sähköpostin verkkotunnuksensa, ensimmäinen kirjautumisesi tekee sinusta sen koulun oppilaan, ja annat syntymäaikasi kerran; koulusi ylläpitäjä voi muuttaa rooliasi.
privacy-lms-heading = Jos avaat näkymän kurssiltasi (LMS)
privacy-lms-text = Koulusi oppimisalusta (Canvas, Moodle, ...) kertoo { -brand }ille allekirjoitetulla viestillä, mikä näkymä näytetään. { -brand } tarkistaa viestin ja näyttää näkymän kuten minkä tahansa jaetun linkin: et tarvitse { -brand }-tiliä, se ei aseta evästettä eikä säilytä mitään, mitä alusta kertoo sinusta (ei edes tunnistettasi siellä); katselusi lasketaan vain nimettömästi, kuten edellä. Alusta saa tietää, että avasit näkymän, kuten minkä tahansa kurssisi sisällön kohdalla.
privacy-lms-teacher = Opettaja, joka lisää näkymiä kursseille, yhdistää alustalla olevan tilinsä { -brand }-tiliinsä kerran. { -brand } säilyttää vain tämän yhteyden: alustan ja opettajan tunnisteen siellä. Se näkyy Lataa tietoni -tiedostossa ja toimintalokissa, ja se poistuu tilin mukana.
privacy-rights-heading = Oikeutesi
privacy-rights-change = Voit nähdä ja muuttaa käyttäjätunnuksesi, sähköpostisi, profiilikuvasi ja salasanasi asetussivulla. Oppilaan syntymäajan muuttaa hänen koulunsa ylläpitäjä.
privacy-rights-download = Lataa tietoni antaa sinulle yhden tiedoston, jossa on kaikki, mitä { -brand } säilyttää sinusta.
privacy-rights-delete = Poista tili poistaa heti tilisi, näkymäsi, kuvasi, äänesi, palautteet ja tilastot; niiden linkit lakkaavat toimimasta. Vain toimintalokisi säilyy 30 päivää mahdollisten tietoturvakysymysten varalta, ja sitten sekin poistetaan.
privacy-who-heading = Kuka näkee näkymäsi
privacy-who-private = : sinä, opettajasi ja koulusi ylläpitäjät; ja jos koulusi sallii, koulusi oppilaat (vain katselu).
privacy-who-unlisted = : kuka tahansa, jolle annat linkin. Ei koskaan listattu, ja hakukoneita pyydetään jättämään se indeksoimatta.
privacy-who-public = : kuka tahansa; listattu Selaa-sivulle.
privacy-who-hidden = Näkymä, jota joku ei saa nähdä, vastaa hänelle täsmälleen kuin sitä ei olisi olemassakaan.
privacy-school-heading = Koulussa
privacy-school-teachers = Opettajasi näkevät sähköpostiosoitteesi, mutta eivät koskaan syntymäaikaasi. Koulusi ylläpitäjät näkevät molemmat.
privacy-school-classmates = Luokkatoverit eivät koskaan näe sähköpostiosoitettasi tai syntymäaikaasi. Jos koulusi sallii, he näkevät käyttäjätunnuksesi, profiilikuvasi ja näkymäsi.
privacy-school-feedback = Opettajasi voivat antaa palautetta näkymistäsi; vain sinä, opettajasi ja koulusi ylläpitäjät voitte lukea sen.
privacy-school-publish = Koulusi päättää, saavatko oppilaat julkaista näkymiä julkisesti.
privacy-school-statistics = Opettajasi ja koulusi ylläpitäjät voivat nähdä näkymiesi katselutilastot.
privacy-school-downloads = Opettajasi voivat ladata luokkiensa työt (näkymäsi kuvineen ja äänineen). Koulusi ylläpitäjät voivat ladata kaiken, mitä koululla on, myös jokaisen tilin tiedot samassa muodossa kuin Lataa tietoni ne antaa, siirtääkseen ne muualle.
privacy-school-deleted = Jos koulusi poistetaan, tilisi ja kaikki sen sisältö poistuvat heti, kuten silloin, kun poistat tilisi itse; vain toimintaloki säilyy 30 päivää.
privacy-where-heading = Missä tiedot säilytetään
privacy-where-text = Palvelimella, jolla tämä { -brand } toimii, yhdessä tietokannassa (SQLite tai suuremmissa asennuksissa PostgreSQL) sekä ladattujen tiedostojen kansiossa tai tallennussäilössä, joita palvelun ylläpitäjä hoitaa. Sähköpostiosoitteet, syntymäajat ja toimintalokin osoitteet salataan avaimella, jota säilytetään niiden vieressä. Varmuuskopiot (palvelin säilyttää neljä viimeisintä viikoittaista varmuuskopiota, ellei palvelun ylläpitäjä toisin päätä) sisältävät samat tiedot kävijälaskennan salaisuuksia lukuun ottamatta, ja niitä säilytetään yhtä turvallisesti; poistettu tieto säilyy niissä, kunnes ne korvataan uusilla.

## Yhteys palvelimeen

api-status = Palvelin vastasi tilakoodilla { $status }
api-network = Pinpointiin ei saada yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.
api-unreadable = Palvelin lähetti vastauksen, jota tämä sivu ei osaa lukea. Lataa sivu uudelleen.
api-too-many-tries-later = Liian monta yritystä. Yritä myöhemmin uudelleen.
api-too-many-tries = { $minutes ->
    [one] Liian monta yritystä. Yritä uudelleen minuutin kuluttua.
   *[other] Liian monta yritystä. Yritä uudelleen { $minutes } minuutin kuluttua.
}
api-not-a-picture = ”{ $name }” ei ole kuva, jonka Pinpoint voi näyttää. Käytä PNG-, JPEG-, WebP- tai GIF-tiedostoa.
api-not-a-picture-or-sound = ”{ $name }” ei ole kuva tai ääni, jonka Pinpoint voi toistaa. Käytä PNG-, JPEG-, WebP-, GIF-, MP3-, Ogg-, WAV- tai M4A-tiedostoa.
api-file-too-big = Tiedosto on { $size } Mt; tiedosto saa olla enintään { $max } Mt.

## Toimintalokin tiedot (palvelin kirjoittaa)

activity-repeats = { $count ->
    [one] { $count } yritys
   *[other] { $count } yritystä peräkkäin, viimeisin tähän aikaan
}
activity-change-username = käyttäjätunnus
activity-change-email = sähköposti
activity-change-picture = kuva
activity-change-birth-date = syntymäaika
activity-change-marketing = markkinointivalinta
activity-change-language = kieli
activity-change-password-reset = salasana nollattu
activity-change-removed = poistettu koulusta
activity-list-separator = {", "}
activity-by-admin = koulun ylläpitäjä
## Luokat (/classes): luokat, liittymiskoodit, oppilaat ja heidän työnsä

classes-title = Luokat
classes-no-school-teacher = Luokat kuuluvat koululle. Perusta koulusi, kun luot opettajan tilin, tai pyydä kutsua koulusi ylläpitäjältä.
classes-no-school = Luokat ovat kouluja varten. Tilisi ei kuulu kouluun.
classes-empty-teacher = Sinulla ei ole vielä luokkia. Luo luokka ja anna sen liittymiskoodi oppilaillesi.
classes-empty-student = Et ole vielä millään luokalla.
classes-name = Luokan nimi
classes-create = Luo luokka
classes-join-code = Liittymiskoodi
classes-join-hint = Liitytkö toiselle koulusi luokalle? Kirjoita sen koodi.
classes-join = Liity luokalle
classes-student-count = { $count ->
    [one] { $count } oppilas
   *[other] { $count } oppilasta
}
classes-join-code-label = Liittymiskoodi:
classes-new-code = Uusi koodi
classes-copy-join-link = Kopioi liittymislinkki
classes-join-link = Liittymislinkki
classes-private-note = Koulusi pitää luokkatovereiden nimet ja työt yksityisinä.
classes-students = Oppilaat
classes-student-born = syntynyt { $date }
classes-no-students = Ei vielä oppilaita.
classes-work = Työt
classes-no-work = Ei vielä näkymiä.
classes-work-byline = tekijä { $username } · { $date }
classes-not-reviewed = Tarkistamatta
classes-feedback = Palaute
# Said after "Feedback" to screen readers: "Feedback on Volcano".
classes-feedback-on = näkymään { $title }

## Oppilaiden lisääminen luokalle ja kertakäyttöiset salasanat

students-add = Lisää oppilaita
students-add-hint = Oppilaille, joilla ei ole omaa sähköpostiosoitetta, tai kun haluat lisätä koko luokan kerralla. Jokainen saa kertakäyttöisen salasanan, joka näytetään tässä vain kerran: anna se oppilaalle.
students-username = Oppilaan käyttäjätunnus
students-email = Oppilaan sähköposti (valinnainen)
students-born = Oppilaan syntymäaika
students-add-one = Lisää oppilas
students-class-list = Luokkalista (CSV)
students-class-list-hint = Yksi oppilas riville: käyttäjätunnus, sähköposti (voi olla tyhjä), syntymäaika (VVVV-KK-PP). Otsikkorivi saa olla mukana.
students-class-list-choose = Valitse CSV-tiedosto
students-report-caption = Lisätty tällä käynnillä (salasanoja ei näytetä uudelleen)
students-report-username = Käyttäjätunnus
students-report-result = Tulos
students-report-password = Kertakäyttöinen salasana
students-created = Luotu
# $reason: why the server refused the line, in its own words.
students-refused = Hylätty: { $reason }

## Palaute oppilaan näkymästä

feedback-title = Palaute
feedback-loading = Ladataan palautetta…
feedback-none = Ei vielä palautetta.
feedback-yours = Palautteesi
feedback-send = Lähetä palaute
feedback-mark-reviewed = Merkitse tarkistetuksi
feedback-send-and-mark = Lähetä ja merkitse tarkistetuksi
feedback-sent = Palaute lähetetty.
feedback-sent-and-reviewed = Palaute lähetetty ja merkitty tarkistetuksi.
feedback-marked-reviewed = Merkitty tarkistetuksi.

## Näkymän tilastot

stats-show = Tilastot
stats-hide = Piilota tilastot
# Said after "Statistics" to screen readers: "Statistics of Volcano".
stats-of = näkymästä { $title }
stats-period = Aikaväli
stats-period-7 = Viimeiset 7 päivää
stats-period-30 = Viimeiset 30 päivää
stats-period-90 = Viimeiset 90 päivää
stats-period-365 = Viime vuosi
stats-loading = Ladataan tilastoja…
stats-views = Katselut
stats-visitors = Kävijät
stats-link-clicks = Linkkiklikkaukset
stats-media-plays = Mediatoistot
# A count hidden on a student's scene ($count is 5).
stats-fewer-than = alle { $count }
# A total that includes hidden counts.
stats-or-more = vähintään { $count }
stats-visitors-hint = Kävijä lasketaan kerran päivässä näkymää kohden, ilman evästeitä; kahtena päivänä käynyt lasketaan kahdesti.
stats-small-counts-hint = Tämä on oppilaan näkymä: alle { $count } olevat luvut näkyvät muodossa ”alle { $count }”, eikä sellaisia päiviä lasketa yhteismääriin, jotta yksittäinen katsoja ei erotu.
# The chart, for screen readers; $views and $visitors are the phrases below.
stats-chart-summary = Katselut ja kävijät päivittäin { $days } päivän ajalta: { $views }, { $visitors }.
stats-views-count = { $count ->
    [one] { $count } katselu
   *[other] { $count } katselua
}
stats-views-or-more = vähintään { $count } katselua
stats-views-fewer = alle { $count } katselua
stats-visitors-count = { $count ->
    [one] { $count } kävijä
   *[other] { $count } kävijää
}
stats-visitors-or-more = vähintään { $count } kävijää
stats-visitors-fewer = alle { $count } kävijää
# A day's bar in the chart: "30 Nov 2026: 12 views".
stats-bar-title = { $date }: { $views }
stats-by-day = Luvut päivä päivältä
stats-date = Päivä
stats-hotspots = Kohteet avausten mukaan
stats-no-hotspots = Tässä näkymässä ei ole vielä kohteita.
stats-hotspot = Kohde
stats-opens = Avaukset
# A hotspot without a title.
stats-hotspot-number = Kohde { $number }
stats-time = Käytetty aika
stats-time-under-10s = Alle 10 sekuntia
stats-time-10s-30s = 10–30 sekuntia
stats-time-30s-1m = 30 sekuntia – 1 minuutti
stats-time-1m-3m = 1–3 minuuttia
stats-time-3m-10m = 3–10 minuuttia
stats-time-over-10m = Yli 10 minuuttia

## Koulun ylläpitäjän sivu (/school)

school-title = Koulu
school-admins-only = Vain koulusi ylläpitäjät voivat muuttaa sen asetuksia.
school-saved = Tallennettu
school-privacy = Yksityisyysasetukset
school-peer-visibility = Oppilaat näkevät luokkatovereiden työt
school-peer-visibility-hint = Kun tämä on päällä, oppilaat näkevät koulunsa muiden oppilaiden käyttäjätunnukset, profiilikuvat ja näkymät (vain luku, myös yksityiset). Eivät koskaan sähköpostia tai syntymäaikaa.
school-students-can-publish = Oppilaat saavat julkaista julkisesti
school-students-can-publish-hint = Kun tämä on pois päältä, oppilaiden näkymät voivat olla vain yksityisiä tai piilotettuja (kaikille, joilla on linkki); mitään heidän tekemäänsä ei näy Selaa-sivulla.
school-invite = Kutsu opettajia
school-invite-hint = Opettajat, jotka luovat tilin tällä koodilla (tai linkillä), liittyvät kouluusi. He näkevät vain omien luokkiensa oppilaat.
school-invite-code-label = Kutsukoodi:
school-new-invite-code = Uusi kutsukoodi
school-copy-invite-link = Kopioi kutsulinkki
school-invite-link = Kutsulinkki
school-data = Koulusi tiedot
school-data-hint = Yksi zip-tiedosto, jossa on kaikki: jokaisen henkilön tietopaketti, luokat ja asetukset sekä jokainen näkymä { -brand }-pakettina, lueteltuna tiedostossa index.csv.

## Koulun ihmiset ylläpitäjälle

users-caption = Koulusi ihmiset
users-column-username = Käyttäjätunnus
users-column-role = Rooli
users-column-email = Sähköposti
users-column-born = Syntymäaika
users-column-actions = Toiminnot
users-role-individual = Yksityishenkilö
users-role-student = Oppilas
users-role-teacher = Opettaja
# $role is one of the three above.
users-role-and-admin = { $role }, ylläpitäjä
users-one-time-password = Kertakäyttöinen salasana: { $password }
users-edit = Muokkaa
users-new-username = Uusi käyttäjätunnus
users-new-email = Uusi sähköposti
users-new-born = Syntymäaika
users-save = Tallenna muutokset
users-reset-password = Nollaa salasana
# Said after "Reset password" to screen readers.
users-reset-password-of = käyttäjältä { $username }
users-reset-password-confirm = Annetaanko käyttäjälle { $username } uusi kertakäyttöinen salasana? Nykyinen lakkaa toimimasta.
users-remove = Poista koulusta
users-remove-confirm = Poistetaanko { $username } koulusta? Tili säilyy; hänen luokkansa siirtyvät sinulle.
users-delete = Poista
users-delete-confirm = Poistetaanko käyttäjän { $username } tili? Hänen näkymänsä ja kuvansa poistetaan heti. Tätä ei voi perua.

## Kirjautuminen koulun tileillä (sähköpostin verkkotunnukset)

domains-title = Kirjautuminen koulun tileillä
domains-hint = Oppilaat, joiden koulusähköposti päättyy johonkin näistä verkkotunnuksista, liittyvät kouluusi, kun he kirjautuvat ensimmäisen kerran koulun tilillään. He antavat syntymäaikansa ensimmäisellä käynnillä; voit muuttaa heidän rooliaan alla.
domains-field = Sähköpostin verkkotunnukset
# Keep the example's commas: the field is split at them.
domains-field-hint = Pilkuilla erotettuina, esimerkiksi hill.example, pupils.hill.example
domains-save = Tallenna verkkotunnukset
domains-saved = Tallennettu

## Oppimisalustat (LTI 1.3)

lti-title = Oppimisalustat (LTI)
lti-hint = Näytä { -brand }-näkymiä Canvasissa, Moodlessa tai muussa oppimisalustassa. Koulun opettajat lisäävät näkymiään kurssieditorista (käynnistys-URL käy myös deep linkingiin); oppijat avaavat ne siellä ilman { -brand }-tiliä, eikä heistä tallenneta mitään.
lti-step-1 = 1. Lisää { -brand } oppimisalustaasi LTI 1.3 -työkaluna
lti-login-url = Kirjautumis-URL
lti-copy-login-url = Kopioi kirjautumis-URL
lti-launch-url = Käynnistys-URL (Launch URL)
lti-copy-launch-url = Kopioi käynnistys-URL
lti-keys-url = Julkisten avainten URL
lti-copy-keys-url = Kopioi avainten URL
lti-step-2 = 2. Anna tiedot, jotka oppimisalustasi näyttää { -brand }ille
lti-platform-ids = asiakas { $client }, käyttöönotto { $deployment }
lti-remove = Poista
lti-remove-platform = Poista { $issuer }
lti-issuer = Alustan myöntäjä (issuer)
lti-issuer-hint = Esimerkiksi https://canvas.instructure.com
lti-client-id = Asiakastunnus (Client ID)
lti-deployment-id = Käyttöönottotunnus (Deployment ID)
lti-auth-url = Valtuutus-URL
lti-auth-url-hint = Alustan OIDC-todennuspyynnön URL
lti-jwks-url = Avainten URL
lti-jwks-url-hint = Alustan julkisten avainten (JWK set) URL
lti-register = Rekisteröi alusta
lti-registered = Rekisteröity: { $issuer }
lti-removed = Poistettu

## Luokan töiden tai koko koulun tietojen lataaminen

export-class-button = Lataa luokan työt
# $name: the class's name.
export-class-downloading = Ladataan luokan { $name } töitä…
export-class-done = Luokan { $name } työt ladattu ({ $size }) nimellä { $file }.
export-class-failed = Luokan { $name } töitä ei voitu ladata: { $reason }
export-school-button = Lataa koulun tiedot
export-school-downloading = Ladataan koulun tietoja…
export-school-done = Koulun tiedot ladattu ({ $size }) nimellä { $file }.
export-school-failed = Koulun tietoja ei voitu ladata: { $reason }
# How much has arrived so far.
export-received = { $size } ladattu
export-size-kb = { $size } kt
export-size-mb = { $size } Mt

## Koulun poistaminen

danger-school-title = Poista koulu
danger-school-text = Koulun kaikki tilit poistetaan heti, ja niiden mukana kaikki näkymät, kuvat, äänet, palautteet ja tilastot sekä koulun kaikki luokat ja asetukset. Jaetut linkit lakkaavat toimimasta. Vain tapahtumalokit säilytetään vielä { $days } päivää, minkä jälkeen nekin poistetaan. Tätä ei voi perua: lataa koulun tiedot ensin.
danger-school-open = Poista koulu…
danger-school-confirm = Poista koulu
danger-school-name = Koulun nimi
danger-school-name-hint = Vahvista kirjoittamalla ”{ $name }”.
danger-school-name-wrong = Tämä ei ole koulun nimi: kirjoita ”{ $name }” täsmälleen
danger-school-password = Salasana
danger-cancel = Peruuta
## Muokkain (/new, /s/.../edit): sivu, työkalurivi ja tilarivi

editor-open-not-found = Ei löytynyt, tai sitä ei ole jaettu sinulle
editor-open-failed = Näkymää ei voitu avata
editor-new-scene = Uusi näkymä
editor-loading = Ladataan näkymää…
editor-toolbar = Näkymä
editor-undo = Kumoa
editor-redo = Tee uudelleen
editor-save = Tallenna
editor-copy-link = Kopioi linkki
editor-link = Linkki
editor-share = Jaa
editor-view = Näytä
editor-link-who = Kuka voi avata sen: { $who }
editor-link-who-private = Kuka voi avata sen: { $who } Muut saavat viestin ”Ei löytynyt”.
editor-saving = Tallennetaan…
editor-offline = Ei yhteyttä: muutoksesi säilyvät tässä selaimessa ja tallentuvat, kun yhteys palaa.
editor-reload = Lataa uudelleen (hylkää muutokseni)
editor-overwrite = Korvaa omillani
editor-needs-name = Anna näkymälle nimi, niin voit tallentaa sen
editor-unsaved = Tallentamattomia muutoksia
editor-saved = Tallennettu
editor-restored = Palautettiin muutokset, joita et ollut tallentanut tässä selaimessa.
editor-restored-discard = Hylkää ne
editor-restored-keep = Säilytä ne
editor-leave-unsaved = Sinulla on tallentamattomia muutoksia.

## Muokattava kuva

editor-picture = Kuva
editor-hint-panorama-pointer = Katso ympärillesi vetämällä kuvaa tai sen nuolinäppäimillä. Lisää kohde napsauttamalla; siirrä kohdetta vetämällä. Valitussa kohteessa nuolinäppäimet siirtävät sitä ja Delete poistaa sen.
editor-hint-panorama-touch = Katso ympärillesi pyyhkäisemällä; lisää kohde napauttamalla; siirrä kohdetta vetämällä.
editor-hint-pointer = Lisää kohde napsauttamalla kuvaa; siirrä kohdetta vetämällä. Valitussa kohteessa nuolinäppäimet siirtävät sitä (Shift: pidemmälle) ja Delete poistaa sen.
editor-hint-touch = Lisää kohde napauttamalla kuvaa; siirrä kohdetta vetämällä.
editor-add-hotspot = Lisää kohde
editor-set-start-view = Aseta aloitussuunta
editor-start-view-set = Katsojat aloittavat katsomalla samaan suuntaan kuin sinä nyt.
editor-added-middle = Kohde { $number } lisätty keskelle.
editor-added-left = Kohde { $number } lisätty vasemmalle.
editor-added-right = Kohde { $number } lisätty oikealle.
editor-added-top = Kohde { $number } lisätty yläreunaan.
editor-added-bottom = Kohde { $number } lisätty alareunaan.
editor-added-top-left = Kohde { $number } lisätty vasempaan yläkulmaan.
editor-added-top-right = Kohde { $number } lisätty oikeaan yläkulmaan.
editor-added-bottom-left = Kohde { $number } lisätty vasempaan alakulmaan.
editor-added-bottom-right = Kohde { $number } lisätty oikeaan alakulmaan.
editor-added-view-middle = Kohde { $number } lisätty katseesi keskelle.
editor-panorama-toggle = 360°
editor-panorama-hint = Tämä kuva on kaksi kertaa niin leveä kuin korkea, kuten 360°-panoraama: katsojat katselevat sen sisällä ympärilleen.
editor-start-title = Aloita kuvasta
editor-start-pointer = Valitse tiedosto alta, pudota se tähän tai liitä se (Ctrl+V).
editor-start-touch = Napauta tätä, niin voit valita kuvan tai ottaa uuden.
editor-image = Kuva
editor-image-replace = Kuva (vaihda)
editor-image-hint = PNG, JPEG, WebP tai GIF, enintään 10 Mt. Kohteesi säilyvät, kun vaihdat kuvan.
editor-image-choose = Valitse kuva
editor-uploading = Lähetetään
editor-uploading-percent = Lähetetään… { $percent } %
editor-panorama-label = 360°-kuva. Katso ympärillesi vetämällä tai nuolinäppäimillä; + ja - lähentävät ja loitontavat. Lisää kohde napsauttamalla.
editor-panorama-label-described = 360°-kuva: { $alt }. Katso ympärillesi vetämällä tai nuolinäppäimillä; + ja - lähentävät ja loitontavat. Lisää kohde napsauttamalla.
editor-hotspot-number = Kohde { $number }

## Kuvan vieressä oleva paneeli: näkymän kentät ja kuka sen näkee

editor-select-hint = Valitse kohde, niin voit kirjoittaa sen otsikon ja tekstin.
editor-scene-fields = Näkymä
editor-scene-name = Näkymän nimi
editor-description = Kuvaus
editor-description-hint = Näytetään kuvan alla.
editor-alt = Kuvaile kuva niille, jotka eivät näe sitä
editor-reset-link = Vaihda linkki
editor-reset-link-hint = Antaa näkymälle uuden linkin. Kaikki, joilla on vanha linkki tai vanha upotus, menettävät pääsyn siihen.
editor-reset-link-confirm = Vaihdetaanko näkymän linkki? Vanha linkki ja sen upotukset lakkaavat toimimasta.
editor-visibility = Näkyvyys
editor-who-private-alone = Vain sinä.
editor-who-private-staff = Sinä ja koulusi ylläpitäjät.
editor-who-private-student = Sinä, opettajasi ja koulusi ylläpitäjät.
editor-who-private-student-peers = Sinä, opettajasi, koulusi ylläpitäjät ja koulusi muut oppilaat (he eivät voi muuttaa sitä).
editor-who-unlisted = Kuka tahansa, jolla on linkki. Ei näy listoissa eikä hakukoneissa.
editor-who-public = Kuka tahansa. Näkyy Selaa-sivulla ja hakukoneissa.

## Valitun kohteen kentät

editor-hotspot-of = Kohde { $number } / { $count }
editor-hotspot-title = Otsikko
editor-hotspot-text = Teksti
editor-hotspot-text-hint = Pelkkää tekstiä. Rivinvaihdot säilyvät; verkko-osoitteista tulee linkkejä.
editor-hotspot-link = Linkki
editor-hotspot-link-hint = Valinnainen: verkkosivu (https://) tai sähköposti (mailto:).
editor-across = Vasemmalta (%)
editor-down = Ylhäältä (%)
editor-order = Lukujärjestys (ruudunlukijat ja Tab-näppäin seuraavat sitä):
editor-move-earlier = Siirrä aiemmaksi
editor-move-later = Siirrä myöhemmäksi
editor-icon = Kuvake
editor-icon-info = Info
editor-icon-question = Kysymysmerkki
editor-icon-star = Tähti
editor-icon-dot = Piste
editor-icon-number = Numero
editor-colour = Väri
editor-opens-with = Avautuu samalla
editor-media-picture = Tämä kohde avaa kuvan.
editor-media-sound = Tämä kohde soittaa äänen.
editor-media-video = Tämä kohde avaa { $provider }-videon.
editor-popup-media = Ponnahdusikkunan kuva tai ääni
editor-popup-media-choose = Valitse kuva tai ääni
editor-popup-uploading = Lähetetään ponnahdusikkunan kuvaa tai ääntä
editor-video-address = Videon osoite (YouTube tai Vimeo)
editor-video-invalid = Tämä ei ole YouTube- tai Vimeo-videon osoite.
editor-remove-media = Poista kuva, ääni tai video
editor-tour = Vie toiseen näkymään
editor-tour-none = Ei muuta näkymää
editor-tour-hint = Tee kierros: ponnahdusikkuna tarjoaa sen näkymän avaamista.
editor-delete-hotspot = Poista kohde

## Jakaminen: Jaa-ikkuna ja kopiointipainikkeet

editor-share-title = Jaa ”{ $title }”
editor-share-visibility = { $visibility }:
editor-share-private = Muut linkin avaajat saavat viestin ”Ei löytynyt”. Jos haluat jakaa sen, valitse Näkyvyys-kohdasta Piilotettu tai Julkinen.
editor-share-copy-link = Kopioi linkki
editor-embed-code = Upotuskoodi
editor-embed-hint = Liitä se koulun verkkosivuille tai oppimisalustan sivulle.
editor-copy-embed = Kopioi upotuskoodi
editor-qr-alt = Näkymän linkin QR-koodi
editor-qr-caption = Puhelimet ja tabletit avaavat linkin kameralla.
editor-qr-large = Näytä suurena
editor-close = Sulje
editor-copied = { $what } kopioitu.
editor-copied-note = { $what } kopioitu. { $note }
editor-copy-by-hand = Kopioi se kentästä: Ctrl+C (Macissa ⌘C), tai paina sitä pitkään puhelimessa.

## Tilastot muokkaimen alla

editor-stats = Tilastot
editor-stats-hint = Nimettömiä lukuja siitä, miten jaettua linkkiäsi käytetään: ei evästeitä, eikä osoitteita tallenneta.

## Kenttien nimet, kuten virheilmoitukset ne mainitsevat

field-title = Otsikko
field-description = Kuvaus
field-text = Teksti
field-link = Linkki
field-image = Kuva
field-sound = Ääni
field-alt = Vaihtoehtoinen teksti
field-hotspot-id = Kohteen ID
field-linked-scene = Linkitetty näkymä
field-username = Käyttäjätunnus
field-email = Sähköposti
field-password = Salasana
field-school-name = Koulun nimi
field-class-name = Luokan nimi
field-feedback = Palaute

## Mikä kirjoitetussa tai lähetetyssä oli vialla (sovelluksen tarkistukset ja palvelimen vastaukset)

error-required = { $label } puuttuu
error-too-short = { $label } on liian lyhyt (vähintään { $min } merkkiä)
error-too-long = { $label } on liian pitkä (enintään { $max } merkkiä)
error-id-characters = { $label } voi sisältää vain kirjaimia, numeroita sekä merkit _ ja -
error-lti-setting-length = Anna arvo, jonka pituus on 1–{ $max } merkkiä
error-lti-address = Anna https://-osoite, jonka alusta näyttää
error-youtube-id = Tämä ei ole YouTube-videon ID
error-vimeo-id = Tämä ei ole Vimeo-videon ID
error-start-view-outside = Aloitussuunnan täytyy osoittaa kuvan sisälle (0–1)
error-field-of-view = Näkökentän täytyy olla { $min }–{ $max } astetta
error-image-size-missing = Kuvan koko puuttuu
error-start-view-flat = Aloitussuunnan voi asettaa vain 360°-kuville
error-panorama-shape = 360°-kuvan täytyy olla kaksi kertaa niin leveä kuin korkea ja enintään { $max_width } × { $max_height } pikseliä (tämä on { $width } × { $height })
error-link-spaces = Linkin täytyy olla kokonainen osoite ilman välilyöntejä
error-link-scheme = Linkin alussa täytyy olla https://, http:// tai mailto:
error-colour = Väri kirjoitetaan muodossa #e4572e
error-position = Sijainnin täytyy olla kuvan sisällä (0–1)
error-too-many-hotspots = Näkymässä voi olla enintään { $max } kohdetta
error-hotspot-id-twice = Kahdella kohteella on sama ID
error-domain = ”{ $domain }” ei ole sähköpostin verkkotunnus (esimerkiksi school.example)
error-too-many-domains = Anna enintään { $max } verkkotunnusta
error-username-characters = Käyttäjätunnuksessa voi olla vain pieniä kirjaimia a-z, numeroita sekä merkit _ . -
error-email = Sähköpostiosoitteen täytyy olla muotoa name@example.org
error-birth-date-format = Syntymäaika kirjoitetaan muodossa 2012-05-01
error-today-unknown = Tämän päivän päivämäärä ei ole tiedossa
error-birth-date-future = Syntymäaika ei voi olla tulevaisuudessa
error-birth-date-age = Syntymäajan mukaan sinun täytyy olla 3–25-vuotias
error-birth-date-required = Oppilaiden täytyy antaa syntymäaikansa
error-birth-date-not-student = Vain oppilaat antavat syntymäaikansa
error-join-code-required = Oppilaat tarvitsevat opettajaltaan liittymiskoodin
error-join-code-individual = Liittymiskoodit ovat oppilaille ja kutsutuille opettajille
error-found-school-teacher = Vain opettajat voivat perustaa koulun
error-join-or-found = Liity kouluun, johon sinut kutsuttiin, tai perusta uusi koulu, mutta älä tee molempia
error-language = Valitse jokin kielistä, joita Pinpoint osaa
error-not-found = Ei löytynyt, tai sitä ei ole jaettu sinulle
error-method-not-allowed = Tämä pyyntötapa (metodi) ei ole sallittu täällä
error-busy = Palvelin on kiireinen; yritä hetken päästä uudelleen
error-internal = Palvelimella meni jotain vikaan
error-host = Tämä palvelin ei vastaa tuolla palvelinnimellä
error-cross-site = Tietoja muuttavien pyyntöjen täytyy tulla Pinpointin omilta sivuilta
error-log-in = Kirjaudu sisään
error-password-change-first = Valitse ensin oma salasana: nykyisen salasanasi asetti koulusi
error-too-many-tries = { $minutes ->
    [one] Liian monta yritystä. Yritä uudelleen minuutin päästä.
   *[other] Liian monta yritystä. Yritä uudelleen { $minutes } minuutin päästä.
}
error-send-json = Lähetä JSONia otsakkeella Content-Type: application/json
error-json-object = Pyynnön sisällön täytyy olla JSON-objekti
error-json-field = { $detail }
error-json-invalid = Pyynnön sisältö ei ole kelvollista JSONia
error-json-trailing = Pyynnön sisällössä on useampi kuin yksi JSON-arvo
error-body-too-large = Pyynnön sisältö on liian suuri
error-body-unreadable = Pyynnön sisältöä ei voitu lukea
error-only-admins = Vain koulun ylläpitäjät voivat tehdä tämän
error-manage-own = Muuta omaa tiliäsi asetuksissasi; ylläpitäjä ei voi täällä poistaa itseään koulusta eikä poistaa omaa tiliään
error-manage-admin = Toisen ylläpitäjän tiliä voi muuttaa vain tilin omistaja
error-only-owner-edit = Vain omistaja voi muokata tätä näkymää
error-only-owner-delete = Vain omistaja voi poistaa tämän näkymän
error-only-owner-reset-link = Vain omistaja voi vaihtaa tämän näkymän linkin
error-only-teacher-code = Vain luokan opettaja voi vaihtaa sen koodin
error-only-teacher-add = Vain luokan opettaja voi lisätä oppilaita
error-only-teacher-export = Vain luokan opettaja voi ladata luokan työt
error-upload-image-first = Lähetä kuva ensin, ennen kuin käytät sitä
error-students-public = Koulusi ei anna oppilaiden julkaista näkymiä julkisesti. Valitse Yksityinen tai Piilotettu.
error-upload-media-first = Lähetä kuva tai ääni ensin, ennen kuin käytät sitä
error-send-version = Lähetä versio, jota muokkasit
error-page-number = page-arvon täytyy olla luku 1 tai suurempi
error-create-class = Vain koulun opettaja voi luoda luokkia
error-join-class-student = Vain oppilaat liittyvät luokkiin koodilla
error-join-code-shape = Liittymiskoodi näyttää tältä: K7PX-2QMD
error-join-code-unknown = Liittymiskoodi ei vastaa mitään luokkaa
error-invitation-unknown = Kutsukoodi ei vastaa mitään koulua
error-wrong-login = Väärä käyttäjätunnus, sähköposti tai salasana
error-lti-registered = Tämä alusta ja asiakastunnus (client id) on jo rekisteröity
error-scene-changed = Tätä näkymää muutettiin muualla (nyt versio { $current }, sinä muokkasit versiota { $base }). Lataa se uudelleen tai korvaa se omalla versiollasi.
error-username-taken = Käyttäjätunnus on jo varattu
error-email-taken = Tällä sähköpostiosoitteella on jo tili
error-identity-taken = Tämä tili on jo yhdistetty toiseen Pinpoint-tiliin
error-domain-taken = { $domain } kuuluu jo toiselle koululle
error-stats-scene = Tällaista jaettua näkymää ei ole
error-stats-hotspot = Tässä näkymässä ei ole tällaista kohdetta
error-stats-too-many = Täältä tulee liian monta tapahtumaa; yritä hetken päästä uudelleen
error-stats-none = Lähetä vähintään yksi tapahtuma
error-stats-batch = Lähetä enintään { $max } tapahtumaa kerrallaan
error-stats-days-range = days-arvon täytyy olla kokonaisluku väliltä 1–{ $max }
error-stats-days = days-arvon täytyy olla kokonaisluku
error-stats-who = Vain näkymän omistaja, hänen opettajansa ja hänen koulunsa ylläpitäjät näkevät sen tilastot
error-feedback-who = Vain oppilaan opettajat voivat antaa palautetta
error-feedback-read = Vain oppilas, jolle palaute on kirjoitettu, voi merkitä sen luetuksi
error-feedback-unknown = Tässä näkymässä ei ole tällaista palautetta
error-reviewed-who = Vain oppilaan opettajat voivat merkitä työn tarkistetuksi
error-domain-not-allowed = { $domain } ei ole verkkotunnus, jonka tämän Pinpointin ylläpitäjä on sallinut kouluille
error-birth-date-students = Vain oppilaiden syntymäajat tallennetaan
error-school-name-mismatch = Kirjoita koulun nimi täsmälleen niin kuin se näytetään
error-storage-full = Tallennustilasi on täynnä ({ $used } / { $quota } Mt käytetty). Poista näkymiä tai kuvia, joita et enää tarvitse.
error-upload-empty = Lähetetty tiedosto on tyhjä
error-upload-type = Vain PNG-, JPEG-, WebP- ja GIF-kuvia (tai MP3-, Ogg-, WAV- ja M4A-ääniä) voi lähettää
error-lti-addresses = Anna https://-osoitteet, jotka alusta näyttää
error-lti-auth-url = Valtuutus-URL ei ole URL-osoite
error-avatar-square = Kuvan täytyy olla neliö; tämä on { $width } × { $height } pikseliä
error-avatar-size = Kuvan leveyden täytyy olla { $min }–{ $max } pikseliä; tämän leveys on { $width }
error-avatar-type = Kuvan täytyy olla PNG-, JPEG-, WebP- tai GIF-kuva
error-not-your-password = Tämä ei ole salasanasi
error-sign-in-again = Kirjaudu uudelleen koulusi tilillä ja yritä sitten uudelleen
error-marketing-students = Oppilaille ei koskaan lähetetä markkinointia
error-birth-date-admin = Vain koulusi ylläpitäjä voi muuttaa syntymäaikaasi
error-provider-unknown = Tällaista kirjautumispalvelua ei ole
error-last-sign-in = Tämä on ainoa tapasi kirjautua: aseta ensin salasana tai yhdistä toinen kirjautumispalvelu
error-export-format = Anna format={ $formats }
error-export-no-picture = Tässä näkymässä ei ole vielä kuvaa, jonka voisi viedä
error-offline-unavailable = Offline-sivuja ei voi tehdä: katseluohjelmaa ei ole käännetty tällä palvelimella
error-package-too-big = Tässä näkymässä on liikaa kuvia ja ääniä pakattavaksi (yli { $max } Mt)
error-import-too-big = Tiedosto on suurempi kuin { $max } Mt tai katkennut: { $detail }
error-import-no-file = Valitse tuotava tiedosto
error-form-unreadable = Lomaketta ei voi lukea: { $detail }
error-annotations-too-big = Merkinnät saavat olla enintään { $max } Mt
error-json-unreadable = Tätä JSONia ei voi lukea: { $detail }
error-annotations-refused = Näitä merkintöjä ei voi tuoda: { $reason }
error-annotations-picture = Lähetä merkintöjen kuva niiden mukana (lomakkeen kuvakentässä)
error-annotations-picture-type = Merkittynä kuvana voi olla vain PNG-, JPEG-, WebP- tai GIF-kuva
error-package-missing-file = Paketissa ei ole tiedostoa kuvalle tai äänelle { $name }
error-image-type = Tämä ei ole PNG-, JPEG-, WebP- tai GIF-kuva
error-image-damaged = Tämä kuvatiedosto on vioittunut tai keskeneräinen
error-image-empty = Tässä kuvassa ei ole pikseleitä
error-image-too-wide = Kuvan leveys ja korkeus saavat olla enintään { $max } pikseliä
error-image-too-many-pixels = Tässä kuvassa on liikaa pikseleitä (enintään 40 megapikseliä, kaikki kehykset yhteensä)
error-class-list-empty = Tiedostossa ei ole yhtään oppilasta
error-class-list-too-long = Luokkalistassa voi olla enintään { $max } oppilasta; jaa tiedosto osiin
error-class-list-line = Tätä riviä ei voi lukea: { $detail }
error-package-not-zip = Tämä tiedosto ei ole zip-paketti (tai se on vioittunut)
error-package-no-scene = Tämä zip ei ole Pinpoint-paketti: siitä puuttuu { $file }
error-package-bad-scene = Paketin tiedostoa { $file } ei voi lukea: { $detail }
error-package-newer = Tämä paketti on tehty uudemmalla Pinpointilla (muoto { $format }); päivitä ensin tämä Pinpoint
error-package-too-many-files = Paketissa on yli { $max } tiedostoa
error-package-file-too-large = Paketin tiedosto { $name } on suurempi kuin sallittu
error-package-unpacked-too-large = Paketti vie purettuna yli { $max } Mt
error-package-outside = Paketti viittaa tiedostoon, joka on paketin ulkopuolella ({ $name })
error-h5p-other = Tämä H5P-tiedosto on { $kind }, ei Image Hotspots: vain H5P.ImageHotspots-sisältöä voi tuoda
error-h5p-broken = Tätä H5P-tiedostoa ei voi lukea: { $detail }
error-h5p-no-picture = Tässä H5P-tiedostossa ei ole taustakuvaa
error-busy-transfers = Pinpointilla on kesken muita latauksia ja tuonteja: yritä hetken päästä uudelleen
error-sso-email-taken = Tällä sähköpostiosoitteella on jo tili. Kirjaudu sisään salasanallasi ja yhdistä sitten koulusi tili Asetuksissa.
error-sso-no-verified-email = Koulusi tilillä ei ole vahvistettua sähköpostiosoitetta, joten tiliä ei voitu luoda.
error-sso-linked-elsewhere = Tämä koulun tili on yhdistetty toiseen Pinpoint-tiliin.
error-sso-not-started = Kirjautumislinkki on vanhentunut tai jo käytetty. Yritä uudelleen.
error-sso-failed = Kirjautuminen ei onnistunut. Yritä uudelleen.

## Sivut, jotka oppimisalusta (LTI) näyttää kehyksessään

picker-expired-title = Tämä sivu on vanhentunut
picker-expired-text = Se on jo käytetty tai ollut auki liian kauan. Valitse kurssillasi sisällön lisääminen ja valitse Pinpoint uudelleen.
picker-link-intro = Jotta voit lisätä näkymiäsi kursseille alustalla { $platform }, yhdistä Pinpoint-tilisi kerran. Sen jälkeen { $platform } kertoo Pinpointille, että kyse on sinusta.
picker-login = Sähköposti tai käyttäjätunnus
picker-password = Salasana
picker-link = Yhdistä tili
picker-link-hint = Vain sen koulun opettajat, joka lisäsi alustan { $platform } Pinpointiin, voivat yhdistää tilinsä. Jos kirjaudut Pinpointiin vain koulun tilillä, aseta ensin salasana Pinpointin asetuksissa. Pinpoint tallentaa vain tilisi tunnisteen alustalla { $platform }.
picker-link-title = Yhdistä Pinpoint-tilisi
picker-private = Yksityinen: oppijat eivät voisi avata sitä. Jaa se linkillä Pinpointissa, niin voit lisätä sen.
picker-add-label = Lisää { $title }
picker-add = Lisää
picker-no-scenes = Sinulla ei ole vielä näkymiä. Tee näkymä Pinpointissa, jaa se linkillä ja palaa sitten tänne.
picker-your-scenes = Näkymäsi
picker-signed-in = Kirjautuneena: { $username }. Valitse näkymä, jonka oppijat näkevät.
picker-title = Lisää Pinpoint-näkymä
picker-too-many-tries = Liian monta yritystä. Odota muutama minuutti ja yritä sitten uudelleen.
picker-wrong-login = Väärä sähköposti, käyttäjätunnus tai salasana.
picker-password-first = Kirjaudu Pinpointiin ja valitse ensin oma salasana.
picker-teachers-only = Vain sen koulun opettajat, joka lisäsi tämän kurssialustan, voivat lisätä näkymiä.
picker-cannot-add-title = Tätä näkymää ei voi lisätä
picker-cannot-add-text = Se ei ole yksi jaetuista näkymistäsi (se on ehkä muutettu yksityiseksi tai poistettu). Palaa takaisin ja valitse toinen.
picker-adding = Lisätään ”{ $title }” kurssillesi…
picker-add-to-course = Lisää kurssille
picker-adding-title = Lisätään kurssillesi
launch-refused-title = Tätä Pinpoint-linkkiä ei voitu avata
launch-refused-hint = Pyydä opettajaasi tarkistamaan linkki, tai yritä uudelleen kurssiltasi.
launch-unknown-platform = Tätä oppimisalustaa ei ole rekisteröity tähän Pinpointiin.
launch-keys = Oppimisalustan avaimia ei voitu hakea.
launch-invalid = Käynnistys ei läpäissyt tarkistusta: { $detail }
launch-not-started = Tätä käynnistystä ei aloitettu täällä, se kesti liian kauan tai se on jo käytetty.
launch-not-shared = Näkymää ei ole jaettu (sen omistaja on ehkä muuttanut sen yksityiseksi tai poistanut sen).
