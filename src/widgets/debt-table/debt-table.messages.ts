import type { Messages } from '../../shared/messages.js';
import type { DebtTableColumn, DebtTableView } from './debt-table.schema.js';

type Key =
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

export const messages: Messages<Key> = {
  ru: {
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
  },
  en: {
    client: 'Client',
    id: 'Code',
    department: 'Department',
    owner: 'Owner',
    debt: 'Debt',
    debtMonths: 'Months in debt',
    depth: 'Depth, months',
    unconfirmedMonths: 'Not confirmed by acts',
    lastPaymentDate: 'Last payment',
    lastPaymentAmount: 'Payment sum',
    lastUpdate: 'Updated',
    lastLogin: 'Last login',
    lastMonthCharge: "Last month's charge",
    plan: 'Plan',
    advance: 'Advance',
    fact: 'Fact',
    completeness: 'Completeness',
    kpi: 'KPI',
    window: 'Payment window',
    deviation: 'Deviation, days',
    regularity: 'Regularity',
    payments: 'Months with payments',
    notDue: 'Not due',
    days1to30: '1–30 days',
    days31to60: '31–60 days',
    days61to90: '61–90 days',
    days91plus: '91+ days',
    outstanding: 'Outstanding',
    'view-debts': 'Debts',
    'view-collection': 'Collection',
    'view-regularity': 'Payment regularity',
    'view-aging': 'Aging',
    label: 'Receivables',
    views: 'Table view',
    columnsButton: 'Columns',
    csv: 'CSV',
    copy: 'Copy',
    copied: 'Table copied',
    copyFailed: 'Could not copy',
    total: 'Total',
    noDepartment: 'No department',
    clientOne: 'client',
    clientFew: 'clients',
    clientMany: 'clients',
    regular: 'regular',
    irregular: 'irregular',
    depthFlag: 'debt of {n} months or more',
    kpiFlag: 'collection below {p}',
    irregularFlag: 'pays irregularly',
    atLeast: '≥ means at least: the charges ran out before the debt',
    summary: '{clients}, debt {debt} on {date}.',
    deep: 'Debt of {n} months or more: {clients}.',
    instructions:
      'Up and down arrows move between rows, right and left expand and collapse a group, Enter selects.',
  },
};
