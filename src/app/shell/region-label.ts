import type { I18nValue, MessageId } from '@/i18n';

const known = new Set([
  'cn-north-4',
  'cn-east-2',
  'cn-south-1',
  'ap-southeast-1',
  'ap-southeast-3',
  'eu-west-101',
]);

/** Human name of a region id in the current language, falling back to the id itself. */
export function regionLabel(t: I18nValue['t'], region: string): string {
  return known.has(region) ? t(`region.${region}` as MessageId) : region;
}

/** A region as the selector and the region lists show it: its name and its id. */
export function regionOption(t: I18nValue['t'], region: string): string {
  return t('region.option', { label: regionLabel(t, region), id: region });
}
