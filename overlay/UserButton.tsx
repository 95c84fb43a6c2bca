// Every button of the card acts only for a real user's click or key press: a script on the page (the
// site's, a third party's, an XSS) that dispatches a click gets an untrusted event and changes nothing.
import type { ComponentChildren } from 'preact';

export function UserButton({
  act,
  busy,
  kind,
  testid,
  children,
}: {
  act: () => void;
  /** What the button says while its action runs ("Saving…"); it is disabled meanwhile. */
  busy?: string | false;
  kind?: 'primary' | 'secondary';
  testid: string;
  children: ComponentChildren;
}) {
  return (
    <button
      type="button"
      class={kind}
      data-testid={testid}
      disabled={Boolean(busy)}
      onClick={(event) => {
        if (event.isTrusted) act();
      }}
    >
      {busy || children}
    </button>
  );
}
