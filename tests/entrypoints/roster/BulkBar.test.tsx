import { beforeEach, describe, expect, it } from 'vitest';
import { BulkBar } from '../../../entrypoints/roster/BulkBar';
import { createRosterState, type RosterState } from '../../../entrypoints/roster/roster-state';
import { mount, settle, typeInto } from '../../support/scratch';
import { type FakeBackground, fakeBackground } from '../support/fake-background';

let scratch: HTMLElement;
let state: RosterState;
let background: FakeBackground;
let said: string[];

const button = (name: string) =>
  [...scratch.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;

beforeEach(async () => {
  background = fakeBackground({
    'roster.setStatus': (input: { keys: string[] }) => ({ changed: input.keys.length }),
    'roster.tag': () => ({ changed: 1 }),
    'roster.rows': () => ({ rows: [], total: 0, next: null }),
    'collaborations.list': () => [],
    'brief.getActive': () => null,
  });
  state = createRosterState();
  said = [];
  state.selected.value = new Set(['instagram:a', 'tiktok:b']);
  scratch = await mount(<BulkBar state={state} onChanged={(m) => said.push(m)} />);
});

describe('BulkBar', () => {
  it('shows nothing while no creator is selected', async () => {
    state.selected.value = new Set();
    await settle();
    expect(scratch.innerHTML).toBe('');
  });

  it('sets the chosen status on every selected creator and says how many changed', async () => {
    expect(scratch.querySelector('strong')?.textContent).toBe('2 selected');
    typeInto(scratch.querySelector('select')!, 'pilot');
    await settle();
    button('Set status').click();
    await settle();
    expect(background.inputsOf('roster.setStatus')).toEqual([
      { keys: ['instagram:a', 'tiktok:b'], status: 'pilot' },
    ]);
    expect(said).toEqual(['Status pilot: 2 changed']);
    expect(background.inputsOf('roster.rows')).toHaveLength(1);
  });

  it('adds and removes the typed tag, trimmed, and offers neither while the tag is blank', async () => {
    expect(button('Add tag').disabled).toBe(true);
    expect(button('Remove tag').disabled).toBe(true);
    typeInto(scratch.querySelector('input[type=text]')!, '  vip ');
    await settle();
    expect(button('Add tag').disabled).toBe(false);
    button('Add tag').click();
    await settle();
    button('Remove tag').click();
    await settle();
    expect(background.inputsOf('roster.tag')).toEqual([
      { keys: ['instagram:a', 'tiktok:b'], add: ['vip'] },
      { keys: ['instagram:a', 'tiktok:b'], remove: ['vip'] },
    ]);
    expect(said).toEqual(['Tag vip: 1 changed', 'Untag vip: 1 changed']);
  });

  it('clears the selection', async () => {
    button('Clear selection').click();
    await settle();
    expect(state.selected.value.size).toBe(0);
  });
});
