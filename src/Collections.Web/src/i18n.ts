// Every UI text in Spanish (default) and English (DESIGN.md D7). The choice is kept per user on the server and in
// localStorage for the sign-in page.

import { casesEn, casesEs } from './i18n-cases';
import { publishingEn, publishingEs } from './i18n-publishing';
import { contactRulesEn, contactRulesEs } from './i18n-contact-rules';
import { auditEn, auditEs } from './i18n-audit';
import { staffRolesEn, staffRolesEs } from './i18n-staff-roles';
import { uiDetailsEn, uiDetailsEs } from './i18n-ui-details';
import { processEn, processEs } from './i18n-process';
import { timelineEn, timelineEs } from './i18n-timeline';
import { accountsEn, accountsEs } from './i18n-accounts';
import { companyEn, companyEs } from './i18n-company';

export type Lang = 'es' | 'en';

const es = {
  'app.title': 'Cobranza',
  'nav.inbox': 'Bandeja', 'nav.designer': 'Diseñador', 'nav.instances': 'Procesos', 'nav.admin': 'Administración', 'nav.logout': 'Salir',
  'login.title': 'Iniciar sesión', 'login.email': 'Correo electrónico', 'login.password': 'Contraseña', 'login.submit': 'Entrar',
  'login.failed': 'Correo o contraseña incorrectos.',
  'forbidden.title': 'Acceso denegado', 'forbidden.text': 'Su rol no permite abrir esta página.',
  'notfound': 'Página no encontrada.',
  'inbox.title': 'Mi bandeja', 'inbox.all': 'Todas', 'inbox.mine': 'Mías', 'inbox.offered': 'De mis grupos', 'inbox.search': 'Buscar…',
  'inbox.empty': 'No hay tareas.', 'inbox.task': 'Tarea', 'inbox.case': 'Caso', 'inbox.priority': 'Prioridad', 'inbox.due': 'Vence',
  'inbox.followUp': 'Seguimiento', 'inbox.assignee': 'Asignada a', 'inbox.claim': 'Tomar', 'inbox.unclaim': 'Liberar', 'inbox.open': 'Abrir',
  'inbox.unassigned': 'Sin asignar', 'inbox.debtor': 'Deudor', 'inbox.amount': 'Importe',
  'inbox.daysOverdue': 'Días de atraso', 'inbox.taskType': 'Tipo de tarea', 'inbox.anyTask': 'Todas las tareas', 'inbox.overdue': 'Atraso',
  'inbox.anyOverdue': 'Cualquier atraso', 'inbox.bucket': '{0} días', 'inbox.previous': '‹ Anterior', 'inbox.next': 'Siguiente ›', 'inbox.range': '{0}–{1} de {2}',
  'task.title': 'Tarea', 'task.complete': 'Completar', 'task.claimFirst': 'Tome la tarea para completarla.',
  'task.completed': 'Tarea completada.', 'task.required': 'Obligatorio', 'task.invalid': 'Revise los campos marcados.',
  'task.min': 'Mínimo {0}', 'task.max': 'Máximo {0}', 'task.minlength': 'Al menos {0} caracteres', 'task.maxlength': 'Como máximo {0} caracteres',
  'task.pattern': 'Formato no válido', 'task.number': 'Número no válido', 'task.caseLink': 'Ver caso', 'task.noFields': 'Esta tarea no tiene campos.',
  'task.delegate': 'Delegar', 'task.delegated': 'Tarea delegada.', 'task.yes': 'Sí', 'task.no': 'No', 'task.choose': '— elegir —',
  'designer.title': 'Diseñador de procesos', 'designer.processes': 'Procesos', 'designer.new': 'Nuevo proceso', 'designer.version': 'versión',
  'designer.saveDraft': 'Guardar borrador', 'designer.validate': 'Validar', 'designer.publish': 'Publicar', 'designer.draftSaved': 'Borrador guardado en este navegador.',
  'designer.valid': 'El diagrama es válido.', 'designer.invalid': 'El diagrama tiene {0} problema(s); no se puede publicar.',
  'designer.published': 'Publicado {0} versión {1}.', 'designer.unchanged': 'Sin cambios: sigue la versión {0}.', 'designer.draft': 'borrador',
  'designer.discardDraft': 'Descartar borrador', 'designer.loadDraft': 'Hay un borrador guardado; se abrió.',
  'instances.title': 'Casos en curso', 'instances.status': 'Estado', 'instances.started': 'Inicio', 'instances.waiting': 'Esperando en',
  'instance.title': 'Caso', 'instance.timeline': 'Historial', 'instance.variables': 'Datos', 'instance.incidents': 'Incidentes',
  'instance.started': 'iniciado', 'instance.ended': 'terminado', 'instance.canceled': 'cancelado', 'instance.version': 'Versión', 'instance.process': 'Proceso', 'instance.waiting': 'esperando',
  'status.Active': 'En curso', 'status.Completed': 'Terminado', 'status.Canceled': 'Cancelado',
  'admin.title': 'Usuarios', 'admin.email': 'Correo', 'admin.name': 'Nombre', 'admin.roles': 'Roles', 'admin.groups': 'Grupos',
  'admin.create': 'Crear usuario', 'admin.password': 'Contraseña', 'admin.created': 'Usuario creado.',
  'admin.status': 'Estado', 'admin.active': 'Activo', 'admin.disabledState': 'Desactivado', 'admin.mustChange': 'debe cambiar la contraseña',
  'admin.disable': 'Desactivar', 'admin.enable': 'Activar', 'admin.reset': 'Restablecer contraseña',
  'admin.confirmReset': '¿Restablecer la contraseña de {0}? Sus sesiones se cerrarán.',
  'admin.temporary': 'Contraseña temporal de {0} (se muestra una sola vez; deberá cambiarla al entrar): ',
  'admin.saveRoles': 'Guardar roles', 'admin.rolesSaved': 'Roles guardados; las sesiones del usuario se cerrarán en un minuto.',
  'login.throttled': 'Demasiados intentos. Vuelva a intentarlo en {0} segundos.', 'login.disabled': 'Su cuenta está desactivada.',
  'nav.account': 'Mi cuenta', 'account.title': 'Cambiar contraseña', 'account.current': 'Contraseña actual', 'account.new': 'Nueva contraseña',
  'account.repeat': 'Repita la nueva contraseña', 'account.submit': 'Cambiar contraseña', 'account.changed': 'Contraseña cambiada.',
  'account.mismatch': 'Las contraseñas nuevas no coinciden.', 'account.wrongCurrent': 'La contraseña actual no es correcta.',
  'account.mustChange': 'Debe elegir una contraseña nueva antes de continuar.',
  'account.hint': 'Al menos 12 caracteres; una frase larga es una buena contraseña.',
  'nav.outbox': 'Enviados',
  'outbox.title': 'Mensajes enviados (bandeja de salida)', 'outbox.intro': 'Sin proveedor de correo configurado, los correos y SMS se guardan aquí en lugar de enviarse.',
  'outbox.case': 'Caso', 'outbox.filter': 'Filtrar', 'outbox.clear': 'Quitar filtro', 'outbox.when': 'Fecha', 'outbox.channel': 'Canal',
  'outbox.to': 'Para', 'outbox.subject': 'Asunto / texto', 'outbox.empty': 'No hay mensajes en la bandeja de salida.', 'outbox.more': 'Cargar más',
  'outbox.headers': 'Cabeceras', 'outbox.text': 'Texto', 'outbox.html': 'Vista HTML', 'outbox.download': 'Descargar .eml', 'outbox.downloadSms': 'Descargar',
  'outbox.back': 'Volver a la lista', 'outbox.channel.email': 'Correo', 'outbox.channel.sms': 'SMS',
  'apikeys.title': 'Claves de API', 'apikeys.name': 'Nombre', 'apikeys.prefix': 'Prefijo', 'apikeys.scopes': 'Permisos (scopes)',
  'apikeys.created': 'Creada', 'apikeys.lastUsed': 'Último uso', 'apikeys.status': 'Estado', 'apikeys.active': 'Activa', 'apikeys.never': 'Nunca',
  'apikeys.revokedBy': 'Revocada {0} por {1}', 'apikeys.configuration': 'En la configuración del servidor', 'apikeys.revoke': 'Revocar',
  'apikeys.confirmRevoke': '¿Revocar la clave {0}? Dejará de funcionar de inmediato.', 'apikeys.revoked': 'Clave {0} revocada.',
  'apikeys.create': 'Crear clave', 'apikeys.secret': 'Clave nueva para {0}', 'apikeys.copy': 'Copiar', 'apikeys.copied': 'Copiada.',
  'apikeys.copyHint': 'Cópiela ahora y guárdela en un lugar seguro: no se volverá a mostrar.', 'apikeys.empty': 'No hay claves.',
  'apikeys.nameHint': 'Letras, dígitos, punto, guion o guion bajo (p. ej. erp-conector).',
  'nav.versions': 'Versiones', 'versions.processes': 'Procesos', 'versions.choose': 'Elija un proceso para ver sus versiones.',
  'versions.version': 'versión {0}', 'versions.deployed': 'Publicada el', 'versions.first': 'Primera versión: no hay una anterior con la que comparar.',
  'versions.changes': 'Cambios respecto a la versión {0}', 'versions.noChanges': 'Sin cambios en el modelo.',
  'versions.added': 'Añadido', 'versions.removed': 'Eliminado', 'versions.changed': 'Modificado', 'versions.layout': 'Movido',
  'versions.kind': 'Cambio', 'versions.element': 'Elemento', 'versions.type': 'Tipo', 'versions.detail': 'Detalle',
  'versions.waiting': '{0} caso(s) esperando aquí', 'versions.incidents': '{0} incidente(s) abierto(s)',
  'versions.legendWaiting': 'Casos esperando', 'versions.legendIncidents': 'Incidentes',
  'lang.switch': 'English', 'error': 'Error',
  'migration.open': 'Migrar casos en curso', 'migration.title': 'Migrar casos en curso', 'migration.backToDesigner': 'Volver al diseñador',
  'migration.version': 'Versión', 'migration.deployed': 'Publicada', 'migration.runningCases': 'Casos en curso', 'migration.running': '{0} en curso',
  'migration.from': 'Desde la versión', 'migration.to': 'A la versión', 'migration.updateTimers': 'Recalcular los temporizadores según la nueva versión',
  'migration.mapping': 'Correspondencia de actividades', 'migration.sourceActivity': 'Actividad en v{0}', 'migration.targetActivity': 'Pasa a (v{0})',
  'migration.kind': 'Tipo', 'migration.notMapped': '— sin correspondencia —', 'migration.sameVersion': 'Elija dos versiones distintas.',
  'migration.oneVersion': 'Este proceso tiene una sola versión: no hay a dónde migrar.', 'migration.preview': 'Vista previa',
  'migration.summary': '{0} caso(s): {1} se pueden migrar, {2} no.', 'migration.listed': 'Se muestran los primeros {0}.',
  'migration.moves': 'De → a', 'migration.outcome': 'Resultado', 'migration.canMove': 'Se puede migrar', 'migration.start': 'Migrar {0} caso(s)',
  'migration.progress': 'Migración de v{0} a v{1}', 'migration.counts': '{0} en total · {1} migrados · {2} fallidos · {3} pendientes',
  'migration.completed': 'terminada',
  'problem.bpmn.xml': 'El XML no es válido', 'problem.bpmn.not-bpmn': 'No es un archivo BPMN', 'problem.bpmn.no-process': 'No contiene ningún proceso',
  'problem.bpmn.missing-id': 'Falta el id', 'problem.bpmn.duplicate-id': 'Id duplicado', 'problem.bpmn.unsupported-element': 'Elemento no soportado',
  'problem.bpmn.generated-id': 'Sin id: se le asignó uno',
  'problem.bpmn.unsupported-camunda': 'Extensión camunda no soportada', 'problem.bpmn.unsupported-attribute': 'Atributo no soportado',
  'problem.bpmn.service-task-not-external': 'La tarea de servicio debe ser externa (camunda:type="external" y topic)',
  'problem.bpmn.unsupported-script-format': 'Lenguaje de script no soportado', 'problem.bpmn.script-missing': 'Falta el script',
  'problem.bpmn.flow-unknown-ref': 'El flujo apunta a un elemento inexistente', 'problem.bpmn.flow-crosses-scope': 'El flujo cruza el límite de un subproceso',
  'problem.bpmn.gateway-no-outgoing': 'La compuerta no tiene flujos de salida', 'problem.bpmn.event-gateway-target': 'Destino no válido tras una compuerta de eventos',
  'problem.bpmn.default-flow-invalid': 'Flujo por defecto no válido', 'problem.bpmn.event-definition-missing': 'Falta la definición del evento',
  'problem.bpmn.timer-definition': 'Falta la definición del temporizador', 'problem.bpmn.timer-invalid': 'Temporizador no válido',
  'problem.bpmn.date-invalid': 'Fecha no válida', 'problem.bpmn.retry-cycle-invalid': 'Ciclo de reintentos no válido',
  'problem.bpmn.message-ref-missing': 'Falta la referencia al mensaje', 'problem.bpmn.message-ref-unknown': 'Mensaje desconocido',
  'problem.bpmn.message-name-missing': 'El mensaje no tiene nombre', 'problem.bpmn.duplicate-message-start': 'Mensaje de inicio duplicado',
  'problem.bpmn.error-ref-unknown': 'Error desconocido', 'problem.bpmn.boundary-unknown-activity': 'El evento de borde no está unido a una actividad conocida',
  'problem.bpmn.boundary-not-activity': 'El evento de borde debe estar unido a una actividad', 'problem.bpmn.error-boundary-non-interrupting': 'Un evento de error de borde debe ser interruptor',
  'problem.bpmn.event-subprocess-start': 'Inicio de subproceso de evento no válido', 'problem.bpmn.event-subprocess-flows': 'Un subproceso de evento no tiene flujos',
  'problem.bpmn.subprocess-start-missing': 'El subproceso no tiene evento de inicio', 'problem.bpmn.multiple-none-start': 'Hay varios eventos de inicio simples',
  'problem.bpmn.no-start-event': 'El proceso no tiene evento de inicio', 'problem.bpmn.no-executable-start': 'No hay un inicio ejecutable',
  'problem.bpmn.expression-syntax': 'Expresión con sintaxis errónea', 'problem.bpmn.called-element-missing': 'Falta el proceso llamado',
  'problem.bpmn.called-element-version-missing': 'Falta la versión del proceso llamado', 'problem.bpmn.form-field-invalid': 'Campo de formulario no válido',
  'problem.bpmn.parameter-invalid': 'Parámetro no válido', 'problem.bpmn.too-large': 'El archivo es demasiado grande', 'problem.bpmn.too-deep': 'El XML está demasiado anidado',
  'problem.bpmn.internal': 'Error interno del analizador',
};

