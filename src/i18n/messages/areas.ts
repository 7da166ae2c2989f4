import type { Locale } from '../locale';
import { messages as coreEnglish } from './core/en';

/**
 * The message areas (docs/architecture.md, "Languages"). `core` is in the first page's bundle
 * in English; `results` loads before the first render; each page's area loads with the page.
 */
export const MESSAGE_AREAS = [
  'core',
  'results',
  'sessions',
  'wizard',
  'filters',
  'tester',
  'inventory',
  'settings',
] as const;
export type MessageArea = (typeof MESSAGE_AREAS)[number];

type AreaModule = Promise<{ messages: Readonly<Record<string, string>> }>;

/** How to load each area in each language: one chunk per area and language. */
export const AREA_LOADERS: Readonly<Record<MessageArea, Readonly<Record<Locale, () => AreaModule>>>> = {
  core: { en: () => Promise.resolve({ messages: coreEnglish }), 'zh-CN': () => import('./core/zh-cn') },
  results: { en: () => import('./results/en'), 'zh-CN': () => import('./results/zh-cn') },
  sessions: { en: () => import('./sessions/en'), 'zh-CN': () => import('./sessions/zh-cn') },
  wizard: { en: () => import('./wizard/en'), 'zh-CN': () => import('./wizard/zh-cn') },
  filters: { en: () => import('./filters/en'), 'zh-CN': () => import('./filters/zh-cn') },
  tester: { en: () => import('./tester/en'), 'zh-CN': () => import('./tester/zh-cn') },
  inventory: { en: () => import('./inventory/en'), 'zh-CN': () => import('./inventory/zh-cn') },
  settings: { en: () => import('./settings/en'), 'zh-CN': () => import('./settings/zh-cn') },
};

/** The area whose messages each feature's pages show, besides `core` and `results`. */
export const FEATURE_AREAS = {
  overview: 'core',
  sessions: 'sessions',
  'create-session': 'wizard',
  filters: 'filters',
  'packet-tester': 'tester',
  inventory: 'inventory',
  settings: 'settings',
} as const satisfies Record<string, MessageArea>;
