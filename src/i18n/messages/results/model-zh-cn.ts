import type { AreaCatalog } from '../ids';
import type { modelMessages as english } from './model-en';

/** Simplified Chinese words of the domain model's results (docs/architecture.md, "Languages"). */
export const modelMessages: AreaCatalog<typeof english> = {};
