import { describe, expect, it } from 'vitest';
import type { DeliveryStatus } from '../../gql/graphql';
import { translate, type T } from '../../app/i18n';
import { languageName } from '../../lib/labels';
import {
  DELIVERY_STATUSES,
  blockersOf,
  blockingCount,
  itemDetail,
  dueBadge,
  formatBytes,
  groupDeliveries,
  parseBytes,
  sortDeliveries,
  sortIssues,
  statusKey,
  urgency,
} from './deliveries';

const TODAY = '2026-11-26';

function d(id: string, dueDate: string, status: DeliveryStatus = 'IN_PROGRESS', title = 'Film') {
  return { id, dueDate, status, production: { title } };
}

describe('status labels', () => {
  it('speaks the coordinators’ French', () => {
    expect(DELIVERY_STATUSES.map((s) => translate('fr', statusKey(s)))).toEqual([
      'En attente',
      'En cours',
      'En contrôle qualité',
      'QC non conforme',
      'Prêt',
      'Envoyé',
      'Accepté',
      'Refusé',
    ]);
  });

  it('has an English label for every status', () => {
    expect(DELIVERY_STATUSES.map((s) => translate('en', statusKey(s)))).toEqual([
      'Pending',
      'In progress',
      'In QC',
      'QC failed',
      'Ready',
      'Sent',
      'Accepted',
      'Rejected',
    ]);
  });
});

describe('urgency', () => {
  it('follows the server: late when the due date passed, at risk within 7 days, neither once sent', () => {
    expect(urgency(d('a', '2026-11-25'), TODAY)).toBe('late');
    expect(urgency(d('a', TODAY), TODAY)).toBe('atRisk');
    expect(urgency(d('a', '2026-12-03'), TODAY)).toBe('atRisk');
    expect(urgency(d('a', '2026-12-04'), TODAY)).toBe('upcoming');
    expect(urgency(d('a', '2026-11-01', 'SENT'), TODAY)).toBe('sent');
    expect(urgency(d('a', '2026-11-01', 'ACCEPTED'), TODAY)).toBe('sent');
    // A rejected delivery must go out again: it can be late.
    expect(urgency(d('a', '2026-11-01', 'REJECTED'), TODAY)).toBe('late');
  });

  it('trusts the server’s flags when it has them (its today may be another day)', () => {
    expect(urgency({ ...d('a', '2026-12-20'), atRisk: true, late: false }, TODAY)).toBe('atRisk');
    expect(urgency({ ...d('a', '2026-11-27'), atRisk: false, late: false }, TODAY)).toBe('upcoming');
    expect(urgency({ ...d('a', '2026-11-27'), atRisk: false, late: true }, TODAY)).toBe('late');
  });
});

describe('dueBadge', () => {
  it('counts days late or left, says nothing when the date is far or the delivery sent', () => {
    expect(dueBadge(d('a', '2026-11-23'), TODAY)).toEqual({ key: 'delivery.lateBy', n: 3, urgency: 'late' });
    expect(dueBadge(d('a', TODAY), TODAY)).toEqual({ key: 'delivery.dueToday', n: 0, urgency: 'atRisk' });
    expect(dueBadge(d('a', '2026-12-01'), TODAY)).toEqual({ key: 'delivery.dueIn', n: 5, urgency: 'atRisk' });
    expect(dueBadge(d('a', '2027-01-10'), TODAY)).toBeNull();
    expect(dueBadge(d('a', '2026-11-20', 'SENT'), TODAY)).toBeNull();
  });

  it('reads in French', () => {
    const b = dueBadge(d('a', '2026-11-24'), TODAY)!;
    expect(translate('fr', b.key, { n: b.n })).toBe('2 j de retard');
  });
});

