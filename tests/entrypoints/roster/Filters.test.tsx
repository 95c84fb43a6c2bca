import { beforeEach, describe, expect, it } from 'vitest';
import { Filters } from '../../../entrypoints/roster/Filters';
import { createRosterState, type RosterState } from '../../../entrypoints/roster/roster-state';
import type { Segment } from '../../../shared/roster/records';
import { mount, settle, typeInto } from '../../support/scratch';
import { type FakeBackground, fakeBackground } from '../support/fake-background';

let scratch: HTMLElement;
let state: RosterState;
let background: FakeBackground;

const field = (selector: string) => scratch.querySelector(selector) as HTMLInputElement;
/** The input inside the label that reads `text` (as a screen reader names it). */
const labelled = (text: string) =>
  [...scratch.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)!.querySelector('input')!;

beforeEach(async () => {
  background = fakeBackground({
    'segments.list': () => [],
    'segments.save': (segment: Segment) => segment,
  });
  state = createRosterState();
  scratch = await mount(<Filters state={state} />);
});

describe('Filters', () => {
  it('searches what is typed in the search box', async () => {
    typeInto(field('[data-testid=roster-search]'), 'sourdough');
    expect(state.filter.value.search).toBe('sourdough');
  });

  it('shows only creators with pending claims when that box is ticked, and all again when cleared', async () => {
    const pending = labelled('pending');
    expect(pending.closest('fieldset')?.querySelector('legend')?.textContent).toBe('Applicant claims');
    pending.click();
    expect(state.filter.value.claims).toEqual(['pending']);
    await settle();
    labelled('pending').click();
    expect(state.filter.value.claims).toEqual([]);
  });

  it('reads each end of the fit-score range as a number from 0 to 100, blank for open', async () => {
    typeInto(labelled('from'), '150');
    expect(state.filter.value).toMatchObject({ scoreMin: 100, scoreMax: null });
    typeInto(labelled('to'), '-5');
    expect(state.filter.value).toMatchObject({ scoreMin: 100, scoreMax: 0 });
    typeInto(labelled('from'), '');
    typeInto(labelled('to'), '60');
    expect(state.filter.value).toMatchObject({ scoreMin: null, scoreMax: 60 });
    await settle();
    expect(labelled('to').value).toBe('60');
  });

  it('saves the shown filter as a view under its trimmed name, then empties the name', async () => {
    const save = [...scratch.querySelectorAll('button')].find((b) => b.textContent === 'Save this view')!;
    expect(save.disabled).toBe(true);
    const name = [...scratch.querySelectorAll('label')]
      .find((l) => l.textContent === 'Name')!
      .querySelector('input')!;
    typeInto(name, '  TikTok by fit ');
    state.filter.value = { ...state.filter.value, platforms: ['tiktok'] };
    await settle();
    save.click();
    await settle();
    expect(background.inputsOf('segments.save')).toEqual([
      expect.objectContaining({ name: 'TikTok by fit', filter: state.filter.value, sort: state.sort.value }),
    ]);
    expect(name.value).toBe('');
    expect(scratch.textContent).toContain('TikTok by fit');
  });
});
