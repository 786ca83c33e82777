// What an account or admin error says to the user: the translation of its problem code when the UI has one (the
// server's detail for those codes is English), else the server's detail, which Identity already wrote in the
// user's language.
import { ApiError } from './api';
import { has, t } from './i18n';

export function problemText(error: unknown): string {
  const code = error instanceof ApiError ? (error.problem?.code as string | undefined) : undefined;
  if (code && has(`problem.${code}`)) return t(`problem.${code}`);
  return error instanceof Error ? error.message : String(error);
}
