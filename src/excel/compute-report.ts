import { Method } from '../core/model/method';
import { RunResult } from '../core/model/result';
import { SheetKey, SheetModel } from '../core/model/sheet';
import { Lang, t } from '../core/model/text';
import { computeRun } from '../core/run';
import { sheetName } from '../core/sheets/names';
import { buildReport } from '../core/sheets/report';
import { officeFailure } from './app-error';
import { ExcelHost } from './host';
import { methodFromSetting, METHOD_SETTING } from './method-store';
import { conflictOf, ConflictResolution, OwnedSheet, OWNERSHIP_SETTING, parseOwnership, SheetConflict } from './ownership';
import { PayloadBudget } from './payload';
import { withoutSheet } from '../core/address';
import { foundInput, inputBlocks, InputSource, loadBlocks, locateInput, toGrid } from './read-input';
import { renderSheet, usedAddress } from './render-sheet';
import { loadSetting, saveSetting, settingValue } from './settings';
import { uniqueSheetName } from './sheet-names';

export type ProgressStep = 'lesen' | 'berechnen' | 'schreiben' | 'abschliessen';

export interface ComputeRequest {
  source: InputSource;
  lang: Lang;
  year?: number | null;
  profiles?: readonly string[];
  overlay?: readonly string[];
  /** The method to use; default: the one stored in the workbook, else method version 1. */
  method?: Method;
  /** How to treat owned sheets the user changed since the last run; without it such a run stops and asks. */
  resolution?: ConflictResolution;
  runAt: string;
  appVersion: string;
  onProgress?: (step: ProgressStep) => void;
}

export type ComputeOutcome =
  { status: 'done'; result: RunResult; sheets: string[]; syncs: number } | { status: 'conflict'; conflicts: SheetConflict[] };

/** Temporary names: new sheets are built under these and swapped in only at the end. */
export const TEMP_PREFIX = '~KM~';
export const OLD_PREFIX = '~KM-alt~';
const OLD_TABLE_SUFFIX = '_alt';
const COPY_TABLE_SUFFIX = '_Kopie_';

const PROTECTION: Excel.WorksheetProtectionOptions = {
  allowAutoFilter: true,
  allowSort: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowEditObjects: true,
};

/**
 * A full run: read the table, compute, write Typologie, Vergleich, Profile, Methodik and Prüfbericht.
 * Atomic: the new sheets are built under temporary names; only the last request swaps them in. If
 * anything fails, the temporary sheets are removed and the workbook is as before.
 */
