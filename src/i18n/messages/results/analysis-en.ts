/**
 * English words of the analysis' results: rule analysis findings, packet verdicts and their
 * steps, example packets, capture and packet-file problems (docs/architecture.md, "Languages").
 * Every id starts with `results.`.
 */
export const analysisMessages = {} as const;
