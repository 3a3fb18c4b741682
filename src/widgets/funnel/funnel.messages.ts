import { translated, type Messages } from '../../shared/messages.js';

export type Key =
  | 'label'
  | 'labelChecklist'
  | 'stages'
  | 'steps'
  | 'stage'
  | 'step'
  | 'count'
  | 'done'
  | 'value'
  | 'fromPrevious'
  | 'fromFirst'
  | 'fromPreviousLong'
  | 'shareOfBase'
  | 'clients'
  | 'dropOff'
  | 'rise'
  | 'advanced'
  | 'open'
  | 'won'
  | 'lost'
  | 'winRate'
  | 'time'
  | 'timeTitle'
  | 'stillIn'
  | 'days'
  | 'owners'
  | 'owner'
  | 'base'
  | 'ownerWinRate'
  | 'worst'
  | 'worstStep'
  | 'worstLegend'
  | 'worstLegendChecklist'
  | 'nonMonotonic'
  | 'independent'
  | 'largestDrop'
  | 'lowestStep'
  | 'ofFirst'
  | 'instructions'
  | 'instructionsGrid'
  | 'stageOne'
  | 'stageFew'
  | 'stageMany'
  | 'stepOne'
  | 'stepFew'
  | 'stepMany'
  | 'ownersLoading'
  | 'ownersFailed';

const ru: Record<Key, string> = {
  label: 'Воронка',
  labelChecklist: 'Чек-лист',
  stages: 'Этапы воронки',
  steps: 'Шаги чек-листа',
  stage: 'Этап',
  step: 'Шаг',
  count: 'Количество',
  done: 'Выполнено',
  value: 'Сумма',
  fromPrevious: 'От пред.',
  fromFirst: 'От первого',
  fromPreviousLong: 'от предыдущего этапа',
  shareOfBase: 'Доля базы',
  clients: 'Клиентов',
  dropOff: 'отток {percent} · −{n}',
  rise: 'рост {percent} · +{n}',
  advanced: 'перешли дальше',
  open: 'в работе',
  won: 'выиграно',
  lost: 'проиграно',
  winRate: 'доля выигрыша',
  time: 'в этапе: ср. {mean}, медиана {median}',
  timeTitle: 'Время в этапе',
  stillIn: 'ещё в этапе: {n}',
  days: '{n} дн.',
  owners: 'По ответственным',
  owner: 'Ответственный',
  base: 'база {n}',
  ownerWinRate: 'выигрыш {percent}',
  worst: 'худшая конверсия этапа',
  worstStep: 'худшее выполнение шага',
  worstLegend: '▼ — худшая конверсия этапа (на первом этапе — наименьшая доля базы)',
  worstLegendChecklist: '▼ — худшее выполнение шага',
  nonMonotonic:
    'Числа растут от этапа к этапу: для независимых шагов есть режим чек-листа (mode="checklist").',
  independent: 'шаги независимы, конверсия не считается',
  largestDrop: 'наибольший отток — «{label}», {percent}',
  lowestStep: 'меньше всего выполнен шаг «{label}», {percent}',
  ofFirst: 'от первого этапа',
  instructions: 'Стрелки — переход между этапами, Enter — выбрать, Escape — снять выбор',
  instructionsGrid: 'Стрелки — переход между ячейками, Enter — выбрать',
  stageOne: 'этап',
  stageFew: 'этапа',
  stageMany: 'этапов',
  stepOne: 'шаг',
  stepFew: 'шага',
  stepMany: 'шагов',
  ownersLoading: 'Загрузка таблицы по ответственным…',
  ownersFailed: 'Не удалось загрузить таблицу по ответственным. Обновите страницу.',
};

/** English texts load on demand (see `translated`): a Russian page never fetches them. */
export const messages: Messages<Key> = translated(ru, () =>
  import('./funnel.messages.en.js').then((m) => m.en),
);
