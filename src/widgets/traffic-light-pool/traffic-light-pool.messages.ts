import type { Messages } from '../../shared/messages.js';

type Key =
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
  | 'optionLabel';

export type PoolMessages = Record<Key, string>;

export const messages: Messages<Key> = {
  ru: {
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
  },
  en: {
    label: 'Traffic lights: how warm the client pool is',
    red: 'Red',
    yellow: 'Yellow',
    green: 'Green',
    redShort: 'Red',
    yellowShort: 'Yellow',
    greenShort: 'Green',
    viewLights: 'Lights',
    viewTable: 'Table',
    views: 'View',
    colorFilter: 'Filter by colour',
    ownerFilter: 'Owner',
    allOwners: 'All owners',
    noOwner: 'No owner',
    shown: 'Showing {shown} of {total}',
    noneShown: 'No clients match the filters',
    resetFilters: 'Reset filters',
    clients: 'Clients',
    clientOne: 'client',
    clientFew: 'clients',
    clientMany: 'clients',
    mixTitle: 'Pool mix',
    mixCaption: 'Pool mix against the target: red at most {red}, yellow {yellow}, green at least {green}',
    owner: 'Owner',
    count: 'Clients',
    structure: 'Mix',
    target: 'Target',
    total: 'Total',
    meets: 'met',
    misses: 'missed',
    pp: '{value} pp',
    worse: 'worse than the target',
    showOwner: "Show the owner's clients",
    allOwnersBack: '← All owners',
    aggregated: 'More than {n} clients: totals per owner are shown. Choose an owner to see the lights.',
    showMore: 'Show more ({n})',
    client: 'Client',
    values: 'Values',
    earned: 'Weights earned',
    sum: 'Sum',
    color: 'Colour',
    expiresSoon: 'Expires soon',
    page: 'Page {page} of {pages}',
    prev: '‹ Previous',
    next: 'Next ›',
    pages: 'Table pages',
    explainTitle: 'Why this colour',
    indicator: 'Indicator',
    value: 'Value',
    rule: 'Rule',
    earnedOfWeight: 'Earned / weight',
    expiresOn: 'expires {date}',
    expiredOn: 'expired {date}',
    verdict: 'Sum of weights {score}',
    verdictNormalized: 'Score {score} (earned {sum} of {weights})',
    thresholdsText: 'green from {green}, yellow from {yellow}',
    missing: 'No data: {list}',
    nothingMissing: 'Every indicator has a value',
    soonAfter: 'Expiring within {days} days: {list}. After that: {score}',
    nothingSoon: 'Nothing expires within {days} days',
    expired: 'Already expired (the data may be stale): {list}',
    soon: 'soon',
    any: 'any',
    noValue: 'no data',
    soonLegend: 'expires soon',
    summary:
      '{count}: {red} red ({redShare}), {yellow} yellow ({yellowShare}), {green} green ({greenShare}).',
    summaryTarget: 'Target {target}: {state}.',
    summaryOwners: 'Missing the target: {list}.',
    instructions: 'Arrow keys move between clients, Enter explains the colour, Escape clears the choice',
    optionLabel: '{name}: {color}, sum {score}',
  },
};
