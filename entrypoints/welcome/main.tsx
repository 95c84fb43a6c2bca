import { render } from 'preact';
import { Welcome } from './Welcome';
import '../roster/style.css';
import './welcome.css';

render(<Welcome />, document.getElementById('app')!);
