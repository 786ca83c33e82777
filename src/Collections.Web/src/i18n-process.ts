// Process content in the reader's language: the server sends names, documentation and form labels per language
// (declared in the diagram as name.es / name.en properties, see docs/playbook.md); these helpers pick the reader's
// and translate business stages. Merged into i18n.ts's dictionaries.

import { has, lang, t } from './i18n';

/** Texts by language code (es, en), as the staff API sends them. */
export type Texts = Record<string, string> | null | undefined;

/** The reader's text, else the element's own (fallback), else a generic "unnamed step": never a raw id. */
export function pick(texts: Texts, fallback?: string | null): string {
  return texts?.[lang()] ?? fallback ?? t('process.unnamed');
}

/** A business stage (reminder, junior-call, …, closed) in the reader's language; an unknown code reads as words. */
export function stageLabel(stage: string | null | undefined): string {
  if (!stage) return '—';
  return has(`stage.${stage}`) ? t(`stage.${stage}`) : stage.replace(/[-_]/g, ' ');
}

/** The business stages of the shipped playbook, in order, for the case list's filter. */
export const stages = ['reminder', 'junior-call', 'senior-call', 'legal-warning', 'promise', 'dispute', 'negotiation', 'legal', 'closed'];

export const processEs: Record<string, string> = {
  'process.unnamed': 'Paso sin nombre', 'process.anyStage': 'Todas las etapas', 'process.activity': 'Paso actual',
  'stage.reminder': 'Recordatorio', 'stage.junior-call': 'Llamada junior', 'stage.senior-call': 'Llamada senior',
  'stage.legal-warning': 'Aviso legal', 'stage.promise': 'Promesa de pago', 'stage.dispute': 'Disputa',
  'stage.negotiation': 'Negociación', 'stage.legal': 'Legal', 'stage.closed': 'Cerrado',
};

export const processEn: Record<string, string> = {
  'process.unnamed': 'Unnamed step', 'process.anyStage': 'All stages', 'process.activity': 'Current step',
  'stage.reminder': 'Reminder', 'stage.junior-call': 'Junior call', 'stage.senior-call': 'Senior call',
  'stage.legal-warning': 'Legal warning', 'stage.promise': 'Promise to pay', 'stage.dispute': 'Dispute',
  'stage.negotiation': 'Negotiation', 'stage.legal': 'Legal', 'stage.closed': 'Closed',
};

/**
 * The process's name in the reader's language, read from its BPMN (`name.es`/`name.en` properties on the process,
 * else its `name`); the fallback (its key) only when the diagram names it nowhere.
 */
export function processNameFromXml(xml: string, fallback: string): string {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const process = Array.from(doc.getElementsByTagNameNS('http://www.omg.org/spec/BPMN/20100524/MODEL', 'process'))
    .find((p) => p.getAttribute('isExecutable') !== 'false');
  if (!process) return fallback;
  const own = Array.from(process.children).find((c) => c.localName === 'extensionElements');
  const property = own ? Array.from(own.getElementsByTagNameNS('*', 'property')).find((p) => p.getAttribute('name') === `name.${lang()}`) : undefined;
  return property?.getAttribute('value') || process.getAttribute('name') || fallback;
}
