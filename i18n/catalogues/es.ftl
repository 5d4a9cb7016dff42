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
## Ajustes (/settings): la cuenta, su foto, el perfil, la contraseña, las cuentas del centro y el registro de actividad

settings-title = Tu cuenta
settings-account-type = Tipo de cuenta
settings-kind-individual = Individual
settings-kind-student = Estudiante
settings-kind-teacher = Docente
settings-school = Centro
settings-school-admin = { $school } (admin)
settings-birth = Fecha de nacimiento
settings-birth-hint = Solo la administración de tu centro puede cambiarla.
settings-picture = Foto de perfil
settings-profile = Perfil
settings-password = Contraseña
settings-change-password = Cambiar contraseña
settings-data = Tus datos
settings-data-text = Un archivo con todo lo que { -brand } guarda sobre ti: tu cuenta, escenas, archivos subidos, comentarios, clases, registro de actividad y las estadísticas de visitas de tus escenas.
settings-download-data = Descargar mis datos
settings-activity = Actividad
settings-activity-text = Inicios de sesión y cambios en tu cuenta, con la dirección desde la que se hicieron. Se guardan 90 días.
settings-delete-heading = Eliminar tu cuenta
settings-delete-explanation = Tu cuenta, escenas, imágenes, sonidos, comentarios y estadísticas de visitas se eliminan al momento, y tus enlaces compartidos dejan de funcionar. Solo se guarda tu registro de actividad, 30 días más, y después también se elimina. Esto no se puede deshacer; si quieres conservar tus datos, descárgalos antes.
settings-delete-open = Eliminar cuenta
settings-delete-confirm = Eliminar mi cuenta para siempre
settings-delete-password = Contraseña
avatar-current = Tu foto de perfil
avatar-file = Foto de perfil
avatar-choose = Elegir una imagen
avatar-choose-new = Elegir otra imagen
avatar-remove = Quitar la foto
avatar-not-a-picture = “{ $name }” no es una imagen que { -brand } pueda mostrar. Usa un archivo PNG, JPEG, WebP o GIF.
avatar-unreadable = No se pudo leer esta imagen.
avatar-unprepared = No se pudo preparar esta imagen.
avatar-preview = Tu nueva foto: arrástrala o usa las flechas para moverla
avatar-crop-hint = Arrastra la imagen o usa las flechas para elegir qué se ve en el cuadrado.
avatar-zoom = Zoom
avatar-save = Guardar foto
avatar-saving = Guardando…
avatar-cancel = Cancelar
profile-username = Nombre de usuario
profile-username-hint = De 3 a 32 caracteres: a–z, 0–9, _ . y -. Los demás lo ven junto a tus escenas.
profile-email = Correo electrónico
profile-email-hint = Solo lo ves tú (y, en un centro, tus profes y la administración).
profile-marketing = Envíame de vez en cuando noticias sobre { -brand }
profile-save = Guardar cambios
profile-saved = Guardado.
password-current = Contraseña actual
password-new = Nueva contraseña
password-new-hint = Al menos 8 caracteres.
password-change = Cambiar contraseña
password-changed = Contraseña cambiada. Se ha cerrado tu sesión en todos los demás sitios.
providers-title = Cuentas del centro
providers-intro = Inicia sesión con una cuenta que te dio tu centro. { -brand } solo guarda qué cuenta es, nada más de ella.
providers-connected = conectada el { $date }
providers-remove = Quitar
providers-remove-label = Quitar { $provider }
providers-removed = Se quitó { $provider }
providers-connect = Conectar { $provider }
providers-password = Contraseña
providers-password-hint = Tu contraseña de { -brand }, para comprobar que eres tú.
providers-continue = Continuar en { $provider }
providers-cancel = Cancelar
activity-loading = Cargando tu actividad…
activity-caption = Tu actividad, de la más reciente a la más antigua
activity-when = Cuándo
activity-what = Qué
activity-from = Desde
activity-with-detail = { $what }: { $detail }
activity-show-all = Mostrar las { $count } entradas
activity-kind-account-created = Cuenta creada
activity-kind-sign-in = Sesión iniciada
activity-kind-sign-in-failed = Inicio de sesión fallido (contraseña incorrecta)
activity-kind-sign-out = Sesión cerrada
activity-kind-password-changed = Contraseña cambiada
activity-kind-settings-changed = Ajustes de la cuenta cambiados
activity-kind-changed-by-admin = Cambios hechos por la administración del centro
activity-kind-scene-created = Escena creada
activity-kind-scene-deleted = Escena eliminada
activity-kind-visibility-changed = Visibilidad de la escena cambiada
activity-kind-data-exported = Datos descargados
activity-kind-account-deleted = Cuenta eliminada
activity-kind-provider-connected = Proveedor de inicio de sesión conectado
activity-kind-provider-removed = Proveedor de inicio de sesión quitado
activity-kind-learning-platform-linked = Cuenta de la plataforma de aprendizaje vinculada
activity-kind-class-work-exported = Trabajos de la clase descargados
activity-kind-school-exported = Datos del centro descargados
activity-kind-school-deleted = Centro eliminado

## La primera visita de un estudiante tras entrar con la cuenta del centro: la fecha de nacimiento

birth-date-title = ¡Te damos la bienvenida! Antes, una pregunta
birth-date-label = Fecha de nacimiento
birth-date-hint = Tu centro la necesita. Solo tú y la administración de tu centro podéis verla.
birth-date-save = Guardar

## El título de la pestaña del navegador, según el encabezado de la página

heading-title-alone = { -brand }
heading-page-title = { $name } · { -brand }

## Privacidad (/privacy): un mensaje por párrafo o elemento de lista; los datos, exactos

