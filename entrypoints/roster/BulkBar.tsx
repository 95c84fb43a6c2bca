// Bulk status and tag changes for the selected creators: one background transaction each.
import { useSignal } from '@preact/signals';
import { callBackground } from '../../shared/roster-client';
import type { Status } from '../../shared/schemas/enums';
import type { RosterState } from './roster-state';
import { StatusSelect } from './StatusSelect';
import { TextField } from './TextField';

export function BulkBar({ state, onChanged }: { state: RosterState; onChanged: (message: string) => void }) {
  const status = useSignal<Status>('contacted');
  const tag = useSignal('');
  const keys = [...state.selected.value];
  if (keys.length === 0) return null;
  const name = tag.value.trim();
  /** A button that makes one change to every selected creator and says how many it changed. */
  const change = (
    label: string,
    what: string,
    work: () => Promise<{ changed: number }>,
    disabled = false,
  ) => (
    <button
      type="button"
      disabled={disabled}
      onClick={async () => {
        const { changed } = await work();
        onChanged(`${what}: ${changed} changed`);
        await state.reloadInPlace();
      }}
    >
      {label}
    </button>
  );
  return (
    <section class="bulk" aria-label="Change selected creators">
      <strong>{keys.length} selected</strong>
      <StatusSelect value={status.value} onChange={(s) => (status.value = s)} />
      {change('Set status', `Status ${status.value}`, () =>
        callBackground('roster.setStatus', { keys, status: status.value }),
      )}
      <TextField label="Tag" text={tag} />
      {change('Add tag', `Tag ${name}`, () => callBackground('roster.tag', { keys, add: [name] }), !name)}
      {change(
        'Remove tag',
        `Untag ${name}`,
        () => callBackground('roster.tag', { keys, remove: [name] }),
        !name,
      )}
      <button type="button" onClick={() => (state.selected.value = new Set())}>
        Clear selection
      </button>
    </section>
  );
}
