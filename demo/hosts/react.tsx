// React 19 renders custom elements natively: an object prop (`data`) is set as a property,
// `on<event-name>` props are added as event listeners. The JSX typings of every <pulse-*>
// tag come from the package (generated from custom-elements.json at build time).
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'crm-pulse/channel-pie.js'; // registers <pulse-channel-pie>
import 'crm-pulse/funnel.js'; // registers <pulse-funnel>
// JSX.IntrinsicElements for <pulse-*>: props, and handlers with the event's typed `detail`.
import type {} from 'crm-pulse/custom-elements-jsx';
import { channels, needs } from './sample-data.js';

function App() {
  const [lang, setLang] = useState<'ru' | 'en'>('ru');
  const [picked, setPicked] = useState('—');
  return (
    <main lang={lang}>
      <header className="bar">
        <h1>React 19</h1>
        <button type="button" onClick={() => setLang(lang === 'ru' ? 'en' : 'ru')}>
          {lang === 'ru' ? 'English' : 'Русский'}
        </button>
      </header>
      <pulse-channel-pie
        id="pie"
        data={channels}
        theme="auto"
        onpulse-slice-select={(e) => setPicked(e.detail.label)}
      />
      <pulse-funnel data={needs} onpulse-stage-select={(e) => setPicked(e.detail.label)} />
      <p className="log" role="status">
        {lang === 'ru' ? 'Выбрано' : 'Selected'}: {picked}
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
