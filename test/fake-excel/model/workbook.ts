/** The whole in-memory workbook: what host helpers read and write directly and proxies reach on sync. */
import { officeError } from '../errors';
import { FormulaEvaluator, NOT_EVALUATED } from './cell-input';
import { alreadyExists, checkSheetName, nextFreeName, sameName } from './names';
import { Rect } from './rect';
import { SheetModel } from './sheet';
import type { TableModel } from './table';

export interface XmlPartModel {
  readonly id: string;
  namespaceUri: string;
  xml: string;
  deleted: boolean;
}

/** A threaded comment or a note (Excel's old "comment"); a cell holds at most one of either. */
export interface AnnotationModel {
  readonly id: string;
  readonly kind: 'comment' | 'note';
  readonly sheet: SheetModel;
  readonly row: number;
  readonly col: number;
  content: string;
  resolved: boolean;
  visible: boolean;
  readonly authorName: string;
  readonly creationDate: Date;
  deleted: boolean;
}

export interface NamedItemModel {
  readonly name: string;
  /** "=Sheet1!$A$1:$B$2" or a constant formula. */
  formula: string;
  comment: string;
  visible: boolean;
  deleted: boolean;
}

export type CalculationMode = 'Automatic' | 'AutomaticExceptTables' | 'Manual';

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  activeSheet: SheetModel | null = null;
  selection: { sheet: SheetModel; rect: Rect } | null = null;
  readonly settings = new Map<string, unknown>();
  readonly customXmlParts: XmlPartModel[] = [];
  readonly annotations: AnnotationModel[] = [];
  readonly names: NamedItemModel[] = [];
  calculationMode: CalculationMode = 'Automatic';
  /** How often code asked Excel to pause calculation / screen updating (for assertions). */
  readonly suspensions = { calculation: 0, screenUpdating: 0 };
  private nextId = 1;

  constructor(readonly evaluate: FormulaEvaluator = NOT_EVALUATED) {}

  /** Ids look like Excel's GUIDs but count up, so snapshots are deterministic. */
  newId(): string {
    const n = (this.nextId++).toString(16).toUpperCase().padStart(12, '0');
    return `{00000000-0000-4000-8000-${n}}`;
  }

  /** A sheet by name (case-insensitive) or id. */
  findSheet(key: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === key || sameName(s.name, key));
  }

  getSheet(key: string, location: string): SheetModel {
    const sheet = this.findSheet(key);
    if (!sheet) throw officeError('ItemNotFound', location, `The worksheet '${key}' does not exist.`);
    return sheet;
  }

  addSheet(name: string | undefined, location: string): SheetModel {
    const taken = this.sheets.map((s) => s.name);
    const finalName = name ?? nextFreeName('Sheet', taken);
    checkSheetName(finalName, location);
    if (this.findSheet(finalName)) throw alreadyExists('worksheet', finalName, location);
    const sheet = new SheetModel(this.newId(), finalName, this);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string, location: string): void {
    checkSheetName(name, location);
    const other = this.findSheet(name);
    if (other && other !== sheet) throw alreadyExists('worksheet', name, location);
    sheet.name = name;
  }

  moveSheet(sheet: SheetModel, position: number, location: string): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw officeError('InvalidArgument', location, `Position ${position} is outside the workbook.`);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  /** Excel refuses to delete or hide the last visible sheet. */
  deleteSheet(sheet: SheetModel, location: string): void {
    if (this.visibleSheets().filter((s) => s !== sheet).length === 0) {
      throw officeError('InvalidOperation', location, 'A workbook must contain at least one visible worksheet.');
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    for (const table of sheet.tables) table.deleted = true;
    for (const chart of sheet.charts) chart.deleted = true;
    for (const note of this.annotations.filter((a) => a.sheet === sheet)) note.deleted = true;
    this.annotations.splice(0, this.annotations.length, ...this.annotations.filter((a) => !a.deleted));
    if (this.activeSheet === sheet) this.activeSheet = this.visibleSheets()[0] ?? null;
    if (this.selection?.sheet === sheet) this.selection = null;
  }

  setVisibility(sheet: SheetModel, visibility: SheetModel['visibility'], location: string): void {
    if (visibility !== 'Visible' && this.visibleSheets().filter((s) => s !== sheet).length === 0) {
      throw officeError('InvalidOperation', location, 'A workbook must contain at least one visible worksheet.');
    }
    sheet.visibility = visibility;
    if (visibility !== 'Visible' && this.activeSheet === sheet) this.activeSheet = this.visibleSheets()[0] ?? null;
  }

  visibleSheets(): SheetModel[] {
    return this.sheets.filter((s) => s.visibility === 'Visible');
  }

  allTables(): TableModel[] {
    return this.sheets.flatMap((s) => s.tables);
  }

  findTable(key: string): TableModel | undefined {
    return this.allTables().find((t) => t.id === key || sameName(t.name, key));
  }

  annotationAt(sheet: SheetModel, row: number, col: number): AnnotationModel | undefined {
    return this.annotations.find((a) => a.sheet === sheet && a.row === row && a.col === col);
  }
}
