import { lazyRouteComponent } from '@tanstack/react-router';
import { loadPageMessages, type MessageArea } from '@/i18n';

/**
 * A page in its own chunk whose words load with its code: the route renders once both are
 * here, so a page never shows a message id (docs/architecture.md, "Languages").
 */
export function lazyPage<Module extends Record<string, unknown>, Name extends keyof Module>(
  area: MessageArea,
  importer: () => Promise<Module>,
  name: Name,
) {
  return lazyRouteComponent(
    () => Promise.all([importer(), loadPageMessages(area)]).then(([module]) => module),
    name,
  );
}
