import type { PulseLang } from '../../shared/messages.js';

/**
 * A response strategy for a segment: whom to mail, whom to call, what to offer. Any part
 * may be left out; a host may also give a plain string instead.
 *
 * @example { mail: 'Письмо-напоминание', call: 'Не звонить', offer: 'Скидка 5 % на продление' }
 */
export interface LifecycleStrategy {
  /** Whom to mail (e-mail and messenger campaigns) and with what. */
  mail?: string;
  /** Whom to call, and who calls. */
  call?: string;
  /** What to offer. */
  offer?: string;
}

/** Cells by their number in the source (1..9), 0 for "potential" (no purchases). */
export type SegmentNumber = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

// Defaults after the Loginom "repeat sales" method: the more established the client and
// the more recent the slip, the more personal (and costly) the contact; asleep new clients
// get cheap mass channels only, asleep regular clients a personal win-back call.
export const DEFAULT_STRATEGIES: Record<PulseLang, Record<SegmentNumber, Required<LifecycleStrategy>>> = {
  ru: {
    0: {
      mail: 'Приглашение на вебинар или демо, полезные материалы о продукте',
      call: 'Квалификационный звонок менеджера: есть ли потребность и кто ЛПР',
      offer: 'Пробный период, первая покупка на особых условиях',
    },
    1: {
      mail: 'Приветственная цепочка: благодарность, как начать, чем поможет сервис',
      call: 'Звонок через неделю после покупки: всё ли работает, кто контактное лицо',
      offer: 'Обучение, вторая покупка со скидкой, подписка на сопровождение',
    },
    2: {
      mail: 'Подборки по прошлым покупкам, новости продукта, приглашения на семинары',
      call: 'Плановый звонок сервисного инженера раз в квартал',
      offer: 'Допродажа смежных продуктов и сервисов, переход на годовой договор',
    },
    3: {
      mail: 'Персональные письма без массовых скидок, ранний доступ к новинкам',
      call: 'Личный менеджер, регулярные встречи с ЛПР',
      offer: 'Премиальные сервисы, программа лояльности, просьба о рекомендации',
    },
    4: {
      mail: 'Напоминание о себе и опрос: что помешало купить снова',
      call: 'Не звонить массово; только крупным по сумме первой покупки',
      offer: 'Небольшой стимул ко второй покупке со сроком действия',
    },
    5: {
      mail: 'Персональное предложение по категориям прошлых покупок, мессенджер',
      call: 'Звонок ответственного: выяснить причину паузы',
      offer: 'Скидка или бонус на повторную покупку, бесплатная консультация',
    },
    6: {
      mail: 'Письмо от руководителя отдела с благодарностью за сотрудничество',
      call: 'Срочный звонок ответственного: найти причину, пока клиент не ушёл',
      offer: 'Удерживающее предложение: особые условия продления, аудит использования',
    },
    7: {
      mail: 'Редкая массовая реактивационная рассылка, только дешёвые каналы',
      call: 'Не звонить: стоимость контакта выше ожидаемой отдачи',
      offer: 'Акция «возвращайтесь» с ограниченным сроком',
    },
    8: {
      mail: 'Реактивационная цепочка и опрос о причинах ухода',
      call: 'Звонок только при высокой сумме прошлых покупок',
      offer: 'Сильное предложение на возврат: скидка, бесплатный месяц сопровождения',
    },
    9: {
      mail: 'Персональное письмо от руководителя, без массовых рассылок',
      call: 'Звонок руководителя: восстановление клиента, не ушёл ли к конкуренту',
      offer: 'Индивидуальные условия восстановления, пересмотр договора',
    },
  },
  en: {
    0: {
      mail: 'Invitation to a webinar or a demo, useful product material',
      call: 'A qualification call: is there a need, who decides',
      offer: 'A trial period, a first purchase on special terms',
    },
    1: {
      mail: 'A welcome series: thanks, how to start, what the service helps with',
      call: 'A call a week after the purchase: does everything work, who is the contact',
      offer: 'Training, a discount on the second purchase, a support subscription',
    },
    2: {
      mail: 'Picks based on past purchases, product news, seminar invitations',
      call: 'A quarterly call from the service engineer',
      offer: 'Upsell of related products and services, a move to an annual contract',
    },
    3: {
      mail: 'Personal letters without mass discounts, early access to new releases',
      call: 'A personal manager, regular meetings with the decision maker',
      offer: 'Premium services, a loyalty programme, a request for a referral',
    },
    4: {
      mail: 'A reminder and a survey: what kept them from buying again',
      call: 'No mass calls; only clients with a large first purchase',
      offer: 'A small time-limited incentive for the second purchase',
    },
    5: {
      mail: 'A personal offer on the categories bought before, messenger',
      call: 'A call from the owner to find out why they paused',
      offer: 'A discount or bonus on the next purchase, a free consultation',
    },
    6: {
      mail: 'A thank-you letter from the head of the department',
      call: 'An urgent call from the owner: find the reason before the client leaves',
      offer: 'A retention offer: special renewal terms, a usage audit',
    },
    7: {
      mail: 'An occasional mass reactivation mailing, cheap channels only',
      call: 'No calls: a contact costs more than it is likely to return',
      offer: 'A time-limited "come back" campaign',
    },
    8: {
      mail: 'A reactivation series and a survey on why they left',
      call: 'A call only when past purchases were large',
      offer: 'A strong win-back offer: a discount, a free month of support',
    },
    9: {
      mail: 'A personal letter from the head of the department, no mass mailings',
      call: 'A call from the head: win the client back, check whether they went to a competitor',
      offer: 'Individual terms of restoration, a revised contract',
    },
  },
};
