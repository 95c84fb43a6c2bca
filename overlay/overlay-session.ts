// One tab's overlay over time: each navigation (first load or in-app) starts a visit that reads the
// page, asks the background to assess the reading against the active brief and fills the card;
// leaving a creator page removes the card. Every visit owns an AbortController, aborted by the next
// visit or by the content script's own invalidation, so nothing from a previous creator's page leaks
// into the next. While a visit lasts, the answers of the web app's own API calls (live-answers.ts)
// add posts and missing facts to the page reading, and the card is re-assessed as they arrive.
import type { OverlayAssessment, RosterApi, RosterEntry, RosterSave } from '../shared/messages';
import type { ApiReading } from '../shared/platforms/contract';
import { addApiReading, EMPTY_LIVE_READING, type LiveReading } from '../shared/platforms/live-reading';
import type { CallBackground } from '../shared/roster-client';
import { creatorKey } from '../shared/schemas/creator-key';
import { disclosuresForRoster } from './assessment';
import type { OverlayActions, OverlayStore, RosterMark } from './overlay-state';
import { type Extraction, type ExtractPage, identityOf, readPage } from './page-reading';

type Question = Parameters<RosterApi['overlay.assess']>[0];

export interface OverlayDeps {
  doc: Document;
  /** True on a creator profile or post URL of this script's platform. */
  recognise: (url: string) => boolean;
  extract: ExtractPage;
  /** The creator handle a URL names, when it names one (the adapter's matchUrl). */
  handleOf?: (url: string) => string | null;
  call: CallBackground;
  /** Shows and hides the card's host element. */
  show: () => void;
  hide: () => void;
  store: OverlayStore;
  signal: AbortSignal;
  settleMs?: number;
}

export interface OverlaySession {
  visit: (url: string) => void;
  /** One API answer's reading, read while `pageUrl` was open (see live-answers.ts). */
  apiReading: (reading: ApiReading, pageUrl: string) => void;
  actions: OverlayActions;
  /** Called by the card after it renders a state; records navigation → card time. */
  rendered: (phase: string) => number | null;
  /** What the card shows now, as a roster save (the popup's quick save); null before it is ready. */
  current: () => RosterSave | null;
  /** Assesses the reading shown again (the active brief changed). */
  rescore: () => Promise<void>;
}

