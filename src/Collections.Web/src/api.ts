// The server's REST API, with the sign-in cookie and the anti-forgery header on writes.

export class ApiError extends Error {
  constructor(public status: number, public problem: Record<string, unknown> | null, message: string) {
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
    throw new ApiError(response.status, problem, (problem?.detail as string) ?? (problem?.title as string) ?? response.statusText);
  }
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}

export interface Me { id: string; email: string; displayName: string; language: string; roles: string[]; groups: string[] }
export interface FormField {
  id: string; label: string | null; type: string; defaultValue: { text: string } | null;
  constraints: { name: string; config: string | null }[]; options: { id: string; name: string }[];
  properties: Record<string, string>;
}
export interface UserTask {
  id: string; processInstanceId: string; taskDefinitionKey: string; name: string | null; definitionKey: string;
  businessKey: string | null; assignee: string | null; candidateGroups: string[]; createdAt: string;
  dueDate: string | null; followUpDate: string | null; priority: number; formFields: FormField[]; documentation: string | null;
}
export interface InboxItem {
  taskId: string; taskDefinitionKey: string; taskName: string | null; processDefinitionKey: string; processInstanceId: string;
  rootInstanceId: string; businessKey: string | null; assignee: string | null; candidateGroups: string[]; createdAt: string;
  dueDate: string | null; followUpDate: string | null; taskPriority: number; caseId: string | null; casePriority: number | null;
  invoiceNumber: string | null; amount: number | null; currency: string | null; daysOverdue: number | null; debtor: string | null;
}
export interface InboxPage { items: InboxItem[]; nextCursor: string | null; total: number | null }
export interface InboxTaskType { key: string; name: string | null; count: number }
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
