import { translated, type Messages } from '../../shared/messages.js';

export type Key =
  | 'label'
  | 'red'
  | 'yellow'
  | 'green'
  | 'redShort'
  | 'yellowShort'
  | 'greenShort'
  | 'viewLights'
  | 'viewTable'
  | 'views'
  | 'colorFilter'
  | 'ownerFilter'
  | 'allOwners'
  | 'noOwner'
  | 'shown'
  | 'noneShown'
  | 'resetFilters'
  | 'clients'
  | 'clientOne'
  | 'clientFew'
  | 'clientMany'
  | 'mixTitle'
  | 'mixCaption'
  | 'owner'
  | 'count'
  | 'structure'
  | 'target'
  | 'total'
  | 'meets'
  | 'misses'
  | 'pp'
  | 'worse'
  | 'showOwner'
  | 'allOwnersBack'
  | 'aggregated'
  | 'showMore'
  | 'client'
  | 'values'
  | 'earned'
  | 'sum'
  | 'color'
  | 'expiresSoon'
  | 'page'
  | 'prev'
  | 'next'
  | 'pages'
  | 'explainTitle'
  | 'indicator'
  | 'value'
  | 'rule'
  | 'earnedOfWeight'
  | 'expiresOn'
  | 'expiredOn'
  | 'verdict'
  | 'verdictNormalized'
  | 'thresholdsText'
  | 'missing'
  | 'nothingMissing'
  | 'soonAfter'
  | 'nothingSoon'
  | 'expired'
  | 'soon'
  | 'any'
  | 'noValue'
  | 'soonLegend'
  | 'summary'
  | 'summaryTarget'
  | 'summaryOwners'
  | 'instructions'
  | 'optionLabel'
  | 'explainLoading'
  | 'explainFailed'
  | 'tableLoading'
  | 'tableFailed';

export type PoolMessages = Record<Key, string>;

const ru: Record<Key, string> = {
  label: 'Лампочки: прогретость пула клиентов',
  red: 'Красный',
  yellow: 'Жёлтый',
  green: 'Зелёный',
  redShort: 'Красные',
  yellowShort: 'Жёлтые',
  greenShort: 'Зелёные',
  viewLights: 'Лампочки',
  viewTable: 'Таблица',
  views: 'Вид',
  colorFilter: 'Фильтр по цвету',
  ownerFilter: 'Сотрудник',
  allOwners: 'Все сотрудники',
  noOwner: 'Без сотрудника',
  shown: 'Показано {shown} из {total}',
  noneShown: 'Нет клиентов с выбранными фильтрами',
  resetFilters: 'Сбросить фильтры',
  clients: 'Клиенты',
  clientOne: 'клиент',
  clientFew: 'клиента',
  clientMany: 'клиентов',
  mixTitle: 'Структура пула',
  mixCaption: 'Структура пула и цель: красные не более {red}, жёлтые {yellow}, зелёные не менее {green}',
  owner: 'Сотрудник',
  count: 'Клиентов',
  structure: 'Структура',
  target: 'Цель',
  total: 'Итого',
  meets: 'выполнена',
  misses: 'не выполнена',
  pp: '{value} п. п.',
  worse: 'хуже цели',
  showOwner: 'Показать клиентов сотрудника',
  allOwnersBack: '← Все сотрудники',
  aggregated:
    'Клиентов больше {n}: показаны итоги по сотрудникам. Выберите сотрудника, чтобы увидеть лампочки.',
  showMore: 'Показать ещё ({n})',
  client: 'Клиент',
  values: 'Значения',
  earned: 'Набранные веса',
  sum: 'Сумма',
  color: 'Цвет',
  expiresSoon: 'Скоро истекает',
  page: 'Страница {page} из {pages}',
  prev: '‹ Назад',
  next: 'Вперёд ›',
  pages: 'Страницы таблицы',
  explainTitle: 'Почему такой цвет',
  indicator: 'Показатель',
  value: 'Значение',
  rule: 'Условие',
  earnedOfWeight: 'Набрано / вес',
  expiresOn: 'истекает {date}',
  expiredOn: 'истекло {date}',
  verdict: 'Сумма весов {score}',
  verdictNormalized: 'Оценка {score} (набрано {sum} из {weights})',
  thresholdsText: 'зелёный от {green}, жёлтый от {yellow}',
  missing: 'Нет данных: {list}',
  nothingMissing: 'Все показатели заполнены',
  soonAfter: 'В ближайшие {days} дн. истекает: {list}. После этого: {score}',
  nothingSoon: 'В ближайшие {days} дн. ничего не истекает',
  expired: 'Уже истекло (данные могли устареть): {list}',
  soon: 'скоро',
  any: 'любое',
  noValue: 'нет данных',
  soonLegend: 'скоро истекает',
  summary:
    '{count}: красных {red} ({redShare}), жёлтых {yellow} ({yellowShare}), зелёных {green} ({greenShare}).',
  summaryTarget: 'Цель {target}: {state}.',
  summaryOwners: 'Не выполняют цель: {list}.',
  instructions: 'Стрелки — переход между клиентами, Enter — объяснение цвета, Escape — сбросить выбор',
  optionLabel: '{name}: {color}, сумма {score}',
  explainLoading: 'Загрузка объяснения…',
  explainFailed: 'Не удалось загрузить объяснение. Обновите страницу.',
  tableLoading: 'Загрузка таблицы…',
  tableFailed: 'Не удалось загрузить таблицу. Обновите страницу.',
};

/** English texts load on demand (see `translated`): a Russian page never fetches them. */
export const messages: Messages<Key> = translated(ru, () =>
  import('./traffic-light-pool.messages.en.js').then((m) => m.en),
);
