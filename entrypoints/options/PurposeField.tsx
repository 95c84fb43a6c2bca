// The brief's purpose, with what each choice makes the role-fit factor look for.
import type { Brief } from '../../shared/schemas/brief';
import { BRIEF_PURPOSES, type BriefPurpose } from '../../shared/schemas/enums';

export const PURPOSE_HELP: Record<BriefPurpose, { label: string; help: string }> = {
  production: {
    label: 'Production (a creator)',
    help: 'You want content assets: craft, formats, reusable footage, usage rights. Role fit looks for long-form, tutorials, series, UGC and craft words, a portfolio link and a spread of formats.',
  },
  distribution: {
    label: 'Distribution (an influencer)',
    help: 'You want promotional posts: trusted reach, engagement and conversions. Role fit looks at tier, views against followers, engagement against the tier band, sponsored posts and the conversions of past collaborations.',
  },
  hybrid: {
    label: 'Hybrid (both)',
    help: 'Both count equally. Briefs saved before purposes existed are hybrid with a role-fit weight of 0, so their scores did not move; raise the weight to let role count.',
  },
};

export function PurposeField({
  brief,
  onChange,
}: {
  brief: Brief;
  onChange: (purpose: BriefPurpose) => void;
}) {
  return (
    <fieldset data-testid="brief-purpose">
      <legend>What is this partnership for?</legend>
      {BRIEF_PURPOSES.map((p) => (
        <label key={p} class="purpose">
          <input
            type="radio"
            name="purpose"
            value={p}
            checked={brief.purpose === p}
            onChange={() => onChange(p)}
          />{' '}
          <strong>{PURPOSE_HELP[p].label}</strong>
          <span class="muted"> {PURPOSE_HELP[p].help}</span>
        </label>
      ))}
    </fieldset>
  );
}