type Key = keyof typeof es;

const en: Record<Key, string> = {
  'app.title': 'Collections',
  'nav.inbox': 'Inbox', 'nav.designer': 'Designer', 'nav.instances': 'Processes', 'nav.admin': 'Admin', 'nav.logout': 'Sign out',
  'login.title': 'Sign in', 'login.email': 'E-mail', 'login.password': 'Password', 'login.submit': 'Sign in',
  'login.failed': 'Wrong e-mail or password.',
  'forbidden.title': 'Access denied', 'forbidden.text': 'Your role may not open this page.',
  'notfound': 'Page not found.',
  'inbox.title': 'My inbox', 'inbox.all': 'All', 'inbox.mine': 'Mine', 'inbox.offered': 'My groups', 'inbox.search': 'Search…',
  'inbox.empty': 'No tasks.', 'inbox.task': 'Task', 'inbox.case': 'Case', 'inbox.priority': 'Priority', 'inbox.due': 'Due',
  'inbox.followUp': 'Follow-up', 'inbox.assignee': 'Assignee', 'inbox.claim': 'Claim', 'inbox.unclaim': 'Unclaim', 'inbox.open': 'Open',
  'inbox.unassigned': 'Unassigned', 'inbox.debtor': 'Debtor', 'inbox.amount': 'Amount',
  'inbox.daysOverdue': 'Days overdue', 'inbox.taskType': 'Task type', 'inbox.anyTask': 'All tasks', 'inbox.overdue': 'Overdue',
  'inbox.anyOverdue': 'Any overdue', 'inbox.bucket': '{0} days', 'inbox.previous': '‹ Previous', 'inbox.next': 'Next ›', 'inbox.range': '{0}–{1} of {2}',
  'task.title': 'Task', 'task.complete': 'Complete', 'task.claimFirst': 'Claim the task to complete it.',
  'task.completed': 'Task completed.', 'task.required': 'Required', 'task.invalid': 'Check the marked fields.',
  'task.min': 'At least {0}', 'task.max': 'At most {0}', 'task.minlength': 'At least {0} characters', 'task.maxlength': 'At most {0} characters',
  'task.pattern': 'Invalid format', 'task.number': 'Not a number', 'task.caseLink': 'View case', 'task.noFields': 'This task has no fields.',
  'task.delegate': 'Delegate', 'task.delegated': 'Task delegated.', 'task.yes': 'Yes', 'task.no': 'No', 'task.choose': '— choose —',
  'designer.title': 'Process designer', 'designer.processes': 'Processes', 'designer.new': 'New process', 'designer.version': 'version',
  'designer.saveDraft': 'Save draft', 'designer.validate': 'Validate', 'designer.publish': 'Publish', 'designer.draftSaved': 'Draft saved in this browser.',
  'designer.valid': 'The diagram is valid.', 'designer.invalid': 'The diagram has {0} problem(s); it cannot be published.',
  'designer.published': 'Published {0} version {1}.', 'designer.unchanged': 'Unchanged: still version {0}.', 'designer.draft': 'draft',
  'designer.discardDraft': 'Discard draft', 'designer.loadDraft': 'A saved draft was opened.',
  'instances.title': 'Running cases', 'instances.status': 'Status', 'instances.started': 'Started', 'instances.waiting': 'Waiting at',
  'instance.title': 'Case', 'instance.timeline': 'Timeline', 'instance.variables': 'Data', 'instance.incidents': 'Incidents',
  'instance.started': 'started', 'instance.ended': 'ended', 'instance.canceled': 'canceled', 'instance.version': 'Version', 'instance.process': 'Process', 'instance.waiting': 'waiting',
  'status.Active': 'Active', 'status.Completed': 'Completed', 'status.Canceled': 'Canceled',
  'admin.title': 'Users', 'admin.email': 'E-mail', 'admin.name': 'Name', 'admin.roles': 'Roles', 'admin.groups': 'Groups',
  'admin.create': 'Create user', 'admin.password': 'Password', 'admin.created': 'User created.',
  'admin.status': 'Status', 'admin.active': 'Active', 'admin.disabledState': 'Disabled', 'admin.mustChange': 'must change password',
  'admin.disable': 'Disable', 'admin.enable': 'Enable', 'admin.reset': 'Reset password',
  'admin.confirmReset': 'Reset the password of {0}? Their sessions will end.',
  'admin.temporary': 'Temporary password of {0} (shown once; it must be changed at sign-in): ',
  'admin.saveRoles': 'Save roles', 'admin.rolesSaved': 'Roles saved; the user\'s sessions end within a minute.',
  'login.throttled': 'Too many attempts. Try again in {0} seconds.', 'login.disabled': 'Your account is disabled.',
  'nav.account': 'My account', 'account.title': 'Change password', 'account.current': 'Current password', 'account.new': 'New password',
  'account.repeat': 'Repeat the new password', 'account.submit': 'Change password', 'account.changed': 'Password changed.',
  'account.mismatch': 'The new passwords do not match.', 'account.wrongCurrent': 'The current password is wrong.',
  'account.mustChange': 'Choose a new password before you continue.',
  'account.hint': 'At least 12 characters; a long phrase makes a good password.',
  'nav.outbox': 'Sent',
  'outbox.title': 'Sent messages (outbox)', 'outbox.intro': 'With no mail provider configured, e-mails and text messages are kept here instead of being sent.',
  'outbox.case': 'Case', 'outbox.filter': 'Filter', 'outbox.clear': 'Clear filter', 'outbox.when': 'Date', 'outbox.channel': 'Channel',
  'outbox.to': 'To', 'outbox.subject': 'Subject / text', 'outbox.empty': 'The outbox is empty.', 'outbox.more': 'Load more',
  'outbox.headers': 'Headers', 'outbox.text': 'Text', 'outbox.html': 'HTML view', 'outbox.download': 'Download .eml', 'outbox.downloadSms': 'Download',
  'outbox.back': 'Back to the list', 'outbox.channel.email': 'E-mail', 'outbox.channel.sms': 'SMS',
  'apikeys.title': 'API keys', 'apikeys.name': 'Name', 'apikeys.prefix': 'Prefix', 'apikeys.scopes': 'Scopes',
  'apikeys.created': 'Created', 'apikeys.lastUsed': 'Last used', 'apikeys.status': 'Status', 'apikeys.active': 'Active', 'apikeys.never': 'Never',
  'apikeys.revokedBy': 'Revoked {0} by {1}', 'apikeys.configuration': 'In the server configuration', 'apikeys.revoke': 'Revoke',
  'apikeys.confirmRevoke': 'Revoke key {0}? It stops working at once.', 'apikeys.revoked': 'Key {0} revoked.',
  'apikeys.create': 'Create key', 'apikeys.secret': 'New key for {0}', 'apikeys.copy': 'Copy', 'apikeys.copied': 'Copied.',
  'apikeys.copyHint': 'Copy it now and keep it safe: it will not be shown again.', 'apikeys.empty': 'No keys.',
  'apikeys.nameHint': 'Letters, digits, dot, hyphen or underscore (e.g. erp-connector).',
  'nav.versions': 'Versions', 'versions.processes': 'Processes', 'versions.choose': 'Choose a process to see its versions.',
  'versions.version': 'version {0}', 'versions.deployed': 'Published on', 'versions.first': 'First version: there is no earlier one to compare with.',
  'versions.changes': 'Changes from version {0}', 'versions.noChanges': 'No changes in the model.',
  'versions.added': 'Added', 'versions.removed': 'Removed', 'versions.changed': 'Changed', 'versions.layout': 'Moved',
  'versions.kind': 'Change', 'versions.element': 'Element', 'versions.type': 'Type', 'versions.detail': 'Detail',
  'versions.waiting': '{0} case(s) waiting here', 'versions.incidents': '{0} open incident(s)',
  'versions.legendWaiting': 'Cases waiting', 'versions.legendIncidents': 'Incidents',
  'lang.switch': 'Español', 'error': 'Error',
  'migration.open': 'Migrate running cases', 'migration.title': 'Migrate running cases', 'migration.backToDesigner': 'Back to the designer',
  'migration.version': 'Version', 'migration.deployed': 'Published', 'migration.runningCases': 'Running cases', 'migration.running': '{0} running',
  'migration.from': 'From version', 'migration.to': 'To version', 'migration.updateTimers': 'Recompute timers from the new version',
  'migration.mapping': 'Activity mapping', 'migration.sourceActivity': 'Activity in v{0}', 'migration.targetActivity': 'Becomes (v{0})',
  'migration.kind': 'Kind', 'migration.notMapped': '— not mapped —', 'migration.sameVersion': 'Choose two different versions.',
  'migration.oneVersion': 'This process has only one version: there is nothing to migrate to.', 'migration.preview': 'Preview',
  'migration.summary': '{0} case(s): {1} can be migrated, {2} cannot.', 'migration.listed': 'The first {0} are listed.',
  'migration.moves': 'From → to', 'migration.outcome': 'Outcome', 'migration.canMove': 'Can be migrated', 'migration.start': 'Migrate {0} case(s)',
  'migration.progress': 'Migration from v{0} to v{1}', 'migration.counts': '{0} in total · {1} migrated · {2} failed · {3} pending',
  'migration.completed': 'finished',
  'problem.bpmn.xml': 'The XML is not well-formed', 'problem.bpmn.not-bpmn': 'Not a BPMN file', 'problem.bpmn.no-process': 'No process in the file',
  'problem.bpmn.missing-id': 'Missing id', 'problem.bpmn.duplicate-id': 'Duplicate id', 'problem.bpmn.unsupported-element': 'Unsupported element',
  'problem.bpmn.generated-id': 'No id: one was assigned',
  'problem.bpmn.unsupported-camunda': 'Unsupported camunda extension', 'problem.bpmn.unsupported-attribute': 'Unsupported attribute',
  'problem.bpmn.service-task-not-external': 'A service task must be external (camunda:type="external" and a topic)',
  'problem.bpmn.unsupported-script-format': 'Unsupported script language', 'problem.bpmn.script-missing': 'Missing script',
  'problem.bpmn.flow-unknown-ref': 'The flow points to an unknown element', 'problem.bpmn.flow-crosses-scope': 'The flow crosses a sub-process boundary',
  'problem.bpmn.gateway-no-outgoing': 'The gateway has no outgoing flow', 'problem.bpmn.event-gateway-target': 'Invalid target after an event-based gateway',
  'problem.bpmn.default-flow-invalid': 'Invalid default flow', 'problem.bpmn.event-definition-missing': 'Missing event definition',
  'problem.bpmn.timer-definition': 'Missing timer definition', 'problem.bpmn.timer-invalid': 'Invalid timer',
  'problem.bpmn.date-invalid': 'Invalid date', 'problem.bpmn.retry-cycle-invalid': 'Invalid retry cycle',
  'problem.bpmn.message-ref-missing': 'Missing message reference', 'problem.bpmn.message-ref-unknown': 'Unknown message',
  'problem.bpmn.message-name-missing': 'The message has no name', 'problem.bpmn.duplicate-message-start': 'Duplicate message start',
  'problem.bpmn.error-ref-unknown': 'Unknown error', 'problem.bpmn.boundary-unknown-activity': 'The boundary event is attached to an unknown activity',
  'problem.bpmn.boundary-not-activity': 'A boundary event must be attached to an activity', 'problem.bpmn.error-boundary-non-interrupting': 'An error boundary event must interrupt',
  'problem.bpmn.event-subprocess-start': 'Invalid event sub-process start', 'problem.bpmn.event-subprocess-flows': 'An event sub-process has no flows',
  'problem.bpmn.subprocess-start-missing': 'The sub-process has no start event', 'problem.bpmn.multiple-none-start': 'Several none start events',
  'problem.bpmn.no-start-event': 'The process has no start event', 'problem.bpmn.no-executable-start': 'No executable start',
  'problem.bpmn.expression-syntax': 'Expression syntax error', 'problem.bpmn.called-element-missing': 'Missing called process',
  'problem.bpmn.called-element-version-missing': 'Missing called process version', 'problem.bpmn.form-field-invalid': 'Invalid form field',
  'problem.bpmn.parameter-invalid': 'Invalid parameter', 'problem.bpmn.too-large': 'The file is too large', 'problem.bpmn.too-deep': 'The XML is nested too deeply',
  'problem.bpmn.internal': 'Internal parser error',
};

