import '../cases.css';
import { api, ApiError, type CallScript, type CaseListItem, type FormField, type Me, type Page, type UserTask } from '../api';
import { h, notice } from '../dom';
import { formatDate, t } from '../i18n';
import { flash, navigate } from '../main';
import { renderCallScript } from './call-script';
import { describeRule } from '../contact-rules';
import { dateInput, parseDay } from '../date-input';
import { pick } from '../i18n-process';

/** Fields of the call outcome form that only mean something for one outcome (workflows/overdue-invoice.bpmn). */
const onlyFor: Record<string, string> = { promiseDate: 'promise', promiseAmount: 'promise', calledNumber: 'wrong-number' };

/** The case the task's process belongs to, if any (the inbox shows processes started without a case too). */
async function caseOf(task: UserTask): Promise<CaseListItem | null> {
  try {
    const page = await api<Page<CaseListItem>>('GET', `/api/v1/staff/cases?processInstanceId=${task.rootInstanceId ?? task.processInstanceId}&limit=1`);
    return page.items[0] ?? null;
  } catch {
    return null;
  }
}

/** Client-side checks mirror the engine's (camunda:constraint); the server checks again on complete. */
function check(field: FormField, raw: string): string | null {
  const constraint = (name: string) => field.constraints.find((c) => c.name === name);
  if (raw === '' || (field.type === 'Boolean' && raw === 'false' && !constraint('required'))) {
    return constraint('required') && raw === '' ? t('task.required') : null;
  }
  if (field.type === 'Date' && parseDay(raw) === undefined) return t('date.invalid');
  if (field.type === 'Long' || field.type === 'Decimal') {
    const value = Number(raw);
    if (Number.isNaN(value) || (field.type === 'Long' && !Number.isInteger(value))) return t('task.number');
    const min = constraint('min')?.config;
    const max = constraint('max')?.config;
    if (min != null && value < Number(min)) return t('task.min', min);
    if (max != null && value > Number(max)) return t('task.max', max);
  }
  if (field.type === 'String') {
    const min = constraint('minlength')?.config;
    const max = constraint('maxlength')?.config;
    const pattern = constraint('pattern')?.config;
    if (min != null && raw.length < Number(min)) return t('task.minlength', min);
    if (max != null && raw.length > Number(max)) return t('task.maxlength', max);
    if (pattern && !new RegExp(`^(?:${pattern})$`).test(raw)) return t('task.pattern');
  }
  return null;
}

function input(field: FormField): HTMLInputElement | HTMLSelectElement {
  const base = { name: field.id, id: `field-${field.id}`, 'data-testid': `field-${field.id}`, disabled: field.constraints.some((c) => c.name === 'readonly') };
  const initial = field.defaultValue?.text && !field.defaultValue.text.includes('${') ? field.defaultValue.text : '';
  switch (field.type) {
    case 'Boolean': {
      const box = h('input', { ...base, type: 'checkbox' });
      box.checked = initial === 'true';
      return box;
    }
    case 'Enum': {
      const select = h('select', base, h('option', { value: '' }, t('task.choose')), ...field.options.map((o) => h('option', { value: o.id }, pick(o.nameTranslations, o.name))));
      select.value = initial;
      return select;
    }
    case 'Long': return h('input', { ...base, type: 'number', step: '1', value: initial });
    case 'Decimal': return h('input', { ...base, type: 'number', step: '0.01', value: initial });
    // The shared date input: the day as the UI language writes it; sent as yyyy-MM-dd (see the submit handler).
    case 'Date': return dateInput({ name: field.id, id: base.id, testid: base['data-testid'], value: initial, disabled: base.disabled }).input;
    default: return h('input', { ...base, type: 'text', value: initial });
  }
}

