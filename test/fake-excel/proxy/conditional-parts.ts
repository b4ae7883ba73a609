/**
 * The type-specific parts of a conditional format (colorScale, textComparison, cellValue, custom)
 * and the format they apply. Using the part of another type fails at sync, as in Excel.
 */
import { officeError } from '../errors';
import type { ConditionalFormatKind } from '../model/range-rules';
import { mixed } from '../model/range-style';
import { normaliseColor } from '../model/style';
import { conditionalRangeFormatProxy } from './conditional-range-format';
import { FakeLoadable } from './base';
import type { CfTarget } from './conditional-formats';
import { ProxyCore, ProxySchema } from './core';
import { CORE, Faithful, asReal } from './typing';

function ofKind(kind: ConditionalFormatKind, part: string) {
  return (t: CfTarget | null): CfTarget | null => {
    if (t && t.cf.type !== kind) {
      throw officeError('InvalidOperation', `ConditionalFormat.${part}`, `This conditional format is of type ${t.cf.type}, not ${kind}.`);
    }
    return t;
  };
}

// ----------------------------------------------------------------------------------- color scale

type ScaleScalars = Pick<Excel.ColorScaleConditionalFormat, 'criteria' | 'threeColorScale'>;

const SCALE_SCHEMA: ProxySchema<CfTarget, ScaleScalars> = {
  typeName: 'ColorScaleConditionalFormat',
  scalars: {
    criteria: (t) => t.cf.criteria ?? mixed(),
    threeColorScale: (t) => t.cf.criteria?.midpoint !== undefined,
  },
};

export function colorScaleProxy(cf: ProxyCore<CfTarget, unknown>): FakeColorScale {
  return new FakeColorScale(cf.child(SCALE_SCHEMA, 'colorScale', ofKind('ColorScale', 'colorScale')));
}

const NEEDS_FORMULA = ['Number', 'Percent', 'Formula', 'Percentile'];

/** Minimum and maximum are required; numeric criterion types need a formula (e.g. "=1" or "1"). */
function checkCriteria(criteria: Excel.ConditionalColorScaleCriteria): Excel.ConditionalColorScaleCriteria {
  const points = { minimum: criteria.minimum, midpoint: criteria.midpoint, maximum: criteria.maximum };
  for (const [name, point] of Object.entries(points)) {
    if (point === undefined) {
      if (name === 'midpoint') continue;
      throw officeError('InvalidArgument', 'ColorScaleConditionalFormat.criteria', `The ${name} criterion is missing.`);
    }
    if (NEEDS_FORMULA.includes(point.type) && (point.formula === undefined || point.formula === '')) {
      throw officeError(
        'InvalidArgument',
        'ColorScaleConditionalFormat.criteria',
        `The ${name} criterion of type ${point.type} needs a formula.`,
      );
    }
  }
  const copy = (p: Excel.ConditionalColorScaleCriterion) => ({
    ...p,
    ...(p.color === undefined ? {} : { color: normaliseColor(p.color) }),
  });
  return {
    minimum: copy(criteria.minimum),
    maximum: copy(criteria.maximum),
    ...(criteria.midpoint ? { midpoint: copy(criteria.midpoint) } : {}),
  };
}

export class FakeColorScale
  extends FakeLoadable<Excel.ColorScaleConditionalFormat, CfTarget, ScaleScalars>
  implements Faithful<FakeColorScale, Excel.ColorScaleConditionalFormat>
{
  get criteria(): Excel.ConditionalColorScaleCriteria {
    return this[CORE].read('criteria');
  }
  set criteria(criteria: Excel.ConditionalColorScaleCriteria) {
    const copy = JSON.parse(JSON.stringify(criteria)) as Excel.ConditionalColorScaleCriteria;
    this[CORE].action('criteria', copy, (t) => (t.cf.criteria = checkCriteria(copy)));
  }
  get threeColorScale(): boolean {
    return this[CORE].read('threeColorScale');
  }
}

// ------------------------------------------------------------------------------- rule-based kinds

type TextScalars = Pick<Excel.TextConditionalFormat, 'rule'>;
type ValueScalars = Pick<Excel.CellValueConditionalFormat, 'rule'>;

const TEXT_SCHEMA: ProxySchema<CfTarget, TextScalars> = {
  typeName: 'TextConditionalFormat',
  scalars: { rule: (t) => (t.cf.rule ?? mixed()) as Excel.ConditionalTextComparisonRule },
  navigation: ['format'],
};

