import { translated, type Messages } from '../../shared/messages.js';

export type Key =
  | 'label'
  | 'gains'
  | 'losses'
  | 'net'
  | 'total'
  | 'other'
  | 'otherOf'
  | 'noGains'
  | 'noLosses'
  | 'largest'
  | 'set'
  | 'item'
  | 'value'
  | 'share'
  | 'instructions'
  | 'channelOne'
  | 'channelFew'
  | 'channelMany'
  | 'reasonOne'
  | 'reasonFew'
  | 'reasonMany';

const ru: Record<Key, string> = {
  label: 'Каналы продаж и причины потерь',
  gains: 'Приход',
  losses: 'Потери',
  net: 'Баланс',
  total: 'всего',
  other: 'Прочие',
  otherOf: 'Прочие: {list}',
  noGains: 'Приходов нет',
  noLosses: 'Потерь нет',
  largest: 'наибольший — {label}, {percent}',
  set: 'Набор',
  item: 'Канал или причина',
  value: 'Значение',
  share: 'Доля',
  instructions: 'Стрелки — выбор сегмента, Enter — выбрать',
  channelOne: 'канал',
  channelFew: 'канала',
  channelMany: 'каналов',
  reasonOne: 'причина',
  reasonFew: 'причины',
  reasonMany: 'причин',
};

/** English texts load on demand (see `translated`): a Russian page never fetches them. */
export const messages: Messages<Key> = translated(ru, () =>
  import('./channel-pie.messages.en.js').then((m) => m.en),
);
