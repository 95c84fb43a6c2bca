import { effect } from '@preact/signals';
import { render } from 'preact';
import { App } from './App';
import { createRosterState } from './roster-state';
import './style.css';

const state = createRosterState();
render(<App state={state} />, document.getElementById('app')!);
// Marks when the first rows are painted and when every row has loaded (read by the benchmark).
const stop = effect(() => {
  if (state.rows.value.length === 0) return;
  requestAnimationFrame(() => performance.mark('troupe-roster-first-rows'));
  stop();
});
void state.load().then(() => performance.mark('troupe-roster-loaded'));
