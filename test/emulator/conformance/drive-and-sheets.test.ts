// How DriveApp and SpreadsheetApp objects print, from gas-fakes' tests, whose expectations run on live Apps
// Script (github.com/brucemcpherson/gas-fakes/blob/main/test/testdrive.js; testassist.js tells a Range by
// toString() === "Range" in tests run live). A script that logs or string-joins one gets what it would live.
import { createDriveApp } from '../../../src/emulator/drive';
import { createSpreadsheetApp } from '../../../src/emulator/spreadsheet';
import { Workspace } from '../../../src/emulator/workspace';

describe('DriveApp conformance', () => {
  test('DriveApp prints "Drive", the root folder "My Drive", a folder or file its name', () => {
    const drive = createDriveApp(new Workspace());
    expect(String(drive)).toBe('Drive');
    expect(String(drive.getRootFolder())).toBe('My Drive');
    const folder = drive.createFolder('PLG Hub — Lincoln Elementary');
    expect(String(folder)).toBe(folder.getName());
    const file = folder.createFile('directory.json', '{}');
    expect(`${file}`).toBe('directory.json');
    file.setName('renamed.json');
    expect(String(file)).toBe('renamed.json');
  });
});

describe('SpreadsheetApp conformance', () => {
  test('a Spreadsheet, Sheet and Range print as their class', () => {
    const sheets = createSpreadsheetApp(new Workspace());
    const spreadsheet = sheets.create('Registry');
    const sheet = spreadsheet.getSheets()[0]!;
    expect(String(spreadsheet)).toBe('Spreadsheet');
    expect(String(sheet)).toBe('Sheet');
    expect(String(sheet.getRange('A1:B2'))).toBe('Range');
  });
});
