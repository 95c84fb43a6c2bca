// One application as the receiver exports it (GET /applications as JSON Lines, one per line, and the
// body of its `application.received` webhook). The extension's import parses lines with this schema.
import { z } from 'zod';
import { ApplicationSchema } from './application';
import { FitResultSchema } from './fit';

export const ReceivedApplicationSchema = z.object({
  /** The receiver's id for the application (decimal, increasing). */
  id: z.string(),
  /** Opaque: pass it back as `?since=` to get only what was received after this line. */
  cursor: z.string(),
  /** ISO time the receiver committed the application. */
  receivedAt: z.string(),
  /** The brief the receiver scored against (its own configured brief, never the browser's). */
  briefId: z.string().nullable(),
  /** Best fit over the applicant's handles, recomputed by the receiver; null when excluded or unknown. */
  score: z.number().nullable(),
  /** What the applicant's browser claimed; shown for comparison, never trusted. */
  claimedScore: z.number().nullable(),
  /** One fit per handle, in the order of `application.handles`. */
  fits: z.array(FitResultSchema),
  /** The application as validated (honeypot field removed). */
  application: ApplicationSchema,
});
export type ReceivedApplication = z.infer<typeof ReceivedApplicationSchema>;
