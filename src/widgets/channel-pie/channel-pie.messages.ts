import type { Messages } from '../../shared/messages.js';

export const messages: Messages<
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
  | 'reasonMany'
> = {
  ru: {
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
  },
  en: {
    label: 'Sales channels and loss reasons',
    gains: 'Gains',
    losses: 'Losses',
    net: 'Net balance',
    total: 'total',
    other: 'Other',
    otherOf: 'Other: {list}',
    noGains: 'No gains',
    noLosses: 'No losses',
    largest: 'largest: {label}, {percent}',
    set: 'Set',
    item: 'Channel or reason',
    value: 'Value',
    share: 'Share',
    instructions: 'Arrow keys move between slices, Enter selects',
    channelOne: 'channel',
    channelFew: 'channels',
    channelMany: 'channels',
    reasonOne: 'reason',
    reasonFew: 'reasons',
    reasonMany: 'reasons',
  },
};
