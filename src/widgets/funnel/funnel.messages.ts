import type { Messages } from '../../shared/messages.js';

export const messages: Messages<
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
> = {
  ru: {
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
  },
  en: {
    label: 'Funnel',
    labelChecklist: 'Checklist',
    stages: 'Funnel stages',
    steps: 'Checklist steps',
    stage: 'Stage',
    step: 'Step',
    count: 'Count',
    done: 'Done',
    value: 'Value',
    fromPrevious: 'From prev.',
    fromFirst: 'From first',
    fromPreviousLong: 'from the previous stage',
    shareOfBase: 'Share of base',
    clients: 'Clients',
    dropOff: 'drop-off {percent} · −{n}',
    rise: 'rise {percent} · +{n}',
    advanced: 'went on',
    open: 'open',
    won: 'won',
    lost: 'lost',
    winRate: 'win rate',
    time: 'in stage: mean {mean}, median {median}',
    timeTitle: 'Time in stage',
    stillIn: 'still in stage: {n}',
    days: '{n} d',
    owners: 'By owner',
    owner: 'Owner',
    base: 'base {n}',
    ownerWinRate: 'won {percent}',
    worst: 'lowest conversion at this stage',
    worstStep: 'lowest completion of this step',
    worstLegend: '▼ lowest conversion at the stage (at the first stage: lowest share of base)',
    worstLegendChecklist: '▼ lowest completion of the step',
    nonMonotonic:
      'Counts rise from one stage to the next: for independent steps use the checklist mode (mode="checklist").',
    independent: 'independent steps, no conversion',
    largestDrop: 'largest drop-off at “{label}”, {percent}',
    lowestStep: 'least done: “{label}”, {percent}',
    ofFirst: 'of the first stage',
    instructions: 'Arrow keys move between stages, Enter selects, Escape clears',
    instructionsGrid: 'Arrow keys move between cells, Enter selects',
    stageOne: 'stage',
    stageFew: 'stages',
    stageMany: 'stages',
    stepOne: 'step',
    stepFew: 'steps',
    stepMany: 'steps',
  },
};
