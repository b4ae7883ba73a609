/** Arguments typed `Range | string` (chart sources, list sources, print titles, comment cells). */
import { officeError } from '../errors';
import { parseAddress } from '../model/a1';
import type { RangeRef } from '../model/chart';
import { sameName } from '../model/names';
import type { SheetModel } from '../model/sheet';
import { ContextCore, ProxyCore, hasCore } from './core';
import { CORE } from './typing';

/**
 * Returns a function to call when the sync applies the operation. A Range from another request
 * context is rejected at once (Office.js does the same); a string is parsed at apply time, on the
 * sheet it names or on `defaultSheet`.
 */
export function rangeResolver(
  ctx: ContextCore,
  arg: Excel.Range | string,
  defaultSheet: () => SheetModel,
  location: string,
): () => RangeRef {
  if (typeof arg === 'string') {
    return () => {
      const parsed = parseAddress(arg);
      const sheet = parsed.sheet === null ? defaultSheet() : ctx.workbook.getSheet(parsed.sheet, location);
      return { sheet, rect: parsed.rect };
    };
  }
  const core: unknown = hasCore(arg) ? arg[CORE] : undefined;
  if (!(core instanceof ProxyCore) || core.typeName !== 'Range') {
    throw officeError('InvalidArgument', location, 'Expected a Range or an address.');
  }
  if (core.ctx !== ctx) throw officeError('InvalidRequestContext', location);
  const range = core as ProxyCore<RangeRef, unknown>;
  return () => range.target(location);
}

/** Worksheet.getRange("Other!A1") on sheet "Data" is an error in Excel; same here. */
export function rangeOnSheet(sheet: SheetModel, address: string, location: string): RangeRef {
  const parsed = parseAddress(address);
  if (parsed.sheet !== null && !sameName(parsed.sheet, sheet.name)) {
    throw officeError('InvalidArgument', location, `The address '${address}' is not on sheet '${sheet.name}'.`);
  }
  return { sheet, rect: parsed.rect };
}
