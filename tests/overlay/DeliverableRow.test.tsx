import { render } from 'preact';
import { beforeEach, expect, it, vi } from 'vitest';
import { DeliverableRow } from '../../overlay/DeliverableRow';
import type { DeliverableMark } from '../../overlay/overlay-state';
import { useScratch } from '../support/scratch';

const scratch = useScratch();
const actions = {
  save: vi.fn(),
  saveConfirmed: vi.fn(),
  createStarterBrief: vi.fn(),
  logDeliverable: vi.fn(),
};
const offer = { collaborationId: 'c1', campaign: 'Summer trails', matched: 'code AMI10', logged: false };
const q = (id: string) => scratch().querySelector<HTMLElement>(`[data-testid=${id}]`);
const show = (mark: DeliverableMark) => render(<DeliverableRow mark={mark} actions={actions} />, scratch());

beforeEach(() => {
  actions.logDeliverable.mockReset();
});

it('offers to log the post with what tied it, and only a trusted click logs it', () => {
  show({ status: 'offered', offer });
  expect(q('troupe-log-deliverable')?.textContent).toBe('Log as deliverable: Summer trails (code AMI10)');
  q('troupe-log-deliverable')?.click(); // a script's click: untrusted
  expect(actions.logDeliverable).not.toHaveBeenCalled();
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  q('troupe-log-deliverable')?.dispatchEvent(event);
  expect(actions.logDeliverable).toHaveBeenCalledTimes(1);
});

it('says what was logged with the disclosure verdict, and shows nothing without an offer', () => {
  show({ status: 'logged', offer: { ...offer, logged: true }, verdict: 'missing' });
  expect(q('troupe-deliverable-logged')?.textContent).toBe('Logged · disclosure: Missing');
  expect(q('troupe-log-deliverable')?.textContent).toBe('Update deliverable: Summer trails (code AMI10)');
  show({ status: 'none' });
  expect(q('troupe-deliverable')).toBeNull();
});
