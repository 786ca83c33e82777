// UI texts of the smaller screens and widgets: priority labels, the version view's change list in words, the diagram
// zoom controls, the designer's first screen, the date inputs. Spanish and English; merged into i18n.ts's dictionaries.

export const uiDetailsEs: Record<string, string> = {
  'priority.case': 'Prioridad del caso', 'priority.task': 'Prioridad de la tarea',

  'diagram.zoomIn': 'Acercar', 'diagram.zoomOut': 'Alejar', 'diagram.fit': 'Ver todo el proceso', 'diagram.focus': 'Ir a la actividad actual',
  'diagram.minimap': 'Minimapa',

  'designer.intro': 'Elija un proceso para abrirlo en el diseñador o cree uno nuevo.', 'designer.name': 'Proceso',
  'designer.latest': 'Última versión', 'designer.source': 'Origen', 'designer.publishedAt': 'Publicada el',
  'designer.openProcess': 'Abrir', 'designer.none': 'Todavía no hay procesos publicados.',

  'date.placeholder': 'dd/mm/aaaa', 'date.invalid': 'Escriba una fecha válida (dd/mm/aaaa).',

  'versions.element.name': 'Elemento', 'diff.flowBetween': 'Flujo de «{0}» a «{1}»', 'diff.unnamed': '{0} sin nombre',
  'diff.other': 'Otros ajustes técnicos cambiados', 'diff.moved': 'Movido en el diagrama', 'diff.set': 'definido',
  'diff.yes': 'sí', 'diff.no': 'no', 'diff.sequential': 'una tras otra', 'diff.parallel': 'en paralelo', 'diff.loop': 'en bucle',
  'diff.required': 'obligatorio', 'diff.defaultValue': 'valor inicial {0}',
  'diff.fact.name': 'Nombre', 'diff.fact.timer': 'Temporizador', 'diff.fact.message': 'Mensaje', 'diff.fact.signal': 'Señal',
  'diff.fact.error': 'Error', 'diff.fact.escalation': 'Escalado', 'diff.fact.event': 'Evento', 'diff.fact.condition': 'Condición',
  'diff.fact.from': 'Desde', 'diff.fact.to': 'Hacia', 'diff.fact.default': 'Camino por defecto', 'diff.fact.attachedTo': 'Unido a',
  'diff.fact.interrupting': 'Interrumpe la actividad', 'diff.fact.assignee': 'Asignada a', 'diff.fact.candidateGroups': 'Grupos candidatos',
  'diff.fact.candidateUsers': 'Usuarios candidatos', 'diff.fact.dueDate': 'Vencimiento', 'diff.fact.followUpDate': 'Fecha de seguimiento',
  'diff.fact.priority': 'Prioridad de la tarea', 'diff.fact.formKey': 'Formulario', 'diff.fact.topic': 'Trabajo automático',
  'diff.fact.resultVariable': 'Guarda el resultado en', 'diff.fact.calledElementVersion': 'Versión del proceso llamado',
  'diff.fact.calledElement': 'Proceso llamado', 'diff.fact.script': 'Script', 'diff.fact.documentation': 'Descripción',
  'diff.fact.repeat': 'Se repite', 'diff.fact.field': 'Campo del formulario «{0}»', 'diff.fact.input': 'Dato de entrada «{0}»',
  'diff.fact.output': 'Dato de salida «{0}»', 'diff.fact.property': 'Propiedad «{0}»',
  'diff.fieldType.string': 'texto', 'diff.fieldType.long': 'número entero', 'diff.fieldType.boolean': 'sí/no', 'diff.fieldType.date': 'fecha',
  'diff.fieldType.enum': 'lista de opciones', 'diff.fieldType.other': 'otro tipo',

  'bpmnType.StartEvent': 'Evento de inicio', 'bpmnType.EndEvent': 'Evento de fin', 'bpmnType.IntermediateCatchEvent': 'Evento de espera',
  'bpmnType.IntermediateThrowEvent': 'Evento intermedio', 'bpmnType.BoundaryEvent': 'Evento de borde', 'bpmnType.UserTask': 'Tarea de usuario',
  'bpmnType.ServiceTask': 'Tarea automática', 'bpmnType.ScriptTask': 'Tarea de script', 'bpmnType.SendTask': 'Tarea de envío',
  'bpmnType.ReceiveTask': 'Tarea de recepción', 'bpmnType.BusinessRuleTask': 'Tarea de reglas de negocio', 'bpmnType.ManualTask': 'Tarea manual',
  'bpmnType.Task': 'Tarea', 'bpmnType.CallActivity': 'Llamada a proceso', 'bpmnType.SubProcess': 'Subproceso', 'bpmnType.Transaction': 'Transacción',
  'bpmnType.ExclusiveGateway': 'Decisión', 'bpmnType.ParallelGateway': 'Bifurcación en paralelo', 'bpmnType.InclusiveGateway': 'Decisión múltiple',
  'bpmnType.EventBasedGateway': 'Espera del primer evento', 'bpmnType.ComplexGateway': 'Compuerta compleja', 'bpmnType.SequenceFlow': 'Flujo',
  'bpmnType.MessageFlow': 'Flujo de mensajes', 'bpmnType.Lane': 'Carril', 'bpmnType.Participant': 'Participante',
  'bpmnType.TextAnnotation': 'Nota', 'bpmnType.DataObjectReference': 'Objeto de datos', 'bpmnType.DataStoreReference': 'Almacén de datos',
  'bpmnType.CompensateEventDefinition': 'compensación', 'bpmnType.TerminateEventDefinition': 'terminación', 'bpmnType.LinkEventDefinition': 'enlace',
  'bpmnType.other': 'Elemento',
};

