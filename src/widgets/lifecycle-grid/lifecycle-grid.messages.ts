import type { Messages } from '../../shared/messages.js';

export const messages: Messages<
  | 'label'
  | 'colNew'
  | 'colPromising'
  | 'colRegular'
  | 'rowActive'
  | 'rowFallingAsleep'
  | 'rowAsleep'
  | 'asOf'
  | 'denominator'
  | 'denominatorOwner'
  | 'denominatorPrecomputed'
  | 'soonCount'
  | 'soonHint'
  | 'soonMark'
  | 'soonTo'
  | 'owner'
  | 'allOwners'
  | 'strategy'
  | 'client'
  | 'lastPurchase'
  | 'daysToNext'
  | 'purchases'
  | 'noClients'
  | 'noIds'
  | 'idsOnly'
  | 'download'
  | 'close'
  | 'showMore'
  | 'inDays'
  | 'never'
  | 'summary'
  | 'largest'
  | 'instructions'
  | 'clientOne'
  | 'clientFew'
  | 'clientMany'
  | 'dayOne'
  | 'dayFew'
  | 'dayMany'
  | 'segment'
  | 'fileName'
  | 'potential'
  | 'potentialHint'
  | 'mail'
  | 'call'
  | 'offer'
  | 'idColumn'
  | 'yes'
  | 'noOwner'
  | 'soonColumn'
  | 'rowsShown'
  | 'clientGenOne'
  | 'clientGenMany'
  | 'summaryNoDate'
  | 'listOpened'
> = {
  ru: {
    label: 'Жизненный цикл клиентов',
    colNew: 'Новые',
    colPromising: 'Перспективные',
    colRegular: 'Постоянные',
    rowActive: 'Активные',
    rowFallingAsleep: 'Засыпающие',
    rowAsleep: 'Уснувшие',
    asOf: 'на {date}',
    denominator: 'Доля — от {n} с покупками (сегменты 1–9), без потенциальных',
    denominatorOwner: 'Доля — от {n} ответственного {owner} с покупками (сегменты 1–9), без потенциальных',
    denominatorPrecomputed: 'Доля — от суммы сегментов 1–9 ({n}), без потенциальных',
    soonCount: '{n} скоро',
    soonHint: 'перейдут в худшее состояние в ближайшие {days}',
    soonMark: 'скоро',
    soonTo: '{when} → {state}',
    owner: 'Ответственный',
    allOwners: 'Все',
    strategy: 'Стратегия реагирования',
    client: 'Клиент',
    lastPurchase: 'Последняя покупка',
    daysToNext: 'До перехода',
    purchases: 'Покупок',
    noClients: 'В этом сегменте нет клиентов',
    noIds: 'Сервер передал только число клиентов, без списка',
    idsOnly: 'Сервер передал только коды клиентов',
    download: 'Скачать CSV для рассылки',
    close: 'Закрыть список',
    showMore: 'Показать ещё {n}',
    inDays: 'через {days}',
    never: 'худшее состояние',
    summary: 'Всего {total} на {date}.',
    largest: 'Крупнейший сегмент — {name}: {count}, {share}.',
    instructions:
      'Стрелки — переход между ячейками, Enter или пробел — список клиентов, Escape — закрыть список',
    clientOne: 'клиент',
    clientFew: 'клиента',
    clientMany: 'клиентов',
    dayOne: 'день',
    dayFew: 'дня',
    dayMany: 'дней',
    segment: 'Сегмент',
    fileName: 'сегмент-{number}-{date}.csv',
    potential: 'Потенциальные',
    potentialHint: 'без покупок, вне долей',
    mail: 'Рассылка',
    call: 'Звонок',
    offer: 'Предложение',
    idColumn: 'Код',
    yes: 'да',
    noOwner: 'Без ответственного',
    soonColumn: 'Скоро',
    rowsShown: 'Показаны {shown} из {total}',
    clientGenOne: 'клиента',
    clientGenMany: 'клиентов',
    summaryNoDate: 'Всего {total}.',
    listOpened: 'Список клиентов и стратегия — под таблицей, Escape закрывает.',
  },
  en: {
    label: 'Client lifecycle',
    colNew: 'New',
    colPromising: 'Promising',
    colRegular: 'Regular',
    rowActive: 'Active',
    rowFallingAsleep: 'Falling asleep',
    rowAsleep: 'Asleep',
    asOf: 'as of {date}',
    denominator: 'Share of the {n} with purchases (segments 1–9), potential excluded',
    denominatorOwner: 'Share of the {n} of owner {owner} with purchases (segments 1–9), potential excluded',
    denominatorPrecomputed: 'Share of the sum of segments 1–9 ({n}), potential excluded',
    soonCount: '{n} soon',
    soonHint: 'will fall to a worse state within {days}',
    soonMark: 'soon',
    soonTo: '{when} → {state}',
    owner: 'Owner',
    allOwners: 'All',
    strategy: 'Response strategy',
    client: 'Client',
    lastPurchase: 'Last purchase',
    daysToNext: 'To next state',
    purchases: 'Purchases',
    noClients: 'No clients in this segment',
    noIds: 'The server sent the count only, without a list',
    idsOnly: 'The server sent client ids only',
    download: 'Download CSV for a mailing',
    close: 'Close the list',
    showMore: 'Show {n} more',
    inDays: 'in {days}',
    never: 'worst state',
    summary: '{total} in total as of {date}.',
    largest: 'Largest segment: {name}, {count}, {share}.',
    instructions: 'Arrow keys move between cells, Enter or Space lists the clients, Escape closes the list',
    clientOne: 'client',
    clientFew: 'clients',
    clientMany: 'clients',
    dayOne: 'day',
    dayFew: 'days',
    dayMany: 'days',
    segment: 'Segment',
    fileName: 'segment-{number}-{date}.csv',
    potential: 'Potential',
    potentialHint: 'no purchases, outside the shares',
    mail: 'Mail',
    call: 'Call',
    offer: 'Offer',
    idColumn: 'Id',
    yes: 'yes',
    noOwner: 'No owner',
    soonColumn: 'Soon',
    rowsShown: '{shown} of {total} shown',
    clientGenOne: 'client',
    clientGenMany: 'clients',
    summaryNoDate: '{total} in total.',
    listOpened: 'The client list and the strategy are below the grid; Escape closes them.',
  },
};