privacy-title = Privacidad
privacy-lead = { -brand } guarda lo mínimo posible, en el servidor que gestionáis tu centro o tú. Sin publicidad, sin rastreo, sin terceros.
privacy-viewer-heading = Si solo ves una escena
privacy-viewer-no-account = No necesitas cuenta. { -brand } no te pone ninguna cookie, no guarda ningún identificador en tu navegador y nunca almacena tu dirección IP, tu navegador ni tu idioma.
privacy-viewer-counts = Quien creó la escena ve recuentos anónimos por día: visitas, visitantes, qué puntos se abrieron, clics en enlaces, reproducciones de medios y, más o menos, cuánto tiempo se quedó la gente. Para contar a cada visitante una sola vez al día, el servidor mezcla la escena, tu dirección IP y el nombre de tu navegador con un secreto aleatorio creado para ese día. Solo se guarda el resultado de la mezcla, y no se puede volver a convertir en tu dirección. Cuando termina el día (UTC; como mucho una hora después), el secreto y los resultados de la mezcla se destruyen, así que nada relaciona tus visitas de distintos días; solo quedan los recuentos. Si tu navegador envía Do Not Track o Global Privacy Control, solo se cuenta una visita sin más datos. En las escenas creadas por estudiantes, los números menores de 5 se muestran como “menos de 5”, para que ningún visitante destaque.
privacy-account-heading = Si tienes una cuenta
privacy-account-username = Tu nombre de usuario, que los demás pueden ver junto a tus escenas.
privacy-account-email = Tu correo electrónico, guardado cifrado. Lo puedes ver tú, y también la administración de tu centro; si eres estudiante, también tus profes. Tus compañeros y el resto de la gente nunca lo ven.
privacy-account-password = Tu contraseña, guardada solo como un hash de un solo sentido (argon2id): nadie puede leerla, ni siquiera quienes administran el servidor.
privacy-account-birth = Si eres estudiante, tu fecha de nacimiento, guardada cifrada. La podéis ver tú y la administración de tu centro; tus profes y tus compañeros, nunca.
privacy-account-scenes = Las escenas e imágenes que creas. Empiezan siendo privadas: las ves tú y, en un centro, su administración; las de un estudiante, también sus profes y (si el centro lo permite) el resto del alumnado del centro. No listada las abre a cualquiera que tenga el enlace; Pública además las muestra en Explorar. Una imagen o un sonido que subes pero nunca usas en una escena se elimina al cabo de un día.
privacy-account-picture = Tu foto de perfil, si eliges una. Tus compañeros solo la ven si tu centro lo permite.
privacy-account-cookie = Una cookie, pinpoint_session (__Host-pinpoint_session en un servidor que usa HTTPS), para mantener tu sesión iniciada. Dura 30 días o hasta que cierras sesión, y el servidor solo guarda un hash de ella.
privacy-account-unsaved = Los cambios que aún no has guardado, que se quedan solo en este navegador (no se envían a ningún sitio) hasta que los tiene el servidor. Al cerrar sesión se borran del navegador los cambios sin guardar de todas las cuentas, así que la siguiente persona en un ordenador compartido no encuentra ninguno.
privacy-account-activity = Un registro de actividad: inicios de sesión (también los fallidos), cierres de sesión, cambios de contraseña y de ajustes, escenas creadas o eliminadas, cambios de visibilidad y descargas de datos. Cada entrada tiene su hora y la dirección IP de la que vino, guardada cifrada. Solo tú puedes leerlo, en tu página de ajustes. Varios inicios de sesión fallidos seguidos se guardan como una sola entrada que los cuenta. Las entradas se eliminan a los 90 días.
privacy-account-guessing = Para impedir que se adivinen contraseñas, el servidor cuenta durante 15 minutos los inicios de sesión fallidos para un nombre y desde una dirección, mediante un hash con clave que no se puede volver a convertir en ninguno de los dos; a partir de 10, para iniciar sesión hay que esperar a que pasen los 15 minutos.
privacy-account-marketing = Correos de marketing solo si los pides (nunca a estudiantes).
privacy-sso-heading = Si inicias sesión con una cuenta del centro
privacy-sso-text = Si este { -brand } ofrece entrar con Google, con Microsoft o con las cuentas propias de tu centro, al iniciar sesión así se te envía a ese proveedor. El proveedor sabe que estás iniciando sesión en este { -brand } (y cuándo); { -brand } solo sabe por él quién eres allí (un identificador), tu correo electrónico y si el proveedor lo comprobó. { -brand } guarda solo el proveedor y ese identificador, para reconocerte la próxima vez, y nunca tu contraseña de allí ni ninguno de los tokens del proveedor. Nunca une una cuenta a la tuya solo por el correo electrónico: para usar una cuenta del centro con una cuenta que ya tienes, conéctala en Ajustes. También puedes quitarla allí (salvo que sea tu única forma de entrar), y aparece en Descargar mis datos y en el registro de actividad.
privacy-sso-domain = Si tu centro indicó su dominio de correo, tu primer inicio de sesión te convierte en estudiante de ese centro, y das tu fecha de nacimiento una vez; la administración de tu centro puede cambiar tu rol.
privacy-lms-heading = Si abres una escena desde tu curso (LMS)
privacy-lms-text = La plataforma de aprendizaje de tu centro (Canvas, Moodle, ...) le dice a { -brand }, en un mensaje firmado, qué escena mostrar. { -brand } comprueba el mensaje y muestra la escena como muestra cualquier enlace compartido: no necesitas cuenta de { -brand }, no pone ninguna cookie y no guarda nada de lo que la plataforma diga de ti (ni siquiera tu identificador allí); tu visita solo se cuenta de forma anónima, como se explica arriba. La plataforma sabe que abriste la escena, como con cualquier cosa de tu curso.
privacy-lms-teacher = Un docente que añade escenas a sus cursos vincula una vez su cuenta de la plataforma con su cuenta de { -brand }. { -brand } solo guarda ese vínculo: la plataforma y el identificador del docente allí. Aparece en Descargar mis datos y en el registro de actividad, y se elimina con la cuenta.
privacy-rights-heading = Tus derechos
privacy-rights-change = Ver y cambiar tu nombre de usuario, correo electrónico, foto de perfil y contraseña en la página de ajustes. La fecha de nacimiento de un estudiante la cambia la administración de su centro.
privacy-rights-download = Descargar mis datos te da un archivo con todo lo que { -brand } guarda sobre ti.
privacy-rights-delete = Eliminar cuenta borra al momento tu cuenta, escenas, imágenes, sonidos, comentarios y estadísticas; sus enlaces dejan de funcionar. Solo se queda tu registro de actividad, 30 días, por si surge alguna cuestión de seguridad, y después se elimina.
privacy-who-heading = Quién ve tus escenas
privacy-who-private = : tú, tus profes y la administración de tu centro; y, si tu centro lo permite, el alumnado de tu centro (solo lectura).
privacy-who-unlisted = : cualquiera a quien le des el enlace. Nunca aparece en listas, y se pide a los buscadores que no la indexen.
privacy-who-public = : cualquiera; aparece en Explorar.
privacy-who-hidden = Una escena que alguien no puede ver responde exactamente como si no existiera.
privacy-school-heading = En un centro
privacy-school-teachers = Tus profes ven tu correo electrónico, pero nunca tu fecha de nacimiento. La administración de tu centro ve las dos cosas.
privacy-school-classmates = Tus compañeros nunca ven tu correo electrónico ni tu fecha de nacimiento. Si tu centro lo permite, ven tu nombre de usuario, tu foto de perfil y tus escenas.
privacy-school-feedback = Tus profes pueden dejar comentarios en tus escenas; solo los leéis tú, tus profes y la administración de tu centro.
privacy-school-publish = Tu centro decide si el alumnado puede publicar escenas de forma pública.
privacy-school-statistics = Tus profes y la administración de tu centro pueden ver las estadísticas de visitas de tus escenas.
privacy-school-downloads = Tus profes pueden descargar el trabajo de sus clases (tus escenas, con sus imágenes y sonidos). La administración de tu centro puede descargar todo lo que guarda el centro, incluidos los datos de cada cuenta tal como los da Descargar mis datos, para llevarlos a otro sitio.
privacy-school-deleted = Si se elimina tu centro, tu cuenta y todo lo que contiene se eliminan al momento, como cuando eliminas tu cuenta tú; solo se queda el registro de actividad, 30 días.
privacy-where-heading = Dónde se guarda
privacy-where-text = En el servidor donde funciona este { -brand }, en una base de datos (SQLite, o PostgreSQL en instalaciones más grandes) y en una carpeta o un bucket de almacenamiento con los archivos subidos, que gestiona quien opera el servidor. Las direcciones de correo, las fechas de nacimiento y las direcciones del registro de actividad se cifran con una clave que se guarda junto a ellas. Las copias de seguridad (el servidor guarda las cuatro últimas semanales, salvo que quien lo opera decida otra cosa) contienen los mismos datos, excepto los secretos para contar visitantes, y se guardan con la misma seguridad; lo que se elimina sigue en ellas hasta que se sustituyen.

