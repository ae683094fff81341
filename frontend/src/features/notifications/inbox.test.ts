import { describe, expect, it } from 'vitest';
import { MAX_REFRESH, PAGE_SIZE, append, markRead, prepend, refreshSize, type Item } from './inbox';

const n = (id: string, readAt: string | null = null): Item => ({
  id,
  kind: 'SLIP_REJECTED',
  title: `n${id}`,
  body: '',
  link: '',
  createdAt: '2026-11-26T09:00:00Z',
  readAt,
});

describe('the inbox list', () => {
  it('puts a new notification on top, once', () => {
    const list = [n('2'), n('1')];
    expect(prepend(list, n('3')).map((i) => i.id)).toEqual(['3', '2', '1']);
    expect(prepend(list, n('2', 'x')).map((i) => [i.id, i.readAt])).toEqual([
      ['2', 'x'],
      ['1', null],
    ]);
  });

  it('appends the next page without repeating a live arrival', () => {
    expect(append([n('5'), n('4')], [n('4'), n('3')]).map((i) => i.id)).toEqual(['5', '4', '3']);
  });

  it('marks some or all read, keeping the first reading time', () => {
    const list = [n('3'), n('2', 'before'), n('1')];
    expect(markRead(list, ['1'], 'now').map((i) => i.readAt)).toEqual([null, 'before', 'now']);
    expect(markRead(list, null, 'now').map((i) => i.readAt)).toEqual(['now', 'before', 'now']);
  });

  it('reads again what is shown, within bounds', () => {
    expect(refreshSize(0)).toBe(PAGE_SIZE);
    expect(refreshSize(45)).toBe(45);
    expect(refreshSize(500)).toBe(MAX_REFRESH);
  });
});
