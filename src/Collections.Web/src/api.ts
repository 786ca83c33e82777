// The server's REST API, with the sign-in cookie and the anti-forgery header on writes.

export class ApiError extends Error {
  constructor(public status: number, public problem: Record<string, unknown> | null, message: string, public retryAfter: number | null = null) {
    super(message);
  }
}

function xsrfToken(): string | null {
  const match = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return match ? decodeURIComponent(match.substring('XSRF-TOKEN='.length)) : null;
}

export async function api<T>(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = contentType;
  if (method !== 'GET') {
    const token = xsrfToken();
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : contentType === 'application/json' ? JSON.stringify(body) : (body as string),
  });
  if (!response.ok) {
    let problem: Record<string, unknown> | null = null;
    try {
      problem = await response.json();
    } catch {
      problem = null;
    }
    const retryAfter = Number(response.headers.get('Retry-After')) || null;
    throw new ApiError(response.status, problem, (problem?.detail as string) ?? (problem?.title as string) ?? response.statusText, retryAfter);
  }
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}

export interface Me { id: string; email: string; displayName: string; language: string; roles: string[]; groups: string[]; mustChangePassword?: boolean }
export interface FormField {
  id: string; label: string | null; type: string; defaultValue: { text: string } | null;
  constraints: { name: string; config: string | null }[]; options: { id: string; name: string; nameTranslations?: Record<string, string> }[];
  properties: Record<string, string>; labelTranslations?: Record<string, string>;
}
export interface UserTask {
  id: string; processInstanceId: string; taskDefinitionKey: string; name: string | null; definitionKey: string;
  businessKey: string | null; assignee: string | null; candidateGroups: string[]; createdAt: string;
  dueDate: string | null; followUpDate: string | null; priority: number; formFields: FormField[]; documentation: string | null;
  rootInstanceId?: string; properties?: Record<string, string> | null;
  names?: Record<string, string> | null; documentations?: Record<string, string> | null;
}
export interface InboxItem {
  taskId: string; taskDefinitionKey: string; taskName: string | null; processDefinitionKey: string; processInstanceId: string;
  rootInstanceId: string; businessKey: string | null; assignee: string | null; candidateGroups: string[]; createdAt: string;
  dueDate: string | null; followUpDate: string | null; taskPriority: number; caseId: string | null; casePriority: number | null;
  invoiceNumber: string | null; amount: number | null; currency: string | null; daysOverdue: number | null; debtor: string | null;
  contactableNow: boolean; contactableAt: string | null; contactRule: string | null; taskNames?: Record<string, string> | null;
}
export interface ContactProfile {
  name: string; source: string; hours: { day: string; window: string | null }[]; holidayCalendar: string | null; holidays: string[];
  caps: { channel: string; period: string; max: number; perDebt: boolean }[]; maxChannelsPerCalendarWeek: number;
  afterConversationDays: number; afterConversationMaxCalls: number; consentChannels: string[]; footerEs: string; footerEn: string;
}
export interface InboxPage { items: InboxItem[]; nextCursor: string | null; total: number | null }
export interface InboxTaskType { key: string; name: string | null; count: number; names?: Record<string, string> | null }
export interface Definition { id: string; key: string; version: number; name: string | null; resourceName: string; deployedAt: string }
export interface Instance {
  id: string; definitionId: string; definitionKey: string; definitionVersion: number; businessKey: string | null;
  status: string; startedAt: string; endedAt: string | null; waitingActivityIds: string[]; openIncidents: number;
}
export interface HistoryEntry {
  activityInstanceId: string; activityId: string; activityName: string | null; activityType: string;
  startedAt: string; endedAt: string | null; canceled: boolean; assignee: string | null;
}
export interface Problem { severity: string; code: string; message: string; elementKind: string | null; elementId: string | null; line: number; column: number }
export interface Validation { valid: boolean; problems: Problem[] }

