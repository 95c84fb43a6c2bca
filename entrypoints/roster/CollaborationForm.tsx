// Logging a collaboration: compensation, deliverables, codes and links, usage rights, results, quality.
import { useSignal } from '@preact/signals';
import { callBackground } from '../../shared/roster-client';
import { collaborationFromForm } from './collaboration-form';

const field = (
  label: string,
  name: string,
  type: 'text' | 'number' | 'date' | 'url' = 'text',
  extra = {},
) => (
  <label>
    {label} <input name={name} {...({ type, ...extra } as Record<string, unknown>)} />
  </label>
);

export function CollaborationForm({ keyOf, onAdded }: { keyOf: string; onAdded: () => void }) {
  const error = useSignal<string | null>(null);
  return (
    <form
      class="collab-form"
      data-testid="collaboration-form"
      onSubmit={async (e) => {
        e.preventDefault();
        // Kept before the await: the event's currentTarget is null once the handler has yielded.
        const form = e.currentTarget as HTMLFormElement;
        try {
          await callBackground(
            'roster.addCollaboration',
            collaborationFromForm(new FormData(form), keyOf, () => crypto.randomUUID()),
          );
          error.value = null;
          form.reset();
          onAdded();
        } catch (err) {
          error.value = err instanceof Error ? err.message : String(err);
        }
      }}
    >
      {field('Date', 'date', 'date', { required: true })}
      {field('Campaign', 'campaign', 'text', { required: true })}
      <fieldset>
        <legend>Compensation (any mix; blank means none)</legend>
        {field('Fee', 'fee', 'number', { min: 0, step: 'any' })}
        {field('Product value', 'productValue', 'number', { min: 0, step: 'any' })}
        {field('Revenue share %', 'revenueSharePct', 'number', { min: 0, max: 100, step: 'any' })}
        {field('Affiliate commission %', 'affiliateCommissionPct', 'number', {
          min: 0,
          max: 100,
          step: 'any',
        })}
        {field('Currency', 'currency', 'text', { maxLength: 3, placeholder: 'USD' })}
      </fieldset>
      <fieldset>
        <legend>Deliverables</legend>
        {field('Deliverables (comma separated)', 'deliverables', 'text', {
          placeholder: '1 reel, 3 stories',
        })}
        {field('Due', 'dueDate', 'date')}
        {field('Promo codes (comma separated)', 'promoCodes')}
        {field('Tracking links (comma separated)', 'trackingLinks')}
      </fieldset>
      <fieldset>
        <legend>Usage rights</legend>
        {field('Scope in words', 'rights')}
        <label>
          <input name="organicRepost" type="checkbox" /> Organic repost
        </label>
        <label>
          <input name="paidAds" type="checkbox" /> Paid ads / whitelisting
        </label>
        <label>
          <input name="editsAllowed" type="checkbox" /> Edits allowed
        </label>
        {field('Territories (country codes, blank = worldwide)', 'territories')}
        {field('From', 'rightsStart', 'date')}
        {field('Until', 'rightsEnd', 'date')}
      </fieldset>
      <fieldset>
        <legend>Results (blank means not known)</legend>
        {field('Views or reach', 'views', 'number', { min: 0 })}
        {field('Clicks', 'clicks', 'number', { min: 0 })}
        {field('Signups', 'signups', 'number', { min: 0 })}
        {field('Revenue', 'revenue', 'number', { min: 0, step: 'any' })}
        {field('Summary', 'summary')}
        {field('Content quality (1–5)', 'rating', 'number', { min: 1, max: 5 })}
        {field('Quality note', 'qualityNote')}
      </fieldset>
      <button type="submit">Log collaboration</button>
      {error.value && (
        <p role="alert" class="error">
          {error.value}
        </p>
      )}
    </form>
  );
}
