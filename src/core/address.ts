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
  const local = withoutSheet(address);
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(local);
  if (!m) throw new Error(`not an A1 address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
}

/** "Typologie!A1:P7" → "A1:P7"; an address without a sheet stays as it is. */
export function withoutSheet(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1);
}

/** Absolute A1 address of a cell: $B$3. */
export function absoluteCell(row: number, col: number): string {
  return a1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
}

/** A1 range of a zero-based area, relative ("B3:C7") or absolute ("$B$3:$C$7"); a single cell stays one address. */
export function areaA1(area: { row: number; col: number; rows: number; cols: number }, absolute = false): string {
  const cell = absolute ? absoluteCell : a1;
  const first = cell(area.row, area.col);
  if (area.rows === 1 && area.cols === 1) return first;
  return `${first}:${cell(area.row + area.rows - 1, area.col + area.cols - 1)}`;
}