const dictionaries: Record<Lang, Record<string, string>> = {
  es: { ...es, ...casesEs, ...publishingEs, ...contactRulesEs, ...auditEs, ...staffRolesEs, ...uiDetailsEs, ...processEs, ...timelineEs, ...accountsEs, ...companyEs },
  en: { ...en, ...casesEn, ...publishingEn, ...contactRulesEn, ...auditEn, ...staffRolesEn, ...uiDetailsEn, ...processEn, ...timelineEn, ...accountsEn, ...companyEn },
};

let current: Lang = (localStorage.getItem('collections.lang') as Lang) === 'en' ? 'en' : 'es';

export function lang(): Lang {
  return current;
}

export function setLang(value: string): void {
  current = value === 'en' ? 'en' : 'es';
  localStorage.setItem('collections.lang', current);
  document.documentElement.lang = current;
}

export function t(key: string, ...args: (string | number)[]): string {
  const text = dictionaries[current][key] ?? dictionaries.es[key] ?? key;
  return args.reduce<string>((s, a, i) => s.replace(`{${i}}`, String(a)), text);
}

export function has(key: string): boolean {
  return key in dictionaries[current];
}

const locale = () => (current === 'es' ? 'es-ES' : 'en-GB');

export function formatDate(value: string | null | undefined): string {
  return value ? new Date(value).toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' }) : '—';
}

export function formatNumber(value: number): string {
  return value.toLocaleString(locale());
}

export function formatMoney(value: number, currency: string | null): string {
  return currency && /^[A-Z]{3}$/.test(currency)
    ? value.toLocaleString(locale(), { style: 'currency', currency })
    : value.toLocaleString(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
