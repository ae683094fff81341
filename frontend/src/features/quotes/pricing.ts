// A quote's figures as the coordinator types: the same rule as the server
// (internal/kernel/pricing, DOMAIN.md "Money", EN 16931 BR-CO-17), so that the totals shown
// while editing are the totals the server stores and the PDF prints. Integers only: amounts in
// cents, rates in basis points (20 % = 2000), quantities in thousandths (2.5 = 2500), as
// bigint so no product ever goes through a float.

/** Rounds a/b half away from zero, like money.DivHalfUp. */
export function divHalfUp(a: bigint, b: bigint): bigint {
  if (b < 0n) {
    a = -a;
    b = -b;
  }
  let q = a / b;
  let r = a % b;
  if (r < 0n) r = -r;
  if (2n * r >= b) q += a < 0n ? -1n : 1n;
  return q;
}

/**
 * Reads a decimal typed by a person ("2,5", " 1 234.50 ", "-3") as an integer of `decimals`
 * places; null when it is not a number or has more decimals than allowed (never rounded,
 * like the server's parser).
 */
export function parseScaled(text: string | null | undefined, decimals: number): bigint | null {
  if (text == null) return null;
  const s = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return null;
  const [, sign, whole, frac = ''] = m;
  if (frac.length > decimals) return null;
  const v = BigInt(whole + frac.padEnd(decimals, '0'));
  return sign ? -v : v;
}

/** Writes an integer of `decimals` places: with every decimal (money, "12.50") or only those it needs ("2.5"). */
export function scaledString(v: bigint, decimals: number, trim = false): string {
  const neg = v < 0n;
  const abs = neg ? -v : v;
  const scale = 10n ** BigInt(decimals);
  let frac = (abs % scale).toString().padStart(decimals, '0');
  if (trim) frac = frac.replace(/0+$/, '');
  return `${neg ? '-' : ''}${abs / scale}${frac ? `.${frac}` : ''}`;
}

export const parseCents = (s: string | null | undefined) => parseScaled(s, 2);
export const parseRate = (s: string | null | undefined) => parseScaled(s, 2);
export const parseQuantity = (s: string | null | undefined) => parseScaled(s, 3);
/** Cents as the API's Money: "1234.50". */
export const centsString = (c: bigint) => scaledString(c, 2);
/** Basis points as the API's Percent: "20", "5.5". */
export const rateString = (r: bigint) => scaledString(r, 2, true);

/** What pricing needs of a line; at most one discount. */
export interface PricedLine {
  quantity: bigint; // thousandths
  unitPrice: bigint; // cents
  discountPercent?: bigint | null; // basis points
  discountAmount?: bigint | null; // cents
  vatRate: bigint; // basis points
}

/** The part of an amount a rate gives, half-up to the cent (money.Rate.Of). */
export function rateOf(rate: bigint, cents: bigint): bigint {
  return divHalfUp(cents * rate, 10000n);
}

/** Quantity × unit price, half-up to the cent. */
export function lineGross(l: PricedLine): bigint {
  return divHalfUp(l.quantity * l.unitPrice, 1000n);
}

export function lineDiscount(l: PricedLine): bigint {
  if (l.discountPercent != null) return rateOf(l.discountPercent, lineGross(l));
  if (l.discountAmount != null) return l.discountAmount;
  return 0n;
}

/** The line's amount HT: gross less its discount. */
export function lineNet(l: PricedLine): bigint {
  return lineGross(l) - lineDiscount(l);
}

export interface RateTotal {
  rate: bigint;
  base: bigint;
  vat: bigint;
}

export interface Totals {
  ht: bigint;
  vat: bigint;
  ttc: bigint;
  /** Highest rate first. */
  byRate: RateTotal[];
}

/** A document's totals: VAT per rate on the sum of that rate's nets, never line by line. */
export function sumTotals(lines: readonly PricedLine[]): Totals {
  const base = new Map<bigint, bigint>();
  for (const l of lines) base.set(l.vatRate, (base.get(l.vatRate) ?? 0n) + lineNet(l));
  const byRate = [...base].map(([rate, b]) => ({ rate, base: b, vat: rateOf(rate, b) }));
  byRate.sort((a, b) => (a.rate === b.rate ? 0 : a.rate > b.rate ? -1 : 1));
  const ht = byRate.reduce((s, r) => s + r.base, 0n);
  const vat = byRate.reduce((s, r) => s + r.vat, 0n);
  return { ht, vat, ttc: ht + vat, byRate };
}

/** The deposit HT: its percentage of the total HT, half-up (Quote.depositAmount). */
export function depositOf(percent: bigint, ht: bigint): bigint {
  return rateOf(percent, ht);
}
