import { SheetModel } from '../../src/core/model/sheet';
import { a1 } from '../../src/core/address';
import { ComputeRequest } from '../../src/excel/compute-report';
import { workbookApi } from '../../src/excel/workbook-api';
import { FakeExcelHost } from '../fake-excel';

export const RUN_AT = '2026-11-24T09:30:00';

export function setup(options: ConstructorParameters<typeof FakeExcelHost>[0] = {}) {
  const host = new FakeExcelHost(options);
  const api = workbookApi({ run: host.run, supports: () => true });
  return { host, api };
}

export function request(extra: Partial<ComputeRequest> = {}): ComputeRequest {
  return { source: {}, lang: 'de', runAt: RUN_AT, appVersion: '0.1.0', ...extra };
}

/** Every cell a sheet model writes, as the renderer should leave it: value and number format. */
export function expectedCells(model: SheetModel): Array<{ address: string; value: string | number | boolean; numberFormat: string }> {
  const out: Array<{ address: string; value: string | number | boolean; numberFormat: string }> = [];
  for (const b of model.blocks) {
    b.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        out.push({
          address: a1(b.row + r, b.col + c),
          value: cell.v ?? '',
          numberFormat: typeof cell.v === 'string' ? '@' : (cell.fmt ?? 'General'),
        });
      }),
    );
  }
  return out;
}

/** A user's own edit, made the way Excel would let them: unprotect, then type. */
export async function userTypes(host: FakeExcelHost, sheet: string, address: string, value: string | number): Promise<void> {
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.protection.load('protected');
    await context.sync();
    if (ws.protection.protected) ws.protection.unprotect();
    ws.getRange(address).values = [[value]];
    await context.sync();
  });
}
