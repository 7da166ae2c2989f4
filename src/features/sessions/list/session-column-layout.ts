import type { SessionSortKey } from '../session-rows';

/** Layout of a column: a fixed width or a share of the room left, alignment, and its sorts. */
export interface ColumnLayout {
  /** Pixels. */
  width?: number;
  /** Share of the width the fixed columns leave. */
  grow?: number;
  numeric?: boolean;
  /** The sort its header offers (a stacked header offers more in its second line). */
  sortKey?: SessionSortKey;
  /** Stays in view at the right edge. */
  sticky?: boolean;
  /** Two lines: the header holds its own sort buttons, one per line. */
  stacked?: boolean;
}

/** How the table is laid out for the room it has. */
export interface SessionTableLayout {
  /** Two lines a row: created under the name, VNI and packet length under the target. */
  compact: boolean;
  rowHeight: number;
  columns: Record<string, ColumnLayout>;
}

const select: ColumnLayout = { width: 32 };
const name: ColumnLayout = { grow: 1.2, sortKey: 'name' };
const status: ColumnLayout = { width: 78, sortKey: 'status' };
const priority: ColumnLayout = { width: 64, numeric: true, sortKey: 'priority' };
const filter: ColumnLayout = { grow: 0.8, sortKey: 'filter' };
const sources: ColumnLayout = { width: 66, numeric: true, sortKey: 'sources' };
const target: ColumnLayout = { grow: 1.1, sortKey: 'target' };

/** One line a row, every column: screens wider than about 1320 px. */
export const WIDE_LAYOUT: SessionTableLayout = {
  compact: false,
  rowHeight: 36,
  columns: {
    select,
    name,
    status,
    priority,
    filter,
    sources,
    target,
    vni: { width: 52, numeric: true, sortKey: 'vni' },
    packetLength: { width: 64, numeric: true, sortKey: 'packetLength' },
    created: { width: 132, sortKey: 'created' },
    actions: { width: 118, sticky: true },
  },
};

/** Two lines a row, VNI, packet length and created in the second lines: 1280 px screens and narrower. */
export const COMPACT_LAYOUT: SessionTableLayout = {
  compact: true,
  rowHeight: 48,
  columns: {
    select,
    name: { ...name, stacked: true },
    status,
    priority,
    filter,
    sources,
    target: { ...target, stacked: true },
    actions: { width: 72, sticky: true },
  },
};

/** The narrowest a growing column gets in the wide layout before the compact one is used. */
const MIN_GROWING_WIDTH = 160;

function fixedWidth(layout: SessionTableLayout): number {
  return Object.values(layout.columns).reduce((sum, c) => sum + (c.width ?? 0), 0);
}

function totalGrow(layout: SessionTableLayout): number {
  return Object.values(layout.columns).reduce((sum, c) => sum + (c.grow ?? 0), 0);
}

/**
 * The layout for a table `available` pixels wide: every column on one line when the growing
 * columns (name, filter, target) keep at least 160 px each (most names whole), else two lines a row.
 */
export function sessionTableLayout(available: number): SessionTableLayout {
  const growing = Object.values(WIDE_LAYOUT.columns).filter((c) => c.grow).length;
  return available - fixedWidth(WIDE_LAYOUT) >= growing * MIN_GROWING_WIDTH ? WIDE_LAYOUT : COMPACT_LAYOUT;
}

/**
 * Each column's width in pixels for a table `available` pixels wide: fixed columns keep
 * theirs, growing ones share the rest by their `grow` (never below 80 px).
 */
export function columnWidths(layout: SessionTableLayout, available: number): Record<string, number> {
  const room = Math.max(0, available - fixedWidth(layout));
  const grow = totalGrow(layout);
  return Object.fromEntries(
    Object.entries(layout.columns).map(([id, c]) => [
      id,
      c.width ?? Math.max(80, Math.floor((room * (c.grow ?? 0)) / grow)),
    ]),
  );
}
