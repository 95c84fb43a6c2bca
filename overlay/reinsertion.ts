// Keeps the card in the page when the site's framework removes it (React re-rendering <body>'s
// children, YouTube swapping its app shell), without fighting the page forever: at most `limit`
// re-insertions within `windowMs`, like Dark Reader.

export interface ReinsertionOptions {
  /** The element that should stay in the document. */
  host: () => Element | null;
  /** Puts it back. */
  reinsert: () => void;
  signal: AbortSignal;
  limit?: number;
  windowMs?: number;
  now?: () => number;
}

/** Watches `doc` and re-inserts the host when it disappears; returns how many times it did so. */
export function keepInserted(doc: Document, options: ReinsertionOptions): { count: () => number } {
  const { limit = 10, windowMs = 10_000, now = () => performance.now() } = options;
  const times: number[] = [];
  let count = 0;
  const observer = new MutationObserver(() => {
    const host = options.host();
    if (!host || host.isConnected) return;
    const t = now();
    while (times.length && t - (times[0] ?? 0) >= windowMs) times.shift();
    if (times.length >= limit) return;
    times.push(t);
    count++;
    options.reinsert();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  options.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return { count: () => count };
}
