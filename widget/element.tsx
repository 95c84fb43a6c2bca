// <troupe-apply>: the custom element. An open shadow root holds the form and adopts the shared
// stylesheet; attributes (or the `options` property, which wins) configure it. Everything it
// starts (listeners, requests, timers) is tied to an AbortController that disconnecting aborts, so
// mounting and unmounting any number of times leaves nothing behind.
import { render } from 'preact';
import { ApplicationForm } from './application-form';
import { later } from './later';
import { ATTRIBUTES, optionsFrom, type WidgetOptions } from './options';
import { hasOutbox } from './outbox';
import { styleSheet } from './style';

export const TAG = 'troupe-apply';

/** The outbox is read once per page load (and again when the browser comes back online). */
let flushedOnLoad = false;

export class TroupeApplyElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  #options: Partial<WidgetOptions> = {};
  #abort: AbortController | null = null;
  #started = false;
  #brief: unknown;
  /** Keys the outbox delivered, or saw refused, while this element was on the page. */
  #delivered: string[] = [];
  #refused: string[] = [];

  get options(): Partial<WidgetOptions> {
    return this.#options;
  }
  set options(value: Partial<WidgetOptions>) {
    this.#options = value;
    this.#render();
  }

  connectedCallback(): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    this.#abort = new AbortController();
    const { signal } = this.#abort;
    this.#started = false;
    // Parsing the stylesheet and the first render each get their own task rather than running
    // inside the script's evaluation: on a slow phone no single task then blocks for long. The
    // sheet is always adopted before anything renders, so the form never shows unstyled.
    const nextTask = (then: () => void) => {
      const timer = setTimeout(then, 0);
      signal.addEventListener('abort', () => clearTimeout(timer));
    };
    nextTask(() => {
      root.adoptedStyleSheets = [styleSheet()];
      nextTask(() => {
        this.#started = true;
        this.#render();
      });
    });
    // Only an application queued on an earlier visit (so after that applicant interacted) causes
    // a request before interaction; a first-time visitor's page touches neither network nor storage.
    const flush = () =>
      void hasOutbox()
        .then((found) => (found ? later().then((l) => l.flushOutbox({ signal })) : []))
        .then((results) => {
          for (const r of results) {
            if (signal.aborted) break;
            if (!r.ok) {
              // Refused for good: the outbox dropped it, and the applicant must hear so.
              if (r.retryable) continue;
              this.#refused = [...this.#refused, r.idempotencyKey];
              this.#emit('error', {
                code: r.code,
                message: r.message,
                idempotencyKey: r.idempotencyKey,
                queued: false,
                fromQueue: true,
              });
              continue;
            }
            this.#delivered = [...this.#delivered, r.idempotencyKey];
            this.#emit('success', {
              id: r.id,
              status: r.status,
              idempotencyKey: r.idempotencyKey,
              fromQueue: true,
            });
          }
          this.#render();
        })
        .catch(() => {});
    if (!flushedOnLoad) {
      flushedOnLoad = true;
      flush();
    }
    window.addEventListener('online', flush, { signal });
  }

  disconnectedCallback(): void {
    this.#abort?.abort();
    this.#abort = null;
    if (this.shadowRoot) render(null, this.shadowRoot);
  }

  attributeChangedCallback(): void {
    this.#render();
  }

  #emit(name: string, detail: object): void {
    this.dispatchEvent(new CustomEvent(`troupe:${name}`, { detail, bubbles: true, composed: true }));
  }

  #resolved(): WidgetOptions {
    const options = { ...optionsFrom((name) => this.getAttribute(name)), ...this.#options };
    return { ...options, brief: options.brief ?? this.#brief };
  }

  #ready = (): void => {
    if (this.isConnected) this.#emit('ready', {});
  };

  /** First interaction: now the scorer may download and a brief URL may be fetched. */
  #start = (): void => {
    void later().catch(() => {});
    const { briefUrl, brief } = this.#resolved();
    if (brief !== undefined || !briefUrl) return;
    fetch(briefUrl, { credentials: 'omit', signal: this.#abort?.signal })
      .then((r) => (r.ok ? r.json() : undefined))
      .then((b) => {
        this.#brief = b;
        this.#render();
      })
      .catch(() => {});
  };

  #render(): void {
    if (!this.#started || !this.#abort || !this.shadowRoot) return;
    render(
      <ApplicationForm
        options={this.#resolved()}
        host={this}
        signal={this.#abort.signal}
        onStart={this.#start}
        onReady={this.#ready}
        delivered={this.#delivered}
        refused={this.#refused}
      />,
      this.shadowRoot,
    );
  }
}

/** Safe to call any number of times, from any number of copies of the bundle. */
export function defineTroupeApply(): void {
  if (!customElements.get(TAG)) customElements.define(TAG, TroupeApplyElement);
}