export function createOverlaySession(deps: OverlayDeps): OverlaySession {
  const { store } = deps;
  let visitController: AbortController | null = null;
  let visitStartedAt = 0;
  let timed = false;
  let lastIdentity: string | null = null;
  let current: { question: Question; assessment: OverlayAssessment } | null = null;
  /** The roster key whose entry the card's save row shows; looked up once per creator per visit. */
  let markedKey = '';
  /** Readings are numbered per tab: an answer older than the one shown is dropped. */
  let asked = 0;
  let shown = 0;
  /** This visit's URL, page reading and API readings; the card shows their merge. */
  let visitUrl: string | null = null;
  let pageExtraction: Extraction | null = null;
  let live: LiveReading = EMPTY_LIVE_READING;

  /**
   * Asks the background about a reading and shows the answer. False when it could not: the card
   * then says so instead of going stale.
   */
  const assessAndShow = async (question: Question, signal: AbortSignal | undefined): Promise<boolean> => {
    const seq = ++asked;
    let answer: Awaited<ReturnType<RosterApi['overlay.assess']>>;
    try {
      answer = await deps.call('overlay.assess', question);
    } catch (error) {
      if (signal?.aborted || seq < shown) return false;
      shown = seq;
      current = null;
      store.card.value = { phase: 'unreadable', message: `Troupe could not assess it: ${messageOf(error)}` };
      return false;
    }
    if (signal?.aborted || seq < shown) return false;
    shown = seq;
    const { assessment, entry, sample, deliverable } = answer;
    current = { question, assessment };
    store.card.value = { phase: 'ready', assessment, sample };
    store.deliverable.value = deliverable ? { status: 'offered', offer: deliverable } : { status: 'none' };
    const key = creatorKey(assessment.profile);
    if (key !== markedKey) {
      markedKey = key;
      store.roster.value = markOf(entry);
    }
    return true;
  };

  /** What the background assesses: the page reading and the live answers (it merges them). */
  const question = (): Question | null => {
    const openHandle = visitUrl ? (deps.handleOf?.(visitUrl) ?? null) : null;
    // Without a page reading, only answers about the creator the URL names can stand in for it.
    if (!pageExtraction && !(openHandle && live.profiles.length)) return null;
    return { extraction: pageExtraction, live, openHandle };
  };

  /** Asks about the latest page reading and answers; an answer older than the one shown is dropped. */
  const reassess = (signal: AbortSignal) => {
    const next = question();
    if (next) void assessAndShow(next, signal);
  };

  const apiReading = (reading: ApiReading, pageUrl: string) => {
    if (deps.signal.aborted) return;
    // Read while another page was open (a late answer of the previous creator): not this page's.
    if (pageUrl !== visitUrl || !visitController) return;
    // Without a handle in the URL (YouTube /channel/UC…), the background's merge still keeps only
    // readings about the page reading's creator.
    const open = deps.handleOf?.(pageUrl) ?? null;
    const next = addApiReading(live, reading, open);
    if (next === live) return;
    live = next;
    reassess(visitController.signal);
  };

  const visit = (url: string) => {
    visitController?.abort();
    visitUrl = null;
    pageExtraction = null;
    live = EMPTY_LIVE_READING;
    if (deps.signal.aborted) return;
    if (!deps.recognise(url)) {
      visitController = null;
      current = null;
      deps.hide();
      return;
    }
    const controller = new AbortController();
    visitController = controller;
    const { signal } = controller;
    deps.signal.addEventListener('abort', () => controller.abort(), { once: true, signal });
    visitStartedAt = performance.now();
    timed = false;
    const previousIdentity = lastIdentity;
    current = null;
    markedKey = '';
    shown = asked;
    visitUrl = url;
    store.card.value = { phase: 'reading' };
    store.roster.value = { status: 'unknown' };
    store.deliverable.value = { status: 'none' };
    deps.show();
    readPage(
      deps.doc,
      url,
      deps.extract,
      signal,
      (extraction) => {
        lastIdentity = identityOf(extraction);
        pageExtraction = extraction;
        reassess(signal);
      },
      (error) => {
        // A web app that renders from its API may still have told us the creator.
        if (signal.aborted || question()) return;
        store.card.value = { phase: 'unreadable', message: messageOf(error) };
      },
      { previousIdentity, settleMs: deps.settleMs },
    );
  };

  const forRoster = (): RosterSave | null => {
    if (!current) return null;
    const { assessment } = current;
    return {
      profile: assessment.profile,
      fit: assessment.scored ? assessment.fit : null,
      disclosures: disclosuresForRoster(assessment),
    };
  };

  const save = async (confirmFigures: boolean) => {
    const input = forRoster();
    if (!input) return;
    const signal = visitController?.signal;
    store.roster.value = { status: 'saving' };
    try {
      const { entry, updated, held } = await deps.call('roster.save', { ...input, confirmFigures });
      if (signal?.aborted) return;
      if (held?.length) {
        store.roster.value = { status: 'held', jumps: held };
        return;
      }
      store.roster.value = {
        status: 'in-roster',
        snapshotCount: entry.snapshotCount,
        updatedAt: entry.updatedAt,
        savedNow: true,
        updated,
      };
    } catch (error) {
      if (!signal?.aborted)
        store.roster.value = { status: 'error', message: `Not saved: ${messageOf(error)}` };
    }
  };

  // A later click logs the post's new figures again: the background keeps each capture.
  const logDeliverable = async () => {
    const mark = store.deliverable.value;
    // A deliverable is the post the page itself shows: live answers add figures, never the post.
    const extraction = current?.question.extraction;
    if (!extraction || mark.status === 'none') return;
    const offer = { ...mark.offer, logged: true };
    try {
      const logged = await deps.call('collaborations.logDeliverable', { extraction });
      store.deliverable.value = {
        status: 'logged',
        offer,
        verdict: logged.deliverable.disclosure?.report.verdict ?? null,
      };
    } catch (error) {
      store.deliverable.value = { status: 'error', offer: mark.offer, message: messageOf(error) };
    }
  };

  const createStarterBrief = async () => {
    store.starter.value = { status: 'creating' };
    try {
      await deps.call('brief.createStarter', {});
      store.starter.value = { status: 'idle' };
      if (current) await assessAndShow(current.question, visitController?.signal);
    } catch (error) {
      store.starter.value = { status: 'error', message: messageOf(error) };
    }
  };

  return {
    visit,
    apiReading,
    actions: {
      save: () => void save(false),
      saveConfirmed: () => void save(true),
      createStarterBrief: () => void createStarterBrief(),
      logDeliverable: () => void logDeliverable(),
    },
    rendered: (phase) => {
      if (phase !== 'ready' || timed) return null;
      timed = true;
      return performance.now() - visitStartedAt;
    },
    current: forRoster,
    rescore: async () => {
      if (current) await assessAndShow(current.question, visitController?.signal);
    },
  };
}

function markOf(entry: RosterEntry | null): RosterMark {
  return entry
    ? {
        status: 'in-roster',
        snapshotCount: entry.snapshotCount,
        updatedAt: entry.updatedAt,
        savedNow: false,
        updated: false,
      }
    : { status: 'absent' };
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return error ? String(error) : 'The page did not show a creator we recognise.';
}
