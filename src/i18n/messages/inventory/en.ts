/**
 * English messages of the `inventory` area: the Network Interfaces and Load Balancers pages. Loaded with those pages (docs/architecture.md, "Languages").
 * Every id starts with `inventory.`; add it here and in zh-cn.ts together.
 */
export const messages = {} as const;
