import { describe, expect, it } from 'vitest';
import { halfway, layoutGraph } from './graph-layout';
import { shorten } from './graph-node';

describe('shorten', () => {
  it.each([
    ['fits', 'vpc-prod', 23, 'vpc-prod'],
    ['exactly fits', 'a'.repeat(23), 23, 'a'.repeat(23)],
    ['Latin, cut to its width', 'a'.repeat(30), 23, `${'a'.repeat(22)}…`],
    ['wide characters count two', '镜像会话'.repeat(4), 23, '镜像会话镜像会话镜像…'],
    ['mixed', '3 个镜像会话，2 个镜像源', 16, '3 个镜像会话，2…'],
  ])('%s', (_, text, max, expected) => {
    expect(shorten(text, max)).toBe(expected);
  });
});

describe('layoutGraph', () => {
  it('lays out left to right and gives a labelled edge its label centre between the two boxes', () => {
    const laid = layoutGraph({
      nodes: [
        { id: 'a', width: 100, height: 40 },
        { id: 'b', width: 100, height: 40 },
      ],
      edges: [{ id: 'e', from: 'a', to: 'b', label: { width: 80, height: 20 } }],
    });
    const [a, b] = [laid.nodes.get('a')!, laid.nodes.get('b')!];
    const label = laid.edges.get('e')!.label!;
    expect(a.x + a.width).toBeLessThan(label.x - 40);
    expect(label.x + 40).toBeLessThan(b.x);
    expect(
      halfway([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ]),
    ).toEqual({ x: 5, y: 0 });
  });
});
