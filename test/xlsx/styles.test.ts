import { CellStyle } from '../../src/core/model/sheet';
import { STYLE_LOOK } from '../../src/excel/cell-style';
import { CELL_LOOKS, toArgb } from '../../src/xlsx/styles';

describe('cell styles', () => {
  it.each(CellStyle.options)('%s looks as in the Office.js renderer', (style) => {
    const office = STYLE_LOOK[style];
    const look = CELL_LOOKS[style];
    const fill = look.fill?.type === 'pattern' ? look.fill.fgColor?.argb : undefined;
    expect({
      bold: look.font?.bold,
      italic: look.font?.italic,
      size: look.font?.size,
      color: look.font?.color?.argb,
      fill,
      bottomBorder: look.border?.bottom !== undefined || undefined,
    }).toEqual({
      bold: office.bold,
      italic: office.italic,
      size: office.size,
      color: office.color && toArgb(office.color),
      fill: office.fill && toArgb(office.fill),
      bottomBorder: office.bottomBorder,
    });
  });

  it('turns #RRGGBB, RRGGBB and AARRGGBB into ARGB and rejects the rest', () => {
    expect(['#c6efce', 'C6EFCE', '80C6EFCE'].map(toArgb)).toEqual(['FFC6EFCE', 'FFC6EFCE', '80C6EFCE']);
    expect(() => toArgb('green')).toThrow('not a colour: "green"');
  });
});
