import { describe, expect, it } from 'vitest';
import { firstIncompleteStep, stepOfField, type StepId } from './wizard-steps';
import { blankValues, isChangedDraft, type WizardValues } from './wizard-values';

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
