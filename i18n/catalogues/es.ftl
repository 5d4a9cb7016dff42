# Pinpoint en español. Términos: GLOSSARY.md.

-brand = Pinpoint

## El visor del enlace compartido (/v/..., /embed/...)

viewer-page-title = { $title } · { -brand }
viewer-brand = { -brand }
viewer-byline = de { $username }
viewer-text-only = Solo texto
viewer-picture-view = Vista de imagen
viewer-fullscreen = Pantalla completa
viewer-exit-fullscreen = Salir de pantalla completa
viewer-embed = Insertar
viewer-the-picture = La imagen: { $alt }
viewer-no-picture = Esta escena aún no tiene imagen.
viewer-no-hotspots = Esta escena aún no tiene puntos.
viewer-hotspot-number = Punto { $number }
viewer-next-scene = Ir a la escena siguiente
viewer-video-link = Vídeo: { $url }
viewer-close = Cerrar
viewer-failed-title = No se pudo abrir esta escena
viewer-failed-text = No se pudo conectar con { -brand }. Revisa tu conexión y vuelve a cargar la página.
viewer-explore = Explorar escenas públicas
viewer-not-found-page-title = No encontrada · { -brand }
viewer-not-found-title = No encontrada, o no compartida contigo
viewer-not-found-text = Esta escena no existe, o quien la creó no la ha compartido contigo. Si alguien te envió este enlace, pídele que lo revise.
viewer-embed-title = Insertar esta escena
viewer-embed-hint = Pega este código en una página web, como la web de tu centro o tu plataforma de aprendizaje.
viewer-embed-code = Código para insertar
viewer-copy-code = Copiar código
viewer-copied = Copiado
viewer-video-provider = Vídeo de { $provider }
viewer-video-cookies = Carga contenido de { $provider }, que puede guardar cookies.
viewer-load-video = Cargar vídeo
viewer-watch-on = Ver en { $provider }
viewer-video-frame-title = Vídeo de { $provider }: { $title }
viewer-sound = Sonido: { $title }
viewer-email = Escribir a { $address }
viewer-panorama = Imagen de 360°. Arrastra o usa las flechas para mirar alrededor; + y - para acercar y alejar.
viewer-panorama-described = Imagen de 360°: { $alt }. Arrastra o usa las flechas para mirar alrededor; + y - para acercar y alejar.
viewer-noscript = Esta imagen interactiva necesita JavaScript y WebAssembly.

## Todas las páginas de la aplicación: cabecera, menú y pie

app-brand = { -brand }
app-nav-label = Principal
app-nav-explore = Explorar
app-nav-my-scenes = Mis escenas
app-nav-classes = Clases
app-nav-school = Centro
app-log-in = Iniciar sesión
app-sign-up = Crear cuenta
app-new-scene = Nueva escena
app-settings = Ajustes
app-log-out = Cerrar sesión
app-own-password-title = Elige tu propia contraseña
app-own-password-text = Tu profe o tu centro te dio una contraseña de un solo uso. Elige una que solo sepas tú.
app-one-time-password = Contraseña de un solo uso
app-save-my-password = Guardar mi contraseña
app-footer = { -brand }: imágenes interactivas, con privacidad.
app-privacy = Privacidad

## Iniciar sesión (/login)

login-title = Iniciar sesión
login-username = Usuario o correo electrónico
login-password = Contraseña
login-submit = Iniciar sesión
login-new-here = ¿Es tu primera vez?
login-sign-up = Crear cuenta
login-with = Entrar con { $provider }
login-or = o

## La bienvenida (/ sin sesión)

welcome-title = Imágenes que se explican solas
welcome-lead = { -brand } convierte una imagen en una lección: añade puntos que abren textos, enlaces, imágenes y vídeos, y compártela con un enlace. Quien la ve no necesita cuenta y nunca se le rastrea.
welcome-get-started = Empezar
welcome-examples = Ver ejemplos
welcome-private = Privado por defecto.
welcome-private-text = Las escenas empiezan siendo privadas; tú eliges quién las ve.
welcome-schools = Hecho para centros educativos.
welcome-schools-text = El correo y la fecha de nacimiento del alumnado nunca se muestran a sus compañeros.
welcome-yours = Tus datos son tuyos.
welcome-yours-text = Se instala en tu propio servidor, y tus datos se quedan en él.

## Ajustes (/settings)

settings-language = Idioma
settings-language-browser = El idioma de tu navegador
settings-language-hint = El idioma de los textos de { -brand } en todos los dispositivos donde inicies sesión. Las escenas se quedan en el idioma en que se hicieron.

## Crear cuenta (/signup)

