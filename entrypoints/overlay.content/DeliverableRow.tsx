// "Log as deliverable" on a post that delivers one of the creator's collaborations (its caption
// carries a code, a tracking link or the brand's tag). Only a real user's click logs it.
import type { DeliverableMark, OverlayActions } from './overlay-state';

const VERDICT_WORDS: Record<string, string> = {
  disclosed: 'disclosed',
  late: 'disclosed late',
  ambiguous: 'ambiguously disclosed',
  missing: 'not disclosed',
  not_needed: 'no disclosure needed',
};

export function DeliverableRow({
  mark,
  actions,
  byUser,
}: {
  mark: DeliverableMark;
  actions: OverlayActions;
  byUser: (act: () => void) => (event: Event) => void;
}) {
  if (mark.status === 'none' || !actions.logDeliverable) return null;
  const { offer } = mark;
  return (
    <footer class="save deliverable" data-testid="troupe-deliverable">
      <p class="muted">
        Delivers “{offer.campaign}” ({offer.matched})
      </p>
      <button
        type="button"
        data-testid="troupe-log-deliverable"
        disabled={mark.status === 'logging'}
        onClick={byUser(actions.logDeliverable)}
      >
        {mark.status === 'logging'
          ? 'Logging…'
          : offer.logged
            ? 'Update deliverable figures'
            : 'Log as deliverable'}
      </button>
      {mark.status === 'logged' && (
        <span role="status" data-testid="troupe-deliverable-logged">
          {mark.updated ? 'Figures updated' : 'Logged'} on the collaboration
          {mark.verdict && ` · ${VERDICT_WORDS[mark.verdict] ?? mark.verdict}`}
        </span>
      )}
      {mark.status === 'error' && (
        <span role="alert" class="error">
          {mark.message}
        </span>
      )}
    </footer>
  );
}
