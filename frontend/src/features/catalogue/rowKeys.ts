// Keys for the rows of the share and commission editors: unique in the page, stable while a row lives.
let last = 0;

export function nextRowKey(): number {
  return ++last;
}
