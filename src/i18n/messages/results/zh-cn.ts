import type { AreaCatalog } from '../ids';
import { analysisMessages } from './analysis-zh-cn';
import type { messages as english } from './en';
import { modelMessages } from './model-zh-cn';

/** Simplified Chinese messages of the `results` area, with the glossary's terms (docs/architecture.md, "Languages"). */
export const messages: AreaCatalog<typeof english> = { ...modelMessages, ...analysisMessages };
