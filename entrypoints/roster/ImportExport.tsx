// Export the shown rows as CSV or the whole roster as a JSON backup; import either, or applications
// exported by the receiver. The background validates and writes an import in one transaction.
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isImportProgress } from '../../shared/messages';
import { collaborationsCsv } from '../../shared/roster/collaboration-csv';
import { rosterCsv } from '../../shared/roster/csv';
import { importKind } from '../../shared/roster/import';
import { callBackground } from '../../shared/roster-client';
import type { RosterState } from './roster-state';

const TYPES = { csv: 'text/csv', json: 'application/json' } as const;

/** Saves `text` as `<file>-<today>.<format>`. */
function download(file: string, format: keyof typeof TYPES, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: TYPES[format] }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${file}-${new Date().toISOString().slice(0, 10)}.${format}`;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy once started; free the page's.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ImportExport({ state, onMessage }: { state: RosterState; onMessage: (m: string) => void }) {
  const progress = useSignal<{ done: number; total: number } | null>(null);
  const importError = useSignal<string | null>(null);
  useEffect(() => {
    const listener = (message: unknown) => {
      if (isImportProgress(message)) progress.value = { done: message.done, total: message.total };
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    importError.value = null;
    progress.value = { done: 0, total: 0 };
    try {
      const text = await file.text();
      const kind = importKind(file.name, text);
      const result =
        kind === 'applicants'
          ? await callBackground('applicants.import', { text })
          : await callBackground('roster.import', { kind, text });
      onMessage(`Imported ${file.name}: ${result.added} added, ${result.updated} updated`);
      await state.load();
    } catch (e) {
      importError.value = e instanceof Error ? e.message : String(e);
    } finally {
      progress.value = null;
      input.value = '';
    }
  };

  return (
    <section class="transfer" aria-label="Export and import">
      <button
        type="button"
        data-testid="export-csv"
        onClick={() => download('troupe-roster', 'csv', rosterCsv(state.visible.value))}
      >
        Export CSV ({state.visible.value.length})
      </button>
      <button
        type="button"
        data-testid="export-backup"
        onClick={async () =>
          download('troupe-backup', 'json', JSON.stringify(await callBackground('roster.backup', {})))
        }
      >
        Full backup (JSON)
      </button>
      <button
        type="button"
        data-testid="export-collaborations"
        onClick={async () =>
          download(
            'troupe-collaborations',
            'csv',
            collaborationsCsv(await callBackground('collaborations.list', {})),
          )
        }
      >
        Collaborations CSV
      </button>
      <label class="file">
        Import CSV, backup or applications
        <input
          type="file"
          data-testid="import-file"
          accept=".csv,.json,.jsonl,.ndjson,text/csv,application/json"
          onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)}
        />
      </label>
      {progress.value && (
        <label>
          Importing
          <progress
            data-testid="import-progress"
            max={progress.value.total || undefined}
            value={progress.value.total ? progress.value.done : undefined}
          />
        </label>
      )}
      {importError.value && (
        <p role="alert" class="error" data-testid="import-error">
          {importError.value}
        </p>
      )}
    </section>
  );
}