export async function renderTask(root: HTMLElement, me: Me, params: Record<string, string>): Promise<void> {
  const task = await api<UserTask>('GET', `/api/v1/tasks/${params.id}`);
  const mine = task.assignee === me.email;
  const isCall = task.properties?.form === 'call-outcome';
  const [caseItem, script] = await Promise.all([
    caseOf(task),
    isCall ? api<CallScript>('GET', `/api/v1/staff/tasks/${task.id}/call-script`).catch(() => null) : Promise.resolve(null),
  ]);
  const caseId = caseItem?.case.id ?? null;
  const fields = task.formFields.map((field) => ({
    field, control: input(field), error: h('span', { class: 'field-error', 'data-testid': `error-${field.id}` }),
    row: null as HTMLElement | null,
  }));
  const outcome = isCall ? fields.find((f) => f.field.id === 'callOutcome')?.control : undefined;
  // A call form shows the promise fields for a promise and "number called" for a wrong number only.
  const shown = (id: string) => !outcome || !(id in onlyFor) || outcome.value === onlyFor[id];
  const showRelevant = () => fields.forEach((f) => { if (f.row) f.row.hidden = !shown(f.field.id); });
  const valueOf = (control: HTMLInputElement | HTMLSelectElement) =>
    control instanceof HTMLInputElement && control.type === 'checkbox' ? String(control.checked) : control.value.trim();
  for (const { field, control, error } of fields) {
    // Once a field was marked, it is re-checked as the user types, so a fixed value clears its message.
    const recheck = () => {
      if (!control.classList.contains('invalid')) return;
      const problem = check(field, valueOf(control));
      error.textContent = problem ?? '';
      control.classList.toggle('invalid', problem !== null);
    };
    control.addEventListener('input', recheck);
    control.addEventListener('change', recheck);
  }
  for (const f of fields) {
    f.row = h('div', { class: 'field', 'data-field': f.field.id },
      h('label', { for: f.control.id }, pick(f.field.labelTranslations, f.field.label ?? f.field.id), f.field.constraints.some((c) => c.name === 'required') ? ' *' : ''),
      f.control.closest('.date-input') ?? f.control, f.error);
  }
  outcome?.addEventListener('change', showRelevant);
  showRelevant();
  // A call outside the contact rules is recorded only with a reason (docs/playbook.md, "Contact rules").
  const overrideReason = h('textarea', { id: 'contactOverrideReason', 'data-testid': 'field-contactOverrideReason', maxlength: '500' }) as HTMLTextAreaElement;
  const overrideRow = h('div', { class: 'field', 'data-field': 'contactOverrideReason', hidden: !isCall || script?.rules.allowedNow !== false },
    h('label', { for: 'contactOverrideReason' }, t('task.overrideReason')), overrideReason);
  const form = h('form', { class: 'card task-form', 'data-testid': 'task-form', novalidate: true },
    ...fields.map((f) => f.row!),
    isCall ? overrideRow : null,
    fields.length === 0 ? h('p', {}, t('task.noFields')) : null,
    mine ? h('button', { type: 'submit', class: 'primary', 'data-testid': 'task-complete' }, t('task.complete'))
      : h('p', { class: 'hint' }, t('task.claimFirst'), ' ', h('button', { type: 'button', 'data-testid': 'task-claim', onclick: async () => {
        await api('POST', `/api/v1/inbox/${task.id}/claim`);
        navigate(location.pathname, true);
      } }, t('inbox.claim'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const variables: Record<string, unknown> = {};
    let valid = true;
    for (const { field, control, error } of fields) {
      if (!shown(field.id)) continue;
      const raw = valueOf(control);
      const problem = isCall && field.id === 'promiseDate' && outcome?.value === 'promise' && raw === '' ? t('task.required') : check(field, raw);
      error.textContent = problem ?? '';
      control.classList.toggle('invalid', problem !== null);
      if (problem) { valid = false; continue; }
      if (raw === '') continue;
      variables[field.id] = field.type === 'Boolean' ? raw === 'true' : field.type === 'Long' || field.type === 'Decimal' ? Number(raw)
        : field.type === 'Date' ? parseDay(raw)! : raw;
    }
    if (!valid) { notice(root, t('task.invalid'), 'error'); return; }
    if (isCall && overrideReason.value.trim() !== '') variables.contactOverrideReason = overrideReason.value.trim();
    try {
      await api('POST', `/api/v1/inbox/${task.id}/complete`, { variables });
      flash(t('task.completed'));
      navigate('/inbox', true);
    } catch (e) {
      // The server names the field it refuses (form validation or the case's rules, e.g. a promise date in the past).
      const field = e instanceof ApiError ? (e.problem?.field as string | undefined) : undefined;
      const target = fields.find((f) => f.field.id === field);
      if (target) {
        target.error.textContent = (e as Error).message;
        target.control.classList.add('invalid');
      }
      if (e instanceof ApiError && e.problem?.code === 'contact.outside-rules') {
        overrideRow.hidden = false;
        notice(root, t('task.outsideRules', describeRule(e.problem.rule as string, e.problem.ruleArguments as Record<string, string>)), 'error');
        return;
      }
      notice(root, e instanceof ApiError ? e.message : String(e), 'error');
    }
  });
  const pickNumber = (value: string) => {
    const called = fields.find((f) => f.field.id === 'calledNumber');
    if (called) called.control.value = value;
  };
  const supervisor = me.roles.includes('manager') || me.roles.includes('admin');
  const delegateTo = h('input', { type: 'email', placeholder: t('admin.email'), 'data-testid': 'task-delegate-user' });
  const delegate = supervisor ? h('div', { class: 'toolbar' }, delegateTo,
    h('button', { 'data-testid': 'task-delegate', onclick: async () => {
      try {
        await api('POST', `/api/v1/inbox/${task.id}/delegate`, { userId: delegateTo.value || null });
        flash(t('task.delegated'));
        navigate(location.pathname, true);
      } catch (e) {
        notice(root, (e as Error).message, 'error');
      }
    } }, t('task.delegate'))) : null;
  root.append(h('section', { class: 'task' },
    h('h1', { 'data-testid': 'task-title' }, pick(task.names, task.name)),
    h('dl', { class: 'facts' },
      h('dt', {}, t('inbox.case')), h('dd', {}, h('a', { href: caseId ? `/cases/${caseId}` : `/instances/${task.processInstanceId}`, 'data-testid': 'task-case-link' }, task.businessKey ?? t('task.caseLink'))),
      // Two numbers, each named for what it is: the case's priority orders the inbox, the task's comes from the process.
      caseItem ? h('dt', {}, t('priority.case')) : null, caseItem ? h('dd', { 'data-testid': 'task-case-priority' }, String(caseItem.case.priority)) : null,
      h('dt', {}, t('priority.task')), h('dd', { 'data-testid': 'task-priority' }, String(task.priority)),
      h('dt', {}, t('inbox.due')), h('dd', {}, formatDate(task.dueDate)),
      h('dt', {}, t('inbox.followUp')), h('dd', {}, formatDate(task.followUpDate)),
      h('dt', {}, t('inbox.assignee')), h('dd', { 'data-testid': 'task-assignee' }, task.assignee ?? t('inbox.unassigned'))),
    task.documentation ? h('p', { class: 'documentation', 'data-testid': 'task-documentation' }, pick(task.documentations, task.documentation)) : null,
    delegate,
    script ? renderCallScript(script, mine ? pickNumber : null) : null,
    isCall && !script ? h('p', { class: 'muted', 'data-testid': 'call-script-missing' }, t('script.noCase')) : null,
    form));
}
