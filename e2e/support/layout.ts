import { expect, type Page } from '@playwright/test';

/** The two screen sizes operators use. */
export const OPERATOR_VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
] as const;

/** A table row taller than this (about four lines of text) holds a paragraph, not a row. */
export const MAX_ROW_HEIGHT = 120;

/**
 * What is wrong with the layout of the page as shown, one sentence per problem:
 * - the document scrolls sideways;
 * - an element inside `main` is wider than its box (it scrolls sideways or spills out), except
 *   text cut with an ellipsis whose full text is in a `title` on it or its only child;
 * - a visible button or link in `main` is outside the viewport's width or cut by an ancestor
 *   that hides overflow;
 * - a table row in `main` is taller than {@link MAX_ROW_HEIGHT}.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((maxRow) => {
    const problems: string[] = [];
    const describe = (el: Element): string => {
      const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${label}"`;
    };
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      problems.push(`the document scrolls sideways (${root.scrollWidth} > ${root.clientWidth} px)`);
    }
    const main = document.querySelector('main');
    if (!main) return [...problems, 'there is no main element'];
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const titled = (el: Element) =>
      el.hasAttribute('title') || (el.children.length === 1 && el.children[0]?.hasAttribute('title'));
    for (const el of main.querySelectorAll('*')) {
      if (!(el instanceof HTMLElement) || !visible(el) || el.closest('.sr-only')) continue;
      const style = getComputedStyle(el);
      if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible') {
        if (style.textOverflow === 'ellipsis' && titled(el)) continue;
        problems.push(`${describe(el)} is wider than its box (${el.scrollWidth} > ${el.clientWidth} px)`);
      }
    }
    const mainBox = main.getBoundingClientRect();
    for (const el of main.querySelectorAll('button, a[href], [role="button"], [role="tab"], summary')) {
      if (!visible(el) || el.closest('.sr-only')) continue;
      const box = el.getBoundingClientRect();
      if (box.left < mainBox.left - 1 || box.right > Math.min(mainBox.right, window.innerWidth) + 1) {
        problems.push(`${describe(el)} is outside the page's width (${box.left}-${box.right} px)`);
        continue;
      }
      for (let up = el.parentElement; up && up !== main; up = up.parentElement) {
        if (getComputedStyle(up).overflowX === 'visible') continue;
        const clip = up.getBoundingClientRect();
        if (box.left < clip.left - 1 || box.right > clip.right + 1) {
          problems.push(`${describe(el)} is cut by ${describe(up)}`);
          break;
        }
      }
    }
    for (const row of main.querySelectorAll('tbody tr')) {
      const height = row.getBoundingClientRect().height;
      if (height > maxRow) problems.push(`${describe(row)} is ${Math.round(height)} px tall`);
    }
    return problems;
  }, MAX_ROW_HEIGHT);
}

/** Fails with every layout problem of the page as shown (see {@link layoutProblems}). */
export async function expectTidyLayout(page: Page, where: string): Promise<void> {
  expect(await layoutProblems(page), `layout problems on ${where}`).toEqual([]);
}