export async function computeReport(host: ExcelHost, req: ComputeRequest): Promise<ComputeOutcome> {
  const progress = req.onProgress ?? (() => undefined);
  let newIds: string[] = [];
  const oldNames = new Map<string, string>();
  try {
    return await host.run(async (context) => {
      let syncs = 0;
      const sync = async () => {
        await context.sync();
        syncs++;
      };
      progress('lesen');
      // Request 1: settings, the sheet list, where the input is.
      const ownershipItem = loadSetting(context, OWNERSHIP_SETTING);
      const methodItem = loadSetting(context, METHOD_SETTING);
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/id');
      const input = locateInput(context, req.source);
      await sync();
      const found = foundInput(input, req.source);
      const ownership = parseOwnership(settingValue(ownershipItem));
      const method = req.method ?? methodFromSetting(settingValue(methodItem)).method;
      const existing = sheets.items.map((s) => ({ name: s.name, id: s.id }));

      // Request 2 (more only for huge tables): the input cells, and the state of the owned sheets.
      const blocks = inputBlocks(found.used, found.used.rowCount, found.used.columnCount);
      const owned = ownership.sheets
        .filter((rec) => existing.some((s) => s.id === rec.id))
        .map((rec) => ({ rec, ws: sheets.getItem(rec.id), used: null as Excel.Range | null }));
      syncs += await loadBlocks(context, blocks, () => {
        for (const o of owned) {
          o.ws.load('name');
          o.ws.protection.load('protected');
          o.ws.tables.load('items/name');
          o.used = o.ws.getUsedRangeOrNullObject(true);
          o.used.load('address');
        }
      });
      const states = owned.map(({ rec, ws, used }) => ({
        record: rec,
        exists: true,
        name: ws.name,
        protected: ws.protection.protected,
        usedAddress: used === null || used.isNullObject ? null : withoutSheet(used.address),
      }));
      const conflicts = states.map(conflictOf).filter((c): c is SheetConflict => c !== null);
      if (conflicts.length > 0 && !req.resolution) return { status: 'conflict', conflicts };

      progress('berechnen');
      const grid = toGrid(found.sheet.name, found.table?.name, found.used.address, blocks);
      const result = computeRun(grid, method);
      const models = buildReport(result, {
        lang: req.lang,
        year: req.year ?? null,
        runAt: req.runAt,
        appVersion: req.appVersion,
        ...(req.profiles ? { profiles: req.profiles } : {}),
        ...(req.overlay ? { overlay: req.overlay } : {}),
      });

      progress('schreiben');
      // Leftovers of a run that was cut off are the add-in's own temporary sheets.
      for (const s of existing) if (s.name.startsWith(TEMP_PREFIX) || s.name.startsWith(OLD_PREFIX)) sheets.getItem(s.id).delete();
      const budget = new PayloadBudget(context, undefined, () => {
        context.application.suspendApiCalculationUntilNextSync();
        if (host.supports('1.9')) context.application.suspendScreenUpdatingUntilNextSync();
      });
      const written: Array<{ model: SheetModel; ws: Excel.Worksheet }> = [];
      for (const model of models) {
        const ws = sheets.add(`${TEMP_PREFIX}${model.key}`);
        ws.load('id');
        written.push({ model, ws });
        await renderSheet(ws, model, { context, budget, supports: host.supports, tableName: (name) => `${name}_neu` });
      }
      await budget.flush();
      syncs += budget.syncs;
      newIds = written.map((w) => w.ws.id);

      progress('abschliessen');
      // The swap, in one request. Old owned sheets are first renamed out of the way and deleted last,
      // so a failure part-way can be rolled back (removeTemporarySheets restores their names).
      const copies = new Set(conflicts.filter(() => req.resolution === 'keepCopy').map((c) => c.key));
      const taken = existing
        .filter((e) => !e.name.startsWith(TEMP_PREFIX) && !e.name.startsWith(OLD_PREFIX) && !states.some((s) => s.record.id === e.id))
        .map((e) => e.name);
      for (const [i, s] of states.entries()) {
        const ws = owned[i]!.ws;
        if (copies.has(s.record.key)) {
          // The user's edited sheet stays as a copy of theirs: it leaves the add-in's registry.
          oldNames.set(s.record.id, s.name);
          const copyName = uniqueSheetName(`${s.name} (Kopie)`, taken);
          ws.name = copyName;
          taken.push(copyName);
          const tag = s.record.id.replace(/[^A-Za-z0-9]/g, '').slice(0, 8);
          for (const table of ws.tables.items) table.name = `${table.name}${COPY_TABLE_SUFFIX}${tag}`;
          ws.protection.unprotect();
        } else {
          oldNames.set(s.record.id, s.name);
          ws.name = `${OLD_PREFIX}${s.record.key}`;
          // Table names are unique in the workbook: free them for the new sheets.
          for (const table of ws.tables.items) table.name = `${table.name}${OLD_TABLE_SUFFIX}`;
        }
      }
      const records: OwnedSheet[] = [];
      const names: string[] = [];
      for (const { model, ws } of written) {
        const name = uniqueSheetName(sheetName(model.key as SheetKey, req.lang), taken);
        taken.push(name);
        names.push(name);
        ws.name = name;
        if (model.table) ws.tables.getItem(`${model.table.name}_neu`).name = model.table.name;
        ws.protection.protect(PROTECTION);
        records.push({ key: model.key, id: ws.id, name, usedAddress: usedAddress(model) });
      }
      for (const s of states) if (!copies.has(s.record.key)) sheets.getItem(s.record.id).delete();
      saveSetting(context, OWNERSHIP_SETTING, { version: 1, sheets: records });
      written[0]?.ws.activate();
      await sync();
      return { status: 'done', result, sheets: names, syncs };
    });
  } catch (error) {
    await rollBack(host, newIds, oldNames);
    throw officeFailure(t('Die Berechnung konnte nicht abgeschlossen werden.', 'The computation could not be completed.'), error);
  }
}

/**
 * After a failed run: delete the sheets it made and give renamed old sheets their names back, so the
 * workbook is as before. Sheets are found by id, whatever name the failed request left them with.
 */
async function rollBack(host: ExcelHost, newIds: readonly string[], oldNames: ReadonlyMap<string, string>): Promise<void> {
  try {
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/id');
      await context.sync();
      const restored = sheets.items.filter((s) => oldNames.has(s.id));
      for (const s of restored) s.tables.load('items/name');
      for (const s of sheets.items) if (s.name.startsWith(TEMP_PREFIX) || newIds.includes(s.id)) s.delete();
      await context.sync();
      for (const s of restored) {
        const name = oldNames.get(s.id)!;
        if (s.name !== name) s.name = name;
        for (const table of s.tables.items) {
          const original = table.name.replace(new RegExp(`(${OLD_TABLE_SUFFIX}|${COPY_TABLE_SUFFIX}[A-Za-z0-9]*)$`), '');
          if (original !== table.name) table.name = original;
        }
      }
      await context.sync();
    });
  } catch {
    // Best effort; the next run removes leftovers by their temporary names too.
  }
}
