import { render } from 'preact';
import { App } from './App';
import { createRosterState } from './roster-state';
import './style.css';

const state = createRosterState();
render(<App state={state} />, document.getElementById('app')!);
// Marks when the first screen of rows is painted (read by the benchmark and the e2e test).
void state.load().then(() => performance.mark('troupe-roster-loaded'));
