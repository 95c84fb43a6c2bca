// Every 4xx the receiver sends has this body, so a widget or a script can branch on `code`.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface ReceiverIssue {
  path: string;
  message: string;
}

export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  issues?: ReceiverIssue[],
) {
  return c.json({ error: { code, message, ...(issues ? { issues } : {}) } }, status);
}
