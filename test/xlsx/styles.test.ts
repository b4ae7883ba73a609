import { CellStyle } from '../../src/core/model/sheet';
import { STYLE_LOOK } from '../../src/excel/cell-style';
import ExcelJS from 'exceljs';
import { writeCell } from '../../src/xlsx/render-cells';
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

  it('gives cells of the same format, style and link one shared frozen style object', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('S');
    writeCell(ws.getCell('A1'), { v: 'a', style: 'header' });
    writeCell(ws.getCell('B1'), { v: 'b', style: 'header' });
    writeCell(ws.getCell('C1'), { v: 1, fmt: '0.0', style: 'header' });
    writeCell(ws.getCell('D1'), { v: 'd', style: 'header', link: { sheet: 'S', cell: 'A1' } });
    const [a, b, c, d] = ['A1', 'B1', 'C1', 'D1'].map((ref) => ws.getCell(ref).style);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(d).not.toBe(a);
    expect(a).toEqual({
      numFmt: '@',
      font: { name: 'Calibri', family: 2, size: 11, bold: true },
      fill: CELL_LOOKS.header.fill,
      border: CELL_LOOKS.header.border,
    });
    expect(c?.numFmt).toBe('0.0');
    expect(d?.font).toMatchObject({ underline: true, bold: true });
    expect(Object.isFrozen(a) && Object.isFrozen(a?.font) && Object.isFrozen(a?.fill)).toBe(true);
    expect(Object.isFrozen(CELL_LOOKS.header.fill)).toBe(false);
  });
});
