import '../src/widgets/channel-pie/channel-pie.js';
import { channelMany, channelMoney, channelSeed } from '../test/fixtures/channel-pie.js';

const titles: Record<string, Record<string, string>> = {
  ru: {
    title: 'Отдел сопровождения',
    language: 'Язык',
    theme: 'Тема',
    channels: 'Каналы продаж за год',
    interest: 'Первичный интерес по каналам',
    money: 'Подключения и отключения, ₽',
  },
  en: {
    title: 'Subscription service department',
    language: 'Language',
    theme: 'Theme',
    channels: 'Sales channels of the year',
    interest: 'Primary interest by channel',
    money: 'Connections and disconnections, RUB',
  },
};

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
byId('channels').data = channelSeed;
byId('interest').data = channelMany;
byId('money').data = channelMoney;

const lang = byId<HTMLSelectElement>('lang');
const theme = byId<HTMLSelectElement>('theme');
const params = new URLSearchParams(location.search);
lang.value = params.get('lang') ?? 'ru';
theme.value = params.get('theme') ?? 'auto';

function apply(): void {
  document.documentElement.lang = lang.value;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = titles[lang.value][el.getAttribute('data-i18n')!];
  for (const el of document.querySelectorAll('pulse-channel-pie')) el.setAttribute('theme', theme.value);
  document.body.style.colorScheme = theme.value === 'auto' ? '' : theme.value;
}
lang.addEventListener('change', apply);
theme.addEventListener('change', apply);
apply();

document.addEventListener('pulse-slice-select', (e) => {
  byId('log').textContent = `pulse-slice-select ${JSON.stringify(e.detail)}`;
});
