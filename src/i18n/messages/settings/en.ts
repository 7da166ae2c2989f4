/**
 * English messages of the `settings` area: the Settings page. Loaded with its page (docs/architecture.md, "Languages").
 * Every id starts with `settings.`; add it here and in zh-cn.ts together.
 */
export const messages = {} as const;
