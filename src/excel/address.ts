import { a1 } from '../core/address';
import { Area } from '../core/model/sheet';

/** Sheet-qualified reference as Excel writes it: quotes when the name needs them. */
export function qualified(sheet: string, address: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${address}`;
}

export function areaAddress(area: Area): string {
  const start = a1(area.row, area.col);
  const end = a1(area.row + area.rows - 1, area.col + area.cols - 1);
  return start === end ? start : `${start}:${end}`;
}
