import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../../app/i18n';
import { NOTIFICATION_KINDS, appPath, badgeText, kindLabelKey, sortKinds, whenOf } from './kinds';

/** The values of `enum NotificationKind` in the schema the server serves. */
function schemaKinds(): string[] {
  const sdl = readFileSync(resolve(__dirname, '../../../../graph/notifications.graphqls'), 'utf8');
  const body = /enum NotificationKind\s*\{([^}]*)\}/.exec(sdl)?.[1] ?? '';
  return body
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter((l) => /^[A-Z_]+$/.test(l));
}

describe('kind labels', () => {
  it('knows every kind of the schema, and no other', () => {
    expect(schemaKinds().length).toBeGreaterThan(0);
    expect([...NOTIFICATION_KINDS].sort()).toEqual(schemaKinds().sort());
  });

  it.each(['fr', 'en'] as const)('names every kind in %s, never with its raw code', (lang) => {
    const labels = NOTIFICATION_KINDS.map((k) => translate(lang, kindLabelKey(k)));
    for (const [i, label] of labels.entries()) {
      expect(label).not.toBe(kindLabelKey(NOTIFICATION_KINDS[i]));
      expect(label).not.toMatch(/^[A-Z_]+$/);
    }
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('says a rejected slip in both languages', () => {
    expect(translate('fr', kindLabelKey('SLIP_REJECTED'))).toBe('Bon de séance refusé');
    expect(translate('en', kindLabelKey('SLIP_REJECTED'))).toBe('Session slip rejected');
  });

  it('sorts preferences in the schema order', () => {
    const sorted = sortKinds([{ kind: 'STATEMENT_ISSUED' as const }, { kind: 'INVITATION' as const }, { kind: 'SLIP_REJECTED' as const }]);
    expect(sorted.map((p) => p.kind)).toEqual(['INVITATION', 'SLIP_REJECTED', 'STATEMENT_ISSUED']);
  });
});

describe('the bell', () => {
  it('shows nothing at zero, the count up to 99, then 99+', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(-2)).toBe('');
    expect(badgeText(Number.NaN)).toBe('');
    expect(badgeText(1)).toBe('1');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');
    expect(badgeText(12345)).toBe('99+');
  });

  it('reads its count out in words, with real plurals', () => {
    expect(translate('fr', 'notifications.bellUnread', { n: 1 })).toBe('1 notification non lue');
    expect(translate('fr', 'notifications.bellUnread', { n: 3 })).toBe('3 notifications non lues');
    expect(translate('en', 'notifications.bellUnread', { n: 1 })).toBe('1 unread notification');
    expect(translate('en', 'notifications.bellUnread', { n: 3 })).toBe('3 unread notifications');
    expect(translate('fr', 'notifications.unreadCount', { n: 0 })).toBe('Tout est lu');
    expect(translate('fr', 'notifications.unreadCount', { n: 2 })).toBe('2 non lues');
  });
});

describe('whenOf', () => {
  // 26 November 2026, 10:30 in Paris (UTC+1).
  const now = new Date('2026-11-26T09:30:00Z');
  const say = (time: string, lang: 'fr' | 'en' = 'fr') => {
    const { key, ...vars } = whenOf(time, now, lang);
    return translate(lang, key, vars);
  };

  it('says how long ago within the hour', () => {
    expect(say('2026-11-26T09:29:40Z')).toBe('à l’instant');
    expect(say('2026-11-26T09:25:00Z')).toBe('il y a 5 min');
    expect(say('2026-11-26T09:25:00Z', 'en')).toBe('5 min ago');
  });

  it('gives the Paris time today and yesterday', () => {
    expect(say('2026-11-26T07:05:00Z')).toBe('aujourd’hui à 08:05');
    // 23:30 UTC on the 25th is already the 26th in Paris.
    expect(say('2026-11-25T23:30:00Z')).toBe('aujourd’hui à 00:30');
    expect(say('2026-11-25T17:40:00Z')).toBe('hier à 18:40');
    expect(say('2026-11-25T17:40:00Z', 'en')).toBe('yesterday at 18:40');
  });

  it('gives the date and time before that, in Paris', () => {
    expect(say('2026-07-14T20:00:00Z')).toBe('le 14/07/2026 22:00');
    expect(say('2026-07-14T20:00:00Z', 'en')).toBe('on 14/07/2026, 22:00');
  });
});

describe('appPath', () => {
  it('follows a path inside the app', () => {
    expect(appPath('/my-slips')).toBe('/my-slips');
    expect(appPath('/productions/42/planning')).toBe('/productions/42/planning');
  });

  it('follows nothing else', () => {
    for (const bad of ['', null, undefined, '//evil.test/x', 'https://evil.test', 'javascript:alert(1)', '/\\evil.test']) expect(appPath(bad)).toBeNull();
  });
});
