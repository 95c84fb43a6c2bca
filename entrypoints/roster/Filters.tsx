// Search, filters and saved views (segments) for the roster table.
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { EMPTY_FILTER } from '../../shared/roster/filter';
import {
  CLAIM_FILTERS,
  DISCLOSURE_RECORDS,
  type RosterFilter,
  type Segment,
} from '../../shared/roster/records';
import { callBackground } from '../../shared/roster-client';
import { PLATFORMS, POST_FORMATS, ROLES, STATUSES, TIERS } from '../../shared/schemas/enums';
import type { RosterState } from './roster-state';
import { SearchField } from './SearchField';
import { TextField } from './TextField';

type ListKey =
  | 'platforms'
  | 'tiers'
  | 'roles'
  | 'statuses'
  | 'disclosure'
  | 'tags'
  | 'niches'
  | 'formats'
  | 'claims';

function Choices({
  state,
  field,
  legend,
  options,
}: {
  state: RosterState;
  field: ListKey;
  legend: string;
  options: readonly string[];
}) {
  const chosen = (state.filter.value[field] ?? []) as string[];
  return (
    <fieldset class="choices">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option}>
          <input
            type="checkbox"
            data-testid={`filter-${field}-${option}`}
            checked={chosen.includes(option)}
            onChange={() => {
              const next = chosen.includes(option) ? chosen.filter((o) => o !== option) : [...chosen, option];
              state.filter.value = { ...state.filter.value, [field]: next } as RosterFilter;
            }}
          />
          {option}
        </label>
      ))}
    </fieldset>
  );
}

/** The fit-score range's two ends, each a number from 0 to 100 or empty for open. */
const SCORE_BOUNDS = [
  { bound: 'scoreMin', label: 'from', testId: 'filter-score-min' },
  { bound: 'scoreMax', label: 'to', testId: 'filter-score-max' },
] as const;

function scoreInput(value: string): number | null {
  if (value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? Math.min(100, Math.max(0, n)) : null;
}

export function Filters({ state }: { state: RosterState }) {
  const segments = useSignal<Segment[]>([]);
  const viewName = useSignal('');
  const filter = state.filter.value;
  // Reloaded with the rows, so views restored from a backup appear without reloading the page.
  const revision = state.revision.value;
  useEffect(() => {
    void callBackground('segments.list', {}).then((list) => {
      segments.value = list;
    });
  }, [revision]);
  const tags = state.tags.value;

  return (
    <section class="filters" aria-label="Filters">
      <SearchField state={state} label="Search handle, name, bio and notes" testId="roster-search" />
      <Choices state={state} field="platforms" legend="Platform" options={PLATFORMS} />
      <Choices state={state} field="statuses" legend="Status" options={STATUSES} />
      <Choices state={state} field="tiers" legend="Tier" options={TIERS} />
      <Choices state={state} field="roles" legend="Role" options={ROLES} />
      <Choices state={state} field="disclosure" legend="Disclosure record" options={DISCLOSURE_RECORDS} />
      {tags.length > 0 && <Choices state={state} field="tags" legend="Tags" options={tags} />}
      {state.niches.value.length > 0 && (
        <Choices
          state={state}
          field="niches"
          legend="Niche (brief niches matched)"
          options={state.niches.value}
        />
      )}
      <Choices state={state} field="formats" legend="Format" options={POST_FORMATS} />
      <Choices state={state} field="claims" legend="Applicant claims" options={CLAIM_FILTERS} />
      <fieldset class="choices">
        <legend>Fit score</legend>
        {SCORE_BOUNDS.map(({ bound, label, testId }) => (
          <label key={bound}>
            {label}
            <input
              type="number"
              min={0}
              max={100}
              data-testid={testId}
              value={filter[bound] ?? ''}
              onInput={(e) => {
                state.filter.value = {
                  ...state.filter.value,
                  [bound]: scoreInput((e.currentTarget as HTMLInputElement).value),
                };
              }}
            />
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={() => (state.filter.value = EMPTY_FILTER)}>
        Clear filters
      </button>
      <fieldset class="choices">
        <legend>Saved views</legend>
        {segments.value.map((s) => (
          <span key={s.id} class="segment">
            <button
              type="button"
              onClick={() => {
                state.filter.value = { ...EMPTY_FILTER, ...s.filter };
                if (s.sort) state.sort.value = s.sort;
              }}
            >
              {s.name}
            </button>
            <button
              type="button"
              aria-label={`Delete saved view ${s.name}`}
              onClick={async () => {
                await callBackground('segments.remove', { id: s.id });
                segments.value = segments.value.filter((x) => x.id !== s.id);
              }}
            >
              ×
            </button>
          </span>
        ))}
        <TextField label="Name" text={viewName} />
        <button
          type="button"
          disabled={!viewName.value.trim()}
          onClick={async () => {
            const saved = await callBackground('segments.save', {
              id: crypto.randomUUID(),
              name: viewName.value.trim(),
              filter: state.filter.value,
              sort: state.sort.value,
            });
            segments.value = [...segments.value, saved];
            viewName.value = '';
          }}
        >
          Save this view
        </button>
      </fieldset>
    </section>
  );
}
