import type { AreaCatalog } from '../ids';
import type { analysisMessages as english } from './analysis-en';

/** Simplified Chinese words of the analysis' results (docs/architecture.md, "Languages"). */
export const analysisMessages: AreaCatalog<typeof english> = {};
