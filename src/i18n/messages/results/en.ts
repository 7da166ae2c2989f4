/**
 * English messages of the `results` area: the words the domain's results are shown in: warnings, rule analysis findings, packet verdicts and their steps, constraint violations and the API's refusals as the console explains them. Loaded before the first page, which shows warnings (docs/architecture.md, "Languages").
 * Every id starts with `results.`; add it here and in zh-cn.ts together.
 */
export const messages = {} as const;
