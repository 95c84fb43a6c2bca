// A scratch element per test for Preact components, always cleaned up with render(null, scratch).
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/** Registers the hooks; call the returned function inside a test for the current scratch element. */
export function useScratch(): () => HTMLElement {
  let scratch: HTMLElement | null = null;
  beforeEach(() => {
    scratch = document.createElement('div');
    document.body.append(scratch);
  });
  afterEach(() => {
    if (!scratch) return;
    render(null, scratch);
    scratch.remove();
    scratch = null;
  });
  return () => {
    if (!scratch) throw new Error('useScratch: no test is running');
    return scratch;
  };
}
