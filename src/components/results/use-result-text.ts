import { useCallback } from 'react';
import { useT } from '@/i18n';
import { resultText, type ResultDescriptor } from '@/i18n/result-text';

export type { ResultDescriptor };

/**
 * Renders the domain's results in the chosen language, whichever part made them (warnings,
 * violations, field messages and rule sentences of the model; findings, verdict steps, example
 * packets and capture problems of the analysis): `text(descriptor)`. A form error string carrying a descriptor is rendered
 * too; any other text (the API's own words) is shown as it is.
 *
 * @example const text = useResultText(); text(warning.message)
 */
export function useResultText(): (descriptor: ResultDescriptor | string | undefined) => string {
  const translator = useT();
  return useCallback((descriptor) => resultText(translator, descriptor), [translator]);
}
