import { render } from 'preact';
import { expect, it, vi } from 'vitest';
import { UserButton } from '../../overlay/UserButton';
import { useScratch } from '../support/scratch';

const scratch = useScratch();
const button = () => scratch().querySelector<HTMLButtonElement>('[data-testid=troupe-save]');
const userClick = () => {
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  button()?.dispatchEvent(event);
};

const show = (act: () => void, more: { busy?: string | false; kind?: 'primary' } = {}) =>
  render(
    <UserButton act={act} testid="troupe-save" {...more}>
      Save to roster
    </UserButton>,
    scratch(),
  );

it("acts on a user's click only, never on a click a page script dispatches", () => {
  const act = vi.fn();
  show(act, { kind: 'primary' });
  button()?.click(); // a script's click: untrusted
  button()?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  expect(act).not.toHaveBeenCalled();
  userClick();
  expect(act).toHaveBeenCalledTimes(1);
  expect([button()?.className, button()?.type, button()?.disabled]).toEqual(['primary', 'button', false]);
});

it('says what it is doing and is disabled while its action runs', () => {
  const act = vi.fn();
  show(act, { busy: 'Saving…' });
  expect([button()?.textContent, button()?.disabled]).toEqual(['Saving…', true]);
  userClick();
  expect(act).not.toHaveBeenCalled();
  show(act, { busy: false });
  expect([button()?.textContent, button()?.disabled, button()?.hasAttribute('class')]).toEqual([
    'Save to roster',
    false,
    false,
  ]);
});
