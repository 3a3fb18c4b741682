import { translated, type Messages } from '../../shared/messages.js';

export type Key =
  | 'label'
  | 'views'
  | 'viewMatrix'
  | 'viewTransitions'
  | 'viewPareto'
  | 'revenue'
  | 'profit'
  | 'documents'
  | 'periods'
  | 'corner'
  | 'noXyz'
  | 'noXyzHint'
  | 'outside'
  | 'lost'
  | 'potential'
  | 'colX'
  | 'colY'
  | 'colZ'
  | 'upTo'
  | 'above'
  | 'ofTotal'
  | 'clientOne'
  | 'clientFew'
  | 'clientMany'
  | 'summary'
  | 'summaryClass'
  | 'summaryOutside'
  | 'instructions'
  | 'readingTitle'
  | 'readingHint'
  | 'clientsOf'
  | 'client'
  | 'owner'
  | 'value'
  | 'share'
  | 'cv'
  | 'sharePct'
  | 'cvPct'
  | 'abc'
  | 'xyz'
  | 'id'
  | 'cell'
  | 'csv'
  | 'close'
  | 'showMore'
  | 'shown'
  | 'noClients'
  | 'sortBy'
  | 'clientsLoading'
  | 'clientsFailed'
  | 'transitionsAbc'
  | 'transitionsXyz'
  | 'previousRows'
  | 'better'
  | 'worse'
  | 'same'
  | 'transitionsSummary'
  | 'transitionsLoading'
  | 'transitionsFailed'
  | 'paretoTitle'
  | 'paretoX'
  | 'paretoY'
  | 'paretoViewLoading'
  | 'paretoViewFailed'
  | 'paretoLoading'
  | 'paretoFailed'
  | 'paretoSummary'
  | 'paretoClass'
  | 'paretoClients'
  | 'paretoClientShare'
  | 'paretoValueShare';

const ru: Record<Key, string> = {
  label: 'ABC/XYZ-анализ клиентов',
  views: 'Представление',
  viewMatrix: 'Матрица',
  viewTransitions: 'Переходы',
  viewPareto: 'Парето',
  revenue: 'Выручка',
  profit: 'Валовая прибыль',
  documents: 'Документы продажи',
  periods: 'Периоды: {from} – {to} ({count})',
  corner: 'ABC \\ XYZ',
  noXyz: 'XYZ не опр.',
  noXyzHint: 'меньше {n} периодов',
  outside: 'Без покупок',
  lost: 'Потерянные',
  potential: 'Потенциальные',
  colX: 'X — стабильно',
  colY: 'Y — колеблется',
  colZ: 'Z — нерегулярно',
  upTo: 'до {p}',
  above: 'выше {p}',
  ofTotal: 'от итога',
  clientOne: 'клиент',
  clientFew: 'клиента',
  clientMany: 'клиентов',
  summary: '{count}, {measure} всего {total}.',
  summaryClass: '{cls}: {count}, {share}',
  summaryOutside: 'потерянные: {lost}, потенциальные: {potential}',
  instructions:
    'Стрелки — переход по ячейкам, Enter или пробел — список клиентов ячейки, Escape — закрыть список',
  readingTitle: 'С кем стоит работать?',
  readingHint: 'Выберите ячейку, чтобы увидеть её клиентов.',
  clientsOf: 'Клиенты ячейки {cell}',
  client: 'Клиент',
  owner: 'Ответственный',
  value: 'Значение',
  share: 'Доля',
  cv: 'Вариация (cv)',
  sharePct: 'Доля %',
  cvPct: 'cv %',
  abc: 'ABC',
  xyz: 'XYZ',
  id: 'Код',
  cell: 'Ячейка',
  csv: 'Скачать CSV',
  close: 'Закрыть',
  showMore: 'Показать ещё {n}',
  shown: 'Показано {shown} из {total}',
  noClients: 'В этой ячейке нет клиентов.',
  sortBy: 'Сортировать по: {column}',
  clientsLoading: 'Загрузка списка клиентов…',
  clientsFailed: 'Не удалось загрузить список клиентов. Обновите страницу.',
  transitionsAbc: 'Переходы ABC: прошлый период → текущий',
  transitionsXyz: 'Переходы XYZ: прошлый период → текущий',
  previousRows: 'Было \\ стало',
  better: 'лучше',
  worse: 'хуже',
  same: 'без изменений',
  transitionsSummary: 'Лучше: {better}, хуже: {worse}, без изменений: {same}.',
  transitionsLoading: 'Загрузка переходов…',
  transitionsFailed: 'Не удалось загрузить переходы. Обновите страницу.',
  paretoTitle: 'Кривая Парето: накопленная доля',
  paretoX: 'Доля клиентов',
  paretoY: 'Накопленная доля',
  paretoViewLoading: 'Загрузка диаграммы Парето…',
  paretoViewFailed: 'Не удалось загрузить диаграмму Парето. Обновите страницу.',
  paretoLoading: 'Строится диаграмма…',
  paretoFailed: 'Не удалось построить диаграмму',
  paretoSummary: '{cls}: {clients} ({clientShare} клиентов) дают {valueShare} итога',
  paretoClass: 'Класс',
  paretoClients: 'Клиентов',
  paretoClientShare: 'Доля клиентов',
  paretoValueShare: 'Доля итога',
};

/** English texts load on demand (see `translated`): a Russian page never fetches them. */
export const messages: Messages<Key> = translated(ru, () =>
  import('./abc-xyz-matrix.messages.en.js').then((m) => m.en),
);
