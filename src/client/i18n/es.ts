import type { MessageKey } from './en';
import type { Message } from './translate';

/** La interfaz de Parley en español. Debe tener exactamente las claves de `en.ts`. */
export const es: Record<MessageKey, Message> = {
  'nav.skip': 'Saltar al contenido',
  'nav.home': 'Parley',
  'theme.label': 'Tema',
  'theme.auto': 'Sistema',
  'theme.light': 'Claro',
  'theme.dark': 'Oscuro',

  'home.title': 'Artículos',
  'home.loading': 'Cargando los artículos',
  'home.empty': 'Todavía no hay artículos.',
  'notFound.title': 'Página no encontrada',
  'notFound.body': 'No hay nada en esta dirección.',
  'notFound.link': 'Ver todos los artículos',

  'article.loading': 'Cargando el artículo',
  'article.by': 'Por {author}',

  'error.tryAgain': 'Intentar de nuevo',
  'error.network.title': 'No se puede conectar con el servidor',
  'error.network.detail':
    'El servidor de Parley no respondió. Revisa tu conexión e inténtalo de nuevo.',
  'error.timeout.title': 'El servidor tarda demasiado',
  'error.timeout.detail': 'No respondió a tiempo. Revisa tu conexión e inténtalo de nuevo.',
  'error.contract.title': 'Algo aquí no se puede mostrar',
  'error.contract.detail': 'La respuesta del servidor no tenía la forma esperada.',
  'error.notFound.title': 'No encontrado',
  'error.notFound.detail':
    'No hay nada en esta dirección: puede estar mal escrita o haber sido eliminada.',
  'error.server.title': 'El servidor tuvo un problema',
  'error.server.detail': 'No es culpa tuya. Inténtalo de nuevo en un momento.',
  'error.failed.title': 'No funcionó',
  'error.failed.detail':
    'El servidor rechazó esta petición ({code}). Recarga la página o inténtalo más tarde.',
  'error.unknown.title': 'Algo salió mal',

  'discussion.count': {
    zero: 'Sin comentarios',
    one: '{count} comentario',
    other: '{count} comentarios',
  },
  'discussion.readOnly':
    'Esta es una copia de solo lectura de la conversación: aquí no se puede responder.',
  'discussion.loading': 'Cargando los comentarios',
  'discussion.empty': 'Todavía no hay comentarios.',
  'discussion.loadMore': 'Cargar más comentarios',
  'discussion.loadingMore': 'Cargando más comentarios…',
  'discussion.permalinkMissing': 'El comentario al que apunta este enlace ya no está disponible.',
  'discussion.back': '← Volver a todos los comentarios',
  'discussion.loadingThread': 'Cargando el hilo',
  'discussion.threadMissing': 'Este comentario no está disponible.',

  'sort.label': 'Ordenar',
  'sort.oldest': 'Más antiguos primero',
  'sort.newest': 'Más recientes primero',
  'sort.replies': 'Más respuestas',
  'thread.collapseAll': 'Contraer todo',
  'thread.expandAll': 'Expandir todo',
  'shortcuts.button': 'Atajos de teclado',
  'shortcuts.title': 'Atajos de teclado',
  'shortcuts.next': 'Comentario siguiente',
  'shortcuts.previous': 'Comentario anterior',
  'shortcuts.collapse': 'Contraer o expandir el hilo del comentario enfocado',
  'shortcuts.help': 'Mostrar estos atajos',
  'shortcuts.note': 'Los atajos funcionan mientras no estés escribiendo en un formulario.',
  'shortcuts.close': 'Cerrar',

  'comment.collapse': 'Contraer el hilo de {author}',
  'comment.expand': 'Expandir el hilo de {author}',
  'comment.hidden': { one: '{count} respuesta oculta', other: '{count} respuestas ocultas' },
  'comment.inReplyTo': 'En respuesta a',
  'comment.continue': {
    one: 'Seguir este hilo ({count} respuesta) →',
    other: 'Seguir este hilo ({count} respuestas) →',
  },
  'comment.showMore': {
    one: 'Mostrar {count} respuesta más',
    other: 'Mostrar {count} respuestas más',
  },
  'comment.missing': 'Un comentario que no se muestra aquí',
  'comment.collapseMissing': 'Contraer las respuestas a un comentario que no se muestra',
  'comment.expandMissing': 'Expandir las respuestas a un comentario que no se muestra',
  'comment.readMore': 'Mostrar más',
  'comment.readLess': 'Mostrar menos',
  'comment.readMoreOf': 'Mostrar más del comentario de {author}',
  'comment.readLessOf': 'Mostrar menos del comentario de {author}',
  'comment.permalink': '({time}), enlace a este comentario',

  'reply.button': 'Responder',
  'reply.buttonDraft': 'Responder (borrador)',
  'reply.to': 'Responder a {author}',
  'reply.draftTo': 'Responder (borrador) a {author}',
  'reply.posted': 'Tu respuesta se publicó.',
  'reply.postedPending': 'Tu respuesta se envió y está pendiente de moderación.',
  'leave.title': 'Deja una respuesta',
  'leave.closed': 'Los comentarios están cerrados en este artículo.',

  'form.draftRestored': 'Borrador recuperado',
  'form.discard': 'Descartar',
  'form.draftDiscarded': 'Borrador descartado.',
  'form.notPersistent':
    'Este navegador no deja que Parley guarde nada, así que este borrador no sobrevivirá a una recarga.',
  'form.comment': 'Comentario',
  'form.name': 'Nombre',
  'form.email': 'Correo electrónico',
  'form.emailHint': 'Nunca se muestra.',
  'form.website': 'Sitio web',
  'form.optional': '(opcional)',
  'form.honeypot': 'Deja este campo vacío',
  'form.remember':
    'Guardar mi nombre, correo electrónico y sitio web en este navegador para la próxima vez que comente.',
  'form.send': 'Enviar',
  'form.sending': 'Enviando…',
  'form.retry': 'Reintentar',
  'form.cancel': 'Cancelar respuesta',
  'form.shortcut': 'Ctrl+Intro envía',
  'form.left': { one: 'Queda {count} carácter.', other: 'Quedan {count} caracteres.' },
  'form.over': {
    one: 'Sobra {count} carácter: el límite es {max}.',
    other: 'Sobran {count} caracteres: el límite es {max}.',
  },
  'form.posted': 'Tu comentario se publicó.',
  'form.postedPending': 'Tu comentario se envió y está pendiente de moderación.',
  'form.postedEditedKept':
    'Tu respuesta se publicó. Lo que escribiste después de enviarla se guarda aquí como borrador.',
  'form.fieldsNeedChange': {
    one: 'Hay que corregir un campo.',
    other: 'Hay que corregir {count} campos.',
  },

  'wait.saved': 'Tu respuesta está guardada y esperando a enviarse.',
  'wait.offline':
    'No tienes conexión. Tu respuesta está guardada y se enviará cuando vuelvas a estar en línea.',
  'wait.unreachable':
    'No se puede conectar con el servidor. Tu respuesta está guardada y se enviará cuando vuelva la conexión.',
  'wait.server':
    'El servidor tuvo un problema. Tu respuesta está guardada y se volverá a enviar en breve.',
  'wait.rateLimited': {
    one: 'Demasiados comentarios en poco tiempo. Inténtalo de nuevo en {count} segundo; tu respuesta está guardada y se enviará entonces.',
    other:
      'Demasiados comentarios en poco tiempo. Inténtalo de nuevo en {count} segundos; tu respuesta está guardada y se enviará entonces.',
  },
  'waitLabel.offline': 'Se enviará cuando vuelvas a estar en línea',
  'waitLabel.server': 'Aún no enviado: el servidor tuvo un problema. Se reintentará pronto.',
  'waitLabel.rateLimited': {
    one: 'Aún no enviado: demasiados comentarios. Se reintentará en {count} segundo.',
    other: 'Aún no enviado: demasiados comentarios. Se reintentará en {count} segundos.',
  },
  'local.posting': 'Publicando…',
  'local.retryNow': 'Reintentar ahora',
  'local.awaiting': 'Pendiente de moderación',
  'local.onlyYou': 'Solo tú puedes ver este comentario hasta que se apruebe.',

  'validation.bodyEmpty': 'Escribe un comentario antes de enviar.',
  'validation.bodyTooLong': 'Acorta el comentario a {max} caracteres como máximo.',
  'validation.nameEmpty': 'Escribe tu nombre.',
  'validation.nameTooLong': 'Usa {max} caracteres como máximo.',
  'validation.emailEmpty': 'Escribe tu correo electrónico; nunca se muestra.',
  'validation.emailTooLong': 'Usa {max} caracteres como máximo.',
  'validation.emailInvalid': 'Escribe un correo electrónico como nombre@ejemplo.com.',
  'validation.urlTooLong': 'Usa {max} caracteres como máximo.',
  'validation.urlInvalid':
    'Escribe una dirección web completa como https://ejemplo.com, o deja el campo vacío.',
  'validation.urlScheme': 'Escribe una dirección web que empiece por http:// o https://.',
  'validation.urlCredentials': 'Quita el usuario y la contraseña de la dirección web.',
  'validation.urlHost':
    'Escribe una dirección web cuyo sitio puedan abrir todos los navegadores, como https://ejemplo.com.',
  'validation.nameInvisible':
    'Escribe tu nombre con letras visibles: este solo tiene caracteres invisibles (como espacios de ancho cero).',
  'validation.bodyInvisible':
    'Escribe un comentario con letras visibles: este solo tiene caracteres invisibles (como espacios de ancho cero).',
  'validation.characters':
    'Quita los caracteres de control invisibles (pegados desde otro programa) e inténtalo de nuevo.',

  'failure.closed':
    'Los comentarios se han cerrado en este artículo, así que tu respuesta no se puede publicar. Su texto sigue aquí.',
  'failure.parentGone':
    'El comentario al que respondes ya no existe. Copia tu texto si quieres conservarlo.',
  'failure.honeypot':
    'Se rellenó un campo oculto que detecta robots de spam, quizá por el autocompletado del navegador. Ya está vacío: envía de nuevo.',
  'failure.keyReused':
    'Una versión anterior de esta respuesta ya se publicó. Envía de nuevo para publicar esta versión como un comentario nuevo.',
  'failure.articleGone': 'Este artículo ya no existe.',
  'failure.fieldRefused': 'No se aceptó tal como está: cámbialo y envía de nuevo.',
  'failure.other': 'Tu respuesta no se pudo publicar ({code}). Su texto sigue aquí.',

  'wp.notAllowed':
    'Este Parley no muestra entradas de «{site}»: quien lo administra no ha autorizado ese sitio.',
  'wp.loginRequired':
    'Este sitio de WordPress solo acepta comentarios de lectores con sesión iniciada, así que Parley no puede publicar el tuyo.',
  'wp.duplicate':
    'Ya publicaste este comentario aquí: WordPress no acepta el mismo comentario dos veces.',
  'wp.commentOnSite': 'Puedes comentar en la propia entrada: {link}',
};