## Hablar con el servidor

api-status = El servidor respondió con el estado { $status }
api-network = No se puede conectar con Pinpoint. Revisa tu conexión e inténtalo de nuevo.
api-unreadable = El servidor envió una respuesta que esta página no puede leer. Prueba a recargarla.
api-too-many-tries-later = Demasiados intentos. Inténtalo más tarde.
api-too-many-tries = { $minutes ->
    [one] Demasiados intentos. Inténtalo de nuevo dentro de un minuto.
   *[other] Demasiados intentos. Inténtalo de nuevo dentro de { $minutes } minutos.
}
api-not-a-picture = «{ $name }» no es una imagen que Pinpoint pueda mostrar. Usa un archivo PNG, JPEG, WebP o GIF.
api-not-a-picture-or-sound = «{ $name }» no es una imagen ni un sonido que Pinpoint pueda reproducir. Usa PNG, JPEG, WebP, GIF, MP3, Ogg, WAV o M4A.
api-file-too-big = Este archivo ocupa { $size } MB; los archivos pueden ocupar como máximo { $max } MB.

## Detalles del registro de actividad (los escribe el servidor)

activity-repeats = { $count ->
    [one] { $count } intento
   *[other] { $count } intentos seguidos, el último a esta hora
}
activity-change-username = nombre de usuario
activity-change-email = correo electrónico
activity-change-picture = foto
activity-change-birth-date = fecha de nacimiento
activity-change-marketing = preferencia de publicidad
activity-change-language = idioma
activity-change-password-reset = contraseña restablecida
activity-change-removed = quitado del centro
activity-list-separator = {", "}
activity-by-admin = por un administrador del centro
## Clases (/classes): clases, códigos, estudiantes y su trabajo

classes-title = Clases
classes-no-school-teacher = Las clases pertenecen a un centro. Crea tu centro al registrarte como docente, o pide una invitación a la administración de tu centro.
classes-no-school = Las clases son para centros educativos. Tu cuenta no forma parte de ninguno.
classes-empty-teacher = Aún no tienes clases. Crea una y da su código a tu alumnado.
classes-empty-student = Aún no estás en ninguna clase.
classes-name = Nombre de la clase
classes-create = Crear clase
classes-join-code = Código de clase
classes-join-hint = ¿Te unes a otra clase de tu centro? Escribe su código.
classes-join = Unirme a la clase
classes-student-count = { $count ->
    [one] { $count } estudiante
   *[other] { $count } estudiantes
}
classes-join-code-label = Código de clase:
classes-new-code = Nuevo código
classes-copy-join-link = Copiar enlace para unirse
classes-join-link = Enlace para unirse
classes-private-note = Tu centro mantiene en privado los nombres y el trabajo de tus compañeros.
classes-students = Estudiantes
classes-student-born = nacimiento: { $date }
classes-no-students = Aún no hay estudiantes.
classes-work = Trabajos
classes-no-work = Aún no hay escenas.
classes-work-byline = de { $username } · { $date }
classes-not-reviewed = Sin revisar
classes-feedback = Comentarios
# Said after "Feedback" to screen readers: "Feedback on Volcano".
classes-feedback-on = sobre { $title }

## Añadir estudiantes a una clase, y sus contraseñas de un solo uso

students-add = Añadir estudiantes
students-add-hint = Para estudiantes sin correo electrónico propio, o para preparar una clase entera de una vez. Cada uno recibe una contraseña de un solo uso, que se muestra aquí una sola vez: dásela.
students-username = Nombre de usuario del estudiante
students-email = Correo del estudiante (opcional)
students-born = Fecha de nacimiento del estudiante
students-add-one = Añadir estudiante
students-class-list = Lista de clase (CSV)
students-class-list-hint = Un estudiante por línea: nombre de usuario, correo (puede estar vacío), fecha de nacimiento (AAAA-MM-DD). Puede tener una línea de encabezado.
students-class-list-choose = Elegir un archivo CSV
students-report-caption = Añadidos en esta visita (las contraseñas no se vuelven a mostrar)
students-report-username = Nombre de usuario
students-report-result = Resultado
students-report-password = Contraseña de un solo uso
students-created = Creado
# $reason: why the server refused the line, in its own words.
students-refused = Rechazado: { $reason }

## Comentarios sobre la escena de un estudiante

