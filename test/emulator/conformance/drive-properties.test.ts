// DriveApp sharing and PropertiesService deletes, from Google's reference and gas-fakes' live-passing tests.
import { createPropertiesService } from '../../../src/emulator/base-services/properties';
import { createDriveApp } from '../../../src/emulator/drive';
import { Workspace } from '../../../src/emulator/workspace';

describe('DriveApp sharing conformance', () => {
  // gas-fakes test/testdrive.js "addViewers should add multiple viewers" (live-passing); reference
  // file#addViewers(String[]) and folder#addViewers(String[]): returns the File or Folder, for chaining.
  test('addViewers adds every address as a viewer, on files and folders alike', () => {
    const drive = createDriveApp(new Workspace());
    const folder = drive.createFolder('PLG Hub');
    const file = folder.createFile('card.json', '{}');
    const viewers = ['ann@school.example', 'bob@school.example'];
    for (const item of [file, folder]) {
      expect(item.addViewers(viewers).getId()).toBe(item.getId());
      const now = item.getViewers().map((u) => u.getEmail());
      expect(viewers.every((v) => now.includes(v))).toBe(true);
      expect(item.getEditors().map((u) => u.getEmail())).not.toContain('ann@school.example');
    }
  });
});

describe('PropertiesService conformance', () => {
  // Reference properties#deleteProperty(String): "Deletes the property with the given key", returning the
  // store for chaining (gas-fakes test/teststores.js: "in apps script deleteProperty returns the object").
  test('deleteProperty removes one key, returns the store, and a missing key is no error', () => {
    const props = createPropertiesService(new Workspace()).getScriptProperties();
    props.setProperties({ a: '1', b: '2' });
    expect(props.deleteProperty('a').getProperty('b')).toBe('2');
    expect(props.getProperty('a')).toBeNull();
    expect(() => props.deleteProperty('never-set')).not.toThrow();
    expect(props.getKeys()).toEqual(['b']);
  });
});
