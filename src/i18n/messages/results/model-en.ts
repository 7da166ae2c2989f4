/**
 * English words of the domain model's results: warnings W1-W4, constraint violations, quota and
 * field checks, rule sentences, and the API's refusals as the console explains them
 * (docs/architecture.md, "Languages"). Every id starts with `results.`.
 */
export const modelMessages = {} as const;
