import type { AbcXyzCellKey } from '../../core/abc-xyz.js';
import type { PulseLang } from '../../shared/messages.js';

/** How much attention a cell deserves; it tints the cell (its title says the same in words). */
export const READING_PRIORITIES = ['high', 'medium', 'low'] as const;
export type ReadingPriority = (typeof READING_PRIORITIES)[number];

/** What to do with the clients of a cell: a short title shown in the cell and the advice. */
export interface AbcXyzReading {
  /** A few words shown in the cell, e.g. "Опора бизнеса". */
  title: string;
  /** The advice shown when the cell is active, and read out as the cell's description. */
  text: string;
  /** Tints the cell; default `medium`. */
  priority?: ReadingPriority;
}

/**
 * Readings by cell key (`AX` ... `CZ`, `A` / `B` / `C` when XYZ is not defined, `lost`,
 * `potential`). A host's map replaces the defaults key by key, in the host's language.
 *
 * @example { AX: { title: 'Ключевые', text: 'Персональный менеджер и договор на год.' } }
 */
export type AbcXyzReadings = Partial<Record<AbcXyzCellKey, AbcXyzReading>>;

/** BCG-style defaults answering "with whom is it worth working?". */
export const DEFAULT_READINGS: Record<PulseLang, Record<AbcXyzCellKey, AbcXyzReading>> = {
  ru: {
    AX: {
      title: 'Опора бизнеса',
      text: 'Крупные и стабильные: на них держится выручка. Персональный менеджер, долгосрочный договор сопровождения, регулярные встречи с ЛПР; сбои сервиса недопустимы.',
      priority: 'high',
    },
    AY: {
      title: 'Крупные, с колебаниями',
      text: 'Покупают много, но неравномерно. Выясните причину колебаний (сезонность, бюджет), согласуйте план закупок, предложите абонентское обслуживание.',
      priority: 'high',
    },
    AZ: {
      title: 'Крупные, непредсказуемые',
      text: 'Большие разовые суммы: выручка зависит от них, а прогнозировать её нельзя. Индивидуальная работа, поиск повода для регулярных покупок, контроль риска ухода.',
      priority: 'medium',
    },
    BX: {
      title: 'Надёжная середина',
      text: 'Стабильные клиенты со средним объёмом — главный резерв роста: допродажи и расширение сопровождения переведут их в A.',
      priority: 'high',
    },
    BY: {
      title: 'Середина',
      text: 'Работа по плану контактов: регулярные предложения, допродажи, контроль удовлетворённости.',
      priority: 'medium',
    },
    BZ: {
      title: 'Середина, нерегулярно',
      text: 'Покупают эпизодически. Выясните потребность и предложите регулярный формат; не отвлекайте на них ресурсы ключевых клиентов.',
      priority: 'low',
    },
    CX: {
      title: 'Малые, стабильные',
      text: 'Небольшие, но предсказуемые. Автоматизируйте обслуживание (рассылки, личный кабинет), снижайте стоимость контакта, ищите допродажи.',
      priority: 'medium',
    },
    CY: {
      title: 'Малые',
      text: 'Типовое обслуживание с минимальными затратами: массовые рассылки и стандартные предложения.',
      priority: 'low',
    },
    CZ: {
      title: 'Случайные',
      text: 'Малые разовые покупки. Минимум ручной работы, только массовые каналы; проверьте, окупается ли их сопровождение.',
      priority: 'low',
    },
    A: {
      title: 'A, стабильность не ясна',
      text: 'Крупный клиент, но периодов слишком мало для XYZ. Работайте как с A и соберите данные за более длинный срок.',
      priority: 'high',
    },
    B: {
      title: 'B, стабильность не ясна',
      text: 'Средний клиент, периодов слишком мало для XYZ. Работайте по плану контактов и соберите данные за более длинный срок.',
      priority: 'medium',
    },
    C: {
      title: 'C, стабильность не ясна',
      text: 'Малый клиент, периодов слишком мало для XYZ. Типовое обслуживание.',
      priority: 'low',
    },
    lost: {
      title: 'Вернуть ценных',
      text: 'Покупали раньше, в этом периоде — нет. Выясните причину ухода; ценных верните кампанией восстановления: звонок ЛПР, специальное предложение.',
      priority: 'medium',
    },
    potential: {
      title: 'Первая продажа',
      text: 'Ещё ничего не покупали. Квалифицируйте потребность и сделайте первое предложение; начните с похожих на клиентов A.',
      priority: 'low',
    },
  },
  en: {
    AX: {
      title: 'Backbone',
      text: 'Large and steady: the revenue rests on them. A personal manager, a long support contract, regular meetings with the decision maker; no service failures.',
      priority: 'high',
    },
    AY: {
      title: 'Large, fluctuating',
      text: 'They buy a lot but unevenly. Find the cause of the swings (season, budget), agree a purchase plan, offer a subscription.',
      priority: 'high',
    },
    AZ: {
      title: 'Large, unpredictable',
      text: 'Big one-off amounts: the revenue depends on them and cannot be forecast. Work one to one, look for a reason to buy regularly, watch the risk of losing them.',
      priority: 'medium',
    },
    BX: {
      title: 'Reliable middle',
      text: 'Steady clients of medium volume, the main reserve for growth: upsell and wider support can move them to A.',
      priority: 'high',
    },
    BY: {
      title: 'Middle',
      text: 'Work by the contact plan: regular offers, upsell, satisfaction checks.',
      priority: 'medium',
    },
    BZ: {
      title: 'Middle, irregular',
      text: 'They buy now and then. Find the need and offer a regular format; do not spend the resources of key clients on them.',
      priority: 'low',
    },
    CX: {
      title: 'Small, steady',
      text: 'Small but predictable. Automate the service (mailings, self-service), lower the cost of a contact, look for upsell.',
      priority: 'medium',
    },
    CY: {
      title: 'Small',
      text: 'Standard service at the lowest cost: mass mailings and standard offers.',
      priority: 'low',
    },
    CZ: {
      title: 'Occasional',
      text: 'Small one-off purchases. Minimal manual work, mass channels only; check that serving them pays off.',
      priority: 'low',
    },
    A: {
      title: 'A, stability unknown',
      text: 'A large client, but too few periods for XYZ. Treat as A and collect data over a longer span.',
      priority: 'high',
    },
    B: {
      title: 'B, stability unknown',
      text: 'A medium client, too few periods for XYZ. Work by the contact plan and collect data over a longer span.',
      priority: 'medium',
    },
    C: {
      title: 'C, stability unknown',
      text: 'A small client, too few periods for XYZ. Standard service.',
      priority: 'low',
    },
    lost: {
      title: 'Win back the valuable',
      text: 'They bought before but not in this period. Find out why they left; win the valuable ones back with a restoration campaign: a call to the decision maker, a special offer.',
      priority: 'medium',
    },
    potential: {
      title: 'First sale',
      text: 'They have not bought yet. Qualify the need and make a first offer; start with those similar to your A clients.',
      priority: 'low',
    },
  },
};

/** The reading of a cell: the host's entry when it gave one, else the default of the language. */
export function readingOf(
  key: AbcXyzCellKey,
  lang: PulseLang,
  custom: AbcXyzReadings | undefined,
): AbcXyzReading {
  const own = custom && Object.prototype.hasOwnProperty.call(custom, key) ? custom[key] : undefined;
  const base = DEFAULT_READINGS[lang][key];
  if (!own || typeof own !== 'object') return base;
  return {
    title: typeof own.title === 'string' ? own.title : base.title,
    text: typeof own.text === 'string' ? own.text : base.text,
    priority: READING_PRIORITIES.includes(own.priority as ReadingPriority) ? own.priority : base.priority,
  };
}
