import { definePulseElement } from '../../shared/register.js';
import { PulseZzTmp } from './zz-tmp.component.js';

export { PulseZzTmp };
definePulseElement('pulse-zz-tmp', PulseZzTmp);

declare global {
  interface HTMLElementTagNameMap {
    'pulse-zz-tmp': PulseZzTmp;
  }
}
