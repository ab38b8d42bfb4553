import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportXlsx } from '../../src/emulator/export/xlsx';
import { createSpreadsheetApp } from '../../src/emulator/spreadsheet';
import { createCharts } from '../../src/emulator/spreadsheet/embedded-chart';
import { Workspace } from '../../src/emulator/workspace';

test('exports every tab with typed values, frozen header, notes, dropdowns and widths', async () => {
  const ws = new Workspace({ now: new Date('2026-08-24T12:00:00Z') });
  const app = createSpreadsheetApp(ws);
  const ss = app.create('PLG Hub');
  const groups = ss.getSheets()[0]!.setName('Groups');
  groups
    .getRange('A1:D1')
    .setValues([['Group', 'Meets', 'Members', 'Active']])
    .setFontWeight('bold');
  groups.getRange('A2:D3').setValues([
    ['Grade 5 Math Team with a long name', '9/1/2026', 6, true],
    ['Science', '2026-09-15', 4, false],
  ]);
  groups.getRange('A1').setNote('One row per PLG');
  groups.setFrozenRows(1);
  groups
    .getRange('D2:D3')
    .setDataValidation(app.newDataValidation().requireValueInList(['TRUE', 'FALSE']).setAllowInvalid(false).build());
  groups.setColumnWidth(3, 140);
  ss.insertSheet('Sessions')
    .getRange('A1:B2')
    .setValues([
      ['Time', 'Formula'],
      ['15:30', '=COUNTA(Groups!A:A)'],
    ]);

  const path = join(mkdtempSync(join(tmpdir(), 'plg-xlsx-')), 'hub.xlsx');
  await exportXlsx(ws, ss.getId(), path);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['Groups', 'Sessions']);
  const sheet = workbook.getWorksheet('Groups')!;
  expect(sheet.getRow(2).values).toEqual([
    undefined,
    'Grade 5 Math Team with a long name',
    new Date(Date.UTC(2026, 8, 1)),
    6,
    true,
  ]);
  expect(sheet.getCell('B3').value).toEqual(new Date(Date.UTC(2026, 8, 15)));
  expect(sheet.getCell('B3').numFmt).toBe('yyyy-mm-dd');
  expect(sheet.getCell('A1').font?.bold).toBe(true);
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  const note = sheet.getCell('A1').note;
  expect(typeof note === 'string' ? note : note?.texts?.map((t) => t.text).join('')).toBe('One row per PLG');
  expect(sheet.getCell('D2').dataValidation).toMatchObject({
    type: 'list',
    formulae: ['"TRUE,FALSE"'],
    showErrorMessage: true,
  });
  expect(sheet.getColumn(1).width).toBeGreaterThan(sheet.getColumn(4).width!);
  expect(sheet.getColumn(3).width).toBe(20);

  const sessions = workbook.getWorksheet('Sessions')!;
  expect(sessions.getCell('A2').value).toEqual(new Date(Date.UTC(1899, 11, 30, 15, 30)));
  expect(sessions.getCell('B2').formula).toBe('COUNTA(Groups!A:A)');
});

test('lists each embedded chart in a note on its anchor cell, since .xlsx export carries no charts', async () => {
  const ws = new Workspace({ now: new Date('2026-08-24T12:00:00Z') });
  const ss = createSpreadsheetApp(ws).create('PLG Hub');
  const data = ss.getSheets()[0]!.setName('Dashboard data');
  data.getRange('A1:B3').setValues([
    ['Month', 'Held'],
    ['Sep', 4],
    ['Oct', 3],
  ]);
  const dashboard = ss.insertSheet('Dashboard');
  dashboard.getRange('F1').setValue('already here').setNote('A school note');
  const charts = createCharts();
  const chart = (title: string, row: number) =>
    dashboard
      .newChart()
      .setChartType(charts.ChartType.COLUMN)
      .addRange(data.getRange('A1:B3'))
      .setOption('title', title)
      .setPosition(row, 6, 0, 0)
      .build();
  dashboard.insertChart(chart('Meetings held', 1));
  dashboard.insertChart(chart('Attendance', 20));

  const path = join(mkdtempSync(join(tmpdir(), 'plg-xlsx-')), 'hub.xlsx');
  await exportXlsx(ws, ss.getId(), path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet('Dashboard')!;
  const noteOf = (cell: string) => {
    const note = sheet.getCell(cell).note;
    return typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
  };
  expect(noteOf('F1')).toContain('A school note');
  expect(noteOf('F1')).toContain(
    `Chart in Google Sheets, not carried to .xlsx: "Meetings held", column chart of 'Dashboard data'!A1:B3.`,
  );
  expect(sheet.getCell('F1').value).toBe('already here');
  expect(noteOf('F20')).toContain('"Attendance"');
});
