/** Charts: creation from a source range, series, title, legend, axes, placement, deletion. */
import { FakeExcelHost } from './index';
import { officeErrorOf } from './test-helpers';

function profileHost(): FakeExcelHost {
  const host = new FakeExcelHost({ sheets: ['Profile'] });
  host.setCells('Profile', 'A1', [
    ['Dimension', 'Köln', 'Bonn'],
    ['Struktur', 3, 2],
    ['Ressourcen', 2, 4],
    ['Wirkung', 1, 3],
  ]);
  return host;
}

describe('charts', () => {
  it('derives series from the source range and records everything the add-in configures', async () => {
    const host = profileHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Profile');
      const chart = sheet.charts.add('RadarMarkers', sheet.getRange('A1:C4'), 'Columns');
      chart.name = 'Profil';
      chart.title.text = 'Profil der Kooperation';
      chart.title.format.font.bold = true;
      chart.title.format.font.size = 13;
      chart.legend.position = 'Bottom';
      chart.axes.valueAxis.minimum = 0;
      chart.axes.valueAxis.maximum = 4;
      chart.axes.valueAxis.majorUnit = 1;
      chart.setPosition('E2', 'L20');
      await context.sync();
    });
    const [chart] = host.charts('Profile');
    expect(chart).toMatchObject({
      name: 'Profil',
      type: 'RadarMarkers',
      source: 'Profile!A1:C4',
      seriesBy: 'Columns',
      title: { text: 'Profil der Kooperation', visible: true, font: { bold: true, size: 13 } },
      legend: { position: 'Bottom', visible: true },
      axes: { value: { minimum: 0, maximum: 4, majorUnit: 1 } },
      anchor: { start: 'Profile!E2', end: 'Profile!L20' },
      position: { top: 15, left: 192, width: 384, height: 285 },
    });
    expect(chart?.series).toEqual([
      expect.objectContaining({ name: 'Köln', values: 'Profile!B2:B4', categories: 'Profile!A2:A4', chartType: 'RadarMarkers' }),
      expect.objectContaining({ name: 'Bonn', values: 'Profile!C2:C4', categories: 'Profile!A2:A4' }),
    ]);
  });

  it('reads charts back through the API', async () => {
    const host = profileHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Profile');
      sheet.charts.add('ColumnClustered', sheet.getRange('A1:B4'), 'Auto');
      await context.sync();
      const chart = sheet.charts.getItem('Chart 1').load('name, chartType');
      chart.title.load('text, visible');
      chart.series.load('items/name');
      const count = sheet.charts.getCount();
      await context.sync();
      expect([chart.name, chart.chartType, chart.title.text, chart.title.visible, count.value]).toEqual([
        'Chart 1',
        'ColumnClustered',
        'Köln',
        true,
        1,
      ]);
      expect(chart.series.items.map((s) => s.name)).toEqual(['Köln']);
    });
  });

  it('builds series by hand with add, setValues and setXAxisValues', async () => {
    const host = profileHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Profile');
      const chart = sheet.charts.add('Radar', sheet.getRange('B2:B4'), 'Columns');
      chart.series.getItemAt(0).delete();
      const series = chart.series.add('Bonn');
      series.setValues(sheet.getRange('C2:C4'));
      series.setXAxisValues(sheet.getRange('A2:A4'));
      series.markerStyle = 'Circle';
      await context.sync();
    });
    expect(host.charts('Profile')[0]?.series).toEqual([
      expect.objectContaining({ name: 'Bonn', values: 'Profile!C2:C4', categories: 'Profile!A2:A4', markerStyle: 'Circle' }),
    ]);
  });

  it('deletes charts and reports missing ones', async () => {
    const host = profileHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Profile');
      sheet.charts.add('Line', sheet.getRange('A1:C4'), 'Auto').delete();
      const gone = sheet.charts.getItemOrNullObject('Chart 1');
      await context.sync();
      expect(gone.isNullObject).toBe(true);
      sheet.charts.getItem('Chart 1');
      expect((await officeErrorOf(context.sync())).code).toBe('ItemNotFound');
    });
    expect(host.charts('Profile')).toEqual([]);
  });

  it('rejects numeric bounds on a category axis and non-numbers on a value axis', async () => {
    const host = profileHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Profile');
      const chart = sheet.charts.add('ColumnClustered', sheet.getRange('A1:C4'), 'Auto');
      chart.axes.categoryAxis.minimum = 1;
      expect((await officeErrorOf(context.sync())).code).toBe('InvalidOperation');
      chart.axes.valueAxis.maximum = 'high';
      expect((await officeErrorOf(context.sync())).code).toBe('InvalidArgument');
    });
  });
});
