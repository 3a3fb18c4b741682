import type { Messages } from '../../shared/messages.js';

export const messages: Messages<
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
  | 'transitionsAbc'
  | 'transitionsXyz'
  | 'previousRows'
  | 'better'
  | 'worse'
  | 'same'
  | 'transitionsSummary'
  | 'paretoTitle'
  | 'paretoX'
  | 'paretoY'
  | 'paretoLoading'
  | 'paretoFailed'
  | 'paretoSummary'
  | 'paretoClass'
  | 'paretoClients'
  | 'paretoClientShare'
  | 'paretoValueShare'
> = {
  ru: {
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
    transitionsAbc: 'Переходы ABC: прошлый период → текущий',
    transitionsXyz: 'Переходы XYZ: прошлый период → текущий',
    previousRows: 'Было \\ стало',
    better: 'лучше',
    worse: 'хуже',
    same: 'без изменений',
    transitionsSummary: 'Лучше: {better}, хуже: {worse}, без изменений: {same}.',
    paretoTitle: 'Кривая Парето: накопленная доля',
    paretoX: 'Доля клиентов',
    paretoY: 'Накопленная доля',
    paretoLoading: 'Строится диаграмма…',
    paretoFailed: 'Не удалось построить диаграмму',
    paretoSummary: '{cls}: {clients} ({clientShare} клиентов) дают {valueShare} итога',
    paretoClass: 'Класс',
    paretoClients: 'Клиентов',
    paretoClientShare: 'Доля клиентов',
    paretoValueShare: 'Доля итога',
  },
  en: {
    label: 'ABC/XYZ analysis of clients',
    views: 'View',
    viewMatrix: 'Matrix',
    viewTransitions: 'Transitions',
    viewPareto: 'Pareto',
    revenue: 'Revenue',
    profit: 'Gross profit',
    documents: 'Sales documents',
    periods: 'Periods: {from} – {to} ({count})',
    corner: 'ABC \\ XYZ',
    noXyz: 'No XYZ',
    noXyzHint: 'fewer than {n} periods',
    outside: 'No purchases',
    lost: 'Lost',
    potential: 'Potential',
    colX: 'X — steady',
    colY: 'Y — fluctuating',
    colZ: 'Z — irregular',
    upTo: 'up to {p}',
    above: 'above {p}',
    ofTotal: 'of total',
    clientOne: 'client',
    clientFew: 'clients',
    clientMany: 'clients',
    summary: '{count}, {measure} in total {total}.',
    summaryClass: '{cls}: {count}, {share}',
    summaryOutside: 'lost: {lost}, potential: {potential}',
    instructions:
      "Arrow keys move between cells, Enter or Space lists the cell's clients, Escape closes the list",
    readingTitle: 'With whom is it worth working?',
    readingHint: 'Choose a cell to see its clients.',
    clientsOf: 'Clients of cell {cell}',
    client: 'Client',
    owner: 'Owner',
    value: 'Value',
    share: 'Share',
    cv: 'Variation (cv)',
    sharePct: 'Share %',
    cvPct: 'cv %',
    abc: 'ABC',
    xyz: 'XYZ',
    id: 'ID',
    cell: 'Cell',
    csv: 'Download CSV',
    close: 'Close',
    showMore: 'Show {n} more',
    shown: 'Showing {shown} of {total}',
    noClients: 'This cell has no clients.',
    sortBy: 'Sort by {column}',
    transitionsAbc: 'ABC transitions: previous period → current',
    transitionsXyz: 'XYZ transitions: previous period → current',
    previousRows: 'Was \\ now',
    better: 'better',
    worse: 'worse',
    same: 'unchanged',
    transitionsSummary: 'Better: {better}, worse: {worse}, unchanged: {same}.',
    paretoTitle: 'Pareto curve: cumulative share',
    paretoX: 'Share of clients',
    paretoY: 'Cumulative share',
    paretoLoading: 'Drawing the chart…',
    paretoFailed: 'Could not draw the chart',
    paretoSummary: '{cls}: {clients} ({clientShare} of clients) bring {valueShare} of the total',
    paretoClass: 'Class',
    paretoClients: 'Clients',
    paretoClientShare: 'Share of clients',
    paretoValueShare: 'Share of total',
  },
};
