/**
 * English messages of the `filters` area: the Mirror Filters list and a filter's page. Loaded with those pages (docs/architecture.md, "Languages").
 * Every id starts with `filters.`; add it here and in zh-cn.ts together.
 */
export const messages = {} as const;
