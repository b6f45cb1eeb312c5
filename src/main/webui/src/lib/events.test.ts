import { describe, expect, it } from 'vitest';
import { describeChange, mergeEvents } from './events';

const event = (id: string, createdAt: string) => ({ id, createdAt });

describe('mergeEvents', () => {
  it('puts a live event on top of the page', () => {
    const page = [event('evt_2', '2026-12-02T10:00:02Z'), event('evt_1', '2026-12-02T10:00:01Z')];
    expect(mergeEvents([event('evt_3', '2026-12-02T10:00:03Z')], page).map((e) => e.id)).toEqual(['evt_3', 'evt_2', 'evt_1']);
  });

  it('keeps each event once when the subscription repeats one the page holds', () => {
    const page = [event('evt_2', '2026-12-02T10:00:02Z'), event('evt_1', '2026-12-02T10:00:01Z')];
    const merged = mergeEvents([event('evt_2', '2026-12-02T10:00:02Z')], page);
    expect(merged.map((e) => e.id)).toEqual(['evt_2', 'evt_1']);
  });

  it('after a reconnect, merges the catch-up page with what was delivered before the drop, in time order', () => {
    const live = [event('evt_4', '2026-12-02T10:00:04Z'), event('evt_3', '2026-12-02T10:00:03Z')];
    // Missed while the socket was down: evt_5 and evt_6; the page overlaps the live ones.
    const catchUp = [
      event('evt_6', '2026-12-02T10:00:06Z'),
      event('evt_5', '2026-12-02T10:00:05Z'),
      event('evt_4', '2026-12-02T10:00:04Z'),
      event('evt_3', '2026-12-02T10:00:03Z'),
    ];
    expect(mergeEvents(catchUp, live).map((e) => e.id)).toEqual(['evt_6', 'evt_5', 'evt_4', 'evt_3']);
  });

  it('keeps events of the same instant in their delivered order', () => {
    const same = '2026-12-02T10:00:00Z';
    expect(mergeEvents([event('evt_b', same)], [event('evt_a', same)]).map((e) => e.id)).toEqual(['evt_b', 'evt_a']);
  });
});

describe('describeChange', () => {
  it('reads updates as from → to and other data as values', () => {
    expect(describeChange('{"email":{"from":"a@x.example","to":"b@x.example"},"phone":{"from":null,"to":"+1555"}}')).toEqual([
      { field: 'email', from: 'a@x.example', to: 'b@x.example' },
      { field: 'phone', from: '—', to: '+1555' },
    ]);
    expect(describeChange('{"transfer_id":"tr_1","amount":{"amount":1000,"currency":"usd"}}')).toEqual([
      { field: 'transfer_id', value: 'tr_1' },
      { field: 'amount', value: '{"amount":1000,"currency":"usd"}' },
    ]);
    expect(describeChange('{"changes":{"metadata.tier":{"from":null,"to":"gold"},"email":{"from":"a","to":"b"}}}')).toEqual([
      { field: 'metadata.tier', from: '—', to: 'gold' },
      { field: 'email', from: 'a', to: 'b' },
    ]);
    expect(describeChange('{"fields":["email","country"]}')).toEqual([{ field: 'fields', value: 'email, country' }]);
    expect(describeChange('{}')).toEqual([]);
    expect(describeChange('not json')).toEqual([{ field: '', value: 'not json' }]);
  });
});
