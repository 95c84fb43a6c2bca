// The roster's search box, in the full roster and the side panel: typing narrows the rows shown.
import type { RosterState } from './roster-state';

export function SearchField({
  state,
  label,
  testId,
}: {
  state: RosterState;
  label: string;
  testId?: string;
}) {
  return (
    <label class="search">
      {label}
      <input
        type="search"
        data-testid={testId}
        value={state.filter.value.search}
        onInput={(e) => {
          state.filter.value = { ...state.filter.value, search: (e.currentTarget as HTMLInputElement).value };
        }}
      />
    </label>
  );
}
