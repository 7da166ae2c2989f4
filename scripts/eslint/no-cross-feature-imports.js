import { dirname, relative, resolve, sep } from 'node:path';

/**
 * ESLint rule: no feature imports another feature (docs/architecture.md, "Which layer may use
 * which"). Each import of a file in src/features/<x>/ is resolved (`@/` is src/, or relative to
 * the file) and reported when it lands in another src/features/<y>/. What two features need
 * belongs in shared-ui, components, api or domain.
 */
const SRC = resolve(import.meta.dirname, '../../src');

/** The feature a path of src/features/ belongs to (`sessions`), or null outside them. */
function featureOf(path) {
  const parts = relative(SRC, path).split(sep);
  return parts[0] === 'features' && parts[1] ? parts[1] : null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noCrossFeatureImports = {
  meta: {
    type: 'problem',
    docs: { description: 'A feature must not import another feature.' },
    schema: [],
    messages: {
      crossFeature:
        'src/features/{{from}} must not import src/features/{{to}}: no feature imports another. ' +
        'Move what both need to shared-ui, components, api or domain (see docs/architecture.md, "Which layer may use which").',
    },
  },
  create(context) {
    const from = featureOf(context.filename);
    if (from === null) return {};
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string') return;
      const target = specifier.startsWith('@/')
        ? resolve(SRC, specifier.slice(2))
        : specifier.startsWith('.')
          ? resolve(dirname(context.filename), specifier)
          : null;
      const to = target === null ? null : featureOf(target);
      if (to !== null && to !== from)
        context.report({ node: node.source, messageId: 'crossFeature', data: { from, to } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
