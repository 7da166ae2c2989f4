/**
 * English messages of the `tester` area: the Packet Tester: packets, captures, verdicts as the page lays them out. Loaded with its page (docs/architecture.md, "Languages").
 * Every id starts with `tester.`; add it here and in zh-cn.ts together.
 */
export const messages = {} as const;
