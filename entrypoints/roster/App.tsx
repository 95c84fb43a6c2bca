// The roster page: dashboard, filters, bulk changes, export/import, the table and the detail panel.
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { BulkBar } from './BulkBar';
import { CollaborationDashboard } from './CollaborationDashboard';
import { Dashboard } from './Dashboard';
import { Detail } from './Detail';
import { Filters } from './Filters';
import { ImportExport } from './ImportExport';
import { RosterTable } from './RosterTable';
import type { RosterState } from './roster-state';

export function App({ state }: { state: RosterState }) {
  const message = useSignal<string | null>(null);
  const height = useSignal(Math.max(320, window.innerHeight - 260));
  useEffect(() => {
    const onResize = () => (height.value = Math.max(320, window.innerHeight - 260));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const open = state.openKey.value;
  return (
    <>
      <header class="top">
        <h1>Troupe roster</h1>
        <p class="counts" data-testid="roster-count" aria-live="polite">
          {state.visible.value.length.toLocaleString('en')} of {state.total.value.toLocaleString('en')}{' '}
          creators
          {state.loading.value && ' (loading…)'}
        </p>
        <a href="/options.html">Briefs and settings</a>
      </header>
      {state.error.value && (
        <p role="alert" class="error">
          {state.error.value}
        </p>
      )}
      <main class={open ? 'roster with-detail' : 'roster'}>
        <div class="side">
          <Dashboard d={state.dashboard.value} />
          <CollaborationDashboard f={state.collaborationFigures.value} />
          <Filters state={state} />
        </div>
        <div class="list">
          <ImportExport state={state} onMessage={(m) => (message.value = m)} />
          <BulkBar state={state} onChanged={(m) => (message.value = m)} />
          {message.value && (
            <p class="message" role="status" data-testid="roster-message">
              {message.value}
            </p>
          )}
          <RosterTable state={state} height={height.value} />
        </div>
        {open && (
          <Detail
            keyOf={open}
            onClose={() => (state.openKey.value = null)}
            onChanged={() => void state.reloadInPlace()}
          />
        )}
      </main>
    </>
  );
}
