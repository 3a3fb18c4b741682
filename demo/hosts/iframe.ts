// The parent side of demo/hosts/iframe.html: sends the data into the frame, listens to it.
import { channels, needs } from './sample-data.js';

const frame = document.getElementById('frame') as HTMLIFrameElement;
const log = document.getElementById('log')!;
const langButton = document.getElementById('lang') as HTMLButtonElement;
/** The only origin the parent accepts messages from, and the only one it sends to. */
const childOrigin = new URL(frame.src, location.href).origin;
let lang: 'ru' | 'en' = 'ru';

function send(): void {
  frame.contentWindow?.postMessage(
    { source: 'crm-pulse', type: 'render', lang, theme: 'auto', widgets: { pie: channels, needs } },
    childOrigin,
  );
}

window.addEventListener('message', (e: MessageEvent) => {
  if (e.origin !== childOrigin || e.source !== frame.contentWindow) return; // not our frame
  const msg = e.data as { source?: string; type?: string; height?: number; event?: string; detail?: unknown };
  if (msg?.source !== 'crm-pulse') return;
  if (msg.type === 'ready') send();
  else if (msg.type === 'height' && typeof msg.height === 'number')
    frame.style.height = `${Math.ceil(msg.height)}px`;
  else if (msg.type === 'event') log.textContent = `${msg.event} ${JSON.stringify(msg.detail)}`;
});

// The frame may have said "ready" before this module ran: send again once it has loaded.
frame.addEventListener('load', send);
langButton.addEventListener('click', () => {
  lang = lang === 'ru' ? 'en' : 'ru';
  langButton.textContent = lang === 'ru' ? 'English' : 'Русский';
  send();
});
