import { translated, type Messages } from '../../shared/messages.js';

export type Key =
  | 'label'
  | 'owner'
  | 'allOwners'
  | 'refresh'
  | 'fullscreen'
  | 'exitFullscreen'
  | 'exportPng'
  | 'exportSvg'
  | 'exportCsv'
  | 'actions'
  | 'widgetError'
  | 'configError'
  | 'untitled'
  | 'filtered'
  | 'noChart'
  | 'partFailed'
  | 'segment'
  | 'potential'
  | 'abcCell'
  | 'abcNoXyz'
  | 'colors'
  | 'red'
  | 'yellow'
  | 'green'
  | 'lost'
  | 'clientOne'
  | 'clientFew'
  | 'clientMany'
  | 'clearClients'
  | 'funnel'
  | 'lifecycle-grid'
  | 'traffic-light-pool'
  | 'debt-table'
  | 'abc-xyz-matrix'
  | 'channel-pie';

const ru: Record<Key, string> = {
  label: 'Панель показателей',
  owner: 'Ответственный',
  allOwners: 'Все',
  refresh: 'Обновить «{title}»',
  fullscreen: 'Во весь экран: «{title}»',
  exitFullscreen: 'Закрыть полноэкранный режим',
  exportPng: 'Скачать «{title}» как PNG',
  exportSvg: 'Скачать «{title}» как SVG',
  exportCsv: 'Скачать данные «{title}» в CSV',
  actions: 'Действия: «{title}»',
  widgetError: 'Виджет не настроен',
  configError: 'Настройка панели не принята',
  untitled: 'Без названия',
  filtered: 'Отбор: {owner}',
  noChart: 'У этого виджета нет диаграммы для экспорта',
  partFailed: 'Не удалось загрузить эту функцию. Обновите страницу',
  segment: 'Сегмент {n}: {name}',
  potential: 'Потенциальные клиенты',
  abcCell: 'Ячейка {cell}',
  abcNoXyz: 'Ячейка {abc} без XYZ',
  colors: 'Лампочки: {colors}',
  red: 'красные',
  yellow: 'жёлтые',
  green: 'зелёные',
  lost: 'Потерянные клиенты',
  clientOne: 'клиент',
  clientFew: 'клиента',
  clientMany: 'клиентов',
  clearClients: 'Снять отбор «{label}»',
  funnel: 'Воронка',
  'lifecycle-grid': 'Жизненный цикл клиентов',
  'traffic-light-pool': 'Лампочки',
  'debt-table': 'Дебиторская задолженность',
  'abc-xyz-matrix': 'ABC/XYZ-анализ',
  'channel-pie': 'Каналы продаж',
};

/** English texts load on demand (see `translated`): a Russian page never fetches them. */
export const messages: Messages<Key> = translated(ru, () =>
  import('./dashboard.messages.en.js').then((m) => m.en),
);
