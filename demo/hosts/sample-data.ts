// The source figures (domain.md) the framework examples show: the sales channels of a year
// and the needs funnel 548 → 430 → 330 → 179. Plain JSON, as a host's API would return it.
import type { ChannelPieData, FunnelData } from 'crm-pulse/core';

/** Sales channel results of a year, % of the client base (source 000). */
export const channels: ChannelPieData = {
  unit: 'percent',
  gains: [
    { key: 'upsell', label: 'Допродажи ОС', value: 5 },
    { key: 'premium', label: 'Допродажи Премиум', value: 1.7 },
    { key: 'restoration', label: 'Восстановление', value: 1 },
    { key: 'referral', label: 'Рекомендации', value: 2.3 },
  ],
  losses: [
    { key: 'competitors', label: 'Потери — конкуренты', value: 2.3 },
    { key: 'other', label: 'Другие потери', value: 6.27 },
  ],
};

/** The needs funnel (source 001). */
export const needs: FunnelData = {
  stages: [
    { key: 'need', label: 'Потребность выявлена', count: 548 },
    { key: 'implemented', label: 'Внедрение проведено', count: 430 },
    { key: 'effect', label: 'Эффект зафиксирован', count: 330 },
    { key: 'confirmed', label: 'Эффект подтверждён', count: 179 },
  ],
};