export const uiDetailsEn: Record<string, string> = {
  'priority.case': 'Case priority', 'priority.task': 'Task priority',

  'diagram.zoomIn': 'Zoom in', 'diagram.zoomOut': 'Zoom out', 'diagram.fit': 'Show the whole process', 'diagram.focus': 'Go to the current activity',
  'diagram.minimap': 'Mini-map',

  'designer.intro': 'Choose a process to open it in the designer, or create a new one.', 'designer.name': 'Process',
  'designer.latest': 'Latest version', 'designer.source': 'Source', 'designer.publishedAt': 'Published on',
  'designer.openProcess': 'Open', 'designer.none': 'No process has been published yet.',

  'date.placeholder': 'dd/mm/yyyy', 'date.invalid': 'Enter a valid date (dd/mm/yyyy).',

  'versions.element.name': 'Element', 'diff.flowBetween': 'Flow from “{0}” to “{1}”', 'diff.unnamed': 'Unnamed {0}',
  'diff.other': 'Other technical settings changed', 'diff.moved': 'Moved on the diagram', 'diff.set': 'set',
  'diff.yes': 'yes', 'diff.no': 'no', 'diff.sequential': 'one after another', 'diff.parallel': 'in parallel', 'diff.loop': 'in a loop',
  'diff.required': 'required', 'diff.defaultValue': 'starts as {0}',
  'diff.fact.name': 'Name', 'diff.fact.timer': 'Timer', 'diff.fact.message': 'Message', 'diff.fact.signal': 'Signal',
  'diff.fact.error': 'Error', 'diff.fact.escalation': 'Escalation', 'diff.fact.event': 'Event', 'diff.fact.condition': 'Condition',
  'diff.fact.from': 'From', 'diff.fact.to': 'To', 'diff.fact.default': 'Default path', 'diff.fact.attachedTo': 'Attached to',
  'diff.fact.interrupting': 'Interrupts the activity', 'diff.fact.assignee': 'Assignee', 'diff.fact.candidateGroups': 'Candidate groups',
  'diff.fact.candidateUsers': 'Candidate users', 'diff.fact.dueDate': 'Due date', 'diff.fact.followUpDate': 'Follow-up date',
  'diff.fact.priority': 'Task priority', 'diff.fact.formKey': 'Form', 'diff.fact.topic': 'Automatic job',
  'diff.fact.resultVariable': 'Stores the result in', 'diff.fact.calledElementVersion': 'Called process version',
  'diff.fact.calledElement': 'Called process', 'diff.fact.script': 'Script', 'diff.fact.documentation': 'Description',
  'diff.fact.repeat': 'Repeats', 'diff.fact.field': 'Form field “{0}”', 'diff.fact.input': 'Input “{0}”',
  'diff.fact.output': 'Output “{0}”', 'diff.fact.property': 'Property “{0}”',
  'diff.fieldType.string': 'text', 'diff.fieldType.long': 'whole number', 'diff.fieldType.boolean': 'yes/no', 'diff.fieldType.date': 'date',
  'diff.fieldType.enum': 'list of options', 'diff.fieldType.other': 'other type',

  'bpmnType.StartEvent': 'Start event', 'bpmnType.EndEvent': 'End event', 'bpmnType.IntermediateCatchEvent': 'Wait event',
  'bpmnType.IntermediateThrowEvent': 'Intermediate event', 'bpmnType.BoundaryEvent': 'Boundary event', 'bpmnType.UserTask': 'User task',
  'bpmnType.ServiceTask': 'Automatic task', 'bpmnType.ScriptTask': 'Script task', 'bpmnType.SendTask': 'Send task',
  'bpmnType.ReceiveTask': 'Receive task', 'bpmnType.BusinessRuleTask': 'Business rule task', 'bpmnType.ManualTask': 'Manual task',
  'bpmnType.Task': 'Task', 'bpmnType.CallActivity': 'Process call', 'bpmnType.SubProcess': 'Sub-process', 'bpmnType.Transaction': 'Transaction',
  'bpmnType.ExclusiveGateway': 'Decision', 'bpmnType.ParallelGateway': 'Parallel split', 'bpmnType.InclusiveGateway': 'Multiple decision',
  'bpmnType.EventBasedGateway': 'Wait for the first event', 'bpmnType.ComplexGateway': 'Complex gateway', 'bpmnType.SequenceFlow': 'Flow',
  'bpmnType.MessageFlow': 'Message flow', 'bpmnType.Lane': 'Lane', 'bpmnType.Participant': 'Participant',
  'bpmnType.TextAnnotation': 'Note', 'bpmnType.DataObjectReference': 'Data object', 'bpmnType.DataStoreReference': 'Data store',
  'bpmnType.CompensateEventDefinition': 'compensation', 'bpmnType.TerminateEventDefinition': 'termination', 'bpmnType.LinkEventDefinition': 'link',
  'bpmnType.other': 'Element',
};
