// The Drive v3 fake under drive.file: what the add-on made is reachable, trashed files say so,
// removed files and files it did not make are "File not found".
import { createFakeEnvironment } from '.';
import { MIME } from './drive-store';

const thrown = (action: () => unknown): string => {
  try {
    action();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

describe('Drive.Files', () => {
  it('answers only kind, id, name and mimeType by default', () => {
    const { globals } = createFakeEnvironment();
    expect(globals.Drive.Files.create({ name: 'Zvit — звіти', mimeType: MIME.folder })).toEqual({
      kind: 'drive#file',
      id: 'fake-folder-0001',
      name: 'Zvit — звіти',
      mimeType: MIME.folder,
    });
  });

  it('shows a trashed folder as trashed', () => {
    const env = createFakeEnvironment();
    const { id } = env.globals.Drive.Files.create({ name: 'Zvit', mimeType: MIME.folder });
    env.drive.trash(String(id));
    expect(env.globals.Drive.Files.get(String(id), { fields: 'id,trashed' })).toEqual({
      id,
      trashed: true,
    });
  });

  it('does not find a removed file', () => {
    const env = createFakeEnvironment();
    const { id } = env.globals.Drive.Files.create({ name: 'Zvit', mimeType: MIME.folder });
    env.drive.remove(String(id));
    expect(thrown(() => env.globals.Drive.Files.get(String(id)))).toEqual(
      'API call to drive.files.get failed with error: File not found: fake-folder-0001.',
    );
  });

  it('does not reach a folder the add-on did not create', () => {
    const env = createFakeEnvironment();
    const folder = env.drive.addUserFile('Звіти відділу');
    expect(
      thrown(() => env.globals.Drive.Files.create({ name: 'x', parents: [folder.id] })),
    ).toContain(`File not found: ${folder.id}.`);
  });

  it('creates a Doc that DocumentApp opens', () => {
    const { globals } = createFakeEnvironment();
    const file = globals.Drive.Files.create({ name: 'Звіт', mimeType: MIME.document });
    expect(globals.DocumentApp.openById(String(file.id)).getName()).toEqual('Звіт');
  });

  it('stores an uploaded blob', () => {
    const env = createFakeEnvironment();
    const doc = env.globals.DocumentApp.create('Звіт');
    doc.saveAndClose();
    const pdf = env.globals.DocumentApp.openById(env.drive.childrenOf('root')[0].id).getAs(
      MIME.pdf,
    );
    const file = env.globals.Drive.Files.create({ name: 'Звіт.pdf' }, pdf, {
      fields: 'mimeType,webViewLink',
    });
    expect(file).toEqual({
      mimeType: MIME.pdf,
      webViewLink: 'https://drive.google.com/file/d/fake-file-0002/view?usp=drivesdk',
    });
  });
});