// Cases and the call script: /api/v1/staff/cases, /api/v1/staff/tasks/{id}/call-script.
export interface Page<T> { items: T[]; nextCursor: string | null }
export interface CaseSummary {
  id: string; invoiceId: string; invoiceNumber: string; debtorId: string; status: string; outcome: string | null; stage: string | null;
  processKey: string; processInstanceId: string | null; assignedCollector: string | null; priority: number; brokenPromises: number;
  balance: number; currency: string; daysOverdue: number; openedAt: string; closedAt: string | null; activity?: string | null;
}
export interface NextContact { channel: string; at: string; localTime: string; timeZone: string; rule: string | null; arguments: Record<string, string> }
export interface CaseListItem {
  case: CaseSummary; debtorName: string; debtorExternalId: string; nextContact: NextContact | null; activityNames?: Record<string, string> | null;
}
export interface TimelineItem { at: string; kind: string; summary: string; source: string; code?: string | null; arguments?: Record<string, string> | null }
export interface SendStep { id: string; channel: string; templateKey: string | null; recipients: string; status: string; reason: string | null }
export interface PromiseToPay { id: string; amount: number; currency: string; promiseDate: string; status: string; paidSoFar: number; createdAt: string }
export interface Payment { id: string; amount: number; currency: string; reference: string; paidOn: string; kind: string; balanceAfter: number; createdAt: string }
export interface Dispute { id: string; reason: string; status: string; owner: string | null; notes: string | null; resolution: string | null; openedAt: string; closedAt: string | null }
export interface CaseTask {
  id: string; taskDefinitionKey: string; name: string | null; assignee: string | null; createdAt: string; dueDate: string | null; names?: Record<string, string> | null;
}
export interface ContactAttempt { id: string; channel: string; direction: string; outcome: string; reasonCode: string | null; notes: string | null; by: string; at: string }
export interface DebtorContact { channel: string; value: string; validFrom: string | null; validTo: string | null; preferred: boolean; invalidSince: string | null; invalidReason: string | null }
export interface AlternateContact { role: string; name: string; channel: string; value: string; invalidSince: string | null; invalidReason: string | null }
export interface Debtor {
  id: string; externalId: string; name: string; taxId: string | null; language: string; timeZone: string; country: string; segment: string | null;
  riskScore: number; hasService: boolean; contacts: DebtorContact[]; alternateContacts: AlternateContact[]; optOuts: string[];
}
export interface Invoice {
  id: string; externalId: string; number: string; amount: number; currency: string; balance: number; issueDate: string; dueDate: string;
  purchaseOrderNumber: string | null; status: string;
}
export interface CaseView {
  detail: {
    case: CaseSummary; timeline: TimelineItem[]; promises: PromiseToPay[]; payments: Payment[]; disputes: Dispute[];
    openTasks: CaseTask[]; contactAttempts: ContactAttempt[];
  };
  debtor: Debtor; invoice: Invoice;
  process: {
    instanceId: string; definitionId: string; definitionKey: string; definitionVersion: number; status: string;
    waitingActivityIds: string[]; completedActivityIds: string[]; openIncidents: number;
  } | null;
  activityNames?: Record<string, string> | null;
}
export interface ScriptContact {
  channel: string; value: string; preferred: boolean; usable: boolean; invalidReason: string | null; invalidSince: string | null;
  validFrom: string | null; validTo: string | null; role: string | null; name: string | null;
}
export interface CallScript {
  caseId: string; caseStatus: string; stage: string | null; invoiceNumber: string; invoiceAmount: number; balance: number; currency: string;
  dueDate: string; daysOverdue: number; purchaseOrderNumber: string | null;
  debtor: {
    id: string; externalId: string; name: string; language: string; country: string; timeZone: string; localNow: string; optOuts: string[];
    contacts: ScriptContact[]; alternateContacts: ScriptContact[];
  };
  lastAttempts: ContactAttempt[]; openPromises: PromiseToPay[]; openDispute: Dispute | null;
  rules: {
    channel: string; allowedNow: boolean; nextAllowedAt: string | null; reason: string | null; callsLast7Days: number; callsLeft: number;
    maxCallsPer7Days: number; lastConversationAt: string | null; profile: string; ruleArguments: Record<string, string> | null;
  };
}
