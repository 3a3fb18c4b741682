import type { Messages } from '../../shared/messages.js';

export const messages: Messages<
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
  | 'channel-pie'
> = {
  ru: {
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
  },
  en: {
    label: 'Dashboard',
    owner: 'Owner',
    allOwners: 'All',
    refresh: 'Refresh “{title}”',
    fullscreen: 'Full screen: “{title}”',
    exitFullscreen: 'Exit full screen',
    exportPng: 'Download “{title}” as PNG',
    exportSvg: 'Download “{title}” as SVG',
    exportCsv: 'Download the data of “{title}” as CSV',
    actions: 'Actions: “{title}”',
    widgetError: 'The widget is not configured',
    configError: 'The dashboard config was not accepted',
    untitled: 'Untitled',
    filtered: 'Filter: {owner}',
    noChart: 'This widget has no chart to export',
    segment: 'Segment {n}: {name}',
    potential: 'Potential clients',
    abcCell: 'Cell {cell}',
    abcNoXyz: 'Cell {abc} without XYZ',
    colors: 'Lights: {colors}',
    red: 'red',
    yellow: 'yellow',
    green: 'green',
    lost: 'Lost clients',
    clientOne: 'client',
    clientFew: 'clients',
    clientMany: 'clients',
    clearClients: 'Clear the filter “{label}”',
    funnel: 'Funnel',
    'lifecycle-grid': 'Client lifecycle',
    'traffic-light-pool': 'Light bulbs',
    'debt-table': 'Receivables',
    'abc-xyz-matrix': 'ABC/XYZ analysis',
    'channel-pie': 'Sales channels',
  },
};
