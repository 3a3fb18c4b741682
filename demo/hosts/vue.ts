// Vue 3 with a runtime-compiled template: the full build, vue/dist/vue.esm-bundler.js, which
// vite.config.ts aliases `vue` to (with single-file components, set the same
// `isCustomElement` in @vitejs/plugin-vue's template.compilerOptions instead). `pulse-*` tags are custom elements, not Vue components;
// `:data.prop` sets the object as a DOM property, `@pulse-slice-select` listens to the event.
// Typings: dist/custom-elements-vue.d.ts registers every pulse-* tag in GlobalComponents
// (Volar checks templates with it) and exports the props per element.
import { createApp, defineComponent, h, ref } from 'vue';
import 'crm-pulse/channel-pie.js';
import 'crm-pulse/funnel.js';
import type { PulseSliceSelectEvent, PulseStageSelectEvent } from 'crm-pulse';
import type { PulseFunnelVueProps } from 'crm-pulse/custom-elements-vue';
import { channels, needs } from './sample-data.js';

/** The funnel through a render function, its props checked against the generated typings. */
const NeedsFunnel = defineComponent({
  emits: ['picked'],
  setup(_, { emit }) {
    return () =>
      h('pulse-funnel', {
        data: needs,
        theme: 'auto',
        onPulseStageSelect: (e: PulseStageSelectEvent) => emit('picked', e.detail.label),
      } satisfies PulseFunnelVueProps);
  },
});

const app = createApp({
  components: { NeedsFunnel },
  setup() {
    const lang = ref<'ru' | 'en'>('ru');
    const picked = ref('—');
    const onSlice = (e: PulseSliceSelectEvent) => (picked.value = e.detail.label);
    return { lang, picked, channels, onSlice };
  },
  template: `
    <main :lang="lang">
      <header class="bar">
        <h1>Vue 3</h1>
        <button type="button" @click="lang = lang === 'ru' ? 'en' : 'ru'">
          {{ lang === 'ru' ? 'English' : 'Русский' }}
        </button>
      </header>
      <pulse-channel-pie id="pie" theme="auto" :data.prop="channels" @pulse-slice-select="onSlice"></pulse-channel-pie>
      <needs-funnel @picked="picked = $event"></needs-funnel>
      <p class="log" role="status">{{ lang === 'ru' ? 'Выбрано' : 'Selected' }}: {{ picked }}</p>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('pulse-');
app.mount('#app');
