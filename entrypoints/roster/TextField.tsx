// A one-line text field that keeps what is typed in a signal (the bulk bar's tag, a saved view's name).
import type { Signal } from '@preact/signals';

export function TextField({ label, text }: { label: string; text: Signal<string> }) {
  return (
    <label>
      {label}
      <input
        type="text"
        value={text.value}
        onInput={(e) => (text.value = (e.currentTarget as HTMLInputElement).value)}
      />
    </label>
  );
}