feedback-title = Comentarios
feedback-loading = Cargando comentarios…
feedback-none = Aún no hay comentarios.
feedback-yours = Tu comentario
feedback-send = Enviar comentario
feedback-mark-reviewed = Marcar como revisada
feedback-send-and-mark = Enviar y marcar como revisada
feedback-sent = Comentario enviado.
feedback-sent-and-reviewed = Comentario enviado y escena marcada como revisada.
feedback-marked-reviewed = Marcada como revisada.

## Estadísticas de una escena

stats-show = Estadísticas
stats-hide = Ocultar estadísticas
# Said after "Statistics" to screen readers: "Statistics of Volcano".
stats-of = de { $title }
stats-period = Periodo
stats-period-7 = Últimos 7 días
stats-period-30 = Últimos 30 días
stats-period-90 = Últimos 90 días
stats-period-365 = Último año
stats-loading = Cargando estadísticas…
stats-views = Visualizaciones
stats-visitors = Visitantes
stats-link-clicks = Clics en enlaces
stats-media-plays = Reproducciones
# A count hidden on a student's scene ($count is 5).
stats-fewer-than = menos de { $count }
# A total that includes hidden counts.
stats-or-more = { $count } o más
stats-visitors-hint = Cada visitante se cuenta una vez al día por escena, sin cookies; una persona que vuelve otro día cuenta dos veces.
stats-small-counts-hint = Esta es la escena de un estudiante: los números menores que { $count } aparecen como "menos de { $count }", y esos días no se suman a los totales, para que ningún espectador destaque.
# The chart, for screen readers; $views and $visitors are the phrases below.
stats-chart-summary = Visualizaciones y visitantes por día durante { $days } días: { $views }, { $visitors }.
stats-views-count = { $count ->
    [one] { $count } visualización
   *[other] { $count } visualizaciones
}
stats-views-or-more = { $count } o más visualizaciones
stats-views-fewer = menos de { $count } visualizaciones
stats-visitors-count = { $count ->
    [one] { $count } visitante
   *[other] { $count } visitantes
}
stats-visitors-or-more = { $count } o más visitantes
stats-visitors-fewer = menos de { $count } visitantes
# A day's bar in the chart: "30 Nov 2026: 12 views".
stats-bar-title = { $date }: { $views }
stats-by-day = Los números, día a día
stats-date = Fecha
stats-hotspots = Puntos por aperturas
stats-no-hotspots = Esta escena aún no tiene puntos.
stats-hotspot = Punto
stats-opens = Aperturas
# A hotspot without a title.
stats-hotspot-number = Punto { $number }
stats-time = Tiempo de visita
stats-time-under-10s = Menos de 10 segundos
stats-time-10s-30s = De 10 a 30 segundos
stats-time-30s-1m = De 30 segundos a 1 minuto
stats-time-1m-3m = De 1 a 3 minutos
stats-time-3m-10m = De 3 a 10 minutos
stats-time-over-10m = Más de 10 minutos

## La página de administración del centro (/school)

school-title = Centro
school-admins-only = Solo la administración de tu centro puede cambiar sus ajustes.
school-saved = Guardado
school-privacy = Ajustes de privacidad
school-peer-visibility = El alumnado ve el trabajo de sus compañeros
school-peer-visibility-hint = Si está activado, el alumnado ve los nombres de usuario, avatares y escenas (solo lectura, incluso las privadas) de los demás estudiantes de su centro. Nunca su correo ni su fecha de nacimiento.
school-students-can-publish = El alumnado puede publicar escenas públicas
school-students-can-publish-hint = Si está desactivado, el alumnado solo puede hacer sus escenas privadas o no listadas (para quien tenga el enlace); nada suyo aparece en Explorar.
school-invite = Invitar a docentes
school-invite-hint = Los docentes que se registren con este código (o el enlace) se unen a tu centro. Solo ven al alumnado de sus propias clases.
school-invite-code-label = Código de invitación:
school-new-invite-code = Nuevo código de invitación
school-copy-invite-link = Copiar enlace de invitación
school-invite-link = Enlace de invitación
school-data = Los datos de tu centro
school-data-hint = Un ZIP con todo: la descarga de datos de cada persona, las clases y los ajustes, y cada escena como paquete de { -brand }, con la lista en index.csv.

## Las personas del centro, para su administración

users-caption = Personas de tu centro
users-column-username = Nombre de usuario
users-column-role = Rol
users-column-email = Correo
users-column-born = Fecha de nacimiento
users-column-actions = Acciones
users-role-individual = Particular
users-role-student = Estudiante
users-role-teacher = Docente
# $role is one of the three above.
users-role-and-admin = { $role }, admin
users-one-time-password = Contraseña de un solo uso: { $password }
users-edit = Editar
users-new-username = Nuevo nombre de usuario
users-new-email = Nuevo correo
users-new-born = Fecha de nacimiento
users-save = Guardar cambios
users-reset-password = Restablecer contraseña
# Said after "Reset password" to screen readers.
users-reset-password-of = de { $username }
users-reset-password-confirm = ¿Dar a { $username } una nueva contraseña de un solo uso? La actual dejará de funcionar.
users-remove = Quitar del centro
users-remove-confirm = ¿Quitar a { $username } del centro? Su cuenta se mantiene; sus clases pasan a ti.
users-delete = Eliminar
users-delete-confirm = ¿Eliminar la cuenta de { $username }? Sus escenas e imágenes se eliminan al instante. No se puede deshacer.

## Inicio de sesión con cuentas del centro (dominios de correo)

domains-title = Inicio de sesión con cuentas del centro
domains-hint = El alumnado cuyo correo del centro termine en uno de estos dominios se une a tu centro la primera vez que inicia sesión con su cuenta del centro. Indica su fecha de nacimiento en su primera visita; puedes cambiar su rol abajo.
domains-field = Dominios de correo
# Keep the example's commas: the field is split at them.
domains-field-hint = Separados por comas, como hill.example, pupils.hill.example
domains-save = Guardar dominios
domains-saved = Guardado

## Plataformas de aprendizaje (LTI 1.3)

