// Opened once, on install: what Troupe does and the three steps to a first saved creator.
import { useSignal } from '@preact/signals';
import { callBackground } from '../../shared/roster-client';

export function Welcome() {
  const starter = useSignal<'idle' | 'creating' | 'ready' | string>('idle');
  return (
    <main class="welcome">
      <h1>Welcome to Troupe</h1>
      <p>
        Troupe shows, on a creator's profile or post, how well they fit your creator community and why,
        whether their sponsored posts are disclosed, and saves them to your roster with one click. Nothing you
        browse leaves your browser.
      </p>
      <ol>
        <li>
          <h2>Describe your community in a brief</h2>
          <p>The niches, values and audience you want, what is off-limits, where you disclose.</p>
          <p class="actions">
            <button
              type="button"
              data-testid="welcome-starter"
              disabled={starter.value === 'creating' || starter.value === 'ready'}
              onClick={async () => {
                starter.value = 'creating';
                try {
                  await callBackground('brief.createStarter', {});
                  await callBackground('settings.save', { onboarded: true });
                  starter.value = 'ready';
                } catch (e) {
                  starter.value = e instanceof Error ? e.message : String(e);
                }
              }}
            >
              {starter.value === 'ready' ? 'Starter brief ready' : 'Start with the starter brief'}
            </button>
            <a href="/options.html">Write my own brief</a>
          </p>
          {starter.value === 'ready' && (
            <p role="status">The starter brief is active: edit it any time in Briefs and settings.</p>
          )}
          {!['idle', 'creating', 'ready'].includes(starter.value) && (
            <p role="alert" class="error">
              {starter.value}
            </p>
          )}
        </li>
        <li>
          <h2>Open a creator's page</h2>
          <p>
            On Instagram, TikTok, YouTube, X or Twitch the Troupe card appears at the bottom right.
            Alt+Shift+T opens it from the keyboard.
          </p>
        </li>
        <li>
          <h2>Save them to your roster</h2>
          <p class="actions">
            <a href="/roster.html">Open the roster</a>
            <span class="muted">or keep it beside the page in the side panel (from the toolbar button).</span>
          </p>
        </li>
      </ol>
    </main>
  );
}
