// Bulk status and tag changes for the selected creators: one background transaction each.
import { useSignal } from '@preact/signals';
import { callBackground } from '../../shared/roster-client';
import { STATUSES, type Status } from '../../shared/schemas/enums';
import type { RosterState } from './roster-state';

export function BulkBar({ state, onChanged }: { state: RosterState; onChanged: (message: string) => void }) {
  const status = useSignal<Status>('contacted');
  const tag = useSignal('');
  const keys = [...state.selected.value];
  if (keys.length === 0) return null;
  const run = async (work: () => Promise<{ changed: number }>, what: string) => {
    const { changed } = await work();
    onChanged(`${what}: ${changed} changed`);
    await state.reloadInPlace();
  };
  return (
    <section class="bulk" aria-label="Change selected creators">
      <strong>{keys.length} selected</strong>
      <label>
        Status
        <select
          value={status.value}
          onChange={(e) => (status.value = (e.currentTarget as HTMLSelectElement).value as Status)}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={() =>
          run(
            () => callBackground('roster.setStatus', { keys, status: status.value }),
            `Status ${status.value}`,
          )
        }
      >
        Set status
      </button>
      <label>
        Tag
        <input
          type="text"
          value={tag.value}
          onInput={(e) => (tag.value = (e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <button
        type="button"
        disabled={!tag.value.trim()}
        onClick={() =>
          run(
            () => callBackground('roster.tag', { keys, add: [tag.value.trim()] }),
            `Tag ${tag.value.trim()}`,
          )
        }
      >
        Add tag
      </button>
      <button
        type="button"
        disabled={!tag.value.trim()}
        onClick={() =>
          run(
            () => callBackground('roster.tag', { keys, remove: [tag.value.trim()] }),
            `Untag ${tag.value.trim()}`,
          )
        }
      >
        Remove tag
      </button>
      <button type="button" onClick={() => (state.selected.value = new Set())}>
        Clear selection
      </button>
    </section>
  );
}
