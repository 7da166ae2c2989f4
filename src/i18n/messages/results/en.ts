import { analysisMessages } from './analysis-en';
import { modelMessages } from './model-en';

/**
 * English messages of the `results` area: the words the domain's results are shown in (warnings,
 * findings, verdicts and their steps, constraint violations, the API's refusals as the console
 * explains them). Loaded before the first page, which shows warnings (docs/architecture.md,
 * "Languages"). Every id starts with `results.`; the model's and the analysis' words are kept in
 * two files.
 */
export const messages = { ...modelMessages, ...analysisMessages } as const;
