import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstIncompleteStep, stepOfField } from './wizard-steps';
import {
  blankValues,
  isChangedDraft,
  loadDraft,
  saveDraft,
  type StepId,
  type WizardValues,
} from './wizard-values';

const complete: WizardValues = {
  ...blankValues(3),
  name: 'web-to-ids',
  traffic_mirror_filter_id: 'filter-1',
  traffic_mirror_sources: ['port-1'],
  traffic_mirror_target_type: 'elb',
  traffic_mirror_target_id: 'lb-1',
};

describe('firstIncompleteStep', () => {
  const cases: [string, WizardValues, StepId][] = [
    ['a complete draft reaches review', complete, 'review'],
    ['a missing name stops at the session step', { ...complete, name: '' }, 'session'],
    ['an emptied VNI stops at the session step', { ...complete, virtual_network_id: '' }, 'session'],
    ['a NaN priority stops at the session step', { ...complete, priority: Number.NaN }, 'session'],
    ['no filter stops at the filter step', { ...complete, traffic_mirror_filter_id: '' }, 'filter'],
    ['no source stops at the sources step', { ...complete, traffic_mirror_sources: [] }, 'sources'],
    ['no target stops at the target step', { ...complete, traffic_mirror_target_id: '' }, 'target'],
    ['the earliest gap wins', { ...complete, name: '', traffic_mirror_target_id: '' }, 'session'],
  ];
  it.each(cases)('%s', (_, values, step) => {
    expect(firstIncompleteStep(values)).toBe(step);
  });
});

describe('stepOfField', () => {
  it.each([
    ['priority', 'session'],
    ['traffic_mirror_sources.2', 'sources'],
    ['traffic_mirror_target_id', 'target'],
    ['traffic_mirror_session', 'review'],
  ])('%s belongs to %s', (field, step) => {
    expect(stepOfField(field)).toBe(step);
  });
});

describe('isChangedDraft', () => {
  const blank = blankValues(1);
  it('a blank draft with another suggested priority is unchanged', () => {
    expect(isChangedDraft(blankValues(4), blank, null)).toBe(false);
  });
  it('a name, a source or a filter being written is a change', () => {
    expect(isChangedDraft({ ...blank, name: 'x' }, blank, null)).toBe(true);
    expect(isChangedDraft({ ...blank, traffic_mirror_sources: ['p'] }, blank, null)).toBe(true);
    expect(isChangedDraft(blank, blank, { name: '', description: '', ingress: [], egress: [] })).toBe(true);
  });
});

describe('isChangedDraft with filters the wizard created', () => {
  const blank = blankValues(1);
  it('a blank form whose filter step created a filter is a change (it must not be forgotten)', () => {
    expect(isChangedDraft(blank, blank, null, [{ id: 'f-1', name: 'web-in' }])).toBe(true);
    expect(isChangedDraft(blank, blank, null, [])).toBe(false);
  });
});

describe('the saved draft', () => {
  beforeEach(() => {
    const items = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    });
  });
  afterEach(() => void vi.unstubAllGlobals());

  const draft = {
    values: { ...complete },
    step: 'sources' as const,
    filterMode: 'existing' as const,
    newFilter: null,
    savedAt: '2024-05-01T10:00:00.000Z',
  };

  it('keeps the filters the wizard created through a reload', () => {
    saveDraft('cn-north-4', { ...draft, createdFilters: [{ id: 'f-1', name: 'web-in' }] });
    expect(loadDraft('cn-north-4')?.createdFilters).toEqual([{ id: 'f-1', name: 'web-in' }]);
  });

  it('reads a draft saved before created filters were kept as having none', () => {
    localStorage.setItem('tm-console.create-session-draft.cn-north-4', JSON.stringify(draft));
    expect(loadDraft('cn-north-4')?.createdFilters).toEqual([]);
  });
});
