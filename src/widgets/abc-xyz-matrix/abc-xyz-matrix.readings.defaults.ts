import type { AbcXyzCellKey } from '../../core/abc-xyz.js';
import type { PulseLang } from '../../shared/messages.js';
import { DEFAULT_PRIORITIES, type AbcXyzReading, type DefaultReadings } from './abc-xyz-matrix.readings.js';

// The default readings' long texts (ru + en). Shown only once the matrix view is on screen,
// so the element loads this module with import() (see loadDefaultReadings): it is a lazy
// chunk of dist/crm-pulse.js, not part of its eager weight.

const TEXTS: Record<PulseLang, Record<AbcXyzCellKey, Omit<AbcXyzReading, 'priority'>>> = {
  ru: {
    AX: {
      title: 'Опора бизнеса',
      text: 'Крупные и стабильные: на них держится выручка. Персональный менеджер, долгосрочный договор сопровождения, регулярные встречи с ЛПР; сбои сервиса недопустимы.',
    },
    AY: {
      title: 'Крупные, с колебаниями',
      text: 'Покупают много, но неравномерно. Выясните причину колебаний (сезонность, бюджет), согласуйте план закупок, предложите абонентское обслуживание.',
    },
    AZ: {
      title: 'Крупные, непредсказуемые',
      text: 'Большие разовые суммы: выручка зависит от них, а прогнозировать её нельзя. Индивидуальная работа, поиск повода для регулярных покупок, контроль риска ухода.',
    },
    BX: {
      title: 'Надёжная середина',
      text: 'Стабильные клиенты со средним объёмом — главный резерв роста: допродажи и расширение сопровождения переведут их в A.',
    },
    BY: {
      title: 'Середина',
      text: 'Работа по плану контактов: регулярные предложения, допродажи, контроль удовлетворённости.',
    },
    BZ: {
      title: 'Середина, нерегулярно',
      text: 'Покупают эпизодически. Выясните потребность и предложите регулярный формат; не отвлекайте на них ресурсы ключевых клиентов.',
    },
    CX: {
      title: 'Малые, стабильные',
      text: 'Небольшие, но предсказуемые. Автоматизируйте обслуживание (рассылки, личный кабинет), снижайте стоимость контакта, ищите допродажи.',
    },
    CY: {
      title: 'Малые',
      text: 'Типовое обслуживание с минимальными затратами: массовые рассылки и стандартные предложения.',
    },
    CZ: {
      title: 'Случайные',
      text: 'Малые разовые покупки. Минимум ручной работы, только массовые каналы; проверьте, окупается ли их сопровождение.',
    },
    A: {
      title: 'A, стабильность не ясна',
      text: 'Крупный клиент, но периодов слишком мало для XYZ. Работайте как с A и соберите данные за более длинный срок.',
    },
    B: {
      title: 'B, стабильность не ясна',
      text: 'Средний клиент, периодов слишком мало для XYZ. Работайте по плану контактов и соберите данные за более длинный срок.',
    },
    C: {
      title: 'C, стабильность не ясна',
      text: 'Малый клиент, периодов слишком мало для XYZ. Типовое обслуживание.',
    },
    lost: {
      title: 'Вернуть ценных',
      text: 'Покупали раньше, в этом периоде — нет. Выясните причину ухода; ценных верните кампанией восстановления: звонок ЛПР, специальное предложение.',
    },
    potential: {
      title: 'Первая продажа',
      text: 'Ещё ничего не покупали. Квалифицируйте потребность и сделайте первое предложение; начните с похожих на клиентов A.',
    },
  },
  en: {
    AX: {
      title: 'Backbone',
      text: 'Large and steady: the revenue rests on them. A personal manager, a long support contract, regular meetings with the decision maker; no service failures.',
    },
    AY: {
      title: 'Large, fluctuating',
      text: 'They buy a lot but unevenly. Find the cause of the swings (season, budget), agree a purchase plan, offer a subscription.',
    },
    AZ: {
      title: 'Large, unpredictable',
      text: 'Big one-off amounts: the revenue depends on them and cannot be forecast. Work one to one, look for a reason to buy regularly, watch the risk of losing them.',
    },
    BX: {
      title: 'Reliable middle',
      text: 'Steady clients of medium volume, the main reserve for growth: upsell and wider support can move them to A.',
    },
    BY: {
      title: 'Middle',
      text: 'Work by the contact plan: regular offers, upsell, satisfaction checks.',
    },
    BZ: {
      title: 'Middle, irregular',
      text: 'They buy now and then. Find the need and offer a regular format; do not spend the resources of key clients on them.',
    },
    CX: {
      title: 'Small, steady',
      text: 'Small but predictable. Automate the service (mailings, self-service), lower the cost of a contact, look for upsell.',
    },
    CY: {
      title: 'Small',
      text: 'Standard service at the lowest cost: mass mailings and standard offers.',
    },
    CZ: {
      title: 'Occasional',
      text: 'Small one-off purchases. Minimal manual work, mass channels only; check that serving them pays off.',
    },
    A: {
      title: 'A, stability unknown',
      text: 'A large client, but too few periods for XYZ. Treat as A and collect data over a longer span.',
    },
    B: {
      title: 'B, stability unknown',
      text: 'A medium client, too few periods for XYZ. Work by the contact plan and collect data over a longer span.',
    },
    C: {
      title: 'C, stability unknown',
      text: 'A small client, too few periods for XYZ. Standard service.',
    },
    lost: {
      title: 'Win back the valuable',
      text: 'They bought before but not in this period. Find out why they left; win the valuable ones back with a restoration campaign: a call to the decision maker, a special offer.',
    },
    potential: {
      title: 'First sale',
      text: 'They have not bought yet. Qualify the need and make a first offer; start with those similar to your A clients.',
    },
  },
};

const withPriorities = (texts: Record<AbcXyzCellKey, Omit<AbcXyzReading, 'priority'>>) =>
  Object.fromEntries(
    Object.entries(texts).map(([key, t]) => [
      key,
      { ...t, priority: DEFAULT_PRIORITIES[key as AbcXyzCellKey] },
    ]),
  ) as Record<AbcXyzCellKey, AbcXyzReading>;

/**
 * BCG-style defaults answering "with whom is it worth working?", by language and cell key.
 * Exported by `crm-pulse/abc-xyz-matrix.js`; the package entry offers `loadDefaultReadings()`.
 */
export const DEFAULT_READINGS: DefaultReadings = {
  ru: withPriorities(TEXTS.ru),
  en: withPriorities(TEXTS.en),
};
