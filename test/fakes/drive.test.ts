// The Drive v3 fake under drive.file: what the add-on made is reachable, trashed files say so,
// removed files and files it did not make are "File not found".
import { createFakeEnvironment } from '.';
import { MIME } from './drive-store';
import { thrown } from '../support/thrown';

describe('Drive.Files with a field a file does not have', () => {
  it.each<[string, (env: ReturnType<typeof createFakeEnvironment>, id: string) => unknown]>([
    ['get', (env, id) => env.globals.Drive.Files.get(id, { fields: 'id,trashd' })],
    ['update', (env, id) => env.globals.Drive.Files.update({}, id, undefined, { fields: 'nme' })],
    ['list', (env) => env.globals.Drive.Files.list({ fields: 'files(id,titel)' })],
    [
      'create',
      (env) =>
        env.globals.Drive.Files.create({ name: 'x', mimeType: MIME.folder }, undefined, {
          fields: 'id,link',
        }),
    ],
  ])('%s is refused as Google refuses it (400)', (_method, act) => {
    const env = createFakeEnvironment();
    const { id } = env.globals.Drive.Files.create({ name: 'Zvit', mimeType: MIME.folder });
    const before = env.drive.files.size;
    expect([
      /Invalid field selection \w+$/.test(thrown(() => act(env, String(id)))),
      env.drive.files.size,
    ]).toEqual([true, before]);
  });
});

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

  it('shows a file made inside an already trashed folder as not trashed, as Drive is reported to', () => {
    const env = createFakeEnvironment();
    const folder = String(
      env.globals.Drive.Files.create({ name: 'Zvit', mimeType: MIME.folder }).id,
    );
    env.drive.trash(folder);
    const made = env.globals.Drive.Files.create(
      { name: 'Звіт', mimeType: MIME.document, parents: [folder] },
      undefined,
      { fields: 'id,trashed' },
    );
    expect(made.trashed).toBe(false);
  });

  it('shows a file as trashed once the folder it lies in is trashed', () => {
    const env = createFakeEnvironment();
    const folder = String(
      env.globals.Drive.Files.create({ name: 'Zvit', mimeType: MIME.folder }).id,
    );
    const { id } = env.globals.Drive.Files.create({
      name: 'Звіт',
      mimeType: MIME.document,
      parents: [folder],
    });
    env.drive.trash(folder);
    const listed = env.globals.Drive.Files.list({
      q: `'${folder}' in parents and trashed = false`,
      fields: 'files(id)',
    });
    expect([
      env.globals.Drive.Files.get(String(id), { fields: 'trashed' }).trashed,
      listed.files,
    ]).toEqual([true, []]);
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

describe('Drive.Files.list', () => {
  const withFiles = () => {
    const env = createFakeEnvironment();
    const folder = String(
      env.globals.Drive.Files.create({ name: 'Zvit', mimeType: MIME.folder }).id,
    );
    for (const name of ['[формується] Звіт', 'Звіт 4.4'])
      env.globals.Drive.Files.create({ name, mimeType: MIME.document, parents: [folder] });
    return { env, folder };
  };

  it('finds names that contain a word, in a folder', () => {
    const { env, folder } = withFiles();
    const list = env.globals.Drive.Files.list({
      q: `'${folder}' in parents and name contains '[формується]' and trashed = false`,
      fields: 'files(id,name)',
    });
    expect(list.files).toEqual([{ id: 'fake-doc-0002', name: '[формується] Звіт' }]);
  });

  it('matches names by prefix, not anywhere inside', () => {
    const { env, folder } = withFiles();
    const list = env.globals.Drive.Files.list({
      q: `'${folder}' in parents and name contains 'формується'`,
      fields: 'files(id)',
    });
    expect(list.files).toEqual([]);
  });

  it('answers files made before a time', () => {
    const { env } = withFiles();
    (env.drive.files.get('fake-doc-0002') as { createdTime: string }).createdTime =
      '2017-07-01T00:00:00.000Z';
    const list = env.globals.Drive.Files.list({
      q: `createdTime < '2017-07-01T00:10:00Z'`,
      fields: 'files(id)',
    });
    expect(list.files).toEqual([{ id: 'fake-doc-0002' }]);
  });

  it('refuses a query term it does not know', () => {
    const { env } = withFiles();
    expect(thrown(() => env.globals.Drive.Files.list({ q: 'fullText has "x"' }))).toEqual(
      'API call to drive.files.list failed with error: Invalid Value: fullText has "x"',
    );
  });
});
