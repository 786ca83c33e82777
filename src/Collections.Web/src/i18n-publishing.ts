// UI texts of publishing (the publish dialog with its change note, each version's source and the .bpmn download),
// Spanish and English; merged into i18n.ts's dictionaries.

export const publishingEs: Record<string, string> = {
  'publish.title': 'Publicar {0}',
  'publish.note': 'Nota del cambio (obligatoria)',
  'publish.notePlaceholder': '¿Qué cambia en esta versión y por qué?',
  'publish.noteMissing': 'Escriba una nota breve sobre el cambio.',
  'publish.running': '{0} caso(s) en curso seguirán en su versión actual; solo los casos nuevos usarán la nueva versión.',
  'publish.runningNone': 'No hay casos en curso: todos los casos nuevos usarán la nueva versión.',
  'publish.runningByVersion': 'v{0}: {1}',
  'publish.confirm': 'Publicar', 'publish.cancel': 'Cancelar',
  'source.file': 'desde el archivo {0}', 'source.designer': 'publicada en el diseñador por {0}', 'source.api': 'publicada por la API ({0})',
  'source.unknown': 'origen no registrado', 'source.nobody': 'alguien sin nombre',
  'version.note': 'Nota del cambio', 'version.noNote': 'Sin nota.', 'version.download': 'Descargar .bpmn',
};

export const publishingEn: Record<string, string> = {
  'publish.title': 'Publish {0}',
  'publish.note': 'Change note (required)',
  'publish.notePlaceholder': 'What does this version change, and why?',
  'publish.noteMissing': 'Write a short note about the change.',
  'publish.running': '{0} running case(s) stay on their current version; only new cases use the new version.',
  'publish.runningNone': 'No cases are running: every new case uses the new version.',
  'publish.runningByVersion': 'v{0}: {1}',
  'publish.confirm': 'Publish', 'publish.cancel': 'Cancel',
  'source.file': 'from the file {0}', 'source.designer': 'published in the designer by {0}', 'source.api': 'published through the API ({0})',
  'source.unknown': 'source not recorded', 'source.nobody': 'someone unnamed',
  'version.note': 'Change note', 'version.noNote': 'No note.', 'version.download': 'Download .bpmn',
};
