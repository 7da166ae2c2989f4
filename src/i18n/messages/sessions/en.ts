/**
 * English messages of the `sessions` area: the Mirror Sessions list and a session's page. Loaded with those pages (docs/architecture.md, "Languages").
 * Every id starts with `sessions.`; add it here and in zh-cn.ts together.
 */
export const messages = {} as const;
