/** Fake Excel.DataValidation of a range. */
import { officeError } from '../errors';
import { formatAddress, formatRect, parseAddress } from '../model/a1';
import type { RangeRef } from '../model/chart';
import { readValues } from '../model/range-data';
import { checkEditable } from '../model/sheet';
import { StoredRule, ValidationState, checkRule, clearValidation, ruleType, updateValidation, validationOf } from '../model/range-rules';
import { mixed } from '../model/range-style';
import { FakeLoadable } from './base';
import { ContextCore, ProxyCore, ProxySchema, hasCore } from './core';
import { rangeResolver } from './range-args';
import { CORE, Faithful } from './typing';

type DvScalars = Pick<Excel.DataValidation, 'rule' | 'errorAlert' | 'prompt' | 'ignoreBlanks' | 'type' | 'valid'>;

/** Excel reports a range with differing validations as type "Inconsistent" and null details. */
function state<V>(ref: RangeRef, pick: (v: ValidationState) => V): V {
  const v = validationOf(ref.sheet, ref.rect);
  return v === 'Inconsistent' ? mixed<V>() : pick(v);
}

const SCHEMA: ProxySchema<RangeRef, DvScalars> = {
  typeName: 'DataValidation',
  scalars: {
    rule: (ref) => state(ref, (v) => v.rule as Excel.DataValidationRule),
    errorAlert: (ref) => state(ref, (v) => v.errorAlert),
    prompt: (ref) => state(ref, (v) => v.prompt),
    ignoreBlanks: (ref) => state(ref, (v) => v.ignoreBlanks),
    type: (ref) => {
      const v = validationOf(ref.sheet, ref.rect);
      return v === 'Inconsistent' ? 'Inconsistent' : ruleType(v.rule);
    },
    valid: (ref) => isValid(ref),
  },
};

export function dataValidationProxy(range: ProxyCore<RangeRef, unknown>): FakeDataValidation {
  return new FakeDataValidation(range.child(SCHEMA, 'dataValidation', (t) => t));
}

export class FakeDataValidation
  extends FakeLoadable<Excel.DataValidation, RangeRef, DvScalars>
  implements Faithful<FakeDataValidation, Excel.DataValidation>
{
  get type(): Excel.DataValidation['type'] {
    return this[CORE].read('type');
  }
  get valid(): boolean {
    return this[CORE].read('valid');
  }
  get rule(): Excel.DataValidationRule {
    return this[CORE].read('rule');
  }
  /** A Range given as list source or formula is stored as its absolute address ("=$A$1:$A$5"). */
  set rule(rule: Excel.DataValidationRule) {
    const core = this[CORE];
    const resolveRule = ruleResolver(core.ctx, rule, () => core.target('DataValidation.rule'));
    core.action('rule', JSON.parse(JSON.stringify(rule, (_k, v: unknown) => (hasCore(v) ? 'Range' : v))), (ref) => {
      checkEditable(ref.sheet, 'DataValidation.rule');
      const stored = resolveRule(ref);
      checkRule(stored, 'DataValidation.rule');
      updateValidation(ref.sheet, ref.rect, (v) => ({ ...v, rule: stored }));
    });
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this[CORE].read('errorAlert');
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    const copy = { ...alert };
    this.update('errorAlert', copy, (v) => ({ ...v, errorAlert: { ...v.errorAlert, ...copy } }));
  }
  get prompt(): Excel.DataValidationPrompt {
    return this[CORE].read('prompt');
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    const copy = { ...prompt };
    this.update('prompt', copy, (v) => ({ ...v, prompt: { ...v.prompt, ...copy } }));
  }
  get ignoreBlanks(): boolean {
    return this[CORE].read('ignoreBlanks');
  }
  set ignoreBlanks(ignore: boolean) {
    this.update('ignoreBlanks', ignore, (v) => ({ ...v, ignoreBlanks: ignore }));
  }
  clear(): void {
    this[CORE].action('clear', null, (ref) => {
      checkEditable(ref.sheet, 'DataValidation.clear');
      clearValidation(ref.sheet, ref.rect);
    });
  }

  private update(member: string, args: unknown, change: (v: ValidationState) => ValidationState): void {
    this[CORE].action(member, args, (ref) => {
      checkEditable(ref.sheet, `DataValidation.${member}`);
      updateValidation(ref.sheet, ref.rect, change);
    });
  }
}

type Resolved = (target: RangeRef) => StoredRule;

/** Ranges inside the rule (list.source, formula1/formula2) become "=" + address when the sync applies it. */
function ruleResolver(ctx: ContextCore, rule: Excel.DataValidationRule, targetSheet: () => RangeRef): Resolved {
  const parts = Object.entries(rule as Record<string, Record<string, unknown> | undefined>).filter(
    (entry): entry is [string, Record<string, unknown>] => entry[1] !== undefined && entry[1] !== null,
  );
  const resolvers = parts.map(([kind, body]) => {
    const fields = Object.entries(body).map(([key, value]) => {
      if (!hasCore(value)) return () => [key, value instanceof Date ? value.toISOString() : value] as const;
      const resolve = rangeResolver(ctx, value as unknown as Excel.Range, () => targetSheet().sheet, 'DataValidation.rule');
      return (target: RangeRef) => {
        const ref = resolve();
        const address = ref.sheet === target.sheet ? formatRect(ref.rect, true) : formatAddress(ref.sheet.name, ref.rect, true);
        return [key, `=${address}`] as const;
      };
    });
    return (target: RangeRef) => [kind, Object.fromEntries(fields.map((f) => f(target)))] as const;
  });
  return (target) => Object.fromEntries(resolvers.map((r) => r(target))) as StoredRule;
}

/** `valid` is computed for list rules (every non-empty cell is one of the items); other rules count as valid. */
function isValid(ref: RangeRef): boolean {
  const v = validationOf(ref.sheet, ref.rect);
  if (v === 'Inconsistent' || ruleType(v.rule) !== 'List') return true;
  const source = String(v.rule['list']?.['source'] ?? '');
  const allowed = listItems(ref, source).map((s) => s.toUpperCase());
  return readValues(ref).every((row) => row.every((value) => value === '' || allowed.includes(String(value).toUpperCase())));
}

function listItems(ref: RangeRef, source: string): string[] {
  if (!source.startsWith('=')) return source.split(',').map((s) => s.trim());
  try {
    const parsed = parseAddress(source.slice(1));
    const sheet = parsed.sheet === null ? ref.sheet : ref.sheet.book.sheets.find((s) => s.name === parsed.sheet);
    if (!sheet) return [];
    return readValues({ sheet, rect: parsed.rect }).flat().map(String);
  } catch {
    throw officeError('InvalidArgument', 'DataValidation.valid', `Cannot evaluate list source ${source}.`);
  }
}
