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
