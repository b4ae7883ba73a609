/** Fake RangeBorderCollection and RangeBorder: the eight sides of a range (edges, inside, diagonals). */
import type { RangeRef } from '../model/chart';
import { mixed, readBorder, writeBorder } from '../model/range-style';
import { BorderModel, BorderSide, normaliseColor } from '../model/style';
import { FakeLoadable, call } from './base';
import { ProxyCore, ProxySchema } from './core';
import { CORE, Faithful, asReal } from './typing';

const SIDES: readonly BorderSide[] = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
];

type BordersScalars = Pick<Excel.RangeBorderCollection, 'count'>;

export const bordersSchema: ProxySchema<RangeRef, BordersScalars> = {
  typeName: 'RangeBorderCollection',
  scalars: { count: () => SIDES.length },
  items: (t, ctx, path) =>
    SIDES.map((side) => new FakeRangeBorder(ProxyCore.forTarget(ctx, BORDER_SCHEMA, `${path}.${call('getItem', side)}`, { ref: t, side }))),
};

export class FakeRangeBorderCollection
  extends FakeLoadable<Excel.RangeBorderCollection, RangeRef, BordersScalars>
  implements Faithful<FakeRangeBorderCollection, Excel.RangeBorderCollection>
{
  get count(): number {
    return this[CORE].read('count');
  }
  get items(): Excel.RangeBorder[] {
    return this[CORE].readItems<Excel.RangeBorder>();
  }
  getItem(index: Excel.BorderIndex | BorderSide): Excel.RangeBorder {
    const core = this[CORE];
    const side = index as BorderSide;
    const path = `${core.path}.${call('getItem', side)}`;
    return asReal(new FakeRangeBorder(new ProxyCore(core.ctx, BORDER_SCHEMA, path, () => borderOf(core.targetOrNull(), side), core)));
  }
  getItemAt(index: number): Excel.RangeBorder {
    return this.getItem(SIDES[index] ?? 'EdgeTop');
  }
}

interface BorderTarget {
  readonly ref: RangeRef;
  readonly side: BorderSide;
}

type BorderScalars = Pick<Excel.RangeBorder, 'sideIndex' | 'style' | 'color' | 'weight'>;

const BORDER_SCHEMA: ProxySchema<BorderTarget, BorderScalars> = {
  typeName: 'RangeBorder',
  scalars: {
    sideIndex: (t) => t.side,
    style: (t) => readBorder(t.ref, t.side)?.style ?? mixed(),
    color: (t) => readBorder(t.ref, t.side)?.color ?? mixed(),
    weight: (t) => readBorder(t.ref, t.side)?.weight ?? mixed(),
  },
};

const borderOf = (ref: RangeRef | null, side: BorderSide): BorderTarget | null => (ref ? { ref, side } : null);

export class FakeRangeBorder
  extends FakeLoadable<Excel.RangeBorder, BorderTarget, BorderScalars>
  implements Faithful<FakeRangeBorder, Excel.RangeBorder>
{
  get sideIndex(): Excel.RangeBorder['sideIndex'] {
    return this[CORE].read('sideIndex');
  }
  get style(): Excel.RangeBorder['style'] {
    return this[CORE].read('style');
  }
  set style(value: Excel.RangeBorder['style']) {
    this.change('style', { style: value });
  }
  get color(): string {
    return this[CORE].read('color');
  }
  set color(value: string) {
    this.change('color', { color: normaliseColor(value) });
  }
  get weight(): Excel.RangeBorder['weight'] {
    return this[CORE].read('weight');
  }
  set weight(value: Excel.RangeBorder['weight']) {
    this.change('weight', { weight: value });
  }

  private change(member: string, change: Partial<BorderModel>): void {
    this[CORE].action(member, change, (t) => writeBorder(t.ref, t.side, change, `RangeBorder.${member}`));
  }
}