lti-title = Plataformas de aprendizaje (LTI)
lti-hint = Muestra escenas de { -brand } dentro de Canvas, Moodle u otra plataforma. Los docentes de este centro añaden sus escenas desde el editor del curso (la URL de lanzamiento también admite deep linking); el alumnado las abre allí sin cuenta de { -brand }, y no se guarda ningún dato suyo.
lti-step-1 = 1. Añade { -brand } a tu plataforma como herramienta LTI 1.3
lti-login-url = URL de inicio de sesión
lti-copy-login-url = Copiar la URL de inicio de sesión
lti-launch-url = URL de lanzamiento (Launch URL)
lti-copy-launch-url = Copiar la URL de lanzamiento
lti-keys-url = URL de claves públicas
lti-copy-keys-url = Copiar la URL de claves
lti-step-2 = 2. Introduce lo que tu plataforma muestra para { -brand }
lti-platform-ids = cliente { $client }, despliegue { $deployment }
lti-remove = Quitar
lti-remove-platform = Quitar { $issuer }
lti-issuer = Emisor de la plataforma (issuer)
lti-issuer-hint = Como https://canvas.instructure.com
lti-client-id = ID de cliente
lti-deployment-id = ID de despliegue
lti-auth-url = URL de autorización
lti-auth-url-hint = La URL de solicitud de autenticación OIDC de la plataforma
lti-jwks-url = URL de claves
lti-jwks-url-hint = La URL del conjunto de claves públicas (JWK) de la plataforma
lti-register = Registrar plataforma
lti-registered = Plataforma registrada: { $issuer }
lti-removed = Plataforma quitada

## Descargar el trabajo de una clase o los datos de todo el centro

export-class-button = Descargar trabajos de la clase
# $name: the class's name.
export-class-downloading = Descargando los trabajos de { $name }…
export-class-done = Trabajos de { $name } descargados ({ $size }) como { $file }.
export-class-failed = No se pudieron descargar los trabajos de { $name }: { $reason }
export-school-button = Descargar datos del centro
export-school-downloading = Descargando los datos del centro…
export-school-done = Datos del centro descargados ({ $size }) como { $file }.
export-school-failed = No se pudieron descargar los datos del centro: { $reason }
# How much has arrived so far.
export-received = { $size } recibidos
export-size-kb = { $size } KB
export-size-mb = { $size } MB

## Eliminar el centro

danger-school-title = Eliminar el centro
danger-school-text = Todas las cuentas del centro se eliminan al instante, con todas sus escenas, imágenes, sonidos, comentarios y estadísticas, y todas las clases y ajustes del centro. Los enlaces compartidos dejan de funcionar. Solo se guardan los registros de actividad, { $days } días más, y después también se eliminan. No se puede deshacer: descarga antes los datos del centro.
danger-school-open = Eliminar centro…
danger-school-confirm = Eliminar centro
danger-school-name = Nombre del centro
danger-school-name-hint = Escribe “{ $name }” para confirmar.
danger-school-name-wrong = Ese no es el nombre del centro: escribe “{ $name }” exactamente
danger-school-password = Contraseña
danger-cancel = Cancelar
## El editor (/new, /s/.../edit): página, barra de herramientas y estado

editor-open-not-found = No encontrada, o no compartida contigo
editor-open-failed = No se pudo abrir esta escena
editor-new-scene = Nueva escena
editor-loading = Cargando la escena…
editor-toolbar = Escena
editor-undo = Deshacer
editor-redo = Rehacer
editor-save = Guardar
editor-copy-link = Copiar enlace
editor-link = Enlace
editor-share = Compartir
editor-view = Ver
editor-link-who = Quién puede abrirlo: { $who }
editor-link-who-private = Quién puede abrirlo: { $who } Cualquier otra persona verá “No encontrada”.
editor-saving = Guardando…
editor-offline = Sin conexión: tus cambios se conservan en este navegador y se guardarán cuando vuelva la conexión.
editor-reload = Recargar (descartar mis cambios)
editor-overwrite = Sobrescribir con los míos
editor-needs-name = Ponle un nombre a la escena para guardarla
editor-unsaved = Cambios sin guardar
editor-saved = Guardado
editor-restored = Se han recuperado cambios que no habías guardado en este navegador.
editor-restored-discard = Descartarlos
editor-restored-keep = Conservarlos
editor-leave-unsaved = Tienes cambios sin guardar.

## La imagen que se edita

editor-picture = Imagen
editor-hint-panorama-pointer = Arrastra la imagen o usa sus flechas para mirar alrededor. Haz clic para añadir un punto ahí; arrastra uno para moverlo. En un punto seleccionado, las flechas lo mueven y Supr lo elimina.
editor-hint-panorama-touch = Desliza para mirar alrededor; toca para añadir un punto ahí; arrastra uno para moverlo.
editor-hint-pointer = Haz clic en la imagen para añadir un punto; arrastra uno para moverlo. En un punto seleccionado, las flechas lo mueven (Mayús: más lejos) y Supr lo elimina.
editor-hint-touch = Toca la imagen para añadir un punto; arrastra uno para moverlo.
editor-add-hotspot = Añadir punto
editor-set-start-view = Fijar vista inicial
editor-start-view-set = Quien vea la escena empezará mirando hacia donde miras ahora.
editor-added-middle = Punto { $number } añadido en el centro.
editor-added-left = Punto { $number } añadido a la izquierda.
editor-added-right = Punto { $number } añadido a la derecha.
editor-added-top = Punto { $number } añadido arriba.
editor-added-bottom = Punto { $number } añadido abajo.
editor-added-top-left = Punto { $number } añadido arriba a la izquierda.
editor-added-top-right = Punto { $number } añadido arriba a la derecha.
editor-added-bottom-left = Punto { $number } añadido abajo a la izquierda.
editor-added-bottom-right = Punto { $number } añadido abajo a la derecha.
editor-added-view-middle = Punto { $number } añadido en el centro de la vista.
editor-panorama-toggle = 360°
editor-panorama-hint = Esta imagen es el doble de ancha que de alta, como un panorama de 360°: quien la ve mira a su alrededor dentro de ella.
editor-start-title = Empieza con una imagen
editor-start-pointer = Elige un archivo abajo, suéltalo aquí o pégalo (Ctrl+V).
editor-start-touch = Toca aquí para elegir una foto o hacer una.
editor-image = Imagen
editor-image-replace = Imagen (reemplazar)
editor-image-hint = PNG, JPEG, WebP o GIF, hasta 10 MB. Si la reemplazas, tus puntos se mantienen.
editor-image-choose = Elegir una imagen
editor-uploading = Subiendo
editor-uploading-percent = Subiendo… { $percent } %
editor-panorama-label = Imagen de 360°. Arrastra o usa las flechas para mirar alrededor; + y - para acercar y alejar. Haz clic para añadir un punto.
editor-panorama-label-described = Imagen de 360°: { $alt }. Arrastra o usa las flechas para mirar alrededor; + y - para acercar y alejar. Haz clic para añadir un punto.
editor-hotspot-number = Punto { $number }