const VALUE_SCHEMA: ProxySchema<CfTarget, ValueScalars> = {
  typeName: 'CellValueConditionalFormat',
  scalars: { rule: (t) => (t.cf.rule ?? mixed()) as Excel.ConditionalCellValueRule },
  navigation: ['format'],
};

const CUSTOM_SCHEMA: ProxySchema<CfTarget, object> = { typeName: 'CustomConditionalFormat', scalars: {}, navigation: ['format', 'rule'] };

export function textComparisonProxy(cf: ProxyCore<CfTarget, unknown>): FakeTextConditionalFormat {
  return new FakeTextConditionalFormat(cf.child(TEXT_SCHEMA, 'textComparison', ofKind('ContainsText', 'textComparison')));
}

export function cellValueProxy(cf: ProxyCore<CfTarget, unknown>): FakeCellValueConditionalFormat {
  return new FakeCellValueConditionalFormat(cf.child(VALUE_SCHEMA, 'cellValue', ofKind('CellValue', 'cellValue')));
}

export function customProxy(cf: ProxyCore<CfTarget, unknown>): FakeCustomConditionalFormat {
  return new FakeCustomConditionalFormat(cf.child(CUSTOM_SCHEMA, 'custom', ofKind('Custom', 'custom')));
}

function storeRule(location: string, rule: object, required: readonly string[]): Record<string, string> {
  const copy = JSON.parse(JSON.stringify(rule)) as Record<string, unknown>;
  for (const key of required) {
    if (typeof copy[key] !== 'string') throw officeError('InvalidArgument', location, `The rule needs '${key}'.`);
  }
  return Object.fromEntries(Object.entries(copy).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export class FakeTextConditionalFormat
  extends FakeLoadable<Excel.TextConditionalFormat, CfTarget, TextScalars>
  implements Faithful<FakeTextConditionalFormat, Excel.TextConditionalFormat>
{
  get rule(): Excel.ConditionalTextComparisonRule {
    return this[CORE].read('rule');
  }
  set rule(rule: Excel.ConditionalTextComparisonRule) {
    this[CORE].action('rule', rule, (t) => (t.cf.rule = storeRule('TextConditionalFormat.rule', rule, ['operator', 'text'])));
  }
  get format(): Excel.ConditionalRangeFormat {
    return asReal(this[CORE].nav('format', () => conditionalRangeFormatProxy(this[CORE])));
  }
}

export class FakeCellValueConditionalFormat
  extends FakeLoadable<Excel.CellValueConditionalFormat, CfTarget, ValueScalars>
  implements Faithful<FakeCellValueConditionalFormat, Excel.CellValueConditionalFormat>
{
  get rule(): Excel.ConditionalCellValueRule {
    return this[CORE].read('rule');
  }
  /** Between/NotBetween need formula2 as well. */
  set rule(rule: Excel.ConditionalCellValueRule) {
    const needs =
      rule.operator === 'Between' || rule.operator === 'NotBetween' ? ['operator', 'formula1', 'formula2'] : ['operator', 'formula1'];
    this[CORE].action('rule', rule, (t) => (t.cf.rule = storeRule('CellValueConditionalFormat.rule', rule, needs)));
  }
  get format(): Excel.ConditionalRangeFormat {
    return asReal(this[CORE].nav('format', () => conditionalRangeFormatProxy(this[CORE])));
  }
}

export class FakeCustomConditionalFormat
  extends FakeLoadable<Excel.CustomConditionalFormat, CfTarget, object>
  implements Faithful<FakeCustomConditionalFormat, Excel.CustomConditionalFormat>
{
  get format(): Excel.ConditionalRangeFormat {
    return asReal(this[CORE].nav('format', () => conditionalRangeFormatProxy(this[CORE])));
  }
  get rule(): Excel.ConditionalFormatRule {
    return asReal(this[CORE].nav('rule', () => new FakeConditionalFormatRule(this[CORE].child(RULE_SCHEMA, 'rule', (t) => t))));
  }
}

type RuleScalars = Pick<Excel.ConditionalFormatRule, 'formula'>;

const RULE_SCHEMA: ProxySchema<CfTarget, RuleScalars> = {
  typeName: 'ConditionalFormatRule',
  scalars: { formula: (t) => t.cf.rule?.['formula'] ?? mixed() },
};

export class FakeConditionalFormatRule
  extends FakeLoadable<Excel.ConditionalFormatRule, CfTarget, RuleScalars>
  implements Faithful<FakeConditionalFormatRule, Excel.ConditionalFormatRule>
{
  get formula(): string {
    return this[CORE].read('formula');
  }
  set formula(formula: string) {
    this[CORE].action('formula', formula, (t) => (t.cf.rule = { formula }));
  }
}
