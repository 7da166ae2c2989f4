import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { allMessagesOf, translatorFor } from './testing';

/**
 * Numbers a person reads are grouped the language's way (`{n, number}`), except a value typed
 * into a field: an input hint writes its limits as they are typed, ungrouped (docs/architecture.md,
 * "Languages"), so "1 to 32766" and "0 to 16777215" read alike.
 */
function groupedNumbers(elements: MessageFormatElement[], found: string[] = []): string[] {
  for (const e of elements) {
    if (e.type === TYPE.number) {
      const skeleton = e.style && typeof e.style === 'object' && 'tokens' in e.style ? e.style.tokens : [];
      if (!skeleton.some((token) => token.stem === 'group-off')) found.push(e.value);
    }
    if (e.type === TYPE.select || e.type === TYPE.plural)
      for (const option of Object.values(e.options)) groupedNumbers(option.value, found);
  }
  return found;
}

describe('numbers in input hints', () => {
  it.each(['en', 'zh-CN'] as const)('%s: no input hint groups a number typed into its field', (locale) => {
    const hints = Object.entries(allMessagesOf(locale)).filter(([id]) => /\.\w*Hint\w*$/.test(id));
    expect(hints.length).toBeGreaterThan(10);
    const grouped = hints.flatMap(([id, text]) => groupedNumbers(parse(text)).map((arg) => `${id} {${arg}}`));
    expect(grouped).toEqual([]);
  });

  it('says the limits of a priority and a VNI alike', () => {
    const { t } = translatorFor('en');
    expect(t('wizard.field.priorityHint', { max: 32766 })).toMatch(/^1 to 32766, /);
    expect(t('wizard.field.vniHint', { max: 16777215 })).toContain('0 to 16777215.');
    expect(t('wizard.field.packetLengthHint', { max: 1460 })).toContain('1 to 1460.');
  });
});
