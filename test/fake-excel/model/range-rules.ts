/**
 * Conditional formats and data validation: rules attached to rectangles of a sheet. Both are kept
 * per rectangle (not per cell) because that is how Excel reports them and how tests assert them.
 */
import { officeError } from '../errors';
import { Rect, contains, intersect, sameRect, subtract } from './rect';
import type { SheetModel } from './sheet';

export type ConditionalFormatKind =
  'Custom' | 'DataBar' | 'ColorScale' | 'IconSet' | 'TopBottom' | 'PresetCriteria' | 'ContainsText' | 'CellValue';

/** The format part of a rule; null means "not set by this rule". */
export interface ConditionalStyle {
  fillColor: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: string | null;
  numberFormat: string | null;
}

export interface ConditionalFormatModel {
  readonly id: string;
  readonly type: ConditionalFormatKind;
  rect: Rect;
  priority: number;
  stopIfTrue: boolean;
  /** ColorScale only. */
  criteria: Excel.ConditionalColorScaleCriteria | null;
  /** ContainsText: {operator, text}; CellValue: {formula1, formula2?, operator}; Custom: {formula}. */
  rule: Readonly<Record<string, string>> | null;
  readonly style: ConditionalStyle;
  deleted: boolean;
}

export function newConditionalFormat(id: string, type: ConditionalFormatKind, r: Rect): ConditionalFormatModel {
  return {
    id,
    type,
    rect: r,
    priority: 0,
    stopIfTrue: false,
    criteria: null,
    rule: null,
    style: {
      fillColor: null,
      fontColor: null,
      bold: null,
      italic: null,
      strikethrough: null,
      underline: null,
      numberFormat: null,
    },
    deleted: false,
  };
}

/** New rules go on top, as Excel gives a new rule priority 0 and pushes the others down. */
export function addConditionalFormat(sheet: SheetModel, cf: ConditionalFormatModel): void {
  for (const other of sheet.conditionalFormats) other.priority += 1;
  sheet.conditionalFormats.unshift(cf);
}

export function conditionalFormatsIn(sheet: SheetModel, r: Rect): ConditionalFormatModel[] {
  return sheet.conditionalFormats.filter((cf) => intersect(cf.rect, r) !== null);
}

export function removeConditionalFormat(sheet: SheetModel, cf: ConditionalFormatModel): void {
  const i = sheet.conditionalFormats.indexOf(cf);
  if (i >= 0) sheet.conditionalFormats.splice(i, 1);
  cf.deleted = true;
  sheet.conditionalFormats.forEach((other, index) => (other.priority = index));
}

// ---------------------------------------------------------------------------------------------
// Data validation

export type ValidationType = 'None' | 'WholeNumber' | 'Decimal' | 'List' | 'Date' | 'Time' | 'TextLength' | 'Custom' | 'Inconsistent';

/** JSON-only copy of Excel.DataValidationRule (a Range source is stored as its "=…" address). */
export type StoredRule = Readonly<Record<string, Readonly<Record<string, string | number | boolean>>>>;

export interface ValidationState {
  readonly rule: StoredRule;
  readonly errorAlert: Excel.DataValidationErrorAlert;
  readonly prompt: Excel.DataValidationPrompt;
  readonly ignoreBlanks: boolean;
}

export interface ValidationModel extends ValidationState {
  readonly rect: Rect;
}

export const NO_VALIDATION: ValidationState = {
  rule: {},
  errorAlert: { message: '', showAlert: true, style: 'Stop', title: '' },
  prompt: { message: '', showPrompt: false, title: '' },
  ignoreBlanks: true,
};

const RULE_TYPES: Record<string, ValidationType> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  list: 'List',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  custom: 'Custom',
};

export function ruleType(rule: StoredRule): ValidationType {
  const keys = Object.keys(rule);
  const first = keys[0];
  return first === undefined ? 'None' : (RULE_TYPES[first] ?? 'None');
}

/** Excel accepts exactly one kind of rule per assignment. */
export function checkRule(rule: StoredRule, location: string): void {
  const keys = Object.keys(rule);
  if (keys.length !== 1 || RULE_TYPES[keys[0] ?? ''] === undefined) {
    throw officeError('InvalidArgument', location, 'A data validation rule must set exactly one rule type.');
  }
}

/** The validation a range reports: its own, none, or "Inconsistent" when cells differ. */
export function validationOf(sheet: SheetModel, r: Rect): ValidationState | 'Inconsistent' {
  const hits = sheet.validations.filter((v) => intersect(v.rect, r) !== null);
  if (hits.length === 0) return NO_VALIDATION;
  const only = hits[0];
  return hits.length === 1 && only && contains(only.rect, r) ? only : 'Inconsistent';
}

/** Applies `change` to the validation of exactly `r`, carving `r` out of rectangles it overlaps. */
export function updateValidation(sheet: SheetModel, r: Rect, change: (v: ValidationState) => ValidationState): void {
  const exact = sheet.validations.findIndex((v) => sameRect(v.rect, r));
  if (exact >= 0) {
    const current = sheet.validations[exact];
    if (current) sheet.validations[exact] = { ...change(current), rect: r };
    return;
  }
  const base = validationOf(sheet, r);
  clearValidation(sheet, r);
  sheet.validations.push({ ...change(base === 'Inconsistent' ? NO_VALIDATION : base), rect: r });
}

export function clearValidation(sheet: SheetModel, r: Rect): void {
  const kept = sheet.validations.flatMap((v) => subtract(v.rect, r).map((part) => ({ ...v, rect: part })));
  sheet.validations.splice(0, sheet.validations.length, ...kept);
}
