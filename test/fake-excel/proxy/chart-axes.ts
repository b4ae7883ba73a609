/** Fake ChartAxes and ChartAxis (value and category axes; series axes do not exist in 2-D charts). */
import { officeError } from '../errors';
import type { AxisModel, ChartModel } from '../model/chart';
import { FakeLoadable } from './base';
import { ProxyCore, ProxySchema } from './core';
import { rangeResolver } from './range-args';
import { CORE, Faithful, asReal } from './typing';

const AXES_SCHEMA: ProxySchema<ChartModel, object> = {
  typeName: 'ChartAxes',
  scalars: {},
  navigation: ['valueAxis', 'categoryAxis'],
};

export function chartAxesProxy(chart: ProxyCore<ChartModel, unknown>): FakeChartAxes {
  return new FakeChartAxes(chart.child(AXES_SCHEMA, 'axes', (c) => c));
}

type AxisKind = 'Value' | 'Category';

interface AxisTarget {
  readonly chart: ChartModel;
  readonly kind: AxisKind;
  readonly axis: AxisModel;
}

const axisOf = (chart: ChartModel | null, kind: AxisKind): AxisTarget | null =>
  chart ? { chart, kind, axis: kind === 'Value' ? chart.axes.value : chart.axes.category } : null;

export class FakeChartAxes extends FakeLoadable<Excel.ChartAxes, ChartModel, object> implements Faithful<FakeChartAxes, Excel.ChartAxes> {
  get valueAxis(): Excel.ChartAxis {
    return asReal(
      this[CORE].nav('valueAxis', () => new FakeChartAxis(this[CORE].child(AXIS_SCHEMA, 'valueAxis', (c) => axisOf(c, 'Value')))),
    );
  }
  get categoryAxis(): Excel.ChartAxis {
    return asReal(
      this[CORE].nav('categoryAxis', () => new FakeChartAxis(this[CORE].child(AXIS_SCHEMA, 'categoryAxis', (c) => axisOf(c, 'Category')))),
    );
  }
  getItem(
    type: Excel.ChartAxisType | 'Invalid' | 'Category' | 'Value' | 'Series',
    group?: Excel.ChartAxisGroup | 'Primary' | 'Secondary',
  ): Excel.ChartAxis {
    if (type === 'Value') return this.valueAxis;
    if (type === 'Category') return this.categoryAxis;
    throw officeError('InvalidArgument', 'ChartAxes.getItem', `The fake has no ${type}/${group ?? 'Primary'} axis.`);
  }
}

type AxisScalars = Pick<Excel.ChartAxis, 'minimum' | 'maximum' | 'majorUnit' | 'minorUnit' | 'visible' | 'numberFormat' | 'type'>;

/** Automatic bounds read as null here (Excel would report the computed value). */
const AXIS_SCHEMA: ProxySchema<AxisTarget, AxisScalars> = {
  typeName: 'ChartAxis',
  scalars: {
    minimum: (t) => t.axis.minimum,
    maximum: (t) => t.axis.maximum,
    majorUnit: (t) => t.axis.majorUnit,
    minorUnit: (t) => t.axis.minorUnit,
    visible: (t) => t.axis.visible,
    numberFormat: (t) => t.axis.numberFormat,
    type: (t) => t.kind,
  },
};

type Bound = 'minimum' | 'maximum' | 'majorUnit' | 'minorUnit';

export class FakeChartAxis
  extends FakeLoadable<Excel.ChartAxis, AxisTarget, AxisScalars>
  implements Faithful<FakeChartAxis, Excel.ChartAxis>
{
  get minimum(): unknown {
    return this[CORE].read('minimum');
  }
  set minimum(value: unknown) {
    this.bound('minimum', value);
  }
  get maximum(): unknown {
    return this[CORE].read('maximum');
  }
  set maximum(value: unknown) {
    this.bound('maximum', value);
  }
  get majorUnit(): unknown {
    return this[CORE].read('majorUnit');
  }
  set majorUnit(value: unknown) {
    this.bound('majorUnit', value);
  }
  get minorUnit(): unknown {
    return this[CORE].read('minorUnit');
  }
  set minorUnit(value: unknown) {
    this.bound('minorUnit', value);
  }
  get visible(): boolean {
    return this[CORE].read('visible');
  }
  set visible(visible: boolean) {
    this[CORE].action('visible', visible, (t) => (t.axis.visible = visible));
  }
  get numberFormat(): string {
    return this[CORE].read('numberFormat');
  }
  set numberFormat(format: string) {
    this[CORE].action('numberFormat', format, (t) => (t.axis.numberFormat = format));
  }
  get type(): Excel.ChartAxis['type'] {
    return this[CORE].read('type');
  }

  setCategoryNames(sourceData: Excel.Range): void {
    const core = this[CORE];
    const source = rangeResolver(
      core.ctx,
      sourceData,
      () => core.target('ChartAxis.setCategoryNames').chart.sheet,
      'ChartAxis.setCategoryNames',
    );
    core.action('setCategoryNames', 'Range', (t) => (t.axis.categoryNames = source()));
  }

  /** Bounds must be numbers; Excel rejects anything else with InvalidArgument. */
  private bound(member: Bound, value: unknown): void {
    this[CORE].action(member, value, (t) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw officeError('InvalidArgument', `ChartAxis.${member}`);
      if (t.kind === 'Category') throw officeError('InvalidOperation', `ChartAxis.${member}`, 'A category axis has no numeric bounds.');
      t.axis[member] = value;
    });
  }
}
