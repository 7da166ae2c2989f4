import type { AreaCatalog } from '../ids';
import type { messages as english } from './en';

/** Simplified Chinese messages of the `tester` area, with the glossary's terms (docs/architecture.md, "Languages"). */
export const messages: AreaCatalog<typeof english> = {};
