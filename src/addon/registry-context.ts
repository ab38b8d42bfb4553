// Which spreadsheet is the registry: the one open in Sheets when an admin acts, else the one remembered from
// the last admin action (the hourly trigger has no open file).
const registryKey = 'registrySpreadsheetId';

export function activeRegistry(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  const open = SpreadsheetApp.getActiveSpreadsheet();
  if (open) return open;
  const id = PropertiesService.getScriptProperties().getProperty(registryKey);
  return id ? SpreadsheetApp.openById(id) : null;
}

export function rememberRegistry(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const properties = PropertiesService.getScriptProperties();
  if (properties.getProperty(registryKey) !== spreadsheet.getId())
    properties.setProperty(registryKey, spreadsheet.getId());
}

export function rememberedRegistry(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  const id = PropertiesService.getScriptProperties().getProperty(registryKey);
  return id ? SpreadsheetApp.openById(id) : null;
}
