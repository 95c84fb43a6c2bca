// What the card shows, as signals: the content script writes them, Card.tsx reads them.
import { type Signal, signal } from '@preact/signals';
import type { DeliverableOffer, OverlayAssessment } from '../shared/messages';
import type { FigureJump } from '../shared/roster/figure-jumps';

export type CardState =
  | { phase: 'reading' }
  | { phase: 'unreadable'; message: string }
  | {
      phase: 'ready';
      assessment: OverlayAssessment;
      /** The posts the figures rest on, in words (counted in the background). */
      sample?: string;
    };

export type RosterMark =
  | { status: 'unknown' }
  | { status: 'absent' }
  | { status: 'saving' }
  | { status: 'in-roster'; snapshotCount: number; updatedAt: string; savedNow: boolean; updated: boolean }
  | { status: 'error'; message: string }
  /** Not saved: the page's figures differ sharply from the saved ones; the card asks first. */
  | { status: 'held'; jumps: FigureJump[] };

/** "Log as deliverable": offered on a post that delivers one of the creator's collaborations. */
export type DeliverableMark =
  | { status: 'none' }
  | { status: 'offered'; offer: DeliverableOffer }
  | { status: 'logged'; offer: DeliverableOffer; verdict: string | null }
  | { status: 'error'; offer: DeliverableOffer; message: string };

export type StarterState = { status: 'idle' } | { status: 'creating' } | { status: 'error'; message: string };

export interface OverlayStore {
  card: Signal<CardState>;
  roster: Signal<RosterMark>;
  starter: Signal<StarterState>;
  deliverable: Signal<DeliverableMark>;
  collapsed: Signal<boolean>;
}

export function createOverlayStore(): OverlayStore {
  return {
    card: signal<CardState>({ phase: 'reading' }),
    roster: signal<RosterMark>({ status: 'unknown' }),
    starter: signal<StarterState>({ status: 'idle' }),
    deliverable: signal<DeliverableMark>({ status: 'none' }),
    collapsed: signal(false),
  };
}

export interface OverlayActions {
  save: () => void;
  /** Saves after the marketer saw the sharp change of figures the last save was held for. */
  saveConfirmed: () => void;
  createStarterBrief: () => void;
  /** Logs the open post on the collaboration it delivers (absent where the card cannot). */
  logDeliverable?: () => void;
}
