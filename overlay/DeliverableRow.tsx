// "Log as deliverable" on a post that delivers one of the creator's collaborations (its caption
// carries a code, a tracking link or the brand's tag). Only a real user's click logs it. Kept small:
// every byte here ships in each content script.
import { VERDICT_WORDS } from '../shared/roster/verdict-words';
import type { Verdict } from '../shared/schemas/enums';
import type { DeliverableMark, OverlayActions } from './overlay-state';
import { UserButton } from './UserButton';

export function DeliverableRow({ mark, actions }: { mark: DeliverableMark; actions: OverlayActions }) {
  if (mark.status === 'none' || !actions.logDeliverable) return null;
  const { offer } = mark;
  const said =
    mark.status === 'logged'
      ? `Logged${mark.verdict ? ` · disclosure: ${VERDICT_WORDS[mark.verdict as Verdict]}` : ''}`
      : mark.status === 'error'
        ? mark.message
        : '';
  return (
    <footer class="save" data-testid="troupe-deliverable">
      <UserButton act={actions.logDeliverable} testid="troupe-log-deliverable">
        {offer.logged ? 'Update deliverable' : 'Log as deliverable'}: {offer.campaign} ({offer.matched})
      </UserButton>
      {said && (
        <span role="status" data-testid="troupe-deliverable-logged">
          {said}
        </span>
      )}
    </footer>
  );
}
