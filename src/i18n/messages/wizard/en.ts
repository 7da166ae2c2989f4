/**
 * English messages of the `wizard` area: the Create mirror session wizard. Loaded with its page (docs/architecture.md, "Languages").
 * Every id starts with `wizard.`; add it here and in zh-cn.ts together.
 */
export const messages = {} as const;