## El panel junto a la imagen: los campos de la escena y quién la ve

editor-select-hint = Selecciona un punto para escribir su título y su texto.
editor-scene-fields = Escena
editor-scene-name = Nombre de la escena
editor-description = Descripción
editor-description-hint = Se muestra debajo de la imagen.
editor-alt = Describe la imagen para quien no pueda verla
editor-reset-link = Restablecer enlace
editor-reset-link-hint = Da a la escena un enlace nuevo. Quien tenga el enlace antiguo, o una inserción antigua, pierde el acceso.
editor-reset-link-confirm = ¿Restablecer el enlace de esta escena? El enlace antiguo y sus inserciones dejarán de funcionar.
editor-visibility = Visibilidad
editor-who-private-alone = Solo tú.
editor-who-private-staff = Tú y la administración de tu centro.
editor-who-private-student = Tú, tus profes y la administración de tu centro.
editor-who-private-student-peers = Tú, tus profes, la administración de tu centro y el resto del alumnado de tu centro (no pueden cambiarla).
editor-who-unlisted = Cualquiera con el enlace. Nunca aparece en listas ni en buscadores.
editor-who-public = Cualquiera. Aparece en Explorar y en los buscadores.

## Los campos del punto seleccionado

editor-hotspot-of = Punto { $number } de { $count }
editor-hotspot-title = Título
editor-hotspot-text = Texto
editor-hotspot-text-hint = Texto sin formato. Se mantienen los saltos de línea; las direcciones web se convierten en enlaces.
editor-hotspot-link = Enlace
editor-hotspot-link-hint = Opcional: una página web (https://) o un correo (mailto:).
editor-across = Desde la izquierda (%)
editor-down = Desde arriba (%)
editor-order = Orden de lectura (lo siguen los lectores de pantalla y la tecla Tab):
editor-move-earlier = Mover antes
editor-move-later = Mover después
editor-icon = Icono
editor-icon-info = Información
editor-icon-question = Signo de interrogación
editor-icon-star = Estrella
editor-icon-dot = Círculo
editor-icon-number = Número
editor-colour = Color
editor-opens-with = Abre también
editor-media-picture = Este punto abre una imagen.
editor-media-sound = Este punto reproduce un sonido.
editor-media-video = Este punto abre un vídeo de { $provider }.
editor-popup-media = Imagen o sonido de la ventana emergente
editor-popup-media-choose = Elegir una imagen o un sonido
editor-popup-uploading = Subiendo la imagen o el sonido de la ventana emergente
editor-video-address = Dirección del vídeo (YouTube o Vimeo)
editor-video-invalid = Esa no es la dirección de un vídeo de YouTube o Vimeo.
editor-remove-media = Quitar imagen, sonido o vídeo
editor-tour = Lleva a otra escena
editor-tour-none = Ninguna otra escena
editor-tour-hint = Crea un recorrido: la ventana emergente ofrece abrir esa escena.
editor-delete-hotspot = Eliminar punto

## Compartir: el diálogo Compartir y los botones de copiar

editor-share-title = Compartir “{ $title }”
editor-share-visibility = { $visibility }:
editor-share-private = Cualquier otra persona que abra el enlace verá “No encontrada”. Para compartirla, elige No listada o Pública en Visibilidad.
editor-share-copy-link = Copiar el enlace
editor-embed-code = Código para insertar
editor-embed-hint = Pégalo en la web de un centro o en una página de una plataforma de aprendizaje.
editor-copy-embed = Copiar código para insertar
editor-qr-alt = Código QR del enlace de la escena
editor-qr-caption = Los móviles y las tabletas abren el enlace con la cámara.
editor-qr-large = Ver en grande
editor-close = Cerrar
editor-copied = { $what }: copiado.
editor-copied-note = { $what }: copiado. { $note }
editor-copy-by-hand = Cópialo del campo: Ctrl+C (⌘C en un Mac), o mantenlo pulsado en el móvil.

## Estadísticas bajo el editor

editor-stats = Estadísticas
editor-stats-hint = Recuentos anónimos de cómo se usa tu enlace compartido: sin cookies y sin guardar direcciones.

## Nombres de los campos, tal como los citan los mensajes de error

field-title = Título
field-description = Descripción
field-text = Texto
field-link = Enlace
field-image = Imagen
field-sound = Sonido
field-alt = Texto alternativo
field-hotspot-id = ID del punto
field-linked-scene = Escena enlazada
field-username = Nombre de usuario
field-email = Correo electrónico
field-password = Contraseña
field-school-name = Nombre del centro
field-class-name = Nombre de la clase
field-feedback = Comentario

## Qué fallaba en lo que alguien escribió o envió (las comprobaciones de la aplicación y las respuestas del servidor)

error-required = El campo { $label } es obligatorio
error-too-short = El campo { $label } debe tener al menos { $min } caracteres
error-too-long = El campo { $label } es demasiado largo (máximo { $max } caracteres)
error-id-characters = El campo { $label } solo puede tener letras, números, _ y -
error-lti-setting-length = Escribe un valor de 1 a { $max } caracteres
error-lti-address = Escribe la dirección https:// que muestra la plataforma
error-youtube-id = No es un ID de vídeo de YouTube
error-vimeo-id = No es un ID de vídeo de Vimeo
error-start-view-outside = La vista inicial debe apuntar dentro de la imagen (de 0 a 1)
error-field-of-view = El campo de visión debe ser de { $min } a { $max } grados
error-image-size-missing = Falta el tamaño de la imagen
error-start-view-flat = La vista inicial solo es para imágenes de 360°
error-panorama-shape = Una imagen de 360° debe ser el doble de ancha que de alta, como máximo de { $max_width } × { $max_height } píxeles (esta mide { $width } × { $height })
error-link-spaces = El enlace debe ser una dirección completa sin espacios
error-link-scheme = El enlace debe empezar por https://, http:// o mailto:
error-colour = El color debe escribirse así: #e4572e
error-position = La posición debe estar dentro de la imagen (de 0 a 1)
error-too-many-hotspots = Una escena puede tener como máximo { $max } puntos
error-hotspot-id-twice = Dos puntos tienen el mismo ID
error-domain = “{ $domain }” no es un dominio de correo como school.example
error-too-many-domains = Indica como máximo { $max } dominios
error-username-characters = El nombre de usuario solo puede tener letras minúsculas a-z, números y _ . -
error-email = El correo debe tener la forma name@example.org
error-birth-date-format = La fecha de nacimiento debe ser una fecha como 2012-05-01
error-today-unknown = No se conoce la fecha de hoy
error-birth-date-future = La fecha de nacimiento no puede estar en el futuro
error-birth-date-age = Según la fecha de nacimiento, debes tener entre 3 y 25 años
error-birth-date-required = Los estudiantes deben indicar su fecha de nacimiento
error-birth-date-not-student = Solo los estudiantes indican su fecha de nacimiento
error-join-code-required = Los estudiantes necesitan un código de clase de su profe
error-join-code-individual = Los códigos para unirse son para estudiantes y docentes invitados
error-found-school-teacher = Solo los docentes pueden crear un centro
error-join-or-found = Únete al centro al que te invitaron o crea uno nuevo, pero no las dos cosas
error-language = Elige uno de los idiomas que habla Pinpoint
error-not-found = No encontrado, o no compartido contigo
error-method-not-allowed = Este método no está permitido aquí
error-busy = El servidor está ocupado; vuelve a intentarlo en un momento
error-internal = Algo ha fallado en el servidor
error-host = Este servidor no responde a ese nombre de host
error-cross-site = Las peticiones que cambian datos deben venir de las propias páginas de Pinpoint
error-log-in = Inicia sesión
error-password-change-first = Primero elige tu propia contraseña: la que tienes la puso tu centro
error-too-many-tries = { $minutes ->
    [one] Demasiados intentos. Vuelve a intentarlo dentro de un minuto.
   *[other] Demasiados intentos. Vuelve a intentarlo dentro de { $minutes } minutos.
}
error-send-json = Envía JSON con Content-Type: application/json
error-json-object = El cuerpo de la petición debe ser un objeto JSON
error-json-field = { $detail }
error-json-invalid = El cuerpo de la petición no es JSON válido
error-json-trailing = El cuerpo de la petición tiene más de un valor JSON
error-body-too-large = El cuerpo de la petición es demasiado grande
error-body-unreadable = No se pudo leer el cuerpo de la petición
error-only-admins = Solo la administración del centro puede hacer esto
error-manage-own = Cambia tu propia cuenta en tus ajustes; aquí, como admin, no puedes quitarte del centro ni eliminar tu cuenta
error-manage-admin = La cuenta de otro admin solo la puede cambiar su titular
error-only-owner-edit = Solo el propietario puede editar esta escena
error-only-owner-delete = Solo el propietario puede eliminar esta escena
error-only-owner-reset-link = Solo el propietario puede restablecer el enlace de esta escena
error-only-teacher-code = Solo el docente de la clase puede cambiar su código
error-only-teacher-add = Solo el docente de la clase puede añadir estudiantes
error-only-teacher-export = Solo el docente de la clase puede descargar sus trabajos
error-upload-image-first = Sube la imagen antes de usarla
error-students-public = Tu centro no permite que los estudiantes publiquen escenas de forma pública. Elige Privada o No listada.
error-upload-media-first = Sube la imagen o el sonido antes de usarlo
error-send-version = Envía la versión que editaste
error-page-number = page debe ser un número a partir de 1
error-create-class = Solo un docente de un centro puede crear clases
error-join-class-student = Solo los estudiantes se unen a clases con un código
error-join-code-shape = Un código de clase tiene esta forma: K7PX-2QMD
error-join-code-unknown = Ese código de clase no corresponde a ninguna clase
error-invitation-unknown = Ese código de invitación no corresponde a ningún centro
error-wrong-login = Nombre de usuario, correo o contraseña incorrectos
error-lti-registered = Esta plataforma y este ID de cliente ya están registrados
error-scene-changed = Esta escena se cambió en otro lugar (ahora es la versión { $current } y tú editaste la versión { $base }). Recárgala o sobrescríbela con tu versión.
error-username-taken = Ese nombre de usuario ya está en uso
error-email-taken = Ya existe una cuenta con ese correo
error-identity-taken = Esa cuenta ya está conectada a otra cuenta de Pinpoint
error-domain-taken = { $domain } ya pertenece a otro centro
error-stats-scene = No existe esa escena compartida
error-stats-hotspot = No existe ese punto en esta escena
error-stats-too-many = Demasiados eventos desde aquí; vuelve a intentarlo en un momento
error-stats-none = Envía al menos un evento
error-stats-batch = Envía como máximo { $max } eventos a la vez
error-stats-days-range = days debe ser un número entero de 1 a { $max }
error-stats-days = days debe ser un número entero
error-stats-who = Solo el propietario de la escena, sus docentes y la administración de su centro ven sus estadísticas
error-feedback-who = Solo los docentes del estudiante pueden dejar comentarios
error-feedback-read = Solo el estudiante a quien va dirigido puede marcar el comentario como leído
error-feedback-unknown = No existe ese comentario en esta escena
error-reviewed-who = Solo los docentes del estudiante pueden marcar el trabajo como revisado
error-domain-not-allowed = { $domain } no es un dominio que quien gestiona este Pinpoint haya permitido para centros
error-birth-date-students = Solo se guardan las fechas de nacimiento de los estudiantes
error-school-name-mismatch = Escribe el nombre del centro exactamente como se muestra
error-storage-full = Tu espacio está lleno ({ $used } de { $quota } MB usados). Elimina escenas o imágenes que ya no necesites.
error-upload-empty = El archivo subido está vacío
error-upload-type = Solo se pueden subir imágenes PNG, JPEG, WebP y GIF (o sonidos MP3, Ogg, WAV y M4A)
error-lti-addresses = Escribe las direcciones https:// que muestra la plataforma
error-lti-auth-url = La URL de autorización no es una URL
error-avatar-square = La imagen debe ser cuadrada; esta mide { $width } × { $height } píxeles
error-avatar-size = La imagen debe tener de { $min } a { $max } píxeles de ancho; esta tiene { $width }
error-avatar-type = La imagen debe ser PNG, JPEG, WebP o GIF
error-not-your-password = Esa no es tu contraseña
error-sign-in-again = Vuelve a iniciar sesión con la cuenta de tu centro y luego inténtalo de nuevo
error-marketing-students = Los estudiantes nunca reciben publicidad
error-birth-date-admin = Solo la administración de tu centro puede cambiar tu fecha de nacimiento
error-provider-unknown = No existe ese proveedor de inicio de sesión
error-last-sign-in = Es tu única forma de iniciar sesión: primero pon una contraseña o conecta otro proveedor
error-export-format = Indica format={ $formats }
error-export-no-picture = Esta escena aún no tiene imagen para exportar
error-offline-unavailable = No se pueden crear páginas sin conexión: el visor no se ha compilado en este servidor
error-package-too-big = Esta escena tiene demasiadas imágenes y sonidos para empaquetarla (más de { $max } MB)
error-import-too-big = El archivo ocupa más de { $max } MB o está cortado: { $detail }
error-import-no-file = Elige un archivo para importar
error-form-unreadable = No se puede leer el formulario: { $detail }
error-annotations-too-big = Las anotaciones pueden ocupar como máximo { $max } MB
error-json-unreadable = No se puede leer este JSON: { $detail }
error-annotations-refused = No se pueden importar estas anotaciones: { $reason }
error-annotations-picture = Envía junto con las anotaciones la imagen a la que se refieren (en el campo de imagen del formulario)
error-annotations-picture-type = La imagen anotada solo puede ser PNG, JPEG, WebP o GIF
error-package-missing-file = El paquete no tiene archivo para la imagen o el sonido { $name }
error-image-type = No es una imagen PNG, JPEG, WebP o GIF
error-image-damaged = Este archivo de imagen está dañado o incompleto
error-image-empty = Esta imagen no tiene píxeles
error-image-too-wide = Las imágenes pueden medir como máximo { $max } píxeles de ancho y de alto
error-image-too-many-pixels = Esta imagen tiene demasiados píxeles (máximo 40 megapíxeles, sumando todos los fotogramas)
error-class-list-empty = El archivo no tiene ningún estudiante
error-class-list-too-long = Una lista de clase puede tener como máximo { $max } estudiantes; divide el archivo
error-class-list-line = No se puede leer esta línea: { $detail }
error-package-not-zip = Este archivo no es un paquete zip (o está dañado)
error-package-no-scene = Este zip no es un paquete de Pinpoint: no tiene { $file }
error-package-bad-scene = No se puede leer el archivo { $file } del paquete: { $detail }
error-package-newer = Este paquete se hizo con un Pinpoint más nuevo (formato { $format }); actualiza primero este Pinpoint
error-package-too-many-files = El paquete contiene más de { $max } archivos
error-package-file-too-large = El archivo { $name } del paquete es más grande de lo permitido
error-package-unpacked-too-large = El paquete ocupa más de { $max } MB descomprimido
error-package-outside = El paquete nombra un archivo que está fuera de él ({ $name })
error-h5p-other = Este archivo H5P es { $kind }, no Image Hotspots: solo se puede importar H5P.ImageHotspots
error-h5p-broken = No se puede leer este archivo H5P: { $detail }
error-h5p-no-picture = Este archivo H5P no tiene imagen de fondo
error-busy-transfers = Pinpoint está ocupado con otras descargas e importaciones: vuelve a intentarlo en un momento
error-sso-email-taken = Ya existe una cuenta con este correo. Inicia sesión con tu contraseña y luego conecta la cuenta de tu centro en Ajustes.
error-sso-no-verified-email = La cuenta de tu centro no tiene un correo verificado, así que no se pudo crear ninguna cuenta.
error-sso-linked-elsewhere = Esa cuenta del centro está conectada a otra cuenta de Pinpoint.
error-sso-not-started = Ese enlace para iniciar sesión ha caducado o ya se usó. Vuelve a intentarlo.
error-sso-failed = No se pudo iniciar sesión. Vuelve a intentarlo.

## Las páginas que una plataforma de aprendizaje (LTI) muestra en su marco

picker-expired-title = Esta página ha caducado
picker-expired-text = Ya se usó o estuvo abierta demasiado tiempo. En tu curso, elige añadir contenido y vuelve a elegir Pinpoint.
picker-link-intro = Para añadir tus escenas a cursos de { $platform }, vincula tu cuenta de Pinpoint una vez. Después, { $platform } le dirá a Pinpoint que eres tú.
picker-login = Correo o nombre de usuario
picker-password = Contraseña
picker-link = Vincular cuenta
picker-link-hint = Solo pueden vincular su cuenta los docentes del centro que añadió { $platform } a Pinpoint. Si inicias sesión en Pinpoint solo con una cuenta del centro, primero pon una contraseña en los ajustes de Pinpoint. Pinpoint solo guarda el ID de tu cuenta en { $platform }.
picker-link-title = Vincula tu cuenta de Pinpoint
picker-private = Privada: el alumnado no podría abrirla. Compártela con un enlace en Pinpoint para añadirla.
picker-add-label = Añadir { $title }
picker-add = Añadir
picker-no-scenes = Aún no tienes escenas. Crea una en Pinpoint, compártela con un enlace y vuelve aquí.
picker-your-scenes = Tus escenas
picker-signed-in = Has iniciado sesión como { $username }. Elige la escena que verá el alumnado.
picker-title = Añadir una escena de Pinpoint
picker-too-many-tries = Demasiados intentos. Espera unos minutos y vuelve a intentarlo.
picker-wrong-login = Correo, nombre de usuario o contraseña incorrectos.
picker-password-first = Inicia sesión en Pinpoint y elige primero tu propia contraseña.
picker-teachers-only = Solo los docentes del centro que añadió esta plataforma de cursos pueden añadir escenas.
picker-cannot-add-title = Esta escena no se puede añadir
picker-cannot-add-text = No es una de tus escenas compartidas (puede que se haya hecho privada o se haya eliminado). Vuelve atrás y elige otra.
picker-adding = Añadiendo “{ $title }” a tu curso…
picker-add-to-course = Añadir al curso
picker-adding-title = Añadiendo a tu curso
launch-refused-title = No se pudo abrir este enlace de Pinpoint
launch-refused-hint = Pide a tu profe que revise el enlace, o vuelve a intentarlo desde tu curso.
launch-unknown-platform = Esta plataforma de aprendizaje no está registrada en este Pinpoint.
launch-keys = No se pudieron obtener las claves de la plataforma de aprendizaje.
launch-invalid = El lanzamiento no ha superado la comprobación: { $detail }
launch-not-started = Este lanzamiento no empezó aquí, tardó demasiado o ya se usó.
launch-not-shared = La escena no está compartida (puede que su propietario la haya hecho privada o la haya eliminado).
