import { describe, expect, it } from 'vitest';
import { decide, type DecisionInput } from '../../shared/sync/decide.js';
import type { LinkRow } from '../../shared/state/types.js';

const created: LinkRow = {
  srId: '1',
  state: 'CREATED',
  leaseOwner: '',
  leaseUntil: 0,
  workItemId: 7,
  rev: 3,
  hash: 'h1',
  updateTime: 1000,
  srVersion: 5,
  etag: 'e',
};

const input = (overrides: Partial<DecisionInput>): DecisionInput => ({
  link: created,
  ticketUpdateTime: 1000,
  ticketVersion: 5,
  desiredHash: 'h1',
  now: 50_000,
  ...overrides,
});

describe('decide', () => {
  it('creates when the SR has no link', () => {
    expect(decide(input({ link: null })).kind).toBe('create');
  });

  it('skips when the redacted state hashes the same', () => {
    expect(decide(input({})).kind).toBe('skip-unchanged');
  });

  it('updates when the hash changed and the SR is newer', () => {
    expect(decide(input({ desiredHash: 'h2', ticketUpdateTime: 2000, ticketVersion: 6 })).kind).toBe('update');
  });

  it('updates on a changed hash at the same version (mapping changed)', () => {
    expect(decide(input({ desiredHash: 'h2' })).kind).toBe('update');
  });

  it('skips a version older than the one applied even when its hash differs', () => {
    expect(decide(input({ desiredHash: 'h0', ticketVersion: 4, ticketUpdateTime: 2000 })).kind).toBe('skip-stale');
  });

  it('falls back to update_time when either side lacks a version', () => {
    expect(decide(input({ desiredHash: 'h0', ticketVersion: undefined, ticketUpdateTime: 999 })).kind).toBe('skip-stale');
    expect(decide(input({ desiredHash: 'h0', ticketVersion: undefined, ticketUpdateTime: 1001 })).kind).toBe('update');
  });

  it('waits for another instance holding a live create claim', () => {
    const claim: LinkRow = { srId: '1', state: 'CREATING', leaseOwner: 'other', leaseUntil: 60_000, etag: 'e' };
    expect(decide(input({ link: claim })).kind).toBe('busy');
  });

  it('resumes a claim whose lease expired (its holder crashed)', () => {
    const expired: LinkRow = { srId: '1', state: 'CREATING', leaseOwner: 'other', leaseUntil: 10_000, etag: 'e' };
    expect(decide(input({ link: expired })).kind).toBe('resume-create');
  });
});
