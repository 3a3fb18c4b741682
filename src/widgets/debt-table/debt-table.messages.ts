import { translated, type Messages } from '../../shared/messages.js';
import type { DebtTableColumn, DebtTableView } from './debt-table.schema.js';

export type Key =
  | DebtTableColumn
  | `view-${DebtTableView}`
  | 'label'
  | 'views'
  | 'columnsButton'
  | 'csv'
  | 'copy'
  | 'copied'
  | 'copyFailed'
  | 'total'
  | 'noDepartment'
  | 'clientOne'
  | 'clientFew'
  | 'clientMany'
  | 'regular'
  | 'irregular'
  | 'depthFlag'
  | 'kpiFlag'
  | 'irregularFlag'
  | 'atLeast'
  | 'summary'
  | 'deep'
  | 'instructions';

export type DebtTableMessages = Record<Key, string>;

const ru: Record<Key, string> = {
  client: 'Клиент',
  id: 'Код',
  department: 'Подразделение',
  owner: 'Ответственный',
  debt: 'Долг',
  debtMonths: 'Месяцы долга',
  depth: 'Глубина, мес.',
  unconfirmedMonths: 'Не подтверждены актами',
  lastPaymentDate: 'Последняя оплата',
  lastPaymentAmount: 'Сумма оплаты',
  lastUpdate: 'Обновление',
  lastLogin: 'Вход',
  lastMonthCharge: 'Начислено за месяц',
  plan: 'План',
  advance: 'Аванс',
  fact: 'Факт',
  completeness: 'Полнота сбора',
  kpi: 'KPI',
  window: 'Окно оплаты',
  deviation: 'Отклонение, дн.',
  regularity: 'Регулярность',
  payments: 'Месяцев с оплатой',
  notDue: 'Срок не наступил',
  days1to30: '1–30 дн.',
  days31to60: '31–60 дн.',
  days61to90: '61–90 дн.',
  days91plus: '91+ дн.',
  outstanding: 'Всего по счетам',
  'view-debts': 'Долги',
  'view-collection': 'Полнота сбора',
  'view-regularity': 'Регулярность оплат',
  'view-aging': 'Сроки по счетам',
  label: 'Дебиторская задолженность',
  views: 'Вид таблицы',
  columnsButton: 'Столбцы',
  csv: 'CSV',
  copy: 'Копировать',
  copied: 'Таблица скопирована',
  copyFailed: 'Не удалось скопировать',
  total: 'Итого',
  noDepartment: 'Без подразделения',
  clientOne: 'клиент',
  clientFew: 'клиента',
  clientMany: 'клиентов',
  regular: 'регулярно',
  irregular: 'нерегулярно',
  depthFlag: 'глубина долга {n} мес. и больше',
  kpiFlag: 'полнота сбора ниже {p}',
  irregularFlag: 'платит нерегулярно',
  atLeast: '≥ — не меньше: начисления кончились раньше долга',
  summary: '{clients}, долг {debt} на {date}.',
  deep: 'Глубина долга {n} мес. и больше: {clients}.',
  instructions:
    'Стрелки вверх и вниз — строки, вправо и влево — раскрыть и свернуть группу, Enter — выбрать.',
};

/** English texts load on demand (see `translated`): a Russian page never fetches them. */
export const messages: Messages<Key> = translated(ru, () =>
  import('./debt-table.messages.en.js').then((m) => m.en),
);
