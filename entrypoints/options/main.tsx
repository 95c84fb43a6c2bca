import { render } from 'preact';
import { Options } from './Options';
import '../roster/style.css';
import './options.css';

render(<Options />, document.getElementById('app')!);
