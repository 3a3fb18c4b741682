import { translated, type Messages } from '../../shared/messages.js';

export type Key =
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
  | 'detailsLoading'
  | 'detailsFailed';

const ru: Record<Key, string> = {
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
  detailsLoading: 'Загрузка списка клиентов…',
  detailsFailed: 'Не удалось загрузить список клиентов. Обновите страницу.',
};

/** English texts load on demand (see `translated`): a Russian page never fetches them. */
export const messages: Messages<Key> = translated(ru, () =>
  import('./lifecycle-grid.messages.en.js').then((m) => m.en),
);
