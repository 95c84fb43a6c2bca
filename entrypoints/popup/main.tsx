import { render } from 'preact';
import { Popup } from './Popup';
import '../roster/style.css';

render(<Popup />, document.getElementById('app')!);
