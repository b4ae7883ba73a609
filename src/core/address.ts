/** Column letters for a zero-based column index: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 address of a zero-based row and column. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Zero-based column index of column letters: A → 0. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses "B7" or "Sheet!$B$7:C9" (the first cell) into zero-based row and column. */
export function parseA1(address: string): { row: number; col: number } {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(local);
  if (!m) throw new Error(`not an A1 address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
}
