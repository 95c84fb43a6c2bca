// The side panel: the roster compact, searchable, beside the page being browsed.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Detail } from '../roster/Detail';
import { RosterTable } from '../roster/RosterTable';
import { createRosterState } from '../roster/roster-state';
import { SearchField } from '../roster/SearchField';
import '../roster/style.css';

const state = createRosterState();

function SidePanel() {
  const open = state.openKey.value;
  return (
    <main style={{ padding: '0.5rem' }}>
      <h1 style={{ fontSize: '1rem', margin: 0 }}>Roster ({state.total.value})</h1>
      <SearchField state={state} label="Search" />
      {open ? (
        <Detail
          keyOf={open}
          onClose={() => (state.openKey.value = null)}
          onChanged={() => void state.load()}
        />
      ) : (
        <RosterTable state={state} compact height={Math.max(300, window.innerHeight - 120)} />
      )}
      <button
        type="button"
        onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/roster.html') })}
      >
        Open full roster
      </button>
    </main>
  );
}

render(<SidePanel />, document.getElementById('app')!);
void state.load();
