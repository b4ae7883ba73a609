import { z } from 'zod';
import { SheetKey } from '../core/model/sheet';

/** Workbook setting that records which sheets the add-in wrote, so it never touches any other. */
export const OWNERSHIP_SETTING = 'kooperationsmonitor.ownedSheets';

export const OwnedSheet = z.object({
  key: SheetKey,
  /** Excel's worksheet id: survives renames. */
  id: z.string(),
  name: z.string(),
  /** getUsedRange(valuesOnly) address when written; a different one means someone typed into the sheet. */
  usedAddress: z.string().nullable(),
});
export type OwnedSheet = z.infer<typeof OwnedSheet>;

export const Ownership = z.object({ version: z.literal(1), sheets: z.array(OwnedSheet) });
export type Ownership = z.infer<typeof Ownership>;

/** Reads the stored registry; anything unreadable counts as "nothing owned" (never as licence to overwrite). */
export function parseOwnership(value: unknown): Ownership {
  let raw = value;
  if (typeof value === 'string') {
    try {
      raw = JSON.parse(value);
    } catch {
      return { version: 1, sheets: [] };
    }
  }
  const parsed = Ownership.safeParse(raw);
  return parsed.success ? parsed.data : { version: 1, sheets: [] };
}

/** Why an owned sheet may not be replaced without asking. */
export const ConflictReason = z.enum(['renamed', 'unprotected', 'edited']);
export type ConflictReason = z.infer<typeof ConflictReason>;

export interface SheetConflict {
  key: SheetKey;
  /** The sheet's current name. */
  name: string;
  reason: ConflictReason;
}

/** What the user chose when the run found edited sheets. */
export const ConflictResolution = z.enum(['keepCopy', 'replace']);
export type ConflictResolution = z.infer<typeof ConflictResolution>;

export interface OwnedState {
  record: OwnedSheet;
  exists: boolean;
  name: string;
  protected: boolean;
  usedAddress: string | null;
}

/** A sheet is the add-in's to replace only while it is as the add-in left it. */
export function conflictOf(state: OwnedState): SheetConflict | null {
  if (!state.exists) return null;
  const base = { key: state.record.key, name: state.name };
  if (state.name !== state.record.name) return { ...base, reason: 'renamed' };
  if (!state.protected) return { ...base, reason: 'unprotected' };
  if (state.usedAddress !== state.record.usedAddress) return { ...base, reason: 'edited' };
  return null;
}
