// Angular 21: a standalone, zoneless component. CUSTOM_ELEMENTS_SCHEMA lets the template use
// <pulse-*> tags; `[data]` sets the DOM property, `(pulse-slice-select)` listens to the event.
// This page compiles the template in the browser (JIT, hence @angular/compiler first); an
// Angular CLI project compiles it ahead of time with the same component code.
import '@angular/compiler';
import {
  ChangeDetectionStrategy,
  Component,
  CUSTOM_ELEMENTS_SCHEMA,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import 'crm-pulse/channel-pie.js';
import 'crm-pulse/funnel.js';
import type { PulseSliceSelectEvent, PulseStageSelectEvent } from 'crm-pulse';
import { channels, needs } from './sample-data.js';

@Component({
  selector: 'crm-demo-app',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main [attr.lang]="lang()">
      <header class="bar">
        <h1>Angular 21</h1>
        <button type="button" (click)="toggleLang()">{{ lang() === 'ru' ? 'English' : 'Русский' }}</button>
      </header>
      <pulse-channel-pie
        id="pie"
        theme="auto"
        [data]="channels"
        (pulse-slice-select)="onSlice($event)"
      ></pulse-channel-pie>
      <pulse-funnel [data]="needs" (pulse-stage-select)="onStage($event)"></pulse-funnel>
      <p class="log" role="status">{{ lang() === 'ru' ? 'Выбрано' : 'Selected' }}: {{ picked() }}</p>
    </main>
  `,
})
class App {
  readonly channels = channels;
  readonly needs = needs;
  readonly lang = signal<'ru' | 'en'>('ru');
  readonly picked = signal('—');

  toggleLang(): void {
    this.lang.set(this.lang() === 'ru' ? 'en' : 'ru');
  }
  onSlice(e: Event): void {
    this.picked.set((e as PulseSliceSelectEvent).detail.label);
  }
  onStage(e: Event): void {
    this.picked.set((e as PulseStageSelectEvent).detail.label);
  }
}

bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] }).catch((e: unknown) =>
  console.error(e),
);