describe('sortDeliveries', () => {
  const list = [
    d('1', '2026-12-10', 'QC', 'B'),
    d('2', '2026-11-30', 'PENDING', 'A'),
    d('3', '2026-12-10', 'READY', 'A'),
    d('4', '2026-11-20', 'QC', 'C'),
  ];

  it('by due date, then production title', () => {
    expect(sortDeliveries(list).map((x) => x.id)).toEqual(['4', '2', '3', '1']);
  });

  it('by status in the order of the machine, then due date', () => {
    expect(sortDeliveries(list, 'status').map((x) => x.id)).toEqual(['2', '4', '1', '3']);
  });

  it('does not touch the list it is given', () => {
    sortDeliveries(list);
    expect(list.map((x) => x.id)).toEqual(['1', '2', '3', '4']);
  });
});

describe('groupDeliveries', () => {
  const list = [
    d('upcoming', '2027-02-01'),
    d('sent', '2026-11-10', 'SENT'),
    d('risk2', '2026-12-02'),
    d('late', '2026-11-20', 'QC_FAILED'),
    d('risk1', '2026-11-27', 'QC'),
  ];

  it('by due date: late, within 7 days, later, sent — each by date, empty groups left out', () => {
    expect(groupDeliveries(list, 'due', TODAY).map((g) => [g.key, g.items.map((x) => x.id)])).toEqual([
      ['late', ['late']],
      ['atRisk', ['risk1', 'risk2']],
      ['upcoming', ['upcoming']],
      ['sent', ['sent']],
    ]);
    expect(groupDeliveries([d('x', '2027-01-01')], 'due', TODAY).map((g) => g.key)).toEqual(['upcoming']);
  });

  it('by status in the order of the machine', () => {
    expect(groupDeliveries(list, 'status', TODAY).map((g) => g.key)).toEqual(['IN_PROGRESS', 'QC', 'QC_FAILED', 'SENT']);
    expect(groupDeliveries(list, 'status', TODAY)[0].items.map((x) => x.id)).toEqual(['risk2', 'upcoming']);
  });
});

describe('formatBytes', () => {
  it('uses French decimal units with a decimal comma', () => {
    expect(formatBytes('0')).toBe('0\u00a0octets');
    expect(formatBytes('1')).toBe('1\u00a0octet');
    expect(formatBytes('999')).toBe('999\u00a0octets');
    expect(formatBytes('1000')).toBe('1\u00a0Ko');
    expect(formatBytes('1536000')).toBe('1,54\u00a0Mo');
    expect(formatBytes('1500000000')).toBe('1,5\u00a0Go');
    expect(formatBytes('48318382080')).toBe('48,3\u00a0Go');
    expect(formatBytes('250000000000')).toBe('250\u00a0Go');
    expect(formatBytes('1200000000000')).toBe('1,2\u00a0To');
  });

  it('handles files past 2 GB and 2^32 bytes, as decimal strings', () => {
    expect(formatBytes('4294967296')).toBe('4,29\u00a0Go');
    expect(formatBytes('9007199254740993')).toBe('9,01\u00a0Po');
  });

  it('speaks English', () => {
    expect(formatBytes('1500000000', 'en')).toBe('1.5\u00a0GB');
    expect(formatBytes('12', 'en')).toBe('12\u00a0bytes');
  });

  it('gives nothing for no size or garbage', () => {
    expect(formatBytes(null)).toBe('');
    expect(formatBytes(undefined)).toBe('');
    expect(formatBytes('-5')).toBe('');
    expect(formatBytes('12abc')).toBe('');
  });
});

describe('parseBytes', () => {
  it('reads bytes, with or without thousands separators', () => {
    expect(parseBytes('123456')).toBe('123456');
    expect(parseBytes('48 318 382 080')).toBe('48318382080');
    expect(parseBytes('48\u202f318\u202f382\u202f080 octets')).toBe('48318382080');
  });

  it('reads a size with a unit, French or English', () => {
    expect(parseBytes('1,5 Go')).toBe('1500000000');
    expect(parseBytes('2.3GB')).toBe('2300000000');
    expect(parseBytes('750 Mo')).toBe('750000000');
    expect(parseBytes('1 To')).toBe('1000000000000');
  });

  it('refuses what it cannot read', () => {
    expect(parseBytes('')).toBeNull();
    expect(parseBytes('beaucoup')).toBeNull();
    expect(parseBytes('1,5')).toBeNull();
    expect(parseBytes('-3')).toBeNull();
  });
});

