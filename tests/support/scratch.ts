// Component tests render into a scratch element and always clean up (see docs/style.md, Preact).
import { type ComponentChild, render } from 'preact';
import { afterEach } from 'vitest';

let mounted: HTMLElement[] = [];

afterEach(() => {
  for (const scratch of mounted) {
    render(null, scratch);
    scratch.remove();
  }
  mounted = [];
});

/** Lets Preact run its effects (after the next frame) and re-render, and pending replies arrive. */
export const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function scratchElement(): HTMLElement {
  const scratch = document.createElement('div');
  document.body.append(scratch);
  mounted.push(scratch);
  return scratch;
}

/** Renders `ui` into a fresh element on the page, once its first effects have run. */
export async function mount(ui: ComponentChild): Promise<HTMLElement> {
  const scratch = scratchElement();
  render(ui, scratch);
  await settle();
  return scratch;
}

/**
 * One scratch element per test that a test renders into again and again (to see a component change
 * with its props): call the returned function inside a test.
 */
export function useScratch(): () => HTMLElement {
  let current: HTMLElement | null = null;
  afterEach(() => {
    current = null;
  });
  return () => {
    current ??= scratchElement();
    return current;
  };
}

/** Types into a field as a person would: the value changes, then the input (and change) event fires. */
export function typeInto(
  field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  text: string,
): void {
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}
