// The Apps Script class each emulated class stands for, by the emulated constructor's name. The inventory names
// a call by it ("DriveApp.File.setContent"), and it cannot ask the object: Apps Script's objects do not all
// print their class (a File prints its name, a User its email), so neither may the emulator's.
// A class missing here is named "?" and its constructor, which the inventory check rejects.

const byConstructor: Record<string, string> = {
  // SpreadsheetApp
  EmulatedSpreadsheet: 'Spreadsheet',
  EmulatedSheet: 'Sheet',
  EmulatedRange: 'Range',
  EmulatedProtection: 'Protection',
  DataValidationBuilder: 'DataValidationBuilder',
  EmbeddedChartBuilder: 'EmbeddedChartBuilder',
  EmbeddedChart: 'EmbeddedChart',
  ContainerInfo: 'ContainerInfo',
  ChartOptions: 'ChartOptions',
  // DriveApp (a Drive User is also what Spreadsheet.getOwner and getEditors return)
  EmulatedFile: 'File',
  EmulatedFolder: 'Folder',
  FileIterator: 'FileIterator',
  FolderIterator: 'FolderIterator',
  DriveUser: 'User',
  EmulatedBlob: 'Blob',
  // UrlFetchApp
  EmulatedHttpResponse: 'HTTPResponse',
  // DocumentApp
  DocumentHandle: 'Document',
  BodyHandle: 'Body',
  ParagraphHandle: 'Paragraph',
  'DocumentApp.ListItemHandle': 'ListItem',
  TableHandle: 'Table',
  TableRowHandle: 'TableRow',
  TableCellHandle: 'TableCell',
  DocText: 'Text',
  HorizontalRuleHandle: 'HorizontalRule',
  PageBreakHandle: 'PageBreak',
  RangeElementHandle: 'RangeElement',
  // FormApp
  FormHandle: 'Form',
  FormResponseHandle: 'FormResponse',
  ItemResponseHandle: 'ItemResponse',
  GenericItemHandle: 'Item',
  ScaleItemHandle: 'ScaleItem',
  GridItemHandle: 'GridItem',
  MultipleChoiceItemHandle: 'MultipleChoiceItem',
  'FormApp.ListItemHandle': 'ListItem',
  ChoiceHandle: 'Choice',
  CheckboxItemHandle: 'CheckboxItem',
  TextItemHandle: 'TextItem',
  ParagraphTextItemHandle: 'ParagraphTextItem',
  SectionHeaderItemHandle: 'SectionHeaderItem',
  // CalendarApp
  CalendarHandle: 'Calendar',
  CalendarEventHandle: 'CalendarEvent',
  CalendarEventSeriesHandle: 'CalendarEventSeries',
  EventGuestHandle: 'EventGuest',
  EventRecurrenceBuilder: 'EventRecurrence',
  // CardService (a built card or response names its own $type)
  CardBuilder: 'CardBuilder',
  CardHeaderBuilder: 'CardHeader',
  CardSectionBuilder: 'CardSection',
  CardActionBuilder: 'CardAction',
  FixedFooterBuilder: 'FixedFooter',
  TextParagraphBuilder: 'TextParagraph',
  DecoratedTextBuilder: 'DecoratedText',
  KeyValueBuilder: 'KeyValue',
  IconImageBuilder: 'IconImage',
  ImageBuilder: 'Image',
  DividerBuilder: 'Divider',
  TextButtonBuilder: 'TextButton',
  ImageButtonBuilder: 'ImageButton',
  ButtonSetBuilder: 'ButtonSet',
  TextInputBuilder: 'TextInput',
  SelectionInputBuilder: 'SelectionInput',
  SwitchBuilder: 'Switch',
  DatePickerBuilder: 'DatePicker',
  ActionBuilder: 'Action',
  OpenLinkBuilder: 'OpenLink',
  ActionResponseBuilder: 'ActionResponseBuilder',
  NavigationBuilder: 'Navigation',
  NotificationBuilder: 'Notification',
  UniversalActionResponseBuilder: 'UniversalActionResponseBuilder',
  // Base services
  BaseUser: 'User',
  EmulatedLock: 'Lock',
  EmulatedProperties: 'Properties',
  EmulatedCache: 'Cache',
  EmulatedTrigger: 'Trigger',
  EmulatedTriggerBuilder: 'TriggerBuilder',
  EmulatedClockTriggerBuilder: 'ClockTriggerBuilder',
  EmulatedSourceTriggerBuilder: 'SpreadsheetTriggerBuilder',
};

/** The Apps Script class of an emulated object reached through `service`, or undefined when unknown. */
export function appsScriptClassName(service: string, constructorName: string): string | undefined {
  return byConstructor[`${service}.${constructorName}`] ?? byConstructor[constructorName];
}