describe('compatibility', () => {
  const issues = [
    { code: 'LOUDNESS', severity: 'WARNING' },
    { code: 'FRAME_RATE_CONVERSION', severity: 'BLOCKING' },
    { code: 'COLOUR_SPACE', severity: 'WARNING' },
    { code: 'MISSING_SUBTITLES', severity: 'BLOCKING' },
  ];

  it('counts the blocking issues', () => {
    expect(blockingCount({ issues })).toBe(2);
    expect(blockingCount({ issues: [] })).toBe(0);
    expect(blockingCount(null)).toBe(0);
  });

  it('puts blocking issues first, keeping the server’s order', () => {
    expect(sortIssues(issues).map((i) => i.code)).toEqual(['FRAME_RATE_CONVERSION', 'MISSING_SUBTITLES', 'LOUDNESS', 'COLOUR_SPACE']);
  });
});

describe('blockersOf', () => {
  const compat = { issues: [{ severity: 'BLOCKING' }, { severity: 'WARNING' }, { severity: 'BLOCKING' }] };
  it('counts what blocks a delivery not sent yet', () => {
    expect(blockersOf({ status: 'QC', openBlockingFindings: 1, compatibility: compat })).toEqual({ findings: 1, compat: 2 });
    expect(blockersOf({ status: 'REJECTED', openBlockingFindings: 0, compatibility: compat })).toEqual({ findings: 0, compat: 2 });
  });
  it('finds nothing blocking once sent or accepted', () => {
    expect(blockersOf({ status: 'SENT', openBlockingFindings: 0, compatibility: compat })).toBeNull();
    expect(blockersOf({ status: 'ACCEPTED', openBlockingFindings: 2, compatibility: compat })).toBeNull();
  });
});

describe('itemDetail', () => {
  const t = ((key: string) => translate('en', key)) as T;
  const tFr = ((key: string) => translate('fr', key)) as T;
  const lang = (c: string) => languageName(c, 'en');
  it('puts document codes and audio layouts in words', () => {
    expect(itemDetail({ kind: 'DOCUMENT', label: 'MUSIC_CUE_SHEET', language: '' }, t, lang)).toBe('Music cue sheet');
    expect(itemDetail({ kind: 'DOCUMENT', label: 'CONDUCTEUR', language: '' }, tFr, lang)).toBe('Conducteur (minutage des parties)');
    expect(itemDetail({ kind: 'STEMS', label: 'Audio STEREO', language: '' }, t, lang)).toBe('Stereo');
    expect(itemDetail({ kind: 'STEMS', label: 'Audio 5.1', language: '' }, tFr, lang)).toBe('Son 5.1');
  });
  it('names subtitles by their language and drops labels that repeat the kind', () => {
    expect(itemDetail({ kind: 'SUBTITLES', label: 'Sous-titres fr', language: 'fr' }, t, lang)).toBe('French');
    expect(itemDetail({ kind: 'TRAILER', label: 'Bande-annonce', language: '' }, t, lang)).toBe('');
    expect(itemDetail({ kind: 'M_AND_E', label: 'Version internationale (M&E)', language: '' }, t, lang)).toBe('');
  });
  it('keeps what a person typed', () => {
    expect(itemDetail({ kind: 'PAD', label: 'MXF OP1a XDCAM HD 422 50 Mb/s 1920x1080', language: '' }, t, lang)).toBe('MXF OP1a XDCAM HD 422 50 Mb/s 1920x1080');
    expect(itemDetail({ kind: 'DOCUMENT', label: 'Dossier de presse', language: '' }, t, lang)).toBe('Dossier de presse');
  });
});
