/**
 * What a cell holds after `range.values = ...` or `range.formulas = ...`: Excel parses input like
 * typed text unless the cell is formatted as text ("@"). The add-in's formula-injection defence
 * depends on that difference, so the rule lives here, in one place, and is documented in README.md.
 */
import { officeError } from '../errors';

export type CellScalar = string | number | boolean;

export interface CellContent {
  /** What `values` reports: '' for empty, the error text (e.g. "#NAME?") for errors. */
  readonly value: CellScalar;
  /** The formula as written ("=SUM(A1:A3)"), null for constants. */
  readonly formula: string | null;
  readonly isError: boolean;
}

export const EMPTY_CONTENT: CellContent = Object.freeze({ value: '', formula: null, isError: false });

/** Computes a formula's value. The default evaluates nothing and yields Excel's "#NAME?". */
export type FormulaEvaluator = (formula: string) => CellScalar | { error: string };

export const NOT_EVALUATED: FormulaEvaluator = () => ({ error: '#NAME?' });

const NUMBER_LITERAL = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/**
 * `null` (and `undefined`, and non-finite numbers, which JSON turns into null on the wire) leave
 * the cell unchanged, as in Office.js; the result is then `undefined`.
 */
export function interpretInput(
  input: unknown,
  numberFormat: string,
  evaluate: FormulaEvaluator,
  location: string,
): CellContent | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === 'number') return Number.isFinite(input) ? constant(input) : undefined;
  if (typeof input === 'boolean') return constant(input);
  if (typeof input !== 'string') {
    throw officeError('InvalidArgument', location, `Cell input must be a string, number or boolean, not ${typeof input}.`);
  }
  return interpretText(input, numberFormat === '@', evaluate);
}

function interpretText(text: string, isTextCell: boolean, evaluate: FormulaEvaluator): CellContent {
  if (text === '') return EMPTY_CONTENT;
  if (isTextCell) return constant(text);
  if (text.startsWith("'")) return text.length === 1 ? EMPTY_CONTENT : constant(text.slice(1));
  const formula = formulaOf(text);
  if (formula !== null) return evaluated(formula, evaluate);
  if (NUMBER_LITERAL.test(text)) return constant(Number(text));
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return constant(upper === 'TRUE');
  return constant(text);
}

/**
 * The formula a typed string becomes, or null for a constant:
 * "=…" (more than just "=") is a formula as written; "+…", "-…" (not a plain number) and "@" followed
 * by a letter become "=" + the text, as Excel's typed-input parser turns "+A1" into "=+A1".
 */
export function formulaOf(text: string): string | null {
  const first = text[0];
  if (first === '=') return text.length > 1 ? text : null;
  if ((first === '+' || first === '-') && text.length > 1 && !NUMBER_LITERAL.test(text)) return `=${text}`;
  if (first === '@' && /^@\p{L}/u.test(text)) return `=${text}`;
  return null;
}

function constant(value: CellScalar): CellContent {
  return { value, formula: null, isError: false };
}

function evaluated(formula: string, evaluate: FormulaEvaluator): CellContent {
  const result = evaluate(formula);
  if (typeof result === 'object') return { value: result.error, formula, isError: true };
  return { value: result, formula, isError: false };
}

export type ValueType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

export function valueTypeOf(content: CellContent): ValueType {
  if (content.isError) return 'Error';
  if (content.value === '') return 'Empty';
  if (typeof content.value === 'number') return 'Double';
  if (typeof content.value === 'boolean') return 'Boolean';
  return 'String';
}