signup-title = Crear cuenta
signup-account-type = Tipo de cuenta
signup-kind-individual = Para mí
signup-kind-individual-hint = Crea y comparte escenas por tu cuenta.
signup-kind-teacher = Docente
signup-kind-teacher-hint = Dirige clases y revisa el trabajo de tu alumnado.
signup-kind-student = Estudiante
signup-kind-student-hint = Únete a tu clase con el código que te dio tu profe.
signup-username = Nombre de usuario
signup-username-hint = De 3 a 32 caracteres: a-z, 0-9, _ . - (los demás solo ven este nombre)
signup-email = Correo electrónico
signup-password = Contraseña
signup-password-hint = Al menos 8 caracteres.
signup-birth = Fecha de nacimiento
signup-birth-hint = Solo tú y la administración de tu centro podéis verla; nunca tus profes ni tus compañeros.
signup-join-code = Código de clase
signup-invite = Código de invitación (opcional)
signup-invite-hint = De la administración de tu centro, para unirte a él. Déjalo vacío para crear un centro o trabajar por tu cuenta.
signup-school = Nombre del centro (opcional)
signup-school-hint = Crea tu centro en { -brand } y serás quien lo administre.
signup-privacy = Al crear una cuenta aceptas cómo tratamos tus datos:
signup-privacy-link = privacidad
signup-submit = Crear cuenta
signup-have-account = ¿Ya tienes cuenta?
signup-log-in = Iniciar sesión

## Mis escenas (/ con sesión) y tarjetas de escena

scene-untitled = Sin título
visibility-private = Privada
visibility-unlisted = No listada
visibility-public = Pública
home-title = Mis escenas
home-import = Importar
home-import-input = Importar una escena
home-import-hint = Importa un paquete de { -brand } (.zip), un archivo H5P Image Hotspots (.h5p), o anotaciones W3C o un manifiesto IIIF (.json) junto con su imagen como una nueva escena privada. También puedes soltarlos aquí.
home-choose-picture = Elegir su imagen
home-picture-input = La imagen de las anotaciones
home-not-imported = No importado:
home-new-scene = Nueva escena
home-teacher-next = El trabajo de tu alumnado te llegará en Clases:
home-teacher-next-link = crea tu primera clase
home-teacher-next-after = y da su código a tu alumnado.
home-empty = Aún no tienes escenas. Empieza con una imagen: un mapa, un esquema, una foto de tu centro.
home-create-first = Crea tu primera escena
home-copying = Copiando…
home-copied = Hecha “{ $title }”, una copia privada.
home-copy-failed = No se pudo copiar la escena: { $reason }
home-deleted = Eliminada “{ $title }”.
home-delete-title = ¿Eliminar “{ $title }”?
home-delete-confirm = Eliminar escena
home-delete-text = La escena, sus puntos y sus estadísticas se eliminan para siempre, y su enlace deja de funcionar. Sus imágenes se eliminan en un día, salvo que otra de tus escenas las muestre.
card-hotspots = { $count ->
    [one] 1 punto
   *[other] { $count } puntos
}
card-by = de { $username }
card-edit = Editar
card-duplicate = Duplicar
card-delete = Eliminar
card-shared = Compartida por enlace
card-feedback = { $count ->
    [one] Comentario nuevo
   *[other] Comentarios nuevos ({ $count })
}
card-feedback-on = en { $title }
download = Descargar
download-html = Página sin conexión (.html)
download-zip = Paquete de { -brand } (.zip)
download-w3c = Anotaciones W3C (.json)
download-iiif = Manifiesto IIIF (.json)
import-choose-picture = Ahora elige la imagen de estas anotaciones.
import-importing = Importando { $name }…
import-progress = Importando { $name }… { $percent } %
import-done = Importada “{ $title }” como escena privada.
import-failed = No se pudo importar el archivo: { $reason }
import-nothing = Elige un archivo para importar.
import-needs-picture = Las anotaciones necesitan su imagen: elige el archivo JSON y la imagen a la vez.
import-picture-alone = Para crear una escena con una imagen, usa Nueva escena. Para importar anotaciones, elige su archivo JSON junto con la imagen.
import-too-many = Importa un archivo cada vez: un paquete, un archivo H5P o un archivo JSON con su imagen.
confirm-cancel = Cancelar

## Explorar (/explore), no encontrado y páginas que necesitan cuenta

explore-title = Explorar
explore-lead = Escenas que sus autores decidieron hacer públicas.
explore-empty = Aún no hay escenas públicas.
explore-loading = Cargando…
explore-more = Ver más
not-found-title = No encontrada, o no compartida contigo
not-found-text = Esta página no existe, o su propietario no la ha compartido contigo. Si alguien te envió este enlace, pídele que lo revise.
not-found-explore = Explorar escenas públicas
gate-log-in = Iniciar sesión
gate-sign-up = Crear cuenta
gate-editor-title = Crear una escena
gate-editor = Inicia sesión o crea una cuenta para crear escenas.
gate-school-title = Centro
gate-school = Inicia sesión como administrador de tu centro para ver sus ajustes.
gate-classes-title = Clases
gate-classes = Inicia sesión o crea una cuenta para ver tus clases.
gate-settings-title = Ajustes
gate-settings = Inicia sesión o crea una cuenta para ver tu cuenta.
